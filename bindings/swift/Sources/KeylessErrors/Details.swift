internal import CKeylessErrors

/// Everything the C library says about one code, read once and then kept.
///
/// The C strings are static and never change while the process runs, so a Swift copy made once is
/// right forever. The copies live in two tables that Swift initialises lazily: a global or static
/// `let` runs its initialiser exactly once, under a one-time guard (`swift_once`), and every later
/// read is a plain load with no lock. That is the whole of the thread safety here: a `Details` is
/// immutable, and nothing is ever written after the tables are built.
final class Details: Sendable {
    let name: String
    let title: String
    let meaning: String
    let advice: String
    let userMessage: String
    let note: String
    let category: KeylessError.Category
    let action: KeylessError.Action
    let isKnown: Bool
    let isRetryable: Bool
    let isDeprecated: Bool
    /// The code that replaced this one, if any (C's -1 becomes `nil`).
    let replacedBy: Int32?
    /// The `keyless_error_format` line of a documented code. `nil` for the details shared by the
    /// undocumented codes of a category, because their line includes each one's own code.
    let formattedLine: String?

    /// Reads every answer of the C library about `code`.
    private init(readingFromC code: Int32, keepingLine: Bool) {
        name = String(cString: keyless_error_name(code))
        title = String(cString: keyless_error_title(code))
        meaning = String(cString: keyless_error_description(code))
        advice = String(cString: keyless_error_advice(code))
        userMessage = String(cString: keyless_error_user_message(code))
        note = String(cString: keyless_error_note(code))
        // The enums are generated from the same Rust enums as the C ones, and the library is linked
        // statically from the same build, so the raw values always match (the tests prove it). A
        // value Swift does not know could only come from a mismatched library; it degrades to the
        // neutral case instead of trapping.
        category = KeylessError.Category(rawValue: keyless_error_category_id(code)) ?? .unknown
        action = KeylessError.Action(rawValue: keyless_error_action(code)) ?? .none
        isKnown = keyless_error_is_known(code)
        isRetryable = keyless_error_is_retryable(code)
        isDeprecated = keyless_error_is_deprecated(code)
        let replacement = keyless_error_replaced_by(code)
        replacedBy = replacement == -1 ? nil : replacement
        formattedLine = keepingLine ? Details.formatLine(code) : nil
    }

    /// The details of any code: a documented code's own, else its category's shared ones.
    static func of(_ code: Int32) -> Details {
        if let index = documentedIndex(of: code) {
            return documented[index]
        }
        let category = keyless_error_category_id(code)
        guard category < undocumented.count else {
            // Unreachable with a matching library (see the comment in init); stay correct anyway.
            return Details(readingFromC: code, keepingLine: false)
        }
        return undocumented[Int(category)]
    }

    /// The documented codes, in ascending order, as `keyless_error_codes` lists them.
    static let documentedCodes: [Int32] = {
        // keyless_error_codes(NULL, 0) returns the count and writes nothing.
        let count = keyless_error_codes(nil, 0)
        var codes = [Int32](repeating: 0, count: count)
        let written = codes.withUnsafeMutableBufferPointer { buffer in
            keyless_error_codes(buffer.baseAddress, buffer.count)
        }
        // The list is static, so both calls agree; were they ever not to, keep only what was written.
        return Array(codes.prefix(min(written, count)))
    }()

    /// The details of ``documentedCodes``, in the same order.
    ///
    /// All documented codes are read together, on the first lookup of any code: 24 codes of nine
    /// answers each, some tens of microseconds once per process (`make bench` measures it). A table
    /// of one lazy `static let` per code would read less at first, but would put the codes in
    /// generated Swift instead of asking `keyless_error_codes`, and cost a guard check per lookup.
    private static let documented: [Details] = documentedCodes.map {
        Details(readingFromC: $0, keepingLine: true)
    }

    /// The details shared by the undocumented codes of each category, indexed by raw value (the C
    /// values are 0, 1, 2, …, in the order of `allCases`; a test checks it). Every undocumented code
    /// of a category gets the same texts, action and flags (the C header's contract), so one
    /// representative code per category, chosen by the generator, stands for all of them.
    private static let undocumented: [Details] = KeylessError.Category.allCases.map {
        Details(readingFromC: $0.undocumentedRepresentative, keepingLine: false)
    }

    /// Binary search in the sorted ``documentedCodes``: a handful of comparisons, no hashing.
    private static func documentedIndex(of code: Int32) -> Int? {
        let codes = documentedCodes
        var low = 0
        var high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle] < code {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < codes.count && codes[low] == code ? low : nil
    }

    /// The `keyless_error_format` line of `code`, read through C into a stack buffer.
    static func formatLine(_ code: Int32) -> String {
        // A first call with no buffer measures the line; the second writes it and its NUL into a
        // buffer of at least one byte, whose base address is therefore never nil.
        let length = keyless_error_format(code, nil, 0)
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
            _ = keyless_error_format(code, buffer.baseAddress, buffer.count)
            return String(cString: buffer.baseAddress!)
        }
    }
}
