import CKeylessErrors
import Testing
@testable import KeylessErrors

/// Every property of `KeylessError` gives what the C API gives, for documented codes, for
/// undocumented and boundary ones, and over a wide sweep of `Int32`.
@Suite("Agreement with the C API")
struct AgreementWithCTests {
    @Test("allKnown lists exactly keyless_error_codes, in order")
    func allKnownIsTheCList() {
        let codes = CReference.documentedCodes()
        #expect(!codes.isEmpty)
        #expect(codes == codes.sorted() && Set(codes).count == codes.count)
        #expect(KeylessError.allKnown.map(\.code.rawValue) == codes)
        let everyOneIsKnown = KeylessError.allKnown.allSatisfy(\.isKnown)
        #expect(everyOneIsKnown)
    }

    @Test("Every property of a documented code agrees with C", arguments: CReference.documentedCodes())
    func documentedCodeAgrees(code: Int32) {
        #expect(disagreements(code) == [])
        #expect(KeylessError(code: code).isKnown)
    }

    @Test("Every property of an undocumented or boundary code agrees with C", arguments: undocumentedCodes)
    func undocumentedCodeAgrees(code: Int32) {
        #expect(disagreements(code) == [])
        #expect(!KeylessError(code: code).isKnown)
    }

    /// The table gives all undocumented codes of a category the texts of one sample code, picked
    /// by the range rule generated into Swift, and its empty slots must match no code; this sweep
    /// checks every answer against C far beyond the boundary codes: every code from -2000 to 60000,
    /// 65536 codes spread evenly over `Int32`, both ends of `Int32`, and both sides of every bound
    /// of the range rule (`Category.rangeStarts`, generated with the rule).
    @Test("Every property agrees with C over a sweep of Int32, every range bound and both ends")
    func sweepAgrees() {
        var failures: [String] = []
        for code in sweepCodes() {
            let differing = disagreements(code)
            if !differing.isEmpty {
                failures.append("\(code): \(differing.joined(separator: ", "))")
            }
        }
        #expect(failures == [])
    }

    @Test("The sweep holds both ends of Int32 and both sides of every range bound")
    func sweepCoversTheBounds() {
        let codes = Set(sweepCodes())
        #expect(codes.contains(Int32.min) && codes.contains(Int32.max))
        for start in KeylessError.Category.rangeStarts.dropFirst() {
            #expect(codes.contains(start - 1) && codes.contains(start), "bound \(start)")
        }
    }

    /// Each generated range starts where the C library's category changes, and `Int32.min` starts
    /// the first: the rule's bounds are the library's, not only codes on which the two agree.
    @Test("The range rule's bounds are where the C library's category changes")
    func rangeBoundsAreTheLibrarys() {
        let starts = KeylessError.Category.rangeStarts
        #expect(starts.first == Int32.min)
        #expect(starts == starts.sorted() && Set(starts).count == starts.count)
        for start in starts.dropFirst() {
            #expect(keyless_error_category_id(start - 1) != keyless_error_category_id(start), "bound \(start)")
            #expect(KeylessError.Category(code: start - 1) != KeylessError.Category(code: start), "bound \(start)")
        }
    }

    @Test("The category of an undocumented code follows from its range alone")
    func categoryRanges() {
        #expect(KeylessError(code: Int32.min).category == .unknown)
        #expect(KeylessError(code: -1).category == .unknown)
        #expect(KeylessError(code: 0).category == .internal)
        #expect(KeylessError(code: 19_999).category == .internal)
        #expect(KeylessError(code: 20_000).category == .integration)
        #expect(KeylessError(code: 39_999).category == .user)
        #expect(KeylessError(code: 40_003).category == .antiInject)
        #expect(KeylessError(code: 50_000).category == .user)
        #expect(KeylessError(code: Int32.max).category == .user)
    }
}

/// The codes of the sweep: every code from -2000 to 60000, 65536 codes spread evenly over `Int32`
/// from `Int32.min`, `Int32.max`, and the code before, at and after the first of every range.
func sweepCodes() -> [Int32] {
    let dense = Array((-2_000 as Int32)...60_000)
    let spread = stride(from: Int64(Int32.min), through: Int64(Int32.max), by: 1 << 16).map { Int32($0) }
    let bounds = KeylessError.Category.rangeStarts.flatMap { start in
        [Int64(start) - 1, Int64(start), Int64(start) + 1].compactMap { Int32(exactly: $0) }
    }
    return dense + spread + bounds + [Int32.max]
}

/// The names of the properties of `KeylessError(code: code)` that differ from the C API's answer
/// (an empty list when all agree). Every public property is compared.
func disagreements(_ code: Int32) -> [String] {
    let error = KeylessError(code: code)
    var differing: [String] = []
    func check(_ property: String, _ agrees: Bool) {
        if !agrees { differing.append(property) }
    }
    check("code", error.code.rawValue == code)
    check("errorCode", error.errorCode == Int(code))
    check("category", error.category == KeylessError.Category(keyless_error_category_id(code)))
    check("category.name", error.category.name == CReference.string(keyless_error_category, code))
    check("name", error.name == CReference.string(keyless_error_name, code))
    check("title", error.title == CReference.string(keyless_error_title, code))
    check("meaning", error.meaning == CReference.string(keyless_error_description, code))
    check("advice", error.advice == CReference.string(keyless_error_advice, code))
    check("userMessage", error.userMessage == CReference.appMessage(code))
    check("note", error.note == CReference.string(keyless_error_note, code))
    check("action", error.action == KeylessError.Action(keyless_error_action(code)))
    check("isKnown", error.isKnown == keyless_error_is_known(code))
    check("isRetryable", error.isRetryable == keyless_error_is_retryable(code))
    check("isDeprecated", error.isDeprecated == keyless_error_is_deprecated(code))
    check("replacedBy", (error.replacedBy?.code.rawValue ?? -1) == keyless_error_replaced_by(code))
    check("sharedCode", error.sharedCode == keyless_error_shared_code(code))
    check("sharedName", error.sharedName == CReference.string(keyless_error_shared_name, code))
    check("description", error.description == CReference.formattedLine(code))
    // The first lookup of a process takes another path (it builds the table, then answers): it
    // must give the same answers.
    check("firstText", [Columns.name, .title, .meaning, .advice, .note, .sharedName].map {
        catalogFirstText(code, $0)
    } == [error.name, error.title, error.meaning, error.advice, error.note, error.sharedName])
    check("appMessageFirstUse", appMessageFirstUse(code) == error.userMessage)
    check("otherLine", catalogOtherLine(code) == CReference.formattedLine(code))
    return differing
}
