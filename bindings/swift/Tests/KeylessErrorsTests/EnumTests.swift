import CKeylessErrors
import Testing
@testable import KeylessErrors

/// The Swift enums have exactly the C values. Each test maps every Swift case to its C constant with
/// an exhaustive `switch`, so a case added to the generated enum does not compile here until its
/// C constant is named too.
///
/// Swift imports the header's `enum KeylessErrorCategory` as a struct of that name whose constants
/// (`KEYLESS_ERROR_CATEGORY_USER`) carry the value in `rawValue: UInt32`, while the C functions
/// return the `uint32_t` typedef, a plain `UInt32`. The name itself is ambiguous in Swift, so
/// nothing here spells it.
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
        #expect(action.rawValue == constant.rawValue)
    }

    @Test("The C values are 0, 1, 2, … in case order, as the per-category cache's index assumes")
    func valuesAreContiguous() {
        let categories = KeylessError.Category.allCases
        let actions = KeylessError.Action.allCases
        #expect(categories.map(\.rawValue) == Array(0..<UInt32(categories.count)))
        #expect(actions.map(\.rawValue) == Array(0..<UInt32(actions.count)))
    }

    @Test("Each category's representative is an undocumented code of that category",
          arguments: KeylessError.Category.allCases)
    func representative(category: KeylessError.Category) {
        let code = category.undocumentedRepresentative
        #expect(!keyless_error_is_known(code))
        #expect(keyless_error_category_id(code) == category.rawValue)
    }
}
