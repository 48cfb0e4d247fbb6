import KeylessErrors
import Testing

@Test("The installed library and the package agree")
func installedLibrary() throws {
    try KeylessErrors.checkLibraryVersion()
    #expect(KeylessErrors.libraryVersion == KeylessErrors.VERSION)
    let error = KeylessError(code: 30004)
    #expect(error.name == "FACE_NOT_MATCHING")
    #expect(error.sharedCode == 3004 && error.sharedName == "CORE_FACE_NOT_MATCHING")
    #expect(KeylessError(code: 424_242).description == "424242 UNKNOWN (user): User error")
}
