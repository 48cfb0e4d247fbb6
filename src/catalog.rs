//! The catalog: every documented Keyless SDK error code, in one table.
//!
//! This file is the single source of truth. The library's tables
//! (`src/lookup.rs`) are built from it when the crate compiles; the C header's
//! shared-model table, the reference in `docs/error-codes.md`, the Swift and
//! Kotlin code constants, the C test vectors, the C peer and the translators'
//! template `l10n/keyless-errors.pot` are generated from it by `make
//! regenerate` (see `tests/generated_files.rs`).
//!
//! The facts come from three public documents, named per entry by [`Source`]:
//! the SDK's error-handling page, the mobile SDK guide's "User and device
//! management" page, and the shared cross-platform error model 6.0.0. The
//! wording is ours. Codes nobody documented still get an answer: the general
//! guidance of their category, from [`undocumented`].

use crate::action::KeylessErrorAction;
use crate::category::KeylessErrorCategory;
use crate::text::Text;

/// Everything the library knows about one code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// Stable, unique SCREAMING_SNAKE identifier; `"UNKNOWN"` for undocumented codes.
    pub name: Text,
    /// A few words for a log or a list, such as "Face not matching".
    pub title: Text,
    /// What the code means.
    pub description: Text,
    /// What the integrator should do next.
    pub advice: Text,
    /// A message that is safe to show the end user as it is.
    pub user_message: Text,
    /// The recommended reaction, for app logic.
    pub action: KeylessErrorAction,
    /// Lifecycle note (since when it is no longer returned, what replaced it);
    /// empty when there is none.
    pub note: Text,
    /// True when current SDKs no longer return the code.
    pub deprecated: bool,
    /// The code that took over this one's role, if any.
    pub replaced_by: Option<i32>,
    /// The code of the shared cross-platform error model (web, Android and
    /// iOS) that this native code maps to; [`SHARED_FALLBACK_CODE`] when the
    /// model has no row for it. Its numbers overlap native ones: shared 1004
    /// is not native 1004.
    pub shared_code: i32,
    /// The shared model's name for [`Entry::shared_code`], such as
    /// `"CORE_FACE_NOT_MATCHING"`; [`SHARED_FALLBACK_NAME`] without a row.
    pub shared_name: Text,
    /// True when the shared model has a row for this code. The row may name
    /// the fallback itself: native 10000 is the model's SDK_ERROR.
    pub has_shared_row: bool,
    /// The public document the code comes from; `None` for undocumented codes.
    pub source: Option<Source>,
}

/// The shared model's catch-all code, for native codes it has no row for
/// (20024 and 20005 among them, and every undocumented or negative code).
pub const SHARED_FALLBACK_CODE: i32 = 1000;
/// The name of [`SHARED_FALLBACK_CODE`].
pub const SHARED_FALLBACK_NAME: Text = crate::text::text!("SDK_ERROR");

/// The public document a code comes from, for the generated reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The SDK's error-handling page.
    ErrorHandlingPage,
    /// The mobile SDK guide's "User and device management" page.
    UserAndDeviceManagementPage,
    /// The shared cross-platform error model, version 6.0.0 (`SharedErrorCode.swift`
    /// and the README of the `Recognize` module in Ping Identity's `ping-ios-sdk`).
    SharedModel6,
}

impl Source {
    /// How the generated reference names the document.
    pub const fn title(self) -> &'static str {
        match self {
            Self::ErrorHandlingPage => "Keyless SDK error-handling page",
            Self::UserAndDeviceManagementPage => "Keyless mobile SDK guide, \"User and device management\"",
            Self::SharedModel6 => "shared cross-platform error model 6.0.0 (ping-ios-sdk, Recognize/SharedErrorCode.swift)",
        }
    }
}

/// `Some(value)` when an optional macro field was given, else `None`.
macro_rules! optional {
    () => {
        None
    };
    ($value:literal) => {
        Some($value)
    };
}

/// The shared code of an entry: the given one, else the fallback.
macro_rules! shared_code {
    () => {
        SHARED_FALLBACK_CODE
    };
    ($code:literal) => {
        $code
    };
}

/// Whether an entry has a row in the shared model.
macro_rules! has_shared_row {
    () => {
        false
    };
    ($code:literal) => {
        true
    };
}

/// The shared name of an entry: the given one, else the fallback.
macro_rules! shared_name {
    () => {
        SHARED_FALLBACK_NAME
    };
    ($name:literal) => {
        crate::text::text!($name)
    };
}

/// Builds the table: [`KNOWN_CODES`] and [`documented`] come from one list,
/// so they cannot disagree. Optional fields default to no note, not
/// deprecated and no replacement.
macro_rules! catalog {
    ($(
        $code:literal => {
            name: $name:literal,
            title: $title:literal,
            description: $description:literal,
            advice: $advice:literal,
            user_message: $user_message:literal,
            action: $action:ident,
            source: $source:ident,
            $(shared: ($shared_code:literal, $shared_name:literal),)?
            $(note: $note:literal,)?
            $(deprecated: $deprecated:literal,)?
            $(replaced_by: $replaced_by:literal,)?
        }
    )*) => {
        /// Every documented code, in ascending order.
        pub const KNOWN_CODES: &[i32] = &[$($code),*];

        /// The names of [`KNOWN_CODES`], in the same order.
        const KNOWN_NAMES: &[&str] = &[$($name),*];

        /// The entry of a documented code, or `None` for any other value.
        ///
        /// A `match` on the code: the compiler turns it into a jump table or a
        /// short comparison tree, with no scan and no panic path.
        pub const fn documented(code: i32) -> Option<&'static Entry> {
            match code {
                $(
                    $code => Some(const {
                        &Entry {
                            name: crate::text::text!($name),
                            title: crate::text::text!($title),
                            description: crate::text::text!($description),
                            advice: crate::text::text!($advice),
                            user_message: crate::text::text!($user_message),
                            action: KeylessErrorAction::$action,
                            note: crate::text::text!(concat!("" $(, $note)?)),
                            deprecated: false $(|| $deprecated)?,
                            replaced_by: optional!($($replaced_by)?),
                            shared_code: shared_code!($($shared_code)?),
                            shared_name: shared_name!($($shared_name)?),
                            has_shared_row: has_shared_row!($($shared_code)?),
                            source: Some(Source::$source),
                        }
                    }),
                )*
                _ => None,
            }
        }

        /// The replacement of `code`, or -1: one `match` with a constant in
        /// every arm, which the compiler folds to a compare or two, since
        /// replacements are rare. The C ABI's `keyless_error_replaced_by`.
        #[inline(always)]
        pub const fn replaced_by_or_minus_one(code: i32) -> i32 {
            match code {
                $(
                    $code => match optional!($($replaced_by)?) {
                        Some(successor) => successor,
                        None => -1,
                    },
                )*
                _ => -1,
            }
        }
    };
}

catalog! {
    // ----- internal: 0 to 19999, raised by Keyless internals (the Core platform) -----
    507 => {
        name: "PROTOCOL_INVALID_MESSAGE",
        title: "Invalid protocol message",
        description: "The SDK's core client and the Keyless Core backend did not understand each other: a client-server protocol mismatch.",
        advice: "Two usual causes: the network dropped mid-exchange, or the app ships a core client too old for the current Core backend, which no longer supports it. Check connectivity first, then update to a supported SDK release.",
        user_message: "Something went wrong on our side. Please make sure the app is up to date and try again.",
        action: UpdateSdk,
        source: ErrorHandlingPage,
    }
    512 => {
        name: "PROTOCOL_FAILED_TO_AUTHENTICATE_USER",
        title: "Failed to authenticate user",
        description: "The selfie did not reach the match threshold: Keyless was not confident enough that it shows the face registered to this Keyless ID.",
        advice: "Assume positive intent and let the user retry, reminding them to be in good light, to center their face and to keep it uncovered. Keep in mind that the person may really not be the one registered, and handle repeated failures with that in mind.",
        user_message: "We couldn't confirm it's you. Make sure your face is well lit, centered and uncovered, then try again.",
        action: Retry,
        source: ErrorHandlingPage,
    }
    523 => {
        name: "DEVICE_ACTIVATION_LOCKOUT",
        title: "Device activation lockout",
        description: "Too many failed attempts while activating a new device have locked the user out for a while. It is the new-device counterpart of 30007 (USER_LOCKOUT).",
        advice: "Ask the user to wait until the lockout ends. Let them see the remaining time in your app before they try again: the lockout management API getRateLimitInfo tells whether the user is rate-limited right now and, if so, for how many more seconds.",
        user_message: "Too many attempts. Please wait a little while before trying again.",
        action: WaitForLockout,
        source: ErrorHandlingPage,
    }
    534 => {
        name: "USER_NOT_FOUND_OR_DEACTIVATED",
        title: "User not found or deactivated",
        description: "The Keyless backend has no such user, or the user was deactivated there. Deleting a user through the Server API does not notify the SDK, which still holds the user in its on-device cache, so the failure only shows at the next authentication.",
        advice: "Call validateUserAndDeviceActive (validateUserDeviceActive on iOS) before authenticating, so the user is not asked for a face scan that cannot succeed. When it reports this code, the user has to enroll again.",
        user_message: "Your face sign-in is no longer active. Please set it up again to continue.",
        action: ReEnroll,
        source: UserAndDeviceManagementPage,
    }
    535 => {
        name: "DEVICE_NOT_FOUND_OR_DEACTIVATED",
        title: "Device not found or deactivated",
        description: "The Keyless backend has no such device, or the device was deactivated there. Deleting a device through the Server API does not notify the SDK, so the failure only shows at the next authentication.",
        advice: "Call validateUserAndDeviceActive (validateUserDeviceActive on iOS) before authenticating, so the user is not asked for a face scan that cannot succeed. When it reports this code, the user has to enroll again on this device.",
        user_message: "Face sign-in is no longer active on this device. Please set it up again to continue.",
        action: ReEnroll,
        source: UserAndDeviceManagementPage,
    }
    537 => {
        name: "PROTOCOL_BAD_REQUEST",
        title: "Bad request",
        description: "The Keyless Core backend answered with HTTP status 400 (bad request).",
        advice: "Retry the operation. If it keeps failing, ask the user to wait a few minutes before the next try; if the error still comes back after that, enroll the user again.",
        user_message: "Something went wrong. Please try again, or wait a few minutes if it keeps happening.",
        action: Retry,
        source: ErrorHandlingPage,
    }
    539 => {
        name: "PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED",
        title: "Device limit reached",
        description: "This Keyless ID already has the maximum of 50 devices. They are not all physical devices: backup or temporary client states, such as ones kept to bind future devices, count towards the limit too.",
        advice: "Revoke some of the existing devices or states so that new ones can be created. SaaS customers can do it by hand in the Keyless dashboard, or from code through the Server API.",
        user_message: "This account has reached its limit of devices. Please remove a device you no longer use, or contact support.",
        action: RevokeDevices,
        source: ErrorHandlingPage,
    }
    1004 => {
        name: "NET_CONNECTION_FAILED",
        title: "Network connection failed",
        description: "The network is unavailable, or the server sent a response the SDK did not expect. Not to be confused with shared code 1004 (SDK_STORAGE_FAILED, native 10005).",
        advice: "Check connectivity first. If the device is online, treat it as 507 (PROTOCOL_INVALID_MESSAGE).",
        user_message: "We couldn't reach the server. Please check your internet connection and try again.",
        action: CheckConnection,
        source: ErrorHandlingPage,
    }
    1131 => {
        name: "USER_NOT_ENROLLED_ON_DEVICE",
        title: "User not enrolled on this device",
        description: "No user is enrolled on this device, not even in the SDK's local data, so the check ended on the device without asking the backend.",
        advice: "Send the user through enrollment again. validateUserAndDeviceActive (validateUserDeviceActive on iOS) reports this before any face scan. Keep in mind that reset only deletes the SDK's data on this device: it neither de-enrolls the user nor deactivates the device in the backend.",
        user_message: "Face sign-in isn't set up on this device yet. Please set it up to continue.",
        action: ReEnroll,
        source: UserAndDeviceManagementPage,
    }
    1134 => {
        name: "CLIENT_INVALID_INPUT",
        title: "Invalid client input",
        description: "A core function received a parameter that is wrong or invalid.",
        advice: "Running the enrollment or authentication request again may clear it. If it does not, the SDK and the core client may have fallen out of sync into a corrupted state: keep the code, message and stack trace and contact Keyless support.",
        user_message: "Something went wrong. Please try again.",
        action: Retry,
        source: ErrorHandlingPage,
    }
    1142 => {
        name: "CLIENT_UNKNOWN_ERROR",
        title: "Client out of sync",
        description: "The SDK's local state (the core client) may no longer match the Keyless Core backend. A wrong device clock can cause it too.",
        advice: "Make sure the device is genuine and its date and time are set correctly. If the error persists, enroll the user again.",
        user_message: "Please check that your device's date and time are correct, then try again. You may need to set up face sign-in again.",
        action: ReEnroll,
        source: ErrorHandlingPage,
    }
    10000 => {
        name: "SDK_ERROR",
        title: "SDK error",
        description: "A general error inside the SDK; the shared model names it SDK_ERROR, the same name it uses for every code it has no row for.",
        advice: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.",
        user_message: "Something went wrong on our side. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (1000, "SDK_ERROR"),
    }
    10001 => {
        name: "ARTIFACT_RETRIEVE_FAILED",
        title: "Artifact retrieval failed",
        description: "The SDK could not retrieve an artifact it needs.",
        advice: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.",
        user_message: "Something went wrong on our side. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (1009, "SDK_ARTIFACT_RETRIEVE_FAILED"),
    }
    10003 => {
        name: "LOGGING_CONFIGURATION_FAILED",
        title: "Logging configuration failed",
        description: "Setting up the SDK's logging failed.",
        advice: "Keep the error code, message and stack trace and send them to Keyless support; TRACE logs may be unavailable while logging itself fails.",
        user_message: "Something went wrong on our side. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (1003, "SDK_LOGGING_CONFIGURATION_FAILED"),
    }
    10004 => {
        name: "CAMERA_ERROR",
        title: "Camera error",
        description: "The SDK hit an error with the camera. A refused camera permission is a different code: 30009 (CAMERA_DENIED).",
        advice: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.",
        user_message: "The camera couldn't be used. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (2000, "CAMERA_ERROR"),
    }
    10005 => {
        name: "STORAGE_FAILED",
        title: "Storage failed",
        description: "A storage operation of the SDK failed. Its shared code is 1004 (SDK_STORAGE_FAILED), which is not native 1004 (NET_CONNECTION_FAILED).",
        advice: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.",
        user_message: "Something went wrong on our side. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (1004, "SDK_STORAGE_FAILED"),
    }
    10006 => {
        name: "INVALID_CUSTOMER_PROPERTIES",
        title: "Invalid customer properties",
        description: "The SDK found the customer properties invalid.",
        advice: "Check the customer properties your integration passes to the SDK. If they look right, keep the error code, message and stack trace and contact Keyless support.",
        user_message: "Something went wrong on our side. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (1016, "SDK_INVALID_CUSTOMER_PROPERTIES"),
    }
    10100 => {
        name: "BIOMETRIC_ERROR",
        title: "Biometric error",
        description: "An error in the SDK's biometric component; the shared model names it BIOM_ERROR.",
        advice: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.",
        user_message: "Face verification couldn't be completed. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (4000, "BIOM_ERROR"),
    }
    10200 => {
        name: "CORE_ERROR",
        title: "Core error",
        description: "An error in the Keyless core; the shared model names it CORE_ERROR.",
        advice: "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.",
        user_message: "Something went wrong on our side. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (3000, "CORE_ERROR"),
    }

    // ----- integration: 20000 to 29999, a misconfigured integration or API misuse -----
    20000 => {
        name: "USER_NOT_ENROLLED",
        title: "User not enrolled",
        description: "The user is not enrolled. On mobile this is a check made on the device; the web SDK deliberately reports the same state as a generic server error, so that nobody can probe which users are enrolled.",
        advice: "Enroll the user before authenticating them. validateUserAndDeviceActive (validateUserDeviceActive on iOS) tells before a face scan whether the user and the device are still active.",
        user_message: "Face sign-in isn't set up yet. Please set it up to continue.",
        action: ReEnroll,
        source: SharedModel6,
        shared: (3003, "CORE_USER_NOT_ENROLLED"),
    }
    20001 => {
        name: "USER_ALREADY_ENROLLED",
        title: "User already enrolled",
        description: "The user is already enrolled.",
        advice: "Do not start an enrollment for a user who is already enrolled: authenticate them instead, or check your app's enrollment state first.",
        user_message: "Face sign-in is already set up. You can sign in with your face.",
        action: FixIntegration,
        source: SharedModel6,
        shared: (3002, "CORE_USER_ALREADY_ENROLLED"),
    }
    20002 => {
        name: "SDK_NOT_CONFIGURED",
        title: "SDK not configured",
        description: "The SDK was used before it was configured.",
        advice: "Call Keyless.configure, and wait for it to succeed, before any other SDK call.",
        user_message: "This feature isn't available right now. Please try again later.",
        action: FixIntegration,
        source: SharedModel6,
        shared: (1001, "SDK_NOT_CONFIGURED"),
    }
    20005 => {
        name: "SDK_CONFIGURE_FAILED_LEGACY",
        title: "SDK configure failed (legacy)",
        description: "The old code for a failed Keyless.configure call. Current SDKs report 20010 (SDK_CONFIGURE_FAILED) instead.",
        advice: "Handle it exactly like 20010 (SDK_CONFIGURE_FAILED) and follow that code's advice.",
        user_message: "This feature isn't available right now. Please try again later.",
        action: FixIntegration,
        source: ErrorHandlingPage,
        note: "Legacy: no longer returned, replaced by 20010.",
        deprecated: true,
        replaced_by: 20010,
    }
    20010 => {
        name: "SDK_CONFIGURE_FAILED",
        title: "SDK configure failed",
        description: "The call to Keyless.configure failed.",
        advice: "Usual causes are misconfigured tenant feature flags, or a feature flag service that could not be reached during setup. Rarely, the device lacks the free storage the SDK needs to write its local files. Read the error message for the precise cause.",
        user_message: "This feature isn't available right now. Please try again later.",
        action: FixIntegration,
        source: ErrorHandlingPage,
        shared: (1002, "SDK_INVALID_CONFIGURATION"),
        note: "Since SDK 6.0.0 the configure error is finer-grained: its message names the actual problem.",
    }
    20013 => {
        name: "NOT_ENOUGH_API_KEY_SEATS",
        title: "Not enough API key seats",
        description: "The API key has no seats left.",
        advice: "Contact Keyless about the seats of your API key; the user cannot fix this.",
        user_message: "This service is temporarily unavailable. Please try again later.",
        action: ContactSupport,
        source: SharedModel6,
        shared: (3001, "CORE_NOT_ENOUGH_API_KEY_SEATS"),
    }
    20021 => {
        name: "LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED",
        title: "Environment-aware liveness unsupported",
        description: "The device does not meet the requirements of the liveness environment aware feature (environment-aware liveness detection).",
        advice: "If the check causes friction for your users, turn the liveness environment aware feature off.",
        user_message: "Face verification can't run on this device right now. Please try again later.",
        action: FixIntegration,
        source: ErrorHandlingPage,
        shared: (4003, "BIOM_LIVENESS_ENVIRONMENT_AWARE_NOT_SUPPORTED"),
        note: "Since SDK 6.0.0 the SDK handles the environment-aware liveness check internally and no longer returns this code.",
        deprecated: true,
    }
    20022 => {
        name: "DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED",
        title: "Device environment awareness unsupported",
        description: "The device does not support the device environment aware feature.",
        advice: "Check whether your configuration enables the device environment aware feature, and whether it should for devices that cannot support it. Read the error message for details.",
        user_message: "Face verification can't run on this device right now. Please try again later.",
        action: FixIntegration,
        source: SharedModel6,
        shared: (4004, "BIOM_DEVICE_ENVIRONMENT_AWARE_NOT_SUPPORTED"),
    }
    20023 => {
        name: "INVALID_CLIENT_STATE",
        title: "Invalid client state",
        description: "The SDK's client state is invalid for the requested operation.",
        advice: "Read the error message and check the order of your SDK calls. If it persists, keep the error code, message and stack trace and contact Keyless support.",
        user_message: "Something went wrong. Please try again later.",
        action: FixIntegration,
        source: SharedModel6,
        shared: (1010, "SDK_INVALID_CLIENT_STATE"),
    }
    20024 => {
        name: "USER_PROFILE_ERROR",
        title: "User profile error",
        description: "An error with the user's profile. The shared model 6.0.0 has no code for it yet, so it maps to the fallback 1000 (SDK_ERROR).",
        advice: "Read the error message for the cause. If it persists, keep the error code, message and stack trace and contact Keyless support.",
        user_message: "Something went wrong. Please try again later.",
        action: FixIntegration,
        source: SharedModel6,
    }
    20150 => {
        name: "DYNAMIC_LINKING_PAYLOAD_MALFORMED",
        title: "Dynamic linking payload malformed",
        description: "A dynamic linking payload handed to the SDK is malformed.",
        advice: "Check how your app obtains the dynamic linking payload and passes it to the SDK, unchanged and complete.",
        user_message: "This link couldn't be used. Please try again.",
        action: FixIntegration,
        source: SharedModel6,
        shared: (1008, "SDK_DYNAMIC_LINKING_PAYLOAD_MALFORMED"),
    }
    20300 => {
        name: "SECRET_NOT_FOUND",
        title: "Secret not found",
        description: "A secret the operation needs was not found.",
        advice: "Read the error message to see which secret is missing, and check that your integration stores it before it is used.",
        user_message: "Something went wrong. Please try again later.",
        action: FixIntegration,
        source: SharedModel6,
        shared: (3006, "CORE_SECRET_NOT_FOUND"),
    }

    // ----- user: 30000 to 39999, caused (or predicted to be caused) by the user -----
    30000 => {
        name: "SPOOFING",
        title: "Spoofing",
        description: "Keyless could not establish that a real person was present in front of the camera.",
        advice: "A photo or a video may have been held up to the camera, but the check is probabilistic, so assume positive intent: ask the user to make sure their face is well lit and fully visible, then retry. Live feedback during the camera scan gives real-time guidance.",
        user_message: "We couldn't verify your face. Make sure your face is well lit and fully visible, then try again.",
        action: Retry,
        source: ErrorHandlingPage,
        shared: (4002, "BIOM_GENUINE_PRESENCE_NOT_ESTABLISHED"),
    }
    30001 => {
        name: "TIMEOUT",
        title: "Timeout",
        description: "The face was not recognized before the configured time limit ran out.",
        advice: "Let the user retry, with their face in front of the camera as soon as it opens.",
        user_message: "Time ran out. Hold your face in view as soon as the camera opens, then try again.",
        action: Retry,
        source: ErrorHandlingPage,
        shared: (1006, "SDK_TIMEOUT"),
        note: "Not returned since SDK 5.0.1, which deprecated the liveness timeout feature (see the SDK changelog).",
        deprecated: true,
    }
    30002 => {
        name: "MASK_DETECTED",
        title: "Mask detected",
        description: "A mask, or something else, may be hiding part of the user's face.",
        advice: "Something very likely covers part of the face. Let the user retry, following the live feedback during the camera scan for real-time guidance.",
        user_message: "Your face may be partly covered. Make sure nothing hides your face, then try again.",
        action: Retry,
        source: ErrorHandlingPage,
        note: "Not returned since SDK 4.8.0: a covered face is now reported through live feedback during the scan.",
        deprecated: true,
    }
    30003 => {
        name: "USER_CANCELLED",
        title: "User cancelled",
        description: "The user cancelled the face scan or the image processing, for example with the back button.",
        advice: "Either drop the error silently (the SDK already logs the event internally for debugging), or offer a retry in case the user cancelled by accident.",
        user_message: "The face scan was cancelled. You can try again whenever you're ready.",
        action: Dismiss,
        source: ErrorHandlingPage,
        shared: (1005, "SDK_USER_CANCELLED"),
    }
    30004 => {
        name: "FACE_NOT_MATCHING",
        title: "Face not matching",
        description: "A face was detected, but it does not match the face enrolled with Keyless: a biometric mismatch.",
        advice: "Offer a retry, or ask the user to check that they selected the right account.",
        user_message: "We couldn't match your face. Check that you chose the right account, then try again.",
        action: VerifyAccount,
        source: ErrorHandlingPage,
        shared: (3004, "CORE_FACE_NOT_MATCHING"),
    }
    30005 => {
        name: "NO_NETWORK_CONNECTION",
        title: "No network connection",
        description: "The device seems to be offline: network connectivity was lost.",
        advice: "Ask the user to check their internet connection and start the scan again. If it keeps happening, suggest waiting a few minutes before the next try.",
        user_message: "You seem to be offline. Check your internet connection and try again.",
        action: CheckConnection,
        source: ErrorHandlingPage,
        shared: (1007, "SDK_NO_NETWORK_CONNECTION"),
    }
    30006 => {
        name: "DEVICE_TAMPERED",
        title: "Device tampered",
        description: "The device looks tampered with: it may be rooted or jailbroken.",
        advice: "Suggest that the user tries another device. If that is not possible, contact Keyless support for guidance.",
        user_message: "This device can't be used for face verification. Please try on another device.",
        action: UseAnotherDevice,
        source: ErrorHandlingPage,
        note: "Superseded by runtime application self-protection (RASP); current SDKs no longer return it.",
        deprecated: true,
    }
    30007 => {
        name: "USER_LOCKOUT",
        title: "User lockout",
        description: "Too many failed authentication attempts have locked the user out of Keyless for a while. When a new device is being activated, 523 (DEVICE_ACTIVATION_LOCKOUT) is returned instead.",
        advice: "Have the user wait for the time the SDK indicates, and let them check the remaining time from your app before retrying: the lockout management API getRateLimitInfo tells whether the user is rate-limited right now and, if so, for how many more seconds.",
        user_message: "Too many attempts. Please wait a little while before trying again.",
        action: WaitForLockout,
        source: ErrorHandlingPage,
        shared: (3007, "CORE_USER_LOCKED_OUT"),
    }
    30008 => {
        name: "REJECTED",
        title: "Rejected",
        description: "Keyless could not recognize the user, but suspects no spoofing attempt. The model gives no further hint about the cause.",
        advice: "Let the user retry, following the live feedback during the camera scan for real-time guidance.",
        user_message: "We couldn't recognize you this time. Follow the on-screen guidance and try again.",
        action: Retry,
        source: ErrorHandlingPage,
        shared: (4001, "BIOM_REJECTED"),
    }
    30009 => {
        name: "CAMERA_DENIED",
        title: "Camera denied",
        description: "The user refused the camera permission.",
        advice: "Make sure the app holds the camera permission before the scan starts. A short screen that explains why the face scan needs the camera helps users agree.",
        user_message: "Face verification needs your camera. Please allow camera access in Settings, then try again.",
        action: GrantCameraPermission,
        source: ErrorHandlingPage,
        shared: (2002, "CAMERA_PERMISSION_DENIED"),
    }
    30010 => {
        name: "OUTDATED_APP",
        title: "Outdated app",
        description: "The app is outdated.",
        advice: "Ship an app update with a current Keyless SDK, and ask the user to install the latest version of the app.",
        user_message: "Please update the app to the latest version to continue.",
        action: UpdateSdk,
        source: SharedModel6,
        shared: (1012, "SDK_OUTDATED_APP"),
    }

    // ----- anti-inject: 40000 to 49999, the Keyless Anti-Inject variant only -----
    40000 => {
        name: "ANTI_INJECT_INITIALIZATION_FAILED",
        title: "Anti-inject initialization failed",
        description: "Keyless Anti-Inject variant only: an internal error stopped Anti-Inject from initializing.",
        advice: "Keep the error code, message and stack trace and contact Keyless support.",
        user_message: "Something went wrong. Please try again later.",
        action: ContactSupport,
        source: ErrorHandlingPage,
        shared: (6000, "SECURITY_ERROR"),
    }
    40001 => {
        name: "LICENSE_EXPIRED",
        title: "License expired",
        description: "Keyless Anti-Inject variant only: the configFile.tak license has expired.",
        advice: "Contact the Keyless team for an updated configFile.tak license and ship it with the app.",
        user_message: "This service is temporarily unavailable. Please try again later.",
        action: RenewLicense,
        source: ErrorHandlingPage,
    }
    40002 => {
        name: "DEVICE_NOT_GENUINE",
        title: "Device might not be genuine",
        description: "Keyless Anti-Inject variant only: signals suggest that the device may be compromised or not genuine. The user cannot continue: neither enrollment nor authentication is possible on it.",
        advice: "Tell the user that this device cannot be used, and suggest another one.",
        user_message: "This device can't be used for face verification. Please try on another device.",
        action: UseAnotherDevice,
        source: ErrorHandlingPage,
        shared: (6001, "SECURITY_DEVICE_NOT_GENUINE"),
    }
}

/// The general guidance for a code nobody documented, by category. Its name
/// is `"UNKNOWN"`, it has no note, and it is neither deprecated nor replaced.
pub const fn undocumented(category: KeylessErrorCategory) -> &'static Entry {
    macro_rules! general {
        ($title:literal, $description:literal, $advice:literal, $user_message:literal, $action:ident) => {
            const {
                &Entry {
                    name: crate::text::text!("UNKNOWN"),
                    title: crate::text::text!($title),
                    description: crate::text::text!($description),
                    advice: crate::text::text!($advice),
                    user_message: crate::text::text!($user_message),
                    action: KeylessErrorAction::$action,
                    note: crate::text::text!(""),
                    deprecated: false,
                    replaced_by: None,
                    shared_code: SHARED_FALLBACK_CODE,
                    shared_name: SHARED_FALLBACK_NAME,
                    has_shared_row: false,
                    source: None,
                }
            }
        };
    }
    match category {
        KeylessErrorCategory::Unknown => general!(
            "Unknown error",
            "Not a Keyless SDK error code: the SDK never reports negative codes.",
            "Check where the value came from; it is not a Keyless error code.",
            "Something went wrong. Please try again.",
            None
        ),
        KeylessErrorCategory::Internal => general!(
            "Internal error",
            "An undocumented internal error: it relates to the response of the Keyless Core platform.",
            "Internal errors usually need investigation by Keyless support. Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.",
            "Something went wrong on our side. Please try again later.",
            ContactSupport
        ),
        KeylessErrorCategory::Integration => general!(
            "Integration error",
            "An undocumented integration error: the SDK is misconfigured, or its API is being misused.",
            "Read the error message and fix the API usage it points to. If the error persists, keep the error code, message and stack trace and contact Keyless support.",
            "This feature isn't available right now. Please try again later.",
            FixIntegration
        ),
        KeylessErrorCategory::User => general!(
            "User error",
            "An undocumented user error: something during the face scan stopped it. Such errors are often predictions only.",
            "Assume positive intent: suggest good light and a camera that nothing obstructs, and let the user retry.",
            "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again.",
            Retry
        ),
        KeylessErrorCategory::AntiInject => general!(
            "Anti-inject error",
            "Keyless Anti-Inject variant only: an undocumented Anti-Inject error.",
            "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and contact Keyless support.",
            "Something went wrong. Please try again later.",
            ContactSupport
        ),
    }
}

/// The entry for any code: its own when documented, else its category's guidance.
pub const fn entry(code: i32) -> &'static Entry {
    match documented(code) {
        Some(entry) => entry,
        None => undocumented(KeylessErrorCategory::of(code)),
    }
}

/// Every documented code with its entry, in ascending order of code.
pub fn documented_entries() -> impl Iterator<Item = (i32, &'static Entry)> {
    KNOWN_CODES
        .iter()
        .filter_map(|&code| documented(code).map(|entry| (code, entry)))
}

// Table invariants, checked when the crate compiles.
const _: () = {
    const fn same(a: &str, b: &str) -> bool {
        crate::text::same_bytes(a.as_bytes(), b.as_bytes())
    }

    assert!(KNOWN_CODES.len() == KNOWN_NAMES.len());
    let mut i = 0;
    while i < KNOWN_CODES.len() {
        let code = KNOWN_CODES[i];
        // Ascending order, which also makes the codes unique.
        assert!(i == 0 || KNOWN_CODES[i - 1] < code, "codes must be listed in ascending order");
        // Names: SCREAMING_SNAKE, unique, and never the fallback's "UNKNOWN".
        let name = KNOWN_NAMES[i].as_bytes();
        let mut b = 0;
        while b < name.len() {
            assert!(name[b].is_ascii_uppercase() || name[b].is_ascii_digit() || name[b] == b'_');
            b += 1;
        }
        assert!(!same(KNOWN_NAMES[i], "UNKNOWN"), "UNKNOWN is reserved for undocumented codes");
        let mut j = i + 1;
        while j < KNOWN_NAMES.len() {
            assert!(!same(KNOWN_NAMES[i], KNOWN_NAMES[j]), "names must be unique");
            j += 1;
        }
        // Every documented code has all of its texts.
        let Some(entry) = documented(code) else { panic!("listed code has no entry") };
        assert!(!entry.title.is_empty() && !entry.description.is_empty());
        assert!(!entry.advice.is_empty() && !entry.user_message.is_empty());
        // The shared fallback code and name go together, so a row of the
        // shared table cannot be half copied.
        assert!(
            (entry.shared_code == SHARED_FALLBACK_CODE) == same(entry.shared_name.as_str(), SHARED_FALLBACK_NAME.as_str()),
            "shared code 1000 and the name SDK_ERROR go together"
        );
        // A replacement is itself documented and current.
        if let Some(replacement) = entry.replaced_by {
            let Some(successor) = documented(replacement) else { panic!("replaced_by must be documented") };
            assert!(!successor.deprecated && entry.deprecated);
        }
        i += 1;
    }
};
