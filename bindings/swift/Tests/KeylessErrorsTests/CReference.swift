import CKeylessErrors
import Foundation
@testable import KeylessErrors

/// The C library's answers, read directly and independently of the package's tables, so the tests
/// compare the Swift API with C rather than with itself.
enum CReference {
    /// The documented codes, from `keyless_error_codes`.
    static func documentedCodes() -> [Int32] {
        list(keyless_error_codes)
    }

    /// The locales the library carries, from `keyless_error_locales`.
    static func locales() -> [UInt32] {
        list(keyless_error_locales)
    }

    /// A list that a C function copies out, as `keyless_error_codes` does: asked for its length,
    /// then written into an array of that length, which must take all of it.
    private static func list<Element: FixedWidthInteger>(
        _ copy: (UnsafeMutablePointer<Element>?, Int) -> Int
    ) -> [Element] {
        let count = copy(nil, 0)
        var items = [Element](repeating: 0, count: count)
        let written = items.withUnsafeMutableBufferPointer { copy($0.baseAddress, $0.count) }
        precondition(written == count)
        return items
    }

    /// `keyless_error_format`'s line, measured first, then written into a buffer one byte larger.
    static func formattedLine(_ code: Int32) -> String {
        let length = keyless_error_format(code, nil, 0)
        var buffer = [CChar](repeating: 0x7F, count: length + 1)
        let written = buffer.withUnsafeMutableBufferPointer { keyless_error_format(code, $0.baseAddress, $0.count) }
        precondition(written == length && buffer[length] == 0)
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func string(_ function: (Int32) -> UnsafePointer<CChar>?, _ code: Int32) -> String {
        String(cString: function(code)!)
    }

    /// The C library's locale for the language this process (the test runner) runs in, from
    /// `Bundle.main.preferredLocalizations`, as the binding resolves it for `userMessage`.
    static let appLocale: UInt32 = Bundle.main.preferredLocalizations.joined(separator: ", ")
        .withCString { keyless_error_locale($0) }

    /// The end-user message of `code` in that language, as `userMessage` must give it.
    static func appMessage(_ code: Int32) -> String {
        String(cString: keyless_error_user_message_localized(code, appLocale))
    }
}

/// Undocumented and boundary codes: negative ones, the first and last undocumented code of every
/// category range (50000 among them; 20000, 30000 and 40000 are documented), zero, the extremes of
/// `Int32`, and codes right beside documented ones (506, 508, 10002, 10007, 20003, 20006, 30011,
/// 40003).
let undocumentedCodes: [Int32] = [
    Int32.min, Int32.min + 1, -50_000, -30_004, -1,
    0, 1, 506, 508, 10_002, 10_007, 19_999,
    20_003, 20_006, 29_999,
    30_011, 39_999,
    40_003, 49_999,
    50_000, 50_001, 99_999, 1_000_000,
    Int32.max - 1, Int32.max,
]

// The header declares the enums as `typedef enum KeylessErrorCategory { … } KeylessErrorCategory;`,
// which Swift imports as a struct with `rawValue: UInt32` and one constant per value
// (`KEYLESS_ERROR_CATEGORY_USER`); the C functions return that struct.

extension KeylessError.Category {
    /// The case of a C category value; traps on a value Swift does not know, failing the test.
    init(_ value: KeylessErrorCategory) {
        self.init(rawValue: value.rawValue)!
    }
}

extension KeylessError.Action {
    /// The case of a C action value; traps on a value Swift does not know, failing the test.
    init(_ value: KeylessErrorAction) {
        self.init(rawValue: value.rawValue)!
    }
}
