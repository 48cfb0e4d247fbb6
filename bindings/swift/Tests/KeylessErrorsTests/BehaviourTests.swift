import Foundation
import Testing
import KeylessErrors

// No @testable here: these tests see only the public API, as an app does.

/// Stands in for an SDK call that fails with `code`.
private func failingCall(code: Int32) throws {
    throw KeylessError(code: code)
}

/// Which `catch` clause caught the error that `failingCall(code:)` threw.
private func clauseCatching(code: Int32) -> String {
    do {
        try failingCall(code: code)
        return "none"
    } catch KeylessError.faceNotMatching {
        return "faceNotMatching"
    } catch KeylessError.spoofing {
        return "spoofing"
    } catch KeylessError.Code(rawValue: 424_242) {
        return "424242"
    } catch let error as KeylessError {
        return "KeylessError \(error.code.rawValue)"
    } catch {
        return "other"
    }
}

private struct OtherError: Error {}

@Suite("Behaviour of KeylessError")
struct BehaviourTests {
    @Test("catch matches a documented code by its static member")
    func catchKnownCode() {
        #expect(clauseCatching(code: 30004) == "faceNotMatching")
        #expect(clauseCatching(code: 30000) == "spoofing")
    }

    @Test("catch matches an undocumented code, and falls through to the general clause")
    func catchUnknownCode() {
        #expect(clauseCatching(code: 424_242) == "424242")
        #expect(clauseCatching(code: 30005) == "KeylessError 30005")
        #expect(clauseCatching(code: -7) == "KeylessError -7")
    }

    @Test("~= matches on the code only, and never matches another error type")
    func patternOperator() {
        #expect(KeylessError.faceNotMatching ~= KeylessError(.faceNotMatching))
        #expect(!(KeylessError.faceNotMatching ~= KeylessError(.spoofing)))
        #expect(!(KeylessError.faceNotMatching ~= OtherError()))
        #expect(!(KeylessError.faceNotMatching ~= CocoaError(.fileNoSuchFile)))
    }

    @Test("A switch over an error value matches code patterns too")
    func switchOnError() {
        func label(_ error: any Error) -> String {
            switch error {
            case KeylessError.faceNotMatching: "faceNotMatching"
            case KeylessError.Code.userCancelled: "userCancelled"
            default: "other"
            }
        }
        #expect(label(KeylessError(code: 30004)) == "faceNotMatching")
        #expect(label(KeylessError(.userCancelled)) == "userCancelled")
        #expect(label(KeylessError(code: 30005)) == "other")
        #expect(label(OtherError()) == "other")
    }

    @Test("~= also matches the NSError a KeylessError bridges to")
    func patternMatchesBridgedNSError() {
        let bridged = NSError(domain: KeylessError.errorDomain, code: 30004)
        #expect(KeylessError.faceNotMatching ~= bridged)
        #expect(!(KeylessError.spoofing ~= bridged))
        #expect(!(KeylessError.faceNotMatching ~= NSError(domain: "other", code: 30004)))
    }

    @Test("LocalizedError: description is the user message, reason the meaning, suggestion the advice",
          arguments: [30004, 507, 40002, 20_000, -1] as [Int32])
    func localizedError(code: Int32) {
        let error = KeylessError(code: code)
        #expect(error.errorDescription == error.userMessage)
        #expect(error.failureReason == error.meaning)
        #expect(error.recoverySuggestion == error.advice)
        // What apps actually call on `any Error`.
        let anyError: any Error = error
        #expect(anyError.localizedDescription == error.userMessage)
    }

    @Test("CustomNSError: a stable domain and the raw code survive bridging to NSError",
          arguments: [30004, 20005, 1_000_000, -1, Int32.min, Int32.max] as [Int32])
    func customNSError(code: Int32) {
        let error = KeylessError(code: code)
        #expect(KeylessError.errorDomain == "com.keyless.errors")
        #expect(error.errorCode == Int(code))
        let bridged = error as NSError
        #expect(bridged.domain == "com.keyless.errors")
        #expect(bridged.code == Int(code))
        #expect(bridged.localizedDescription == error.userMessage)
        #expect(bridged.localizedFailureReason == error.meaning)
        #expect(bridged.localizedRecoverySuggestion == error.advice)
        #expect(bridged.userInfo[KeylessError.nameUserInfoKey] as? String == error.name)
    }

    @Test("Known values of one documented code, end to end")
    func faceNotMatching() {
        let error = KeylessError(.faceNotMatching)
        #expect(error.code.rawValue == 30004)
        #expect(error.name == "FACE_NOT_MATCHING")
        #expect(error.title == "Face not matching")
        #expect(error.category == .user)
        #expect(error.category.name == "user")
        #expect(error.action == .verifyAccount)
        #expect(error.isKnown && error.isRetryable && !error.isDeprecated)
        #expect(error.replacedBy == nil)
        #expect(error.note == "")
        #expect(error.description == "30004 FACE_NOT_MATCHING (user): Face not matching")
        #expect("\(error)" == error.description)
    }

    @Test("replacedBy leads from the legacy configure code to the current one")
    func replacedBy() {
        let legacy = KeylessError(.sdkConfigureFailedLegacy)
        #expect(legacy.isDeprecated)
        #expect(legacy.replacedBy == KeylessError(.sdkConfigureFailed))
        #expect(legacy.replacedBy?.name == "SDK_CONFIGURE_FAILED")
        #expect(KeylessError(.sdkConfigureFailed).replacedBy == nil)
    }

    @Test("An undocumented code is UNKNOWN with its category's guidance")
    func undocumentedCode() {
        let error = KeylessError(code: 424_242)
        #expect(error.code == KeylessError.Code(rawValue: 424_242))
        #expect(!error.isKnown)
        #expect(error.name == "UNKNOWN")
        #expect(error.category == .user)
        #expect(error.action == .retry)
        #expect(error.description == "424242 UNKNOWN (user): User error")
        #expect(KeylessError(code: -1).description == "-1 UNKNOWN (unknown): Unknown error")
        #expect(KeylessError(code: -1).action == .none)
    }

    @Test("Errors are equal and hash alike exactly when their codes are")
    func equality() {
        #expect(KeylessError(code: 30004) == KeylessError(.faceNotMatching))
        #expect(KeylessError(code: 30004) != KeylessError(code: 30000))
        #expect(KeylessError(code: 7) == KeylessError(code: 7))
        #expect(KeylessError(code: 7) != KeylessError(code: 8))
        let set: Set<KeylessError> = [KeylessError(code: 30004), KeylessError(.faceNotMatching), KeylessError(code: 8)]
        #expect(set.count == 2)
    }

    @Test("A switch on the action covers every case, as the README shows")
    func switchOnAction() {
        func reaction(to error: KeylessError) -> String {
            switch error.action {
            case .retry, .dismiss, .verifyAccount, .checkConnection, .waitForLockout, .grantCameraPermission:
                "let the user try again"
            case .useAnotherDevice, .revokeDevices, .reEnroll:
                "guide the user"
            case .fixIntegration, .updateSdk, .renewLicense, .contactSupport, .none:
                "tell the developers"
            }
        }
        #expect(reaction(to: KeylessError(.cameraDenied)) == "let the user try again")
        #expect(reaction(to: KeylessError(.deviceNotGenuine)) == "guide the user")
        #expect(reaction(to: KeylessError(.licenseExpired)) == "tell the developers")
        // The grouping above matches the library's own isRetryable for every documented code.
        for error in KeylessError.allKnown {
            #expect((reaction(to: error) == "let the user try again") == error.isRetryable, "\(error)")
        }
    }
}
