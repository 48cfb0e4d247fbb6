import CKeylessErrors
import Foundation
import Testing
@testable import KeylessErrors

/// The table the string answers come from: its hash, its strings, and what they cost the runtime.
@Suite("The string table built from the C library")
struct TableTests {
    @Test("The perfect hash puts every code in a slot of its own, for any number of codes")
    func perfectHash() {
        let catalogs: [[Int32]] = [
            CReference.documentedCodes(), [], [7], Array(0..<300), (0..<200).map { Int32($0) * 10_000 - 1_000_000 },
        ]
        for codes in catalogs {
            let (multiplier, shift, slotCount) = SlotHash.perfectHash(codes)
            let slots = codes.map { Int((UInt32(bitPattern: $0) &* multiplier) &>> shift) }
            #expect(Set(slots).count == codes.count, "\(codes.count) codes share slots")
            #expect(slots.allSatisfy { $0 < slotCount } && slotCount >= 4 * codes.count)
            #expect(slotCount == 1 << (32 - shift))
        }
    }

    @Test("No code matches an empty slot, and every documented code matches its own")
    func slots() {
        let catalog = Catalog.current.pointee.hash
        let documented = Set(CReference.documentedCodes())
        for slot in 0..<catalog.slotCount {
            let code = catalog.slotCodes[slot]
            #expect((catalog.slot(code) == slot) == documented.contains(code), "slot \(slot) holds \(code)")
        }
        for code in documented {
            #expect(catalog.documentedSlot(code) != nil)
        }
    }

    @Test("The table's strings are the C library's own bytes, not copies")
    func stringsShareTheCBytes() {
        for code in CReference.documentedCodes() + undocumentedCodes {
            let message = KeylessError(code: code).advice
            var shared = message
            let address = shared.withUTF8 { UnsafeRawPointer($0.baseAddress) }
            let cString = UnsafeRawPointer(keyless_error_advice(code))
            // A message of up to 15 bytes is stored inside the String itself (a small string).
            #expect(message.utf8.count <= 15 || address == cString, "\(code)")
        }
    }

    @Test("Table strings survive any number of copies, stores and releases")
    func stringsNeedNoReferenceCounting() {
        var kept: [String] = []
        for round in 0..<1000 {
            for code in CReference.documentedCodes() {
                let error = KeylessError(code: code)
                kept.append(round.isMultiple(of: 2) ? error.title : error.advice)
                kept.append(error.description)
            }
            if kept.count > 500 {
                kept.removeFirst(400)
            }
        }
        let expected = CReference.documentedCodes().map { CReference.string(keyless_error_advice, $0) }
        #expect(Set(kept).isSuperset(of: expected))
        // Stored in a class, bridged to Foundation, and released again.
        let boxed = NSMutableArray()
        for code in CReference.documentedCodes() {
            boxed.add(KeylessError(code: code).meaning)
        }
        #expect(boxed.count == CReference.documentedCodes().count)
    }

    @Test("A string that is not valid UTF-8 is repaired, not trusted")
    func invalidUTF8IsRepaired() {
        let bytes: [CChar] = [0x61, -0x3F, 0x62, 0]   // "a", a lone 0xC1, "b"
        let stored = bytes.withUnsafeBufferPointer { StoredString.fromC($0.baseAddress!) }
        #expect(stored.string == String(decoding: [0x61, 0xC1, 0x62] as [UInt8], as: UTF8.self))
        #expect(stored.string.utf8.count == 5)
    }

    @Test("A column is uniform exactly when every category's answer is the same", arguments: [
        (Columns.name, keyless_error_name), (.title, keyless_error_title), (.meaning, keyless_error_description),
        (.advice, keyless_error_advice), (.note, keyless_error_note),
        (.sharedName, keyless_error_shared_name),
    ] as [(Columns, @Sendable (Int32) -> UnsafePointer<CChar>?)])
    func uniformColumns(column: Columns, function: @Sendable (Int32) -> UnsafePointer<CChar>?) {
        let answers = Set(KeylessError.Category.allCases.map { CReference.string(function, $0.undocumentedSample) })
        #expect(Catalog.current.pointee.uniformColumns.contains(column) == (answers.count == 1))
    }

    @Test("A message table is uniform exactly when every category's message is the same")
    func uniformMessages() {
        for locale in CReference.locales() {
            let messages = Set(KeylessError.Category.allCases.map {
                String(cString: keyless_error_user_message_localized($0.undocumentedSample, locale))
            })
            #expect(MessageTable.build(locale: locale, overrides: [:]).pointee.uniform == (messages.count == 1))
        }
    }

    @Test("Each category's sample code is undocumented and of that category")
    func samples() {
        for category in KeylessError.Category.allCases {
            let code = category.undocumentedSample
            #expect(!keyless_error_is_known(code))
            #expect(keyless_error_category_id(code).rawValue == category.rawValue)
        }
    }
}
