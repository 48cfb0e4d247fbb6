// Generated from src/catalog.rs, src/category.rs and src/action.rs by tests/generated_files.rs
// (generator: tests/codegen/kotlin.rs); do not edit. Regenerate with `make regenerate`.
package io.keyless.errors

/**
 * The Keyless SDK error codes: a constant for each documented code, and [lookup] for what any
 * code means.
 *
 * The constants are `const val`s, so they work in `when`:
 * ```
 * when (code) {
 *     KeylessErrors.FACE_NOT_MATCHING -> askUserToCheckTheAccount()
 *     KeylessErrors.USER_CANCELLED -> Unit
 *     else -> showMessage(KeylessErrors.lookup(code).userMessage)
 * }
 * ```
 *
 * Thread-safe. The first call to [lookup], [all], [libraryVersion] or [supportedLocales] loads the
 * native library, checks its version and reads every documented code in one native call; from
 * then on, lookups never cross JNI again. The end-user messages of a language are read in one
 * native call too, the first time that language is asked for.
 */
public object KeylessErrors {
    /**
     * The version of this binding, such as `"0.3.0"`: the keyless-errors release it belongs to.
     * The native library it loads must have the same MAJOR.MINOR (see [libraryVersion]).
     */
    public const val VERSION: String = "0.3.0"

    /**
     * The system property that names the folder where the jar extracts its native libraries on a
     * desktop or server JVM (default: `java.io.tmpdir`). Unused on Android.
     */
    public const val LIBRARY_FOLDER_PROPERTY: String = "keyless.errors.lib.dir"

    /**
     * What [code] means. Every [Int] has an answer, documented or not.
     *
     * A documented code returns its cached [KeylessError], the same instance every time. Any other
     * value (undocumented, negative, out of range) gets the general guidance of its category, in
     * a new [KeylessError] (equal to any other for the same code). Neither calls native code.
     *
     * @throws UnsatisfiedLinkError when the native library cannot be loaded, or its MAJOR.MINOR
     *   version differs from [VERSION]; the message says what was tried. A later call tries again.
     */
    @JvmStatic
    public fun lookup(code: Int): KeylessError = KeylessError.lookup(code)

    /**
     * Every documented code, in ascending order of code: the same instances that [lookup]
     * returns. The list is read-only.
     *
     * @throws UnsatisfiedLinkError as [lookup].
     */
    @JvmStatic
    public val all: List<KeylessError>
        get() = KeylessError.all()

    /**
     * The version of the loaded native library, `keyless_errors_version()`, such as `"0.3.0"`.
     * Its MAJOR.MINOR equals [VERSION]'s: the first use checks that.
     *
     * @throws UnsatisfiedLinkError as [lookup].
     */
    @JvmStatic
    public val libraryVersion: String
        get() = KeylessError.libraryVersion()

    /**
     * The languages of [KeylessError.userMessage] that the native library carries, English first:
     * one [Locale][java.util.Locale] per canonical BCP 47 tag of `keyless_error_locales` (`en`,
     * `pt-BR`, `zh-Hant`, ...). Any other locale is served by the closest of them along CLDR's
     * fallback (`es-MX` by `es-419`, `zh-TW` by `zh-Hant`), else by English. The list is read-only.
     *
     * @throws UnsatisfiedLinkError as [lookup].
     */
    @JvmStatic
    public val supportedLocales: List<java.util.Locale>
        get() = KeylessError.supportedLocales()

    /**
     * The app's own wording of end-user messages, consulted before the library's by
     * [KeylessError.userMessage] (every read, any thread); null (the default) for the library's
     * own. See [KeylessUserMessageOverride].
     */
    @JvmStatic
    public var userMessageOverride: KeylessUserMessageOverride?
        get() = KeylessError.userMessageOverride()
        set(value) = KeylessError.setUserMessageOverride(value)

    /**
     * Not API: the C value of the category of any code, by the range rule of src/category.rs
     * (`keyless_error_category_id`).
     */
    @JvmSynthetic
    internal fun categoryCValueOf(code: Int): Int = when {
        code < 0 -> 0
        code < 20000 -> 1
        code < 30000 -> 2
        code < 40000 -> 3
        code < 50000 -> 4
        else -> 3
    }

    /**
     * Not API: an undocumented code of each category, by C value (the first code of the
     * category's first range that the catalog does not document). Every undocumented code of a
     * category has the same answers as this one, but for the code itself.
     */
    @JvmSynthetic
    internal fun undocumentedCodes(): IntArray = intArrayOf(Int.MIN_VALUE, 0, 20003, 30011, 40003)

    /** Not API: the [KeylessErrorCategory] of a C value; [KeylessErrorCategory.UNKNOWN] for one this binding does not know. */
    @JvmSynthetic
    internal fun categoryOf(cValue: Int): KeylessErrorCategory = when (cValue) {
        0 -> KeylessErrorCategory.UNKNOWN
        1 -> KeylessErrorCategory.INTERNAL
        2 -> KeylessErrorCategory.INTEGRATION
        3 -> KeylessErrorCategory.USER
        4 -> KeylessErrorCategory.ANTI_INJECT
        else -> KeylessErrorCategory.UNKNOWN
    }

    /** Not API: the [KeylessErrorAction] of a C value; [KeylessErrorAction.NONE] for one this binding does not know. */
    @JvmSynthetic
    internal fun actionOf(cValue: Int): KeylessErrorAction = when (cValue) {
        0 -> KeylessErrorAction.NONE
        1 -> KeylessErrorAction.RETRY
        2 -> KeylessErrorAction.DISMISS
        3 -> KeylessErrorAction.VERIFY_ACCOUNT
        4 -> KeylessErrorAction.CHECK_CONNECTION
        5 -> KeylessErrorAction.USE_ANOTHER_DEVICE
        6 -> KeylessErrorAction.WAIT_FOR_LOCKOUT
        7 -> KeylessErrorAction.GRANT_CAMERA_PERMISSION
        8 -> KeylessErrorAction.FIX_INTEGRATION
        9 -> KeylessErrorAction.REVOKE_DEVICES
        10 -> KeylessErrorAction.RE_ENROLL
        11 -> KeylessErrorAction.UPDATE_SDK
        12 -> KeylessErrorAction.RENEW_LICENSE
        13 -> KeylessErrorAction.CONTACT_SUPPORT
        else -> KeylessErrorAction.NONE
    }

    /**
     * **Invalid protocol message** (507, internal). The SDK's core client and the Keyless Core
     * backend did not understand each other: a client-server protocol mismatch.
     */
    public const val PROTOCOL_INVALID_MESSAGE: Int = 507

    /**
     * **Failed to authenticate user** (512, internal). The selfie did not reach the match
     * threshold: Keyless was not confident enough that it shows the face registered to this Keyless
     * ID.
     */
    public const val PROTOCOL_FAILED_TO_AUTHENTICATE_USER: Int = 512

    /**
     * **Device activation lockout** (523, internal). Too many failed attempts while activating a
     * new device have locked the user out for a while. It is the new-device counterpart of 30007
     * (USER_LOCKOUT).
     */
    public const val DEVICE_ACTIVATION_LOCKOUT: Int = 523

    /**
     * **User not found or deactivated** (534, internal). The Keyless backend has no such user, or
     * the user was deactivated there. Deleting a user through the Server API does not notify the
     * SDK, which still holds the user in its on-device cache, so the failure only shows at the next
     * authentication.
     */
    public const val USER_NOT_FOUND_OR_DEACTIVATED: Int = 534

    /**
     * **Device not found or deactivated** (535, internal). The Keyless backend has no such device,
     * or the device was deactivated there. Deleting a device through the Server API does not notify
     * the SDK, so the failure only shows at the next authentication.
     */
    public const val DEVICE_NOT_FOUND_OR_DEACTIVATED: Int = 535

    /**
     * **Bad request** (537, internal). The Keyless Core backend answered with HTTP status 400 (bad
     * request).
     */
    public const val PROTOCOL_BAD_REQUEST: Int = 537

    /**
     * **Device limit reached** (539, internal). This Keyless ID already has the maximum of 50
     * devices. They are not all physical devices: backup or temporary client states, such as ones
     * kept to bind future devices, count towards the limit too.
     */
    public const val PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED: Int = 539

    /**
     * **Network connection failed** (1004, internal). The network is unavailable, or the server
     * sent a response the SDK did not expect. Not to be confused with shared code 1004
     * (SDK_STORAGE_FAILED, native 10005).
     */
    public const val NET_CONNECTION_FAILED: Int = 1004

    /**
     * **User not enrolled on this device** (1131, internal). No user is enrolled on this device,
     * not even in the SDK's local data, so the check ended on the device without asking the
     * backend.
     */
    public const val USER_NOT_ENROLLED_ON_DEVICE: Int = 1131

    /**
     * **Invalid client input** (1134, internal). A core function received a parameter that is wrong
     * or invalid.
     */
    public const val CLIENT_INVALID_INPUT: Int = 1134

    /**
     * **Client out of sync** (1142, internal). The SDK's local state (the core client) may no
     * longer match the Keyless Core backend. A wrong device clock can cause it too.
     */
    public const val CLIENT_UNKNOWN_ERROR: Int = 1142

    /**
     * **SDK error** (10000, internal). A general error inside the SDK; the shared model names it
     * SDK_ERROR, the same name it uses for every code it has no row for.
     */
    public const val SDK_ERROR: Int = 10000

    /**
     * **Artifact retrieval failed** (10001, internal). The SDK could not retrieve an artifact it
     * needs.
     */
    public const val ARTIFACT_RETRIEVE_FAILED: Int = 10001

    /**
     * **Logging configuration failed** (10003, internal). Setting up the SDK's logging failed.
     */
    public const val LOGGING_CONFIGURATION_FAILED: Int = 10003

    /**
     * **Camera error** (10004, internal). The SDK hit an error with the camera. A refused camera
     * permission is a different code: 30009 (CAMERA_DENIED).
     */
    public const val CAMERA_ERROR: Int = 10004

    /**
     * **Storage failed** (10005, internal). A storage operation of the SDK failed. Its shared code
     * is 1004 (SDK_STORAGE_FAILED), which is not native 1004 (NET_CONNECTION_FAILED).
     */
    public const val STORAGE_FAILED: Int = 10005

    /**
     * **Invalid customer properties** (10006, internal). The SDK found the customer properties
     * invalid.
     */
    public const val INVALID_CUSTOMER_PROPERTIES: Int = 10006

    /**
     * **Biometric error** (10100, internal). An error in the SDK's biometric component; the shared
     * model names it BIOM_ERROR.
     */
    public const val BIOMETRIC_ERROR: Int = 10100

    /**
     * **Core error** (10200, internal). An error in the Keyless core; the shared model names it
     * CORE_ERROR.
     */
    public const val CORE_ERROR: Int = 10200

    /**
     * **User not enrolled** (20000, integration). The user is not enrolled. On mobile this is a
     * check made on the device; the web SDK deliberately reports the same state as a generic server
     * error, so that nobody can probe which users are enrolled.
     */
    public const val USER_NOT_ENROLLED: Int = 20000

    /**
     * **User already enrolled** (20001, integration). The user is already enrolled.
     */
    public const val USER_ALREADY_ENROLLED: Int = 20001

    /**
     * **SDK not configured** (20002, integration). The SDK was used before it was configured.
     */
    public const val SDK_NOT_CONFIGURED: Int = 20002

    /**
     * **SDK configure failed (legacy)** (20005, integration). The old code for a failed
     * Keyless.configure call. Current SDKs report 20010 (SDK_CONFIGURE_FAILED) instead.
     *
     * **Deprecated:** Legacy: no longer returned, replaced by 20010. See [SDK_CONFIGURE_FAILED].
     */
    public const val SDK_CONFIGURE_FAILED_LEGACY: Int = 20005

    /**
     * **SDK configure failed** (20010, integration). The call to Keyless.configure failed.
     *
     * Note: Since SDK 6.0.0 the configure error is finer-grained: its message names the actual
     * problem.
     */
    public const val SDK_CONFIGURE_FAILED: Int = 20010

    /**
     * **Not enough API key seats** (20013, integration). The API key has no seats left.
     */
    public const val NOT_ENOUGH_API_KEY_SEATS: Int = 20013

    /**
     * **Environment-aware liveness unsupported** (20021, integration). The device does not meet the
     * requirements of the liveness environment aware feature (environment-aware liveness
     * detection).
     *
     * **Deprecated:** Since SDK 6.0.0 the SDK handles the environment-aware liveness check
     * internally and no longer returns this code.
     */
    public const val LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED: Int = 20021

    /**
     * **Device environment awareness unsupported** (20022, integration). The device does not
     * support the device environment aware feature.
     */
    public const val DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED: Int = 20022

    /**
     * **Invalid client state** (20023, integration). The SDK's client state is invalid for the
     * requested operation.
     */
    public const val INVALID_CLIENT_STATE: Int = 20023

    /**
     * **User profile error** (20024, integration). An error with the user's profile. The shared
     * model 6.0.0 has no code for it yet, so it maps to the fallback 1000 (SDK_ERROR).
     */
    public const val USER_PROFILE_ERROR: Int = 20024

    /**
     * **Dynamic linking payload malformed** (20150, integration). A dynamic linking payload handed
     * to the SDK is malformed.
     */
    public const val DYNAMIC_LINKING_PAYLOAD_MALFORMED: Int = 20150

    /**
     * **Secret not found** (20300, integration). A secret the operation needs was not found.
     */
    public const val SECRET_NOT_FOUND: Int = 20300

    /**
     * **Spoofing** (30000, user). Keyless could not establish that a real person was present in
     * front of the camera.
     */
    public const val SPOOFING: Int = 30000

    /**
     * **Timeout** (30001, user). The face was not recognized before the configured time limit ran
     * out.
     *
     * **Deprecated:** Not returned since SDK 5.0.1, which deprecated the liveness timeout feature
     * (see the SDK changelog).
     */
    public const val TIMEOUT: Int = 30001

    /**
     * **Mask detected** (30002, user). A mask, or something else, may be hiding part of the user's
     * face.
     *
     * **Deprecated:** Not returned since SDK 4.8.0: a covered face is now reported through live
     * feedback during the scan.
     */
    public const val MASK_DETECTED: Int = 30002

    /**
     * **User cancelled** (30003, user). The user cancelled the face scan or the image processing,
     * for example with the back button.
     */
    public const val USER_CANCELLED: Int = 30003

    /**
     * **Face not matching** (30004, user). A face was detected, but it does not match the face
     * enrolled with Keyless: a biometric mismatch.
     */
    public const val FACE_NOT_MATCHING: Int = 30004

    /**
     * **No network connection** (30005, user). The device seems to be offline: network connectivity
     * was lost.
     */
    public const val NO_NETWORK_CONNECTION: Int = 30005

    /**
     * **Device tampered** (30006, user). The device looks tampered with: it may be rooted or
     * jailbroken.
     *
     * **Deprecated:** Superseded by runtime application self-protection (RASP); current SDKs no
     * longer return it.
     */
    public const val DEVICE_TAMPERED: Int = 30006

    /**
     * **User lockout** (30007, user). Too many failed authentication attempts have locked the user
     * out of Keyless for a while. When a new device is being activated, 523
     * (DEVICE_ACTIVATION_LOCKOUT) is returned instead.
     */
    public const val USER_LOCKOUT: Int = 30007

    /**
     * **Rejected** (30008, user). Keyless could not recognize the user, but suspects no spoofing
     * attempt. The model gives no further hint about the cause.
     */
    public const val REJECTED: Int = 30008

    /**
     * **Camera denied** (30009, user). The user refused the camera permission.
     */
    public const val CAMERA_DENIED: Int = 30009

    /**
     * **Outdated app** (30010, user). The app is outdated.
     */
    public const val OUTDATED_APP: Int = 30010

    /**
     * **Anti-inject initialization failed** (40000, anti_inject). Keyless Anti-Inject variant only:
     * an internal error stopped Anti-Inject from initializing.
     */
    public const val ANTI_INJECT_INITIALIZATION_FAILED: Int = 40000

    /**
     * **License expired** (40001, anti_inject). Keyless Anti-Inject variant only: the
     * configFile.tak license has expired.
     */
    public const val LICENSE_EXPIRED: Int = 40001

    /**
     * **Device might not be genuine** (40002, anti_inject). Keyless Anti-Inject variant only:
     * signals suggest that the device may be compromised or not genuine. The user cannot continue:
     * neither enrollment nor authentication is possible on it.
     */
    public const val DEVICE_NOT_GENUINE: Int = 40002
}

/**
 * Which group of Keyless SDK errors a code belongs to.
 *
 * It follows from the code alone, by ranges: see each entry. [cValue] is the value of the matching
 * `KEYLESS_ERROR_CATEGORY_*` constant of keyless_errors.h, and [label] the string that
 * `keyless_error_category` returns.
 */
public enum class KeylessErrorCategory(
    /** The value of the matching `KEYLESS_ERROR_CATEGORY_*` constant in keyless_errors.h. */
    public val cValue: Int,
    /** The stable lowercase name, such as `"user"`: what `keyless_error_category` returns. */
    public val label: String
) {
    /**
     * Not a Keyless SDK code: every negative value.
     */
    UNKNOWN(0, "unknown"),
    /**
     * Raised by Keyless internals, usually from the Core backend's response: 0 to 19999.
     */
    INTERNAL(1, "internal"),
    /**
     * A misconfigured integration or a misuse of the SDK's API: 20000 to 29999.
     */
    INTEGRATION(2, "integration"),
    /**
     * Caused by what the user did, or is predicted to have done: 30000 to 39999, and 50000 and
     * above.
     */
    USER(3, "user"),
    /**
     * Raised only by the Keyless Anti-Inject variant of the SDK: 40000 to 49999.
     */
    ANTI_INJECT(4, "anti_inject");
}

/**
 * The recommended reaction to a code, for app logic that should not parse text.
 *
 * [cValue] is the value of the matching `KEYLESS_ERROR_ACTION_*` constant of keyless_errors.h.
 * Later versions may add entries, so keep an `else` branch when using it in `when`.
 */
public enum class KeylessErrorAction(
    /** The value of the matching `KEYLESS_ERROR_ACTION_*` constant in keyless_errors.h. */
    public val cValue: Int
) {
    /**
     * Nothing to recommend: the value is not a Keyless code (negative codes).
     */
    NONE(0),
    /**
     * Let the user try the scan or request again, with guidance (light, framing, nothing covering
     * the face).
     */
    RETRY(1),
    /**
     * The user chose to stop: close the flow quietly, or offer a retry in case it was accidental.
     */
    DISMISS(2),
    /**
     * The face did not match: offer a retry, or ask the user to confirm they picked the right
     * account.
     */
    VERIFY_ACCOUNT(3),
    /**
     * The device is offline or the server was unreachable: ask the user to check the connection,
     * then retry.
     */
    CHECK_CONNECTION(4),
    /**
     * This device cannot be used: suggest another device, or Keyless support if there is none.
     */
    USE_ANOTHER_DEVICE(5),
    /**
     * The user is locked out for a while: show the remaining time and retry once it has passed.
     */
    WAIT_FOR_LOCKOUT(6),
    /**
     * The camera permission is missing: explain why the scan needs it and ask the user to grant it.
     */
    GRANT_CAMERA_PERMISSION(7),
    /**
     * A developer must fix the SDK integration or configuration; the user cannot.
     */
    FIX_INTEGRATION(8),
    /**
     * The Keyless ID has reached its device limit: revoke old devices or states first.
     */
    REVOKE_DEVICES(9),
    /**
     * The local SDK state is out of sync with the backend: enroll the user again.
     */
    RE_ENROLL(10),
    /**
     * The SDK's core client is likely too old for the backend: update the SDK.
     */
    UPDATE_SDK(11),
    /**
     * The Anti-Inject license (`configFile.tak`) has expired: get a new one from Keyless.
     */
    RENEW_LICENSE(12),
    /**
     * Needs investigation by Keyless support: keep the code, message and stack trace, and TRACE
     * logs.
     */
    CONTACT_SUPPORT(13);
}
