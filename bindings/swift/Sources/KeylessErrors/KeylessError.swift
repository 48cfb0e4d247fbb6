public import CKeylessErrors
public import CKeylessErrorsPublished
import Foundation

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
/// A `KeylessError` holds its code and nothing else. Every answer comes from the keyless-errors C
/// library: numbers, flags and the action straight from its functions; strings from a table that
/// the first string lookup in a process builds from it, once, and every lookup after that reads,
/// with no lock, no allocation, no reference counting and no call into C (but for the
/// ``description`` of an undocumented code, which includes the code, so the library formats it).
/// The strings are the C library's own static strings, shared, not copied. The one exception is the ``category``, which
/// follows from the code by the library's range rule, generated into Swift: a few compares.
public struct KeylessError: Error, Hashable, Sendable {
    /// The numeric code of a Keyless SDK error.
    ///
    /// Open, like `URLError.Code`: every `Int32` is a valid code, documented or not. The documented
    /// ones have static members, such as ``faceNotMatching``.
    public struct Code: RawRepresentable, Hashable, Sendable {
        /// The code as the SDK reports it, such as `30004`.
        public let rawValue: Int32

        /// Wraps any value, documented or not.
        @inlinable
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// The code this error stands for.
    public let code: Code

    /// The error for any code, including undocumented and negative ones.
    @inlinable
    public init(code: Int32) {
        self.code = Code(rawValue: code)
    }

    /// The error for a code, such as `KeylessError(.faceNotMatching)`.
    @inlinable
    public init(_ code: Code) {
        self.code = code
    }

    /// Every documented code's error, in ascending order of code, as `keyless_error_codes` lists them.
    public static let allKnown: [KeylessError] = Catalog.cDocumentedCodes().map { KeylessError(code: $0) }

    /// The group of errors the code belongs to; every code has one, by the range rule of the C header
    /// (generated into Swift from the library's own rule, so no call into C is needed).
    @inlinable @inline(__always)
    public var category: Category {
        KeylessError.Category(code: code.rawValue)
    }

    /// The recommended reaction, for app logic that should not parse text.
    @inlinable @inline(__always)
    public var action: Action {
        KeylessError.Action(cValue: keyless_error_action(code.rawValue).rawValue)
    }

    /// The stable SCREAMING_SNAKE name, such as `"FACE_NOT_MATCHING"`; `"UNKNOWN"` for an
    /// undocumented code. Names never change once published, so they are safe to log, persist,
    /// compare, and to key localized strings on.
    @inlinable @inline(__always)
    public var name: String {
        Catalog.text(code.rawValue, .name) { $0.names }
    }

    /// A short title for developers and logs, such as `"Face not matching"`; not for end users.
    @inlinable @inline(__always)
    public var title: String {
        Catalog.text(code.rawValue, .title) { $0.titles }
    }

    /// What the code means, in one or two sentences, for developers (`keyless_error_description`).
    @inlinable @inline(__always)
    public var meaning: String {
        Catalog.text(code.rawValue, .meaning) { $0.meanings }
    }

    /// What the integrator should do about the code.
    @inlinable @inline(__always)
    public var advice: String {
        Catalog.text(code.rawValue, .advice) { $0.advice }
    }

    /// A message that is safe to show the end user as it is (it never accuses the user), in the
    /// language the app itself runs in, or in the app's own words.
    ///
    /// - The language is the app's, not the device's: the localizations the app runs in
    ///   (`Bundle.main.preferredLocalizations`, as Stripe and FirebaseUI choose theirs), read once per
    ///   process, and the library's nearest language by CLDR's fallbacks, else English. An app
    ///   localized only in English shows English, whatever the device's language.
    /// - An app overrides any message in any language with its own strings table `KeylessErrors`
    ///   (`KeylessErrors.strings` or `KeylessErrors.xcstrings` in its main bundle), keyed
    ///   `keyless_error_<code>_user_message`, or `keyless_error_undocumented_<category>_user_message`
    ///   for the codes nobody documented.
    ///
    /// ``userMessage(for:)`` answers in a language of your choice.
    @inlinable @inline(__always)
    public var userMessage: String {
        readText(
            code.rawValue, KEYLESS_ERRORS_PUBLISHED_APP_MESSAGES, hash: \MessageTable.hash,
            isUniform: { $0.uniform }, column: { $0.messages },
            firstUse: appMessageFirstUse
        )
    }

    /// The lifecycle note (since when the code is no longer returned, what replaced it), or `""`
    /// when there is none, as for every undocumented code.
    @inlinable @inline(__always)
    public var note: String {
        Catalog.text(code.rawValue, .note) { $0.notes }
    }

    /// True when the code is documented: exactly the codes of ``allKnown``.
    @inlinable @inline(__always)
    public var isKnown: Bool {
        keyless_error_is_known(code.rawValue)
    }

    /// True when the same user may succeed by trying again on this device, after following the
    /// recommended ``action``.
    @inlinable @inline(__always)
    public var isRetryable: Bool {
        keyless_error_is_retryable(code.rawValue)
    }

    /// True when current SDK versions no longer return the code; ``note`` says since when and why.
    @inlinable @inline(__always)
    public var isDeprecated: Bool {
        keyless_error_is_deprecated(code.rawValue)
    }

    /// The error whose code replaced this one, or `nil` when there is none.
    @inlinable @inline(__always)
    public var replacedBy: KeylessError? {
        let replacement = keyless_error_replaced_by(code.rawValue)
        return replacement < 0 ? nil : KeylessError(code: replacement)
    }

    /// The code of the shared cross-platform error model (the one the web, Android and iOS SDKs share)
    /// that this native code maps to, such as `6001`; `1000` (`SDK_ERROR`) when the model has no row
    /// for it, as for every undocumented or negative code.
    ///
    /// Shared and native numbers overlap but are unrelated: shared 1004 is not native 1004. Keep
    /// ``code`` for your own logs, and send ``sharedName`` (or this code) where every platform's errors
    /// meet, such as your backend.
    @inlinable @inline(__always)
    public var sharedCode: Int32 {
        keyless_error_shared_code(code.rawValue)
    }

    /// The shared model's name for ``sharedCode``, such as `"SECURITY_DEVICE_NOT_GENUINE"`;
    /// `"SDK_ERROR"` when the model has no row for the code.
    @inlinable @inline(__always)
    public var sharedName: String {
        Catalog.text(code.rawValue, .sharedName) { $0.sharedNames }
    }
}

extension KeylessError: CustomStringConvertible {
    /// One line for logs, exactly as `keyless_error_format` writes it:
    /// `<code> <NAME> (<category>): <title>`, such as
    /// `30004 FACE_NOT_MATCHING (user): Face not matching`.
    @inlinable @inline(__always)
    public var description: String {
        Catalog.line(code.rawValue)
    }
}

extension KeylessError: LocalizedError {
    /// The end-user message in the app's language (``userMessage``), which is what an alert should
    /// show, and what `localizedDescription` gives.
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

    /// The texts under their standard `NSError` keys (so an `NSError` made from this error shows the
    /// same texts on every platform): the end-user message in the app's language (``userMessage``)
    /// under `NSLocalizedDescriptionKey`, the meaning and the advice (English, for developers); and
    /// the stable name under ``nameUserInfoKey``.
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
