// Generated from Cargo.toml, src/catalog.rs, src/category.rs and src/action.rs by tests/codegen/swift.rs;
// do not edit. Regenerate with `make regenerate` at the repository root.
//
// Only what Swift code needs at compile time: the code constants (their doc comments repeat the
// catalog's titles and meanings for Xcode's Quick Help), the enums with the category's range rule,
// and the version. Every other answer comes from the C library at run time (Catalog.swift).

/// The version of this Swift binding, such as `"0.3.0"`: the keyless-errors release it belongs to.
/// Write it qualified, `KeylessErrors.VERSION`. ``libraryVersion`` is the loaded C library's.
public let VERSION = "0.3.0"

extension KeylessError.Code {
    /// Invalid protocol message: `PROTOCOL_INVALID_MESSAGE` (507, internal).
    ///
    /// The SDK's core client and the Keyless Core backend did not understand each other: a
    /// client-server protocol mismatch.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let protocolInvalidMessage = KeylessError.Code(rawValue: 507)

    /// Failed to authenticate user: `PROTOCOL_FAILED_TO_AUTHENTICATE_USER` (512, internal).
    ///
    /// The selfie did not reach the match threshold: Keyless was not confident enough that it shows
    /// the face registered to this Keyless ID.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let protocolFailedToAuthenticateUser = KeylessError.Code(rawValue: 512)

    /// Device activation lockout: `DEVICE_ACTIVATION_LOCKOUT` (523, internal).
    ///
    /// Too many failed attempts while activating a new device have locked the user out for a while.
    /// It is the new-device counterpart of 30007 (USER_LOCKOUT).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let deviceActivationLockout = KeylessError.Code(rawValue: 523)

    /// User not found or deactivated: `USER_NOT_FOUND_OR_DEACTIVATED` (534, internal).
    ///
    /// The Keyless backend has no such user, or the user was deactivated there. Deleting a user
    /// through the Server API does not notify the SDK, which still holds the user in its on-device
    /// cache, so the failure only shows at the next authentication.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let userNotFoundOrDeactivated = KeylessError.Code(rawValue: 534)

    /// Device not found or deactivated: `DEVICE_NOT_FOUND_OR_DEACTIVATED` (535, internal).
    ///
    /// The Keyless backend has no such device, or the device was deactivated there. Deleting a
    /// device through the Server API does not notify the SDK, so the failure only shows at the next
    /// authentication.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let deviceNotFoundOrDeactivated = KeylessError.Code(rawValue: 535)

    /// Bad request: `PROTOCOL_BAD_REQUEST` (537, internal).
    ///
    /// The Keyless Core backend answered with HTTP status 400 (bad request).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let protocolBadRequest = KeylessError.Code(rawValue: 537)

    /// Device limit reached: `PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED` (539, internal).
    ///
    /// This Keyless ID already has the maximum of 50 devices. They are not all physical devices:
    /// backup or temporary client states, such as ones kept to bind future devices, count towards
    /// the limit too.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let protocolMaxNumberOfDevicesReached = KeylessError.Code(rawValue: 539)

    /// Network connection failed: `NET_CONNECTION_FAILED` (1004, internal).
    ///
    /// The network is unavailable, or the server sent a response the SDK did not expect. Not to be
    /// confused with shared code 1004 (SDK_STORAGE_FAILED, native 10005).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let netConnectionFailed = KeylessError.Code(rawValue: 1004)

    /// User not enrolled on this device: `USER_NOT_ENROLLED_ON_DEVICE` (1131, internal).
    ///
    /// No user is enrolled on this device, not even in the SDK's local data, so the check ended on
    /// the device without asking the backend.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let userNotEnrolledOnDevice = KeylessError.Code(rawValue: 1131)

    /// Invalid client input: `CLIENT_INVALID_INPUT` (1134, internal).
    ///
    /// A core function received a parameter that is wrong or invalid.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let clientInvalidInput = KeylessError.Code(rawValue: 1134)

    /// Client out of sync: `CLIENT_UNKNOWN_ERROR` (1142, internal).
    ///
    /// The SDK's local state (the core client) may no longer match the Keyless Core backend. A
    /// wrong device clock can cause it too.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let clientUnknownError = KeylessError.Code(rawValue: 1142)

    /// SDK error: `SDK_ERROR` (10000, internal).
    ///
    /// A general error inside the SDK; the shared model names it SDK_ERROR, the same name it uses
    /// for every code it has no row for.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let sdkError = KeylessError.Code(rawValue: 10000)

    /// Artifact retrieval failed: `ARTIFACT_RETRIEVE_FAILED` (10001, internal).
    ///
    /// The SDK could not retrieve an artifact it needs.
    ///
    /// Shared code: 1009 `SDK_ARTIFACT_RETRIEVE_FAILED`.
    public static let artifactRetrieveFailed = KeylessError.Code(rawValue: 10001)

    /// Logging configuration failed: `LOGGING_CONFIGURATION_FAILED` (10003, internal).
    ///
    /// Setting up the SDK's logging failed.
    ///
    /// Shared code: 1003 `SDK_LOGGING_CONFIGURATION_FAILED`.
    public static let loggingConfigurationFailed = KeylessError.Code(rawValue: 10003)

    /// Camera error: `CAMERA_ERROR` (10004, internal).
    ///
    /// The SDK hit an error with the camera. A refused camera permission is a different code: 30009
    /// (CAMERA_DENIED).
    ///
    /// Shared code: 2000 `CAMERA_ERROR`.
    public static let cameraError = KeylessError.Code(rawValue: 10004)

    /// Storage failed: `STORAGE_FAILED` (10005, internal).
    ///
    /// A storage operation of the SDK failed. Its shared code is 1004 (SDK_STORAGE_FAILED), which
    /// is not native 1004 (NET_CONNECTION_FAILED).
    ///
    /// Shared code: 1004 `SDK_STORAGE_FAILED`.
    public static let storageFailed = KeylessError.Code(rawValue: 10005)

    /// Invalid customer properties: `INVALID_CUSTOMER_PROPERTIES` (10006, internal).
    ///
    /// The SDK found the customer properties invalid.
    ///
    /// Shared code: 1016 `SDK_INVALID_CUSTOMER_PROPERTIES`.
    public static let invalidCustomerProperties = KeylessError.Code(rawValue: 10006)

    /// Biometric error: `BIOMETRIC_ERROR` (10100, internal).
    ///
    /// An error in the SDK's biometric component; the shared model names it BIOM_ERROR.
    ///
    /// Shared code: 4000 `BIOM_ERROR`.
    public static let biometricError = KeylessError.Code(rawValue: 10100)

    /// Core error: `CORE_ERROR` (10200, internal).
    ///
    /// An error in the Keyless core; the shared model names it CORE_ERROR.
    ///
    /// Shared code: 3000 `CORE_ERROR`.
    public static let coreError = KeylessError.Code(rawValue: 10200)

    /// User not enrolled: `USER_NOT_ENROLLED` (20000, integration).
    ///
    /// The user is not enrolled. On mobile this is a check made on the device; the web SDK
    /// deliberately reports the same state as a generic server error, so that nobody can probe
    /// which users are enrolled.
    ///
    /// Shared code: 3003 `CORE_USER_NOT_ENROLLED`.
    public static let userNotEnrolled = KeylessError.Code(rawValue: 20000)

    /// User already enrolled: `USER_ALREADY_ENROLLED` (20001, integration).
    ///
    /// The user is already enrolled.
    ///
    /// Shared code: 3002 `CORE_USER_ALREADY_ENROLLED`.
    public static let userAlreadyEnrolled = KeylessError.Code(rawValue: 20001)

    /// SDK not configured: `SDK_NOT_CONFIGURED` (20002, integration).
    ///
    /// The SDK was used before it was configured.
    ///
    /// Shared code: 1001 `SDK_NOT_CONFIGURED`.
    public static let sdkNotConfigured = KeylessError.Code(rawValue: 20002)

    /// SDK configure failed (legacy): `SDK_CONFIGURE_FAILED_LEGACY` (20005, integration).
    ///
    /// The old code for a failed Keyless.configure call. Current SDKs report 20010
    /// (SDK_CONFIGURE_FAILED) instead.
    ///
    /// Deprecated: Legacy: no longer returned, replaced by 20010.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let sdkConfigureFailedLegacy = KeylessError.Code(rawValue: 20005)

    /// SDK configure failed: `SDK_CONFIGURE_FAILED` (20010, integration).
    ///
    /// The call to Keyless.configure failed.
    ///
    /// Note: Since SDK 6.0.0 the configure error is finer-grained: its message names the actual
    /// problem.
    ///
    /// Shared code: 1002 `SDK_INVALID_CONFIGURATION`.
    public static let sdkConfigureFailed = KeylessError.Code(rawValue: 20010)

    /// Not enough API key seats: `NOT_ENOUGH_API_KEY_SEATS` (20013, integration).
    ///
    /// The API key has no seats left.
    ///
    /// Shared code: 3001 `CORE_NOT_ENOUGH_API_KEY_SEATS`.
    public static let notEnoughApiKeySeats = KeylessError.Code(rawValue: 20013)

    /// Environment-aware liveness unsupported: `LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED` (20021,
    /// integration).
    ///
    /// The device does not meet the requirements of the liveness environment aware feature
    /// (environment-aware liveness detection).
    ///
    /// Deprecated: Since SDK 6.0.0 the SDK handles the environment-aware liveness check internally
    /// and no longer returns this code.
    ///
    /// Shared code: 4003 `BIOM_LIVENESS_ENVIRONMENT_AWARE_NOT_SUPPORTED`.
    public static let livenessEnvironmentAwareUnsupported = KeylessError.Code(rawValue: 20021)

    /// Device environment awareness unsupported: `DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED` (20022,
    /// integration).
    ///
    /// The device does not support the device environment aware feature.
    ///
    /// Shared code: 4004 `BIOM_DEVICE_ENVIRONMENT_AWARE_NOT_SUPPORTED`.
    public static let deviceEnvironmentAwareUnsupported = KeylessError.Code(rawValue: 20022)

    /// Invalid client state: `INVALID_CLIENT_STATE` (20023, integration).
    ///
    /// The SDK's client state is invalid for the requested operation.
    ///
    /// Shared code: 1010 `SDK_INVALID_CLIENT_STATE`.
    public static let invalidClientState = KeylessError.Code(rawValue: 20023)

    /// User profile error: `USER_PROFILE_ERROR` (20024, integration).
    ///
    /// An error with the user's profile. The shared model 6.0.0 has no code for it yet, so it maps
    /// to the fallback 1000 (SDK_ERROR).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let userProfileError = KeylessError.Code(rawValue: 20024)

    /// Dynamic linking payload malformed: `DYNAMIC_LINKING_PAYLOAD_MALFORMED` (20150, integration).
    ///
    /// A dynamic linking payload handed to the SDK is malformed.
    ///
    /// Shared code: 1008 `SDK_DYNAMIC_LINKING_PAYLOAD_MALFORMED`.
    public static let dynamicLinkingPayloadMalformed = KeylessError.Code(rawValue: 20150)

    /// Secret not found: `SECRET_NOT_FOUND` (20300, integration).
    ///
    /// A secret the operation needs was not found.
    ///
    /// Shared code: 3006 `CORE_SECRET_NOT_FOUND`.
    public static let secretNotFound = KeylessError.Code(rawValue: 20300)

    /// Spoofing: `SPOOFING` (30000, user).
    ///
    /// Keyless could not establish that a real person was present in front of the camera.
    ///
    /// Shared code: 4002 `BIOM_GENUINE_PRESENCE_NOT_ESTABLISHED`.
    public static let spoofing = KeylessError.Code(rawValue: 30000)

    /// Timeout: `TIMEOUT` (30001, user).
    ///
    /// The face was not recognized before the configured time limit ran out.
    ///
    /// Deprecated: Not returned since SDK 5.0.1, which deprecated the liveness timeout feature (see
    /// the SDK changelog).
    ///
    /// Shared code: 1006 `SDK_TIMEOUT`.
    public static let timeout = KeylessError.Code(rawValue: 30001)

    /// Mask detected: `MASK_DETECTED` (30002, user).
    ///
    /// A mask, or something else, may be hiding part of the user's face.
    ///
    /// Deprecated: Not returned since SDK 4.8.0: a covered face is now reported through live
    /// feedback during the scan.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let maskDetected = KeylessError.Code(rawValue: 30002)

    /// User cancelled: `USER_CANCELLED` (30003, user).
    ///
    /// The user cancelled the face scan or the image processing, for example with the back button.
    ///
    /// Shared code: 1005 `SDK_USER_CANCELLED`.
    public static let userCancelled = KeylessError.Code(rawValue: 30003)

    /// Face not matching: `FACE_NOT_MATCHING` (30004, user).
    ///
    /// A face was detected, but it does not match the face enrolled with Keyless: a biometric
    /// mismatch.
    ///
    /// Shared code: 3004 `CORE_FACE_NOT_MATCHING`.
    public static let faceNotMatching = KeylessError.Code(rawValue: 30004)

    /// No network connection: `NO_NETWORK_CONNECTION` (30005, user).
    ///
    /// The device seems to be offline: network connectivity was lost.
    ///
    /// Shared code: 1007 `SDK_NO_NETWORK_CONNECTION`.
    public static let noNetworkConnection = KeylessError.Code(rawValue: 30005)

    /// Device tampered: `DEVICE_TAMPERED` (30006, user).
    ///
    /// The device looks tampered with: it may be rooted or jailbroken.
    ///
    /// Deprecated: Superseded by runtime application self-protection (RASP); current SDKs no longer
    /// return it.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let deviceTampered = KeylessError.Code(rawValue: 30006)

    /// User lockout: `USER_LOCKOUT` (30007, user).
    ///
    /// Too many failed authentication attempts have locked the user out of Keyless for a while.
    /// When a new device is being activated, 523 (DEVICE_ACTIVATION_LOCKOUT) is returned instead.
    ///
    /// Shared code: 3007 `CORE_USER_LOCKED_OUT`.
    public static let userLockout = KeylessError.Code(rawValue: 30007)

    /// Rejected: `REJECTED` (30008, user).
    ///
    /// Keyless could not recognize the user, but suspects no spoofing attempt. The model gives no
    /// further hint about the cause.
    ///
    /// Shared code: 4001 `BIOM_REJECTED`.
    public static let rejected = KeylessError.Code(rawValue: 30008)

    /// Camera denied: `CAMERA_DENIED` (30009, user).
    ///
    /// The user refused the camera permission.
    ///
    /// Shared code: 2002 `CAMERA_PERMISSION_DENIED`.
    public static let cameraDenied = KeylessError.Code(rawValue: 30009)

    /// Outdated app: `OUTDATED_APP` (30010, user).
    ///
    /// The app is outdated.
    ///
    /// Shared code: 1012 `SDK_OUTDATED_APP`.
    public static let outdatedApp = KeylessError.Code(rawValue: 30010)

    /// Anti-inject initialization failed: `ANTI_INJECT_INITIALIZATION_FAILED` (40000, anti_inject).
    ///
    /// Keyless Anti-Inject variant only: an internal error stopped Anti-Inject from initializing.
    ///
    /// Shared code: 6000 `SECURITY_ERROR`.
    public static let antiInjectInitializationFailed = KeylessError.Code(rawValue: 40000)

    /// License expired: `LICENSE_EXPIRED` (40001, anti_inject).
    ///
    /// Keyless Anti-Inject variant only: the configFile.tak license has expired.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    public static let licenseExpired = KeylessError.Code(rawValue: 40001)

    /// Device might not be genuine: `DEVICE_NOT_GENUINE` (40002, anti_inject).
    ///
    /// Keyless Anti-Inject variant only: signals suggest that the device may be compromised or not
    /// genuine. The user cannot continue: neither enrollment nor authentication is possible on it.
    ///
    /// Shared code: 6001 `SECURITY_DEVICE_NOT_GENUINE`.
    public static let deviceNotGenuine = KeylessError.Code(rawValue: 40002)
}

extension KeylessError {
    /// Invalid protocol message: `PROTOCOL_INVALID_MESSAGE` (507, internal).
    ///
    /// The SDK's core client and the Keyless Core backend did not understand each other: a
    /// client-server protocol mismatch.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/protocolInvalidMessage``, so that `catch
    /// KeylessError.protocolInvalidMessage` matches it.
    public static var protocolInvalidMessage: Code { .protocolInvalidMessage }

    /// Failed to authenticate user: `PROTOCOL_FAILED_TO_AUTHENTICATE_USER` (512, internal).
    ///
    /// The selfie did not reach the match threshold: Keyless was not confident enough that it shows
    /// the face registered to this Keyless ID.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/protocolFailedToAuthenticateUser``, so that `catch
    /// KeylessError.protocolFailedToAuthenticateUser` matches it.
    public static var protocolFailedToAuthenticateUser: Code { .protocolFailedToAuthenticateUser }

    /// Device activation lockout: `DEVICE_ACTIVATION_LOCKOUT` (523, internal).
    ///
    /// Too many failed attempts while activating a new device have locked the user out for a while.
    /// It is the new-device counterpart of 30007 (USER_LOCKOUT).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/deviceActivationLockout``, so that `catch
    /// KeylessError.deviceActivationLockout` matches it.
    public static var deviceActivationLockout: Code { .deviceActivationLockout }

    /// User not found or deactivated: `USER_NOT_FOUND_OR_DEACTIVATED` (534, internal).
    ///
    /// The Keyless backend has no such user, or the user was deactivated there. Deleting a user
    /// through the Server API does not notify the SDK, which still holds the user in its on-device
    /// cache, so the failure only shows at the next authentication.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/userNotFoundOrDeactivated``, so that `catch
    /// KeylessError.userNotFoundOrDeactivated` matches it.
    public static var userNotFoundOrDeactivated: Code { .userNotFoundOrDeactivated }

    /// Device not found or deactivated: `DEVICE_NOT_FOUND_OR_DEACTIVATED` (535, internal).
    ///
    /// The Keyless backend has no such device, or the device was deactivated there. Deleting a
    /// device through the Server API does not notify the SDK, so the failure only shows at the next
    /// authentication.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/deviceNotFoundOrDeactivated``, so that `catch
    /// KeylessError.deviceNotFoundOrDeactivated` matches it.
    public static var deviceNotFoundOrDeactivated: Code { .deviceNotFoundOrDeactivated }

    /// Bad request: `PROTOCOL_BAD_REQUEST` (537, internal).
    ///
    /// The Keyless Core backend answered with HTTP status 400 (bad request).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/protocolBadRequest``, so that `catch
    /// KeylessError.protocolBadRequest` matches it.
    public static var protocolBadRequest: Code { .protocolBadRequest }

    /// Device limit reached: `PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED` (539, internal).
    ///
    /// This Keyless ID already has the maximum of 50 devices. They are not all physical devices:
    /// backup or temporary client states, such as ones kept to bind future devices, count towards
    /// the limit too.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/protocolMaxNumberOfDevicesReached``, so that `catch
    /// KeylessError.protocolMaxNumberOfDevicesReached` matches it.
    public static var protocolMaxNumberOfDevicesReached: Code { .protocolMaxNumberOfDevicesReached }

    /// Network connection failed: `NET_CONNECTION_FAILED` (1004, internal).
    ///
    /// The network is unavailable, or the server sent a response the SDK did not expect. Not to be
    /// confused with shared code 1004 (SDK_STORAGE_FAILED, native 10005).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/netConnectionFailed``, so that `catch
    /// KeylessError.netConnectionFailed` matches it.
    public static var netConnectionFailed: Code { .netConnectionFailed }

    /// User not enrolled on this device: `USER_NOT_ENROLLED_ON_DEVICE` (1131, internal).
    ///
    /// No user is enrolled on this device, not even in the SDK's local data, so the check ended on
    /// the device without asking the backend.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/userNotEnrolledOnDevice``, so that `catch
    /// KeylessError.userNotEnrolledOnDevice` matches it.
    public static var userNotEnrolledOnDevice: Code { .userNotEnrolledOnDevice }

    /// Invalid client input: `CLIENT_INVALID_INPUT` (1134, internal).
    ///
    /// A core function received a parameter that is wrong or invalid.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/clientInvalidInput``, so that `catch
    /// KeylessError.clientInvalidInput` matches it.
    public static var clientInvalidInput: Code { .clientInvalidInput }

    /// Client out of sync: `CLIENT_UNKNOWN_ERROR` (1142, internal).
    ///
    /// The SDK's local state (the core client) may no longer match the Keyless Core backend. A
    /// wrong device clock can cause it too.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/clientUnknownError``, so that `catch
    /// KeylessError.clientUnknownError` matches it.
    public static var clientUnknownError: Code { .clientUnknownError }

    /// SDK error: `SDK_ERROR` (10000, internal).
    ///
    /// A general error inside the SDK; the shared model names it SDK_ERROR, the same name it uses
    /// for every code it has no row for.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/sdkError``, so that `catch KeylessError.sdkError`
    /// matches it.
    public static var sdkError: Code { .sdkError }

    /// Artifact retrieval failed: `ARTIFACT_RETRIEVE_FAILED` (10001, internal).
    ///
    /// The SDK could not retrieve an artifact it needs.
    ///
    /// Shared code: 1009 `SDK_ARTIFACT_RETRIEVE_FAILED`.
    ///
    /// The same value as ``KeylessError/Code/artifactRetrieveFailed``, so that `catch
    /// KeylessError.artifactRetrieveFailed` matches it.
    public static var artifactRetrieveFailed: Code { .artifactRetrieveFailed }

    /// Logging configuration failed: `LOGGING_CONFIGURATION_FAILED` (10003, internal).
    ///
    /// Setting up the SDK's logging failed.
    ///
    /// Shared code: 1003 `SDK_LOGGING_CONFIGURATION_FAILED`.
    ///
    /// The same value as ``KeylessError/Code/loggingConfigurationFailed``, so that `catch
    /// KeylessError.loggingConfigurationFailed` matches it.
    public static var loggingConfigurationFailed: Code { .loggingConfigurationFailed }

    /// Camera error: `CAMERA_ERROR` (10004, internal).
    ///
    /// The SDK hit an error with the camera. A refused camera permission is a different code: 30009
    /// (CAMERA_DENIED).
    ///
    /// Shared code: 2000 `CAMERA_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/cameraError``, so that `catch
    /// KeylessError.cameraError` matches it.
    public static var cameraError: Code { .cameraError }

    /// Storage failed: `STORAGE_FAILED` (10005, internal).
    ///
    /// A storage operation of the SDK failed. Its shared code is 1004 (SDK_STORAGE_FAILED), which
    /// is not native 1004 (NET_CONNECTION_FAILED).
    ///
    /// Shared code: 1004 `SDK_STORAGE_FAILED`.
    ///
    /// The same value as ``KeylessError/Code/storageFailed``, so that `catch
    /// KeylessError.storageFailed` matches it.
    public static var storageFailed: Code { .storageFailed }

    /// Invalid customer properties: `INVALID_CUSTOMER_PROPERTIES` (10006, internal).
    ///
    /// The SDK found the customer properties invalid.
    ///
    /// Shared code: 1016 `SDK_INVALID_CUSTOMER_PROPERTIES`.
    ///
    /// The same value as ``KeylessError/Code/invalidCustomerProperties``, so that `catch
    /// KeylessError.invalidCustomerProperties` matches it.
    public static var invalidCustomerProperties: Code { .invalidCustomerProperties }

    /// Biometric error: `BIOMETRIC_ERROR` (10100, internal).
    ///
    /// An error in the SDK's biometric component; the shared model names it BIOM_ERROR.
    ///
    /// Shared code: 4000 `BIOM_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/biometricError``, so that `catch
    /// KeylessError.biometricError` matches it.
    public static var biometricError: Code { .biometricError }

    /// Core error: `CORE_ERROR` (10200, internal).
    ///
    /// An error in the Keyless core; the shared model names it CORE_ERROR.
    ///
    /// Shared code: 3000 `CORE_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/coreError``, so that `catch KeylessError.coreError`
    /// matches it.
    public static var coreError: Code { .coreError }

    /// User not enrolled: `USER_NOT_ENROLLED` (20000, integration).
    ///
    /// The user is not enrolled. On mobile this is a check made on the device; the web SDK
    /// deliberately reports the same state as a generic server error, so that nobody can probe
    /// which users are enrolled.
    ///
    /// Shared code: 3003 `CORE_USER_NOT_ENROLLED`.
    ///
    /// The same value as ``KeylessError/Code/userNotEnrolled``, so that `catch
    /// KeylessError.userNotEnrolled` matches it.
    public static var userNotEnrolled: Code { .userNotEnrolled }

    /// User already enrolled: `USER_ALREADY_ENROLLED` (20001, integration).
    ///
    /// The user is already enrolled.
    ///
    /// Shared code: 3002 `CORE_USER_ALREADY_ENROLLED`.
    ///
    /// The same value as ``KeylessError/Code/userAlreadyEnrolled``, so that `catch
    /// KeylessError.userAlreadyEnrolled` matches it.
    public static var userAlreadyEnrolled: Code { .userAlreadyEnrolled }

    /// SDK not configured: `SDK_NOT_CONFIGURED` (20002, integration).
    ///
    /// The SDK was used before it was configured.
    ///
    /// Shared code: 1001 `SDK_NOT_CONFIGURED`.
    ///
    /// The same value as ``KeylessError/Code/sdkNotConfigured``, so that `catch
    /// KeylessError.sdkNotConfigured` matches it.
    public static var sdkNotConfigured: Code { .sdkNotConfigured }

    /// SDK configure failed (legacy): `SDK_CONFIGURE_FAILED_LEGACY` (20005, integration).
    ///
    /// The old code for a failed Keyless.configure call. Current SDKs report 20010
    /// (SDK_CONFIGURE_FAILED) instead.
    ///
    /// Deprecated: Legacy: no longer returned, replaced by 20010.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/sdkConfigureFailedLegacy``, so that `catch
    /// KeylessError.sdkConfigureFailedLegacy` matches it.
    public static var sdkConfigureFailedLegacy: Code { .sdkConfigureFailedLegacy }

    /// SDK configure failed: `SDK_CONFIGURE_FAILED` (20010, integration).
    ///
    /// The call to Keyless.configure failed.
    ///
    /// Note: Since SDK 6.0.0 the configure error is finer-grained: its message names the actual
    /// problem.
    ///
    /// Shared code: 1002 `SDK_INVALID_CONFIGURATION`.
    ///
    /// The same value as ``KeylessError/Code/sdkConfigureFailed``, so that `catch
    /// KeylessError.sdkConfigureFailed` matches it.
    public static var sdkConfigureFailed: Code { .sdkConfigureFailed }

    /// Not enough API key seats: `NOT_ENOUGH_API_KEY_SEATS` (20013, integration).
    ///
    /// The API key has no seats left.
    ///
    /// Shared code: 3001 `CORE_NOT_ENOUGH_API_KEY_SEATS`.
    ///
    /// The same value as ``KeylessError/Code/notEnoughApiKeySeats``, so that `catch
    /// KeylessError.notEnoughApiKeySeats` matches it.
    public static var notEnoughApiKeySeats: Code { .notEnoughApiKeySeats }

    /// Environment-aware liveness unsupported: `LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED` (20021,
    /// integration).
    ///
    /// The device does not meet the requirements of the liveness environment aware feature
    /// (environment-aware liveness detection).
    ///
    /// Deprecated: Since SDK 6.0.0 the SDK handles the environment-aware liveness check internally
    /// and no longer returns this code.
    ///
    /// Shared code: 4003 `BIOM_LIVENESS_ENVIRONMENT_AWARE_NOT_SUPPORTED`.
    ///
    /// The same value as ``KeylessError/Code/livenessEnvironmentAwareUnsupported``, so that `catch
    /// KeylessError.livenessEnvironmentAwareUnsupported` matches it.
    public static var livenessEnvironmentAwareUnsupported: Code { .livenessEnvironmentAwareUnsupported }

    /// Device environment awareness unsupported: `DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED` (20022,
    /// integration).
    ///
    /// The device does not support the device environment aware feature.
    ///
    /// Shared code: 4004 `BIOM_DEVICE_ENVIRONMENT_AWARE_NOT_SUPPORTED`.
    ///
    /// The same value as ``KeylessError/Code/deviceEnvironmentAwareUnsupported``, so that `catch
    /// KeylessError.deviceEnvironmentAwareUnsupported` matches it.
    public static var deviceEnvironmentAwareUnsupported: Code { .deviceEnvironmentAwareUnsupported }

    /// Invalid client state: `INVALID_CLIENT_STATE` (20023, integration).
    ///
    /// The SDK's client state is invalid for the requested operation.
    ///
    /// Shared code: 1010 `SDK_INVALID_CLIENT_STATE`.
    ///
    /// The same value as ``KeylessError/Code/invalidClientState``, so that `catch
    /// KeylessError.invalidClientState` matches it.
    public static var invalidClientState: Code { .invalidClientState }

    /// User profile error: `USER_PROFILE_ERROR` (20024, integration).
    ///
    /// An error with the user's profile. The shared model 6.0.0 has no code for it yet, so it maps
    /// to the fallback 1000 (SDK_ERROR).
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/userProfileError``, so that `catch
    /// KeylessError.userProfileError` matches it.
    public static var userProfileError: Code { .userProfileError }

    /// Dynamic linking payload malformed: `DYNAMIC_LINKING_PAYLOAD_MALFORMED` (20150, integration).
    ///
    /// A dynamic linking payload handed to the SDK is malformed.
    ///
    /// Shared code: 1008 `SDK_DYNAMIC_LINKING_PAYLOAD_MALFORMED`.
    ///
    /// The same value as ``KeylessError/Code/dynamicLinkingPayloadMalformed``, so that `catch
    /// KeylessError.dynamicLinkingPayloadMalformed` matches it.
    public static var dynamicLinkingPayloadMalformed: Code { .dynamicLinkingPayloadMalformed }

    /// Secret not found: `SECRET_NOT_FOUND` (20300, integration).
    ///
    /// A secret the operation needs was not found.
    ///
    /// Shared code: 3006 `CORE_SECRET_NOT_FOUND`.
    ///
    /// The same value as ``KeylessError/Code/secretNotFound``, so that `catch
    /// KeylessError.secretNotFound` matches it.
    public static var secretNotFound: Code { .secretNotFound }

    /// Spoofing: `SPOOFING` (30000, user).
    ///
    /// Keyless could not establish that a real person was present in front of the camera.
    ///
    /// Shared code: 4002 `BIOM_GENUINE_PRESENCE_NOT_ESTABLISHED`.
    ///
    /// The same value as ``KeylessError/Code/spoofing``, so that `catch KeylessError.spoofing`
    /// matches it.
    public static var spoofing: Code { .spoofing }

    /// Timeout: `TIMEOUT` (30001, user).
    ///
    /// The face was not recognized before the configured time limit ran out.
    ///
    /// Deprecated: Not returned since SDK 5.0.1, which deprecated the liveness timeout feature (see
    /// the SDK changelog).
    ///
    /// Shared code: 1006 `SDK_TIMEOUT`.
    ///
    /// The same value as ``KeylessError/Code/timeout``, so that `catch KeylessError.timeout`
    /// matches it.
    public static var timeout: Code { .timeout }

    /// Mask detected: `MASK_DETECTED` (30002, user).
    ///
    /// A mask, or something else, may be hiding part of the user's face.
    ///
    /// Deprecated: Not returned since SDK 4.8.0: a covered face is now reported through live
    /// feedback during the scan.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/maskDetected``, so that `catch
    /// KeylessError.maskDetected` matches it.
    public static var maskDetected: Code { .maskDetected }

    /// User cancelled: `USER_CANCELLED` (30003, user).
    ///
    /// The user cancelled the face scan or the image processing, for example with the back button.
    ///
    /// Shared code: 1005 `SDK_USER_CANCELLED`.
    ///
    /// The same value as ``KeylessError/Code/userCancelled``, so that `catch
    /// KeylessError.userCancelled` matches it.
    public static var userCancelled: Code { .userCancelled }

    /// Face not matching: `FACE_NOT_MATCHING` (30004, user).
    ///
    /// A face was detected, but it does not match the face enrolled with Keyless: a biometric
    /// mismatch.
    ///
    /// Shared code: 3004 `CORE_FACE_NOT_MATCHING`.
    ///
    /// The same value as ``KeylessError/Code/faceNotMatching``, so that `catch
    /// KeylessError.faceNotMatching` matches it.
    public static var faceNotMatching: Code { .faceNotMatching }

    /// No network connection: `NO_NETWORK_CONNECTION` (30005, user).
    ///
    /// The device seems to be offline: network connectivity was lost.
    ///
    /// Shared code: 1007 `SDK_NO_NETWORK_CONNECTION`.
    ///
    /// The same value as ``KeylessError/Code/noNetworkConnection``, so that `catch
    /// KeylessError.noNetworkConnection` matches it.
    public static var noNetworkConnection: Code { .noNetworkConnection }

    /// Device tampered: `DEVICE_TAMPERED` (30006, user).
    ///
    /// The device looks tampered with: it may be rooted or jailbroken.
    ///
    /// Deprecated: Superseded by runtime application self-protection (RASP); current SDKs no longer
    /// return it.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/deviceTampered``, so that `catch
    /// KeylessError.deviceTampered` matches it.
    public static var deviceTampered: Code { .deviceTampered }

    /// User lockout: `USER_LOCKOUT` (30007, user).
    ///
    /// Too many failed authentication attempts have locked the user out of Keyless for a while.
    /// When a new device is being activated, 523 (DEVICE_ACTIVATION_LOCKOUT) is returned instead.
    ///
    /// Shared code: 3007 `CORE_USER_LOCKED_OUT`.
    ///
    /// The same value as ``KeylessError/Code/userLockout``, so that `catch
    /// KeylessError.userLockout` matches it.
    public static var userLockout: Code { .userLockout }

    /// Rejected: `REJECTED` (30008, user).
    ///
    /// Keyless could not recognize the user, but suspects no spoofing attempt. The model gives no
    /// further hint about the cause.
    ///
    /// Shared code: 4001 `BIOM_REJECTED`.
    ///
    /// The same value as ``KeylessError/Code/rejected``, so that `catch KeylessError.rejected`
    /// matches it.
    public static var rejected: Code { .rejected }

    /// Camera denied: `CAMERA_DENIED` (30009, user).
    ///
    /// The user refused the camera permission.
    ///
    /// Shared code: 2002 `CAMERA_PERMISSION_DENIED`.
    ///
    /// The same value as ``KeylessError/Code/cameraDenied``, so that `catch
    /// KeylessError.cameraDenied` matches it.
    public static var cameraDenied: Code { .cameraDenied }

    /// Outdated app: `OUTDATED_APP` (30010, user).
    ///
    /// The app is outdated.
    ///
    /// Shared code: 1012 `SDK_OUTDATED_APP`.
    ///
    /// The same value as ``KeylessError/Code/outdatedApp``, so that `catch
    /// KeylessError.outdatedApp` matches it.
    public static var outdatedApp: Code { .outdatedApp }

    /// Anti-inject initialization failed: `ANTI_INJECT_INITIALIZATION_FAILED` (40000, anti_inject).
    ///
    /// Keyless Anti-Inject variant only: an internal error stopped Anti-Inject from initializing.
    ///
    /// Shared code: 6000 `SECURITY_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/antiInjectInitializationFailed``, so that `catch
    /// KeylessError.antiInjectInitializationFailed` matches it.
    public static var antiInjectInitializationFailed: Code { .antiInjectInitializationFailed }

    /// License expired: `LICENSE_EXPIRED` (40001, anti_inject).
    ///
    /// Keyless Anti-Inject variant only: the configFile.tak license has expired.
    ///
    /// Shared code: 1000 `SDK_ERROR`.
    ///
    /// The same value as ``KeylessError/Code/licenseExpired``, so that `catch
    /// KeylessError.licenseExpired` matches it.
    public static var licenseExpired: Code { .licenseExpired }

    /// Device might not be genuine: `DEVICE_NOT_GENUINE` (40002, anti_inject).
    ///
    /// Keyless Anti-Inject variant only: signals suggest that the device may be compromised or not
    /// genuine. The user cannot continue: neither enrollment nor authentication is possible on it.
    ///
    /// Shared code: 6001 `SECURITY_DEVICE_NOT_GENUINE`.
    ///
    /// The same value as ``KeylessError/Code/deviceNotGenuine``, so that `catch
    /// KeylessError.deviceNotGenuine` matches it.
    public static var deviceNotGenuine: Code { .deviceNotGenuine }
}

extension KeylessError {
    /// Which group of Keyless SDK errors a code belongs to; it follows from the code alone.
    ///
    /// Mirrors the C `KeylessErrorCategory`: each raw value is the value of the C constant of the
    /// same name, such as `KEYLESS_ERROR_CATEGORY_USER` for ``user``.
    public enum Category: UInt32, CaseIterable, Hashable, Sendable {
        /// Not a Keyless SDK code: every negative value.
        case unknown = 0

        /// Raised by Keyless internals, usually from the Core backend's response: 0 to 19999.
        case `internal` = 1

        /// A misconfigured integration or a misuse of the SDK's API: 20000 to 29999.
        case integration = 2

        /// Caused by what the user did, or is predicted to have done: 30000 to 39999, and 50000 and
        /// above.
        case user = 3

        /// Raised only by the Keyless Anti-Inject variant of the SDK: 40000 to 49999.
        case antiInject = 4

        /// The stable lowercase name that `keyless_error_category` returns, such as `"user"` or
        /// `"anti_inject"`.
        public var name: String {
            switch self {
            case .unknown: "unknown"
            case .internal: "internal"
            case .integration: "integration"
            case .user: "user"
            case .antiInject: "anti_inject"
            }
        }

        /// The first code of each range of the range rule, ascending, from `Int32.min`: every code
        /// of a range, up to the next one's first code, has the range's category. For the tests,
        /// which compare ``init(code:)`` with the C library on both sides of every bound.
        static var rangeStarts: [Int32] { [Int32.min, 0, 20_000, 30_000, 40_000, 50_000] }

        /// The category of any code, by the range rule of the library (generated from the Rust
        /// `KeylessErrorCategory::of`): what `keyless_error_category_id` answers, as a few compares
        /// inline instead of a call.
        @inlinable @inline(__always)
        init(code: Int32) {
            if code < 0 {
                self = .unknown
            } else if code < 20_000 {
                self = .internal
            } else if code < 30_000 {
                self = .integration
            } else if code < 40_000 {
                self = .user
            } else if code < 50_000 {
                self = .antiInject
            } else {
                self = .user
            }
        }

        /// A code of this category that the catalog does not document. The binding asks the C
        /// library about it for the category's general guidance, which every undocumented code of
        /// the category shares.
        var undocumentedSample: Int32 {
            switch self {
            case .unknown: -1
            case .internal: 0
            case .integration: 20_003
            case .user: 30_011
            case .antiInject: 40_003
            }
        }
    }
}

extension KeylessError {
    /// The recommended reaction to a code, for app logic that should not parse text.
    ///
    /// Mirrors the C `KeylessErrorAction`: each raw value is the value of the C constant of the
    /// same name, such as `KEYLESS_ERROR_ACTION_RETRY` for ``retry``. Later versions may add cases;
    /// a `switch` that lists every case will then stop compiling, which shows where the new advice
    /// needs handling.
    public enum Action: UInt32, CaseIterable, Hashable, Sendable {
        /// Nothing to recommend: the value is not a Keyless code (negative codes).
        case none = 0

        /// Let the user try the scan or request again, with guidance (light, framing, nothing
        /// covering the face).
        case retry = 1

        /// The user chose to stop: close the flow quietly, or offer a retry in case it was
        /// accidental.
        case dismiss = 2

        /// The face did not match: offer a retry, or ask the user to confirm they picked the right
        /// account.
        case verifyAccount = 3

        /// The device is offline or the server was unreachable: ask the user to check the
        /// connection, then retry.
        case checkConnection = 4

        /// This device cannot be used: suggest another device, or Keyless support if there is none.
        case useAnotherDevice = 5

        /// The user is locked out for a while: show the remaining time and retry once it has
        /// passed.
        case waitForLockout = 6

        /// The camera permission is missing: explain why the scan needs it and ask the user to
        /// grant it.
        case grantCameraPermission = 7

        /// A developer must fix the SDK integration or configuration; the user cannot.
        case fixIntegration = 8

        /// The Keyless ID has reached its device limit: revoke old devices or states first.
        case revokeDevices = 9

        /// The local SDK state is out of sync with the backend: enroll the user again.
        case reEnroll = 10

        /// The SDK's core client is likely too old for the backend: update the SDK.
        case updateSdk = 11

        /// The Anti-Inject license (`configFile.tak`) has expired: get a new one from Keyless.
        case renewLicense = 12

        /// Needs investigation by Keyless support: keep the code, message and stack trace, and
        /// TRACE logs.
        case contactSupport = 13

        /// The case of a value of the C enum; a value this binding has no case for (from a newer C
        /// library) is ``none``.
        @inlinable @inline(__always)
        init(cValue: UInt32) {
            switch cValue {
            case 0: self = .none
            case 1: self = .retry
            case 2: self = .dismiss
            case 3: self = .verifyAccount
            case 4: self = .checkConnection
            case 5: self = .useAnotherDevice
            case 6: self = .waitForLockout
            case 7: self = .grantCameraPermission
            case 8: self = .fixIntegration
            case 9: self = .revokeDevices
            case 10: self = .reEnroll
            case 11: self = .updateSdk
            case 12: self = .renewLicense
            case 13: self = .contactSupport
            default: self = .none
            }
        }
    }
}
