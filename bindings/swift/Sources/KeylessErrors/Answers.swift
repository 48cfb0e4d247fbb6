// Generated from Cargo.toml and src/catalog.rs by tests/codegen/swift.rs; do not edit.
// Regenerate with `make regenerate` at the repository root.

/// The version of this Swift binding, such as `"0.3.0"`: the keyless-errors release it belongs to.
/// Write it qualified, `KeylessErrors.VERSION`. ``libraryVersion`` is the loaded C library's.
public let VERSION = "0.3.0"

/// The catalog's answers, one `switch` of literals per property; the properties of `KeylessError`
/// call these. A code that is not documented gets its category's general guidance.
///
/// `@usableFromInline` and `@inlinable`, like the properties of `KeylessError`, so that they are
/// compiled into the app, where the optimiser treats them as it treats the app's own `switch`;
/// they are not public API.
@usableFromInline
enum Answers {
    /// The documented codes, ascending, as `keyless_error_codes` lists them.
    static let documentedCodes: [Int32] = [
        507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004,
        10005, 10006, 10100, 10200, 20000, 20001, 20002, 20005, 20010, 20013, 20021, 20022, 20023,
        20024, 20150, 20300, 30000, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009,
        30010, 40000, 40001, 40002
    ]

    @inlinable @inline(__always)
    static func category(_ code: Int32) -> KeylessError.Category {
        switch code {
        case Int32.min..<0: .unknown
        case 0..<20_000: .internal
        case 20_000..<30_000: .integration
        case 30_000..<40_000: .user
        case 40_000..<50_000: .antiInject
        default: .user
        }
    }

    @inlinable
    static func name(_ code: Int32) -> String {
        switch code {
        case 507: "PROTOCOL_INVALID_MESSAGE"
        case 512: "PROTOCOL_FAILED_TO_AUTHENTICATE_USER"
        case 523: "DEVICE_ACTIVATION_LOCKOUT"
        case 534: "USER_NOT_FOUND_OR_DEACTIVATED"
        case 535: "DEVICE_NOT_FOUND_OR_DEACTIVATED"
        case 537: "PROTOCOL_BAD_REQUEST"
        case 539: "PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED"
        case 1004: "NET_CONNECTION_FAILED"
        case 1131: "USER_NOT_ENROLLED_ON_DEVICE"
        case 1134: "CLIENT_INVALID_INPUT"
        case 1142: "CLIENT_UNKNOWN_ERROR"
        case 10000: "SDK_ERROR"
        case 10001: "ARTIFACT_RETRIEVE_FAILED"
        case 10003: "LOGGING_CONFIGURATION_FAILED"
        case 10004: "CAMERA_ERROR"
        case 10005: "STORAGE_FAILED"
        case 10006: "INVALID_CUSTOMER_PROPERTIES"
        case 10100: "BIOMETRIC_ERROR"
        case 10200: "CORE_ERROR"
        case 20000: "USER_NOT_ENROLLED"
        case 20001: "USER_ALREADY_ENROLLED"
        case 20002: "SDK_NOT_CONFIGURED"
        case 20005: "SDK_CONFIGURE_FAILED_LEGACY"
        case 20010: "SDK_CONFIGURE_FAILED"
        case 20013: "NOT_ENOUGH_API_KEY_SEATS"
        case 20021: "LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED"
        case 20022: "DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED"
        case 20023: "INVALID_CLIENT_STATE"
        case 20024: "USER_PROFILE_ERROR"
        case 20150: "DYNAMIC_LINKING_PAYLOAD_MALFORMED"
        case 20300: "SECRET_NOT_FOUND"
        case 30000: "SPOOFING"
        case 30001: "TIMEOUT"
        case 30002: "MASK_DETECTED"
        case 30003: "USER_CANCELLED"
        case 30004: "FACE_NOT_MATCHING"
        case 30005: "NO_NETWORK_CONNECTION"
        case 30006: "DEVICE_TAMPERED"
        case 30007: "USER_LOCKOUT"
        case 30008: "REJECTED"
        case 30009: "CAMERA_DENIED"
        case 30010: "OUTDATED_APP"
        case 40000: "ANTI_INJECT_INITIALIZATION_FAILED"
        case 40001: "LICENSE_EXPIRED"
        case 40002: "DEVICE_NOT_GENUINE"
        default: "UNKNOWN"
        }
    }

    @inlinable
    static func title(_ code: Int32) -> String {
        switch code {
        case 507: "Invalid protocol message"
        case 512: "Failed to authenticate user"
        case 523: "Device activation lockout"
        case 534: "User not found or deactivated"
        case 535: "Device not found or deactivated"
        case 537: "Bad request"
        case 539: "Device limit reached"
        case 1004: "Network connection failed"
        case 1131: "User not enrolled on this device"
        case 1134: "Invalid client input"
        case 1142: "Client out of sync"
        case 10000: "SDK error"
        case 10001: "Artifact retrieval failed"
        case 10003: "Logging configuration failed"
        case 10004: "Camera error"
        case 10005: "Storage failed"
        case 10006: "Invalid customer properties"
        case 10100: "Biometric error"
        case 10200: "Core error"
        case 20000: "User not enrolled"
        case 20001: "User already enrolled"
        case 20002: "SDK not configured"
        case 20005: "SDK configure failed (legacy)"
        case 20010: "SDK configure failed"
        case 20013: "Not enough API key seats"
        case 20021: "Environment-aware liveness unsupported"
        case 20022: "Device environment awareness unsupported"
        case 20023: "Invalid client state"
        case 20024: "User profile error"
        case 20150: "Dynamic linking payload malformed"
        case 20300: "Secret not found"
        case 30000: "Spoofing"
        case 30001: "Timeout"
        case 30002: "Mask detected"
        case 30003: "User cancelled"
        case 30004: "Face not matching"
        case 30005: "No network connection"
        case 30006: "Device tampered"
        case 30007: "User lockout"
        case 30008: "Rejected"
        case 30009: "Camera denied"
        case 30010: "Outdated app"
        case 40000: "Anti-inject initialization failed"
        case 40001: "License expired"
        case 40002: "Device might not be genuine"
        default:
            switch category(code) {
            case .unknown: "Unknown error"
            case .internal: "Internal error"
            case .integration: "Integration error"
            case .user: "User error"
            case .antiInject: "Anti-inject error"
            }
        }
    }

    @inlinable
    static func meaning(_ code: Int32) -> String {
        switch code {
        case 507: "The SDK's core client and the Keyless Core backend did not understand each other: a client-server protocol mismatch."
        case 512: "The selfie did not reach the match threshold: Keyless was not confident enough that it shows the face registered to this Keyless ID."
        case 523: "Too many failed attempts while activating a new device have locked the user out for a while. It is the new-device counterpart of 30007 (USER_LOCKOUT)."
        case 534: "The Keyless backend has no such user, or the user was deactivated there. Deleting a user through the Server API does not notify the SDK, which still holds the user in its on-device cache, so the failure only shows at the next authentication."
        case 535: "The Keyless backend has no such device, or the device was deactivated there. Deleting a device through the Server API does not notify the SDK, so the failure only shows at the next authentication."
        case 537: "The Keyless Core backend answered with HTTP status 400 (bad request)."
        case 539: "This Keyless ID already has the maximum of 50 devices. They are not all physical devices: backup or temporary client states, such as ones kept to bind future devices, count towards the limit too."
        case 1004: "The network is unavailable, or the server sent a response the SDK did not expect. Not to be confused with shared code 1004 (SDK_STORAGE_FAILED, native 10005)."
        case 1131: "No user is enrolled on this device, not even in the SDK's local data, so the check ended on the device without asking the backend."
        case 1134: "A core function received a parameter that is wrong or invalid."
        case 1142: "The SDK's local state (the core client) may no longer match the Keyless Core backend. A wrong device clock can cause it too."
        case 10000: "A general error inside the SDK; the shared model names it SDK_ERROR, the same name it uses for every code it has no row for."
        case 10001: "The SDK could not retrieve an artifact it needs."
        case 10003: "Setting up the SDK's logging failed."
        case 10004: "The SDK hit an error with the camera. A refused camera permission is a different code: 30009 (CAMERA_DENIED)."
        case 10005: "A storage operation of the SDK failed. Its shared code is 1004 (SDK_STORAGE_FAILED), which is not native 1004 (NET_CONNECTION_FAILED)."
        case 10006: "The SDK found the customer properties invalid."
        case 10100: "An error in the SDK's biometric component; the shared model names it BIOM_ERROR."
        case 10200: "An error in the Keyless core; the shared model names it CORE_ERROR."
        case 20000: "The user is not enrolled. On mobile this is a check made on the device; the web SDK deliberately reports the same state as a generic server error, so that nobody can probe which users are enrolled."
        case 20001: "The user is already enrolled."
        case 20002: "The SDK was used before it was configured."
        case 20005: "The old code for a failed Keyless.configure call. Current SDKs report 20010 (SDK_CONFIGURE_FAILED) instead."
        case 20010: "The call to Keyless.configure failed."
        case 20013: "The API key has no seats left."
        case 20021: "The device does not meet the requirements of the liveness environment aware feature (environment-aware liveness detection)."
        case 20022: "The device does not support the device environment aware feature."
        case 20023: "The SDK's client state is invalid for the requested operation."
        case 20024: "An error with the user's profile. The shared model 6.0.0 has no code for it yet, so it maps to the fallback 1000 (SDK_ERROR)."
        case 20150: "A dynamic linking payload handed to the SDK is malformed."
        case 20300: "A secret the operation needs was not found."
        case 30000: "Keyless could not establish that a real person was present in front of the camera."
        case 30001: "The face was not recognized before the configured time limit ran out."
        case 30002: "A mask, or something else, may be hiding part of the user's face."
        case 30003: "The user cancelled the face scan or the image processing, for example with the back button."
        case 30004: "A face was detected, but it does not match the face enrolled with Keyless: a biometric mismatch."
        case 30005: "The device seems to be offline: network connectivity was lost."
        case 30006: "The device looks tampered with: it may be rooted or jailbroken."
        case 30007: "Too many failed authentication attempts have locked the user out of Keyless for a while. When a new device is being activated, 523 (DEVICE_ACTIVATION_LOCKOUT) is returned instead."
        case 30008: "Keyless could not recognize the user, but suspects no spoofing attempt. The model gives no further hint about the cause."
        case 30009: "The user refused the camera permission."
        case 30010: "The app is outdated."
        case 40000: "Keyless Anti-Inject variant only: an internal error stopped Anti-Inject from initializing."
        case 40001: "Keyless Anti-Inject variant only: the configFile.tak license has expired."
        case 40002: "Keyless Anti-Inject variant only: signals suggest that the device may be compromised or not genuine. The user cannot continue: neither enrollment nor authentication is possible on it."
        default:
            switch category(code) {
            case .unknown: "Not a Keyless SDK error code: the SDK never reports negative codes."
            case .internal: "An undocumented internal error: it relates to the response of the Keyless Core platform."
            case .integration: "An undocumented integration error: the SDK is misconfigured, or its API is being misused."
            case .user: "An undocumented user error: something during the face scan stopped it. Such errors are often predictions only."
            case .antiInject: "Keyless Anti-Inject variant only: an undocumented Anti-Inject error."
            }
        }
    }

    @inlinable
    static func advice(_ code: Int32) -> String {
        switch code {
        case 507: "Two usual causes: the network dropped mid-exchange, or the app ships a core client too old for the current Core backend, which no longer supports it. Check connectivity first, then update to a supported SDK release."
        case 512: "Assume positive intent and let the user retry, reminding them to be in good light, to center their face and to keep it uncovered. Keep in mind that the person may really not be the one registered, and handle repeated failures with that in mind."
        case 523: "Ask the user to wait until the lockout ends. Let them see the remaining time in your app before they try again: the lockout management API getRateLimitInfo tells whether the user is rate-limited right now and, if so, for how many more seconds."
        case 534: "Call validateUserAndDeviceActive (validateUserDeviceActive on iOS) before authenticating, so the user is not asked for a face scan that cannot succeed. When it reports this code, the user has to enroll again."
        case 535: "Call validateUserAndDeviceActive (validateUserDeviceActive on iOS) before authenticating, so the user is not asked for a face scan that cannot succeed. When it reports this code, the user has to enroll again on this device."
        case 537: "Retry the operation. If it keeps failing, ask the user to wait a few minutes before the next try; if the error still comes back after that, enroll the user again."
        case 539: "Revoke some of the existing devices or states so that new ones can be created. SaaS customers can do it by hand in the Keyless dashboard, or from code through the Server API."
        case 1004: "Check connectivity first. If the device is online, treat it as 507 (PROTOCOL_INVALID_MESSAGE)."
        case 1131: "Send the user through enrollment again. validateUserAndDeviceActive (validateUserDeviceActive on iOS) reports this before any face scan. Keep in mind that reset only deletes the SDK's data on this device: it neither de-enrolls the user nor deactivates the device in the backend."
        case 1134: "Running the enrollment or authentication request again may clear it. If it does not, the SDK and the core client may have fallen out of sync into a corrupted state: keep the code, message and stack trace and contact Keyless support."
        case 1142: "Make sure the device is genuine and its date and time are set correctly. If the error persists, enroll the user again."
        case 10000, 10001, 10004, 10005, 10100, 10200: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support."
        case 10003: "Keep the error code, message and stack trace and send them to Keyless support; TRACE logs may be unavailable while logging itself fails."
        case 10006: "Check the customer properties your integration passes to the SDK. If they look right, keep the error code, message and stack trace and contact Keyless support."
        case 20000: "Enroll the user before authenticating them. validateUserAndDeviceActive (validateUserDeviceActive on iOS) tells before a face scan whether the user and the device are still active."
        case 20001: "Do not start an enrollment for a user who is already enrolled: authenticate them instead, or check your app's enrollment state first."
        case 20002: "Call Keyless.configure, and wait for it to succeed, before any other SDK call."
        case 20005: "Handle it exactly like 20010 (SDK_CONFIGURE_FAILED) and follow that code's advice."
        case 20010: "Usual causes are misconfigured tenant feature flags, or a feature flag service that could not be reached during setup. Rarely, the device lacks the free storage the SDK needs to write its local files. Read the error message for the precise cause."
        case 20013: "Contact Keyless about the seats of your API key; the user cannot fix this."
        case 20021: "If the check causes friction for your users, turn the liveness environment aware feature off."
        case 20022: "Check whether your configuration enables the device environment aware feature, and whether it should for devices that cannot support it. Read the error message for details."
        case 20023: "Read the error message and check the order of your SDK calls. If it persists, keep the error code, message and stack trace and contact Keyless support."
        case 20024: "Read the error message for the cause. If it persists, keep the error code, message and stack trace and contact Keyless support."
        case 20150: "Check how your app obtains the dynamic linking payload and passes it to the SDK, unchanged and complete."
        case 20300: "Read the error message to see which secret is missing, and check that your integration stores it before it is used."
        case 30000: "A photo or a video may have been held up to the camera, but the check is probabilistic, so assume positive intent: ask the user to make sure their face is well lit and fully visible, then retry. Live feedback during the camera scan gives real-time guidance."
        case 30001: "Let the user retry, with their face in front of the camera as soon as it opens."
        case 30002: "Something very likely covers part of the face. Let the user retry, following the live feedback during the camera scan for real-time guidance."
        case 30003: "Either drop the error silently (the SDK already logs the event internally for debugging), or offer a retry in case the user cancelled by accident."
        case 30004: "Offer a retry, or ask the user to check that they selected the right account."
        case 30005: "Ask the user to check their internet connection and start the scan again. If it keeps happening, suggest waiting a few minutes before the next try."
        case 30006: "Suggest that the user tries another device. If that is not possible, contact Keyless support for guidance."
        case 30007: "Have the user wait for the time the SDK indicates, and let them check the remaining time from your app before retrying: the lockout management API getRateLimitInfo tells whether the user is rate-limited right now and, if so, for how many more seconds."
        case 30008: "Let the user retry, following the live feedback during the camera scan for real-time guidance."
        case 30009: "Make sure the app holds the camera permission before the scan starts. A short screen that explains why the face scan needs the camera helps users agree."
        case 30010: "Ship an app update with a current Keyless SDK, and ask the user to install the latest version of the app."
        case 40000: "Keep the error code, message and stack trace and contact Keyless support."
        case 40001: "Contact the Keyless team for an updated configFile.tak license and ship it with the app."
        case 40002: "Tell the user that this device cannot be used, and suggest another one."
        default:
            switch category(code) {
            case .unknown: "Check where the value came from; it is not a Keyless error code."
            case .internal: "Internal errors usually need investigation by Keyless support. Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support."
            case .integration: "Read the error message and fix the API usage it points to. If the error persists, keep the error code, message and stack trace and contact Keyless support."
            case .user: "Assume positive intent: suggest good light and a camera that nothing obstructs, and let the user retry."
            case .antiInject: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and contact Keyless support."
            }
        }
    }

    @inlinable
    static func userMessage(_ code: Int32) -> String {
        switch code {
        case 507: "Something went wrong on our side. Please make sure the app is up to date and try again."
        case 512: "We couldn't confirm it's you. Make sure your face is well lit, centered and uncovered, then try again."
        case 523, 30007: "Too many attempts. Please wait a little while before trying again."
        case 534: "Your face sign-in is no longer active. Please set it up again to continue."
        case 535: "Face sign-in is no longer active on this device. Please set it up again to continue."
        case 537: "Something went wrong. Please try again, or wait a few minutes if it keeps happening."
        case 539: "This account has reached its limit of devices. Please remove a device you no longer use, or contact support."
        case 1004: "We couldn't reach the server. Please check your internet connection and try again."
        case 1131: "Face sign-in isn't set up on this device yet. Please set it up to continue."
        case 1134: "Something went wrong. Please try again."
        case 1142: "Please check that your device's date and time are correct, then try again. You may need to set up face sign-in again."
        case 10000, 10001, 10003, 10005, 10006, 10200: "Something went wrong on our side. Please try again later."
        case 10004: "The camera couldn't be used. Please try again later."
        case 10100: "Face verification couldn't be completed. Please try again later."
        case 20000: "Face sign-in isn't set up yet. Please set it up to continue."
        case 20001: "Face sign-in is already set up. You can sign in with your face."
        case 20002, 20005, 20010: "This feature isn't available right now. Please try again later."
        case 20013, 40001: "This service is temporarily unavailable. Please try again later."
        case 20021, 20022: "Face verification can't run on this device right now. Please try again later."
        case 20023, 20024, 20300, 40000: "Something went wrong. Please try again later."
        case 20150: "This link couldn't be used. Please try again."
        case 30000: "We couldn't verify your face. Make sure your face is well lit and fully visible, then try again."
        case 30001: "Time ran out. Hold your face in view as soon as the camera opens, then try again."
        case 30002: "Your face may be partly covered. Make sure nothing hides your face, then try again."
        case 30003: "The face scan was cancelled. You can try again whenever you're ready."
        case 30004: "We couldn't match your face. Check that you chose the right account, then try again."
        case 30005: "You seem to be offline. Check your internet connection and try again."
        case 30006, 40002: "This device can't be used for face verification. Please try on another device."
        case 30008: "We couldn't recognize you this time. Follow the on-screen guidance and try again."
        case 30009: "Face verification needs your camera. Please allow camera access in Settings, then try again."
        case 30010: "Please update the app to the latest version to continue."
        default:
            switch category(code) {
            case .unknown: "Something went wrong. Please try again."
            case .internal: "Something went wrong on our side. Please try again later."
            case .integration: "This feature isn't available right now. Please try again later."
            case .user: "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again."
            case .antiInject: "Something went wrong. Please try again later."
            }
        }
    }

    @inlinable
    static func note(_ code: Int32) -> String {
        switch code {
        case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20013, 20022, 20023, 20024, 20150, 20300, 30000, 30003, 30004, 30005, 30007, 30008, 30009, 30010, 40000, 40001, 40002: ""
        case 20005: "Legacy: no longer returned, replaced by 20010."
        case 20010: "Since SDK 6.0.0 the configure error is finer-grained: its message names the actual problem."
        case 20021: "Since SDK 6.0.0 the SDK handles the environment-aware liveness check internally and no longer returns this code."
        case 30001: "Not returned since SDK 5.0.1, which deprecated the liveness timeout feature (see the SDK changelog)."
        case 30002: "Not returned since SDK 4.8.0: a covered face is now reported through live feedback during the scan."
        case 30006: "Superseded by runtime application self-protection (RASP); current SDKs no longer return it."
        default: ""
        }
    }

    @inlinable @inline(__always)
    static func action(_ code: Int32) -> KeylessError.Action {
        switch code {
        case 507, 30010: .updateSdk
        case 512, 537, 1134, 30000, 30001, 30002, 30008: .retry
        case 523, 30007: .waitForLockout
        case 534, 535, 1131, 1142, 20000: .reEnroll
        case 539: .revokeDevices
        case 1004, 30005: .checkConnection
        case 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20013, 40000: .contactSupport
        case 20001, 20002, 20005, 20010, 20021, 20022, 20023, 20024, 20150, 20300: .fixIntegration
        case 30003: .dismiss
        case 30004: .verifyAccount
        case 30006, 40002: .useAnotherDevice
        case 30009: .grantCameraPermission
        case 40001: .renewLicense
        default:
            switch category(code) {
            case .unknown: .none
            case .internal: .contactSupport
            case .integration: .fixIntegration
            case .user: .retry
            case .antiInject: .contactSupport
            }
        }
    }

    @inlinable @inline(__always)
    static func isKnown(_ code: Int32) -> Bool {
        switch code {
        case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20005, 20010, 20013, 20021, 20022, 20023, 20024, 20150, 20300, 30000, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 40000, 40001, 40002: true
        default: false
        }
    }

    @inlinable @inline(__always)
    static func isRetryable(_ code: Int32) -> Bool {
        switch code {
        case 507, 534, 535, 539, 1131, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20005, 20010, 20013, 20021, 20022, 20023, 20024, 20150, 20300, 30006, 30010, 40000, 40001, 40002: false
        case 512, 523, 537, 1004, 1134, 30000, 30001, 30002, 30003, 30004, 30005, 30007, 30008, 30009: true
        default:
            switch category(code) {
            case .unknown: false
            case .internal: false
            case .integration: false
            case .user: true
            case .antiInject: false
            }
        }
    }

    @inlinable @inline(__always)
    static func isDeprecated(_ code: Int32) -> Bool {
        switch code {
        case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20010, 20013, 20022, 20023, 20024, 20150, 20300, 30000, 30003, 30004, 30005, 30007, 30008, 30009, 30010, 40000, 40001, 40002: false
        case 20005, 20021, 30001, 30002, 30006: true
        default: false
        }
    }

    @inlinable @inline(__always)
    static func replacedBy(_ code: Int32) -> Int32? {
        switch code {
        case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20010, 20013, 20021, 20022, 20023, 20024, 20150, 20300, 30000, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 40000, 40001, 40002: nil
        case 20005: 20010
        default: nil
        }
    }

    @inlinable @inline(__always)
    static func sharedCode(_ code: Int32) -> Int32 {
        switch code {
        case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 20005, 20024, 30002, 30006, 40001: 1000
        case 10001: 1009
        case 10003: 1003
        case 10004: 2000
        case 10005: 1004
        case 10006: 1016
        case 10100: 4000
        case 10200: 3000
        case 20000: 3003
        case 20001: 3002
        case 20002: 1001
        case 20010: 1002
        case 20013: 3001
        case 20021: 4003
        case 20022: 4004
        case 20023: 1010
        case 20150: 1008
        case 20300: 3006
        case 30000: 4002
        case 30001: 1006
        case 30003: 1005
        case 30004: 3004
        case 30005: 1007
        case 30007: 3007
        case 30008: 4001
        case 30009: 2002
        case 30010: 1012
        case 40000: 6000
        case 40002: 6001
        default: 1000
        }
    }

    @inlinable
    static func sharedName(_ code: Int32) -> String {
        switch code {
        case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 20005, 20024, 30002, 30006, 40001: "SDK_ERROR"
        case 10001: "SDK_ARTIFACT_RETRIEVE_FAILED"
        case 10003: "SDK_LOGGING_CONFIGURATION_FAILED"
        case 10004: "CAMERA_ERROR"
        case 10005: "SDK_STORAGE_FAILED"
        case 10006: "SDK_INVALID_CUSTOMER_PROPERTIES"
        case 10100: "BIOM_ERROR"
        case 10200: "CORE_ERROR"
        case 20000: "CORE_USER_NOT_ENROLLED"
        case 20001: "CORE_USER_ALREADY_ENROLLED"
        case 20002: "SDK_NOT_CONFIGURED"
        case 20010: "SDK_INVALID_CONFIGURATION"
        case 20013: "CORE_NOT_ENOUGH_API_KEY_SEATS"
        case 20021: "BIOM_LIVENESS_ENVIRONMENT_AWARE_NOT_SUPPORTED"
        case 20022: "BIOM_DEVICE_ENVIRONMENT_AWARE_NOT_SUPPORTED"
        case 20023: "SDK_INVALID_CLIENT_STATE"
        case 20150: "SDK_DYNAMIC_LINKING_PAYLOAD_MALFORMED"
        case 20300: "CORE_SECRET_NOT_FOUND"
        case 30000: "BIOM_GENUINE_PRESENCE_NOT_ESTABLISHED"
        case 30001: "SDK_TIMEOUT"
        case 30003: "SDK_USER_CANCELLED"
        case 30004: "CORE_FACE_NOT_MATCHING"
        case 30005: "SDK_NO_NETWORK_CONNECTION"
        case 30007: "CORE_USER_LOCKED_OUT"
        case 30008: "BIOM_REJECTED"
        case 30009: "CAMERA_PERMISSION_DENIED"
        case 30010: "SDK_OUTDATED_APP"
        case 40000: "SECURITY_ERROR"
        case 40002: "SECURITY_DEVICE_NOT_GENUINE"
        default: "SDK_ERROR"
        }
    }

    /// The `keyless_error_format` line of a documented code; `nil` for the others, whose line
    /// includes the code itself.
    @inlinable
    static func formattedLine(_ code: Int32) -> String? {
        switch code {
        case 507: "507 PROTOCOL_INVALID_MESSAGE (internal): Invalid protocol message"
        case 512: "512 PROTOCOL_FAILED_TO_AUTHENTICATE_USER (internal): Failed to authenticate user"
        case 523: "523 DEVICE_ACTIVATION_LOCKOUT (internal): Device activation lockout"
        case 534: "534 USER_NOT_FOUND_OR_DEACTIVATED (internal): User not found or deactivated"
        case 535: "535 DEVICE_NOT_FOUND_OR_DEACTIVATED (internal): Device not found or deactivated"
        case 537: "537 PROTOCOL_BAD_REQUEST (internal): Bad request"
        case 539: "539 PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED (internal): Device limit reached"
        case 1004: "1004 NET_CONNECTION_FAILED (internal): Network connection failed"
        case 1131: "1131 USER_NOT_ENROLLED_ON_DEVICE (internal): User not enrolled on this device"
        case 1134: "1134 CLIENT_INVALID_INPUT (internal): Invalid client input"
        case 1142: "1142 CLIENT_UNKNOWN_ERROR (internal): Client out of sync"
        case 10000: "10000 SDK_ERROR (internal): SDK error"
        case 10001: "10001 ARTIFACT_RETRIEVE_FAILED (internal): Artifact retrieval failed"
        case 10003: "10003 LOGGING_CONFIGURATION_FAILED (internal): Logging configuration failed"
        case 10004: "10004 CAMERA_ERROR (internal): Camera error"
        case 10005: "10005 STORAGE_FAILED (internal): Storage failed"
        case 10006: "10006 INVALID_CUSTOMER_PROPERTIES (internal): Invalid customer properties"
        case 10100: "10100 BIOMETRIC_ERROR (internal): Biometric error"
        case 10200: "10200 CORE_ERROR (internal): Core error"
        case 20000: "20000 USER_NOT_ENROLLED (integration): User not enrolled"
        case 20001: "20001 USER_ALREADY_ENROLLED (integration): User already enrolled"
        case 20002: "20002 SDK_NOT_CONFIGURED (integration): SDK not configured"
        case 20005: "20005 SDK_CONFIGURE_FAILED_LEGACY (integration): SDK configure failed (legacy)"
        case 20010: "20010 SDK_CONFIGURE_FAILED (integration): SDK configure failed"
        case 20013: "20013 NOT_ENOUGH_API_KEY_SEATS (integration): Not enough API key seats"
        case 20021: "20021 LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED (integration): Environment-aware liveness unsupported"
        case 20022: "20022 DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED (integration): Device environment awareness unsupported"
        case 20023: "20023 INVALID_CLIENT_STATE (integration): Invalid client state"
        case 20024: "20024 USER_PROFILE_ERROR (integration): User profile error"
        case 20150: "20150 DYNAMIC_LINKING_PAYLOAD_MALFORMED (integration): Dynamic linking payload malformed"
        case 20300: "20300 SECRET_NOT_FOUND (integration): Secret not found"
        case 30000: "30000 SPOOFING (user): Spoofing"
        case 30001: "30001 TIMEOUT (user): Timeout"
        case 30002: "30002 MASK_DETECTED (user): Mask detected"
        case 30003: "30003 USER_CANCELLED (user): User cancelled"
        case 30004: "30004 FACE_NOT_MATCHING (user): Face not matching"
        case 30005: "30005 NO_NETWORK_CONNECTION (user): No network connection"
        case 30006: "30006 DEVICE_TAMPERED (user): Device tampered"
        case 30007: "30007 USER_LOCKOUT (user): User lockout"
        case 30008: "30008 REJECTED (user): Rejected"
        case 30009: "30009 CAMERA_DENIED (user): Camera denied"
        case 30010: "30010 OUTDATED_APP (user): Outdated app"
        case 40000: "40000 ANTI_INJECT_INITIALIZATION_FAILED (anti_inject): Anti-inject initialization failed"
        case 40001: "40001 LICENSE_EXPIRED (anti_inject): License expired"
        case 40002: "40002 DEVICE_NOT_GENUINE (anti_inject): Device might not be genuine"
        default: nil
        }
    }
}
