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
/// Every answer of the binding comes from the loaded C library, read through the header this
/// binding was built with; a library of another release could answer with codes, categories or
/// actions this binding does not know, or lay out its answers differently.
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
/// The binding also checks on its own, when its first lookup builds its table from the library; a
/// mismatch then stops debug builds with the message of ``LibraryVersionMismatch``. Release builds
/// go on with the loaded library's answers, reading any category or action this binding does not
/// know as `unknown` or `none`, so that an error path never crashes a shipped app over a version.
/// Call this at startup (or in a health check) to handle a wrong installation yourself:
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

/// The version check, and the line the C library writes into a buffer.
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

    /// This process's result, computed once: a global `let` is initialised lazily, exactly once,
    /// thread-safely.
    static let result: LibraryVersionMismatch? = mismatch(binding: VERSION, library: libraryVersion)

    /// Called when the first lookup builds the table from the library: stops a debug build on a
    /// mismatch, with a message naming both versions.
    static func checkAtFirstUse() {
        checkAtFirstUse(mismatch: result)
    }

    /// ``checkAtFirstUse()`` with the check's result given, for the tests.
    static func checkAtFirstUse(mismatch: LibraryVersionMismatch?) {
        if let mismatch {
            assertionFailure(mismatch.description)
        }
    }

    /// The `keyless_error_format` line of any code, formatted by the C library.
    static func formattedLine(_ code: Int32) -> String {
        // A first call with no buffer measures the line; the second writes it and its NUL into a
        // buffer of at least one byte, whose base address is therefore never nil.
        let length = keyless_error_format(code, nil, 0)
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
            _ = keyless_error_format(code, buffer.baseAddress, buffer.count)
            return String(cString: buffer.baseAddress!)
        }
    }
}
