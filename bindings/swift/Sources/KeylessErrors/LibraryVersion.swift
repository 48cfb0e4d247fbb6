internal import CKeylessErrors

/// The version of the keyless-errors C library this process loaded, such as `"0.2.0"`, from
/// `keyless_errors_version()`. Write it qualified, `KeylessErrors.libraryVersion`.
///
/// On Apple platforms the library is linked statically from the package's own XCFramework, so it is
/// always ``VERSION``. On Linux it is whatever `libkeyless_errors` the system provides; see
/// ``checkLibraryVersion()``.
public var libraryVersion: String {
    String(cString: keyless_errors_version())
}

/// The loaded C library's major.minor version differs from this Swift binding's.
///
/// The binding answers from tables generated from the catalog of its own release, so a different
/// library could disagree with it; the one answer that comes from the library (the ``KeylessError``
/// `description` of an undocumented code) would then come from the wrong release.
public struct LibraryVersionMismatch: Error, Sendable, Equatable, CustomStringConvertible {
    /// This Swift binding's version, ``VERSION``.
    public let bindingVersion: String
    /// The loaded C library's version, ``libraryVersion``.
    public let libraryVersion: String

    /// Names both versions and what to do, such as: `keyless-errors: the Swift binding 0.2.0 needs
    /// the C library 0.2.x, but the loaded libkeyless_errors is 0.3.1; install the matching release`.
    public var description: String {
        let series = bindingVersion.split(separator: ".").prefix(2).joined(separator: ".")
        return "keyless-errors: the Swift binding \(bindingVersion) needs the C library \(series).x, "
            + "but the loaded libkeyless_errors is \(libraryVersion); install the matching release"
    }
}

/// Throws when the loaded C library is not of this binding's major.minor version.
///
/// The binding also checks on its own, the first time it calls into the library; a mismatch then
/// stops debug builds with the message of ``LibraryVersionMismatch``, and release builds answer
/// from the binding's own tables instead of the library. Call this at startup (or in a health
/// check) to handle a wrong installation yourself:
///
/// ```swift
/// do {
///     try KeylessErrors.checkLibraryVersion()
/// } catch {
///     logger.fault("\(error)")   // names both versions
/// }
/// ```
public func checkLibraryVersion() throws(LibraryVersionMismatch) {
    if let mismatch = LibraryCheck.result {
        throw mismatch
    }
}

/// The version check, and the one answer that comes from the C library.
@usableFromInline
enum LibraryCheck {
    /// The mismatch, if any, between `binding` and `library`: equal when their first two
    /// dot-separated components are (a version without them never matches).
    static func mismatch(binding: String, library: String) -> LibraryVersionMismatch? {
        let bindingSeries = binding.split(separator: ".").prefix(2)
        let librarySeries = library.split(separator: ".").prefix(2)
        if bindingSeries.count == 2 && bindingSeries.elementsEqual(librarySeries) {
            return nil
        }
        return LibraryVersionMismatch(bindingVersion: binding, libraryVersion: library)
    }

    /// This process's result, computed once, the first time the binding needs the library: a
    /// global `let` is initialised lazily, exactly once, thread-safely.
    static let result: LibraryVersionMismatch? = mismatch(binding: VERSION, library: libraryVersion)

    /// The `keyless_error_format` line of an undocumented code, such as
    /// `424242 UNKNOWN (user): User error`, formatted by the C library.
    ///
    /// With a mismatched library, debug builds stop here with a message naming both versions; release
    /// builds get the line built from the binding's own tables (the tests check that it equals the
    /// C library's line for every code they sweep), never the other release's answer.
    @usableFromInline
    static func undocumentedLine(_ code: Int32) -> String {
        undocumentedLine(code, mismatch: result)
    }

    /// ``undocumentedLine(_:)`` with the check's result given, for the tests.
    static func undocumentedLine(_ code: Int32, mismatch: LibraryVersionMismatch?) -> String {
        if let mismatch {
            assertionFailure(mismatch.description)
            return ownLine(code)
        }
        // A first call with no buffer measures the line; the second writes it and its NUL into a
        // buffer of at least one byte, whose base address is therefore never nil.
        let length = keyless_error_format(code, nil, 0)
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
            _ = keyless_error_format(code, buffer.baseAddress, buffer.count)
            return String(cString: buffer.baseAddress!)
        }
    }

    /// The same line, from the binding's own tables: `<code> <NAME> (<category>): <title>`.
    static func ownLine(_ code: Int32) -> String {
        "\(code) \(Answers.name(code)) (\(Answers.category(code).name)): \(Answers.title(code))"
    }
}
