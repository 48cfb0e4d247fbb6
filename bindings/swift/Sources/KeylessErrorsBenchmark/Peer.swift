// Generated from src/catalog.rs and the translations (l10n/) by tests/codegen/swift.rs; do not
// edit. Regenerate with `make regenerate` at the repository root.
//
// The peer of `make bench-peers`: the code an app developer would write instead of depending on
// KeylessErrors, a `switch` of literals per property, with the library's answers. It lives in the
// benchmark's module, as it would in the app's; it returns the library's enums, so that both
// sides return the same types. The localised messages come last: a `switch` over the codes per
// language, behind a `switch` on the language.

import KeylessErrors

func peerCategory(_ code: Int32) -> KeylessError.Category {
    switch code {
    case Int32.min..<0: .unknown
    case 0..<20_000: .internal
    case 20_000..<30_000: .integration
    case 30_000..<40_000: .user
    case 40_000..<50_000: .antiInject
    default: .user
    }
}

func peerName(_ code: Int32) -> String {
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

func peerTitle(_ code: Int32) -> String {
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
        switch peerCategory(code) {
        case .unknown: "Unknown error"
        case .internal: "Internal error"
        case .integration: "Integration error"
        case .user: "User error"
        case .antiInject: "Anti-inject error"
        }
    }
}

func peerMeaning(_ code: Int32) -> String {
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
        switch peerCategory(code) {
        case .unknown: "Not a Keyless SDK error code: the SDK never reports negative codes."
        case .internal: "An undocumented internal error: it relates to the response of the Keyless Core platform."
        case .integration: "An undocumented integration error: the SDK is misconfigured, or its API is being misused."
        case .user: "An undocumented user error: something during the face scan stopped it. Such errors are often predictions only."
        case .antiInject: "Keyless Anti-Inject variant only: an undocumented Anti-Inject error."
        }
    }
}

func peerAdvice(_ code: Int32) -> String {
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
        switch peerCategory(code) {
        case .unknown: "Check where the value came from; it is not a Keyless error code."
        case .internal: "Internal errors usually need investigation by Keyless support. Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support."
        case .integration: "Read the error message and fix the API usage it points to. If the error persists, keep the error code, message and stack trace and contact Keyless support."
        case .user: "Assume positive intent: suggest good light and a camera that nothing obstructs, and let the user retry."
        case .antiInject: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and contact Keyless support."
        }
    }
}

func peerUserMessage(_ code: Int32) -> String {
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
        switch peerCategory(code) {
        case .unknown: "Something went wrong. Please try again."
        case .internal: "Something went wrong on our side. Please try again later."
        case .integration: "This feature isn't available right now. Please try again later."
        case .user: "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again."
        case .antiInject: "Something went wrong. Please try again later."
        }
    }
}

func peerNote(_ code: Int32) -> String {
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

func peerAction(_ code: Int32) -> KeylessError.Action {
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
        switch peerCategory(code) {
        case .unknown: .none
        case .internal: .contactSupport
        case .integration: .fixIntegration
        case .user: .retry
        case .antiInject: .contactSupport
        }
    }
}

func peerIsKnown(_ code: Int32) -> Bool {
    switch code {
    case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20005, 20010, 20013, 20021, 20022, 20023, 20024, 20150, 20300, 30000, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 40000, 40001, 40002: true
    default: false
    }
}

func peerIsRetryable(_ code: Int32) -> Bool {
    switch code {
    case 507, 534, 535, 539, 1131, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20005, 20010, 20013, 20021, 20022, 20023, 20024, 20150, 20300, 30006, 30010, 40000, 40001, 40002: false
    case 512, 523, 537, 1004, 1134, 30000, 30001, 30002, 30003, 30004, 30005, 30007, 30008, 30009: true
    default:
        switch peerCategory(code) {
        case .unknown: false
        case .internal: false
        case .integration: false
        case .user: true
        case .antiInject: false
        }
    }
}

func peerIsDeprecated(_ code: Int32) -> Bool {
    switch code {
    case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20010, 20013, 20022, 20023, 20024, 20150, 20300, 30000, 30003, 30004, 30005, 30007, 30008, 30009, 30010, 40000, 40001, 40002: false
    case 20005, 20021, 30001, 30002, 30006: true
    default: false
    }
}

func peerReplacedBy(_ code: Int32) -> Int32? {
    switch code {
    case 507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134, 1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000, 20001, 20002, 20010, 20013, 20021, 20022, 20023, 20024, 20150, 20300, 30000, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 40000, 40001, 40002: nil
    case 20005: 20010
    default: nil
    }
}

func peerSharedCode(_ code: Int32) -> Int32 {
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

func peerSharedName(_ code: Int32) -> String {
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

func peerDescription(_ code: Int32) -> String {
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
    default: "\(code) UNKNOWN (\(peerCategoryName(code))): \(peerTitle(code))"
    }
}

func peerCategoryName(_ code: Int32) -> String {
    switch peerCategory(code) {
    case .unknown: "unknown"
    case .internal: "internal"
    case .integration: "integration"
    case .user: "user"
    case .antiInject: "anti_inject"
    }
}

func peerLocale(_ identifier: String) -> UInt32 {
    switch identifier {
    case "en-GB", "en_GB": 1
    case "ar": 2
    case "bg": 3
    case "ca": 4
    case "cs": 5
    case "da": 6
    case "de": 7
    case "el": 8
    case "es": 9
    case "es-419", "es_419": 10
    case "et": 11
    case "fi": 12
    case "fil": 13
    case "fr": 14
    case "fr-CA", "fr_CA": 15
    case "he": 16
    case "hr": 17
    case "hu": 18
    case "id": 19
    case "it": 20
    case "ja": 21
    case "ko": 22
    case "lt": 23
    case "lv": 24
    case "ms": 25
    case "mt": 26
    case "nb": 27
    case "nl": 28
    case "nn": 29
    case "pl": 30
    case "pt-BR", "pt_BR": 31
    case "pt-PT", "pt_PT": 32
    case "ro": 33
    case "ru": 34
    case "sk": 35
    case "sl": 36
    case "sv": 37
    case "th": 38
    case "tr": 39
    case "vi": 40
    case "zh-Hans", "zh_Hans": 41
    case "zh-Hant", "zh_Hant": 42
    case "zh-HK", "zh_HK": 43
    default: 0
    }
}

func peerUserMessage(_ code: Int32, locale: UInt32) -> String {
    switch locale {
    case 1: peerUserMessage1(code)
    case 2: peerUserMessage2(code)
    case 3: peerUserMessage3(code)
    case 4: peerUserMessage4(code)
    case 5: peerUserMessage5(code)
    case 6: peerUserMessage6(code)
    case 7: peerUserMessage7(code)
    case 8: peerUserMessage8(code)
    case 9: peerUserMessage9(code)
    case 10: peerUserMessage10(code)
    case 11: peerUserMessage11(code)
    case 12: peerUserMessage12(code)
    case 13: peerUserMessage13(code)
    case 14: peerUserMessage14(code)
    case 15: peerUserMessage15(code)
    case 16: peerUserMessage16(code)
    case 17: peerUserMessage17(code)
    case 18: peerUserMessage18(code)
    case 19: peerUserMessage19(code)
    case 20: peerUserMessage20(code)
    case 21: peerUserMessage21(code)
    case 22: peerUserMessage22(code)
    case 23: peerUserMessage23(code)
    case 24: peerUserMessage24(code)
    case 25: peerUserMessage25(code)
    case 26: peerUserMessage26(code)
    case 27: peerUserMessage27(code)
    case 28: peerUserMessage28(code)
    case 29: peerUserMessage29(code)
    case 30: peerUserMessage30(code)
    case 31: peerUserMessage31(code)
    case 32: peerUserMessage32(code)
    case 33: peerUserMessage33(code)
    case 34: peerUserMessage34(code)
    case 35: peerUserMessage35(code)
    case 36: peerUserMessage36(code)
    case 37: peerUserMessage37(code)
    case 38: peerUserMessage38(code)
    case 39: peerUserMessage39(code)
    case 40: peerUserMessage40(code)
    case 41: peerUserMessage41(code)
    case 42: peerUserMessage42(code)
    case 43: peerUserMessage43(code)
    default: peerUserMessage(code)
    }
}

func peerUserMessage1(_ code: Int32) -> String {
    switch code {
    case 507: "Something went wrong on our side. Please make sure the app is up to date and try again."
    case 512: "We couldn't confirm it's you. Make sure your face is well lit, centred and uncovered, then try again."
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
    case 30008: "We couldn't recognise you this time. Follow the on-screen guidance and try again."
    case 30009: "Face verification needs your camera. Please allow camera access in Settings, then try again."
    case 30010: "Please update the app to the latest version to continue."
    default:
        switch peerCategory(code) {
        case .unknown: "Something went wrong. Please try again."
        case .internal: "Something went wrong on our side. Please try again later."
        case .integration: "This feature isn't available right now. Please try again later."
        case .user: "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again."
        case .antiInject: "Something went wrong. Please try again later."
        }
    }
}

func peerUserMessage2(_ code: Int32) -> String {
    switch code {
    case 507: "حدث خطأ من جانبنا. يُرجى التأكد من تحديث التطبيق إلى أحدث إصدار، ثم المحاولة مرة أخرى."
    case 512: "تعذّر علينا التأكد من هويتك. يُرجى التأكد من أن وجهك مُضاء جيدًا وفي منتصف الإطار وغير مغطّى، ثم المحاولة مرة أخرى."
    case 523, 30007: "عدد كبير جدًا من المحاولات. يُرجى الانتظار قليلًا قبل المحاولة مرة أخرى."
    case 534: "لم يعد تسجيل الدخول بالوجه نشطًا. يُرجى إعداده من جديد للمتابعة."
    case 535: "لم يعد تسجيل الدخول بالوجه نشطًا على هذا الجهاز. يُرجى إعداده من جديد للمتابعة."
    case 537: "حدث خطأ ما. يُرجى المحاولة مرة أخرى، أو الانتظار بضع دقائق إذا تكررت المشكلة."
    case 539: "وصل هذا الحساب إلى الحد الأقصى لعدد الأجهزة. يُرجى إزالة جهاز لم يعد مستخدمًا، أو التواصل مع فريق الدعم."
    case 1004: "تعذّر الوصول إلى الخادم. يُرجى التحقق من اتصالك بالإنترنت ثم المحاولة مرة أخرى."
    case 1131: "لم يتم إعداد تسجيل الدخول بالوجه على هذا الجهاز بعد. يُرجى إعداده للمتابعة."
    case 1134: "حدث خطأ ما. يُرجى المحاولة مرة أخرى."
    case 1142: "يُرجى التحقق من صحة التاريخ والوقت على جهازك، ثم المحاولة مرة أخرى. قد يلزم إعداد تسجيل الدخول بالوجه من جديد."
    case 10000, 10001, 10003, 10005, 10006, 10200: "حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى لاحقًا."
    case 10004: "تعذّر استخدام الكاميرا. يُرجى المحاولة مرة أخرى لاحقًا."
    case 10100: "تعذّر إكمال التحقق من الوجه. يُرجى المحاولة مرة أخرى لاحقًا."
    case 20000: "لم يتم إعداد تسجيل الدخول بالوجه بعد. يُرجى إعداده للمتابعة."
    case 20001: "تم إعداد تسجيل الدخول بالوجه بالفعل. يمكنك تسجيل الدخول باستخدام وجهك."
    case 20002, 20005, 20010: "هذه الميزة غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا."
    case 20013, 40001: "هذه الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى لاحقًا."
    case 20021, 20022: "يتعذّر إجراء التحقق من الوجه على هذا الجهاز حاليًا. يُرجى المحاولة مرة أخرى لاحقًا."
    case 20023, 20024, 20300, 40000: "حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا."
    case 20150: "تعذّر استخدام هذا الرابط. يُرجى المحاولة مرة أخرى."
    case 30000: "تعذّر التحقق من وجهك. يُرجى التأكد من أن وجهك مُضاء جيدًا وظاهر بالكامل، ثم المحاولة مرة أخرى."
    case 30001: "انتهى الوقت. يُرجى المحاولة مرة أخرى مع إبقاء وجهك داخل الإطار فور فتح الكاميرا."
    case 30002: "قد يكون جزء من وجهك مغطّى. يُرجى التأكد من عدم وجود ما يحجب وجهك، ثم المحاولة مرة أخرى."
    case 30003: "تم إلغاء مسح الوجه. يمكنك المحاولة مرة أخرى في أي وقت."
    case 30004: "تعذّرت مطابقة وجهك. يُرجى التأكد من اختيار الحساب الصحيح، ثم المحاولة مرة أخرى."
    case 30005: "يبدو أن جهازك غير متصل بالإنترنت. يُرجى التحقق من اتصالك بالإنترنت ثم المحاولة مرة أخرى."
    case 30006, 40002: "لا يمكن استخدام هذا الجهاز للتحقق من الوجه. يُرجى المحاولة على جهاز آخر."
    case 30008: "تعذّر التعرّف عليك هذه المرة. يُرجى اتباع الإرشادات على الشاشة ثم المحاولة مرة أخرى."
    case 30009: "يتطلب التحقق من الوجه استخدام الكاميرا. يُرجى السماح بالوصول إلى الكاميرا من الإعدادات، ثم المحاولة مرة أخرى."
    case 30010: "يُرجى تحديث التطبيق إلى أحدث إصدار للمتابعة."
    default:
        switch peerCategory(code) {
        case .unknown: "حدث خطأ ما. يُرجى المحاولة مرة أخرى."
        case .internal: "حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى لاحقًا."
        case .integration: "هذه الميزة غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا."
        case .user: "تعذّر إكمال مسح الوجه. يُرجى التأكد من أن وجهك مُضاء جيدًا ومن عدم وجود ما يحجب الكاميرا، ثم المحاولة مرة أخرى."
        case .antiInject: "حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا."
        }
    }
}

func peerUserMessage3(_ code: Int32) -> String {
    switch code {
    case 507: "Възникна проблем от наша страна. Моля, уверете се, че приложението е обновено, и опитайте отново."
    case 512: "Не успяхме да потвърдим, че сте вие. Уверете се, че лицето ви е добре осветено, в центъра и не е закрито, и опитайте отново."
    case 523, 30007: "Твърде много опити. Моля, изчакайте малко, преди да опитате отново."
    case 534: "Входът с лице вече не е активен. Моля, настройте го отново, за да продължите."
    case 535: "Входът с лице вече не е активен на това устройство. Моля, настройте го отново, за да продължите."
    case 537: "Нещо се обърка. Моля, опитайте отново или изчакайте няколко минути, ако проблемът продължава."
    case 539: "Този профил достигна лимита си за устройства. Моля, премахнете устройство, което вече не използвате, или се свържете с поддръжката."
    case 1004: "Не успяхме да се свържем със сървъра. Моля, проверете интернет връзката си и опитайте отново."
    case 1131: "Входът с лице все още не е настроен на това устройство. Моля, настройте го, за да продължите."
    case 1134: "Нещо се обърка. Моля, опитайте отново."
    case 1142: "Моля, проверете дали датата и часът на устройството ви са верни, и опитайте отново. Може да се наложи да настроите входа с лице отново."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Възникна проблем от наша страна. Моля, опитайте отново по-късно."
    case 10004: "Камерата не можа да бъде използвана. Моля, опитайте отново по-късно."
    case 10100: "Проверката на лицето не можа да бъде завършена. Моля, опитайте отново по-късно."
    case 20000: "Входът с лице все още не е настроен. Моля, настройте го, за да продължите."
    case 20001: "Входът с лице вече е настроен. Можете да влизате с лицето си."
    case 20002, 20005, 20010: "Тази функция в момента не е налична. Моля, опитайте отново по-късно."
    case 20013, 40001: "Услугата временно не е достъпна. Моля, опитайте отново по-късно."
    case 20021, 20022: "В момента проверката на лицето не може да се извърши на това устройство. Моля, опитайте отново по-късно."
    case 20023, 20024, 20300, 40000: "Нещо се обърка. Моля, опитайте отново по-късно."
    case 20150: "Тази връзка не можа да бъде използвана. Моля, опитайте отново."
    case 30000: "Не успяхме да проверим лицето ви. Уверете се, че то е добре осветено и се вижда изцяло, и опитайте отново."
    case 30001: "Времето изтече. Опитайте отново и дръжте лицето си в кадър веднага щом камерата се отвори."
    case 30002: "Лицето ви може да е частично закрито. Уверете се, че нищо не го закрива, и опитайте отново."
    case 30003: "Сканирането на лицето беше отменено. Можете да опитате отново, когато сте готови."
    case 30004: "Не успяхме да съпоставим лицето ви. Проверете дали сте избрали правилния профил, и опитайте отново."
    case 30005: "Изглежда, че сте офлайн. Моля, проверете интернет връзката си и опитайте отново."
    case 30006, 40002: "Това устройство не може да се използва за проверка на лицето. Моля, опитайте с друго устройство."
    case 30008: "Този път не успяхме да ви разпознаем. Следвайте указанията на екрана и опитайте отново."
    case 30009: "За проверката на лицето е нужна камерата ви. Моля, разрешете достъп до камерата в Настройки и опитайте отново."
    case 30010: "Моля, обновете приложението до най-новата версия, за да продължите."
    default:
        switch peerCategory(code) {
        case .unknown: "Нещо се обърка. Моля, опитайте отново."
        case .internal: "Възникна проблем от наша страна. Моля, опитайте отново по-късно."
        case .integration: "Тази функция в момента не е налична. Моля, опитайте отново по-късно."
        case .user: "Не успяхме да завършим сканирането на лицето. Уверете се, че лицето ви е добре осветено и нищо не закрива камерата, и опитайте отново."
        case .antiInject: "Нещо се обърка. Моля, опитайте отново по-късно."
        }
    }
}

func peerUserMessage4(_ code: Int32) -> String {
    switch code {
    case 507: "S’ha produït un error per part nostra. Assegureu-vos que l’aplicació està actualitzada i torneu-ho a provar."
    case 512: "No hem pogut confirmar que sou vós. Assegureu-vos que teniu la cara ben il·luminada, centrada i descoberta, i torneu-ho a provar."
    case 523, 30007: "Massa intents. Espereu una estona abans de tornar-ho a provar."
    case 534: "El vostre inici de sessió amb reconeixement facial ja no està actiu. Torneu a configurar-lo per continuar."
    case 535: "L’inici de sessió amb reconeixement facial ja no està actiu en aquest dispositiu. Torneu a configurar-lo per continuar."
    case 537: "S’ha produït un error. Torneu-ho a provar o, si continua passant, espereu uns minuts."
    case 539: "Aquest compte ha arribat al límit de dispositius. Suprimiu un dispositiu que ja no utilitzeu o poseu-vos en contacte amb l’assistència."
    case 1004: "No hem pogut connectar amb el servidor. Comproveu la connexió a internet i torneu-ho a provar."
    case 1131: "L’inici de sessió amb reconeixement facial encara no està configurat en aquest dispositiu. Configureu-lo per continuar."
    case 1134: "S’ha produït un error. Torneu-ho a provar."
    case 1142: "Comproveu que la data i l’hora del dispositiu són correctes i torneu-ho a provar. Potser haureu de tornar a configurar l’inici de sessió amb reconeixement facial."
    case 10000, 10001, 10003, 10005, 10006, 10200: "S’ha produït un error per part nostra. Torneu-ho a provar més tard."
    case 10004: "No s’ha pogut utilitzar la càmera. Torneu-ho a provar més tard."
    case 10100: "No s’ha pogut completar la verificació facial. Torneu-ho a provar més tard."
    case 20000: "L’inici de sessió amb reconeixement facial encara no està configurat. Configureu-lo per continuar."
    case 20001: "L’inici de sessió amb reconeixement facial ja està configurat. Podeu iniciar la sessió amb la cara."
    case 20002, 20005, 20010: "Aquesta funció no està disponible ara mateix. Torneu-ho a provar més tard."
    case 20013, 40001: "Aquest servei no està disponible temporalment. Torneu-ho a provar més tard."
    case 20021, 20022: "Ara mateix no es pot fer la verificació facial en aquest dispositiu. Torneu-ho a provar més tard."
    case 20023, 20024, 20300, 40000: "S’ha produït un error. Torneu-ho a provar més tard."
    case 20150: "No s’ha pogut utilitzar aquest enllaç. Torneu-ho a provar."
    case 30000: "No hem pogut verificar la vostra cara. Assegureu-vos que està ben il·luminada i del tot visible, i torneu-ho a provar."
    case 30001: "S’ha esgotat el temps. Mostreu la cara a la càmera tan bon punt s’obri i torneu-ho a provar."
    case 30002: "És possible que tingueu la cara parcialment tapada. Assegureu-vos que res no us la tapa i torneu-ho a provar."
    case 30003: "S’ha cancel·lat l’escaneig facial. Podeu tornar-ho a provar quan vulgueu."
    case 30004: "No hem pogut reconèixer la vostra cara. Comproveu que heu triat el compte correcte i torneu-ho a provar."
    case 30005: "Sembla que no teniu connexió. Comproveu la connexió a internet i torneu-ho a provar."
    case 30006, 40002: "Aquest dispositiu no es pot utilitzar per a la verificació facial. Proveu-ho en un altre dispositiu."
    case 30008: "Aquesta vegada no us hem pogut reconèixer. Seguiu les indicacions de la pantalla i torneu-ho a provar."
    case 30009: "La verificació facial necessita la càmera. Permeteu l’accés a la càmera a la configuració del telèfon i torneu-ho a provar."
    case 30010: "Actualitzeu l’aplicació a la versió més recent per continuar."
    default:
        switch peerCategory(code) {
        case .unknown: "S’ha produït un error. Torneu-ho a provar."
        case .internal: "S’ha produït un error per part nostra. Torneu-ho a provar més tard."
        case .integration: "Aquesta funció no està disponible ara mateix. Torneu-ho a provar més tard."
        case .user: "No hem pogut completar l’escaneig facial. Assegureu-vos que teniu la cara ben il·luminada i que res no tapa la càmera, i torneu-ho a provar."
        case .antiInject: "S’ha produït un error. Torneu-ho a provar més tard."
        }
    }
}

func peerUserMessage5(_ code: Int32) -> String {
    switch code {
    case 507: "Na naší straně došlo k chybě. Ujistěte se, že máte aktuální verzi aplikace, a zkuste to znovu."
    case 512: "Nepodařilo se potvrdit, že jste to vy. Ujistěte se, že je váš obličej dobře osvětlený, uprostřed záběru a nic ho nezakrývá, a zkuste to znovu."
    case 523, 30007: "Příliš mnoho pokusů. Chvíli počkejte a pak to zkuste znovu."
    case 534: "Vaše přihlašování obličejem už není aktivní. Chcete-li pokračovat, nastavte ho znovu."
    case 535: "Přihlašování obličejem už na tomto zařízení není aktivní. Chcete-li pokračovat, nastavte ho znovu."
    case 537: "Něco se pokazilo. Zkuste to znovu. Pokud potíže přetrvávají, počkejte několik minut."
    case 539: "Tento účet dosáhl limitu zařízení. Odeberte zařízení, které už nepoužíváte, nebo kontaktujte podporu."
    case 1004: "Nepodařilo se spojit se serverem. Zkontrolujte připojení k internetu a zkuste to znovu."
    case 1131: "Přihlašování obličejem na tomto zařízení ještě není nastavené. Chcete-li pokračovat, nastavte ho."
    case 1134: "Něco se pokazilo. Zkuste to znovu."
    case 1142: "Zkontrolujte, zda máte v zařízení správné datum a čas, a zkuste to znovu. Možná bude potřeba znovu nastavit přihlašování obličejem."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Na naší straně došlo k chybě. Zkuste to znovu později."
    case 10004: "Fotoaparát se nepodařilo použít. Zkuste to znovu později."
    case 10100: "Ověření obličeje se nepodařilo dokončit. Zkuste to znovu později."
    case 20000: "Přihlašování obličejem ještě není nastavené. Chcete-li pokračovat, nastavte ho."
    case 20001: "Přihlašování obličejem už je nastavené. Můžete se přihlásit obličejem."
    case 20002, 20005, 20010: "Tato funkce teď není dostupná. Zkuste to znovu později."
    case 20013, 40001: "Služba je dočasně nedostupná. Zkuste to znovu později."
    case 20021, 20022: "Ověření obličeje teď na tomto zařízení nelze provést. Zkuste to znovu později."
    case 20023, 20024, 20300, 40000: "Něco se pokazilo. Zkuste to znovu později."
    case 20150: "Tento odkaz se nepodařilo použít. Zkuste to znovu."
    case 30000: "Nepodařilo se ověřit váš obličej. Ujistěte se, že je dobře osvětlený a celý viditelný, a zkuste to znovu."
    case 30001: "Čas vypršel. Zkuste to znovu a hned po spuštění fotoaparátu mějte obličej v záběru."
    case 30002: "Váš obličej může být částečně zakrytý. Ujistěte se, že ho nic nezakrývá, a zkuste to znovu."
    case 30003: "Skenování obličeje bylo zrušeno. Můžete to zkusit znovu, kdykoli budete chtít."
    case 30004: "Nepodařilo se ověřit shodu obličeje. Zkontrolujte, zda je vybrán správný účet, a zkuste to znovu."
    case 30005: "Vypadá to, že nemáte připojení k internetu. Zkontrolujte připojení a zkuste to znovu."
    case 30006, 40002: "Toto zařízení nelze použít k ověření obličeje. Zkuste to na jiném zařízení."
    case 30008: "Tentokrát se vás nepodařilo rozpoznat. Postupujte podle pokynů na obrazovce a zkuste to znovu."
    case 30009: "K ověření obličeje je potřeba fotoaparát. Povolte v Nastavení přístup k fotoaparátu a zkuste to znovu."
    case 30010: "Chcete-li pokračovat, aktualizujte aplikaci na nejnovější verzi."
    default:
        switch peerCategory(code) {
        case .unknown: "Něco se pokazilo. Zkuste to znovu."
        case .internal: "Na naší straně došlo k chybě. Zkuste to znovu později."
        case .integration: "Tato funkce teď není dostupná. Zkuste to znovu později."
        case .user: "Skenování obličeje se nepodařilo dokončit. Ujistěte se, že je váš obličej dobře osvětlený a nic nezakrývá fotoaparát, a zkuste to znovu."
        case .antiInject: "Něco se pokazilo. Zkuste to znovu později."
        }
    }
}

func peerUserMessage6(_ code: Int32) -> String {
    switch code {
    case 507: "Der opstod en fejl hos os. Sørg for, at appen er opdateret, og prøv igen."
    case 512: "Vi kunne ikke bekræfte, at det er dig. Sørg for, at dit ansigt er godt belyst, centreret og ikke tildækket, og prøv igen."
    case 523, 30007: "For mange forsøg. Vent et stykke tid, før du prøver igen."
    case 534: "Dit login med ansigtsgenkendelse er ikke længere aktivt. Konfigurer det igen for at fortsætte."
    case 535: "Login med ansigtsgenkendelse er ikke længere aktivt på denne enhed. Konfigurer det igen for at fortsætte."
    case 537: "Noget gik galt. Prøv igen, eller vent et par minutter, hvis det bliver ved med at ske."
    case 539: "Denne konto har nået grænsen for antal enheder. Fjern en enhed, du ikke længere bruger, eller kontakt support."
    case 1004: "Vi kunne ikke få forbindelse til serveren. Tjek din internetforbindelse, og prøv igen."
    case 1131: "Login med ansigtsgenkendelse er endnu ikke konfigureret på denne enhed. Konfigurer det for at fortsætte."
    case 1134: "Noget gik galt. Prøv igen."
    case 1142: "Tjek, at dato og klokkeslæt på din enhed er korrekte, og prøv igen. Du skal muligvis konfigurere login med ansigtsgenkendelse igen."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Der opstod en fejl hos os. Prøv igen senere."
    case 10004: "Kameraet kunne ikke bruges. Prøv igen senere."
    case 10100: "Ansigtsverificeringen kunne ikke gennemføres. Prøv igen senere."
    case 20000: "Login med ansigtsgenkendelse er endnu ikke konfigureret. Konfigurer det for at fortsætte."
    case 20001: "Login med ansigtsgenkendelse er allerede konfigureret. Du kan logge ind med dit ansigt."
    case 20002, 20005, 20010: "Denne funktion er ikke tilgængelig lige nu. Prøv igen senere."
    case 20013, 40001: "Denne tjeneste er midlertidigt utilgængelig. Prøv igen senere."
    case 20021, 20022: "Ansigtsverificering kan ikke køre på denne enhed lige nu. Prøv igen senere."
    case 20023, 20024, 20300, 40000: "Noget gik galt. Prøv igen senere."
    case 20150: "Dette link kunne ikke bruges. Prøv igen."
    case 30000: "Vi kunne ikke verificere dit ansigt. Sørg for, at dit ansigt er godt belyst og helt synligt, og prøv igen."
    case 30001: "Tiden er gået. Prøv igen, og hold dit ansigt i billedet, så snart kameraet åbner."
    case 30002: "Dit ansigt er muligvis delvist dækket. Sørg for, at intet skjuler dit ansigt, og prøv igen."
    case 30003: "Ansigtsscanningen blev annulleret. Du kan prøve igen, når du er klar."
    case 30004: "Vi kunne ikke matche dit ansigt. Tjek, at du har valgt den rigtige konto, og prøv igen."
    case 30005: "Det ser ud til, at du er offline. Tjek din internetforbindelse, og prøv igen."
    case 30006, 40002: "Denne enhed kan ikke bruges til ansigtsverificering. Prøv på en anden enhed."
    case 30008: "Vi kunne ikke genkende dig denne gang. Følg vejledningen på skærmen, og prøv igen."
    case 30009: "Ansigtsverificering kræver dit kamera. Giv adgang til kameraet i Indstillinger, og prøv igen."
    case 30010: "Opdater appen til den nyeste version for at fortsætte."
    default:
        switch peerCategory(code) {
        case .unknown: "Noget gik galt. Prøv igen."
        case .internal: "Der opstod en fejl hos os. Prøv igen senere."
        case .integration: "Denne funktion er ikke tilgængelig lige nu. Prøv igen senere."
        case .user: "Vi kunne ikke gennemføre ansigtsscanningen. Sørg for, at dit ansigt er godt belyst, og at intet dækker kameraet, og prøv igen."
        case .antiInject: "Noget gik galt. Prøv igen senere."
        }
    }
}

func peerUserMessage7(_ code: Int32) -> String {
    switch code {
    case 507: "Bei uns ist ein Fehler aufgetreten. Bitte stellen Sie sicher, dass die App aktuell ist, und versuchen Sie es erneut."
    case 512: "Wir konnten nicht bestätigen, dass Sie es sind. Achten Sie darauf, dass Ihr Gesicht gut beleuchtet, mittig und unverdeckt ist, und versuchen Sie es dann erneut."
    case 523, 30007: "Zu viele Versuche. Bitte warten Sie eine Weile, bevor Sie es erneut versuchen."
    case 534: "Ihre Anmeldung per Gesichtserkennung ist nicht mehr aktiv. Bitte richten Sie sie erneut ein, um fortzufahren."
    case 535: "Die Anmeldung per Gesichtserkennung ist auf diesem Gerät nicht mehr aktiv. Bitte richten Sie sie erneut ein, um fortzufahren."
    case 537: "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut oder warten Sie einige Minuten, falls das Problem weiterhin auftritt."
    case 539: "Dieses Konto hat die maximale Anzahl an Geräten erreicht. Bitte entfernen Sie ein Gerät, das Sie nicht mehr verwenden, oder wenden Sie sich an den Support."
    case 1004: "Wir konnten den Server nicht erreichen. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut."
    case 1131: "Die Anmeldung per Gesichtserkennung ist auf diesem Gerät noch nicht eingerichtet. Bitte richten Sie sie ein, um fortzufahren."
    case 1134: "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut."
    case 1142: "Bitte prüfen Sie, ob Datum und Uhrzeit Ihres Geräts stimmen, und versuchen Sie es dann erneut. Eventuell müssen Sie die Anmeldung per Gesichtserkennung neu einrichten."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut."
    case 10004: "Die Kamera konnte nicht verwendet werden. Bitte versuchen Sie es später erneut."
    case 10100: "Die Gesichtsverifizierung konnte nicht abgeschlossen werden. Bitte versuchen Sie es später erneut."
    case 20000: "Die Anmeldung per Gesichtserkennung ist noch nicht eingerichtet. Bitte richten Sie sie ein, um fortzufahren."
    case 20001: "Die Anmeldung per Gesichtserkennung ist bereits eingerichtet. Sie können sich mit Ihrem Gesicht anmelden."
    case 20002, 20005, 20010: "Diese Funktion ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut."
    case 20013, 40001: "Dieser Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut."
    case 20021, 20022: "Die Gesichtsverifizierung ist auf diesem Gerät derzeit nicht möglich. Bitte versuchen Sie es später erneut."
    case 20023, 20024, 20300, 40000: "Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut."
    case 20150: "Dieser Link konnte nicht verwendet werden. Bitte versuchen Sie es erneut."
    case 30000: "Wir konnten Ihr Gesicht nicht verifizieren. Achten Sie darauf, dass Ihr Gesicht gut beleuchtet und vollständig sichtbar ist, und versuchen Sie es dann erneut."
    case 30001: "Die Zeit ist abgelaufen. Versuchen Sie es erneut und halten Sie Ihr Gesicht ins Bild, sobald sich die Kamera öffnet."
    case 30002: "Ihr Gesicht ist möglicherweise teilweise verdeckt. Achten Sie darauf, dass nichts Ihr Gesicht verdeckt, und versuchen Sie es dann erneut."
    case 30003: "Der Gesichtsscan wurde abgebrochen. Sie können es erneut versuchen, sobald Sie bereit sind."
    case 30004: "Wir konnten Ihr Gesicht nicht zuordnen. Prüfen Sie, ob Sie das richtige Konto ausgewählt haben, und versuchen Sie es dann erneut."
    case 30005: "Sie scheinen offline zu sein. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut."
    case 30006, 40002: "Dieses Gerät kann nicht für die Gesichtsverifizierung verwendet werden. Bitte versuchen Sie es auf einem anderen Gerät."
    case 30008: "Wir konnten Sie diesmal nicht erkennen. Folgen Sie den Hinweisen auf dem Bildschirm und versuchen Sie es erneut."
    case 30009: "Für die Gesichtsverifizierung wird Ihre Kamera benötigt. Bitte erlauben Sie den Kamerazugriff in den Einstellungen und versuchen Sie es dann erneut."
    case 30010: "Bitte aktualisieren Sie die App auf die neueste Version, um fortzufahren."
    default:
        switch peerCategory(code) {
        case .unknown: "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut."
        case .internal: "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut."
        case .integration: "Diese Funktion ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut."
        case .user: "Der Gesichtsscan konnte nicht abgeschlossen werden. Achten Sie darauf, dass Ihr Gesicht gut beleuchtet ist und nichts die Kamera verdeckt, und versuchen Sie es dann erneut."
        case .antiInject: "Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut."
        }
    }
}

func peerUserMessage8(_ code: Int32) -> String {
    switch code {
    case 507: "Παρουσιάστηκε πρόβλημα από την πλευρά μας. Βεβαιωθείτε ότι η εφαρμογή είναι ενημερωμένη και δοκιμάστε ξανά."
    case 512: "Δεν μπορέσαμε να επιβεβαιώσουμε ότι είστε εσείς. Βεβαιωθείτε ότι το πρόσωπό σας φωτίζεται καλά, είναι στο κέντρο και δεν καλύπτεται, και δοκιμάστε ξανά."
    case 523, 30007: "Πάρα πολλές προσπάθειες. Περιμένετε λίγο πριν δοκιμάσετε ξανά."
    case 534: "Η σύνδεσή σας με αναγνώριση προσώπου δεν είναι πλέον ενεργή. Ρυθμίστε την ξανά για να συνεχίσετε."
    case 535: "Η σύνδεση με αναγνώριση προσώπου δεν είναι πλέον ενεργή σε αυτή τη συσκευή. Ρυθμίστε την ξανά για να συνεχίσετε."
    case 537: "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά ή, αν το πρόβλημα επιμένει, περιμένετε λίγα λεπτά."
    case 539: "Αυτός ο λογαριασμός έχει φτάσει το όριο συσκευών. Καταργήστε μια συσκευή που δεν χρησιμοποιείτε πλέον ή επικοινωνήστε με την υποστήριξη."
    case 1004: "Δεν ήταν δυνατή η επικοινωνία με τον διακομιστή. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά."
    case 1131: "Η σύνδεση με αναγνώριση προσώπου δεν έχει ρυθμιστεί ακόμα σε αυτή τη συσκευή. Ρυθμίστε την για να συνεχίσετε."
    case 1134: "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά."
    case 1142: "Ελέγξτε ότι η ημερομηνία και η ώρα της συσκευής σας είναι σωστές και δοκιμάστε ξανά. Ίσως χρειαστεί να ρυθμίσετε ξανά τη σύνδεση με αναγνώριση προσώπου."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Παρουσιάστηκε πρόβλημα από την πλευρά μας. Δοκιμάστε ξανά αργότερα."
    case 10004: "Δεν ήταν δυνατή η χρήση της κάμερας. Δοκιμάστε ξανά αργότερα."
    case 10100: "Δεν ήταν δυνατή η ολοκλήρωση της επαλήθευσης προσώπου. Δοκιμάστε ξανά αργότερα."
    case 20000: "Η σύνδεση με αναγνώριση προσώπου δεν έχει ρυθμιστεί ακόμα. Ρυθμίστε την για να συνεχίσετε."
    case 20001: "Η σύνδεση με αναγνώριση προσώπου έχει ήδη ρυθμιστεί. Μπορείτε να συνδεθείτε με το πρόσωπό σας."
    case 20002, 20005, 20010: "Αυτή η λειτουργία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά αργότερα."
    case 20013, 40001: "Αυτή η υπηρεσία είναι προσωρινά μη διαθέσιμη. Δοκιμάστε ξανά αργότερα."
    case 20021, 20022: "Η επαλήθευση προσώπου δεν είναι δυνατή σε αυτή τη συσκευή προς το παρόν. Δοκιμάστε ξανά αργότερα."
    case 20023, 20024, 20300, 40000: "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά αργότερα."
    case 20150: "Δεν ήταν δυνατή η χρήση αυτού του συνδέσμου. Δοκιμάστε ξανά."
    case 30000: "Δεν ήταν δυνατή η επαλήθευση του προσώπου σας. Βεβαιωθείτε ότι φωτίζεται καλά και είναι πλήρως ορατό και δοκιμάστε ξανά."
    case 30001: "Ο χρόνος έληξε. Στρέψτε το πρόσωπό σας στην κάμερα μόλις ανοίξει και δοκιμάστε ξανά."
    case 30002: "Το πρόσωπό σας ίσως καλύπτεται εν μέρει. Βεβαιωθείτε ότι τίποτα δεν κρύβει το πρόσωπό σας και δοκιμάστε ξανά."
    case 30003: "Η σάρωση προσώπου ακυρώθηκε. Μπορείτε να δοκιμάσετε ξανά όποτε θέλετε."
    case 30004: "Δεν ήταν δυνατή η αντιστοίχιση του προσώπου σας. Ελέγξτε ότι επιλέξατε τον σωστό λογαριασμό και δοκιμάστε ξανά."
    case 30005: "Φαίνεται ότι δεν υπάρχει σύνδεση. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά."
    case 30006, 40002: "Αυτή η συσκευή δεν μπορεί να χρησιμοποιηθεί για επαλήθευση προσώπου. Δοκιμάστε σε άλλη συσκευή."
    case 30008: "Δεν ήταν δυνατή η αναγνώρισή σας αυτή τη φορά. Ακολουθήστε τις οδηγίες στην οθόνη και δοκιμάστε ξανά."
    case 30009: "Η επαλήθευση προσώπου χρειάζεται την κάμερά σας. Επιτρέψτε την πρόσβαση στην κάμερα από τις ρυθμίσεις του τηλεφώνου και δοκιμάστε ξανά."
    case 30010: "Ενημερώστε την εφαρμογή στην πιο πρόσφατη έκδοση για να συνεχίσετε."
    default:
        switch peerCategory(code) {
        case .unknown: "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά."
        case .internal: "Παρουσιάστηκε πρόβλημα από την πλευρά μας. Δοκιμάστε ξανά αργότερα."
        case .integration: "Αυτή η λειτουργία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά αργότερα."
        case .user: "Δεν ήταν δυνατή η ολοκλήρωση της σάρωσης προσώπου. Βεβαιωθείτε ότι το πρόσωπό σας φωτίζεται καλά και ότι τίποτα δεν εμποδίζει την κάμερα και δοκιμάστε ξανά."
        case .antiInject: "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά αργότερα."
        }
    }
}

func peerUserMessage9(_ code: Int32) -> String {
    switch code {
    case 507: "Algo ha fallado por nuestra parte. Comprueba que la aplicación esté actualizada y vuelve a intentarlo."
    case 512: "No hemos podido confirmar que eres tú. Asegúrate de que tu cara esté bien iluminada, centrada y despejada, y vuelve a intentarlo."
    case 523, 30007: "Demasiados intentos. Espera un poco antes de volver a intentarlo."
    case 534: "Tu acceso con reconocimiento facial ya no está activo. Vuelve a configurarlo para continuar."
    case 535: "El acceso con reconocimiento facial ya no está activo en este dispositivo. Vuelve a configurarlo para continuar."
    case 537: "Algo ha fallado. Vuelve a intentarlo o, si sigue ocurriendo, espera unos minutos."
    case 539: "Esta cuenta ha alcanzado el límite de dispositivos. Elimina un dispositivo que ya no uses o ponte en contacto con el servicio de asistencia."
    case 1004: "No hemos podido conectar con el servidor. Comprueba tu conexión a internet y vuelve a intentarlo."
    case 1131: "El acceso con reconocimiento facial aún no está configurado en este dispositivo. Configúralo para continuar."
    case 1134: "Algo ha fallado. Vuelve a intentarlo."
    case 1142: "Comprueba que la fecha y la hora de tu dispositivo sean correctas y vuelve a intentarlo. Puede que tengas que volver a configurar el acceso con reconocimiento facial."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Algo ha fallado por nuestra parte. Vuelve a intentarlo más tarde."
    case 10004: "No se ha podido usar la cámara. Vuelve a intentarlo más tarde."
    case 10100: "No se ha podido completar la verificación facial. Vuelve a intentarlo más tarde."
    case 20000: "El acceso con reconocimiento facial aún no está configurado. Configúralo para continuar."
    case 20001: "El acceso con reconocimiento facial ya está configurado. Puedes acceder con tu cara."
    case 20002, 20005, 20010: "Esta función no está disponible en este momento. Vuelve a intentarlo más tarde."
    case 20013, 40001: "Este servicio no está disponible temporalmente. Vuelve a intentarlo más tarde."
    case 20021, 20022: "Ahora mismo no se puede realizar la verificación facial en este dispositivo. Vuelve a intentarlo más tarde."
    case 20023, 20024, 20300, 40000: "Algo ha fallado. Vuelve a intentarlo más tarde."
    case 20150: "No se ha podido usar este enlace. Vuelve a intentarlo."
    case 30000: "No hemos podido verificar tu cara. Asegúrate de que esté bien iluminada y se vea por completo, y vuelve a intentarlo."
    case 30001: "Se ha agotado el tiempo. Pon la cara frente a la cámara en cuanto se abra y vuelve a intentarlo."
    case 30002: "Puede que tu cara esté parcialmente tapada. Asegúrate de que nada te la tape y vuelve a intentarlo."
    case 30003: "Se ha cancelado el escaneo facial. Puedes volver a intentarlo cuando quieras."
    case 30004: "No hemos podido reconocer tu cara. Comprueba que has elegido la cuenta correcta y vuelve a intentarlo."
    case 30005: "Parece que estás sin conexión. Comprueba tu conexión a internet y vuelve a intentarlo."
    case 30006, 40002: "Este dispositivo no se puede usar para la verificación facial. Prueba con otro dispositivo."
    case 30008: "Esta vez no hemos podido reconocerte. Sigue las indicaciones de la pantalla y vuelve a intentarlo."
    case 30009: "La verificación facial necesita acceder a tu cámara. Permite el acceso a la cámara en los ajustes del móvil y vuelve a intentarlo."
    case 30010: "Actualiza la aplicación a la última versión para continuar."
    default:
        switch peerCategory(code) {
        case .unknown: "Algo ha fallado. Vuelve a intentarlo."
        case .internal: "Algo ha fallado por nuestra parte. Vuelve a intentarlo más tarde."
        case .integration: "Esta función no está disponible en este momento. Vuelve a intentarlo más tarde."
        case .user: "No hemos podido completar el escaneo facial. Asegúrate de que tu cara esté bien iluminada y de que nada tape la cámara, y vuelve a intentarlo."
        case .antiInject: "Algo ha fallado. Vuelve a intentarlo más tarde."
        }
    }
}

func peerUserMessage10(_ code: Int32) -> String {
    switch code {
    case 507: "Algo salió mal de nuestro lado. Asegúrate de que la app esté actualizada e inténtalo de nuevo."
    case 512: "No pudimos confirmar que eres tú. Asegúrate de que tu rostro esté bien iluminado, centrado y descubierto, e inténtalo de nuevo."
    case 523, 30007: "Demasiados intentos. Espera un momento antes de volver a intentarlo."
    case 534: "Tu inicio de sesión con reconocimiento facial ya no está activo. Vuelve a configurarlo para continuar."
    case 535: "El inicio de sesión con reconocimiento facial ya no está activo en este dispositivo. Vuelve a configurarlo para continuar."
    case 537: "Algo salió mal. Inténtalo de nuevo o, si el problema continúa, espera unos minutos."
    case 539: "Esta cuenta alcanzó el límite de dispositivos. Elimina un dispositivo que ya no uses o comunícate con el equipo de soporte."
    case 1004: "No pudimos conectarnos con el servidor. Revisa tu conexión a internet e inténtalo de nuevo."
    case 1131: "El inicio de sesión con reconocimiento facial aún no está configurado en este dispositivo. Configúralo para continuar."
    case 1134: "Algo salió mal. Inténtalo de nuevo."
    case 1142: "Verifica que la fecha y la hora de tu dispositivo sean correctas e inténtalo de nuevo. Es posible que debas volver a configurar el inicio de sesión con reconocimiento facial."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Algo salió mal de nuestro lado. Inténtalo de nuevo más tarde."
    case 10004: "No se pudo usar la cámara. Inténtalo de nuevo más tarde."
    case 10100: "No se pudo completar la verificación facial. Inténtalo de nuevo más tarde."
    case 20000: "El inicio de sesión con reconocimiento facial aún no está configurado. Configúralo para continuar."
    case 20001: "El inicio de sesión con reconocimiento facial ya está configurado. Puedes iniciar sesión con tu rostro."
    case 20002, 20005, 20010: "Esta función no está disponible en este momento. Inténtalo de nuevo más tarde."
    case 20013, 40001: "Este servicio no está disponible temporalmente. Inténtalo de nuevo más tarde."
    case 20021, 20022: "En este momento no es posible realizar la verificación facial en este dispositivo. Inténtalo de nuevo más tarde."
    case 20023, 20024, 20300, 40000: "Algo salió mal. Inténtalo de nuevo más tarde."
    case 20150: "No se pudo usar este enlace. Inténtalo de nuevo."
    case 30000: "No pudimos verificar tu rostro. Asegúrate de que esté bien iluminado y completamente visible, e inténtalo de nuevo."
    case 30001: "Se agotó el tiempo. Coloca tu rostro frente a la cámara en cuanto se abra e inténtalo de nuevo."
    case 30002: "Es posible que tu rostro esté parcialmente cubierto. Asegúrate de que nada lo tape e inténtalo de nuevo."
    case 30003: "Se canceló el escaneo facial. Puedes volver a intentarlo cuando quieras."
    case 30004: "No pudimos reconocer tu rostro. Verifica que elegiste la cuenta correcta e inténtalo de nuevo."
    case 30005: "Parece que no tienes conexión. Revisa tu conexión a internet e inténtalo de nuevo."
    case 30006, 40002: "Este dispositivo no se puede usar para la verificación facial. Intenta con otro dispositivo."
    case 30008: "Esta vez no pudimos reconocerte. Sigue las instrucciones en pantalla e inténtalo de nuevo."
    case 30009: "La verificación facial necesita acceso a tu cámara. Permite el acceso a la cámara en la configuración de tu celular e inténtalo de nuevo."
    case 30010: "Actualiza la app a la versión más reciente para continuar."
    default:
        switch peerCategory(code) {
        case .unknown: "Algo salió mal. Inténtalo de nuevo."
        case .internal: "Algo salió mal de nuestro lado. Inténtalo de nuevo más tarde."
        case .integration: "Esta función no está disponible en este momento. Inténtalo de nuevo más tarde."
        case .user: "No pudimos completar el escaneo facial. Asegúrate de que tu rostro esté bien iluminado y de que nada tape la cámara, e inténtalo de nuevo."
        case .antiInject: "Algo salió mal. Inténtalo de nuevo más tarde."
        }
    }
}

func peerUserMessage11(_ code: Int32) -> String {
    switch code {
    case 507: "Meie poolel tekkis viga. Veendu, et rakendus on ajakohane, ja proovi uuesti."
    case 512: "Me ei saanud kinnitada, et see oled sina. Veendu, et su nägu on hästi valgustatud, keskel ja katmata, ning proovi siis uuesti."
    case 523, 30007: "Liiga palju katseid. Oota veidi, enne kui uuesti proovid."
    case 534: "Sinu näotuvastusega sisselogimine pole enam aktiivne. Jätkamiseks seadista see uuesti."
    case 535: "Näotuvastusega sisselogimine pole selles seadmes enam aktiivne. Jätkamiseks seadista see uuesti."
    case 537: "Midagi läks valesti. Proovi uuesti või oota mõni minut, kui probleem kordub."
    case 539: "Sellel kontol on seadmete piirarv täis. Eemalda seade, mida sa enam ei kasuta, või võta ühendust klienditoega."
    case 1004: "Serveriga ei õnnestunud ühendust saada. Kontrolli internetiühendust ja proovi uuesti."
    case 1131: "Näotuvastusega sisselogimine pole selles seadmes veel seadistatud. Jätkamiseks seadista see."
    case 1134: "Midagi läks valesti. Proovi uuesti."
    case 1142: "Kontrolli, et seadme kuupäev ja kellaaeg on õiged, ning proovi siis uuesti. Võimalik, et pead näotuvastusega sisselogimise uuesti seadistama."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Meie poolel tekkis viga. Proovi hiljem uuesti."
    case 10004: "Kaamerat ei saanud kasutada. Proovi hiljem uuesti."
    case 10100: "Näotuvastust ei õnnestunud lõpule viia. Proovi hiljem uuesti."
    case 20000: "Näotuvastusega sisselogimine pole veel seadistatud. Jätkamiseks seadista see."
    case 20001: "Näotuvastusega sisselogimine on juba seadistatud. Saad sisse logida oma näoga."
    case 20002, 20005, 20010: "See funktsioon pole praegu saadaval. Proovi hiljem uuesti."
    case 20013, 40001: "Teenus pole ajutiselt saadaval. Proovi hiljem uuesti."
    case 20021, 20022: "Näotuvastus ei saa selles seadmes praegu töötada. Proovi hiljem uuesti."
    case 20023, 20024, 20300, 40000: "Midagi läks valesti. Proovi hiljem uuesti."
    case 20150: "Seda linki ei saanud kasutada. Proovi uuesti."
    case 30000: "Me ei suutnud su nägu kinnitada. Veendu, et su nägu on hästi valgustatud ja täielikult nähtav, ning proovi siis uuesti."
    case 30001: "Aeg sai otsa. Proovi uuesti ja hoia oma nägu kaadris kohe, kui kaamera avaneb."
    case 30002: "Su nägu võib olla osaliselt kaetud. Veendu, et miski ei varja su nägu, ning proovi siis uuesti."
    case 30003: "Näo skannimine katkestati. Võid uuesti proovida, kui oled valmis."
    case 30004: "Su nägu ei ühtinud. Kontrolli, et valisid õige konto, ning proovi siis uuesti."
    case 30005: "Tundub, et oled võrguühenduseta. Kontrolli internetiühendust ja proovi uuesti."
    case 30006, 40002: "Seda seadet ei saa näotuvastuseks kasutada. Proovi mõnes teises seadmes."
    case 30008: "Seekord ei õnnestunud sind ära tunda. Järgi ekraanil olevaid juhiseid ja proovi uuesti."
    case 30009: "Näotuvastuseks on vaja sinu kaamerat. Luba seadetes juurdepääs kaamerale ja proovi siis uuesti."
    case 30010: "Jätkamiseks uuenda rakendus uusimale versioonile."
    default:
        switch peerCategory(code) {
        case .unknown: "Midagi läks valesti. Proovi uuesti."
        case .internal: "Meie poolel tekkis viga. Proovi hiljem uuesti."
        case .integration: "See funktsioon pole praegu saadaval. Proovi hiljem uuesti."
        case .user: "Näo skannimist ei õnnestunud lõpule viia. Veendu, et su nägu on hästi valgustatud ja miski ei kata kaamerat, ning proovi siis uuesti."
        case .antiInject: "Midagi läks valesti. Proovi hiljem uuesti."
        }
    }
}

func peerUserMessage12(_ code: Int32) -> String {
    switch code {
    case 507: "Palvelussamme tapahtui virhe. Varmista, että sovellus on päivitetty, ja yritä uudelleen."
    case 512: "Emme voineet varmistaa, että kyseessä olet sinä. Varmista, että kasvosi ovat hyvin valaistut, keskellä kuvaa ja peittämättömät, ja yritä uudelleen."
    case 523, 30007: "Liian monta yritystä. Odota hetki, ennen kuin yrität uudelleen."
    case 534: "Kasvotunnistuksesi ei ole enää käytössä. Ota se uudelleen käyttöön jatkaaksesi."
    case 535: "Kasvotunnistus ei ole enää käytössä tällä laitteella. Ota se uudelleen käyttöön jatkaaksesi."
    case 537: "Jotain meni vikaan. Yritä uudelleen tai odota muutama minuutti, jos ongelma toistuu."
    case 539: "Tälle tilille on lisätty enimmäismäärä laitteita. Poista laite, jota et enää käytä, tai ota yhteyttä tukeen."
    case 1004: "Palvelimeen ei saatu yhteyttä. Tarkista internetyhteytesi ja yritä uudelleen."
    case 1131: "Kasvotunnistusta ei ole vielä otettu käyttöön tällä laitteella. Ota se käyttöön jatkaaksesi."
    case 1134: "Jotain meni vikaan. Yritä uudelleen."
    case 1142: "Tarkista, että laitteesi päivämäärä ja kellonaika ovat oikein, ja yritä uudelleen. Kasvotunnistus on ehkä otettava uudelleen käyttöön."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Palvelussamme tapahtui virhe. Yritä myöhemmin uudelleen."
    case 10004: "Kameraa ei voitu käyttää. Yritä myöhemmin uudelleen."
    case 10100: "Kasvotunnistusta ei voitu suorittaa loppuun. Yritä myöhemmin uudelleen."
    case 20000: "Kasvotunnistusta ei ole vielä otettu käyttöön. Ota se käyttöön jatkaaksesi."
    case 20001: "Kasvotunnistus on jo käytössä. Voit kirjautua sisään kasvoillasi."
    case 20002, 20005, 20010: "Tämä toiminto ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen."
    case 20013, 40001: "Palvelu ei ole tilapäisesti käytettävissä. Yritä myöhemmin uudelleen."
    case 20021, 20022: "Kasvotunnistus ei juuri nyt toimi tällä laitteella. Yritä myöhemmin uudelleen."
    case 20023, 20024, 20300, 40000: "Jotain meni vikaan. Yritä myöhemmin uudelleen."
    case 20150: "Linkkiä ei voitu käyttää. Yritä uudelleen."
    case 30000: "Emme voineet vahvistaa kasvojasi. Varmista, että kasvosi ovat hyvin valaistut ja kokonaan näkyvissä, ja yritä uudelleen."
    case 30001: "Aika loppui. Yritä uudelleen ja pidä kasvosi kuvassa heti, kun kamera avautuu."
    case 30002: "Kasvosi saattavat olla osittain peitossa. Varmista, ettei mikään peitä kasvojasi, ja yritä uudelleen."
    case 30003: "Kasvojen skannaus peruutettiin. Voit yrittää uudelleen, kun olet valmis."
    case 30004: "Kasvosi eivät täsmänneet. Tarkista, että valitsit oikean tilin, ja yritä uudelleen."
    case 30005: "Yhteys näyttää katkenneen. Tarkista internetyhteytesi ja yritä uudelleen."
    case 30006, 40002: "Tätä laitetta ei voi käyttää kasvotunnistukseen. Kokeile toisella laitteella."
    case 30008: "Emme tunnistaneet sinua tällä kertaa. Seuraa näytön ohjeita ja yritä uudelleen."
    case 30009: "Kasvotunnistus tarvitsee pääsyn kameraan. Salli kameran käyttö asetuksissa ja yritä uudelleen."
    case 30010: "Päivitä sovellus uusimpaan versioon jatkaaksesi."
    default:
        switch peerCategory(code) {
        case .unknown: "Jotain meni vikaan. Yritä uudelleen."
        case .internal: "Palvelussamme tapahtui virhe. Yritä myöhemmin uudelleen."
        case .integration: "Tämä toiminto ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen."
        case .user: "Kasvojen skannausta ei voitu suorittaa loppuun. Varmista, että kasvosi ovat hyvin valaistut eikä mikään peitä kameraa, ja yritä uudelleen."
        case .antiInject: "Jotain meni vikaan. Yritä myöhemmin uudelleen."
        }
    }
}

func peerUserMessage13(_ code: Int32) -> String {
    switch code {
    case 507: "Nagkaproblema sa panig namin. Pakitiyak na nasa pinakabagong bersyon ang app, pagkatapos ay subukan ulit."
    case 512: "Hindi namin makumpirma na ikaw ito. Tiyaking maliwanag ang iyong mukha, nasa gitna, at walang nakatakip, pagkatapos ay subukan ulit."
    case 523, 30007: "Masyadong maraming pagsubok. Maghintay muna nang kaunti bago sumubok ulit."
    case 534: "Hindi na aktibo ang iyong pag-sign in gamit ang mukha. Paki-set up ito ulit para magpatuloy."
    case 535: "Hindi na aktibo ang pag-sign in gamit ang mukha sa device na ito. Paki-set up ito ulit para magpatuloy."
    case 537: "Nagkaproblema. Pakisubukan ulit, o maghintay ng ilang minuto kung patuloy itong nangyayari."
    case 539: "Naabot na ng account na ito ang limit ng mga device. Mag-alis ng device na hindi mo na ginagamit, o makipag-ugnayan sa support."
    case 1004: "Hindi namin maabot ang server. Pakitingnan ang iyong koneksyon sa internet at subukan ulit."
    case 1131: "Hindi pa naka-set up ang pag-sign in gamit ang mukha sa device na ito. Paki-set up ito para magpatuloy."
    case 1134: "Nagkaproblema. Pakisubukan ulit."
    case 1142: "Pakitingnan kung tama ang petsa at oras ng iyong device, pagkatapos ay subukan ulit. Baka kailangan mong i-set up ulit ang pag-sign in gamit ang mukha."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Nagkaproblema sa panig namin. Pakisubukan ulit mamaya."
    case 10004: "Hindi magamit ang camera. Pakisubukan ulit mamaya."
    case 10100: "Hindi makumpleto ang pag-verify ng mukha. Pakisubukan ulit mamaya."
    case 20000: "Hindi pa naka-set up ang pag-sign in gamit ang mukha. Paki-set up ito para magpatuloy."
    case 20001: "Naka-set up na ang pag-sign in gamit ang mukha. Puwede ka nang mag-sign in gamit ang iyong mukha."
    case 20002, 20005, 20010: "Hindi available ang feature na ito sa ngayon. Pakisubukan ulit mamaya."
    case 20013, 40001: "Pansamantalang hindi available ang serbisyong ito. Pakisubukan ulit mamaya."
    case 20021, 20022: "Hindi mapatakbo ang pag-verify ng mukha sa device na ito sa ngayon. Pakisubukan ulit mamaya."
    case 20023, 20024, 20300, 40000: "Nagkaproblema. Pakisubukan ulit mamaya."
    case 20150: "Hindi magamit ang link na ito. Pakisubukan ulit."
    case 30000: "Hindi namin ma-verify ang iyong mukha. Tiyaking maliwanag at buong nakikita ang iyong mukha, pagkatapos ay subukan ulit."
    case 30001: "Naubusan ng oras. Subukan ulit at iharap agad ang iyong mukha sa camera pagbukas nito."
    case 30002: "Maaaring bahagyang natatakpan ang iyong mukha. Tiyaking walang nakatakip sa iyong mukha, pagkatapos ay subukan ulit."
    case 30003: "Kinansela ang pag-scan ng mukha. Puwede kang sumubok ulit kapag handa ka na."
    case 30004: "Hindi namin maitugma ang iyong mukha. Tiyaking tamang account ang napili mo, pagkatapos ay subukan ulit."
    case 30005: "Mukhang offline ka. Pakitingnan ang iyong koneksyon sa internet at subukan ulit."
    case 30006, 40002: "Hindi magagamit ang device na ito para sa pag-verify ng mukha. Pakisubukan sa ibang device."
    case 30008: "Hindi ka namin nakilala sa pagkakataong ito. Sundin ang gabay sa screen at subukan ulit."
    case 30009: "Kailangan ng pag-verify ng mukha ang iyong camera. Pakipayagan ang access sa camera sa Mga Setting, pagkatapos ay subukan ulit."
    case 30010: "Paki-update ang app sa pinakabagong bersyon para magpatuloy."
    default:
        switch peerCategory(code) {
        case .unknown: "Nagkaproblema. Pakisubukan ulit."
        case .internal: "Nagkaproblema sa panig namin. Pakisubukan ulit mamaya."
        case .integration: "Hindi available ang feature na ito sa ngayon. Pakisubukan ulit mamaya."
        case .user: "Hindi namin makumpleto ang pag-scan ng mukha. Tiyaking maliwanag ang iyong mukha at walang nakaharang sa camera, pagkatapos ay subukan ulit."
        case .antiInject: "Nagkaproblema. Pakisubukan ulit mamaya."
        }
    }
}

func peerUserMessage14(_ code: Int32) -> String {
    switch code {
    case 507: "Un problème est survenu de notre côté. Vérifiez que l’application est à jour, puis réessayez."
    case 512: "Nous n’avons pas pu confirmer votre identité. Assurez-vous que votre visage est bien éclairé, centré et dégagé, puis réessayez."
    case 523, 30007: "Trop de tentatives. Veuillez patienter un peu avant de réessayer."
    case 534: "Votre connexion par reconnaissance faciale n’est plus active. Veuillez la configurer à nouveau pour continuer."
    case 535: "La connexion par reconnaissance faciale n’est plus active sur cet appareil. Veuillez la configurer à nouveau pour continuer."
    case 537: "Un problème est survenu. Veuillez réessayer, ou patienter quelques minutes si le problème persiste."
    case 539: "Ce compte a atteint sa limite d’appareils. Veuillez supprimer un appareil que vous n’utilisez plus, ou contacter l’assistance."
    case 1004: "Nous n’avons pas pu joindre le serveur. Veuillez vérifier votre connexion Internet, puis réessayer."
    case 1131: "La connexion par reconnaissance faciale n’est pas encore configurée sur cet appareil. Veuillez la configurer pour continuer."
    case 1134: "Un problème est survenu. Veuillez réessayer."
    case 1142: "Vérifiez que la date et l’heure de votre appareil sont correctes, puis réessayez. Vous devrez peut-être configurer à nouveau la connexion par reconnaissance faciale."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Un problème est survenu de notre côté. Veuillez réessayer plus tard."
    case 10004: "Impossible d’utiliser la caméra. Veuillez réessayer plus tard."
    case 10100: "La vérification faciale n’a pas pu aboutir. Veuillez réessayer plus tard."
    case 20000: "La connexion par reconnaissance faciale n’est pas encore configurée. Veuillez la configurer pour continuer."
    case 20001: "La connexion par reconnaissance faciale est déjà configurée. Vous pouvez vous connecter avec votre visage."
    case 20002, 20005, 20010: "Cette fonctionnalité n’est pas disponible pour le moment. Veuillez réessayer plus tard."
    case 20013, 40001: "Ce service est temporairement indisponible. Veuillez réessayer plus tard."
    case 20021, 20022: "La vérification faciale n’est pas possible sur cet appareil pour le moment. Veuillez réessayer plus tard."
    case 20023, 20024, 20300, 40000: "Un problème est survenu. Veuillez réessayer plus tard."
    case 20150: "Impossible d’utiliser ce lien. Veuillez réessayer."
    case 30000: "Nous n’avons pas pu vérifier votre visage. Assurez-vous qu’il est bien éclairé et entièrement visible, puis réessayez."
    case 30001: "Le temps est écoulé. Placez votre visage face à la caméra dès qu’elle s’ouvre, puis réessayez."
    case 30002: "Votre visage est peut-être partiellement masqué. Assurez-vous que rien ne le cache, puis réessayez."
    case 30003: "L’analyse du visage a été annulée. Vous pouvez réessayer quand vous le souhaitez."
    case 30004: "Votre visage n’a pas été reconnu. Vérifiez que vous avez choisi le bon compte, puis réessayez."
    case 30005: "Vous semblez être hors ligne. Vérifiez votre connexion Internet, puis réessayez."
    case 30006, 40002: "Cet appareil ne peut pas être utilisé pour la vérification faciale. Veuillez essayer sur un autre appareil."
    case 30008: "La reconnaissance n’a pas abouti cette fois-ci. Suivez les instructions à l’écran, puis réessayez."
    case 30009: "La vérification faciale nécessite votre caméra. Autorisez l’accès à la caméra dans les paramètres de votre téléphone, puis réessayez."
    case 30010: "Veuillez installer la dernière version de l’application pour continuer."
    default:
        switch peerCategory(code) {
        case .unknown: "Un problème est survenu. Veuillez réessayer."
        case .internal: "Un problème est survenu de notre côté. Veuillez réessayer plus tard."
        case .integration: "Cette fonctionnalité n’est pas disponible pour le moment. Veuillez réessayer plus tard."
        case .user: "Nous n’avons pas pu terminer l’analyse du visage. Assurez-vous que votre visage est bien éclairé et que rien ne masque la caméra, puis réessayez."
        case .antiInject: "Un problème est survenu. Veuillez réessayer plus tard."
        }
    }
}

func peerUserMessage15(_ code: Int32) -> String {
    switch code {
    case 507: "Un problème est survenu de notre côté. Assurez-vous que l’application est à jour, puis réessayez."
    case 512: "Nous n’avons pas pu confirmer votre identité. Assurez-vous que votre visage est bien éclairé, centré et dégagé, puis réessayez."
    case 523, 30007: "Trop de tentatives. Veuillez patienter quelques instants avant de réessayer."
    case 534: "Votre connexion par reconnaissance faciale n’est plus active. Veuillez la configurer de nouveau pour continuer."
    case 535: "La connexion par reconnaissance faciale n’est plus active sur cet appareil. Veuillez la configurer de nouveau pour continuer."
    case 537: "Un problème est survenu. Veuillez réessayer, ou attendre quelques minutes si le problème persiste."
    case 539: "Ce compte a atteint le nombre maximal d’appareils. Veuillez retirer un appareil que vous n’utilisez plus, ou communiquer avec le soutien technique."
    case 1004: "Nous n’avons pas pu joindre le serveur. Veuillez vérifier votre connexion Internet, puis réessayer."
    case 1131: "La connexion par reconnaissance faciale n’est pas encore configurée sur cet appareil. Veuillez la configurer pour continuer."
    case 1134: "Un problème est survenu. Veuillez réessayer."
    case 1142: "Vérifiez que la date et l’heure de votre appareil sont exactes, puis réessayez. Vous devrez peut-être configurer de nouveau la connexion par reconnaissance faciale."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Un problème est survenu de notre côté. Veuillez réessayer plus tard."
    case 10004: "Impossible d’utiliser la caméra. Veuillez réessayer plus tard."
    case 10100: "La vérification faciale n’a pas pu être effectuée. Veuillez réessayer plus tard."
    case 20000: "La connexion par reconnaissance faciale n’est pas encore configurée. Veuillez la configurer pour continuer."
    case 20001: "La connexion par reconnaissance faciale est déjà configurée. Vous pouvez vous connecter avec votre visage."
    case 20002, 20005, 20010: "Cette fonction n’est pas disponible présentement. Veuillez réessayer plus tard."
    case 20013, 40001: "Ce service est temporairement indisponible. Veuillez réessayer plus tard."
    case 20021, 20022: "La vérification faciale n’est pas possible sur cet appareil présentement. Veuillez réessayer plus tard."
    case 20023, 20024, 20300, 40000: "Un problème est survenu. Veuillez réessayer plus tard."
    case 20150: "Impossible d’utiliser ce lien. Veuillez réessayer."
    case 30000: "Nous n’avons pas pu vérifier votre visage. Assurez-vous qu’il est bien éclairé et entièrement visible, puis réessayez."
    case 30001: "Le délai est expiré. Placez votre visage devant la caméra dès qu’elle s’ouvre, puis réessayez."
    case 30002: "Votre visage est peut-être partiellement caché. Assurez-vous que rien ne le couvre, puis réessayez."
    case 30003: "L’analyse du visage a été annulée. Vous pouvez réessayer quand vous le voulez."
    case 30004: "Votre visage n’a pas été reconnu. Vérifiez que vous avez choisi le bon compte, puis réessayez."
    case 30005: "Il semble que vous soyez hors ligne. Vérifiez votre connexion Internet, puis réessayez."
    case 30006, 40002: "Cet appareil ne peut pas être utilisé pour la vérification faciale. Veuillez essayer avec un autre appareil."
    case 30008: "La reconnaissance n’a pas fonctionné cette fois-ci. Suivez les instructions à l’écran, puis réessayez."
    case 30009: "La vérification faciale a besoin de votre caméra. Autorisez l’accès à la caméra dans les paramètres de votre cellulaire, puis réessayez."
    case 30010: "Veuillez installer la plus récente version de l’application pour continuer."
    default:
        switch peerCategory(code) {
        case .unknown: "Un problème est survenu. Veuillez réessayer."
        case .internal: "Un problème est survenu de notre côté. Veuillez réessayer plus tard."
        case .integration: "Cette fonction n’est pas disponible présentement. Veuillez réessayer plus tard."
        case .user: "Nous n’avons pas pu terminer l’analyse du visage. Assurez-vous que votre visage est bien éclairé et que rien ne bloque la caméra, puis réessayez."
        case .antiInject: "Un problème est survenu. Veuillez réessayer plus tard."
        }
    }
}

func peerUserMessage16(_ code: Int32) -> String {
    switch code {
    case 507: "משהו השתבש אצלנו. יש לוודא שהאפליקציה מעודכנת לגרסה האחרונה ולנסות שוב."
    case 512: "לא הצלחנו לאמת את זהותך. יש לוודא שהפנים מוארות היטב, במרכז ולא מכוסות, ולנסות שוב."
    case 523, 30007: "יותר מדי ניסיונות. נא להמתין מעט לפני שמנסים שוב."
    case 534: "הכניסה עם זיהוי פנים כבר לא פעילה. כדי להמשיך, יש להגדיר אותה מחדש."
    case 535: "הכניסה עם זיהוי פנים כבר לא פעילה במכשיר הזה. כדי להמשיך, יש להגדיר אותה מחדש."
    case 537: "משהו השתבש. יש לנסות שוב, ואם הבעיה נמשכת, כדאי להמתין כמה דקות."
    case 539: "החשבון הזה הגיע למגבלת המכשירים. יש להסיר מכשיר שכבר לא בשימוש, או לפנות לתמיכה."
    case 1004: "לא הצלחנו להתחבר לשרת. יש לבדוק את החיבור לאינטרנט ולנסות שוב."
    case 1131: "הכניסה עם זיהוי פנים עדיין לא הוגדרה במכשיר הזה. כדי להמשיך, יש להגדיר אותה."
    case 1134: "משהו השתבש. יש לנסות שוב."
    case 1142: "יש לבדוק שהתאריך והשעה במכשיר נכונים ולנסות שוב. ייתכן שיהיה צורך להגדיר מחדש את הכניסה עם זיהוי פנים."
    case 10000, 10001, 10003, 10005, 10006, 10200: "משהו השתבש אצלנו. יש לנסות שוב מאוחר יותר."
    case 10004: "לא ניתן היה להשתמש במצלמה. יש לנסות שוב מאוחר יותר."
    case 10100: "לא ניתן היה להשלים את אימות הפנים. יש לנסות שוב מאוחר יותר."
    case 20000: "הכניסה עם זיהוי פנים עדיין לא הוגדרה. כדי להמשיך, יש להגדיר אותה."
    case 20001: "הכניסה עם זיהוי פנים כבר מוגדרת. אפשר להיכנס באמצעות זיהוי פנים."
    case 20002, 20005, 20010: "התכונה הזו אינה זמינה כרגע. יש לנסות שוב מאוחר יותר."
    case 20013, 40001: "השירות אינו זמין באופן זמני. יש לנסות שוב מאוחר יותר."
    case 20021, 20022: "לא ניתן לבצע אימות פנים במכשיר הזה כרגע. יש לנסות שוב מאוחר יותר."
    case 20023, 20024, 20300, 40000: "משהו השתבש. יש לנסות שוב מאוחר יותר."
    case 20150: "לא ניתן היה להשתמש בקישור הזה. יש לנסות שוב."
    case 30000: "לא הצלחנו לאמת את הפנים. יש לוודא שהפנים מוארות היטב ונראות במלואן, ולנסות שוב."
    case 30001: "הזמן הסתיים. יש לנסות שוב ולהציג את הפנים למצלמה מיד כשהיא נפתחת."
    case 30002: "ייתכן שחלק מהפנים מוסתר. יש לוודא ששום דבר לא מסתיר את הפנים, ולנסות שוב."
    case 30003: "סריקת הפנים בוטלה. אפשר לנסות שוב בכל עת."
    case 30004: "לא הצלחנו להתאים את הפנים. יש לוודא שנבחר החשבון הנכון, ולנסות שוב."
    case 30005: "נראה שאין חיבור לאינטרנט. יש לבדוק את החיבור ולנסות שוב."
    case 30006, 40002: "לא ניתן להשתמש במכשיר הזה לאימות פנים. יש לנסות במכשיר אחר."
    case 30008: "הפעם לא הצלחנו לזהות אותך. יש לפעול לפי ההנחיות שבמסך ולנסות שוב."
    case 30009: "אימות הפנים דורש גישה למצלמה. יש לאשר גישה למצלמה בהגדרות ולנסות שוב."
    case 30010: "כדי להמשיך, יש לעדכן את האפליקציה לגרסה האחרונה."
    default:
        switch peerCategory(code) {
        case .unknown: "משהו השתבש. יש לנסות שוב."
        case .internal: "משהו השתבש אצלנו. יש לנסות שוב מאוחר יותר."
        case .integration: "התכונה הזו אינה זמינה כרגע. יש לנסות שוב מאוחר יותר."
        case .user: "לא הצלחנו להשלים את סריקת הפנים. יש לוודא שהפנים מוארות היטב ושום דבר לא מסתיר את המצלמה, ולנסות שוב."
        case .antiInject: "משהו השתבש. יש לנסות שוב מאוחר יותר."
        }
    }
}

func peerUserMessage17(_ code: Int32) -> String {
    switch code {
    case 507: "Došlo je do pogreške s naše strane. Provjerite je li aplikacija ažurirana i pokušajte ponovno."
    case 512: "Nismo uspjeli potvrditi vaš identitet. Provjerite je li vam lice dobro osvijetljeno, centrirano i nepokriveno pa pokušajte ponovno."
    case 523, 30007: "Previše pokušaja. Pričekajte malo prije nego što pokušate ponovno."
    case 534: "Vaša prijava licem više nije aktivna. Ponovno je postavite da biste nastavili."
    case 535: "Prijava licem više nije aktivna na ovom uređaju. Ponovno je postavite da biste nastavili."
    case 537: "Došlo je do pogreške. Pokušajte ponovno ili, ako se to i dalje događa, pričekajte nekoliko minuta."
    case 539: "Ovaj je račun dosegnuo najveći dopušteni broj uređaja. Uklonite uređaj koji više ne upotrebljavate ili se obratite podršci."
    case 1004: "Nismo uspjeli pristupiti poslužitelju. Provjerite internetsku vezu i pokušajte ponovno."
    case 1131: "Prijava licem još nije postavljena na ovom uređaju. Postavite je da biste nastavili."
    case 1134: "Došlo je do pogreške. Pokušajte ponovno."
    case 1142: "Provjerite jesu li datum i vrijeme na vašem uređaju točni pa pokušajte ponovno. Možda ćete morati ponovno postaviti prijavu licem."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Došlo je do pogreške s naše strane. Pokušajte ponovno kasnije."
    case 10004: "Kameru nije moguće upotrijebiti. Pokušajte ponovno kasnije."
    case 10100: "Provjeru lica nije moguće dovršiti. Pokušajte ponovno kasnije."
    case 20000: "Prijava licem još nije postavljena. Postavite je da biste nastavili."
    case 20001: "Prijava licem već je postavljena. Možete se prijaviti svojim licem."
    case 20002, 20005, 20010: "Ova značajka trenutačno nije dostupna. Pokušajte ponovno kasnije."
    case 20013, 40001: "Ova usluga privremeno nije dostupna. Pokušajte ponovno kasnije."
    case 20021, 20022: "Provjera lica trenutačno nije moguća na ovom uređaju. Pokušajte ponovno kasnije."
    case 20023, 20024, 20300, 40000: "Došlo je do pogreške. Pokušajte ponovno kasnije."
    case 20150: "Ovu poveznicu nije moguće upotrijebiti. Pokušajte ponovno."
    case 30000: "Nismo uspjeli provjeriti vaše lice. Provjerite je li dobro osvijetljeno i potpuno vidljivo pa pokušajte ponovno."
    case 30001: "Vrijeme je isteklo. Usmjerite lice prema kameri čim se otvori pa pokušajte ponovno."
    case 30002: "Lice vam je možda djelomično prekriveno. Provjerite da vam ništa ne prekriva lice pa pokušajte ponovno."
    case 30003: "Skeniranje lica je otkazano. Možete pokušati ponovno kad god želite."
    case 30004: "Nismo uspjeli prepoznati vaše lice. Provjerite jeste li odabrali pravi račun pa pokušajte ponovno."
    case 30005: "Čini se da niste povezani s internetom. Provjerite internetsku vezu i pokušajte ponovno."
    case 30006, 40002: "Ovaj uređaj nije moguće upotrebljavati za provjeru lica. Pokušajte na drugom uređaju."
    case 30008: "Ovaj vas put nismo uspjeli prepoznati. Slijedite upute na zaslonu i pokušajte ponovno."
    case 30009: "Za provjeru lica potrebna je kamera. Dopustite pristup kameri u postavkama telefona pa pokušajte ponovno."
    case 30010: "Ažurirajte aplikaciju na najnoviju verziju da biste nastavili."
    default:
        switch peerCategory(code) {
        case .unknown: "Došlo je do pogreške. Pokušajte ponovno."
        case .internal: "Došlo je do pogreške s naše strane. Pokušajte ponovno kasnije."
        case .integration: "Ova značajka trenutačno nije dostupna. Pokušajte ponovno kasnije."
        case .user: "Nismo uspjeli dovršiti skeniranje lica. Provjerite je li vam lice dobro osvijetljeno te da ništa ne zaklanja kameru pa pokušajte ponovno."
        case .antiInject: "Došlo je do pogreške. Pokušajte ponovno kasnije."
        }
    }
}

func peerUserMessage18(_ code: Int32) -> String {
    switch code {
    case 507: "Hiba történt a mi oldalunkon. Győződjön meg róla, hogy az alkalmazás naprakész, majd próbálja újra."
    case 512: "Nem sikerült megerősíteni a személyazonosságát. Győződjön meg róla, hogy az arca jól megvilágított, középen van és nincs eltakarva, majd próbálja újra."
    case 523, 30007: "Túl sok próbálkozás. Várjon egy kicsit, mielőtt újra próbálkozna."
    case 534: "Az arcfelismeréses bejelentkezése már nem aktív. A folytatáshoz állítsa be újra."
    case 535: "Az arcfelismeréses bejelentkezés már nem aktív ezen az eszközön. A folytatáshoz állítsa be újra."
    case 537: "Hiba történt. Próbálja újra, vagy ha a hiba továbbra is fennáll, várjon néhány percet."
    case 539: "Ez a fiók elérte az eszközök maximális számát. Távolítson el egy már nem használt eszközt, vagy forduljon az ügyfélszolgálathoz."
    case 1004: "Nem sikerült elérni a szervert. Ellenőrizze az internetkapcsolatát, majd próbálja újra."
    case 1131: "Az arcfelismeréses bejelentkezés még nincs beállítva ezen az eszközön. A folytatáshoz állítsa be."
    case 1134: "Hiba történt. Próbálja újra."
    case 1142: "Ellenőrizze, hogy helyes-e az eszköz dátuma és ideje, majd próbálja újra. Lehet, hogy újra be kell állítania az arcfelismeréses bejelentkezést."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Hiba történt a mi oldalunkon. Próbálja újra később."
    case 10004: "Nem sikerült használni a kamerát. Próbálja újra később."
    case 10100: "Az arcellenőrzést nem sikerült befejezni. Próbálja újra később."
    case 20000: "Az arcfelismeréses bejelentkezés még nincs beállítva. A folytatáshoz állítsa be."
    case 20001: "Az arcfelismeréses bejelentkezés már be van állítva. Bejelentkezhet az arcával."
    case 20002, 20005, 20010: "Ez a funkció jelenleg nem érhető el. Próbálja újra később."
    case 20013, 40001: "A szolgáltatás átmenetileg nem érhető el. Próbálja újra később."
    case 20021, 20022: "Az arcellenőrzés jelenleg nem futtatható ezen az eszközön. Próbálja újra később."
    case 20023, 20024, 20300, 40000: "Hiba történt. Próbálja újra később."
    case 20150: "Ezt a linket nem sikerült megnyitni. Próbálja újra."
    case 30000: "Nem sikerült ellenőrizni az arcát. Győződjön meg róla, hogy az arca jól megvilágított és teljesen látható, majd próbálja újra."
    case 30001: "Lejárt az idő. Amint megnyílik a kamera, tartsa elé az arcát, majd próbálja újra."
    case 30002: "Lehet, hogy az arca részben takarva van. Győződjön meg róla, hogy semmi sem takarja el az arcát, majd próbálja újra."
    case 30003: "Az arcszkennelés megszakadt. Újra megpróbálhatja, amikor készen áll."
    case 30004: "Nem sikerült azonosítani az arcát. Ellenőrizze, hogy a megfelelő fiókot választotta-e, majd próbálja újra."
    case 30005: "Úgy tűnik, nincs internetkapcsolat. Ellenőrizze az internetkapcsolatát, majd próbálja újra."
    case 30006, 40002: "Ez az eszköz nem használható arcellenőrzésre. Próbálja meg egy másik eszközön."
    case 30008: "Ezúttal nem sikerült felismerni Önt. Kövesse a képernyőn megjelenő útmutatást, majd próbálja újra."
    case 30009: "Az arcellenőrzéshez szükség van a kamerára. Engedélyezze a kamera használatát a telefon beállításaiban, majd próbálja újra."
    case 30010: "A folytatáshoz frissítse az alkalmazást a legújabb verzióra."
    default:
        switch peerCategory(code) {
        case .unknown: "Hiba történt. Próbálja újra."
        case .internal: "Hiba történt a mi oldalunkon. Próbálja újra később."
        case .integration: "Ez a funkció jelenleg nem érhető el. Próbálja újra később."
        case .user: "Nem sikerült befejezni az arcszkennelést. Győződjön meg róla, hogy az arca jól megvilágított, és semmi sem takarja a kamerát, majd próbálja újra."
        case .antiInject: "Hiba történt. Próbálja újra később."
        }
    }
}

func peerUserMessage19(_ code: Int32) -> String {
    switch code {
    case 507: "Terjadi kesalahan pada sistem kami. Pastikan aplikasi Anda sudah diperbarui ke versi terbaru, lalu coba lagi."
    case 512: "Kami tidak dapat memastikan bahwa ini Anda. Pastikan wajah Anda cukup terang, berada di tengah, dan tidak tertutup, lalu coba lagi."
    case 523, 30007: "Terlalu banyak percobaan. Harap tunggu sebentar sebelum mencoba lagi."
    case 534: "Fitur masuk dengan wajah Anda sudah tidak aktif. Silakan daftarkan ulang untuk melanjutkan."
    case 535: "Fitur masuk dengan wajah sudah tidak aktif di perangkat ini. Silakan daftarkan ulang untuk melanjutkan."
    case 537: "Terjadi kesalahan. Silakan coba lagi, atau tunggu beberapa menit jika masalah berlanjut."
    case 539: "Akun ini telah mencapai batas jumlah perangkat. Hapus perangkat yang tidak lagi Anda gunakan, atau hubungi layanan pelanggan."
    case 1004: "Kami tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi."
    case 1131: "Fitur masuk dengan wajah belum didaftarkan di perangkat ini. Silakan daftarkan untuk melanjutkan."
    case 1134: "Terjadi kesalahan. Silakan coba lagi."
    case 1142: "Pastikan tanggal dan waktu di perangkat Anda sudah benar, lalu coba lagi. Anda mungkin perlu mendaftarkan ulang fitur masuk dengan wajah."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Terjadi kesalahan pada sistem kami. Silakan coba lagi nanti."
    case 10004: "Kamera tidak dapat digunakan. Silakan coba lagi nanti."
    case 10100: "Verifikasi wajah tidak dapat diselesaikan. Silakan coba lagi nanti."
    case 20000: "Fitur masuk dengan wajah belum didaftarkan. Silakan daftarkan untuk melanjutkan."
    case 20001: "Fitur masuk dengan wajah sudah terdaftar. Anda dapat masuk dengan wajah Anda."
    case 20002, 20005, 20010: "Fitur ini sedang tidak tersedia. Silakan coba lagi nanti."
    case 20013, 40001: "Layanan ini untuk sementara tidak tersedia. Silakan coba lagi nanti."
    case 20021, 20022: "Verifikasi wajah belum dapat dijalankan di perangkat ini. Silakan coba lagi nanti."
    case 20023, 20024, 20300, 40000: "Terjadi kesalahan. Silakan coba lagi nanti."
    case 20150: "Tautan ini tidak dapat digunakan. Silakan coba lagi."
    case 30000: "Kami tidak dapat memverifikasi wajah Anda. Pastikan wajah Anda cukup terang dan terlihat sepenuhnya, lalu coba lagi."
    case 30001: "Waktu habis. Pastikan wajah Anda terlihat segera setelah kamera terbuka, lalu coba lagi."
    case 30002: "Wajah Anda mungkin tertutup sebagian. Pastikan tidak ada yang menutupi wajah Anda, lalu coba lagi."
    case 30003: "Pemindaian wajah dibatalkan. Anda dapat mencoba lagi kapan pun Anda siap."
    case 30004: "Kami tidak dapat mencocokkan wajah Anda. Periksa apakah Anda memilih akun yang benar, lalu coba lagi."
    case 30005: "Sepertinya Anda sedang offline. Periksa koneksi internet Anda, lalu coba lagi."
    case 30006, 40002: "Perangkat ini tidak dapat digunakan untuk verifikasi wajah. Silakan coba di perangkat lain."
    case 30008: "Kali ini kami tidak dapat mengenali Anda. Ikuti petunjuk di layar, lalu coba lagi."
    case 30009: "Verifikasi wajah memerlukan kamera Anda. Izinkan akses kamera di Pengaturan, lalu coba lagi."
    case 30010: "Silakan perbarui aplikasi ke versi terbaru untuk melanjutkan."
    default:
        switch peerCategory(code) {
        case .unknown: "Terjadi kesalahan. Silakan coba lagi."
        case .internal: "Terjadi kesalahan pada sistem kami. Silakan coba lagi nanti."
        case .integration: "Fitur ini sedang tidak tersedia. Silakan coba lagi nanti."
        case .user: "Kami tidak dapat menyelesaikan pemindaian wajah. Pastikan wajah Anda cukup terang dan tidak ada yang menghalangi kamera, lalu coba lagi."
        case .antiInject: "Terjadi kesalahan. Silakan coba lagi nanti."
        }
    }
}

func peerUserMessage20(_ code: Int32) -> String {
    switch code {
    case 507: "Si è verificato un problema da parte nostra. Assicurati che l’app sia aggiornata e riprova."
    case 512: "Non siamo riusciti a confermare la tua identità. Assicurati che il volto sia ben illuminato, centrato e scoperto, poi riprova."
    case 523, 30007: "Troppi tentativi. Attendi qualche istante prima di riprovare."
    case 534: "Il tuo accesso con riconoscimento facciale non è più attivo. Configuralo di nuovo per continuare."
    case 535: "L’accesso con riconoscimento facciale non è più attivo su questo dispositivo. Configuralo di nuovo per continuare."
    case 537: "Si è verificato un problema. Riprova oppure, se il problema persiste, attendi qualche minuto."
    case 539: "Questo account ha raggiunto il limite di dispositivi. Rimuovi un dispositivo che non usi più o contatta l’assistenza."
    case 1004: "Non siamo riusciti a raggiungere il server. Controlla la connessione a Internet e riprova."
    case 1131: "L’accesso con riconoscimento facciale non è ancora configurato su questo dispositivo. Configuralo per continuare."
    case 1134: "Si è verificato un problema. Riprova."
    case 1142: "Controlla che la data e l’ora del dispositivo siano corrette, poi riprova. Potrebbe essere necessario configurare di nuovo l’accesso con riconoscimento facciale."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Si è verificato un problema da parte nostra. Riprova più tardi."
    case 10004: "Non è stato possibile usare la fotocamera. Riprova più tardi."
    case 10100: "Non è stato possibile completare la verifica del volto. Riprova più tardi."
    case 20000: "L’accesso con riconoscimento facciale non è ancora configurato. Configuralo per continuare."
    case 20001: "L’accesso con riconoscimento facciale è già configurato. Puoi accedere con il tuo volto."
    case 20002, 20005, 20010: "Questa funzione non è disponibile al momento. Riprova più tardi."
    case 20013, 40001: "Questo servizio è temporaneamente non disponibile. Riprova più tardi."
    case 20021, 20022: "Al momento non è possibile eseguire la verifica del volto su questo dispositivo. Riprova più tardi."
    case 20023, 20024, 20300, 40000: "Si è verificato un problema. Riprova più tardi."
    case 20150: "Non è stato possibile usare questo link. Riprova."
    case 30000: "Non siamo riusciti a verificare il tuo volto. Assicurati che sia ben illuminato e completamente visibile, poi riprova."
    case 30001: "Tempo scaduto. Inquadra il volto non appena si apre la fotocamera, poi riprova."
    case 30002: "Il tuo volto potrebbe essere parzialmente coperto. Assicurati che nulla lo nasconda, poi riprova."
    case 30003: "La scansione del volto è stata annullata. Puoi riprovare quando vuoi."
    case 30004: "Non siamo riusciti a riconoscere il tuo volto. Controlla di aver scelto l’account giusto, poi riprova."
    case 30005: "Sembra che tu sia offline. Controlla la connessione a Internet e riprova."
    case 30006, 40002: "Questo dispositivo non può essere usato per la verifica del volto. Prova con un altro dispositivo."
    case 30008: "Questa volta non siamo riusciti a riconoscerti. Segui le indicazioni sullo schermo e riprova."
    case 30009: "Per la verifica del volto serve la fotocamera. Consenti l’accesso alla fotocamera nelle impostazioni del telefono, poi riprova."
    case 30010: "Aggiorna l’app all’ultima versione per continuare."
    default:
        switch peerCategory(code) {
        case .unknown: "Si è verificato un problema. Riprova."
        case .internal: "Si è verificato un problema da parte nostra. Riprova più tardi."
        case .integration: "Questa funzione non è disponibile al momento. Riprova più tardi."
        case .user: "Non siamo riusciti a completare la scansione del volto. Assicurati che il volto sia ben illuminato e che nulla copra la fotocamera, poi riprova."
        case .antiInject: "Si è verificato un problema. Riprova più tardi."
        }
    }
}

func peerUserMessage21(_ code: Int32) -> String {
    switch code {
    case 507: "システムで問題が発生しました。アプリが最新バージョンであることを確認して、もう一度お試しください。"
    case 512: "ご本人であることを確認できませんでした。顔が明るく照らされ、中央に収まり、隠れていないことを確認して、もう一度お試しください。"
    case 523, 30007: "試行回数が多すぎます。しばらく待ってから、もう一度お試しください。"
    case 534: "顔認証ログインが無効になりました。続けるには、もう一度登録してください。"
    case 535: "この端末では顔認証ログインが無効になりました。続けるには、もう一度登録してください。"
    case 537: "問題が発生しました。もう一度お試しください。繰り返し発生する場合は、数分待ってからお試しください。"
    case 539: "このアカウントで使用できる端末数の上限に達しました。使用していない端末を削除するか、サポートにお問い合わせください。"
    case 1004: "サーバーに接続できませんでした。インターネット接続を確認して、もう一度お試しください。"
    case 1131: "この端末では顔認証ログインがまだ登録されていません。続けるには登録してください。"
    case 1134: "問題が発生しました。もう一度お試しください。"
    case 1142: "端末の日付と時刻が正しいことを確認して、もう一度お試しください。顔認証ログインの再登録が必要な場合があります。"
    case 10000, 10001, 10003, 10005, 10006, 10200: "システムで問題が発生しました。しばらくしてからもう一度お試しください。"
    case 10004: "カメラを使用できませんでした。しばらくしてからもう一度お試しください。"
    case 10100: "顔認証を完了できませんでした。しばらくしてからもう一度お試しください。"
    case 20000: "顔認証ログインがまだ登録されていません。続けるには登録してください。"
    case 20001: "顔認証ログインは登録済みです。顔でログインできます。"
    case 20002, 20005, 20010: "この機能は現在ご利用いただけません。しばらくしてからもう一度お試しください。"
    case 20013, 40001: "このサービスは一時的にご利用いただけません。しばらくしてからもう一度お試しください。"
    case 20021, 20022: "現在、この端末では顔認証を実行できません。しばらくしてからもう一度お試しください。"
    case 20023, 20024, 20300, 40000: "問題が発生しました。しばらくしてからもう一度お試しください。"
    case 20150: "このリンクを使用できませんでした。もう一度お試しください。"
    case 30000: "顔を確認できませんでした。顔が明るく照らされ、全体がはっきり映っていることを確認して、もう一度お試しください。"
    case 30001: "時間切れになりました。カメラが起動したらすぐに顔が映るようにして、もう一度お試しください。"
    case 30002: "顔の一部が隠れている可能性があります。顔を隠すものがないことを確認して、もう一度お試しください。"
    case 30003: "顔スキャンがキャンセルされました。準備ができたら、いつでももう一度お試しいただけます。"
    case 30004: "顔を照合できませんでした。正しいアカウントを選択していることを確認して、もう一度お試しください。"
    case 30005: "オフラインになっているようです。インターネット接続を確認して、もう一度お試しください。"
    case 30006, 40002: "この端末は顔認証に使用できません。別の端末でお試しください。"
    case 30008: "今回はご本人を認識できませんでした。画面の案内に従って、もう一度お試しください。"
    case 30009: "顔認証にはカメラが必要です。「設定」でカメラへのアクセスを許可してから、もう一度お試しください。"
    case 30010: "続けるには、アプリを最新バージョンにアップデートしてください。"
    default:
        switch peerCategory(code) {
        case .unknown: "問題が発生しました。もう一度お試しください。"
        case .internal: "システムで問題が発生しました。しばらくしてからもう一度お試しください。"
        case .integration: "この機能は現在ご利用いただけません。しばらくしてからもう一度お試しください。"
        case .user: "顔スキャンを完了できませんでした。顔が明るく照らされ、カメラを遮るものがないことを確認して、もう一度お試しください。"
        case .antiInject: "問題が発生しました。しばらくしてからもう一度お試しください。"
        }
    }
}

func peerUserMessage22(_ code: Int32) -> String {
    switch code {
    case 507: "저희 측에서 문제가 발생했습니다. 앱이 최신 버전인지 확인한 후 다시 시도해 주세요."
    case 512: "본인 확인을 하지 못했습니다. 얼굴이 밝게 비치고 화면 중앙에 있으며 가려지지 않았는지 확인한 후 다시 시도해 주세요."
    case 523, 30007: "시도 횟수가 너무 많습니다. 잠시 기다린 후 다시 시도해 주세요."
    case 534: "얼굴 로그인을 더 이상 사용할 수 없습니다. 계속하려면 다시 등록해 주세요."
    case 535: "이 기기에서 얼굴 로그인을 더 이상 사용할 수 없습니다. 계속하려면 다시 등록해 주세요."
    case 537: "문제가 발생했습니다. 다시 시도해 주세요. 문제가 계속되면 몇 분 후에 시도해 주세요."
    case 539: "이 계정에 등록할 수 있는 기기 수가 한도에 도달했습니다. 더 이상 사용하지 않는 기기를 삭제하거나 고객 지원팀에 문의해 주세요."
    case 1004: "서버에 연결하지 못했습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요."
    case 1131: "이 기기에 얼굴 로그인이 아직 등록되지 않았습니다. 계속하려면 등록해 주세요."
    case 1134: "문제가 발생했습니다. 다시 시도해 주세요."
    case 1142: "기기의 날짜와 시간이 올바른지 확인한 후 다시 시도해 주세요. 얼굴 로그인을 다시 등록해야 할 수도 있습니다."
    case 10000, 10001, 10003, 10005, 10006, 10200: "저희 측에서 문제가 발생했습니다. 잠시 후 다시 시도해 주세요."
    case 10004: "카메라를 사용할 수 없습니다. 잠시 후 다시 시도해 주세요."
    case 10100: "얼굴 인증을 완료하지 못했습니다. 잠시 후 다시 시도해 주세요."
    case 20000: "얼굴 로그인이 아직 등록되지 않았습니다. 계속하려면 등록해 주세요."
    case 20001: "얼굴 로그인이 이미 등록되어 있습니다. 얼굴로 로그인할 수 있습니다."
    case 20002, 20005, 20010: "지금은 이 기능을 사용할 수 없습니다. 잠시 후 다시 시도해 주세요."
    case 20013, 40001: "일시적으로 서비스를 이용할 수 없습니다. 잠시 후 다시 시도해 주세요."
    case 20021, 20022: "지금은 이 기기에서 얼굴 인증을 진행할 수 없습니다. 잠시 후 다시 시도해 주세요."
    case 20023, 20024, 20300, 40000: "문제가 발생했습니다. 잠시 후 다시 시도해 주세요."
    case 20150: "이 링크를 사용할 수 없습니다. 다시 시도해 주세요."
    case 30000: "얼굴을 확인하지 못했습니다. 얼굴이 밝게 비치고 전체가 잘 보이는지 확인한 후 다시 시도해 주세요."
    case 30001: "시간이 초과되었습니다. 카메라가 켜지면 바로 얼굴이 화면 안에 들어오도록 한 후 다시 시도해 주세요."
    case 30002: "얼굴 일부가 가려진 것 같습니다. 얼굴을 가리는 것이 없는지 확인한 후 다시 시도해 주세요."
    case 30003: "얼굴 스캔이 취소되었습니다. 준비되면 언제든지 다시 시도할 수 있습니다."
    case 30004: "얼굴이 일치하는지 확인하지 못했습니다. 올바른 계정을 선택했는지 확인한 후 다시 시도해 주세요."
    case 30005: "오프라인 상태인 것 같습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요."
    case 30006, 40002: "이 기기에서는 얼굴 인증을 사용할 수 없습니다. 다른 기기에서 시도해 주세요."
    case 30008: "이번에는 본인을 인식하지 못했습니다. 화면의 안내에 따라 다시 시도해 주세요."
    case 30009: "얼굴 인증에는 카메라가 필요합니다. 설정에서 카메라 접근을 허용한 후 다시 시도해 주세요."
    case 30010: "계속하려면 앱을 최신 버전으로 업데이트해 주세요."
    default:
        switch peerCategory(code) {
        case .unknown: "문제가 발생했습니다. 다시 시도해 주세요."
        case .internal: "저희 측에서 문제가 발생했습니다. 잠시 후 다시 시도해 주세요."
        case .integration: "지금은 이 기능을 사용할 수 없습니다. 잠시 후 다시 시도해 주세요."
        case .user: "얼굴 스캔을 완료하지 못했습니다. 얼굴이 밝게 비치고 카메라를 가리는 것이 없는지 확인한 후 다시 시도해 주세요."
        case .antiInject: "문제가 발생했습니다. 잠시 후 다시 시도해 주세요."
        }
    }
}

func peerUserMessage23(_ code: Int32) -> String {
    switch code {
    case 507: "Mūsų pusėje įvyko klaida. Įsitikinkite, kad programėlė atnaujinta, ir bandykite dar kartą."
    case 512: "Nepavyko patvirtinti, kad tai jūs. Įsitikinkite, kad jūsų veidas gerai apšviestas, kadro centre ir neuždengtas, tada bandykite dar kartą."
    case 523, 30007: "Per daug bandymų. Šiek tiek palaukite ir bandykite dar kartą."
    case 534: "Jūsų prisijungimas veidu nebeaktyvus. Norėdami tęsti, nustatykite jį iš naujo."
    case 535: "Prisijungimas veidu šiame įrenginyje nebeaktyvus. Norėdami tęsti, nustatykite jį iš naujo."
    case 537: "Įvyko klaida. Bandykite dar kartą arba, jei klaida kartojasi, palaukite kelias minutes."
    case 539: "Ši paskyra pasiekė įrenginių limitą. Pašalinkite nebenaudojamą įrenginį arba susisiekite su pagalbos tarnyba."
    case 1004: "Nepavyko pasiekti serverio. Patikrinkite interneto ryšį ir bandykite dar kartą."
    case 1131: "Prisijungimas veidu šiame įrenginyje dar nenustatytas. Norėdami tęsti, nustatykite jį."
    case 1134: "Įvyko klaida. Bandykite dar kartą."
    case 1142: "Patikrinkite, ar jūsų įrenginio data ir laikas teisingi, tada bandykite dar kartą. Gali reikėti iš naujo nustatyti prisijungimą veidu."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Mūsų pusėje įvyko klaida. Bandykite dar kartą vėliau."
    case 10004: "Nepavyko naudoti kameros. Bandykite dar kartą vėliau."
    case 10100: "Nepavyko užbaigti veido patvirtinimo. Bandykite dar kartą vėliau."
    case 20000: "Prisijungimas veidu dar nenustatytas. Norėdami tęsti, nustatykite jį."
    case 20001: "Prisijungimas veidu jau nustatytas. Galite prisijungti savo veidu."
    case 20002, 20005, 20010: "Ši funkcija šiuo metu nepasiekiama. Bandykite dar kartą vėliau."
    case 20013, 40001: "Paslauga laikinai nepasiekiama. Bandykite dar kartą vėliau."
    case 20021, 20022: "Šiuo metu veido patvirtinimas šiame įrenginyje neveikia. Bandykite dar kartą vėliau."
    case 20023, 20024, 20300, 40000: "Įvyko klaida. Bandykite dar kartą vėliau."
    case 20150: "Nepavyko panaudoti šios nuorodos. Bandykite dar kartą."
    case 30000: "Nepavyko patvirtinti jūsų veido. Įsitikinkite, kad veidas gerai apšviestas ir visiškai matomas, tada bandykite dar kartą."
    case 30001: "Baigėsi laikas. Bandykite dar kartą ir, kai tik atsidarys kamera, laikykite veidą kadre."
    case 30002: "Jūsų veidas gali būti iš dalies uždengtas. Įsitikinkite, kad niekas neužstoja veido, tada bandykite dar kartą."
    case 30003: "Veido skenavimas atšauktas. Galite bandyti dar kartą, kai tik būsite pasiruošę."
    case 30004: "Jūsų veidas nesutapo. Patikrinkite, ar pasirinkote tinkamą paskyrą, tada bandykite dar kartą."
    case 30005: "Atrodo, kad nesate prisijungę prie interneto. Patikrinkite interneto ryšį ir bandykite dar kartą."
    case 30006, 40002: "Šio įrenginio negalima naudoti veido patvirtinimui. Pabandykite kitame įrenginyje."
    case 30008: "Šį kartą nepavyko jūsų atpažinti. Vadovaukitės nurodymais ekrane ir bandykite dar kartą."
    case 30009: "Veido patvirtinimui reikia jūsų kameros. Nustatymuose leiskite prieigą prie kameros, tada bandykite dar kartą."
    case 30010: "Norėdami tęsti, atnaujinkite programėlę iki naujausios versijos."
    default:
        switch peerCategory(code) {
        case .unknown: "Įvyko klaida. Bandykite dar kartą."
        case .internal: "Mūsų pusėje įvyko klaida. Bandykite dar kartą vėliau."
        case .integration: "Ši funkcija šiuo metu nepasiekiama. Bandykite dar kartą vėliau."
        case .user: "Nepavyko užbaigti veido skenavimo. Įsitikinkite, kad veidas gerai apšviestas ir niekas neužstoja kameros, tada bandykite dar kartą."
        case .antiInject: "Įvyko klaida. Bandykite dar kartą vėliau."
        }
    }
}

func peerUserMessage24(_ code: Int32) -> String {
    switch code {
    case 507: "Mūsu pusē radās kļūda. Lūdzu, pārliecinieties, ka lietotne ir atjaunināta, un mēģiniet vēlreiz."
    case 512: "Mēs nevarējām apstiprināt, ka tas esat jūs. Pārliecinieties, ka jūsu seja ir labi apgaismota, centrēta un neaizsegta, un mēģiniet vēlreiz."
    case 523, 30007: "Pārāk daudz mēģinājumu. Lūdzu, nedaudz uzgaidiet, pirms mēģināt vēlreiz."
    case 534: "Jūsu pierakstīšanās ar seju vairs nav aktīva. Lai turpinātu, lūdzu, iestatiet to atkārtoti."
    case 535: "Pierakstīšanās ar seju šajā ierīcē vairs nav aktīva. Lai turpinātu, lūdzu, iestatiet to atkārtoti."
    case 537: "Radās kļūda. Lūdzu, mēģiniet vēlreiz vai, ja kļūda atkārtojas, uzgaidiet dažas minūtes."
    case 539: "Šajā kontā ir sasniegts ierīču skaita ierobežojums. Lūdzu, noņemiet ierīci, kuru vairs neizmantojat, vai sazinieties ar atbalsta dienestu."
    case 1004: "Neizdevās sazināties ar serveri. Lūdzu, pārbaudiet interneta savienojumu un mēģiniet vēlreiz."
    case 1131: "Pierakstīšanās ar seju šajā ierīcē vēl nav iestatīta. Lai turpinātu, lūdzu, iestatiet to."
    case 1134: "Radās kļūda. Lūdzu, mēģiniet vēlreiz."
    case 1142: "Lūdzu, pārbaudiet, vai ierīces datums un laiks ir pareizi, un mēģiniet vēlreiz. Iespējams, pierakstīšanās ar seju būs jāiestata atkārtoti."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Mūsu pusē radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk."
    case 10004: "Kameru neizdevās izmantot. Lūdzu, mēģiniet vēlreiz vēlāk."
    case 10100: "Sejas verifikāciju neizdevās pabeigt. Lūdzu, mēģiniet vēlreiz vēlāk."
    case 20000: "Pierakstīšanās ar seju vēl nav iestatīta. Lai turpinātu, lūdzu, iestatiet to."
    case 20001: "Pierakstīšanās ar seju jau ir iestatīta. Varat pierakstīties ar savu seju."
    case 20002, 20005, 20010: "Šī funkcija pašlaik nav pieejama. Lūdzu, mēģiniet vēlreiz vēlāk."
    case 20013, 40001: "Pakalpojums īslaicīgi nav pieejams. Lūdzu, mēģiniet vēlreiz vēlāk."
    case 20021, 20022: "Sejas verifikācija šajā ierīcē pašlaik nav iespējama. Lūdzu, mēģiniet vēlreiz vēlāk."
    case 20023, 20024, 20300, 40000: "Radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk."
    case 20150: "Šo saiti neizdevās izmantot. Lūdzu, mēģiniet vēlreiz."
    case 30000: "Mēs nevarējām verificēt jūsu seju. Pārliecinieties, ka jūsu seja ir labi apgaismota un pilnībā redzama, un mēģiniet vēlreiz."
    case 30001: "Laiks beidzās. Mēģiniet vēlreiz un turiet seju kadrā, tiklīdz atveras kamera."
    case 30002: "Iespējams, jūsu seja ir daļēji aizsegta. Pārliecinieties, ka nekas neaizsedz jūsu seju, un mēģiniet vēlreiz."
    case 30003: "Sejas skenēšana tika atcelta. Varat mēģināt vēlreiz, kad vien vēlaties."
    case 30004: "Jūsu seja nesakrita. Pārbaudiet, vai izvēlējāties pareizo kontu, un mēģiniet vēlreiz."
    case 30005: "Šķiet, ka esat bezsaistē. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz."
    case 30006, 40002: "Šo ierīci nevar izmantot sejas verifikācijai. Lūdzu, mēģiniet citā ierīcē."
    case 30008: "Šoreiz mēs jūs neatpazinām. Izpildiet norādījumus ekrānā un mēģiniet vēlreiz."
    case 30009: "Sejas verifikācijai nepieciešama jūsu kamera. Lūdzu, atļaujiet piekļuvi kamerai iestatījumos un mēģiniet vēlreiz."
    case 30010: "Lai turpinātu, lūdzu, atjauniniet lietotni uz jaunāko versiju."
    default:
        switch peerCategory(code) {
        case .unknown: "Radās kļūda. Lūdzu, mēģiniet vēlreiz."
        case .internal: "Mūsu pusē radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk."
        case .integration: "Šī funkcija pašlaik nav pieejama. Lūdzu, mēģiniet vēlreiz vēlāk."
        case .user: "Neizdevās pabeigt sejas skenēšanu. Pārliecinieties, ka jūsu seja ir labi apgaismota un nekas neaizsedz kameru, un mēģiniet vēlreiz."
        case .antiInject: "Radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk."
        }
    }
}

func peerUserMessage25(_ code: Int32) -> String {
    switch code {
    case 507: "Berlaku ralat pada sistem kami. Sila pastikan aplikasi telah dikemas kini, kemudian cuba lagi."
    case 512: "Kami tidak dapat mengesahkan bahawa ini anda. Pastikan muka anda diterangi dengan baik, berada di tengah dan tidak terlindung, kemudian cuba lagi."
    case 523, 30007: "Terlalu banyak percubaan. Sila tunggu sebentar sebelum mencuba lagi."
    case 534: "Log masuk muka anda tidak lagi aktif. Sila sediakannya semula untuk meneruskan."
    case 535: "Log masuk muka tidak lagi aktif pada peranti ini. Sila sediakannya semula untuk meneruskan."
    case 537: "Berlaku ralat. Sila cuba lagi, atau tunggu beberapa minit jika masalah berterusan."
    case 539: "Akaun ini telah mencapai had bilangan peranti. Sila alih keluar peranti yang tidak lagi digunakan, atau hubungi khidmat pelanggan."
    case 1004: "Kami tidak dapat menghubungi pelayan. Sila semak sambungan internet anda dan cuba lagi."
    case 1131: "Log masuk muka belum disediakan pada peranti ini. Sila sediakannya untuk meneruskan."
    case 1134: "Berlaku ralat. Sila cuba lagi."
    case 1142: "Sila semak sama ada tarikh dan masa pada peranti anda betul, kemudian cuba lagi. Anda mungkin perlu menyediakan semula log masuk muka."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Berlaku ralat pada sistem kami. Sila cuba lagi kemudian."
    case 10004: "Kamera tidak dapat digunakan. Sila cuba lagi kemudian."
    case 10100: "Pengesahan muka tidak dapat diselesaikan. Sila cuba lagi kemudian."
    case 20000: "Log masuk muka belum disediakan. Sila sediakannya untuk meneruskan."
    case 20001: "Log masuk muka sudah disediakan. Anda boleh log masuk dengan muka anda."
    case 20002, 20005, 20010: "Ciri ini tidak tersedia buat masa ini. Sila cuba lagi kemudian."
    case 20013, 40001: "Perkhidmatan ini tidak tersedia buat sementara waktu. Sila cuba lagi kemudian."
    case 20021, 20022: "Pengesahan muka tidak dapat dijalankan pada peranti ini buat masa ini. Sila cuba lagi kemudian."
    case 20023, 20024, 20300, 40000: "Berlaku ralat. Sila cuba lagi kemudian."
    case 20150: "Pautan ini tidak dapat digunakan. Sila cuba lagi."
    case 30000: "Kami tidak dapat mengesahkan muka anda. Pastikan muka anda diterangi dengan baik dan kelihatan sepenuhnya, kemudian cuba lagi."
    case 30001: "Masa telah tamat. Pastikan muka anda kelihatan sebaik sahaja kamera dibuka, kemudian cuba lagi."
    case 30002: "Muka anda mungkin terlindung sebahagiannya. Pastikan tiada apa-apa yang menutup muka anda, kemudian cuba lagi."
    case 30003: "Imbasan muka telah dibatalkan. Anda boleh cuba lagi bila-bila masa anda bersedia."
    case 30004: "Kami tidak dapat memadankan muka anda. Semak sama ada anda telah memilih akaun yang betul, kemudian cuba lagi."
    case 30005: "Nampaknya anda berada di luar talian. Semak sambungan internet anda dan cuba lagi."
    case 30006, 40002: "Peranti ini tidak boleh digunakan untuk pengesahan muka. Sila cuba pada peranti lain."
    case 30008: "Kami tidak dapat mengecam anda kali ini. Ikut panduan pada skrin dan cuba lagi."
    case 30009: "Pengesahan muka memerlukan kamera anda. Sila benarkan akses kamera dalam Tetapan, kemudian cuba lagi."
    case 30010: "Sila kemas kini aplikasi kepada versi terkini untuk meneruskan."
    default:
        switch peerCategory(code) {
        case .unknown: "Berlaku ralat. Sila cuba lagi."
        case .internal: "Berlaku ralat pada sistem kami. Sila cuba lagi kemudian."
        case .integration: "Ciri ini tidak tersedia buat masa ini. Sila cuba lagi kemudian."
        case .user: "Kami tidak dapat melengkapkan imbasan muka. Pastikan muka anda diterangi dengan baik dan tiada apa-apa yang menghalang kamera, kemudian cuba lagi."
        case .antiInject: "Berlaku ralat. Sila cuba lagi kemudian."
        }
    }
}

func peerUserMessage26(_ code: Int32) -> String {
    switch code {
    case 507: "Inqalgħet problema min-naħa tagħna. Aċċerta ruħek li l-app hija aġġornata u erġa' pprova."
    case 512: "Ma stajniex nikkonfermaw l-identità tiegħek. Aċċerta ruħek li wiċċek huwa mdawwal sew, iċċentrat u mikxuf, imbagħad erġa' pprova."
    case 523, 30007: "Wisq tentattivi. Stenna ftit qabel ma terġa' tipprova."
    case 534: "Id-dħul bil-wiċċ tiegħek m'għadux attiv. Erġa' kkonfigurah biex tkompli."
    case 535: "Id-dħul bil-wiċċ m'għadux attiv fuq dan l-apparat. Erġa' kkonfigurah biex tkompli."
    case 537: "Inqalgħet problema. Erġa' pprova, jew stenna ftit minuti jekk il-problema tibqa'."
    case 539: "Dan il-kont laħaq il-limitu ta' apparati. Neħħi apparat li m'għadekx tuża, jew ikkuntattja lill-appoġġ."
    case 1004: "Ma stajniex nilħqu s-server. Iċċekkja l-konnessjoni tal-internet tiegħek u erġa' pprova."
    case 1131: "Id-dħul bil-wiċċ għadu mhux ikkonfigurat fuq dan l-apparat. Ikkonfigurah biex tkompli."
    case 1134: "Inqalgħet problema. Erġa' pprova."
    case 1142: "Iċċekkja li d-data u l-ħin tal-apparat tiegħek huma korretti, imbagħad erġa' pprova. Jista' jkun li jkollok terġa' tikkonfigura d-dħul bil-wiċċ."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Inqalgħet problema min-naħa tagħna. Erġa' pprova aktar tard."
    case 10004: "Il-kamera ma setgħetx tintuża. Erġa' pprova aktar tard."
    case 10100: "Il-verifika tal-wiċċ ma setgħetx titlesta. Erġa' pprova aktar tard."
    case 20000: "Id-dħul bil-wiċċ għadu mhux ikkonfigurat. Ikkonfigurah biex tkompli."
    case 20001: "Id-dħul bil-wiċċ huwa diġà kkonfigurat. Tista' tidħol permezz ta' wiċċek."
    case 20002, 20005, 20010: "Din il-funzjoni mhix disponibbli bħalissa. Erġa' pprova aktar tard."
    case 20013, 40001: "Dan is-servizz mhux disponibbli temporanjament. Erġa' pprova aktar tard."
    case 20021, 20022: "Il-verifika tal-wiċċ ma tistax issir fuq dan l-apparat bħalissa. Erġa' pprova aktar tard."
    case 20023, 20024, 20300, 40000: "Inqalgħet problema. Erġa' pprova aktar tard."
    case 20150: "Din il-ħolqa ma setgħetx tintuża. Erġa' pprova."
    case 30000: "Ma stajniex nivverifikaw wiċċek. Aċċerta ruħek li huwa mdawwal sew u jidher kollu, imbagħad erġa' pprova."
    case 30001: "Spiċċa l-ħin. Żomm wiċċek quddiem il-kamera malli tinfetaħ, imbagħad erġa' pprova."
    case 30002: "Wiċċek jista' jkun mgħotti parzjalment. Aċċerta ruħek li xejn ma qed jgħatti wiċċek, imbagħad erġa' pprova."
    case 30003: "L-iskennjar tal-wiċċ ġie kkanċellat. Tista' terġa' tipprova meta trid."
    case 30004: "Ma stajniex nagħrfu wiċċek. Iċċekkja li għażilt il-kont it-tajjeb, imbagħad erġa' pprova."
    case 30005: "Jidher li m'għandekx konnessjoni. Iċċekkja l-konnessjoni tal-internet tiegħek u erġa' pprova."
    case 30006, 40002: "Dan l-apparat ma jistax jintuża għall-verifika tal-wiċċ. Jekk jogħġbok ipprova fuq apparat ieħor."
    case 30008: "Din id-darba ma stajniex nagħrfuk. Segwi l-istruzzjonijiet fuq l-iskrin u erġa' pprova."
    case 30009: "Il-verifika tal-wiċċ teħtieġ il-kamera tiegħek. Ippermetti l-aċċess għall-kamera mill-issettjar tat-telefon, imbagħad erġa' pprova."
    case 30010: "Aġġorna l-app għall-aħħar verżjoni biex tkompli."
    default:
        switch peerCategory(code) {
        case .unknown: "Inqalgħet problema. Erġa' pprova."
        case .internal: "Inqalgħet problema min-naħa tagħna. Erġa' pprova aktar tard."
        case .integration: "Din il-funzjoni mhix disponibbli bħalissa. Erġa' pprova aktar tard."
        case .user: "Ma stajniex inlestu l-iskennjar tal-wiċċ. Aċċerta ruħek li wiċċek huwa mdawwal sew u li xejn ma qed jimblokka l-kamera, imbagħad erġa' pprova."
        case .antiInject: "Inqalgħet problema. Erġa' pprova aktar tard."
        }
    }
}

func peerUserMessage27(_ code: Int32) -> String {
    switch code {
    case 507: "Noe gikk galt hos oss. Sørg for at appen er oppdatert, og prøv igjen."
    case 512: "Vi kunne ikke bekrefte at det er deg. Sørg for at ansiktet ditt er godt belyst, midtstilt og ikke tildekket, og prøv igjen."
    case 523, 30007: "For mange forsøk. Vent en stund før du prøver igjen."
    case 534: "Innloggingen din med ansiktsgjenkjenning er ikke lenger aktiv. Konfigurer den på nytt for å fortsette."
    case 535: "Innlogging med ansiktsgjenkjenning er ikke lenger aktiv på denne enheten. Konfigurer den på nytt for å fortsette."
    case 537: "Noe gikk galt. Prøv igjen, eller vent noen minutter hvis det fortsetter å skje."
    case 539: "Denne kontoen har nådd grensen for antall enheter. Fjern en enhet du ikke lenger bruker, eller kontakt kundestøtte."
    case 1004: "Vi fikk ikke kontakt med serveren. Sjekk internettilkoblingen din og prøv igjen."
    case 1131: "Innlogging med ansiktsgjenkjenning er ikke konfigurert på denne enheten ennå. Konfigurer den for å fortsette."
    case 1134: "Noe gikk galt. Prøv igjen."
    case 1142: "Sjekk at dato og klokkeslett på enheten din stemmer, og prøv igjen. Du må kanskje konfigurere innlogging med ansiktsgjenkjenning på nytt."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Noe gikk galt hos oss. Prøv igjen senere."
    case 10004: "Kameraet kunne ikke brukes. Prøv igjen senere."
    case 10100: "Ansiktsverifiseringen kunne ikke fullføres. Prøv igjen senere."
    case 20000: "Innlogging med ansiktsgjenkjenning er ikke konfigurert ennå. Konfigurer den for å fortsette."
    case 20001: "Innlogging med ansiktsgjenkjenning er allerede konfigurert. Du kan logge inn med ansiktet ditt."
    case 20002, 20005, 20010: "Denne funksjonen er ikke tilgjengelig akkurat nå. Prøv igjen senere."
    case 20013, 40001: "Tjenesten er midlertidig utilgjengelig. Prøv igjen senere."
    case 20021, 20022: "Ansiktsverifisering kan ikke kjøres på denne enheten akkurat nå. Prøv igjen senere."
    case 20023, 20024, 20300, 40000: "Noe gikk galt. Prøv igjen senere."
    case 20150: "Lenken kunne ikke brukes. Prøv igjen."
    case 30000: "Vi kunne ikke verifisere ansiktet ditt. Sørg for at ansiktet ditt er godt belyst og helt synlig, og prøv igjen."
    case 30001: "Tiden gikk ut. Prøv igjen, og hold ansiktet i bildet så snart kameraet åpnes."
    case 30002: "Ansiktet ditt kan være delvis tildekket. Sørg for at ingenting skjuler ansiktet, og prøv igjen."
    case 30003: "Ansiktsskanningen ble avbrutt. Du kan prøve igjen når du er klar."
    case 30004: "Vi fant ikke samsvar med ansiktet ditt. Sjekk at du har valgt riktig konto, og prøv igjen."
    case 30005: "Det ser ut som du er frakoblet. Sjekk internettilkoblingen din og prøv igjen."
    case 30006, 40002: "Denne enheten kan ikke brukes til ansiktsverifisering. Prøv på en annen enhet."
    case 30008: "Vi kunne ikke gjenkjenne deg denne gangen. Følg veiledningen på skjermen og prøv igjen."
    case 30009: "Ansiktsverifisering trenger kameraet ditt. Gi tilgang til kameraet i Innstillinger, og prøv igjen."
    case 30010: "Oppdater appen til nyeste versjon for å fortsette."
    default:
        switch peerCategory(code) {
        case .unknown: "Noe gikk galt. Prøv igjen."
        case .internal: "Noe gikk galt hos oss. Prøv igjen senere."
        case .integration: "Denne funksjonen er ikke tilgjengelig akkurat nå. Prøv igjen senere."
        case .user: "Vi kunne ikke fullføre ansiktsskanningen. Sørg for at ansiktet ditt er godt belyst og at ingenting dekker kameraet, og prøv igjen."
        case .antiInject: "Noe gikk galt. Prøv igjen senere."
        }
    }
}

func peerUserMessage28(_ code: Int32) -> String {
    switch code {
    case 507: "Er ging bij ons iets mis. Zorg dat de app up-to-date is en probeer het opnieuw."
    case 512: "We konden niet bevestigen dat jij het bent. Zorg dat je gezicht goed verlicht, gecentreerd en onbedekt is en probeer het opnieuw."
    case 523, 30007: "Te veel pogingen. Wacht een tijdje voordat je het opnieuw probeert."
    case 534: "Inloggen met je gezicht is niet meer actief. Stel het opnieuw in om door te gaan."
    case 535: "Inloggen met gezichtsherkenning is niet meer actief op dit apparaat. Stel het opnieuw in om door te gaan."
    case 537: "Er ging iets mis. Probeer het opnieuw, of wacht een paar minuten als het probleem blijft."
    case 539: "Dit account heeft het maximale aantal apparaten bereikt. Verwijder een apparaat dat je niet meer gebruikt of neem contact op met de klantenservice."
    case 1004: "We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw."
    case 1131: "Inloggen met gezichtsherkenning is nog niet ingesteld op dit apparaat. Stel het in om door te gaan."
    case 1134: "Er ging iets mis. Probeer het opnieuw."
    case 1142: "Controleer of de datum en tijd op je apparaat kloppen en probeer het opnieuw. Mogelijk moet je inloggen met gezichtsherkenning opnieuw instellen."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Er ging bij ons iets mis. Probeer het later opnieuw."
    case 10004: "De camera kon niet worden gebruikt. Probeer het later opnieuw."
    case 10100: "De gezichtsverificatie kon niet worden voltooid. Probeer het later opnieuw."
    case 20000: "Inloggen met gezichtsherkenning is nog niet ingesteld. Stel het in om door te gaan."
    case 20001: "Inloggen met gezichtsherkenning is al ingesteld. Je kunt inloggen met je gezicht."
    case 20002, 20005, 20010: "Deze functie is op dit moment niet beschikbaar. Probeer het later opnieuw."
    case 20013, 40001: "Deze dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw."
    case 20021, 20022: "Gezichtsverificatie werkt op dit moment niet op dit apparaat. Probeer het later opnieuw."
    case 20023, 20024, 20300, 40000: "Er ging iets mis. Probeer het later opnieuw."
    case 20150: "Deze link kon niet worden gebruikt. Probeer het opnieuw."
    case 30000: "We konden je gezicht niet verifiëren. Zorg dat je gezicht goed verlicht en volledig zichtbaar is en probeer het opnieuw."
    case 30001: "De tijd is om. Probeer het opnieuw en houd je gezicht in beeld zodra de camera opent."
    case 30002: "Je gezicht is mogelijk gedeeltelijk bedekt. Zorg dat niets je gezicht bedekt en probeer het opnieuw."
    case 30003: "De gezichtsscan is geannuleerd. Je kunt het opnieuw proberen zodra je er klaar voor bent."
    case 30004: "Je gezicht komt niet overeen. Controleer of je het juiste account hebt gekozen en probeer het opnieuw."
    case 30005: "Je lijkt offline te zijn. Controleer je internetverbinding en probeer het opnieuw."
    case 30006, 40002: "Dit apparaat kan niet worden gebruikt voor gezichtsverificatie. Probeer het op een ander apparaat."
    case 30008: "We konden je deze keer niet herkennen. Volg de aanwijzingen op het scherm en probeer het opnieuw."
    case 30009: "Voor gezichtsverificatie is je camera nodig. Geef in Instellingen toegang tot de camera en probeer het opnieuw."
    case 30010: "Werk de app bij naar de nieuwste versie om door te gaan."
    default:
        switch peerCategory(code) {
        case .unknown: "Er ging iets mis. Probeer het opnieuw."
        case .internal: "Er ging bij ons iets mis. Probeer het later opnieuw."
        case .integration: "Deze functie is op dit moment niet beschikbaar. Probeer het later opnieuw."
        case .user: "We konden de gezichtsscan niet voltooien. Zorg dat je gezicht goed verlicht is en dat niets de camera bedekt, en probeer het opnieuw."
        case .antiInject: "Er ging iets mis. Probeer het later opnieuw."
        }
    }
}

func peerUserMessage29(_ code: Int32) -> String {
    switch code {
    case 507: "Noko gjekk gale hos oss. Sjå til at appen er oppdatert, og prøv igjen."
    case 512: "Vi kunne ikkje stadfeste at det er deg. Sjå til at andletet ditt er godt opplyst, midtstilt og ikkje tildekt, og prøv igjen."
    case 523, 30007: "For mange forsøk. Vent ei stund før du prøver igjen."
    case 534: "Innlogginga di med andletsattkjenning er ikkje lenger aktiv. Set opp innlogginga på nytt for å halde fram."
    case 535: "Innlogging med andletsattkjenning er ikkje lenger aktiv på denne eininga. Set opp innlogginga på nytt for å halde fram."
    case 537: "Noko gjekk gale. Prøv igjen, eller vent nokre minutt dersom det held fram med å skje."
    case 539: "Denne kontoen har nådd grensa for talet på einingar. Fjern ei eining du ikkje brukar lenger, eller kontakt brukarstøtta."
    case 1004: "Vi fekk ikkje kontakt med serveren. Sjekk internettilkoplinga di og prøv igjen."
    case 1131: "Innlogging med andletsattkjenning er ikkje sett opp på denne eininga enno. Set opp innlogginga for å halde fram."
    case 1134: "Noko gjekk gale. Prøv igjen."
    case 1142: "Sjekk at dato og klokkeslett på eininga di stemmer, og prøv igjen. Du må kanskje setje opp innlogging med andletsattkjenning på nytt."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Noko gjekk gale hos oss. Prøv igjen seinare."
    case 10004: "Kameraet kunne ikkje brukast. Prøv igjen seinare."
    case 10100: "Andletsverifiseringa kunne ikkje fullførast. Prøv igjen seinare."
    case 20000: "Innlogging med andletsattkjenning er ikkje sett opp enno. Set opp innlogginga for å halde fram."
    case 20001: "Innlogging med andletsattkjenning er allereie sett opp. Du kan logge inn med andletet ditt."
    case 20002, 20005, 20010: "Denne funksjonen er ikkje tilgjengeleg akkurat no. Prøv igjen seinare."
    case 20013, 40001: "Tenesta er mellombels utilgjengeleg. Prøv igjen seinare."
    case 20021, 20022: "Andletsverifisering kan ikkje køyrast på denne eininga akkurat no. Prøv igjen seinare."
    case 20023, 20024, 20300, 40000: "Noko gjekk gale. Prøv igjen seinare."
    case 20150: "Lenka kunne ikkje brukast. Prøv igjen."
    case 30000: "Vi kunne ikkje verifisere andletet ditt. Sjå til at andletet ditt er godt opplyst og heilt synleg, og prøv igjen."
    case 30001: "Tida gjekk ut. Prøv igjen, og hald andletet i biletet så snart kameraet opnar seg."
    case 30002: "Andletet ditt kan vere delvis tildekt. Sjå til at ingenting skjuler andletet, og prøv igjen."
    case 30003: "Andletsskanninga vart avbroten. Du kan prøve igjen når du er klar."
    case 30004: "Vi fann ikkje samsvar med andletet ditt. Sjekk at du har valt rett konto, og prøv igjen."
    case 30005: "Det ser ut til at du er fråkopla. Sjekk internettilkoplinga di og prøv igjen."
    case 30006, 40002: "Denne eininga kan ikkje brukast til andletsverifisering. Prøv på ei anna eining."
    case 30008: "Vi kjende deg ikkje att denne gongen. Følg rettleiinga på skjermen og prøv igjen."
    case 30009: "Andletsverifisering treng kameraet ditt. Gje tilgang til kameraet i Innstillingar, og prøv igjen."
    case 30010: "Oppdater appen til nyaste versjon for å halde fram."
    default:
        switch peerCategory(code) {
        case .unknown: "Noko gjekk gale. Prøv igjen."
        case .internal: "Noko gjekk gale hos oss. Prøv igjen seinare."
        case .integration: "Denne funksjonen er ikkje tilgjengeleg akkurat no. Prøv igjen seinare."
        case .user: "Vi kunne ikkje fullføre andletsskanninga. Sjå til at andletet ditt er godt opplyst og at ingenting dekkjer kameraet, og prøv igjen."
        case .antiInject: "Noko gjekk gale. Prøv igjen seinare."
        }
    }
}

func peerUserMessage30(_ code: Int32) -> String {
    switch code {
    case 507: "Wystąpił błąd po naszej stronie. Upewnij się, że aplikacja jest aktualna, i spróbuj ponownie."
    case 512: "Nie udało się potwierdzić, że to ty. Upewnij się, że twarz jest dobrze oświetlona, na środku kadru i niczym niezasłonięta, a potem spróbuj ponownie."
    case 523, 30007: "Zbyt wiele prób. Odczekaj chwilę, zanim spróbujesz ponownie."
    case 534: "Twoje logowanie twarzą nie jest już aktywne. Aby kontynuować, skonfiguruj je ponownie."
    case 535: "Logowanie twarzą nie jest już aktywne na tym urządzeniu. Aby kontynuować, skonfiguruj je ponownie."
    case 537: "Coś poszło nie tak. Spróbuj ponownie, a jeśli problem się powtarza, odczekaj kilka minut."
    case 539: "Na tym koncie osiągnięto limit urządzeń. Usuń urządzenie, którego już nie używasz, lub skontaktuj się z pomocą techniczną."
    case 1004: "Nie udało się połączyć z serwerem. Sprawdź połączenie z internetem i spróbuj ponownie."
    case 1131: "Logowanie twarzą nie jest jeszcze skonfigurowane na tym urządzeniu. Aby kontynuować, skonfiguruj je."
    case 1134: "Coś poszło nie tak. Spróbuj ponownie."
    case 1142: "Sprawdź, czy data i godzina na urządzeniu są prawidłowe, a potem spróbuj ponownie. Może być konieczne ponowne skonfigurowanie logowania twarzą."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Wystąpił błąd po naszej stronie. Spróbuj ponownie później."
    case 10004: "Nie udało się użyć aparatu. Spróbuj ponownie później."
    case 10100: "Nie udało się dokończyć weryfikacji twarzy. Spróbuj ponownie później."
    case 20000: "Logowanie twarzą nie jest jeszcze skonfigurowane. Aby kontynuować, skonfiguruj je."
    case 20001: "Logowanie twarzą jest już skonfigurowane. Możesz logować się twarzą."
    case 20002, 20005, 20010: "Ta funkcja jest teraz niedostępna. Spróbuj ponownie później."
    case 20013, 40001: "Usługa jest chwilowo niedostępna. Spróbuj ponownie później."
    case 20021, 20022: "Weryfikacja twarzy jest teraz niedostępna na tym urządzeniu. Spróbuj ponownie później."
    case 20023, 20024, 20300, 40000: "Coś poszło nie tak. Spróbuj ponownie później."
    case 20150: "Nie udało się użyć tego linku. Spróbuj ponownie."
    case 30000: "Nie udało się zweryfikować twarzy. Upewnij się, że twarz jest dobrze oświetlona i w pełni widoczna, a potem spróbuj ponownie."
    case 30001: "Czas minął. Spróbuj ponownie i ustaw twarz w kadrze, gdy tylko włączy się aparat."
    case 30002: "Twarz może być częściowo zasłonięta. Upewnij się, że nic jej nie zasłania, a potem spróbuj ponownie."
    case 30003: "Skanowanie twarzy zostało anulowane. Możesz spróbować ponownie, gdy tylko zechcesz."
    case 30004: "Nie udało się dopasować twarzy. Sprawdź, czy wybrane konto jest właściwe, a potem spróbuj ponownie."
    case 30005: "Wygląda na to, że nie masz połączenia z internetem. Sprawdź połączenie i spróbuj ponownie."
    case 30006, 40002: "Tego urządzenia nie można użyć do weryfikacji twarzy. Spróbuj na innym urządzeniu."
    case 30008: "Tym razem nie udało się cię rozpoznać. Postępuj zgodnie ze wskazówkami na ekranie i spróbuj ponownie."
    case 30009: "Weryfikacja twarzy wymaga aparatu. Zezwól na dostęp do aparatu w Ustawieniach, a potem spróbuj ponownie."
    case 30010: "Aby kontynuować, zaktualizuj aplikację do najnowszej wersji."
    default:
        switch peerCategory(code) {
        case .unknown: "Coś poszło nie tak. Spróbuj ponownie."
        case .internal: "Wystąpił błąd po naszej stronie. Spróbuj ponownie później."
        case .integration: "Ta funkcja jest teraz niedostępna. Spróbuj ponownie później."
        case .user: "Nie udało się dokończyć skanowania twarzy. Upewnij się, że twarz jest dobrze oświetlona i nic nie zasłania aparatu, a potem spróbuj ponownie."
        case .antiInject: "Coś poszło nie tak. Spróbuj ponownie później."
        }
    }
}

func peerUserMessage31(_ code: Int32) -> String {
    switch code {
    case 507: "Algo deu errado do nosso lado. Verifique se o app está atualizado e tente novamente."
    case 512: "Não conseguimos confirmar que é você. Verifique se seu rosto está bem iluminado, centralizado e descoberto e tente novamente."
    case 523, 30007: "Muitas tentativas. Aguarde um pouco antes de tentar novamente."
    case 534: "Seu login com reconhecimento facial não está mais ativo. Configure novamente para continuar."
    case 535: "O login com reconhecimento facial não está mais ativo neste dispositivo. Configure novamente para continuar."
    case 537: "Algo deu errado. Tente novamente ou, se o problema continuar, aguarde alguns minutos."
    case 539: "Esta conta atingiu o limite de dispositivos. Remova um dispositivo que você não usa mais ou entre em contato com o suporte."
    case 1004: "Não conseguimos acessar o servidor. Verifique sua conexão com a internet e tente novamente."
    case 1131: "O login com reconhecimento facial ainda não está configurado neste dispositivo. Configure para continuar."
    case 1134: "Algo deu errado. Tente novamente."
    case 1142: "Verifique se a data e a hora do seu dispositivo estão corretas e tente novamente. Talvez seja necessário configurar o login com reconhecimento facial de novo."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Algo deu errado do nosso lado. Tente novamente mais tarde."
    case 10004: "Não foi possível usar a câmera. Tente novamente mais tarde."
    case 10100: "Não foi possível concluir a verificação facial. Tente novamente mais tarde."
    case 20000: "O login com reconhecimento facial ainda não está configurado. Configure para continuar."
    case 20001: "O login com reconhecimento facial já está configurado. Você pode entrar usando seu rosto."
    case 20002, 20005, 20010: "Este recurso não está disponível no momento. Tente novamente mais tarde."
    case 20013, 40001: "Este serviço está temporariamente indisponível. Tente novamente mais tarde."
    case 20021, 20022: "No momento, não é possível fazer a verificação facial neste dispositivo. Tente novamente mais tarde."
    case 20023, 20024, 20300, 40000: "Algo deu errado. Tente novamente mais tarde."
    case 20150: "Não foi possível usar este link. Tente novamente."
    case 30000: "Não conseguimos verificar seu rosto. Verifique se ele está bem iluminado e totalmente visível e tente novamente."
    case 30001: "O tempo acabou. Posicione seu rosto na frente da câmera assim que ela abrir e tente novamente."
    case 30002: "Seu rosto pode estar parcialmente coberto. Verifique se nada está cobrindo seu rosto e tente novamente."
    case 30003: "A leitura facial foi cancelada. Você pode tentar novamente quando quiser."
    case 30004: "Não conseguimos reconhecer seu rosto. Confira se você escolheu a conta certa e tente novamente."
    case 30005: "Parece que você está off-line. Verifique sua conexão com a internet e tente novamente."
    case 30006, 40002: "Este dispositivo não pode ser usado para a verificação facial. Tente em outro dispositivo."
    case 30008: "Desta vez não conseguimos reconhecer você. Siga as orientações na tela e tente novamente."
    case 30009: "A verificação facial precisa da sua câmera. Permita o acesso à câmera nas configurações do celular e tente novamente."
    case 30010: "Atualize o app para a versão mais recente para continuar."
    default:
        switch peerCategory(code) {
        case .unknown: "Algo deu errado. Tente novamente."
        case .internal: "Algo deu errado do nosso lado. Tente novamente mais tarde."
        case .integration: "Este recurso não está disponível no momento. Tente novamente mais tarde."
        case .user: "Não conseguimos concluir a leitura facial. Verifique se seu rosto está bem iluminado e se nada está bloqueando a câmera e tente novamente."
        case .antiInject: "Algo deu errado. Tente novamente mais tarde."
        }
    }
}

func peerUserMessage32(_ code: Int32) -> String {
    switch code {
    case 507: "Ocorreu um erro do nosso lado. Certifique-se de que a aplicação está atualizada e tente novamente."
    case 512: "Não foi possível confirmar a sua identidade. Certifique-se de que o rosto está bem iluminado, centrado e descoberto e tente novamente."
    case 523, 30007: "Demasiadas tentativas. Aguarde um pouco antes de tentar novamente."
    case 534: "O seu início de sessão com reconhecimento facial já não está ativo. Configure-o novamente para continuar."
    case 535: "O início de sessão com reconhecimento facial já não está ativo neste dispositivo. Configure-o novamente para continuar."
    case 537: "Ocorreu um erro. Tente novamente ou, se o problema persistir, aguarde alguns minutos."
    case 539: "Esta conta atingiu o limite de dispositivos. Remova um dispositivo que já não utilize ou contacte o apoio ao cliente."
    case 1004: "Não foi possível contactar o servidor. Verifique a sua ligação à Internet e tente novamente."
    case 1131: "O início de sessão com reconhecimento facial ainda não está configurado neste dispositivo. Configure-o para continuar."
    case 1134: "Ocorreu um erro. Tente novamente."
    case 1142: "Verifique se a data e a hora do dispositivo estão corretas e tente novamente. Poderá ter de configurar novamente o início de sessão com reconhecimento facial."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Ocorreu um erro do nosso lado. Tente novamente mais tarde."
    case 10004: "Não foi possível utilizar a câmara. Tente novamente mais tarde."
    case 10100: "Não foi possível concluir a verificação facial. Tente novamente mais tarde."
    case 20000: "O início de sessão com reconhecimento facial ainda não está configurado. Configure-o para continuar."
    case 20001: "O início de sessão com reconhecimento facial já está configurado. Pode iniciar sessão com o seu rosto."
    case 20002, 20005, 20010: "Esta funcionalidade não está disponível de momento. Tente novamente mais tarde."
    case 20013, 40001: "Este serviço está temporariamente indisponível. Tente novamente mais tarde."
    case 20021, 20022: "De momento, não é possível efetuar a verificação facial neste dispositivo. Tente novamente mais tarde."
    case 20023, 20024, 20300, 40000: "Ocorreu um erro. Tente novamente mais tarde."
    case 20150: "Não foi possível utilizar este link. Tente novamente."
    case 30000: "Não foi possível verificar o seu rosto. Certifique-se de que está bem iluminado e totalmente visível e tente novamente."
    case 30001: "O tempo esgotou-se. Posicione o rosto em frente à câmara assim que esta abrir e tente novamente."
    case 30002: "O seu rosto pode estar parcialmente tapado. Certifique-se de que nada o está a tapar e tente novamente."
    case 30003: "A leitura facial foi cancelada. Pode tentar novamente quando quiser."
    case 30004: "Não foi possível reconhecer o seu rosto. Confirme que escolheu a conta certa e tente novamente."
    case 30005: "Parece que não tem ligação. Verifique a sua ligação à Internet e tente novamente."
    case 30006, 40002: "Este dispositivo não pode ser utilizado para a verificação facial. Experimente noutro dispositivo."
    case 30008: "Desta vez não foi possível concluir o reconhecimento. Siga as indicações no ecrã e tente novamente."
    case 30009: "A verificação facial precisa da câmara. Permita o acesso à câmara nas definições do telemóvel e tente novamente."
    case 30010: "Atualize a aplicação para a versão mais recente para continuar."
    default:
        switch peerCategory(code) {
        case .unknown: "Ocorreu um erro. Tente novamente."
        case .internal: "Ocorreu um erro do nosso lado. Tente novamente mais tarde."
        case .integration: "Esta funcionalidade não está disponível de momento. Tente novamente mais tarde."
        case .user: "Não foi possível concluir a leitura facial. Certifique-se de que o rosto está bem iluminado e de que nada está a tapar a câmara e tente novamente."
        case .antiInject: "Ocorreu um erro. Tente novamente mais tarde."
        }
    }
}

func peerUserMessage33(_ code: Int32) -> String {
    switch code {
    case 507: "A apărut o problemă din partea noastră. Asigurați-vă că aplicația este actualizată și încercați din nou."
    case 512: "Nu am putut confirma că sunteți dumneavoastră. Asigurați-vă că fața este bine luminată, centrată și neacoperită, apoi încercați din nou."
    case 523, 30007: "Prea multe încercări. Așteptați puțin înainte de a încerca din nou."
    case 534: "Autentificarea facială nu mai este activă. Configurați-o din nou pentru a continua."
    case 535: "Autentificarea facială nu mai este activă pe acest dispozitiv. Configurați-o din nou pentru a continua."
    case 537: "A apărut o problemă. Încercați din nou sau, dacă problema persistă, așteptați câteva minute."
    case 539: "Acest cont a atins limita de dispozitive. Eliminați un dispozitiv pe care nu îl mai folosiți sau contactați echipa de asistență."
    case 1004: "Nu am putut accesa serverul. Verificați conexiunea la internet și încercați din nou."
    case 1131: "Autentificarea facială nu este încă configurată pe acest dispozitiv. Configurați-o pentru a continua."
    case 1134: "A apărut o problemă. Încercați din nou."
    case 1142: "Verificați dacă data și ora dispozitivului sunt corecte, apoi încercați din nou. Poate fi necesar să configurați din nou autentificarea facială."
    case 10000, 10001, 10003, 10005, 10006, 10200: "A apărut o problemă din partea noastră. Încercați din nou mai târziu."
    case 10004: "Camera nu a putut fi folosită. Încercați din nou mai târziu."
    case 10100: "Verificarea facială nu a putut fi finalizată. Încercați din nou mai târziu."
    case 20000: "Autentificarea facială nu este încă configurată. Configurați-o pentru a continua."
    case 20001: "Autentificarea facială este deja configurată. Vă puteți autentifica folosind fața."
    case 20002, 20005, 20010: "Această funcție nu este disponibilă momentan. Încercați din nou mai târziu."
    case 20013, 40001: "Acest serviciu este temporar indisponibil. Încercați din nou mai târziu."
    case 20021, 20022: "Verificarea facială nu este posibilă momentan pe acest dispozitiv. Încercați din nou mai târziu."
    case 20023, 20024, 20300, 40000: "A apărut o problemă. Încercați din nou mai târziu."
    case 20150: "Acest link nu a putut fi folosit. Încercați din nou."
    case 30000: "Nu v-am putut verifica fața. Asigurați-vă că este bine luminată și complet vizibilă, apoi încercați din nou."
    case 30001: "Timpul a expirat. Încadrați-vă fața imediat ce se deschide camera, apoi încercați din nou."
    case 30002: "Este posibil ca fața să vă fie parțial acoperită. Asigurați-vă că nimic nu vă acoperă fața, apoi încercați din nou."
    case 30003: "Scanarea feței a fost anulată. Puteți încerca din nou oricând doriți."
    case 30004: "Nu v-am putut recunoaște fața. Verificați dacă ați ales contul corect, apoi încercați din nou."
    case 30005: "Se pare că nu aveți conexiune la internet. Verificați conexiunea și încercați din nou."
    case 30006, 40002: "Acest dispozitiv nu poate fi folosit pentru verificarea facială. Încercați pe alt dispozitiv."
    case 30008: "De data aceasta nu v-am putut recunoaște. Urmați instrucțiunile de pe ecran și încercați din nou."
    case 30009: "Verificarea facială necesită acces la cameră. Permiteți accesul la cameră din setările telefonului, apoi încercați din nou."
    case 30010: "Actualizați aplicația la cea mai recentă versiune pentru a continua."
    default:
        switch peerCategory(code) {
        case .unknown: "A apărut o problemă. Încercați din nou."
        case .internal: "A apărut o problemă din partea noastră. Încercați din nou mai târziu."
        case .integration: "Această funcție nu este disponibilă momentan. Încercați din nou mai târziu."
        case .user: "Nu am putut finaliza scanarea feței. Asigurați-vă că fața este bine luminată și că nimic nu blochează camera, apoi încercați din nou."
        case .antiInject: "A apărut o problemă. Încercați din nou mai târziu."
        }
    }
}

func peerUserMessage34(_ code: Int32) -> String {
    switch code {
    case 507: "На нашей стороне произошла ошибка. Убедитесь, что приложение обновлено, и повторите попытку."
    case 512: "Не удалось подтвердить, что это вы. Убедитесь, что лицо хорошо освещено, находится в центре и ничем не закрыто, и повторите попытку."
    case 523, 30007: "Слишком много попыток. Подождите немного и повторите попытку."
    case 534: "Вход по лицу больше не активен. Чтобы продолжить, настройте его заново."
    case 535: "Вход по лицу на этом устройстве больше не активен. Чтобы продолжить, настройте его заново."
    case 537: "Что-то пошло не так. Повторите попытку или подождите несколько минут, если ошибка повторяется."
    case 539: "Для этого аккаунта достигнут лимит устройств. Удалите устройство, которым больше не пользуетесь, или обратитесь в службу поддержки."
    case 1004: "Не удалось связаться с сервером. Проверьте подключение к интернету и повторите попытку."
    case 1131: "Вход по лицу на этом устройстве ещё не настроен. Чтобы продолжить, настройте его."
    case 1134: "Что-то пошло не так. Повторите попытку."
    case 1142: "Проверьте, правильно ли установлены дата и время на устройстве, и повторите попытку. Возможно, потребуется заново настроить вход по лицу."
    case 10000, 10001, 10003, 10005, 10006, 10200: "На нашей стороне произошла ошибка. Повторите попытку позже."
    case 10004: "Не удалось использовать камеру. Повторите попытку позже."
    case 10100: "Не удалось завершить проверку лица. Повторите попытку позже."
    case 20000: "Вход по лицу ещё не настроен. Чтобы продолжить, настройте его."
    case 20001: "Вход по лицу уже настроен. Вы можете входить по лицу."
    case 20002, 20005, 20010: "Эта функция сейчас недоступна. Повторите попытку позже."
    case 20013, 40001: "Сервис временно недоступен. Повторите попытку позже."
    case 20021, 20022: "Сейчас на этом устройстве невозможно выполнить проверку лица. Повторите попытку позже."
    case 20023, 20024, 20300, 40000: "Что-то пошло не так. Повторите попытку позже."
    case 20150: "Не удалось использовать эту ссылку. Повторите попытку."
    case 30000: "Не удалось проверить ваше лицо. Убедитесь, что лицо хорошо освещено и полностью видно, и повторите попытку."
    case 30001: "Время истекло. Повторите попытку и держите лицо в кадре сразу после включения камеры."
    case 30002: "Возможно, лицо частично закрыто. Убедитесь, что его ничто не закрывает, и повторите попытку."
    case 30003: "Сканирование лица отменено. Вы можете повторить попытку, когда будете готовы."
    case 30004: "Не удалось сопоставить ваше лицо. Проверьте, что выбран нужный аккаунт, и повторите попытку."
    case 30005: "Похоже, вы не в сети. Проверьте подключение к интернету и повторите попытку."
    case 30006, 40002: "Это устройство нельзя использовать для проверки лица. Попробуйте на другом устройстве."
    case 30008: "На этот раз не удалось вас распознать. Следуйте подсказкам на экране и повторите попытку."
    case 30009: "Для проверки лица нужна камера. Разрешите доступ к камере в настройках и повторите попытку."
    case 30010: "Чтобы продолжить, обновите приложение до последней версии."
    default:
        switch peerCategory(code) {
        case .unknown: "Что-то пошло не так. Повторите попытку."
        case .internal: "На нашей стороне произошла ошибка. Повторите попытку позже."
        case .integration: "Эта функция сейчас недоступна. Повторите попытку позже."
        case .user: "Не удалось завершить сканирование лица. Убедитесь, что лицо хорошо освещено и ничто не закрывает камеру, и повторите попытку."
        case .antiInject: "Что-то пошло не так. Повторите попытку позже."
        }
    }
}

func peerUserMessage35(_ code: Int32) -> String {
    switch code {
    case 507: "Na našej strane sa vyskytla chyba. Uistite sa, že máte aktuálnu verziu aplikácie, a skúste to znova."
    case 512: "Nepodarilo sa potvrdiť, že ste to vy. Uistite sa, že je vaša tvár dobre osvetlená, v strede záberu a nič ju nezakrýva, a skúste to znova."
    case 523, 30007: "Príliš veľa pokusov. Chvíľu počkajte a potom to skúste znova."
    case 534: "Vaše prihlasovanie tvárou už nie je aktívne. Ak chcete pokračovať, nastavte ho znova."
    case 535: "Prihlasovanie tvárou už na tomto zariadení nie je aktívne. Ak chcete pokračovať, nastavte ho znova."
    case 537: "Niečo sa pokazilo. Skúste to znova. Ak problém pretrváva, počkajte niekoľko minút."
    case 539: "Tento účet dosiahol limit zariadení. Odstráňte zariadenie, ktoré už nepoužívate, alebo kontaktujte podporu."
    case 1004: "Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie k internetu a skúste to znova."
    case 1131: "Prihlasovanie tvárou na tomto zariadení ešte nie je nastavené. Ak chcete pokračovať, nastavte ho."
    case 1134: "Niečo sa pokazilo. Skúste to znova."
    case 1142: "Skontrolujte, či máte v zariadení správny dátum a čas, a skúste to znova. Možno bude potrebné znova nastaviť prihlasovanie tvárou."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Na našej strane sa vyskytla chyba. Skúste to znova neskôr."
    case 10004: "Fotoaparát sa nepodarilo použiť. Skúste to znova neskôr."
    case 10100: "Overenie tváre sa nepodarilo dokončiť. Skúste to znova neskôr."
    case 20000: "Prihlasovanie tvárou ešte nie je nastavené. Ak chcete pokračovať, nastavte ho."
    case 20001: "Prihlasovanie tvárou je už nastavené. Môžete sa prihlásiť tvárou."
    case 20002, 20005, 20010: "Táto funkcia teraz nie je dostupná. Skúste to znova neskôr."
    case 20013, 40001: "Služba je dočasne nedostupná. Skúste to znova neskôr."
    case 20021, 20022: "Overenie tváre teraz na tomto zariadení nie je možné. Skúste to znova neskôr."
    case 20023, 20024, 20300, 40000: "Niečo sa pokazilo. Skúste to znova neskôr."
    case 20150: "Tento odkaz sa nepodarilo použiť. Skúste to znova."
    case 30000: "Nepodarilo sa overiť vašu tvár. Uistite sa, že je dobre osvetlená a celá viditeľná, a skúste to znova."
    case 30001: "Čas vypršal. Skúste to znova a hneď po spustení fotoaparátu majte tvár v zábere."
    case 30002: "Vaša tvár môže byť čiastočne zakrytá. Uistite sa, že ju nič nezakrýva, a skúste to znova."
    case 30003: "Skenovanie tváre bolo zrušené. Môžete to skúsiť znova, kedykoľvek budete chcieť."
    case 30004: "Nepodarilo sa overiť zhodu tváre. Skontrolujte, či je vybraný správny účet, a skúste to znova."
    case 30005: "Vyzerá to, že nemáte pripojenie k internetu. Skontrolujte pripojenie a skúste to znova."
    case 30006, 40002: "Toto zariadenie nemožno použiť na overenie tváre. Skúste to na inom zariadení."
    case 30008: "Tentoraz sa vás nepodarilo rozpoznať. Postupujte podľa pokynov na obrazovke a skúste to znova."
    case 30009: "Na overenie tváre je potrebný fotoaparát. Povoľte v Nastaveniach prístup k fotoaparátu a skúste to znova."
    case 30010: "Ak chcete pokračovať, aktualizujte aplikáciu na najnovšiu verziu."
    default:
        switch peerCategory(code) {
        case .unknown: "Niečo sa pokazilo. Skúste to znova."
        case .internal: "Na našej strane sa vyskytla chyba. Skúste to znova neskôr."
        case .integration: "Táto funkcia teraz nie je dostupná. Skúste to znova neskôr."
        case .user: "Skenovanie tváre sa nepodarilo dokončiť. Uistite sa, že je vaša tvár dobre osvetlená a nič nezakrýva fotoaparát, a skúste to znova."
        case .antiInject: "Niečo sa pokazilo. Skúste to znova neskôr."
        }
    }
}

func peerUserMessage36(_ code: Int32) -> String {
    switch code {
    case 507: "Na naši strani je prišlo do napake. Preverite, ali je aplikacija posodobljena, in poskusite znova."
    case 512: "Vaše identitete nismo mogli potrditi. Preverite, ali je vaš obraz dobro osvetljen, na sredini in nepokrit, ter poskusite znova."
    case 523, 30007: "Preveč poskusov. Počakajte nekaj časa, preden poskusite znova."
    case 534: "Vaša prijava z obrazom ni več aktivna. Če želite nadaljevati, jo znova nastavite."
    case 535: "Prijava z obrazom v tej napravi ni več aktivna. Če želite nadaljevati, jo znova nastavite."
    case 537: "Prišlo je do napake. Poskusite znova ali, če se težava ponavlja, počakajte nekaj minut."
    case 539: "Ta račun je dosegel največje dovoljeno število naprav. Odstranite napravo, ki je ne uporabljate več, ali se obrnite na podporo."
    case 1004: "Strežnika nismo mogli doseči. Preverite internetno povezavo in poskusite znova."
    case 1131: "Prijava z obrazom v tej napravi še ni nastavljena. Če želite nadaljevati, jo nastavite."
    case 1134: "Prišlo je do napake. Poskusite znova."
    case 1142: "Preverite, ali sta datum in ura v vaši napravi pravilna, in poskusite znova. Morda boste morali prijavo z obrazom znova nastaviti."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Na naši strani je prišlo do napake. Poskusite znova pozneje."
    case 10004: "Kamere ni bilo mogoče uporabiti. Poskusite znova pozneje."
    case 10100: "Preverjanja obraza ni bilo mogoče dokončati. Poskusite znova pozneje."
    case 20000: "Prijava z obrazom še ni nastavljena. Če želite nadaljevati, jo nastavite."
    case 20001: "Prijava z obrazom je že nastavljena. Prijavite se lahko z obrazom."
    case 20002, 20005, 20010: "Ta funkcija trenutno ni na voljo. Poskusite znova pozneje."
    case 20013, 40001: "Ta storitev začasno ni na voljo. Poskusite znova pozneje."
    case 20021, 20022: "Preverjanja obraza v tej napravi trenutno ni mogoče izvesti. Poskusite znova pozneje."
    case 20023, 20024, 20300, 40000: "Prišlo je do napake. Poskusite znova pozneje."
    case 20150: "Te povezave ni bilo mogoče uporabiti. Poskusite znova."
    case 30000: "Vašega obraza nismo mogli preveriti. Preverite, ali je obraz dobro osvetljen in v celoti viden, ter poskusite znova."
    case 30001: "Čas je potekel. Ko se kamera odpre, takoj usmerite obraz vanjo in poskusite znova."
    case 30002: "Vaš obraz je morda delno zakrit. Prepričajte se, da vam obraza nič ne zakriva, in poskusite znova."
    case 30003: "Skeniranje obraza je bilo preklicano. Znova lahko poskusite, kadar koli želite."
    case 30004: "Vašega obraza nismo mogli prepoznati. Preverite, ali ste izbrali pravi račun, in poskusite znova."
    case 30005: "Videti je, da nimate povezave. Preverite internetno povezavo in poskusite znova."
    case 30006, 40002: "Te naprave ni mogoče uporabiti za preverjanje obraza. Poskusite v drugi napravi."
    case 30008: "Tokrat vas nismo mogli prepoznati. Sledite navodilom na zaslonu in poskusite znova."
    case 30009: "Za preverjanje obraza je potrebna kamera. V nastavitvah telefona dovolite dostop do kamere in poskusite znova."
    case 30010: "Če želite nadaljevati, posodobite aplikacijo na najnovejšo različico."
    default:
        switch peerCategory(code) {
        case .unknown: "Prišlo je do napake. Poskusite znova."
        case .internal: "Na naši strani je prišlo do napake. Poskusite znova pozneje."
        case .integration: "Ta funkcija trenutno ni na voljo. Poskusite znova pozneje."
        case .user: "Skeniranja obraza nismo mogli dokončati. Preverite, ali je obraz dobro osvetljen in ali kamere nič ne zakriva, ter poskusite znova."
        case .antiInject: "Prišlo je do napake. Poskusite znova pozneje."
        }
    }
}

func peerUserMessage37(_ code: Int32) -> String {
    switch code {
    case 507: "Något gick fel hos oss. Se till att appen är uppdaterad och försök igen."
    case 512: "Vi kunde inte bekräfta att det är du. Se till att ditt ansikte är väl belyst, centrerat och inte skymt, och försök sedan igen."
    case 523, 30007: "För många försök. Vänta en stund innan du försöker igen."
    case 534: "Din inloggning med ansiktsigenkänning är inte längre aktiv. Konfigurera den igen för att fortsätta."
    case 535: "Inloggning med ansiktsigenkänning är inte längre aktiv på den här enheten. Konfigurera den igen för att fortsätta."
    case 537: "Något gick fel. Försök igen, eller vänta några minuter om det fortsätter att hända."
    case 539: "Det här kontot har nått gränsen för antal enheter. Ta bort en enhet som du inte längre använder, eller kontakta supporten."
    case 1004: "Vi kunde inte nå servern. Kontrollera din internetanslutning och försök igen."
    case 1131: "Inloggning med ansiktsigenkänning är inte konfigurerad på den här enheten än. Konfigurera den för att fortsätta."
    case 1134: "Något gick fel. Försök igen."
    case 1142: "Kontrollera att datum och tid på din enhet stämmer och försök sedan igen. Du kan behöva konfigurera inloggning med ansiktsigenkänning igen."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Något gick fel hos oss. Försök igen senare."
    case 10004: "Kameran kunde inte användas. Försök igen senare."
    case 10100: "Ansiktsverifieringen kunde inte slutföras. Försök igen senare."
    case 20000: "Inloggning med ansiktsigenkänning är inte konfigurerad än. Konfigurera den för att fortsätta."
    case 20001: "Inloggning med ansiktsigenkänning är redan konfigurerad. Du kan logga in med ditt ansikte."
    case 20002, 20005, 20010: "Den här funktionen är inte tillgänglig just nu. Försök igen senare."
    case 20013, 40001: "Tjänsten är tillfälligt otillgänglig. Försök igen senare."
    case 20021, 20022: "Ansiktsverifiering kan inte köras på den här enheten just nu. Försök igen senare."
    case 20023, 20024, 20300, 40000: "Något gick fel. Försök igen senare."
    case 20150: "Länken kunde inte användas. Försök igen."
    case 30000: "Vi kunde inte verifiera ditt ansikte. Se till att ditt ansikte är väl belyst och helt synligt, och försök sedan igen."
    case 30001: "Tiden tog slut. Försök igen och håll ansiktet i bild så fort kameran öppnas."
    case 30002: "Ditt ansikte kan vara delvis skymt. Se till att inget döljer ansiktet och försök sedan igen."
    case 30003: "Ansiktsskanningen avbröts. Du kan försöka igen när du är redo."
    case 30004: "Vi kunde inte matcha ditt ansikte. Kontrollera att du har valt rätt konto och försök sedan igen."
    case 30005: "Du verkar vara offline. Kontrollera din internetanslutning och försök igen."
    case 30006, 40002: "Den här enheten kan inte användas för ansiktsverifiering. Försök på en annan enhet."
    case 30008: "Vi kunde inte känna igen dig den här gången. Följ instruktionerna på skärmen och försök igen."
    case 30009: "Ansiktsverifiering behöver din kamera. Tillåt kameraåtkomst i Inställningar och försök sedan igen."
    case 30010: "Uppdatera appen till den senaste versionen för att fortsätta."
    default:
        switch peerCategory(code) {
        case .unknown: "Något gick fel. Försök igen."
        case .internal: "Något gick fel hos oss. Försök igen senare."
        case .integration: "Den här funktionen är inte tillgänglig just nu. Försök igen senare."
        case .user: "Vi kunde inte slutföra ansiktsskanningen. Se till att ditt ansikte är väl belyst och att inget blockerar kameran, och försök sedan igen."
        case .antiInject: "Något gick fel. Försök igen senare."
        }
    }
}

func peerUserMessage38(_ code: Int32) -> String {
    switch code {
    case 507: "เกิดข้อผิดพลาดจากระบบของเรา กรุณาตรวจสอบว่าแอปเป็นเวอร์ชันล่าสุด แล้วลองอีกครั้ง"
    case 512: "เราไม่สามารถยืนยันตัวตนของคุณได้ กรุณาตรวจสอบว่าใบหน้าของคุณมีแสงสว่างเพียงพอ อยู่กึ่งกลาง และไม่มีสิ่งใดบัง แล้วลองอีกครั้ง"
    case 523, 30007: "มีการพยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองอีกครั้ง"
    case 534: "การเข้าสู่ระบบด้วยใบหน้าของคุณใช้งานไม่ได้แล้ว กรุณาลงทะเบียนใหม่เพื่อดำเนินการต่อ"
    case 535: "การเข้าสู่ระบบด้วยใบหน้าใช้งานไม่ได้แล้วบนอุปกรณ์นี้ กรุณาลงทะเบียนใหม่เพื่อดำเนินการต่อ"
    case 537: "เกิดข้อผิดพลาด กรุณาลองอีกครั้ง หรือรอสักสองสามนาทีหากยังเกิดปัญหาอยู่"
    case 539: "บัญชีนี้มีจำนวนอุปกรณ์ครบตามขีดจำกัดแล้ว กรุณานำอุปกรณ์ที่ไม่ได้ใช้แล้วออก หรือติดต่อฝ่ายบริการลูกค้า"
    case 1004: "ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ได้ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง"
    case 1131: "ยังไม่ได้ลงทะเบียนการเข้าสู่ระบบด้วยใบหน้าบนอุปกรณ์นี้ กรุณาลงทะเบียนเพื่อดำเนินการต่อ"
    case 1134: "เกิดข้อผิดพลาด กรุณาลองอีกครั้ง"
    case 1142: "กรุณาตรวจสอบว่าวันที่และเวลาของอุปกรณ์ถูกต้อง แล้วลองอีกครั้ง คุณอาจต้องลงทะเบียนการเข้าสู่ระบบด้วยใบหน้าใหม่"
    case 10000, 10001, 10003, 10005, 10006, 10200: "เกิดข้อผิดพลาดจากระบบของเรา กรุณาลองใหม่ภายหลัง"
    case 10004: "ไม่สามารถใช้กล้องได้ กรุณาลองใหม่ภายหลัง"
    case 10100: "การยืนยันใบหน้าไม่สำเร็จ กรุณาลองใหม่ภายหลัง"
    case 20000: "ยังไม่ได้ลงทะเบียนการเข้าสู่ระบบด้วยใบหน้า กรุณาลงทะเบียนเพื่อดำเนินการต่อ"
    case 20001: "ลงทะเบียนการเข้าสู่ระบบด้วยใบหน้าไว้แล้ว คุณเข้าสู่ระบบด้วยใบหน้าได้เลย"
    case 20002, 20005, 20010: "ฟีเจอร์นี้ไม่พร้อมใช้งานในขณะนี้ กรุณาลองใหม่ภายหลัง"
    case 20013, 40001: "บริการนี้ไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่ภายหลัง"
    case 20021, 20022: "ไม่สามารถยืนยันใบหน้าบนอุปกรณ์นี้ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง"
    case 20023, 20024, 20300, 40000: "เกิดข้อผิดพลาด กรุณาลองใหม่ภายหลัง"
    case 20150: "ไม่สามารถใช้ลิงก์นี้ได้ กรุณาลองอีกครั้ง"
    case 30000: "เราไม่สามารถยืนยันใบหน้าของคุณได้ กรุณาตรวจสอบว่าใบหน้ามีแสงสว่างเพียงพอและมองเห็นได้ทั้งหมด แล้วลองอีกครั้ง"
    case 30001: "หมดเวลาแล้ว กรุณาให้ใบหน้าอยู่ในกรอบทันทีที่กล้องเปิดขึ้น แล้วลองอีกครั้ง"
    case 30002: "ใบหน้าของคุณอาจถูกบังบางส่วน กรุณาตรวจสอบว่าไม่มีสิ่งใดบังใบหน้า แล้วลองอีกครั้ง"
    case 30003: "ยกเลิกการสแกนใบหน้าแล้ว คุณลองอีกครั้งได้ทุกเมื่อที่พร้อม"
    case 30004: "เราไม่สามารถจับคู่ใบหน้าของคุณได้ กรุณาตรวจสอบว่าเลือกบัญชีถูกต้อง แล้วลองอีกครั้ง"
    case 30005: "ดูเหมือนว่าคุณจะออฟไลน์อยู่ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง"
    case 30006, 40002: "ไม่สามารถใช้อุปกรณ์นี้ยืนยันใบหน้าได้ กรุณาลองใช้อุปกรณ์อื่น"
    case 30008: "ครั้งนี้เราไม่สามารถจดจำคุณได้ กรุณาทำตามคำแนะนำบนหน้าจอ แล้วลองอีกครั้ง"
    case 30009: "การยืนยันใบหน้าต้องใช้กล้อง กรุณาอนุญาตการเข้าถึงกล้องในการตั้งค่า แล้วลองอีกครั้ง"
    case 30010: "กรุณาอัปเดตแอปเป็นเวอร์ชันล่าสุดเพื่อดำเนินการต่อ"
    default:
        switch peerCategory(code) {
        case .unknown: "เกิดข้อผิดพลาด กรุณาลองอีกครั้ง"
        case .internal: "เกิดข้อผิดพลาดจากระบบของเรา กรุณาลองใหม่ภายหลัง"
        case .integration: "ฟีเจอร์นี้ไม่พร้อมใช้งานในขณะนี้ กรุณาลองใหม่ภายหลัง"
        case .user: "เราไม่สามารถสแกนใบหน้าให้เสร็จสมบูรณ์ได้ กรุณาตรวจสอบว่าใบหน้ามีแสงสว่างเพียงพอและไม่มีสิ่งใดบังกล้อง แล้วลองอีกครั้ง"
        case .antiInject: "เกิดข้อผิดพลาด กรุณาลองใหม่ภายหลัง"
        }
    }
}

func peerUserMessage39(_ code: Int32) -> String {
    switch code {
    case 507: "Bizim tarafımızda bir sorun oluştu. Lütfen uygulamanın güncel olduğundan emin olun ve tekrar deneyin."
    case 512: "Siz olduğunuzu doğrulayamadık. Yüzünüzün iyi aydınlatılmış, ortalanmış ve açıkta olduğundan emin olup tekrar deneyin."
    case 523, 30007: "Çok fazla deneme yapıldı. Lütfen tekrar denemeden önce biraz bekleyin."
    case 534: "Yüzle girişiniz artık etkin değil. Devam etmek için lütfen yeniden kurun."
    case 535: "Yüzle giriş bu cihazda artık etkin değil. Devam etmek için lütfen yeniden kurun."
    case 537: "Bir sorun oluştu. Lütfen tekrar deneyin; sorun devam ederse birkaç dakika bekleyin."
    case 539: "Bu hesap cihaz sınırına ulaştı. Lütfen artık kullanmadığınız bir cihazı kaldırın veya destek ekibiyle iletişime geçin."
    case 1004: "Sunucuya ulaşamadık. Lütfen internet bağlantınızı kontrol edip tekrar deneyin."
    case 1131: "Yüzle giriş bu cihazda henüz kurulmadı. Devam etmek için lütfen kurun."
    case 1134: "Bir sorun oluştu. Lütfen tekrar deneyin."
    case 1142: "Lütfen cihazınızın tarih ve saatinin doğru olduğunu kontrol edip tekrar deneyin. Yüzle girişi yeniden kurmanız gerekebilir."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin."
    case 10004: "Kamera kullanılamadı. Lütfen daha sonra tekrar deneyin."
    case 10100: "Yüz doğrulama tamamlanamadı. Lütfen daha sonra tekrar deneyin."
    case 20000: "Yüzle giriş henüz kurulmadı. Devam etmek için lütfen kurun."
    case 20001: "Yüzle giriş zaten kurulu. Yüzünüzle giriş yapabilirsiniz."
    case 20002, 20005, 20010: "Bu özellik şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin."
    case 20013, 40001: "Bu hizmet geçici olarak kullanılamıyor. Lütfen daha sonra tekrar deneyin."
    case 20021, 20022: "Yüz doğrulama şu anda bu cihazda çalıştırılamıyor. Lütfen daha sonra tekrar deneyin."
    case 20023, 20024, 20300, 40000: "Bir sorun oluştu. Lütfen daha sonra tekrar deneyin."
    case 20150: "Bu bağlantı kullanılamadı. Lütfen tekrar deneyin."
    case 30000: "Yüzünüzü doğrulayamadık. Yüzünüzün iyi aydınlatılmış ve tamamen görünür olduğundan emin olup tekrar deneyin."
    case 30001: "Süre doldu. Tekrar deneyin ve kamera açılır açılmaz yüzünüzü kadrajda tutun."
    case 30002: "Yüzünüzün bir kısmı kapalı olabilir. Yüzünüzü hiçbir şeyin kapatmadığından emin olup tekrar deneyin."
    case 30003: "Yüz taraması iptal edildi. Hazır olduğunuzda tekrar deneyebilirsiniz."
    case 30004: "Yüzünüzü eşleştiremedik. Doğru hesabı seçtiğinizden emin olup tekrar deneyin."
    case 30005: "Çevrimdışı görünüyorsunuz. Lütfen internet bağlantınızı kontrol edip tekrar deneyin."
    case 30006, 40002: "Bu cihaz yüz doğrulama için kullanılamıyor. Lütfen başka bir cihazda deneyin."
    case 30008: "Bu sefer sizi tanıyamadık. Ekrandaki yönergeleri izleyip tekrar deneyin."
    case 30009: "Yüz doğrulama için kameranız gerekiyor. Lütfen Ayarlar'dan kamera erişimine izin verip tekrar deneyin."
    case 30010: "Devam etmek için lütfen uygulamayı en son sürüme güncelleyin."
    default:
        switch peerCategory(code) {
        case .unknown: "Bir sorun oluştu. Lütfen tekrar deneyin."
        case .internal: "Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin."
        case .integration: "Bu özellik şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin."
        case .user: "Yüz taraması tamamlanamadı. Yüzünüzün iyi aydınlatıldığından ve kamerayı hiçbir şeyin engellemediğinden emin olup tekrar deneyin."
        case .antiInject: "Bir sorun oluştu. Lütfen daha sonra tekrar deneyin."
        }
    }
}

func peerUserMessage40(_ code: Int32) -> String {
    switch code {
    case 507: "Đã xảy ra lỗi từ phía chúng tôi. Vui lòng đảm bảo ứng dụng đã được cập nhật rồi thử lại."
    case 512: "Chúng tôi không thể xác nhận đó là bạn. Hãy đảm bảo khuôn mặt của bạn đủ sáng, ở giữa khung hình và không bị che, rồi thử lại."
    case 523, 30007: "Quá nhiều lần thử. Vui lòng đợi một lát rồi thử lại."
    case 534: "Đăng nhập bằng khuôn mặt của bạn không còn hoạt động. Vui lòng thiết lập lại để tiếp tục."
    case 535: "Đăng nhập bằng khuôn mặt không còn hoạt động trên thiết bị này. Vui lòng thiết lập lại để tiếp tục."
    case 537: "Đã xảy ra lỗi. Vui lòng thử lại, hoặc đợi vài phút nếu lỗi vẫn tiếp diễn."
    case 539: "Tài khoản này đã đạt giới hạn số thiết bị. Vui lòng xóa một thiết bị bạn không còn dùng, hoặc liên hệ bộ phận hỗ trợ."
    case 1004: "Không thể kết nối với máy chủ. Vui lòng kiểm tra kết nối Internet rồi thử lại."
    case 1131: "Đăng nhập bằng khuôn mặt chưa được thiết lập trên thiết bị này. Vui lòng thiết lập để tiếp tục."
    case 1134: "Đã xảy ra lỗi. Vui lòng thử lại."
    case 1142: "Vui lòng kiểm tra xem ngày và giờ trên thiết bị của bạn đã chính xác chưa, rồi thử lại. Bạn có thể cần thiết lập lại đăng nhập bằng khuôn mặt."
    case 10000, 10001, 10003, 10005, 10006, 10200: "Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại sau."
    case 10004: "Không thể sử dụng camera. Vui lòng thử lại sau."
    case 10100: "Không thể hoàn tất xác minh khuôn mặt. Vui lòng thử lại sau."
    case 20000: "Đăng nhập bằng khuôn mặt chưa được thiết lập. Vui lòng thiết lập để tiếp tục."
    case 20001: "Đăng nhập bằng khuôn mặt đã được thiết lập. Bạn có thể đăng nhập bằng khuôn mặt của mình."
    case 20002, 20005, 20010: "Tính năng này hiện không khả dụng. Vui lòng thử lại sau."
    case 20013, 40001: "Dịch vụ này tạm thời không khả dụng. Vui lòng thử lại sau."
    case 20021, 20022: "Hiện không thể xác minh khuôn mặt trên thiết bị này. Vui lòng thử lại sau."
    case 20023, 20024, 20300, 40000: "Đã xảy ra lỗi. Vui lòng thử lại sau."
    case 20150: "Không thể sử dụng liên kết này. Vui lòng thử lại."
    case 30000: "Chúng tôi không thể xác minh khuôn mặt của bạn. Hãy đảm bảo khuôn mặt đủ sáng và hiển thị đầy đủ, rồi thử lại."
    case 30001: "Đã hết thời gian. Hãy đưa khuôn mặt vào khung hình ngay khi camera mở, rồi thử lại."
    case 30002: "Khuôn mặt của bạn có thể đang bị che một phần. Hãy đảm bảo không có gì che khuôn mặt, rồi thử lại."
    case 30003: "Đã hủy quét khuôn mặt. Bạn có thể thử lại bất cứ khi nào sẵn sàng."
    case 30004: "Chúng tôi không thể khớp khuôn mặt của bạn. Hãy kiểm tra xem bạn đã chọn đúng tài khoản chưa, rồi thử lại."
    case 30005: "Có vẻ như bạn đang ngoại tuyến. Hãy kiểm tra kết nối Internet rồi thử lại."
    case 30006, 40002: "Không thể dùng thiết bị này để xác minh khuôn mặt. Vui lòng thử trên thiết bị khác."
    case 30008: "Lần này chúng tôi chưa nhận diện được bạn. Hãy làm theo hướng dẫn trên màn hình rồi thử lại."
    case 30009: "Xác minh khuôn mặt cần dùng camera. Vui lòng cho phép truy cập camera trong phần Cài đặt, rồi thử lại."
    case 30010: "Vui lòng cập nhật ứng dụng lên phiên bản mới nhất để tiếp tục."
    default:
        switch peerCategory(code) {
        case .unknown: "Đã xảy ra lỗi. Vui lòng thử lại."
        case .internal: "Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại sau."
        case .integration: "Tính năng này hiện không khả dụng. Vui lòng thử lại sau."
        case .user: "Chúng tôi không thể hoàn tất quét khuôn mặt. Hãy đảm bảo khuôn mặt đủ sáng và không có gì che camera, rồi thử lại."
        case .antiInject: "Đã xảy ra lỗi. Vui lòng thử lại sau."
        }
    }
}

func peerUserMessage41(_ code: Int32) -> String {
    switch code {
    case 507: "我们这边出了点问题。请确认应用已更新到最新版本，然后重试。"
    case 512: "未能确认是您本人。请确保脸部光线充足、位于画面中央且没有遮挡，然后重试。"
    case 523, 30007: "尝试次数过多。请稍等片刻再重试。"
    case 534: "您的刷脸登录已失效。请重新开通以继续。"
    case 535: "此设备上的刷脸登录已失效。请重新开通以继续。"
    case 537: "出了点问题。请重试；如果问题反复出现，请过几分钟再试。"
    case 539: "此账号的设备数量已达上限。请移除不再使用的设备，或联系客服。"
    case 1004: "无法连接服务器。请检查您的网络连接，然后重试。"
    case 1131: "此设备尚未开通刷脸登录。请开通后继续。"
    case 1134: "出了点问题。请重试。"
    case 1142: "请检查设备的日期和时间是否正确，然后重试。您可能需要重新开通刷脸登录。"
    case 10000, 10001, 10003, 10005, 10006, 10200: "我们这边出了点问题。请稍后重试。"
    case 10004: "无法使用相机。请稍后重试。"
    case 10100: "未能完成人脸验证。请稍后重试。"
    case 20000: "尚未开通刷脸登录。请开通后继续。"
    case 20001: "刷脸登录已开通。您可以直接刷脸登录。"
    case 20002, 20005, 20010: "此功能暂时无法使用。请稍后重试。"
    case 20013, 40001: "此服务暂时不可用。请稍后重试。"
    case 20021, 20022: "此设备目前无法进行人脸验证。请稍后重试。"
    case 20023, 20024, 20300, 40000: "出了点问题。请稍后重试。"
    case 20150: "此链接无法使用。请重试。"
    case 30000: "未能验证您的脸部。请确保脸部光线充足且完整可见，然后重试。"
    case 30001: "已超时。请重试，并在相机打开后立即将脸部移入画面。"
    case 30002: "您的脸部可能被部分遮挡。请确保脸部没有任何遮挡，然后重试。"
    case 30003: "人脸扫描已取消。准备好后可随时重试。"
    case 30004: "未能匹配您的脸部。请确认您选择了正确的账号，然后重试。"
    case 30005: "您似乎处于离线状态。请检查网络连接，然后重试。"
    case 30006, 40002: "此设备无法用于人脸验证。请换一台设备再试。"
    case 30008: "这次未能识别您的身份。请按照屏幕上的提示重试。"
    case 30009: "人脸验证需要使用相机。请在设置中允许访问相机，然后重试。"
    case 30010: "请将应用更新到最新版本以继续。"
    default:
        switch peerCategory(code) {
        case .unknown: "出了点问题。请重试。"
        case .internal: "我们这边出了点问题。请稍后重试。"
        case .integration: "此功能暂时无法使用。请稍后重试。"
        case .user: "未能完成人脸扫描。请确保脸部光线充足且没有物体遮挡相机，然后重试。"
        case .antiInject: "出了点问题。请稍后重试。"
        }
    }
}

func peerUserMessage42(_ code: Int32) -> String {
    switch code {
    case 507: "我們的系統發生問題。請確認應用程式已更新至最新版本，然後再試一次。"
    case 512: "無法確認是您本人。請確認臉部光線充足、位於畫面中央且未被遮住，然後再試一次。"
    case 523, 30007: "嘗試次數過多。請稍候片刻再試。"
    case 534: "您的臉部辨識登入已失效。請重新啟用以繼續。"
    case 535: "此裝置上的臉部辨識登入已失效。請重新啟用以繼續。"
    case 537: "發生錯誤。請再試一次，若問題持續發生，請等幾分鐘後再試。"
    case 539: "此帳號的裝置數量已達上限。請移除不再使用的裝置，或聯絡客服。"
    case 1004: "無法連線至伺服器。請檢查您的網路連線，然後再試一次。"
    case 1131: "此裝置尚未啟用臉部辨識登入。請先啟用以繼續。"
    case 1134: "發生錯誤。請再試一次。"
    case 1142: "請確認裝置的日期和時間是否正確，然後再試一次。您可能需要重新啟用臉部辨識登入。"
    case 10000, 10001, 10003, 10005, 10006, 10200: "我們的系統發生問題。請稍後再試。"
    case 10004: "無法使用相機。請稍後再試。"
    case 10100: "無法完成臉部驗證。請稍後再試。"
    case 20000: "尚未啟用臉部辨識登入。請先啟用以繼續。"
    case 20001: "臉部辨識登入已啟用。您可以使用臉部登入。"
    case 20002, 20005, 20010: "此功能目前無法使用。請稍後再試。"
    case 20013, 40001: "此服務暫時無法使用。請稍後再試。"
    case 20021, 20022: "此裝置目前無法進行臉部驗證。請稍後再試。"
    case 20023, 20024, 20300, 40000: "發生錯誤。請稍後再試。"
    case 20150: "無法使用此連結。請再試一次。"
    case 30000: "無法驗證您的臉部。請確認臉部光線充足且完整入鏡，然後再試一次。"
    case 30001: "已逾時。請再試一次，並在相機開啟後立即讓臉部入鏡。"
    case 30002: "您的臉部可能有部分被遮住。請確認沒有東西遮住臉部，然後再試一次。"
    case 30003: "臉部掃描已取消。準備好後，隨時可以再試一次。"
    case 30004: "無法比對您的臉部。請確認您選擇了正確的帳號，然後再試一次。"
    case 30005: "您似乎處於離線狀態。請檢查網路連線，然後再試一次。"
    case 30006, 40002: "此裝置無法用於臉部驗證。請改用其他裝置。"
    case 30008: "這次無法辨識您的身分。請依照螢幕上的指示再試一次。"
    case 30009: "臉部驗證需要使用相機。請在設定中允許存取相機，然後再試一次。"
    case 30010: "請將應用程式更新至最新版本以繼續。"
    default:
        switch peerCategory(code) {
        case .unknown: "發生錯誤。請再試一次。"
        case .internal: "我們的系統發生問題。請稍後再試。"
        case .integration: "此功能目前無法使用。請稍後再試。"
        case .user: "無法完成臉部掃描。請確認臉部光線充足且沒有東西擋住相機，然後再試一次。"
        case .antiInject: "發生錯誤。請稍後再試。"
        }
    }
}

func peerUserMessage43(_ code: Int32) -> String {
    switch code {
    case 507: "我們的系統出現問題。請確保應用程式已更新至最新版本，然後再試一次。"
    case 512: "未能確認是你本人。請確保面部光線充足、位於畫面中央及沒有遮擋，然後再試一次。"
    case 523, 30007: "嘗試次數過多。請稍等片刻再試。"
    case 534: "你的面部識別登入已失效。請重新啟用以繼續。"
    case 535: "此裝置上的面部識別登入已失效。請重新啟用以繼續。"
    case 537: "發生錯誤。請再試一次，如問題持續，請等候數分鐘後再試。"
    case 539: "此帳戶的裝置數目已達上限。請移除不再使用的裝置，或聯絡客戶服務。"
    case 1004: "未能連接伺服器。請檢查你的網絡連線，然後再試一次。"
    case 1131: "此裝置尚未啟用面部識別登入。請先啟用以繼續。"
    case 1134: "發生錯誤。請再試一次。"
    case 1142: "請檢查裝置的日期及時間是否正確，然後再試一次。你可能需要重新啟用面部識別登入。"
    case 10000, 10001, 10003, 10005, 10006, 10200: "我們的系統出現問題。請稍後再試。"
    case 10004: "未能使用相機。請稍後再試。"
    case 10100: "未能完成面部驗證。請稍後再試。"
    case 20000: "尚未啟用面部識別登入。請先啟用以繼續。"
    case 20001: "面部識別登入已啟用。你可以使用面部登入。"
    case 20002, 20005, 20010: "此功能暫時未能使用。請稍後再試。"
    case 20013, 40001: "此服務暫時未能提供。請稍後再試。"
    case 20021, 20022: "此裝置現時未能進行面部驗證。請稍後再試。"
    case 20023, 20024, 20300, 40000: "發生錯誤。請稍後再試。"
    case 20150: "未能使用此連結。請再試一次。"
    case 30000: "未能驗證你的面部。請確保面部光線充足及完全可見，然後再試一次。"
    case 30001: "已逾時。請再試一次，並在相機開啟後立即將面部置於畫面內。"
    case 30002: "你的面部可能被部分遮擋。請確保沒有物件遮擋面部，然後再試一次。"
    case 30003: "面部掃描已取消。準備好後可隨時再試。"
    case 30004: "未能比對你的面部。請確認你已選擇正確的帳戶，然後再試一次。"
    case 30005: "你似乎處於離線狀態。請檢查網絡連線，然後再試一次。"
    case 30006, 40002: "此裝置無法用於面部驗證。請改用其他裝置。"
    case 30008: "這次未能識別你的身份。請按照螢幕上的指示再試一次。"
    case 30009: "面部驗證需要使用相機。請在設定中允許存取相機，然後再試一次。"
    case 30010: "請將應用程式更新至最新版本以繼續。"
    default:
        switch peerCategory(code) {
        case .unknown: "發生錯誤。請再試一次。"
        case .internal: "我們的系統出現問題。請稍後再試。"
        case .integration: "此功能暫時未能使用。請稍後再試。"
        case .user: "未能完成面部掃描。請確保面部光線充足，且沒有物件遮擋相機，然後再試一次。"
        case .antiInject: "發生錯誤。請稍後再試。"
        }
    }
}
