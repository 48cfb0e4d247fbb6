import CKeylessErrors
import Testing
@testable import KeylessErrors

@Suite("Versions of the binding and of the C library")
struct VersionTests {
    @Test("VERSION is the header's version macros, and the loaded library is that version")
    func versionsAgree() {
        let header = "\(KEYLESS_ERRORS_VERSION_MAJOR).\(KEYLESS_ERRORS_VERSION_MINOR).\(KEYLESS_ERRORS_VERSION_PATCH)"
        #expect(KeylessErrors.VERSION == header)
        #expect(KeylessErrors.libraryVersion == CReference.string({ _ in keyless_errors_version() }, 0))
        #expect(KeylessErrors.libraryVersion == KeylessErrors.VERSION)
        #expect(LibraryCheck.result == nil)
        #expect(throws: Never.self) { try KeylessErrors.checkLibraryVersion() }
    }

    @Test("Versions match on major.minor only", arguments: [
        ("0.2.0", "0.2.0", true), ("0.2.0", "0.2.9", true), ("0.2.0", "0.2", true),
        ("0.2.0", "0.3.0", false), ("0.2.0", "0.1.0", false), ("0.2.0", "1.2.0", false),
        ("0.2.0", "0.20.0", false), ("0.2.0", "", false), ("0.2.0", "0", false), ("0.2.0", "not a version", false),
    ])
    func majorMinor(binding: String, library: String, matches: Bool) {
        let mismatch = LibraryCheck.mismatch(binding: binding, library: library)
        #expect((mismatch == nil) == matches)
    }

    @Test("The mismatch error names both versions")
    func mismatchMessage() throws {
        let mismatch = try #require(LibraryCheck.mismatch(binding: "0.2.0", library: "0.3.1"))
        #expect(mismatch.bindingVersion == "0.2.0" && mismatch.libraryVersion == "0.3.1")
        #expect(mismatch.description == "keyless-errors: the Swift binding 0.2.0 needs the C library 0.2.x, "
            + "but the loaded libkeyless_errors is 0.3.1; install the matching release")
    }

    @Test("With a mismatched library, the first use of the table stops a debug build")
    func mismatchStopsDebugBuilds() async {
        await #expect(processExitsWith: .failure) {
            let mismatch = LibraryVersionMismatch(bindingVersion: "0.2.0", libraryVersion: "0.3.1")
            LibraryCheck.checkAtFirstUse(mismatch: mismatch)
        }
    }

    @Test("Without a mismatch, the check at first use lets the table be built")
    func noMismatchGoesOn() async {
        await #expect(processExitsWith: .success) {
            LibraryCheck.checkAtFirstUse(mismatch: nil)
            LibraryCheck.checkAtFirstUse()
        }
        #expect(KeylessError(code: 424_242).description == "424242 UNKNOWN (user): User error")
    }
}
