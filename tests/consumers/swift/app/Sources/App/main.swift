import KeylessErrors

// What an app does with an SDK failure: log the native code, send the shared name to its backend.
let error = KeylessError(code: 30004)
print(error)
print("shared \(error.sharedCode) \(error.sharedName)")
// An undocumented code's line is formatted by the installed C library.
print(KeylessError(code: 424_242))
try KeylessErrors.checkLibraryVersion()
print("keyless-errors \(KeylessErrors.VERSION) on library \(KeylessErrors.libraryVersion)")
