internal import CKeylessErrors
public import CKeylessErrorsPublished

// Every answer of `KeylessError` comes from the C library. (The end-user message, in the app's
// language or another, comes from a table of the same kind per language: Localization.swift.)
//
// Numbers, flags and the action are read from it on every call: each of its functions is a
// perfect-hash lookup of 6 to 15 instructions, cheaper than any table Swift could keep. The
// category follows from the code by the range rule, generated into Swift (`Category(code:)`).
//
// Strings need a table: a C string has no length, and a `String` made from it would be a copy. So
// the first string lookup in a process builds one table from the C library (`Catalog.build`),
// which never changes afterwards; a string lookup then reads that table, with no lock, no
// allocation, no reference counting and no call into C for a documented code.
//
// - A perfect hash finds a code: a multiplication and a shift give its slot, and a slot holds at
//   most one documented code, so one comparison tells a documented code from any other.
// - Each answer is a column, indexed by slot: a documented code's answers are at its slot; just
//   before slot 0 come one row per category, with the C library's answers for an undocumented code
//   of that category, which every undocumented code of it shares. An undocumented code's category
//   comes from the range rule, generated into Swift from the Rust library's (`Category(code:)`):
//   a few compares inline, and no call into C.
// - The strings point at the C library's own static strings: each is made with the initialiser a
//   string literal uses, from the address and length of the C string, so it is immortal like a
//   literal. A lookup hands out a bitwise copy of it, exactly as a literal is handed out, with no
//   retain (see `StoredString`). Strings that are not static in C (the formatted lines of
//   `description`) are copied once into memory that is never freed, and made the same way.
// - The table's address is published once, with release ordering, and read with acquire ordering
//   (CKeylessErrorsPublished): one load, where a global `let` would cost a call to `swift_once` on
//   every read.
//
// The C library is the only source: there is no second copy of the catalog in Swift. The
// generated Swift (KeylessError+Catalog.swift) holds only what the compiler needs: the code
// constants, the enums and the category's range rule, none of it per-code data.

/// The raw representation of a `String`: what a bitwise copy of one copies.
#if _pointerBitWidth(_64)
@usableFromInline
typealias StringBits = (UInt64, UInt64)
#else
@usableFromInline
typealias StringBits = (UInt32, UInt32, UInt32)
#endif

/// A string of the table, stored as its raw bits.
///
/// Every stored string is made by the string-literal initialiser from memory that lives as long as
/// the process and never changes: a static string of the C library, or a copy made once and never
/// freed. Such a string is either small (its bytes are inside its bits) or immortal (the runtime
/// never counts references to it), exactly like a literal. So a bitwise copy of it is a complete,
/// independent `String` that owes nothing to any reference count: `string` returns one, as code
/// that uses a literal gets one, without a retain and without anything to release later.
@usableFromInline
struct StoredString {
    @usableFromInline
    var bits: StringBits

    /// `text`, which must come from `immortal(_:count:isASCII:)`.
    init(immortal text: String) {
        bits = unsafeBitCast(text, to: StringBits.self)
    }

    /// The string: a bitwise copy of the stored bits, moved out of a temporary, so no retain.
    @inlinable @inline(__always)
    var string: String {
        var copy = bits
        return _withUnprotectedUnsafeMutablePointer(to: &copy) { pointer in
            pointer.withMemoryRebound(to: String.self, capacity: 1) { $0.move() }
        }
    }

    /// A string whose UTF-8 is `count` bytes at `start`, made as a literal is made: small, or immortal
    /// and pointing at `start`, which must therefore stay valid and unchanged for the rest of the
    /// process. The bytes must be valid UTF-8; `isASCII` must be true only when they are ASCII.
    static func immortal(_ start: UnsafeRawPointer, count: Int, isASCII: Bool) -> StoredString {
        StoredString(immortal: String(
            _builtinStringLiteral: start._rawValue,
            utf8CodeUnitCount: count._builtinWordValue,
            isASCII: isASCII._value
        ))
    }

    /// A static, NUL-terminated string of the C library (valid UTF-8, by the header's contract).
    /// Should a string ever not be valid UTF-8, it is stored repaired, as `String(cString:)` would
    /// repair it, instead of breaking the invariants of `String`.
    static func fromC(_ text: UnsafePointer<CChar>) -> StoredString {
        var length = 0
        var bitsAboveASCII: UInt8 = 0
        text.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            while bytes[length] != 0 {
                bitsAboveASCII |= bytes[length] & 0x80
                length += 1
            }
        }
        if bitsAboveASCII == 0 {
            return immortal(text, count: length, isASCII: true)
        }
        let bytes = UnsafeRawBufferPointer(start: text, count: length)
        let decoded = String(decoding: bytes, as: UTF8.self)
        guard decoded.utf8.elementsEqual(bytes) else {
            return copied(decoded)
        }
        return immortal(text, count: length, isASCII: false)
    }

    /// `text`, copied once into memory that is never freed, then made as `immortal` makes a string.
    static func copied(_ text: String) -> StoredString {
        var text = text
        return text.withUTF8 { utf8 in
            let copy = UnsafeMutableRawPointer.allocate(byteCount: max(utf8.count, 1), alignment: 1)
            if let source = utf8.baseAddress {
                copy.copyMemory(from: source, byteCount: utf8.count)
            }
            return immortal(copy, count: utf8.count, isASCII: utf8.allSatisfy { $0 < 0x80 })
        }
    }
}

/// The string columns of the code table (but the lines of `description`), as flags (for
/// ``Catalog/uniformColumns``) and as names (to pick a column on the first use).
@usableFromInline
struct Columns: OptionSet, Sendable {
    @usableFromInline let rawValue: UInt32

    @inlinable init(rawValue: UInt32) { self.rawValue = rawValue }

    @inlinable static var name: Columns { Columns(rawValue: 1 << 0) }
    @inlinable static var title: Columns { Columns(rawValue: 1 << 1) }
    @inlinable static var meaning: Columns { Columns(rawValue: 1 << 2) }
    @inlinable static var advice: Columns { Columns(rawValue: 1 << 3) }
    @inlinable static var note: Columns { Columns(rawValue: 1 << 4) }
    @inlinable static var sharedName: Columns { Columns(rawValue: 1 << 5) }
}

/// The perfect hash of the documented codes, and the layout of every column indexed by it: the code
/// table's, and each message table's (Localization.swift). Built once, with the code table.
@usableFromInline
struct SlotHash {
    /// A code's slot is the top bits of `code &* multiplier`, `code` taken as unsigned, shifted
    /// right by `shift`.
    @usableFromInline let multiplier: UInt32
    @usableFromInline let shift: UInt32
    /// The documented code in each slot; an empty slot holds a code that does not hash to it, so
    /// that no code ever matches it.
    @usableFromInline let slotCodes: UnsafeMutablePointer<Int32>
    /// The number of slots.
    @usableFromInline let slotCount: Int
    /// The rows before slot 0: the one every category shares in a uniform column, then one per
    /// category raw value (``categoryRow(_:)``).
    let rowCount: Int
    /// What each filled entry of a column answers for: its index, and the code to ask the C
    /// library about (a documented code at its slot, then one undocumented sample per category
    /// row). An empty slot is never read; it gets a copy of the `unknown` category's row.
    let sources: UnsafeMutablePointer<(index: Int, code: Int32)>
    let sourceCount: Int

    /// The slot of `code`, documented or not.
    @inlinable @inline(__always)
    func slot(_ code: Int32) -> Int {
        Int((UInt32(bitPattern: code) &* multiplier) &>> shift)
    }

    /// The slot of a documented code, or nil.
    @inlinable @inline(__always)
    func documentedSlot(_ code: Int32) -> Int? {
        let slot = slot(code)
        return slotCodes[slot] == code ? slot : nil
    }

    /// The index of a category's row. The rows sit just before slot 0, so that a row's index is a
    /// constant, with no field to load, and the slots need no offset: ``uniformRow`` at -1, then
    /// the `unknown` category's (raw value 0) at -2, and so on.
    @inlinable @inline(__always)
    static func categoryRow(_ category: KeylessError.Category) -> Int {
        -2 &- Int(category.rawValue)
    }

    /// The row of an undocumented code, by the range rule.
    @inlinable @inline(__always)
    static func categoryRow(code: Int32) -> Int {
        categoryRow(KeylessError.Category(code: code))
    }

    /// The row that serves every undocumented code of a uniform column (a copy of the `unknown`
    /// category's row). A row of its own, not a category's: a lookup that tests the column's flag
    /// and then the range rule keeps the two apart, where one shared index lets the optimiser fuse
    /// the flag with the rule's first compare into a longer sequence.
    @inlinable @inline(__always)
    static var uniformRow: Int { -1 }

    /// The hash of `codes`, and the sources of the columns: the codes at their slots, then a sample
    /// undocumented code of each category value.
    init(codes: [Int32]) {
        (multiplier, shift, slotCount) = SlotHash.perfectHash(codes)
        rowCount = Int(KeylessError.Category.allCases.map(\.rawValue).max()!) + 2
        // An empty slot holds a code of another slot, so that no code ever matches it: 0 is always
        // in slot 0, and Int32.min (the top bit alone, times an odd multiplier) in the middle one.
        slotCodes = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
        for index in 0..<slotCount {
            (slotCodes + index).initialize(to: index == 0 ? Int32.min : 0)
        }
        var sources: [(index: Int, code: Int32)] = []
        for code in codes {
            let slot = Int((UInt32(bitPattern: code) &* multiplier) &>> shift)
            slotCodes[slot] = code
            sources.append((slot, code))
        }
        // A raw value without a case (there is none: the generated values are consecutive) would
        // get the `unknown` category's answers; no code reaches it.
        for value in 0..<UInt32(rowCount - 1) {
            let category = KeylessError.Category(rawValue: value) ?? .unknown
            sources.append((SlotHash.categoryRow(category), category.undocumentedSample))
        }
        sources.append((SlotHash.uniformRow, KeylessError.Category.unknown.undocumentedSample))
        sourceCount = sources.count
        self.sources = UnsafeMutablePointer.allocate(capacity: sources.count)
        self.sources.initialize(from: sources, count: sources.count)
    }

    /// A column of strings: the rows, then the slots, the column's address being slot 0's.
    /// `answer` gives each source's entry, and every empty slot gets a copy of the shared row, so
    /// that every entry is initialised.
    func column(_ answer: (Int32) -> StoredString) -> UnsafeMutablePointer<StoredString> {
        let entries = rowCount + slotCount
        let column = UnsafeMutablePointer<StoredString>.allocate(capacity: entries) + rowCount
        var filled = [Bool](repeating: false, count: entries)
        for source in UnsafeBufferPointer(start: sources, count: sourceCount) {
            (column + source.index).initialize(to: answer(source.code))
            filled[rowCount + source.index] = true
        }
        for index in -rowCount..<slotCount where !filled[rowCount + index] {
            (column + index).initialize(to: column[SlotHash.uniformRow])
        }
        return column
    }

    /// True when every category row of `column` holds the same string, so that an undocumented
    /// code needs no category.
    func isUniform(_ column: UnsafeMutablePointer<StoredString>) -> Bool {
        let first = column[SlotHash.uniformRow].string
        return (-rowCount..<0).allSatisfy { column[$0].string == first }
    }

    /// A multiplier and shift under which no two of `codes` share a slot, and the number of slots:
    /// the smallest power of two at least four times the number of codes for which one of the first
    /// ten thousand multipliers of a pseudo-random sequence works (for the catalog as it is, 256 slots
    /// and a few dozen tries; the chance that a multiplier works falls with the square of the codes
    /// over the slots, so a larger table is tried when none does).
    static func perfectHash(_ codes: [Int32]) -> (multiplier: UInt32, shift: UInt32, slotCount: Int) {
        var bits: UInt32 = 1
        while (1 << bits) < 4 * codes.count {
            bits += 1
        }
        while true {
            let slotCount = 1 << bits
            let shift = 32 - bits
            var used = [Bool](repeating: false, count: slotCount)
            var state: UInt32 = 0x9E37_79B9
            for _ in 0..<10_000 {
                // Odd multipliers from a linear congruential sequence (Numerical Recipes' constants).
                state = state &* 1_664_525 &+ 1_013_904_223
                let multiplier = state | 1
                for index in used.indices { used[index] = false }
                let collides = codes.contains { code in
                    let slot = Int((UInt32(bitPattern: code) &* multiplier) &>> shift)
                    defer { used[slot] = true }
                    return used[slot]
                }
                if !collides {
                    return (multiplier, shift, slotCount)
                }
            }
            bits += 1
        }
    }
}

/// The code table: built once per process from the C library, then only read (see the top of this
/// file). Every field is a number or the address of memory that is never freed or changed.
@usableFromInline
struct Catalog {
    @usableFromInline let hash: SlotHash
    /// The columns whose category rows are all alike, so an undocumented code needs no category:
    /// the first category row serves them all.
    @usableFromInline let uniformColumns: Columns

    @usableFromInline let names: UnsafeMutablePointer<StoredString>
    @usableFromInline let titles: UnsafeMutablePointer<StoredString>
    @usableFromInline let meanings: UnsafeMutablePointer<StoredString>
    @usableFromInline let advice: UnsafeMutablePointer<StoredString>
    @usableFromInline let notes: UnsafeMutablePointer<StoredString>
    @usableFromInline let sharedNames: UnsafeMutablePointer<StoredString>
    /// The `keyless_error_format` line of each documented code (the category rows hold "": the
    /// line of an undocumented code includes the code, so it is formatted on each call).
    @usableFromInline let lines: UnsafeMutablePointer<StoredString>

    /// The column named by `column`, one of the single flags (but `sharedName` is the default).
    func strings(_ column: Columns) -> UnsafeMutablePointer<StoredString> {
        switch column {
        case .name: names
        case .title: titles
        case .meaning: meanings
        case .advice: advice
        case .note: notes
        default: sharedNames
        }
    }

    /// The answer of `column` for `code`, read from the table inline (`readText`).
    @inlinable @inline(__always)
    static func text(
        _ code: Int32, _ column: Columns, _ field: (Catalog) -> UnsafeMutablePointer<StoredString>
    ) -> String {
        readText(
            code, KEYLESS_ERRORS_PUBLISHED_CATALOG, hash: \Catalog.hash,
            isUniform: { $0.uniformColumns.contains(column) }, column: field,
            firstUse: { catalogFirstText($0, column) }
        )
    }

    /// The `description` of `code`: the table's line of a documented code, or the line the C
    /// library formats, for an undocumented code, whose line includes the code.
    @inlinable @inline(__always)
    static func line(_ code: Int32) -> String {
        if let catalog = keyless_errors_published(KEYLESS_ERRORS_PUBLISHED_CATALOG)?
            .assumingMemoryBound(to: Catalog.self).pointee,
            let slot = catalog.hash.documentedSlot(code)
        {
            return catalog.lines[slot].string
        }
        return catalogOtherLine(code)
    }

    /// The published table, built by the first caller in the process.
    @inlinable @inline(__always)
    static var current: UnsafePointer<Catalog> {
        if let published = keyless_errors_published(KEYLESS_ERRORS_PUBLISHED_CATALOG) {
            return published.assumingMemoryBound(to: Catalog.self)
        }
        return publishCatalog()
    }

    /// The table, built by the first thread that needs it while any other waits.
    fileprivate static let shared = Published(build())

    /// One pass over the C library: the version check, then every string of every documented code
    /// and of one undocumented code per category.
    static func build() -> UnsafePointer<Catalog> {
        LibraryCheck.checkAtFirstUse()
        let codes = cDocumentedCodes()
        let hash = SlotHash(codes: codes)
        func text(_ function: (Int32) -> UnsafePointer<CChar>?) -> UnsafeMutablePointer<StoredString> {
            // NULL never comes (the header promises static strings); should it, "" answers.
            hash.column { code in function(code).map(StoredString.fromC) ?? StoredString.copied("") }
        }
        let names = text(keyless_error_name)
        let titles = text(keyless_error_title)
        let meanings = text(keyless_error_description)
        let advice = text(keyless_error_advice)
        let notes = text(keyless_error_note)
        let sharedNames = text(keyless_error_shared_name)
        let empty = StoredString.copied("")
        let lines = hash.column { code in
            keyless_error_is_known(code) ? StoredString.copied(LibraryCheck.formattedLine(code)) : empty
        }

        // Which columns answer every undocumented code alike, whatever its category.
        var uniform: Columns = []
        for (flag, column) in [
            (Columns.name, names), (.title, titles), (.meaning, meanings), (.advice, advice),
            (.note, notes), (.sharedName, sharedNames),
        ] where hash.isUniform(column) {
            uniform.insert(flag)
        }

        let catalog = UnsafeMutablePointer<Catalog>.allocate(capacity: 1)
        catalog.initialize(to: Catalog(
            hash: hash, uniformColumns: uniform, names: names, titles: titles, meanings: meanings,
            advice: advice, notes: notes, sharedNames: sharedNames, lines: lines
        ))
        return UnsafePointer(catalog)
    }

    /// The documented codes, from `keyless_error_codes`.
    static func cDocumentedCodes() -> [Int32] {
        cList(keyless_error_codes)
    }
}

/// The string of `code` in a column of the table published in `slot` (the code table, or the
/// messages of the app's language), read inline. The table is built on the first call, by a call
/// that returns the answer (`firstUse`). An undocumented code reads its category's row, the
/// category from the range rule, inline (a few compares); or, when the column answers every
/// category alike, the one row that serves them all.
@inlinable @inline(__always)
func readText<Table>(
    _ code: Int32, _ slot: KeylessErrorsPublishedSlot, hash: KeyPath<Table, SlotHash>,
    isUniform: (Table) -> Bool, column: (Table) -> UnsafeMutablePointer<StoredString>,
    firstUse: (Int32) -> String
) -> String {
    guard let table = keyless_errors_published(slot)?.assumingMemoryBound(to: Table.self) else {
        return firstUse(code)
    }
    let slot = table.pointee[keyPath: hash].slot(code)
    let index: Int
    if table.pointee[keyPath: hash].slotCodes[slot] == code {
        index = slot
    } else if isUniform(table.pointee) {
        index = SlotHash.uniformRow
    } else {
        index = SlotHash.categoryRow(code: code)
    }
    return column(table.pointee)[index].string
}

/// A list that a C function copies out, as `keyless_error_codes` and `keyless_error_locales` do:
/// asked for its length, then written into an array of that length.
func cList<Element>(_ copy: (UnsafeMutablePointer<Element>?, Int) -> Int) -> [Element] {
    let count = copy(nil, 0)
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
        initialized = min(copy(buffer.baseAddress, count), count)
    }
}

/// A finished table's address. The table is never changed after it is built, so its address may
/// go to any thread.
struct Published<Table>: @unchecked Sendable {
    let table: UnsafePointer<Table>

    init(_ table: UnsafePointer<Table>) {
        self.table = table
    }
}

// The out-of-line parts of the lookups: free functions, so that callers in other modules call them
// directly (a static method would take its type as a dead argument, and the optimiser would put a
// forwarding thunk in front of it).

/// The first use: builds the table (once per process: `shared` is a global `let`), publishes
/// its address and returns it.
@usableFromInline @inline(never)
func publishCatalog() -> UnsafePointer<Catalog> {
    let table = Catalog.shared.table
    keyless_errors_publish(KEYLESS_ERRORS_PUBLISHED_CATALOG, table)
    return table
}

/// The answer of `column` for `code`, building the table first if no one has.
@usableFromInline @inline(never)
func catalogFirstText(_ code: Int32, _ column: Columns) -> String {
    let catalog = Catalog.current.pointee
    let strings = catalog.strings(column)
    if let slot = catalog.hash.documentedSlot(code) {
        return strings[slot].string
    }
    if catalog.uniformColumns.contains(column) {
        return strings[SlotHash.uniformRow].string
    }
    return strings[SlotHash.categoryRow(code: code)].string
}

/// The `description` of `code` when the table is not built yet or the code is undocumented.
@usableFromInline @inline(never)
func catalogOtherLine(_ code: Int32) -> String {
    let catalog = Catalog.current.pointee
    if let slot = catalog.hash.documentedSlot(code) {
        return catalog.lines[slot].string
    }
    return LibraryCheck.formattedLine(code)
}
