import CKeylessErrors
import Testing
@testable import KeylessErrors

/// The Swift enums have exactly the C values. Each test maps every Swift case to its C constant with
/// an exhaustive `switch`, so a case added to the generated enum does not compile here until its
/// C constant is named too.
///
/// The header declares each enum as `typedef enum KeylessErrorCategory { … } KeylessErrorCategory;`,
/// which Swift imports as a struct of that name with `rawValue: UInt32`, whose constants
/// (`KEYLESS_ERROR_CATEGORY_USER`) are typed; the C functions return it too.
@Suite("Category and Action mirror the C enums")
struct EnumTests {
    @Test("Each Category case has the value of its C constant", arguments: KeylessError.Category.allCases)
    func categoryValue(category: KeylessError.Category) {
        let constant = switch category {
        case .unknown: KEYLESS_ERROR_CATEGORY_UNKNOWN
        case .internal: KEYLESS_ERROR_CATEGORY_INTERNAL
        case .integration: KEYLESS_ERROR_CATEGORY_INTEGRATION
        case .user: KEYLESS_ERROR_CATEGORY_USER
        case .antiInject: KEYLESS_ERROR_CATEGORY_ANTI_INJECT
        }
        #expect(KeylessError.Category(constant) == category)
        #expect(category.rawValue == constant.rawValue)
    }

    @Test("Each Action case has the value of its C constant", arguments: KeylessError.Action.allCases)
    func actionValue(action: KeylessError.Action) {
        let constant = switch action {
        case .none: KEYLESS_ERROR_ACTION_NONE
        case .retry: KEYLESS_ERROR_ACTION_RETRY
        case .dismiss: KEYLESS_ERROR_ACTION_DISMISS
        case .verifyAccount: KEYLESS_ERROR_ACTION_VERIFY_ACCOUNT
        case .checkConnection: KEYLESS_ERROR_ACTION_CHECK_CONNECTION
        case .useAnotherDevice: KEYLESS_ERROR_ACTION_USE_ANOTHER_DEVICE
        case .waitForLockout: KEYLESS_ERROR_ACTION_WAIT_FOR_LOCKOUT
        case .grantCameraPermission: KEYLESS_ERROR_ACTION_GRANT_CAMERA_PERMISSION
        case .fixIntegration: KEYLESS_ERROR_ACTION_FIX_INTEGRATION
        case .revokeDevices: KEYLESS_ERROR_ACTION_REVOKE_DEVICES
        case .reEnroll: KEYLESS_ERROR_ACTION_RE_ENROLL
        case .updateSdk: KEYLESS_ERROR_ACTION_UPDATE_SDK
        case .renewLicense: KEYLESS_ERROR_ACTION_RENEW_LICENSE
        case .contactSupport: KEYLESS_ERROR_ACTION_CONTACT_SUPPORT
        }
        #expect(KeylessError.Action(constant) == action)
        #expect(action.rawValue == constant.rawValue)
    }
}
