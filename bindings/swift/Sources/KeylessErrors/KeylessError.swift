import Foundation
internal import CKeylessErrors

/// A Keyless SDK error code, with everything the keyless-errors library knows about it.
///
/// Shaped like Foundation's `URLError`: a struct around an open ``Code``, with one static member per
/// documented code on both ``Code`` and `KeylessError` itself, so that all of these work:
///
/// ```swift
/// do {
///     try await authenticate()
/// } catch KeylessError.faceNotMatching {
///     showAccountPicker()
/// } catch let error as KeylessError {
///     show(error.userMessage)     // safe to show an end user as it is
///     log(error.description)      // "30004 FACE_NOT_MATCHING (user): Face not matching"
/// }
/// ```
///
/// Any `Int32` makes a valid `KeylessError`, documented or not: an undocumented code gets its
/// ``category``'s general guidance, as the C library gives it.
///
/// Every text comes from the C library, which returns static strings. They are read once and kept:
/// all documented codes on the first lookup of any code, and the general guidance of undocumented
/// codes once per category. After that, no property crosses into C or allocates, except ``description`` of an
/// undocumented code, whose line includes the code itself.
public struct KeylessError: Error, Hashable, Sendable {
    /// The numeric code of a Keyless SDK error.
    ///
    /// Open, like `URLError.Code`: every `Int32` is a valid code, documented or not. The documented
    /// ones have static members, such as ``faceNotMatching``.
    public struct Code: RawRepresentable, Hashable, Sendable {
        /// The code as the SDK reports it, such as `30004`.
        public let rawValue: Int32

        /// Wraps any value, documented or not.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// The code this error stands for.
    public let code: Code

    /// What the C library says about ``code``; shared by every error with the same code (or, for
    /// undocumented codes, the same category).
    private let details: Details

    /// The error for any code, including undocumented and negative ones.
    public init(code: Int32) {
        self.code = Code(rawValue: code)
        self.details = Details.of(code)
    }

    /// The error for a code, such as `KeylessError(.faceNotMatching)`.
    public init(_ code: Code) {
        self.init(code: code.rawValue)
    }

    /// Every documented code's error, in ascending order of code, as `keyless_error_codes` lists them.
    public static let allKnown: [KeylessError] = Details.documentedCodes.map { KeylessError(code: $0) }

    /// The group of errors the code belongs to; every code has one, by the range rule of the C header.
    public var category: Category { details.category }

    /// The recommended reaction, for app logic that should not parse text.
    public var action: Action { details.action }

    /// The stable SCREAMING_SNAKE name, such as `"FACE_NOT_MATCHING"`; `"UNKNOWN"` for an
    /// undocumented code. Names never change once published, so they are safe to log, persist,
    /// compare, and to key localized strings on.
    public var name: String { details.name }

    /// A short title for developers and logs, such as `"Face not matching"`; not for end users.
    public var title: String { details.title }

    /// What the code means, in one or two sentences, for developers (`keyless_error_description`).
    public var meaning: String { details.meaning }

    /// What the integrator should do about the code.
    public var advice: String { details.advice }

    /// An English message that is safe to show the end user as it is: it never accuses the user.
    public var userMessage: String { details.userMessage }

    /// The lifecycle note (since when the code is no longer returned, what replaced it), or `""`
    /// when there is none, as for every undocumented code.
    public var note: String { details.note }

    /// True when the code is documented: exactly the codes of ``allKnown``.
    public var isKnown: Bool { details.isKnown }

    /// True when the same user may succeed by trying again on this device, after following the
    /// recommended ``action``.
    public var isRetryable: Bool { details.isRetryable }

    /// True when current SDK versions no longer return the code; ``note`` says since when and why.
    public var isDeprecated: Bool { details.isDeprecated }

    /// The error whose code replaced this one, or `nil` when there is none.
    public var replacedBy: KeylessError? { details.replacedBy.map { KeylessError(code: $0) } }

    /// Two errors are equal when their codes are.
    public static func == (lhs: KeylessError, rhs: KeylessError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code, the only part of an error that is not derived from it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }
}

extension KeylessError: CustomStringConvertible {
    /// One line for logs, exactly as `keyless_error_format` writes it:
    /// `<code> <NAME> (<category>): <title>`, such as
    /// `30004 FACE_NOT_MATCHING (user): Face not matching`.
    public var description: String {
        details.formattedLine ?? Details.formatLine(code.rawValue)
    }
}

extension KeylessError: LocalizedError {
    /// The end-user message (``userMessage``), which is what an alert should show.
    public var errorDescription: String? { userMessage }

    /// What the code means (``meaning``).
    public var failureReason: String? { meaning }

    /// What the integrator should do (``advice``).
    public var recoverySuggestion: String? { advice }
}

extension KeylessError: CustomNSError {
    /// The `NSError` domain of every Keyless error, so that the code survives bridging to `NSError`
    /// and back out of Objective-C APIs. It never changes.
    public static var errorDomain: String { "com.keyless.errors" }

    /// The raw code, unchanged, such as `30004`.
    public var errorCode: Int { Int(code.rawValue) }

    /// The localized texts under their standard `NSError` keys (so an `NSError` made from this error
    /// shows the same texts on every platform), and the stable name under ``nameUserInfoKey``.
    public var errorUserInfo: [String: Any] {
        [
            NSLocalizedDescriptionKey: userMessage,
            NSLocalizedFailureReasonErrorKey: meaning,
            NSLocalizedRecoverySuggestionErrorKey: advice,
            Self.nameUserInfoKey: name,
        ]
    }

    /// The `userInfo` key of the stable name (``name``) in a bridged `NSError`.
    public static var nameUserInfoKey: String { "KeylessErrorName" }
}

/// Matches an error against a code, so that `catch KeylessError.faceNotMatching { … }` works, as
/// `catch URLError.notConnectedToInternet` does.
///
/// Matches a ``KeylessError`` with that code, and also an `NSError` of ``KeylessError/errorDomain``
/// with that code, which is what a `KeylessError` becomes after a trip through Objective-C.
public func ~= (pattern: KeylessError.Code, error: any Error) -> Bool {
    if let keylessError = error as? KeylessError {
        return keylessError.code == pattern
    }
    let bridged = error as NSError
    return bridged.domain == KeylessError.errorDomain && bridged.code == Int(pattern.rawValue)
}
