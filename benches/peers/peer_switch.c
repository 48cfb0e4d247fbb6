/* Generated from src/catalog.rs by tests/codegen/peers.rs; do not edit. Regenerate with `make regenerate`. */
/*
 * The C peer of issue 11: what a careful app developer would write by hand
 * instead of linking keyless-errors. One switch per function over the
 * documented codes, returning literals; the category's answer after it, by
 * the range rule. Every answer equals the library's (benches/peers/peer_agrees.c).
 */

#include "peer_switch.h"

#include <string.h>

static inline const char *category_of(int32_t code) {
    if (code < 0) return "unknown";
    if (code < 20000) return "internal";
    if (code < 30000) return "integration";
    if (code < 40000) return "user";
    if (code < 50000) return "anti_inject";
    return "user";
}

const char *peer_error_category(int32_t code) {
    return category_of(code);
}

static inline uint32_t category_id_of(int32_t code) {
    if (code < 0) return PEER_ERROR_CATEGORY_UNKNOWN;
    if (code < 20000) return PEER_ERROR_CATEGORY_INTERNAL;
    if (code < 30000) return PEER_ERROR_CATEGORY_INTEGRATION;
    if (code < 40000) return PEER_ERROR_CATEGORY_USER;
    if (code < 50000) return PEER_ERROR_CATEGORY_ANTI_INJECT;
    return PEER_ERROR_CATEGORY_USER;
}

uint32_t peer_error_category_id(int32_t code) {
    return category_id_of(code);
}

static inline const char *name_of(int32_t code) {
    switch (code) {
    case 507:
        return "PROTOCOL_INVALID_MESSAGE";
    case 512:
        return "PROTOCOL_FAILED_TO_AUTHENTICATE_USER";
    case 523:
        return "DEVICE_ACTIVATION_LOCKOUT";
    case 534:
        return "USER_NOT_FOUND_OR_DEACTIVATED";
    case 535:
        return "DEVICE_NOT_FOUND_OR_DEACTIVATED";
    case 537:
        return "PROTOCOL_BAD_REQUEST";
    case 539:
        return "PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED";
    case 1004:
        return "NET_CONNECTION_FAILED";
    case 1131:
        return "USER_NOT_ENROLLED_ON_DEVICE";
    case 1134:
        return "CLIENT_INVALID_INPUT";
    case 1142:
        return "CLIENT_UNKNOWN_ERROR";
    case 10000:
        return "SDK_ERROR";
    case 10001:
        return "ARTIFACT_RETRIEVE_FAILED";
    case 10003:
        return "LOGGING_CONFIGURATION_FAILED";
    case 10004:
        return "CAMERA_ERROR";
    case 10005:
        return "STORAGE_FAILED";
    case 10006:
        return "INVALID_CUSTOMER_PROPERTIES";
    case 10100:
        return "BIOMETRIC_ERROR";
    case 10200:
        return "CORE_ERROR";
    case 20000:
        return "USER_NOT_ENROLLED";
    case 20001:
        return "USER_ALREADY_ENROLLED";
    case 20002:
        return "SDK_NOT_CONFIGURED";
    case 20005:
        return "SDK_CONFIGURE_FAILED_LEGACY";
    case 20010:
        return "SDK_CONFIGURE_FAILED";
    case 20013:
        return "NOT_ENOUGH_API_KEY_SEATS";
    case 20021:
        return "LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED";
    case 20022:
        return "DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED";
    case 20023:
        return "INVALID_CLIENT_STATE";
    case 20024:
        return "USER_PROFILE_ERROR";
    case 20150:
        return "DYNAMIC_LINKING_PAYLOAD_MALFORMED";
    case 20300:
        return "SECRET_NOT_FOUND";
    case 30000:
        return "SPOOFING";
    case 30001:
        return "TIMEOUT";
    case 30002:
        return "MASK_DETECTED";
    case 30003:
        return "USER_CANCELLED";
    case 30004:
        return "FACE_NOT_MATCHING";
    case 30005:
        return "NO_NETWORK_CONNECTION";
    case 30006:
        return "DEVICE_TAMPERED";
    case 30007:
        return "USER_LOCKOUT";
    case 30008:
        return "REJECTED";
    case 30009:
        return "CAMERA_DENIED";
    case 30010:
        return "OUTDATED_APP";
    case 40000:
        return "ANTI_INJECT_INITIALIZATION_FAILED";
    case 40001:
        return "LICENSE_EXPIRED";
    case 40002:
        return "DEVICE_NOT_GENUINE";
    default:
        break;
    }
    return "UNKNOWN";
}

const char *peer_error_name(int32_t code) {
    return name_of(code);
}

static inline const char *title_of(int32_t code) {
    switch (code) {
    case 507:
        return "Invalid protocol message";
    case 512:
        return "Failed to authenticate user";
    case 523:
        return "Device activation lockout";
    case 534:
        return "User not found or deactivated";
    case 535:
        return "Device not found or deactivated";
    case 537:
        return "Bad request";
    case 539:
        return "Device limit reached";
    case 1004:
        return "Network connection failed";
    case 1131:
        return "User not enrolled on this device";
    case 1134:
        return "Invalid client input";
    case 1142:
        return "Client out of sync";
    case 10000:
        return "SDK error";
    case 10001:
        return "Artifact retrieval failed";
    case 10003:
        return "Logging configuration failed";
    case 10004:
        return "Camera error";
    case 10005:
        return "Storage failed";
    case 10006:
        return "Invalid customer properties";
    case 10100:
        return "Biometric error";
    case 10200:
        return "Core error";
    case 20000:
        return "User not enrolled";
    case 20001:
        return "User already enrolled";
    case 20002:
        return "SDK not configured";
    case 20005:
        return "SDK configure failed (legacy)";
    case 20010:
        return "SDK configure failed";
    case 20013:
        return "Not enough API key seats";
    case 20021:
        return "Environment-aware liveness unsupported";
    case 20022:
        return "Device environment awareness unsupported";
    case 20023:
        return "Invalid client state";
    case 20024:
        return "User profile error";
    case 20150:
        return "Dynamic linking payload malformed";
    case 20300:
        return "Secret not found";
    case 30000:
        return "Spoofing";
    case 30001:
        return "Timeout";
    case 30002:
        return "Mask detected";
    case 30003:
        return "User cancelled";
    case 30004:
        return "Face not matching";
    case 30005:
        return "No network connection";
    case 30006:
        return "Device tampered";
    case 30007:
        return "User lockout";
    case 30008:
        return "Rejected";
    case 30009:
        return "Camera denied";
    case 30010:
        return "Outdated app";
    case 40000:
        return "Anti-inject initialization failed";
    case 40001:
        return "License expired";
    case 40002:
        return "Device might not be genuine";
    default:
        break;
    }
    if (code < 0) return "Unknown error";
    if (code < 20000) return "Internal error";
    if (code < 30000) return "Integration error";
    if (code < 40000) return "User error";
    if (code < 50000) return "Anti-inject error";
    return "User error";
}

const char *peer_error_title(int32_t code) {
    return title_of(code);
}

static inline const char *description_of(int32_t code) {
    switch (code) {
    case 507:
        return "The SDK's core client and the Keyless Core backend did not understand each other: a client-server protocol mismatch.";
    case 512:
        return "The selfie did not reach the match threshold: Keyless was not confident enough that it shows the face registered to this Keyless ID.";
    case 523:
        return "Too many failed attempts while activating a new device have locked the user out for a while. It is the new-device counterpart of 30007 (USER_LOCKOUT).";
    case 534:
        return "The Keyless backend has no such user, or the user was deactivated there. Deleting a user through the Server API does not notify the SDK, which still holds the user in its on-device cache, so the failure only shows at the next authentication.";
    case 535:
        return "The Keyless backend has no such device, or the device was deactivated there. Deleting a device through the Server API does not notify the SDK, so the failure only shows at the next authentication.";
    case 537:
        return "The Keyless Core backend answered with HTTP status 400 (bad request).";
    case 539:
        return "This Keyless ID already has the maximum of 50 devices. They are not all physical devices: backup or temporary client states, such as ones kept to bind future devices, count towards the limit too.";
    case 1004:
        return "The network is unavailable, or the server sent a response the SDK did not expect. Not to be confused with shared code 1004 (SDK_STORAGE_FAILED, native 10005).";
    case 1131:
        return "No user is enrolled on this device, not even in the SDK's local data, so the check ended on the device without asking the backend.";
    case 1134:
        return "A core function received a parameter that is wrong or invalid.";
    case 1142:
        return "The SDK's local state (the core client) may no longer match the Keyless Core backend. A wrong device clock can cause it too.";
    case 10000:
        return "A general error inside the SDK; the shared model names it SDK_ERROR, the same name it uses for every code it has no row for.";
    case 10001:
        return "The SDK could not retrieve an artifact it needs.";
    case 10003:
        return "Setting up the SDK's logging failed.";
    case 10004:
        return "The SDK hit an error with the camera. A refused camera permission is a different code: 30009 (CAMERA_DENIED).";
    case 10005:
        return "A storage operation of the SDK failed. Its shared code is 1004 (SDK_STORAGE_FAILED), which is not native 1004 (NET_CONNECTION_FAILED).";
    case 10006:
        return "The SDK found the customer properties invalid.";
    case 10100:
        return "An error in the SDK's biometric component; the shared model names it BIOM_ERROR.";
    case 10200:
        return "An error in the Keyless core; the shared model names it CORE_ERROR.";
    case 20000:
        return "The user is not enrolled. On mobile this is a check made on the device; the web SDK deliberately reports the same state as a generic server error, so that nobody can probe which users are enrolled.";
    case 20001:
        return "The user is already enrolled.";
    case 20002:
        return "The SDK was used before it was configured.";
    case 20005:
        return "The old code for a failed Keyless.configure call. Current SDKs report 20010 (SDK_CONFIGURE_FAILED) instead.";
    case 20010:
        return "The call to Keyless.configure failed.";
    case 20013:
        return "The API key has no seats left.";
    case 20021:
        return "The device does not meet the requirements of the liveness environment aware feature (environment-aware liveness detection).";
    case 20022:
        return "The device does not support the device environment aware feature.";
    case 20023:
        return "The SDK's client state is invalid for the requested operation.";
    case 20024:
        return "An error with the user's profile. The shared model 6.0.0 has no code for it yet, so it maps to the fallback 1000 (SDK_ERROR).";
    case 20150:
        return "A dynamic linking payload handed to the SDK is malformed.";
    case 20300:
        return "A secret the operation needs was not found.";
    case 30000:
        return "Keyless could not establish that a real person was present in front of the camera.";
    case 30001:
        return "The face was not recognized before the configured time limit ran out.";
    case 30002:
        return "A mask, or something else, may be hiding part of the user's face.";
    case 30003:
        return "The user cancelled the face scan or the image processing, for example with the back button.";
    case 30004:
        return "A face was detected, but it does not match the face enrolled with Keyless: a biometric mismatch.";
    case 30005:
        return "The device seems to be offline: network connectivity was lost.";
    case 30006:
        return "The device looks tampered with: it may be rooted or jailbroken.";
    case 30007:
        return "Too many failed authentication attempts have locked the user out of Keyless for a while. When a new device is being activated, 523 (DEVICE_ACTIVATION_LOCKOUT) is returned instead.";
    case 30008:
        return "Keyless could not recognize the user, but suspects no spoofing attempt. The model gives no further hint about the cause.";
    case 30009:
        return "The user refused the camera permission.";
    case 30010:
        return "The app is outdated.";
    case 40000:
        return "Keyless Anti-Inject variant only: an internal error stopped Anti-Inject from initializing.";
    case 40001:
        return "Keyless Anti-Inject variant only: the configFile.tak license has expired.";
    case 40002:
        return "Keyless Anti-Inject variant only: signals suggest that the device may be compromised or not genuine. The user cannot continue: neither enrollment nor authentication is possible on it.";
    default:
        break;
    }
    if (code < 0) return "Not a Keyless SDK error code: the SDK never reports negative codes.";
    if (code < 20000) return "An undocumented internal error: it relates to the response of the Keyless Core platform.";
    if (code < 30000) return "An undocumented integration error: the SDK is misconfigured, or its API is being misused.";
    if (code < 40000) return "An undocumented user error: something during the face scan stopped it. Such errors are often predictions only.";
    if (code < 50000) return "Keyless Anti-Inject variant only: an undocumented Anti-Inject error.";
    return "An undocumented user error: something during the face scan stopped it. Such errors are often predictions only.";
}

const char *peer_error_description(int32_t code) {
    return description_of(code);
}

static inline const char *advice_of(int32_t code) {
    switch (code) {
    case 507:
        return "Two usual causes: the network dropped mid-exchange, or the app ships a core client too old for the current Core backend, which no longer supports it. Check connectivity first, then update to a supported SDK release.";
    case 512:
        return "Assume positive intent and let the user retry, reminding them to be in good light, to center their face and to keep it uncovered. Keep in mind that the person may really not be the one registered, and handle repeated failures with that in mind.";
    case 523:
        return "Ask the user to wait until the lockout ends. Let them see the remaining time in your app before they try again: the lockout management API getRateLimitInfo tells whether the user is rate-limited right now and, if so, for how many more seconds.";
    case 534:
        return "Call validateUserAndDeviceActive (validateUserDeviceActive on iOS) before authenticating, so the user is not asked for a face scan that cannot succeed. When it reports this code, the user has to enroll again.";
    case 535:
        return "Call validateUserAndDeviceActive (validateUserDeviceActive on iOS) before authenticating, so the user is not asked for a face scan that cannot succeed. When it reports this code, the user has to enroll again on this device.";
    case 537:
        return "Retry the operation. If it keeps failing, ask the user to wait a few minutes before the next try; if the error still comes back after that, enroll the user again.";
    case 539:
        return "Revoke some of the existing devices or states so that new ones can be created. SaaS customers can do it by hand in the Keyless dashboard, or from code through the Server API.";
    case 1004:
        return "Check connectivity first. If the device is online, treat it as 507 (PROTOCOL_INVALID_MESSAGE).";
    case 1131:
        return "Send the user through enrollment again. validateUserAndDeviceActive (validateUserDeviceActive on iOS) reports this before any face scan. Keep in mind that reset only deletes the SDK's data on this device: it neither de-enrolls the user nor deactivates the device in the backend.";
    case 1134:
        return "Running the enrollment or authentication request again may clear it. If it does not, the SDK and the core client may have fallen out of sync into a corrupted state: keep the code, message and stack trace and contact Keyless support.";
    case 1142:
        return "Make sure the device is genuine and its date and time are set correctly. If the error persists, enroll the user again.";
    case 10000:
    case 10001:
    case 10004:
    case 10005:
    case 10100:
    case 10200:
        return "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.";
    case 10003:
        return "Keep the error code, message and stack trace and send them to Keyless support; TRACE logs may be unavailable while logging itself fails.";
    case 10006:
        return "Check the customer properties your integration passes to the SDK. If they look right, keep the error code, message and stack trace and contact Keyless support.";
    case 20000:
        return "Enroll the user before authenticating them. validateUserAndDeviceActive (validateUserDeviceActive on iOS) tells before a face scan whether the user and the device are still active.";
    case 20001:
        return "Do not start an enrollment for a user who is already enrolled: authenticate them instead, or check your app's enrollment state first.";
    case 20002:
        return "Call Keyless.configure, and wait for it to succeed, before any other SDK call.";
    case 20005:
        return "Handle it exactly like 20010 (SDK_CONFIGURE_FAILED) and follow that code's advice.";
    case 20010:
        return "Usual causes are misconfigured tenant feature flags, or a feature flag service that could not be reached during setup. Rarely, the device lacks the free storage the SDK needs to write its local files. Read the error message for the precise cause.";
    case 20013:
        return "Contact Keyless about the seats of your API key; the user cannot fix this.";
    case 20021:
        return "If the check causes friction for your users, turn the liveness environment aware feature off.";
    case 20022:
        return "Check whether your configuration enables the device environment aware feature, and whether it should for devices that cannot support it. Read the error message for details.";
    case 20023:
        return "Read the error message and check the order of your SDK calls. If it persists, keep the error code, message and stack trace and contact Keyless support.";
    case 20024:
        return "Read the error message for the cause. If it persists, keep the error code, message and stack trace and contact Keyless support.";
    case 20150:
        return "Check how your app obtains the dynamic linking payload and passes it to the SDK, unchanged and complete.";
    case 20300:
        return "Read the error message to see which secret is missing, and check that your integration stores it before it is used.";
    case 30000:
        return "A photo or a video may have been held up to the camera, but the check is probabilistic, so assume positive intent: ask the user to make sure their face is well lit and fully visible, then retry. Live feedback during the camera scan gives real-time guidance.";
    case 30001:
        return "Let the user retry, with their face in front of the camera as soon as it opens.";
    case 30002:
        return "Something very likely covers part of the face. Let the user retry, following the live feedback during the camera scan for real-time guidance.";
    case 30003:
        return "Either drop the error silently (the SDK already logs the event internally for debugging), or offer a retry in case the user cancelled by accident.";
    case 30004:
        return "Offer a retry, or ask the user to check that they selected the right account.";
    case 30005:
        return "Ask the user to check their internet connection and start the scan again. If it keeps happening, suggest waiting a few minutes before the next try.";
    case 30006:
        return "Suggest that the user tries another device. If that is not possible, contact Keyless support for guidance.";
    case 30007:
        return "Have the user wait for the time the SDK indicates, and let them check the remaining time from your app before retrying: the lockout management API getRateLimitInfo tells whether the user is rate-limited right now and, if so, for how many more seconds.";
    case 30008:
        return "Let the user retry, following the live feedback during the camera scan for real-time guidance.";
    case 30009:
        return "Make sure the app holds the camera permission before the scan starts. A short screen that explains why the face scan needs the camera helps users agree.";
    case 30010:
        return "Ship an app update with a current Keyless SDK, and ask the user to install the latest version of the app.";
    case 40000:
        return "Keep the error code, message and stack trace and contact Keyless support.";
    case 40001:
        return "Contact the Keyless team for an updated configFile.tak license and ship it with the app.";
    case 40002:
        return "Tell the user that this device cannot be used, and suggest another one.";
    default:
        break;
    }
    if (code < 0) return "Check where the value came from; it is not a Keyless error code.";
    if (code < 20000) return "Internal errors usually need investigation by Keyless support. Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and send all of it to Keyless support.";
    if (code < 30000) return "Read the error message and fix the API usage it points to. If the error persists, keep the error code, message and stack trace and contact Keyless support.";
    if (code < 40000) return "Assume positive intent: suggest good light and a camera that nothing obstructs, and let the user retry.";
    if (code < 50000) return "Keep the error code, message and stack trace, enable Keyless logging at TRACE level, and contact Keyless support.";
    return "Assume positive intent: suggest good light and a camera that nothing obstructs, and let the user retry.";
}

const char *peer_error_advice(int32_t code) {
    return advice_of(code);
}

static inline const char *user_message_of(int32_t code) {
    switch (code) {
    case 507:
        return "Something went wrong on our side. Please make sure the app is up to date and try again.";
    case 512:
        return "We couldn't confirm it's you. Make sure your face is well lit, centered and uncovered, then try again.";
    case 523:
    case 30007:
        return "Too many attempts. Please wait a little while before trying again.";
    case 534:
        return "Your face sign-in is no longer active. Please set it up again to continue.";
    case 535:
        return "Face sign-in is no longer active on this device. Please set it up again to continue.";
    case 537:
        return "Something went wrong. Please try again, or wait a few minutes if it keeps happening.";
    case 539:
        return "This account has reached its limit of devices. Please remove a device you no longer use, or contact support.";
    case 1004:
        return "We couldn't reach the server. Please check your internet connection and try again.";
    case 1131:
        return "Face sign-in isn't set up on this device yet. Please set it up to continue.";
    case 1134:
        return "Something went wrong. Please try again.";
    case 1142:
        return "Please check that your device's date and time are correct, then try again. You may need to set up face sign-in again.";
    case 10004:
        return "The camera couldn't be used. Please try again later.";
    case 10100:
        return "Face verification couldn't be completed. Please try again later.";
    case 20000:
        return "Face sign-in isn't set up yet. Please set it up to continue.";
    case 20001:
        return "Face sign-in is already set up. You can sign in with your face.";
    case 20013:
    case 40001:
        return "This service is temporarily unavailable. Please try again later.";
    case 20021:
    case 20022:
        return "Face verification can't run on this device right now. Please try again later.";
    case 20023:
    case 20024:
    case 20300:
        return "Something went wrong. Please try again later.";
    case 20150:
        return "This link couldn't be used. Please try again.";
    case 30000:
        return "We couldn't verify your face. Make sure your face is well lit and fully visible, then try again.";
    case 30001:
        return "Time ran out. Hold your face in view as soon as the camera opens, then try again.";
    case 30002:
        return "Your face may be partly covered. Make sure nothing hides your face, then try again.";
    case 30003:
        return "The face scan was cancelled. You can try again whenever you're ready.";
    case 30004:
        return "We couldn't match your face. Check that you chose the right account, then try again.";
    case 30005:
        return "You seem to be offline. Check your internet connection and try again.";
    case 30006:
    case 40002:
        return "This device can't be used for face verification. Please try on another device.";
    case 30008:
        return "We couldn't recognize you this time. Follow the on-screen guidance and try again.";
    case 30009:
        return "Face verification needs your camera. Please allow camera access in Settings, then try again.";
    case 30010:
        return "Please update the app to the latest version to continue.";
    default:
        break;
    }
    if (code < 0) return "Something went wrong. Please try again.";
    if (code < 20000) return "Something went wrong on our side. Please try again later.";
    if (code < 30000) return "This feature isn't available right now. Please try again later.";
    if (code < 40000) return "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again.";
    if (code < 50000) return "Something went wrong. Please try again later.";
    return "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again.";
}

const char *peer_error_user_message(int32_t code) {
    return user_message_of(code);
}

static inline const char *note_of(int32_t code) {
    switch (code) {
    case 20005:
        return "Legacy: no longer returned, replaced by 20010.";
    case 20010:
        return "Since SDK 6.0.0 the configure error is finer-grained: its message names the actual problem.";
    case 20021:
        return "Since SDK 6.0.0 the SDK handles the environment-aware liveness check internally and no longer returns this code.";
    case 30001:
        return "Not returned since SDK 5.0.1, which deprecated the liveness timeout feature (see the SDK changelog).";
    case 30002:
        return "Not returned since SDK 4.8.0: a covered face is now reported through live feedback during the scan.";
    case 30006:
        return "Superseded by runtime application self-protection (RASP); current SDKs no longer return it.";
    default:
        break;
    }
    return "";
}

const char *peer_error_note(int32_t code) {
    return note_of(code);
}

static inline uint32_t action_of(int32_t code) {
    switch (code) {
    case 507:
    case 30010:
        return PEER_ERROR_ACTION_UPDATE_SDK;
    case 512:
    case 537:
    case 1134:
        return PEER_ERROR_ACTION_RETRY;
    case 523:
    case 30007:
        return PEER_ERROR_ACTION_WAIT_FOR_LOCKOUT;
    case 534:
    case 535:
    case 1131:
    case 1142:
    case 20000:
        return PEER_ERROR_ACTION_RE_ENROLL;
    case 539:
        return PEER_ERROR_ACTION_REVOKE_DEVICES;
    case 1004:
    case 30005:
        return PEER_ERROR_ACTION_CHECK_CONNECTION;
    case 20013:
        return PEER_ERROR_ACTION_CONTACT_SUPPORT;
    case 30003:
        return PEER_ERROR_ACTION_DISMISS;
    case 30004:
        return PEER_ERROR_ACTION_VERIFY_ACCOUNT;
    case 30006:
    case 40002:
        return PEER_ERROR_ACTION_USE_ANOTHER_DEVICE;
    case 30009:
        return PEER_ERROR_ACTION_GRANT_CAMERA_PERMISSION;
    case 40001:
        return PEER_ERROR_ACTION_RENEW_LICENSE;
    default:
        break;
    }
    if (code < 0) return PEER_ERROR_ACTION_NONE;
    if (code < 20000) return PEER_ERROR_ACTION_CONTACT_SUPPORT;
    if (code < 30000) return PEER_ERROR_ACTION_FIX_INTEGRATION;
    if (code < 40000) return PEER_ERROR_ACTION_RETRY;
    if (code < 50000) return PEER_ERROR_ACTION_CONTACT_SUPPORT;
    return PEER_ERROR_ACTION_RETRY;
}

uint32_t peer_error_action(int32_t code) {
    return action_of(code);
}

static inline bool is_known_of(int32_t code) {
    switch (code) {
    case 507:
    case 512:
    case 523:
    case 534:
    case 535:
    case 537:
    case 539:
    case 1004:
    case 1131:
    case 1134:
    case 1142:
    case 10000:
    case 10001:
    case 10003:
    case 10004:
    case 10005:
    case 10006:
    case 10100:
    case 10200:
    case 20000:
    case 20001:
    case 20002:
    case 20005:
    case 20010:
    case 20013:
    case 20021:
    case 20022:
    case 20023:
    case 20024:
    case 20150:
    case 20300:
    case 30000:
    case 30001:
    case 30002:
    case 30003:
    case 30004:
    case 30005:
    case 30006:
    case 30007:
    case 30008:
    case 30009:
    case 30010:
    case 40000:
    case 40001:
    case 40002:
        return true;
    default:
        break;
    }
    return false;
}

bool peer_error_is_known(int32_t code) {
    return is_known_of(code);
}

static inline bool is_retryable_of(int32_t code) {
    switch (code) {
    case 512:
    case 523:
    case 537:
    case 1004:
    case 1134:
        return true;
    case 30006:
    case 30010:
        return false;
    default:
        break;
    }
    if (code < 30000) return false;
    if (code < 40000) return true;
    if (code < 50000) return false;
    return true;
}

bool peer_error_is_retryable(int32_t code) {
    return is_retryable_of(code);
}

static inline bool is_deprecated_of(int32_t code) {
    switch (code) {
    case 20005:
    case 20021:
    case 30001:
    case 30002:
    case 30006:
        return true;
    default:
        break;
    }
    return false;
}

bool peer_error_is_deprecated(int32_t code) {
    return is_deprecated_of(code);
}

static inline int32_t replaced_by_of(int32_t code) {
    switch (code) {
    case 20005:
        return 20010;
    default:
        break;
    }
    return -1;
}

int32_t peer_error_replaced_by(int32_t code) {
    return replaced_by_of(code);
}

static inline int32_t shared_code_of(int32_t code) {
    switch (code) {
    case 10001:
        return 1009;
    case 10003:
        return 1003;
    case 10004:
        return 2000;
    case 10005:
        return 1004;
    case 10006:
        return 1016;
    case 10100:
        return 4000;
    case 10200:
        return 3000;
    case 20000:
        return 3003;
    case 20001:
        return 3002;
    case 20002:
        return 1001;
    case 20010:
        return 1002;
    case 20013:
        return 3001;
    case 20021:
        return 4003;
    case 20022:
        return 4004;
    case 20023:
        return 1010;
    case 20150:
        return 1008;
    case 20300:
        return 3006;
    case 30000:
        return 4002;
    case 30001:
        return 1006;
    case 30003:
        return 1005;
    case 30004:
        return 3004;
    case 30005:
        return 1007;
    case 30007:
        return 3007;
    case 30008:
        return 4001;
    case 30009:
        return 2002;
    case 30010:
        return 1012;
    case 40000:
        return 6000;
    case 40002:
        return 6001;
    default:
        break;
    }
    return 1000;
}

int32_t peer_error_shared_code(int32_t code) {
    return shared_code_of(code);
}

static inline const char *shared_name_of(int32_t code) {
    switch (code) {
    case 10001:
        return "SDK_ARTIFACT_RETRIEVE_FAILED";
    case 10003:
        return "SDK_LOGGING_CONFIGURATION_FAILED";
    case 10004:
        return "CAMERA_ERROR";
    case 10005:
        return "SDK_STORAGE_FAILED";
    case 10006:
        return "SDK_INVALID_CUSTOMER_PROPERTIES";
    case 10100:
        return "BIOM_ERROR";
    case 10200:
        return "CORE_ERROR";
    case 20000:
        return "CORE_USER_NOT_ENROLLED";
    case 20001:
        return "CORE_USER_ALREADY_ENROLLED";
    case 20002:
        return "SDK_NOT_CONFIGURED";
    case 20010:
        return "SDK_INVALID_CONFIGURATION";
    case 20013:
        return "CORE_NOT_ENOUGH_API_KEY_SEATS";
    case 20021:
        return "BIOM_LIVENESS_ENVIRONMENT_AWARE_NOT_SUPPORTED";
    case 20022:
        return "BIOM_DEVICE_ENVIRONMENT_AWARE_NOT_SUPPORTED";
    case 20023:
        return "SDK_INVALID_CLIENT_STATE";
    case 20150:
        return "SDK_DYNAMIC_LINKING_PAYLOAD_MALFORMED";
    case 20300:
        return "CORE_SECRET_NOT_FOUND";
    case 30000:
        return "BIOM_GENUINE_PRESENCE_NOT_ESTABLISHED";
    case 30001:
        return "SDK_TIMEOUT";
    case 30003:
        return "SDK_USER_CANCELLED";
    case 30004:
        return "CORE_FACE_NOT_MATCHING";
    case 30005:
        return "SDK_NO_NETWORK_CONNECTION";
    case 30007:
        return "CORE_USER_LOCKED_OUT";
    case 30008:
        return "BIOM_REJECTED";
    case 30009:
        return "CAMERA_PERMISSION_DENIED";
    case 30010:
        return "SDK_OUTDATED_APP";
    case 40000:
        return "SECURITY_ERROR";
    case 40002:
        return "SECURITY_DEVICE_NOT_GENUINE";
    default:
        break;
    }
    return "SDK_ERROR";
}

const char *peer_error_shared_name(int32_t code) {
    return shared_name_of(code);
}

static const int32_t documented_codes[45] = {
    507, 512, 523, 534, 535, 537, 539, 1004, 1131, 1134,
    1142, 10000, 10001, 10003, 10004, 10005, 10006, 10100, 10200, 20000,
    20001, 20002, 20005, 20010, 20013, 20021, 20022, 20023, 20024, 20150,
    20300, 30000, 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008,
    30009, 30010, 40000, 40001, 40002,
};

size_t peer_error_codes(int32_t *out, size_t capacity) {
    size_t count = sizeof documented_codes / sizeof documented_codes[0];
    if (out != NULL) {
        memcpy(out, documented_codes, (capacity < count ? capacity : count) * sizeof *out);
    }
    return count;
}

/* Copies what fits of `text` at `length`, keeping the last byte for the NUL;
   returns the length the whole line has so far. */
static inline size_t append(char *buf, size_t room, size_t length, const char *text, size_t text_length) {
    if (length < room) {
        size_t fitting = room - length < text_length ? room - length : text_length;
        memcpy(buf + length, text, fitting);
    }
    return length + text_length;
}

size_t peer_error_format(int32_t code, char *buf, size_t size) {
    char digits[11];
    size_t start = sizeof digits;
    uint32_t magnitude = code < 0 ? 0u - (uint32_t)code : (uint32_t)code;
    do {
        digits[--start] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (code < 0) {
        digits[--start] = '-';
    }
    const char *name = name_of(code);
    const char *category = category_of(code);
    const char *title = title_of(code);
    size_t room = (buf != NULL && size > 0) ? size - 1 : 0;
    size_t length = append(buf, room, 0, digits + start, sizeof digits - start);
    length = append(buf, room, length, " ", 1);
    length = append(buf, room, length, name, strlen(name));
    length = append(buf, room, length, " (", 2);
    length = append(buf, room, length, category, strlen(category));
    length = append(buf, room, length, "): ", 3);
    length = append(buf, room, length, title, strlen(title));
    if (buf != NULL && size > 0) {
        buf[length < room ? length : room] = '\0';
    }
    return length;
}

const char *peer_errors_version(void) {
    return "0.3.0";
}
