/* Generated from src/catalog.rs by tests/codegen/peers.rs; do not edit. Regenerate with `make regenerate`. */
/*
 * The C peer: what a careful app developer would write by hand
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

const char *peer_error_locale_tag(uint32_t locale) {
    switch (locale) {
    case 1:
        return "en-GB";
    case 2:
        return "ar";
    case 3:
        return "bg";
    case 4:
        return "ca";
    case 5:
        return "cs";
    case 6:
        return "da";
    case 7:
        return "de";
    case 8:
        return "el";
    case 9:
        return "es";
    case 10:
        return "es-419";
    case 11:
        return "et";
    case 12:
        return "fi";
    case 13:
        return "fil";
    case 14:
        return "fr";
    case 15:
        return "fr-CA";
    case 16:
        return "he";
    case 17:
        return "hr";
    case 18:
        return "hu";
    case 19:
        return "id";
    case 20:
        return "it";
    case 21:
        return "ja";
    case 22:
        return "ko";
    case 23:
        return "lt";
    case 24:
        return "lv";
    case 25:
        return "ms";
    case 26:
        return "mt";
    case 27:
        return "nb";
    case 28:
        return "nl";
    case 29:
        return "nn";
    case 30:
        return "pl";
    case 31:
        return "pt-BR";
    case 32:
        return "pt-PT";
    case 33:
        return "ro";
    case 34:
        return "ru";
    case 35:
        return "sk";
    case 36:
        return "sl";
    case 37:
        return "sv";
    case 38:
        return "th";
    case 39:
        return "tr";
    case 40:
        return "vi";
    case 41:
        return "zh-Hans";
    case 42:
        return "zh-Hant";
    case 43:
        return "zh-HK";
    default:
        return "en";
    }
}

static inline const char *user_message_1_of(int32_t code) {
    switch (code) {
    case 507:
        return "Something went wrong on our side. Please make sure the app is up to date and try again.";
    case 512:
        return "We couldn't confirm it's you. Make sure your face is well lit, centred and uncovered, then try again.";
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
        return "We couldn't recognise you this time. Follow the on-screen guidance and try again.";
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

static inline const char *user_message_2_of(int32_t code) {
    switch (code) {
    case 507:
        return "حدث خطأ من جانبنا. يُرجى التأكد من تحديث التطبيق إلى أحدث إصدار، ثم المحاولة مرة أخرى.";
    case 512:
        return "تعذّر علينا التأكد من هويتك. يُرجى التأكد من أن وجهك مُضاء جيدًا وفي منتصف الإطار وغير مغطّى، ثم المحاولة مرة أخرى.";
    case 523:
    case 30007:
        return "عدد كبير جدًا من المحاولات. يُرجى الانتظار قليلًا قبل المحاولة مرة أخرى.";
    case 534:
        return "لم يعد تسجيل الدخول بالوجه نشطًا. يُرجى إعداده من جديد للمتابعة.";
    case 535:
        return "لم يعد تسجيل الدخول بالوجه نشطًا على هذا الجهاز. يُرجى إعداده من جديد للمتابعة.";
    case 537:
        return "حدث خطأ ما. يُرجى المحاولة مرة أخرى، أو الانتظار بضع دقائق إذا تكررت المشكلة.";
    case 539:
        return "وصل هذا الحساب إلى الحد الأقصى لعدد الأجهزة. يُرجى إزالة جهاز لم يعد مستخدمًا، أو التواصل مع فريق الدعم.";
    case 1004:
        return "تعذّر الوصول إلى الخادم. يُرجى التحقق من اتصالك بالإنترنت ثم المحاولة مرة أخرى.";
    case 1131:
        return "لم يتم إعداد تسجيل الدخول بالوجه على هذا الجهاز بعد. يُرجى إعداده للمتابعة.";
    case 1134:
        return "حدث خطأ ما. يُرجى المحاولة مرة أخرى.";
    case 1142:
        return "يُرجى التحقق من صحة التاريخ والوقت على جهازك، ثم المحاولة مرة أخرى. قد يلزم إعداد تسجيل الدخول بالوجه من جديد.";
    case 10004:
        return "تعذّر استخدام الكاميرا. يُرجى المحاولة مرة أخرى لاحقًا.";
    case 10100:
        return "تعذّر إكمال التحقق من الوجه. يُرجى المحاولة مرة أخرى لاحقًا.";
    case 20000:
        return "لم يتم إعداد تسجيل الدخول بالوجه بعد. يُرجى إعداده للمتابعة.";
    case 20001:
        return "تم إعداد تسجيل الدخول بالوجه بالفعل. يمكنك تسجيل الدخول باستخدام وجهك.";
    case 20013:
    case 40001:
        return "هذه الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى لاحقًا.";
    case 20021:
    case 20022:
        return "يتعذّر إجراء التحقق من الوجه على هذا الجهاز حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.";
    case 20023:
    case 20024:
    case 20300:
        return "حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا.";
    case 20150:
        return "تعذّر استخدام هذا الرابط. يُرجى المحاولة مرة أخرى.";
    case 30000:
        return "تعذّر التحقق من وجهك. يُرجى التأكد من أن وجهك مُضاء جيدًا وظاهر بالكامل، ثم المحاولة مرة أخرى.";
    case 30001:
        return "انتهى الوقت. يُرجى المحاولة مرة أخرى مع إبقاء وجهك داخل الإطار فور فتح الكاميرا.";
    case 30002:
        return "قد يكون جزء من وجهك مغطّى. يُرجى التأكد من عدم وجود ما يحجب وجهك، ثم المحاولة مرة أخرى.";
    case 30003:
        return "تم إلغاء مسح الوجه. يمكنك المحاولة مرة أخرى في أي وقت.";
    case 30004:
        return "تعذّرت مطابقة وجهك. يُرجى التأكد من اختيار الحساب الصحيح، ثم المحاولة مرة أخرى.";
    case 30005:
        return "يبدو أن جهازك غير متصل بالإنترنت. يُرجى التحقق من اتصالك بالإنترنت ثم المحاولة مرة أخرى.";
    case 30006:
    case 40002:
        return "لا يمكن استخدام هذا الجهاز للتحقق من الوجه. يُرجى المحاولة على جهاز آخر.";
    case 30008:
        return "تعذّر التعرّف عليك هذه المرة. يُرجى اتباع الإرشادات على الشاشة ثم المحاولة مرة أخرى.";
    case 30009:
        return "يتطلب التحقق من الوجه استخدام الكاميرا. يُرجى السماح بالوصول إلى الكاميرا من الإعدادات، ثم المحاولة مرة أخرى.";
    case 30010:
        return "يُرجى تحديث التطبيق إلى أحدث إصدار للمتابعة.";
    default:
        break;
    }
    if (code < 0) return "حدث خطأ ما. يُرجى المحاولة مرة أخرى.";
    if (code < 20000) return "حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى لاحقًا.";
    if (code < 30000) return "هذه الميزة غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.";
    if (code < 40000) return "تعذّر إكمال مسح الوجه. يُرجى التأكد من أن وجهك مُضاء جيدًا ومن عدم وجود ما يحجب الكاميرا، ثم المحاولة مرة أخرى.";
    if (code < 50000) return "حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا.";
    return "تعذّر إكمال مسح الوجه. يُرجى التأكد من أن وجهك مُضاء جيدًا ومن عدم وجود ما يحجب الكاميرا، ثم المحاولة مرة أخرى.";
}

static inline const char *user_message_3_of(int32_t code) {
    switch (code) {
    case 507:
        return "Възникна проблем от наша страна. Моля, уверете се, че приложението е обновено, и опитайте отново.";
    case 512:
        return "Не успяхме да потвърдим, че сте вие. Уверете се, че лицето ви е добре осветено, в центъра и не е закрито, и опитайте отново.";
    case 523:
    case 30007:
        return "Твърде много опити. Моля, изчакайте малко, преди да опитате отново.";
    case 534:
        return "Входът с лице вече не е активен. Моля, настройте го отново, за да продължите.";
    case 535:
        return "Входът с лице вече не е активен на това устройство. Моля, настройте го отново, за да продължите.";
    case 537:
        return "Нещо се обърка. Моля, опитайте отново или изчакайте няколко минути, ако проблемът продължава.";
    case 539:
        return "Този профил достигна лимита си за устройства. Моля, премахнете устройство, което вече не използвате, или се свържете с поддръжката.";
    case 1004:
        return "Не успяхме да се свържем със сървъра. Моля, проверете интернет връзката си и опитайте отново.";
    case 1131:
        return "Входът с лице все още не е настроен на това устройство. Моля, настройте го, за да продължите.";
    case 1134:
        return "Нещо се обърка. Моля, опитайте отново.";
    case 1142:
        return "Моля, проверете дали датата и часът на устройството ви са верни, и опитайте отново. Може да се наложи да настроите входа с лице отново.";
    case 10004:
        return "Камерата не можа да бъде използвана. Моля, опитайте отново по-късно.";
    case 10100:
        return "Проверката на лицето не можа да бъде завършена. Моля, опитайте отново по-късно.";
    case 20000:
        return "Входът с лице все още не е настроен. Моля, настройте го, за да продължите.";
    case 20001:
        return "Входът с лице вече е настроен. Можете да влизате с лицето си.";
    case 20013:
    case 40001:
        return "Услугата временно не е достъпна. Моля, опитайте отново по-късно.";
    case 20021:
    case 20022:
        return "В момента проверката на лицето не може да се извърши на това устройство. Моля, опитайте отново по-късно.";
    case 20023:
    case 20024:
    case 20300:
        return "Нещо се обърка. Моля, опитайте отново по-късно.";
    case 20150:
        return "Тази връзка не можа да бъде използвана. Моля, опитайте отново.";
    case 30000:
        return "Не успяхме да проверим лицето ви. Уверете се, че то е добре осветено и се вижда изцяло, и опитайте отново.";
    case 30001:
        return "Времето изтече. Опитайте отново и дръжте лицето си в кадър веднага щом камерата се отвори.";
    case 30002:
        return "Лицето ви може да е частично закрито. Уверете се, че нищо не го закрива, и опитайте отново.";
    case 30003:
        return "Сканирането на лицето беше отменено. Можете да опитате отново, когато сте готови.";
    case 30004:
        return "Не успяхме да съпоставим лицето ви. Проверете дали сте избрали правилния профил, и опитайте отново.";
    case 30005:
        return "Изглежда, че сте офлайн. Моля, проверете интернет връзката си и опитайте отново.";
    case 30006:
    case 40002:
        return "Това устройство не може да се използва за проверка на лицето. Моля, опитайте с друго устройство.";
    case 30008:
        return "Този път не успяхме да ви разпознаем. Следвайте указанията на екрана и опитайте отново.";
    case 30009:
        return "За проверката на лицето е нужна камерата ви. Моля, разрешете достъп до камерата в Настройки и опитайте отново.";
    case 30010:
        return "Моля, обновете приложението до най-новата версия, за да продължите.";
    default:
        break;
    }
    if (code < 0) return "Нещо се обърка. Моля, опитайте отново.";
    if (code < 20000) return "Възникна проблем от наша страна. Моля, опитайте отново по-късно.";
    if (code < 30000) return "Тази функция в момента не е налична. Моля, опитайте отново по-късно.";
    if (code < 40000) return "Не успяхме да завършим сканирането на лицето. Уверете се, че лицето ви е добре осветено и нищо не закрива камерата, и опитайте отново.";
    if (code < 50000) return "Нещо се обърка. Моля, опитайте отново по-късно.";
    return "Не успяхме да завършим сканирането на лицето. Уверете се, че лицето ви е добре осветено и нищо не закрива камерата, и опитайте отново.";
}

static inline const char *user_message_4_of(int32_t code) {
    switch (code) {
    case 507:
        return "S’ha produït un error per part nostra. Assegureu-vos que l’aplicació està actualitzada i torneu-ho a provar.";
    case 512:
        return "No hem pogut confirmar que sou vós. Assegureu-vos que teniu la cara ben il·luminada, centrada i descoberta, i torneu-ho a provar.";
    case 523:
    case 30007:
        return "Massa intents. Espereu una estona abans de tornar-ho a provar.";
    case 534:
        return "El vostre inici de sessió amb reconeixement facial ja no està actiu. Torneu a configurar-lo per continuar.";
    case 535:
        return "L’inici de sessió amb reconeixement facial ja no està actiu en aquest dispositiu. Torneu a configurar-lo per continuar.";
    case 537:
        return "S’ha produït un error. Torneu-ho a provar o, si continua passant, espereu uns minuts.";
    case 539:
        return "Aquest compte ha arribat al límit de dispositius. Suprimiu un dispositiu que ja no utilitzeu o poseu-vos en contacte amb l’assistència.";
    case 1004:
        return "No hem pogut connectar amb el servidor. Comproveu la connexió a internet i torneu-ho a provar.";
    case 1131:
        return "L’inici de sessió amb reconeixement facial encara no està configurat en aquest dispositiu. Configureu-lo per continuar.";
    case 1134:
        return "S’ha produït un error. Torneu-ho a provar.";
    case 1142:
        return "Comproveu que la data i l’hora del dispositiu són correctes i torneu-ho a provar. Potser haureu de tornar a configurar l’inici de sessió amb reconeixement facial.";
    case 10004:
        return "No s’ha pogut utilitzar la càmera. Torneu-ho a provar més tard.";
    case 10100:
        return "No s’ha pogut completar la verificació facial. Torneu-ho a provar més tard.";
    case 20000:
        return "L’inici de sessió amb reconeixement facial encara no està configurat. Configureu-lo per continuar.";
    case 20001:
        return "L’inici de sessió amb reconeixement facial ja està configurat. Podeu iniciar la sessió amb la cara.";
    case 20013:
    case 40001:
        return "Aquest servei no està disponible temporalment. Torneu-ho a provar més tard.";
    case 20021:
    case 20022:
        return "Ara mateix no es pot fer la verificació facial en aquest dispositiu. Torneu-ho a provar més tard.";
    case 20023:
    case 20024:
    case 20300:
        return "S’ha produït un error. Torneu-ho a provar més tard.";
    case 20150:
        return "No s’ha pogut utilitzar aquest enllaç. Torneu-ho a provar.";
    case 30000:
        return "No hem pogut verificar la vostra cara. Assegureu-vos que està ben il·luminada i del tot visible, i torneu-ho a provar.";
    case 30001:
        return "S’ha esgotat el temps. Mostreu la cara a la càmera tan bon punt s’obri i torneu-ho a provar.";
    case 30002:
        return "És possible que tingueu la cara parcialment tapada. Assegureu-vos que res no us la tapa i torneu-ho a provar.";
    case 30003:
        return "S’ha cancel·lat l’escaneig facial. Podeu tornar-ho a provar quan vulgueu.";
    case 30004:
        return "No hem pogut reconèixer la vostra cara. Comproveu que heu triat el compte correcte i torneu-ho a provar.";
    case 30005:
        return "Sembla que no teniu connexió. Comproveu la connexió a internet i torneu-ho a provar.";
    case 30006:
    case 40002:
        return "Aquest dispositiu no es pot utilitzar per a la verificació facial. Proveu-ho en un altre dispositiu.";
    case 30008:
        return "Aquesta vegada no us hem pogut reconèixer. Seguiu les indicacions de la pantalla i torneu-ho a provar.";
    case 30009:
        return "La verificació facial necessita la càmera. Permeteu l’accés a la càmera a la configuració del telèfon i torneu-ho a provar.";
    case 30010:
        return "Actualitzeu l’aplicació a la versió més recent per continuar.";
    default:
        break;
    }
    if (code < 0) return "S’ha produït un error. Torneu-ho a provar.";
    if (code < 20000) return "S’ha produït un error per part nostra. Torneu-ho a provar més tard.";
    if (code < 30000) return "Aquesta funció no està disponible ara mateix. Torneu-ho a provar més tard.";
    if (code < 40000) return "No hem pogut completar l’escaneig facial. Assegureu-vos que teniu la cara ben il·luminada i que res no tapa la càmera, i torneu-ho a provar.";
    if (code < 50000) return "S’ha produït un error. Torneu-ho a provar més tard.";
    return "No hem pogut completar l’escaneig facial. Assegureu-vos que teniu la cara ben il·luminada i que res no tapa la càmera, i torneu-ho a provar.";
}

static inline const char *user_message_5_of(int32_t code) {
    switch (code) {
    case 507:
        return "Na naší straně došlo k chybě. Ujistěte se, že máte aktuální verzi aplikace, a zkuste to znovu.";
    case 512:
        return "Nepodařilo se potvrdit, že jste to vy. Ujistěte se, že je váš obličej dobře osvětlený, uprostřed záběru a nic ho nezakrývá, a zkuste to znovu.";
    case 523:
    case 30007:
        return "Příliš mnoho pokusů. Chvíli počkejte a pak to zkuste znovu.";
    case 534:
        return "Vaše přihlašování obličejem už není aktivní. Chcete-li pokračovat, nastavte ho znovu.";
    case 535:
        return "Přihlašování obličejem už na tomto zařízení není aktivní. Chcete-li pokračovat, nastavte ho znovu.";
    case 537:
        return "Něco se pokazilo. Zkuste to znovu. Pokud potíže přetrvávají, počkejte několik minut.";
    case 539:
        return "Tento účet dosáhl limitu zařízení. Odeberte zařízení, které už nepoužíváte, nebo kontaktujte podporu.";
    case 1004:
        return "Nepodařilo se spojit se serverem. Zkontrolujte připojení k internetu a zkuste to znovu.";
    case 1131:
        return "Přihlašování obličejem na tomto zařízení ještě není nastavené. Chcete-li pokračovat, nastavte ho.";
    case 1134:
        return "Něco se pokazilo. Zkuste to znovu.";
    case 1142:
        return "Zkontrolujte, zda máte v zařízení správné datum a čas, a zkuste to znovu. Možná bude potřeba znovu nastavit přihlašování obličejem.";
    case 10004:
        return "Fotoaparát se nepodařilo použít. Zkuste to znovu později.";
    case 10100:
        return "Ověření obličeje se nepodařilo dokončit. Zkuste to znovu později.";
    case 20000:
        return "Přihlašování obličejem ještě není nastavené. Chcete-li pokračovat, nastavte ho.";
    case 20001:
        return "Přihlašování obličejem už je nastavené. Můžete se přihlásit obličejem.";
    case 20013:
    case 40001:
        return "Služba je dočasně nedostupná. Zkuste to znovu později.";
    case 20021:
    case 20022:
        return "Ověření obličeje teď na tomto zařízení nelze provést. Zkuste to znovu později.";
    case 20023:
    case 20024:
    case 20300:
        return "Něco se pokazilo. Zkuste to znovu později.";
    case 20150:
        return "Tento odkaz se nepodařilo použít. Zkuste to znovu.";
    case 30000:
        return "Nepodařilo se ověřit váš obličej. Ujistěte se, že je dobře osvětlený a celý viditelný, a zkuste to znovu.";
    case 30001:
        return "Čas vypršel. Zkuste to znovu a hned po spuštění fotoaparátu mějte obličej v záběru.";
    case 30002:
        return "Váš obličej může být částečně zakrytý. Ujistěte se, že ho nic nezakrývá, a zkuste to znovu.";
    case 30003:
        return "Skenování obličeje bylo zrušeno. Můžete to zkusit znovu, kdykoli budete chtít.";
    case 30004:
        return "Nepodařilo se ověřit shodu obličeje. Zkontrolujte, zda je vybrán správný účet, a zkuste to znovu.";
    case 30005:
        return "Vypadá to, že nemáte připojení k internetu. Zkontrolujte připojení a zkuste to znovu.";
    case 30006:
    case 40002:
        return "Toto zařízení nelze použít k ověření obličeje. Zkuste to na jiném zařízení.";
    case 30008:
        return "Tentokrát se vás nepodařilo rozpoznat. Postupujte podle pokynů na obrazovce a zkuste to znovu.";
    case 30009:
        return "K ověření obličeje je potřeba fotoaparát. Povolte v Nastavení přístup k fotoaparátu a zkuste to znovu.";
    case 30010:
        return "Chcete-li pokračovat, aktualizujte aplikaci na nejnovější verzi.";
    default:
        break;
    }
    if (code < 0) return "Něco se pokazilo. Zkuste to znovu.";
    if (code < 20000) return "Na naší straně došlo k chybě. Zkuste to znovu později.";
    if (code < 30000) return "Tato funkce teď není dostupná. Zkuste to znovu později.";
    if (code < 40000) return "Skenování obličeje se nepodařilo dokončit. Ujistěte se, že je váš obličej dobře osvětlený a nic nezakrývá fotoaparát, a zkuste to znovu.";
    if (code < 50000) return "Něco se pokazilo. Zkuste to znovu později.";
    return "Skenování obličeje se nepodařilo dokončit. Ujistěte se, že je váš obličej dobře osvětlený a nic nezakrývá fotoaparát, a zkuste to znovu.";
}

static inline const char *user_message_6_of(int32_t code) {
    switch (code) {
    case 507:
        return "Der opstod en fejl hos os. Sørg for, at appen er opdateret, og prøv igen.";
    case 512:
        return "Vi kunne ikke bekræfte, at det er dig. Sørg for, at dit ansigt er godt belyst, centreret og ikke tildækket, og prøv igen.";
    case 523:
    case 30007:
        return "For mange forsøg. Vent et stykke tid, før du prøver igen.";
    case 534:
        return "Dit login med ansigtsgenkendelse er ikke længere aktivt. Konfigurer det igen for at fortsætte.";
    case 535:
        return "Login med ansigtsgenkendelse er ikke længere aktivt på denne enhed. Konfigurer det igen for at fortsætte.";
    case 537:
        return "Noget gik galt. Prøv igen, eller vent et par minutter, hvis det bliver ved med at ske.";
    case 539:
        return "Denne konto har nået grænsen for antal enheder. Fjern en enhed, du ikke længere bruger, eller kontakt support.";
    case 1004:
        return "Vi kunne ikke få forbindelse til serveren. Tjek din internetforbindelse, og prøv igen.";
    case 1131:
        return "Login med ansigtsgenkendelse er endnu ikke konfigureret på denne enhed. Konfigurer det for at fortsætte.";
    case 1134:
        return "Noget gik galt. Prøv igen.";
    case 1142:
        return "Tjek, at dato og klokkeslæt på din enhed er korrekte, og prøv igen. Du skal muligvis konfigurere login med ansigtsgenkendelse igen.";
    case 10004:
        return "Kameraet kunne ikke bruges. Prøv igen senere.";
    case 10100:
        return "Ansigtsverificeringen kunne ikke gennemføres. Prøv igen senere.";
    case 20000:
        return "Login med ansigtsgenkendelse er endnu ikke konfigureret. Konfigurer det for at fortsætte.";
    case 20001:
        return "Login med ansigtsgenkendelse er allerede konfigureret. Du kan logge ind med dit ansigt.";
    case 20013:
    case 40001:
        return "Denne tjeneste er midlertidigt utilgængelig. Prøv igen senere.";
    case 20021:
    case 20022:
        return "Ansigtsverificering kan ikke køre på denne enhed lige nu. Prøv igen senere.";
    case 20023:
    case 20024:
    case 20300:
        return "Noget gik galt. Prøv igen senere.";
    case 20150:
        return "Dette link kunne ikke bruges. Prøv igen.";
    case 30000:
        return "Vi kunne ikke verificere dit ansigt. Sørg for, at dit ansigt er godt belyst og helt synligt, og prøv igen.";
    case 30001:
        return "Tiden er gået. Prøv igen, og hold dit ansigt i billedet, så snart kameraet åbner.";
    case 30002:
        return "Dit ansigt er muligvis delvist dækket. Sørg for, at intet skjuler dit ansigt, og prøv igen.";
    case 30003:
        return "Ansigtsscanningen blev annulleret. Du kan prøve igen, når du er klar.";
    case 30004:
        return "Vi kunne ikke matche dit ansigt. Tjek, at du har valgt den rigtige konto, og prøv igen.";
    case 30005:
        return "Det ser ud til, at du er offline. Tjek din internetforbindelse, og prøv igen.";
    case 30006:
    case 40002:
        return "Denne enhed kan ikke bruges til ansigtsverificering. Prøv på en anden enhed.";
    case 30008:
        return "Vi kunne ikke genkende dig denne gang. Følg vejledningen på skærmen, og prøv igen.";
    case 30009:
        return "Ansigtsverificering kræver dit kamera. Giv adgang til kameraet i Indstillinger, og prøv igen.";
    case 30010:
        return "Opdater appen til den nyeste version for at fortsætte.";
    default:
        break;
    }
    if (code < 0) return "Noget gik galt. Prøv igen.";
    if (code < 20000) return "Der opstod en fejl hos os. Prøv igen senere.";
    if (code < 30000) return "Denne funktion er ikke tilgængelig lige nu. Prøv igen senere.";
    if (code < 40000) return "Vi kunne ikke gennemføre ansigtsscanningen. Sørg for, at dit ansigt er godt belyst, og at intet dækker kameraet, og prøv igen.";
    if (code < 50000) return "Noget gik galt. Prøv igen senere.";
    return "Vi kunne ikke gennemføre ansigtsscanningen. Sørg for, at dit ansigt er godt belyst, og at intet dækker kameraet, og prøv igen.";
}

static inline const char *user_message_7_of(int32_t code) {
    switch (code) {
    case 507:
        return "Bei uns ist ein Fehler aufgetreten. Bitte stellen Sie sicher, dass die App aktuell ist, und versuchen Sie es erneut.";
    case 512:
        return "Wir konnten nicht bestätigen, dass Sie es sind. Achten Sie darauf, dass Ihr Gesicht gut beleuchtet, mittig und unverdeckt ist, und versuchen Sie es dann erneut.";
    case 523:
    case 30007:
        return "Zu viele Versuche. Bitte warten Sie eine Weile, bevor Sie es erneut versuchen.";
    case 534:
        return "Ihre Anmeldung per Gesichtserkennung ist nicht mehr aktiv. Bitte richten Sie sie erneut ein, um fortzufahren.";
    case 535:
        return "Die Anmeldung per Gesichtserkennung ist auf diesem Gerät nicht mehr aktiv. Bitte richten Sie sie erneut ein, um fortzufahren.";
    case 537:
        return "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut oder warten Sie einige Minuten, falls das Problem weiterhin auftritt.";
    case 539:
        return "Dieses Konto hat die maximale Anzahl an Geräten erreicht. Bitte entfernen Sie ein Gerät, das Sie nicht mehr verwenden, oder wenden Sie sich an den Support.";
    case 1004:
        return "Wir konnten den Server nicht erreichen. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.";
    case 1131:
        return "Die Anmeldung per Gesichtserkennung ist auf diesem Gerät noch nicht eingerichtet. Bitte richten Sie sie ein, um fortzufahren.";
    case 1134:
        return "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.";
    case 1142:
        return "Bitte prüfen Sie, ob Datum und Uhrzeit Ihres Geräts stimmen, und versuchen Sie es dann erneut. Eventuell müssen Sie die Anmeldung per Gesichtserkennung neu einrichten.";
    case 10004:
        return "Die Kamera konnte nicht verwendet werden. Bitte versuchen Sie es später erneut.";
    case 10100:
        return "Die Gesichtsverifizierung konnte nicht abgeschlossen werden. Bitte versuchen Sie es später erneut.";
    case 20000:
        return "Die Anmeldung per Gesichtserkennung ist noch nicht eingerichtet. Bitte richten Sie sie ein, um fortzufahren.";
    case 20001:
        return "Die Anmeldung per Gesichtserkennung ist bereits eingerichtet. Sie können sich mit Ihrem Gesicht anmelden.";
    case 20013:
    case 40001:
        return "Dieser Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut.";
    case 20021:
    case 20022:
        return "Die Gesichtsverifizierung ist auf diesem Gerät derzeit nicht möglich. Bitte versuchen Sie es später erneut.";
    case 20023:
    case 20024:
    case 20300:
        return "Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.";
    case 20150:
        return "Dieser Link konnte nicht verwendet werden. Bitte versuchen Sie es erneut.";
    case 30000:
        return "Wir konnten Ihr Gesicht nicht verifizieren. Achten Sie darauf, dass Ihr Gesicht gut beleuchtet und vollständig sichtbar ist, und versuchen Sie es dann erneut.";
    case 30001:
        return "Die Zeit ist abgelaufen. Versuchen Sie es erneut und halten Sie Ihr Gesicht ins Bild, sobald sich die Kamera öffnet.";
    case 30002:
        return "Ihr Gesicht ist möglicherweise teilweise verdeckt. Achten Sie darauf, dass nichts Ihr Gesicht verdeckt, und versuchen Sie es dann erneut.";
    case 30003:
        return "Der Gesichtsscan wurde abgebrochen. Sie können es erneut versuchen, sobald Sie bereit sind.";
    case 30004:
        return "Wir konnten Ihr Gesicht nicht zuordnen. Prüfen Sie, ob Sie das richtige Konto ausgewählt haben, und versuchen Sie es dann erneut.";
    case 30005:
        return "Sie scheinen offline zu sein. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.";
    case 30006:
    case 40002:
        return "Dieses Gerät kann nicht für die Gesichtsverifizierung verwendet werden. Bitte versuchen Sie es auf einem anderen Gerät.";
    case 30008:
        return "Wir konnten Sie diesmal nicht erkennen. Folgen Sie den Hinweisen auf dem Bildschirm und versuchen Sie es erneut.";
    case 30009:
        return "Für die Gesichtsverifizierung wird Ihre Kamera benötigt. Bitte erlauben Sie den Kamerazugriff in den Einstellungen und versuchen Sie es dann erneut.";
    case 30010:
        return "Bitte aktualisieren Sie die App auf die neueste Version, um fortzufahren.";
    default:
        break;
    }
    if (code < 0) return "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.";
    if (code < 20000) return "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.";
    if (code < 30000) return "Diese Funktion ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.";
    if (code < 40000) return "Der Gesichtsscan konnte nicht abgeschlossen werden. Achten Sie darauf, dass Ihr Gesicht gut beleuchtet ist und nichts die Kamera verdeckt, und versuchen Sie es dann erneut.";
    if (code < 50000) return "Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.";
    return "Der Gesichtsscan konnte nicht abgeschlossen werden. Achten Sie darauf, dass Ihr Gesicht gut beleuchtet ist und nichts die Kamera verdeckt, und versuchen Sie es dann erneut.";
}

static inline const char *user_message_8_of(int32_t code) {
    switch (code) {
    case 507:
        return "Παρουσιάστηκε πρόβλημα από την πλευρά μας. Βεβαιωθείτε ότι η εφαρμογή είναι ενημερωμένη και δοκιμάστε ξανά.";
    case 512:
        return "Δεν μπορέσαμε να επιβεβαιώσουμε ότι είστε εσείς. Βεβαιωθείτε ότι το πρόσωπό σας φωτίζεται καλά, είναι στο κέντρο και δεν καλύπτεται, και δοκιμάστε ξανά.";
    case 523:
    case 30007:
        return "Πάρα πολλές προσπάθειες. Περιμένετε λίγο πριν δοκιμάσετε ξανά.";
    case 534:
        return "Η σύνδεσή σας με αναγνώριση προσώπου δεν είναι πλέον ενεργή. Ρυθμίστε την ξανά για να συνεχίσετε.";
    case 535:
        return "Η σύνδεση με αναγνώριση προσώπου δεν είναι πλέον ενεργή σε αυτή τη συσκευή. Ρυθμίστε την ξανά για να συνεχίσετε.";
    case 537:
        return "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά ή, αν το πρόβλημα επιμένει, περιμένετε λίγα λεπτά.";
    case 539:
        return "Αυτός ο λογαριασμός έχει φτάσει το όριο συσκευών. Καταργήστε μια συσκευή που δεν χρησιμοποιείτε πλέον ή επικοινωνήστε με την υποστήριξη.";
    case 1004:
        return "Δεν ήταν δυνατή η επικοινωνία με τον διακομιστή. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.";
    case 1131:
        return "Η σύνδεση με αναγνώριση προσώπου δεν έχει ρυθμιστεί ακόμα σε αυτή τη συσκευή. Ρυθμίστε την για να συνεχίσετε.";
    case 1134:
        return "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά.";
    case 1142:
        return "Ελέγξτε ότι η ημερομηνία και η ώρα της συσκευής σας είναι σωστές και δοκιμάστε ξανά. Ίσως χρειαστεί να ρυθμίσετε ξανά τη σύνδεση με αναγνώριση προσώπου.";
    case 10004:
        return "Δεν ήταν δυνατή η χρήση της κάμερας. Δοκιμάστε ξανά αργότερα.";
    case 10100:
        return "Δεν ήταν δυνατή η ολοκλήρωση της επαλήθευσης προσώπου. Δοκιμάστε ξανά αργότερα.";
    case 20000:
        return "Η σύνδεση με αναγνώριση προσώπου δεν έχει ρυθμιστεί ακόμα. Ρυθμίστε την για να συνεχίσετε.";
    case 20001:
        return "Η σύνδεση με αναγνώριση προσώπου έχει ήδη ρυθμιστεί. Μπορείτε να συνδεθείτε με το πρόσωπό σας.";
    case 20013:
    case 40001:
        return "Αυτή η υπηρεσία είναι προσωρινά μη διαθέσιμη. Δοκιμάστε ξανά αργότερα.";
    case 20021:
    case 20022:
        return "Η επαλήθευση προσώπου δεν είναι δυνατή σε αυτή τη συσκευή προς το παρόν. Δοκιμάστε ξανά αργότερα.";
    case 20023:
    case 20024:
    case 20300:
        return "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά αργότερα.";
    case 20150:
        return "Δεν ήταν δυνατή η χρήση αυτού του συνδέσμου. Δοκιμάστε ξανά.";
    case 30000:
        return "Δεν ήταν δυνατή η επαλήθευση του προσώπου σας. Βεβαιωθείτε ότι φωτίζεται καλά και είναι πλήρως ορατό και δοκιμάστε ξανά.";
    case 30001:
        return "Ο χρόνος έληξε. Στρέψτε το πρόσωπό σας στην κάμερα μόλις ανοίξει και δοκιμάστε ξανά.";
    case 30002:
        return "Το πρόσωπό σας ίσως καλύπτεται εν μέρει. Βεβαιωθείτε ότι τίποτα δεν κρύβει το πρόσωπό σας και δοκιμάστε ξανά.";
    case 30003:
        return "Η σάρωση προσώπου ακυρώθηκε. Μπορείτε να δοκιμάσετε ξανά όποτε θέλετε.";
    case 30004:
        return "Δεν ήταν δυνατή η αντιστοίχιση του προσώπου σας. Ελέγξτε ότι επιλέξατε τον σωστό λογαριασμό και δοκιμάστε ξανά.";
    case 30005:
        return "Φαίνεται ότι δεν υπάρχει σύνδεση. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.";
    case 30006:
    case 40002:
        return "Αυτή η συσκευή δεν μπορεί να χρησιμοποιηθεί για επαλήθευση προσώπου. Δοκιμάστε σε άλλη συσκευή.";
    case 30008:
        return "Δεν ήταν δυνατή η αναγνώρισή σας αυτή τη φορά. Ακολουθήστε τις οδηγίες στην οθόνη και δοκιμάστε ξανά.";
    case 30009:
        return "Η επαλήθευση προσώπου χρειάζεται την κάμερά σας. Επιτρέψτε την πρόσβαση στην κάμερα από τις ρυθμίσεις του τηλεφώνου και δοκιμάστε ξανά.";
    case 30010:
        return "Ενημερώστε την εφαρμογή στην πιο πρόσφατη έκδοση για να συνεχίσετε.";
    default:
        break;
    }
    if (code < 0) return "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά.";
    if (code < 20000) return "Παρουσιάστηκε πρόβλημα από την πλευρά μας. Δοκιμάστε ξανά αργότερα.";
    if (code < 30000) return "Αυτή η λειτουργία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά αργότερα.";
    if (code < 40000) return "Δεν ήταν δυνατή η ολοκλήρωση της σάρωσης προσώπου. Βεβαιωθείτε ότι το πρόσωπό σας φωτίζεται καλά και ότι τίποτα δεν εμποδίζει την κάμερα και δοκιμάστε ξανά.";
    if (code < 50000) return "Παρουσιάστηκε πρόβλημα. Δοκιμάστε ξανά αργότερα.";
    return "Δεν ήταν δυνατή η ολοκλήρωση της σάρωσης προσώπου. Βεβαιωθείτε ότι το πρόσωπό σας φωτίζεται καλά και ότι τίποτα δεν εμποδίζει την κάμερα και δοκιμάστε ξανά.";
}

static inline const char *user_message_9_of(int32_t code) {
    switch (code) {
    case 507:
        return "Algo ha fallado por nuestra parte. Comprueba que la aplicación esté actualizada y vuelve a intentarlo.";
    case 512:
        return "No hemos podido confirmar que eres tú. Asegúrate de que tu cara esté bien iluminada, centrada y despejada, y vuelve a intentarlo.";
    case 523:
    case 30007:
        return "Demasiados intentos. Espera un poco antes de volver a intentarlo.";
    case 534:
        return "Tu acceso con reconocimiento facial ya no está activo. Vuelve a configurarlo para continuar.";
    case 535:
        return "El acceso con reconocimiento facial ya no está activo en este dispositivo. Vuelve a configurarlo para continuar.";
    case 537:
        return "Algo ha fallado. Vuelve a intentarlo o, si sigue ocurriendo, espera unos minutos.";
    case 539:
        return "Esta cuenta ha alcanzado el límite de dispositivos. Elimina un dispositivo que ya no uses o ponte en contacto con el servicio de asistencia.";
    case 1004:
        return "No hemos podido conectar con el servidor. Comprueba tu conexión a internet y vuelve a intentarlo.";
    case 1131:
        return "El acceso con reconocimiento facial aún no está configurado en este dispositivo. Configúralo para continuar.";
    case 1134:
        return "Algo ha fallado. Vuelve a intentarlo.";
    case 1142:
        return "Comprueba que la fecha y la hora de tu dispositivo sean correctas y vuelve a intentarlo. Puede que tengas que volver a configurar el acceso con reconocimiento facial.";
    case 10004:
        return "No se ha podido usar la cámara. Vuelve a intentarlo más tarde.";
    case 10100:
        return "No se ha podido completar la verificación facial. Vuelve a intentarlo más tarde.";
    case 20000:
        return "El acceso con reconocimiento facial aún no está configurado. Configúralo para continuar.";
    case 20001:
        return "El acceso con reconocimiento facial ya está configurado. Puedes acceder con tu cara.";
    case 20013:
    case 40001:
        return "Este servicio no está disponible temporalmente. Vuelve a intentarlo más tarde.";
    case 20021:
    case 20022:
        return "Ahora mismo no se puede realizar la verificación facial en este dispositivo. Vuelve a intentarlo más tarde.";
    case 20023:
    case 20024:
    case 20300:
        return "Algo ha fallado. Vuelve a intentarlo más tarde.";
    case 20150:
        return "No se ha podido usar este enlace. Vuelve a intentarlo.";
    case 30000:
        return "No hemos podido verificar tu cara. Asegúrate de que esté bien iluminada y se vea por completo, y vuelve a intentarlo.";
    case 30001:
        return "Se ha agotado el tiempo. Pon la cara frente a la cámara en cuanto se abra y vuelve a intentarlo.";
    case 30002:
        return "Puede que tu cara esté parcialmente tapada. Asegúrate de que nada te la tape y vuelve a intentarlo.";
    case 30003:
        return "Se ha cancelado el escaneo facial. Puedes volver a intentarlo cuando quieras.";
    case 30004:
        return "No hemos podido reconocer tu cara. Comprueba que has elegido la cuenta correcta y vuelve a intentarlo.";
    case 30005:
        return "Parece que estás sin conexión. Comprueba tu conexión a internet y vuelve a intentarlo.";
    case 30006:
    case 40002:
        return "Este dispositivo no se puede usar para la verificación facial. Prueba con otro dispositivo.";
    case 30008:
        return "Esta vez no hemos podido reconocerte. Sigue las indicaciones de la pantalla y vuelve a intentarlo.";
    case 30009:
        return "La verificación facial necesita acceder a tu cámara. Permite el acceso a la cámara en los ajustes del móvil y vuelve a intentarlo.";
    case 30010:
        return "Actualiza la aplicación a la última versión para continuar.";
    default:
        break;
    }
    if (code < 0) return "Algo ha fallado. Vuelve a intentarlo.";
    if (code < 20000) return "Algo ha fallado por nuestra parte. Vuelve a intentarlo más tarde.";
    if (code < 30000) return "Esta función no está disponible en este momento. Vuelve a intentarlo más tarde.";
    if (code < 40000) return "No hemos podido completar el escaneo facial. Asegúrate de que tu cara esté bien iluminada y de que nada tape la cámara, y vuelve a intentarlo.";
    if (code < 50000) return "Algo ha fallado. Vuelve a intentarlo más tarde.";
    return "No hemos podido completar el escaneo facial. Asegúrate de que tu cara esté bien iluminada y de que nada tape la cámara, y vuelve a intentarlo.";
}

static inline const char *user_message_10_of(int32_t code) {
    switch (code) {
    case 507:
        return "Algo salió mal de nuestro lado. Asegúrate de que la app esté actualizada e inténtalo de nuevo.";
    case 512:
        return "No pudimos confirmar que eres tú. Asegúrate de que tu rostro esté bien iluminado, centrado y descubierto, e inténtalo de nuevo.";
    case 523:
    case 30007:
        return "Demasiados intentos. Espera un momento antes de volver a intentarlo.";
    case 534:
        return "Tu inicio de sesión con reconocimiento facial ya no está activo. Vuelve a configurarlo para continuar.";
    case 535:
        return "El inicio de sesión con reconocimiento facial ya no está activo en este dispositivo. Vuelve a configurarlo para continuar.";
    case 537:
        return "Algo salió mal. Inténtalo de nuevo o, si el problema continúa, espera unos minutos.";
    case 539:
        return "Esta cuenta alcanzó el límite de dispositivos. Elimina un dispositivo que ya no uses o comunícate con el equipo de soporte.";
    case 1004:
        return "No pudimos conectarnos con el servidor. Revisa tu conexión a internet e inténtalo de nuevo.";
    case 1131:
        return "El inicio de sesión con reconocimiento facial aún no está configurado en este dispositivo. Configúralo para continuar.";
    case 1134:
        return "Algo salió mal. Inténtalo de nuevo.";
    case 1142:
        return "Verifica que la fecha y la hora de tu dispositivo sean correctas e inténtalo de nuevo. Es posible que debas volver a configurar el inicio de sesión con reconocimiento facial.";
    case 10004:
        return "No se pudo usar la cámara. Inténtalo de nuevo más tarde.";
    case 10100:
        return "No se pudo completar la verificación facial. Inténtalo de nuevo más tarde.";
    case 20000:
        return "El inicio de sesión con reconocimiento facial aún no está configurado. Configúralo para continuar.";
    case 20001:
        return "El inicio de sesión con reconocimiento facial ya está configurado. Puedes iniciar sesión con tu rostro.";
    case 20013:
    case 40001:
        return "Este servicio no está disponible temporalmente. Inténtalo de nuevo más tarde.";
    case 20021:
    case 20022:
        return "En este momento no es posible realizar la verificación facial en este dispositivo. Inténtalo de nuevo más tarde.";
    case 20023:
    case 20024:
    case 20300:
        return "Algo salió mal. Inténtalo de nuevo más tarde.";
    case 20150:
        return "No se pudo usar este enlace. Inténtalo de nuevo.";
    case 30000:
        return "No pudimos verificar tu rostro. Asegúrate de que esté bien iluminado y completamente visible, e inténtalo de nuevo.";
    case 30001:
        return "Se agotó el tiempo. Coloca tu rostro frente a la cámara en cuanto se abra e inténtalo de nuevo.";
    case 30002:
        return "Es posible que tu rostro esté parcialmente cubierto. Asegúrate de que nada lo tape e inténtalo de nuevo.";
    case 30003:
        return "Se canceló el escaneo facial. Puedes volver a intentarlo cuando quieras.";
    case 30004:
        return "No pudimos reconocer tu rostro. Verifica que elegiste la cuenta correcta e inténtalo de nuevo.";
    case 30005:
        return "Parece que no tienes conexión. Revisa tu conexión a internet e inténtalo de nuevo.";
    case 30006:
    case 40002:
        return "Este dispositivo no se puede usar para la verificación facial. Intenta con otro dispositivo.";
    case 30008:
        return "Esta vez no pudimos reconocerte. Sigue las instrucciones en pantalla e inténtalo de nuevo.";
    case 30009:
        return "La verificación facial necesita acceso a tu cámara. Permite el acceso a la cámara en la configuración de tu celular e inténtalo de nuevo.";
    case 30010:
        return "Actualiza la app a la versión más reciente para continuar.";
    default:
        break;
    }
    if (code < 0) return "Algo salió mal. Inténtalo de nuevo.";
    if (code < 20000) return "Algo salió mal de nuestro lado. Inténtalo de nuevo más tarde.";
    if (code < 30000) return "Esta función no está disponible en este momento. Inténtalo de nuevo más tarde.";
    if (code < 40000) return "No pudimos completar el escaneo facial. Asegúrate de que tu rostro esté bien iluminado y de que nada tape la cámara, e inténtalo de nuevo.";
    if (code < 50000) return "Algo salió mal. Inténtalo de nuevo más tarde.";
    return "No pudimos completar el escaneo facial. Asegúrate de que tu rostro esté bien iluminado y de que nada tape la cámara, e inténtalo de nuevo.";
}

static inline const char *user_message_11_of(int32_t code) {
    switch (code) {
    case 507:
        return "Meie poolel tekkis viga. Veendu, et rakendus on ajakohane, ja proovi uuesti.";
    case 512:
        return "Me ei saanud kinnitada, et see oled sina. Veendu, et su nägu on hästi valgustatud, keskel ja katmata, ning proovi siis uuesti.";
    case 523:
    case 30007:
        return "Liiga palju katseid. Oota veidi, enne kui uuesti proovid.";
    case 534:
        return "Sinu näotuvastusega sisselogimine pole enam aktiivne. Jätkamiseks seadista see uuesti.";
    case 535:
        return "Näotuvastusega sisselogimine pole selles seadmes enam aktiivne. Jätkamiseks seadista see uuesti.";
    case 537:
        return "Midagi läks valesti. Proovi uuesti või oota mõni minut, kui probleem kordub.";
    case 539:
        return "Sellel kontol on seadmete piirarv täis. Eemalda seade, mida sa enam ei kasuta, või võta ühendust klienditoega.";
    case 1004:
        return "Serveriga ei õnnestunud ühendust saada. Kontrolli internetiühendust ja proovi uuesti.";
    case 1131:
        return "Näotuvastusega sisselogimine pole selles seadmes veel seadistatud. Jätkamiseks seadista see.";
    case 1134:
        return "Midagi läks valesti. Proovi uuesti.";
    case 1142:
        return "Kontrolli, et seadme kuupäev ja kellaaeg on õiged, ning proovi siis uuesti. Võimalik, et pead näotuvastusega sisselogimise uuesti seadistama.";
    case 10004:
        return "Kaamerat ei saanud kasutada. Proovi hiljem uuesti.";
    case 10100:
        return "Näotuvastust ei õnnestunud lõpule viia. Proovi hiljem uuesti.";
    case 20000:
        return "Näotuvastusega sisselogimine pole veel seadistatud. Jätkamiseks seadista see.";
    case 20001:
        return "Näotuvastusega sisselogimine on juba seadistatud. Saad sisse logida oma näoga.";
    case 20013:
    case 40001:
        return "Teenus pole ajutiselt saadaval. Proovi hiljem uuesti.";
    case 20021:
    case 20022:
        return "Näotuvastus ei saa selles seadmes praegu töötada. Proovi hiljem uuesti.";
    case 20023:
    case 20024:
    case 20300:
        return "Midagi läks valesti. Proovi hiljem uuesti.";
    case 20150:
        return "Seda linki ei saanud kasutada. Proovi uuesti.";
    case 30000:
        return "Me ei suutnud su nägu kinnitada. Veendu, et su nägu on hästi valgustatud ja täielikult nähtav, ning proovi siis uuesti.";
    case 30001:
        return "Aeg sai otsa. Proovi uuesti ja hoia oma nägu kaadris kohe, kui kaamera avaneb.";
    case 30002:
        return "Su nägu võib olla osaliselt kaetud. Veendu, et miski ei varja su nägu, ning proovi siis uuesti.";
    case 30003:
        return "Näo skannimine katkestati. Võid uuesti proovida, kui oled valmis.";
    case 30004:
        return "Su nägu ei ühtinud. Kontrolli, et valisid õige konto, ning proovi siis uuesti.";
    case 30005:
        return "Tundub, et oled võrguühenduseta. Kontrolli internetiühendust ja proovi uuesti.";
    case 30006:
    case 40002:
        return "Seda seadet ei saa näotuvastuseks kasutada. Proovi mõnes teises seadmes.";
    case 30008:
        return "Seekord ei õnnestunud sind ära tunda. Järgi ekraanil olevaid juhiseid ja proovi uuesti.";
    case 30009:
        return "Näotuvastuseks on vaja sinu kaamerat. Luba seadetes juurdepääs kaamerale ja proovi siis uuesti.";
    case 30010:
        return "Jätkamiseks uuenda rakendus uusimale versioonile.";
    default:
        break;
    }
    if (code < 0) return "Midagi läks valesti. Proovi uuesti.";
    if (code < 20000) return "Meie poolel tekkis viga. Proovi hiljem uuesti.";
    if (code < 30000) return "See funktsioon pole praegu saadaval. Proovi hiljem uuesti.";
    if (code < 40000) return "Näo skannimist ei õnnestunud lõpule viia. Veendu, et su nägu on hästi valgustatud ja miski ei kata kaamerat, ning proovi siis uuesti.";
    if (code < 50000) return "Midagi läks valesti. Proovi hiljem uuesti.";
    return "Näo skannimist ei õnnestunud lõpule viia. Veendu, et su nägu on hästi valgustatud ja miski ei kata kaamerat, ning proovi siis uuesti.";
}

static inline const char *user_message_12_of(int32_t code) {
    switch (code) {
    case 507:
        return "Palvelussamme tapahtui virhe. Varmista, että sovellus on päivitetty, ja yritä uudelleen.";
    case 512:
        return "Emme voineet varmistaa, että kyseessä olet sinä. Varmista, että kasvosi ovat hyvin valaistut, keskellä kuvaa ja peittämättömät, ja yritä uudelleen.";
    case 523:
    case 30007:
        return "Liian monta yritystä. Odota hetki, ennen kuin yrität uudelleen.";
    case 534:
        return "Kasvotunnistuksesi ei ole enää käytössä. Ota se uudelleen käyttöön jatkaaksesi.";
    case 535:
        return "Kasvotunnistus ei ole enää käytössä tällä laitteella. Ota se uudelleen käyttöön jatkaaksesi.";
    case 537:
        return "Jotain meni vikaan. Yritä uudelleen tai odota muutama minuutti, jos ongelma toistuu.";
    case 539:
        return "Tälle tilille on lisätty enimmäismäärä laitteita. Poista laite, jota et enää käytä, tai ota yhteyttä tukeen.";
    case 1004:
        return "Palvelimeen ei saatu yhteyttä. Tarkista internetyhteytesi ja yritä uudelleen.";
    case 1131:
        return "Kasvotunnistusta ei ole vielä otettu käyttöön tällä laitteella. Ota se käyttöön jatkaaksesi.";
    case 1134:
        return "Jotain meni vikaan. Yritä uudelleen.";
    case 1142:
        return "Tarkista, että laitteesi päivämäärä ja kellonaika ovat oikein, ja yritä uudelleen. Kasvotunnistus on ehkä otettava uudelleen käyttöön.";
    case 10004:
        return "Kameraa ei voitu käyttää. Yritä myöhemmin uudelleen.";
    case 10100:
        return "Kasvotunnistusta ei voitu suorittaa loppuun. Yritä myöhemmin uudelleen.";
    case 20000:
        return "Kasvotunnistusta ei ole vielä otettu käyttöön. Ota se käyttöön jatkaaksesi.";
    case 20001:
        return "Kasvotunnistus on jo käytössä. Voit kirjautua sisään kasvoillasi.";
    case 20013:
    case 40001:
        return "Palvelu ei ole tilapäisesti käytettävissä. Yritä myöhemmin uudelleen.";
    case 20021:
    case 20022:
        return "Kasvotunnistus ei juuri nyt toimi tällä laitteella. Yritä myöhemmin uudelleen.";
    case 20023:
    case 20024:
    case 20300:
        return "Jotain meni vikaan. Yritä myöhemmin uudelleen.";
    case 20150:
        return "Linkkiä ei voitu käyttää. Yritä uudelleen.";
    case 30000:
        return "Emme voineet vahvistaa kasvojasi. Varmista, että kasvosi ovat hyvin valaistut ja kokonaan näkyvissä, ja yritä uudelleen.";
    case 30001:
        return "Aika loppui. Yritä uudelleen ja pidä kasvosi kuvassa heti, kun kamera avautuu.";
    case 30002:
        return "Kasvosi saattavat olla osittain peitossa. Varmista, ettei mikään peitä kasvojasi, ja yritä uudelleen.";
    case 30003:
        return "Kasvojen skannaus peruutettiin. Voit yrittää uudelleen, kun olet valmis.";
    case 30004:
        return "Kasvosi eivät täsmänneet. Tarkista, että valitsit oikean tilin, ja yritä uudelleen.";
    case 30005:
        return "Yhteys näyttää katkenneen. Tarkista internetyhteytesi ja yritä uudelleen.";
    case 30006:
    case 40002:
        return "Tätä laitetta ei voi käyttää kasvotunnistukseen. Kokeile toisella laitteella.";
    case 30008:
        return "Emme tunnistaneet sinua tällä kertaa. Seuraa näytön ohjeita ja yritä uudelleen.";
    case 30009:
        return "Kasvotunnistus tarvitsee pääsyn kameraan. Salli kameran käyttö asetuksissa ja yritä uudelleen.";
    case 30010:
        return "Päivitä sovellus uusimpaan versioon jatkaaksesi.";
    default:
        break;
    }
    if (code < 0) return "Jotain meni vikaan. Yritä uudelleen.";
    if (code < 20000) return "Palvelussamme tapahtui virhe. Yritä myöhemmin uudelleen.";
    if (code < 30000) return "Tämä toiminto ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.";
    if (code < 40000) return "Kasvojen skannausta ei voitu suorittaa loppuun. Varmista, että kasvosi ovat hyvin valaistut eikä mikään peitä kameraa, ja yritä uudelleen.";
    if (code < 50000) return "Jotain meni vikaan. Yritä myöhemmin uudelleen.";
    return "Kasvojen skannausta ei voitu suorittaa loppuun. Varmista, että kasvosi ovat hyvin valaistut eikä mikään peitä kameraa, ja yritä uudelleen.";
}

static inline const char *user_message_13_of(int32_t code) {
    switch (code) {
    case 507:
        return "Nagkaproblema sa panig namin. Pakitiyak na nasa pinakabagong bersyon ang app, pagkatapos ay subukan ulit.";
    case 512:
        return "Hindi namin makumpirma na ikaw ito. Tiyaking maliwanag ang iyong mukha, nasa gitna, at walang nakatakip, pagkatapos ay subukan ulit.";
    case 523:
    case 30007:
        return "Masyadong maraming pagsubok. Maghintay muna nang kaunti bago sumubok ulit.";
    case 534:
        return "Hindi na aktibo ang iyong pag-sign in gamit ang mukha. Paki-set up ito ulit para magpatuloy.";
    case 535:
        return "Hindi na aktibo ang pag-sign in gamit ang mukha sa device na ito. Paki-set up ito ulit para magpatuloy.";
    case 537:
        return "Nagkaproblema. Pakisubukan ulit, o maghintay ng ilang minuto kung patuloy itong nangyayari.";
    case 539:
        return "Naabot na ng account na ito ang limit ng mga device. Mag-alis ng device na hindi mo na ginagamit, o makipag-ugnayan sa support.";
    case 1004:
        return "Hindi namin maabot ang server. Pakitingnan ang iyong koneksyon sa internet at subukan ulit.";
    case 1131:
        return "Hindi pa naka-set up ang pag-sign in gamit ang mukha sa device na ito. Paki-set up ito para magpatuloy.";
    case 1134:
        return "Nagkaproblema. Pakisubukan ulit.";
    case 1142:
        return "Pakitingnan kung tama ang petsa at oras ng iyong device, pagkatapos ay subukan ulit. Baka kailangan mong i-set up ulit ang pag-sign in gamit ang mukha.";
    case 10004:
        return "Hindi magamit ang camera. Pakisubukan ulit mamaya.";
    case 10100:
        return "Hindi makumpleto ang pag-verify ng mukha. Pakisubukan ulit mamaya.";
    case 20000:
        return "Hindi pa naka-set up ang pag-sign in gamit ang mukha. Paki-set up ito para magpatuloy.";
    case 20001:
        return "Naka-set up na ang pag-sign in gamit ang mukha. Puwede ka nang mag-sign in gamit ang iyong mukha.";
    case 20013:
    case 40001:
        return "Pansamantalang hindi available ang serbisyong ito. Pakisubukan ulit mamaya.";
    case 20021:
    case 20022:
        return "Hindi mapatakbo ang pag-verify ng mukha sa device na ito sa ngayon. Pakisubukan ulit mamaya.";
    case 20023:
    case 20024:
    case 20300:
        return "Nagkaproblema. Pakisubukan ulit mamaya.";
    case 20150:
        return "Hindi magamit ang link na ito. Pakisubukan ulit.";
    case 30000:
        return "Hindi namin ma-verify ang iyong mukha. Tiyaking maliwanag at buong nakikita ang iyong mukha, pagkatapos ay subukan ulit.";
    case 30001:
        return "Naubusan ng oras. Subukan ulit at iharap agad ang iyong mukha sa camera pagbukas nito.";
    case 30002:
        return "Maaaring bahagyang natatakpan ang iyong mukha. Tiyaking walang nakatakip sa iyong mukha, pagkatapos ay subukan ulit.";
    case 30003:
        return "Kinansela ang pag-scan ng mukha. Puwede kang sumubok ulit kapag handa ka na.";
    case 30004:
        return "Hindi namin maitugma ang iyong mukha. Tiyaking tamang account ang napili mo, pagkatapos ay subukan ulit.";
    case 30005:
        return "Mukhang offline ka. Pakitingnan ang iyong koneksyon sa internet at subukan ulit.";
    case 30006:
    case 40002:
        return "Hindi magagamit ang device na ito para sa pag-verify ng mukha. Pakisubukan sa ibang device.";
    case 30008:
        return "Hindi ka namin nakilala sa pagkakataong ito. Sundin ang gabay sa screen at subukan ulit.";
    case 30009:
        return "Kailangan ng pag-verify ng mukha ang iyong camera. Pakipayagan ang access sa camera sa Mga Setting, pagkatapos ay subukan ulit.";
    case 30010:
        return "Paki-update ang app sa pinakabagong bersyon para magpatuloy.";
    default:
        break;
    }
    if (code < 0) return "Nagkaproblema. Pakisubukan ulit.";
    if (code < 20000) return "Nagkaproblema sa panig namin. Pakisubukan ulit mamaya.";
    if (code < 30000) return "Hindi available ang feature na ito sa ngayon. Pakisubukan ulit mamaya.";
    if (code < 40000) return "Hindi namin makumpleto ang pag-scan ng mukha. Tiyaking maliwanag ang iyong mukha at walang nakaharang sa camera, pagkatapos ay subukan ulit.";
    if (code < 50000) return "Nagkaproblema. Pakisubukan ulit mamaya.";
    return "Hindi namin makumpleto ang pag-scan ng mukha. Tiyaking maliwanag ang iyong mukha at walang nakaharang sa camera, pagkatapos ay subukan ulit.";
}

static inline const char *user_message_14_of(int32_t code) {
    switch (code) {
    case 507:
        return "Un problème est survenu de notre côté. Vérifiez que l’application est à jour, puis réessayez.";
    case 512:
        return "Nous n’avons pas pu confirmer votre identité. Assurez-vous que votre visage est bien éclairé, centré et dégagé, puis réessayez.";
    case 523:
    case 30007:
        return "Trop de tentatives. Veuillez patienter un peu avant de réessayer.";
    case 534:
        return "Votre connexion par reconnaissance faciale n’est plus active. Veuillez la configurer à nouveau pour continuer.";
    case 535:
        return "La connexion par reconnaissance faciale n’est plus active sur cet appareil. Veuillez la configurer à nouveau pour continuer.";
    case 537:
        return "Un problème est survenu. Veuillez réessayer, ou patienter quelques minutes si le problème persiste.";
    case 539:
        return "Ce compte a atteint sa limite d’appareils. Veuillez supprimer un appareil que vous n’utilisez plus, ou contacter l’assistance.";
    case 1004:
        return "Nous n’avons pas pu joindre le serveur. Veuillez vérifier votre connexion Internet, puis réessayer.";
    case 1131:
        return "La connexion par reconnaissance faciale n’est pas encore configurée sur cet appareil. Veuillez la configurer pour continuer.";
    case 1134:
        return "Un problème est survenu. Veuillez réessayer.";
    case 1142:
        return "Vérifiez que la date et l’heure de votre appareil sont correctes, puis réessayez. Vous devrez peut-être configurer à nouveau la connexion par reconnaissance faciale.";
    case 10004:
        return "Impossible d’utiliser la caméra. Veuillez réessayer plus tard.";
    case 10100:
        return "La vérification faciale n’a pas pu aboutir. Veuillez réessayer plus tard.";
    case 20000:
        return "La connexion par reconnaissance faciale n’est pas encore configurée. Veuillez la configurer pour continuer.";
    case 20001:
        return "La connexion par reconnaissance faciale est déjà configurée. Vous pouvez vous connecter avec votre visage.";
    case 20013:
    case 40001:
        return "Ce service est temporairement indisponible. Veuillez réessayer plus tard.";
    case 20021:
    case 20022:
        return "La vérification faciale n’est pas possible sur cet appareil pour le moment. Veuillez réessayer plus tard.";
    case 20023:
    case 20024:
    case 20300:
        return "Un problème est survenu. Veuillez réessayer plus tard.";
    case 20150:
        return "Impossible d’utiliser ce lien. Veuillez réessayer.";
    case 30000:
        return "Nous n’avons pas pu vérifier votre visage. Assurez-vous qu’il est bien éclairé et entièrement visible, puis réessayez.";
    case 30001:
        return "Le temps est écoulé. Placez votre visage face à la caméra dès qu’elle s’ouvre, puis réessayez.";
    case 30002:
        return "Votre visage est peut-être partiellement masqué. Assurez-vous que rien ne le cache, puis réessayez.";
    case 30003:
        return "L’analyse du visage a été annulée. Vous pouvez réessayer quand vous le souhaitez.";
    case 30004:
        return "Votre visage n’a pas été reconnu. Vérifiez que vous avez choisi le bon compte, puis réessayez.";
    case 30005:
        return "Vous semblez être hors ligne. Vérifiez votre connexion Internet, puis réessayez.";
    case 30006:
    case 40002:
        return "Cet appareil ne peut pas être utilisé pour la vérification faciale. Veuillez essayer sur un autre appareil.";
    case 30008:
        return "La reconnaissance n’a pas abouti cette fois-ci. Suivez les instructions à l’écran, puis réessayez.";
    case 30009:
        return "La vérification faciale nécessite votre caméra. Autorisez l’accès à la caméra dans les paramètres de votre téléphone, puis réessayez.";
    case 30010:
        return "Veuillez installer la dernière version de l’application pour continuer.";
    default:
        break;
    }
    if (code < 0) return "Un problème est survenu. Veuillez réessayer.";
    if (code < 20000) return "Un problème est survenu de notre côté. Veuillez réessayer plus tard.";
    if (code < 30000) return "Cette fonctionnalité n’est pas disponible pour le moment. Veuillez réessayer plus tard.";
    if (code < 40000) return "Nous n’avons pas pu terminer l’analyse du visage. Assurez-vous que votre visage est bien éclairé et que rien ne masque la caméra, puis réessayez.";
    if (code < 50000) return "Un problème est survenu. Veuillez réessayer plus tard.";
    return "Nous n’avons pas pu terminer l’analyse du visage. Assurez-vous que votre visage est bien éclairé et que rien ne masque la caméra, puis réessayez.";
}

static inline const char *user_message_15_of(int32_t code) {
    switch (code) {
    case 507:
        return "Un problème est survenu de notre côté. Assurez-vous que l’application est à jour, puis réessayez.";
    case 512:
        return "Nous n’avons pas pu confirmer votre identité. Assurez-vous que votre visage est bien éclairé, centré et dégagé, puis réessayez.";
    case 523:
    case 30007:
        return "Trop de tentatives. Veuillez patienter quelques instants avant de réessayer.";
    case 534:
        return "Votre connexion par reconnaissance faciale n’est plus active. Veuillez la configurer de nouveau pour continuer.";
    case 535:
        return "La connexion par reconnaissance faciale n’est plus active sur cet appareil. Veuillez la configurer de nouveau pour continuer.";
    case 537:
        return "Un problème est survenu. Veuillez réessayer, ou attendre quelques minutes si le problème persiste.";
    case 539:
        return "Ce compte a atteint le nombre maximal d’appareils. Veuillez retirer un appareil que vous n’utilisez plus, ou communiquer avec le soutien technique.";
    case 1004:
        return "Nous n’avons pas pu joindre le serveur. Veuillez vérifier votre connexion Internet, puis réessayer.";
    case 1131:
        return "La connexion par reconnaissance faciale n’est pas encore configurée sur cet appareil. Veuillez la configurer pour continuer.";
    case 1134:
        return "Un problème est survenu. Veuillez réessayer.";
    case 1142:
        return "Vérifiez que la date et l’heure de votre appareil sont exactes, puis réessayez. Vous devrez peut-être configurer de nouveau la connexion par reconnaissance faciale.";
    case 10004:
        return "Impossible d’utiliser la caméra. Veuillez réessayer plus tard.";
    case 10100:
        return "La vérification faciale n’a pas pu être effectuée. Veuillez réessayer plus tard.";
    case 20000:
        return "La connexion par reconnaissance faciale n’est pas encore configurée. Veuillez la configurer pour continuer.";
    case 20001:
        return "La connexion par reconnaissance faciale est déjà configurée. Vous pouvez vous connecter avec votre visage.";
    case 20013:
    case 40001:
        return "Ce service est temporairement indisponible. Veuillez réessayer plus tard.";
    case 20021:
    case 20022:
        return "La vérification faciale n’est pas possible sur cet appareil présentement. Veuillez réessayer plus tard.";
    case 20023:
    case 20024:
    case 20300:
        return "Un problème est survenu. Veuillez réessayer plus tard.";
    case 20150:
        return "Impossible d’utiliser ce lien. Veuillez réessayer.";
    case 30000:
        return "Nous n’avons pas pu vérifier votre visage. Assurez-vous qu’il est bien éclairé et entièrement visible, puis réessayez.";
    case 30001:
        return "Le délai est expiré. Placez votre visage devant la caméra dès qu’elle s’ouvre, puis réessayez.";
    case 30002:
        return "Votre visage est peut-être partiellement caché. Assurez-vous que rien ne le couvre, puis réessayez.";
    case 30003:
        return "L’analyse du visage a été annulée. Vous pouvez réessayer quand vous le voulez.";
    case 30004:
        return "Votre visage n’a pas été reconnu. Vérifiez que vous avez choisi le bon compte, puis réessayez.";
    case 30005:
        return "Il semble que vous soyez hors ligne. Vérifiez votre connexion Internet, puis réessayez.";
    case 30006:
    case 40002:
        return "Cet appareil ne peut pas être utilisé pour la vérification faciale. Veuillez essayer avec un autre appareil.";
    case 30008:
        return "La reconnaissance n’a pas fonctionné cette fois-ci. Suivez les instructions à l’écran, puis réessayez.";
    case 30009:
        return "La vérification faciale a besoin de votre caméra. Autorisez l’accès à la caméra dans les paramètres de votre cellulaire, puis réessayez.";
    case 30010:
        return "Veuillez installer la plus récente version de l’application pour continuer.";
    default:
        break;
    }
    if (code < 0) return "Un problème est survenu. Veuillez réessayer.";
    if (code < 20000) return "Un problème est survenu de notre côté. Veuillez réessayer plus tard.";
    if (code < 30000) return "Cette fonction n’est pas disponible présentement. Veuillez réessayer plus tard.";
    if (code < 40000) return "Nous n’avons pas pu terminer l’analyse du visage. Assurez-vous que votre visage est bien éclairé et que rien ne bloque la caméra, puis réessayez.";
    if (code < 50000) return "Un problème est survenu. Veuillez réessayer plus tard.";
    return "Nous n’avons pas pu terminer l’analyse du visage. Assurez-vous que votre visage est bien éclairé et que rien ne bloque la caméra, puis réessayez.";
}

static inline const char *user_message_16_of(int32_t code) {
    switch (code) {
    case 507:
        return "משהו השתבש אצלנו. יש לוודא שהאפליקציה מעודכנת לגרסה האחרונה ולנסות שוב.";
    case 512:
        return "לא הצלחנו לאמת את זהותך. יש לוודא שהפנים מוארות היטב, במרכז ולא מכוסות, ולנסות שוב.";
    case 523:
    case 30007:
        return "יותר מדי ניסיונות. נא להמתין מעט לפני שמנסים שוב.";
    case 534:
        return "הכניסה עם זיהוי פנים כבר לא פעילה. כדי להמשיך, יש להגדיר אותה מחדש.";
    case 535:
        return "הכניסה עם זיהוי פנים כבר לא פעילה במכשיר הזה. כדי להמשיך, יש להגדיר אותה מחדש.";
    case 537:
        return "משהו השתבש. יש לנסות שוב, ואם הבעיה נמשכת, כדאי להמתין כמה דקות.";
    case 539:
        return "החשבון הזה הגיע למגבלת המכשירים. יש להסיר מכשיר שכבר לא בשימוש, או לפנות לתמיכה.";
    case 1004:
        return "לא הצלחנו להתחבר לשרת. יש לבדוק את החיבור לאינטרנט ולנסות שוב.";
    case 1131:
        return "הכניסה עם זיהוי פנים עדיין לא הוגדרה במכשיר הזה. כדי להמשיך, יש להגדיר אותה.";
    case 1134:
        return "משהו השתבש. יש לנסות שוב.";
    case 1142:
        return "יש לבדוק שהתאריך והשעה במכשיר נכונים ולנסות שוב. ייתכן שיהיה צורך להגדיר מחדש את הכניסה עם זיהוי פנים.";
    case 10004:
        return "לא ניתן היה להשתמש במצלמה. יש לנסות שוב מאוחר יותר.";
    case 10100:
        return "לא ניתן היה להשלים את אימות הפנים. יש לנסות שוב מאוחר יותר.";
    case 20000:
        return "הכניסה עם זיהוי פנים עדיין לא הוגדרה. כדי להמשיך, יש להגדיר אותה.";
    case 20001:
        return "הכניסה עם זיהוי פנים כבר מוגדרת. אפשר להיכנס באמצעות זיהוי פנים.";
    case 20013:
    case 40001:
        return "השירות אינו זמין באופן זמני. יש לנסות שוב מאוחר יותר.";
    case 20021:
    case 20022:
        return "לא ניתן לבצע אימות פנים במכשיר הזה כרגע. יש לנסות שוב מאוחר יותר.";
    case 20023:
    case 20024:
    case 20300:
        return "משהו השתבש. יש לנסות שוב מאוחר יותר.";
    case 20150:
        return "לא ניתן היה להשתמש בקישור הזה. יש לנסות שוב.";
    case 30000:
        return "לא הצלחנו לאמת את הפנים. יש לוודא שהפנים מוארות היטב ונראות במלואן, ולנסות שוב.";
    case 30001:
        return "הזמן הסתיים. יש לנסות שוב ולהציג את הפנים למצלמה מיד כשהיא נפתחת.";
    case 30002:
        return "ייתכן שחלק מהפנים מוסתר. יש לוודא ששום דבר לא מסתיר את הפנים, ולנסות שוב.";
    case 30003:
        return "סריקת הפנים בוטלה. אפשר לנסות שוב בכל עת.";
    case 30004:
        return "לא הצלחנו להתאים את הפנים. יש לוודא שנבחר החשבון הנכון, ולנסות שוב.";
    case 30005:
        return "נראה שאין חיבור לאינטרנט. יש לבדוק את החיבור ולנסות שוב.";
    case 30006:
    case 40002:
        return "לא ניתן להשתמש במכשיר הזה לאימות פנים. יש לנסות במכשיר אחר.";
    case 30008:
        return "הפעם לא הצלחנו לזהות אותך. יש לפעול לפי ההנחיות שבמסך ולנסות שוב.";
    case 30009:
        return "אימות הפנים דורש גישה למצלמה. יש לאשר גישה למצלמה בהגדרות ולנסות שוב.";
    case 30010:
        return "כדי להמשיך, יש לעדכן את האפליקציה לגרסה האחרונה.";
    default:
        break;
    }
    if (code < 0) return "משהו השתבש. יש לנסות שוב.";
    if (code < 20000) return "משהו השתבש אצלנו. יש לנסות שוב מאוחר יותר.";
    if (code < 30000) return "התכונה הזו אינה זמינה כרגע. יש לנסות שוב מאוחר יותר.";
    if (code < 40000) return "לא הצלחנו להשלים את סריקת הפנים. יש לוודא שהפנים מוארות היטב ושום דבר לא מסתיר את המצלמה, ולנסות שוב.";
    if (code < 50000) return "משהו השתבש. יש לנסות שוב מאוחר יותר.";
    return "לא הצלחנו להשלים את סריקת הפנים. יש לוודא שהפנים מוארות היטב ושום דבר לא מסתיר את המצלמה, ולנסות שוב.";
}

static inline const char *user_message_17_of(int32_t code) {
    switch (code) {
    case 507:
        return "Došlo je do pogreške s naše strane. Provjerite je li aplikacija ažurirana i pokušajte ponovno.";
    case 512:
        return "Nismo uspjeli potvrditi vaš identitet. Provjerite je li vam lice dobro osvijetljeno, centrirano i nepokriveno pa pokušajte ponovno.";
    case 523:
    case 30007:
        return "Previše pokušaja. Pričekajte malo prije nego što pokušate ponovno.";
    case 534:
        return "Vaša prijava licem više nije aktivna. Ponovno je postavite da biste nastavili.";
    case 535:
        return "Prijava licem više nije aktivna na ovom uređaju. Ponovno je postavite da biste nastavili.";
    case 537:
        return "Došlo je do pogreške. Pokušajte ponovno ili, ako se to i dalje događa, pričekajte nekoliko minuta.";
    case 539:
        return "Ovaj je račun dosegnuo najveći dopušteni broj uređaja. Uklonite uređaj koji više ne upotrebljavate ili se obratite podršci.";
    case 1004:
        return "Nismo uspjeli pristupiti poslužitelju. Provjerite internetsku vezu i pokušajte ponovno.";
    case 1131:
        return "Prijava licem još nije postavljena na ovom uređaju. Postavite je da biste nastavili.";
    case 1134:
        return "Došlo je do pogreške. Pokušajte ponovno.";
    case 1142:
        return "Provjerite jesu li datum i vrijeme na vašem uređaju točni pa pokušajte ponovno. Možda ćete morati ponovno postaviti prijavu licem.";
    case 10004:
        return "Kameru nije moguće upotrijebiti. Pokušajte ponovno kasnije.";
    case 10100:
        return "Provjeru lica nije moguće dovršiti. Pokušajte ponovno kasnije.";
    case 20000:
        return "Prijava licem još nije postavljena. Postavite je da biste nastavili.";
    case 20001:
        return "Prijava licem već je postavljena. Možete se prijaviti svojim licem.";
    case 20013:
    case 40001:
        return "Ova usluga privremeno nije dostupna. Pokušajte ponovno kasnije.";
    case 20021:
    case 20022:
        return "Provjera lica trenutačno nije moguća na ovom uređaju. Pokušajte ponovno kasnije.";
    case 20023:
    case 20024:
    case 20300:
        return "Došlo je do pogreške. Pokušajte ponovno kasnije.";
    case 20150:
        return "Ovu poveznicu nije moguće upotrijebiti. Pokušajte ponovno.";
    case 30000:
        return "Nismo uspjeli provjeriti vaše lice. Provjerite je li dobro osvijetljeno i potpuno vidljivo pa pokušajte ponovno.";
    case 30001:
        return "Vrijeme je isteklo. Usmjerite lice prema kameri čim se otvori pa pokušajte ponovno.";
    case 30002:
        return "Lice vam je možda djelomično prekriveno. Provjerite da vam ništa ne prekriva lice pa pokušajte ponovno.";
    case 30003:
        return "Skeniranje lica je otkazano. Možete pokušati ponovno kad god želite.";
    case 30004:
        return "Nismo uspjeli prepoznati vaše lice. Provjerite jeste li odabrali pravi račun pa pokušajte ponovno.";
    case 30005:
        return "Čini se da niste povezani s internetom. Provjerite internetsku vezu i pokušajte ponovno.";
    case 30006:
    case 40002:
        return "Ovaj uređaj nije moguće upotrebljavati za provjeru lica. Pokušajte na drugom uređaju.";
    case 30008:
        return "Ovaj vas put nismo uspjeli prepoznati. Slijedite upute na zaslonu i pokušajte ponovno.";
    case 30009:
        return "Za provjeru lica potrebna je kamera. Dopustite pristup kameri u postavkama telefona pa pokušajte ponovno.";
    case 30010:
        return "Ažurirajte aplikaciju na najnoviju verziju da biste nastavili.";
    default:
        break;
    }
    if (code < 0) return "Došlo je do pogreške. Pokušajte ponovno.";
    if (code < 20000) return "Došlo je do pogreške s naše strane. Pokušajte ponovno kasnije.";
    if (code < 30000) return "Ova značajka trenutačno nije dostupna. Pokušajte ponovno kasnije.";
    if (code < 40000) return "Nismo uspjeli dovršiti skeniranje lica. Provjerite je li vam lice dobro osvijetljeno te da ništa ne zaklanja kameru pa pokušajte ponovno.";
    if (code < 50000) return "Došlo je do pogreške. Pokušajte ponovno kasnije.";
    return "Nismo uspjeli dovršiti skeniranje lica. Provjerite je li vam lice dobro osvijetljeno te da ništa ne zaklanja kameru pa pokušajte ponovno.";
}

static inline const char *user_message_18_of(int32_t code) {
    switch (code) {
    case 507:
        return "Hiba történt a mi oldalunkon. Győződjön meg róla, hogy az alkalmazás naprakész, majd próbálja újra.";
    case 512:
        return "Nem sikerült megerősíteni a személyazonosságát. Győződjön meg róla, hogy az arca jól megvilágított, középen van és nincs eltakarva, majd próbálja újra.";
    case 523:
    case 30007:
        return "Túl sok próbálkozás. Várjon egy kicsit, mielőtt újra próbálkozna.";
    case 534:
        return "Az arcfelismeréses bejelentkezése már nem aktív. A folytatáshoz állítsa be újra.";
    case 535:
        return "Az arcfelismeréses bejelentkezés már nem aktív ezen az eszközön. A folytatáshoz állítsa be újra.";
    case 537:
        return "Hiba történt. Próbálja újra, vagy ha a hiba továbbra is fennáll, várjon néhány percet.";
    case 539:
        return "Ez a fiók elérte az eszközök maximális számát. Távolítson el egy már nem használt eszközt, vagy forduljon az ügyfélszolgálathoz.";
    case 1004:
        return "Nem sikerült elérni a szervert. Ellenőrizze az internetkapcsolatát, majd próbálja újra.";
    case 1131:
        return "Az arcfelismeréses bejelentkezés még nincs beállítva ezen az eszközön. A folytatáshoz állítsa be.";
    case 1134:
        return "Hiba történt. Próbálja újra.";
    case 1142:
        return "Ellenőrizze, hogy helyes-e az eszköz dátuma és ideje, majd próbálja újra. Lehet, hogy újra be kell állítania az arcfelismeréses bejelentkezést.";
    case 10004:
        return "Nem sikerült használni a kamerát. Próbálja újra később.";
    case 10100:
        return "Az arcellenőrzést nem sikerült befejezni. Próbálja újra később.";
    case 20000:
        return "Az arcfelismeréses bejelentkezés még nincs beállítva. A folytatáshoz állítsa be.";
    case 20001:
        return "Az arcfelismeréses bejelentkezés már be van állítva. Bejelentkezhet az arcával.";
    case 20013:
    case 40001:
        return "A szolgáltatás átmenetileg nem érhető el. Próbálja újra később.";
    case 20021:
    case 20022:
        return "Az arcellenőrzés jelenleg nem futtatható ezen az eszközön. Próbálja újra később.";
    case 20023:
    case 20024:
    case 20300:
        return "Hiba történt. Próbálja újra később.";
    case 20150:
        return "Ezt a linket nem sikerült megnyitni. Próbálja újra.";
    case 30000:
        return "Nem sikerült ellenőrizni az arcát. Győződjön meg róla, hogy az arca jól megvilágított és teljesen látható, majd próbálja újra.";
    case 30001:
        return "Lejárt az idő. Amint megnyílik a kamera, tartsa elé az arcát, majd próbálja újra.";
    case 30002:
        return "Lehet, hogy az arca részben takarva van. Győződjön meg róla, hogy semmi sem takarja el az arcát, majd próbálja újra.";
    case 30003:
        return "Az arcszkennelés megszakadt. Újra megpróbálhatja, amikor készen áll.";
    case 30004:
        return "Nem sikerült azonosítani az arcát. Ellenőrizze, hogy a megfelelő fiókot választotta-e, majd próbálja újra.";
    case 30005:
        return "Úgy tűnik, nincs internetkapcsolat. Ellenőrizze az internetkapcsolatát, majd próbálja újra.";
    case 30006:
    case 40002:
        return "Ez az eszköz nem használható arcellenőrzésre. Próbálja meg egy másik eszközön.";
    case 30008:
        return "Ezúttal nem sikerült felismerni Önt. Kövesse a képernyőn megjelenő útmutatást, majd próbálja újra.";
    case 30009:
        return "Az arcellenőrzéshez szükség van a kamerára. Engedélyezze a kamera használatát a telefon beállításaiban, majd próbálja újra.";
    case 30010:
        return "A folytatáshoz frissítse az alkalmazást a legújabb verzióra.";
    default:
        break;
    }
    if (code < 0) return "Hiba történt. Próbálja újra.";
    if (code < 20000) return "Hiba történt a mi oldalunkon. Próbálja újra később.";
    if (code < 30000) return "Ez a funkció jelenleg nem érhető el. Próbálja újra később.";
    if (code < 40000) return "Nem sikerült befejezni az arcszkennelést. Győződjön meg róla, hogy az arca jól megvilágított, és semmi sem takarja a kamerát, majd próbálja újra.";
    if (code < 50000) return "Hiba történt. Próbálja újra később.";
    return "Nem sikerült befejezni az arcszkennelést. Győződjön meg róla, hogy az arca jól megvilágított, és semmi sem takarja a kamerát, majd próbálja újra.";
}

static inline const char *user_message_19_of(int32_t code) {
    switch (code) {
    case 507:
        return "Terjadi kesalahan pada sistem kami. Pastikan aplikasi Anda sudah diperbarui ke versi terbaru, lalu coba lagi.";
    case 512:
        return "Kami tidak dapat memastikan bahwa ini Anda. Pastikan wajah Anda cukup terang, berada di tengah, dan tidak tertutup, lalu coba lagi.";
    case 523:
    case 30007:
        return "Terlalu banyak percobaan. Harap tunggu sebentar sebelum mencoba lagi.";
    case 534:
        return "Fitur masuk dengan wajah Anda sudah tidak aktif. Silakan daftarkan ulang untuk melanjutkan.";
    case 535:
        return "Fitur masuk dengan wajah sudah tidak aktif di perangkat ini. Silakan daftarkan ulang untuk melanjutkan.";
    case 537:
        return "Terjadi kesalahan. Silakan coba lagi, atau tunggu beberapa menit jika masalah berlanjut.";
    case 539:
        return "Akun ini telah mencapai batas jumlah perangkat. Hapus perangkat yang tidak lagi Anda gunakan, atau hubungi layanan pelanggan.";
    case 1004:
        return "Kami tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.";
    case 1131:
        return "Fitur masuk dengan wajah belum didaftarkan di perangkat ini. Silakan daftarkan untuk melanjutkan.";
    case 1134:
        return "Terjadi kesalahan. Silakan coba lagi.";
    case 1142:
        return "Pastikan tanggal dan waktu di perangkat Anda sudah benar, lalu coba lagi. Anda mungkin perlu mendaftarkan ulang fitur masuk dengan wajah.";
    case 10004:
        return "Kamera tidak dapat digunakan. Silakan coba lagi nanti.";
    case 10100:
        return "Verifikasi wajah tidak dapat diselesaikan. Silakan coba lagi nanti.";
    case 20000:
        return "Fitur masuk dengan wajah belum didaftarkan. Silakan daftarkan untuk melanjutkan.";
    case 20001:
        return "Fitur masuk dengan wajah sudah terdaftar. Anda dapat masuk dengan wajah Anda.";
    case 20013:
    case 40001:
        return "Layanan ini untuk sementara tidak tersedia. Silakan coba lagi nanti.";
    case 20021:
    case 20022:
        return "Verifikasi wajah belum dapat dijalankan di perangkat ini. Silakan coba lagi nanti.";
    case 20023:
    case 20024:
    case 20300:
        return "Terjadi kesalahan. Silakan coba lagi nanti.";
    case 20150:
        return "Tautan ini tidak dapat digunakan. Silakan coba lagi.";
    case 30000:
        return "Kami tidak dapat memverifikasi wajah Anda. Pastikan wajah Anda cukup terang dan terlihat sepenuhnya, lalu coba lagi.";
    case 30001:
        return "Waktu habis. Pastikan wajah Anda terlihat segera setelah kamera terbuka, lalu coba lagi.";
    case 30002:
        return "Wajah Anda mungkin tertutup sebagian. Pastikan tidak ada yang menutupi wajah Anda, lalu coba lagi.";
    case 30003:
        return "Pemindaian wajah dibatalkan. Anda dapat mencoba lagi kapan pun Anda siap.";
    case 30004:
        return "Kami tidak dapat mencocokkan wajah Anda. Periksa apakah Anda memilih akun yang benar, lalu coba lagi.";
    case 30005:
        return "Sepertinya Anda sedang offline. Periksa koneksi internet Anda, lalu coba lagi.";
    case 30006:
    case 40002:
        return "Perangkat ini tidak dapat digunakan untuk verifikasi wajah. Silakan coba di perangkat lain.";
    case 30008:
        return "Kali ini kami tidak dapat mengenali Anda. Ikuti petunjuk di layar, lalu coba lagi.";
    case 30009:
        return "Verifikasi wajah memerlukan kamera Anda. Izinkan akses kamera di Pengaturan, lalu coba lagi.";
    case 30010:
        return "Silakan perbarui aplikasi ke versi terbaru untuk melanjutkan.";
    default:
        break;
    }
    if (code < 0) return "Terjadi kesalahan. Silakan coba lagi.";
    if (code < 20000) return "Terjadi kesalahan pada sistem kami. Silakan coba lagi nanti.";
    if (code < 30000) return "Fitur ini sedang tidak tersedia. Silakan coba lagi nanti.";
    if (code < 40000) return "Kami tidak dapat menyelesaikan pemindaian wajah. Pastikan wajah Anda cukup terang dan tidak ada yang menghalangi kamera, lalu coba lagi.";
    if (code < 50000) return "Terjadi kesalahan. Silakan coba lagi nanti.";
    return "Kami tidak dapat menyelesaikan pemindaian wajah. Pastikan wajah Anda cukup terang dan tidak ada yang menghalangi kamera, lalu coba lagi.";
}

static inline const char *user_message_20_of(int32_t code) {
    switch (code) {
    case 507:
        return "Si è verificato un problema da parte nostra. Assicurati che l’app sia aggiornata e riprova.";
    case 512:
        return "Non siamo riusciti a confermare la tua identità. Assicurati che il volto sia ben illuminato, centrato e scoperto, poi riprova.";
    case 523:
    case 30007:
        return "Troppi tentativi. Attendi qualche istante prima di riprovare.";
    case 534:
        return "Il tuo accesso con riconoscimento facciale non è più attivo. Configuralo di nuovo per continuare.";
    case 535:
        return "L’accesso con riconoscimento facciale non è più attivo su questo dispositivo. Configuralo di nuovo per continuare.";
    case 537:
        return "Si è verificato un problema. Riprova oppure, se il problema persiste, attendi qualche minuto.";
    case 539:
        return "Questo account ha raggiunto il limite di dispositivi. Rimuovi un dispositivo che non usi più o contatta l’assistenza.";
    case 1004:
        return "Non siamo riusciti a raggiungere il server. Controlla la connessione a Internet e riprova.";
    case 1131:
        return "L’accesso con riconoscimento facciale non è ancora configurato su questo dispositivo. Configuralo per continuare.";
    case 1134:
        return "Si è verificato un problema. Riprova.";
    case 1142:
        return "Controlla che la data e l’ora del dispositivo siano corrette, poi riprova. Potrebbe essere necessario configurare di nuovo l’accesso con riconoscimento facciale.";
    case 10004:
        return "Non è stato possibile usare la fotocamera. Riprova più tardi.";
    case 10100:
        return "Non è stato possibile completare la verifica del volto. Riprova più tardi.";
    case 20000:
        return "L’accesso con riconoscimento facciale non è ancora configurato. Configuralo per continuare.";
    case 20001:
        return "L’accesso con riconoscimento facciale è già configurato. Puoi accedere con il tuo volto.";
    case 20013:
    case 40001:
        return "Questo servizio è temporaneamente non disponibile. Riprova più tardi.";
    case 20021:
    case 20022:
        return "Al momento non è possibile eseguire la verifica del volto su questo dispositivo. Riprova più tardi.";
    case 20023:
    case 20024:
    case 20300:
        return "Si è verificato un problema. Riprova più tardi.";
    case 20150:
        return "Non è stato possibile usare questo link. Riprova.";
    case 30000:
        return "Non siamo riusciti a verificare il tuo volto. Assicurati che sia ben illuminato e completamente visibile, poi riprova.";
    case 30001:
        return "Tempo scaduto. Inquadra il volto non appena si apre la fotocamera, poi riprova.";
    case 30002:
        return "Il tuo volto potrebbe essere parzialmente coperto. Assicurati che nulla lo nasconda, poi riprova.";
    case 30003:
        return "La scansione del volto è stata annullata. Puoi riprovare quando vuoi.";
    case 30004:
        return "Non siamo riusciti a riconoscere il tuo volto. Controlla di aver scelto l’account giusto, poi riprova.";
    case 30005:
        return "Sembra che tu sia offline. Controlla la connessione a Internet e riprova.";
    case 30006:
    case 40002:
        return "Questo dispositivo non può essere usato per la verifica del volto. Prova con un altro dispositivo.";
    case 30008:
        return "Questa volta non siamo riusciti a riconoscerti. Segui le indicazioni sullo schermo e riprova.";
    case 30009:
        return "Per la verifica del volto serve la fotocamera. Consenti l’accesso alla fotocamera nelle impostazioni del telefono, poi riprova.";
    case 30010:
        return "Aggiorna l’app all’ultima versione per continuare.";
    default:
        break;
    }
    if (code < 0) return "Si è verificato un problema. Riprova.";
    if (code < 20000) return "Si è verificato un problema da parte nostra. Riprova più tardi.";
    if (code < 30000) return "Questa funzione non è disponibile al momento. Riprova più tardi.";
    if (code < 40000) return "Non siamo riusciti a completare la scansione del volto. Assicurati che il volto sia ben illuminato e che nulla copra la fotocamera, poi riprova.";
    if (code < 50000) return "Si è verificato un problema. Riprova più tardi.";
    return "Non siamo riusciti a completare la scansione del volto. Assicurati che il volto sia ben illuminato e che nulla copra la fotocamera, poi riprova.";
}

static inline const char *user_message_21_of(int32_t code) {
    switch (code) {
    case 507:
        return "システムで問題が発生しました。アプリが最新バージョンであることを確認して、もう一度お試しください。";
    case 512:
        return "ご本人であることを確認できませんでした。顔が明るく照らされ、中央に収まり、隠れていないことを確認して、もう一度お試しください。";
    case 523:
    case 30007:
        return "試行回数が多すぎます。しばらく待ってから、もう一度お試しください。";
    case 534:
        return "顔認証ログインが無効になりました。続けるには、もう一度登録してください。";
    case 535:
        return "この端末では顔認証ログインが無効になりました。続けるには、もう一度登録してください。";
    case 537:
        return "問題が発生しました。もう一度お試しください。繰り返し発生する場合は、数分待ってからお試しください。";
    case 539:
        return "このアカウントで使用できる端末数の上限に達しました。使用していない端末を削除するか、サポートにお問い合わせください。";
    case 1004:
        return "サーバーに接続できませんでした。インターネット接続を確認して、もう一度お試しください。";
    case 1131:
        return "この端末では顔認証ログインがまだ登録されていません。続けるには登録してください。";
    case 1134:
        return "問題が発生しました。もう一度お試しください。";
    case 1142:
        return "端末の日付と時刻が正しいことを確認して、もう一度お試しください。顔認証ログインの再登録が必要な場合があります。";
    case 10004:
        return "カメラを使用できませんでした。しばらくしてからもう一度お試しください。";
    case 10100:
        return "顔認証を完了できませんでした。しばらくしてからもう一度お試しください。";
    case 20000:
        return "顔認証ログインがまだ登録されていません。続けるには登録してください。";
    case 20001:
        return "顔認証ログインは登録済みです。顔でログインできます。";
    case 20013:
    case 40001:
        return "このサービスは一時的にご利用いただけません。しばらくしてからもう一度お試しください。";
    case 20021:
    case 20022:
        return "現在、この端末では顔認証を実行できません。しばらくしてからもう一度お試しください。";
    case 20023:
    case 20024:
    case 20300:
        return "問題が発生しました。しばらくしてからもう一度お試しください。";
    case 20150:
        return "このリンクを使用できませんでした。もう一度お試しください。";
    case 30000:
        return "顔を確認できませんでした。顔が明るく照らされ、全体がはっきり映っていることを確認して、もう一度お試しください。";
    case 30001:
        return "時間切れになりました。カメラが起動したらすぐに顔が映るようにして、もう一度お試しください。";
    case 30002:
        return "顔の一部が隠れている可能性があります。顔を隠すものがないことを確認して、もう一度お試しください。";
    case 30003:
        return "顔スキャンがキャンセルされました。準備ができたら、いつでももう一度お試しいただけます。";
    case 30004:
        return "顔を照合できませんでした。正しいアカウントを選択していることを確認して、もう一度お試しください。";
    case 30005:
        return "オフラインになっているようです。インターネット接続を確認して、もう一度お試しください。";
    case 30006:
    case 40002:
        return "この端末は顔認証に使用できません。別の端末でお試しください。";
    case 30008:
        return "今回はご本人を認識できませんでした。画面の案内に従って、もう一度お試しください。";
    case 30009:
        return "顔認証にはカメラが必要です。「設定」でカメラへのアクセスを許可してから、もう一度お試しください。";
    case 30010:
        return "続けるには、アプリを最新バージョンにアップデートしてください。";
    default:
        break;
    }
    if (code < 0) return "問題が発生しました。もう一度お試しください。";
    if (code < 20000) return "システムで問題が発生しました。しばらくしてからもう一度お試しください。";
    if (code < 30000) return "この機能は現在ご利用いただけません。しばらくしてからもう一度お試しください。";
    if (code < 40000) return "顔スキャンを完了できませんでした。顔が明るく照らされ、カメラを遮るものがないことを確認して、もう一度お試しください。";
    if (code < 50000) return "問題が発生しました。しばらくしてからもう一度お試しください。";
    return "顔スキャンを完了できませんでした。顔が明るく照らされ、カメラを遮るものがないことを確認して、もう一度お試しください。";
}

static inline const char *user_message_22_of(int32_t code) {
    switch (code) {
    case 507:
        return "저희 측에서 문제가 발생했습니다. 앱이 최신 버전인지 확인한 후 다시 시도해 주세요.";
    case 512:
        return "본인 확인을 하지 못했습니다. 얼굴이 밝게 비치고 화면 중앙에 있으며 가려지지 않았는지 확인한 후 다시 시도해 주세요.";
    case 523:
    case 30007:
        return "시도 횟수가 너무 많습니다. 잠시 기다린 후 다시 시도해 주세요.";
    case 534:
        return "얼굴 로그인을 더 이상 사용할 수 없습니다. 계속하려면 다시 등록해 주세요.";
    case 535:
        return "이 기기에서 얼굴 로그인을 더 이상 사용할 수 없습니다. 계속하려면 다시 등록해 주세요.";
    case 537:
        return "문제가 발생했습니다. 다시 시도해 주세요. 문제가 계속되면 몇 분 후에 시도해 주세요.";
    case 539:
        return "이 계정에 등록할 수 있는 기기 수가 한도에 도달했습니다. 더 이상 사용하지 않는 기기를 삭제하거나 고객 지원팀에 문의해 주세요.";
    case 1004:
        return "서버에 연결하지 못했습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.";
    case 1131:
        return "이 기기에 얼굴 로그인이 아직 등록되지 않았습니다. 계속하려면 등록해 주세요.";
    case 1134:
        return "문제가 발생했습니다. 다시 시도해 주세요.";
    case 1142:
        return "기기의 날짜와 시간이 올바른지 확인한 후 다시 시도해 주세요. 얼굴 로그인을 다시 등록해야 할 수도 있습니다.";
    case 10004:
        return "카메라를 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.";
    case 10100:
        return "얼굴 인증을 완료하지 못했습니다. 잠시 후 다시 시도해 주세요.";
    case 20000:
        return "얼굴 로그인이 아직 등록되지 않았습니다. 계속하려면 등록해 주세요.";
    case 20001:
        return "얼굴 로그인이 이미 등록되어 있습니다. 얼굴로 로그인할 수 있습니다.";
    case 20013:
    case 40001:
        return "일시적으로 서비스를 이용할 수 없습니다. 잠시 후 다시 시도해 주세요.";
    case 20021:
    case 20022:
        return "지금은 이 기기에서 얼굴 인증을 진행할 수 없습니다. 잠시 후 다시 시도해 주세요.";
    case 20023:
    case 20024:
    case 20300:
        return "문제가 발생했습니다. 잠시 후 다시 시도해 주세요.";
    case 20150:
        return "이 링크를 사용할 수 없습니다. 다시 시도해 주세요.";
    case 30000:
        return "얼굴을 확인하지 못했습니다. 얼굴이 밝게 비치고 전체가 잘 보이는지 확인한 후 다시 시도해 주세요.";
    case 30001:
        return "시간이 초과되었습니다. 카메라가 켜지면 바로 얼굴이 화면 안에 들어오도록 한 후 다시 시도해 주세요.";
    case 30002:
        return "얼굴 일부가 가려진 것 같습니다. 얼굴을 가리는 것이 없는지 확인한 후 다시 시도해 주세요.";
    case 30003:
        return "얼굴 스캔이 취소되었습니다. 준비되면 언제든지 다시 시도할 수 있습니다.";
    case 30004:
        return "얼굴이 일치하는지 확인하지 못했습니다. 올바른 계정을 선택했는지 확인한 후 다시 시도해 주세요.";
    case 30005:
        return "오프라인 상태인 것 같습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.";
    case 30006:
    case 40002:
        return "이 기기에서는 얼굴 인증을 사용할 수 없습니다. 다른 기기에서 시도해 주세요.";
    case 30008:
        return "이번에는 본인을 인식하지 못했습니다. 화면의 안내에 따라 다시 시도해 주세요.";
    case 30009:
        return "얼굴 인증에는 카메라가 필요합니다. 설정에서 카메라 접근을 허용한 후 다시 시도해 주세요.";
    case 30010:
        return "계속하려면 앱을 최신 버전으로 업데이트해 주세요.";
    default:
        break;
    }
    if (code < 0) return "문제가 발생했습니다. 다시 시도해 주세요.";
    if (code < 20000) return "저희 측에서 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.";
    if (code < 30000) return "지금은 이 기능을 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.";
    if (code < 40000) return "얼굴 스캔을 완료하지 못했습니다. 얼굴이 밝게 비치고 카메라를 가리는 것이 없는지 확인한 후 다시 시도해 주세요.";
    if (code < 50000) return "문제가 발생했습니다. 잠시 후 다시 시도해 주세요.";
    return "얼굴 스캔을 완료하지 못했습니다. 얼굴이 밝게 비치고 카메라를 가리는 것이 없는지 확인한 후 다시 시도해 주세요.";
}

static inline const char *user_message_23_of(int32_t code) {
    switch (code) {
    case 507:
        return "Mūsų pusėje įvyko klaida. Įsitikinkite, kad programėlė atnaujinta, ir bandykite dar kartą.";
    case 512:
        return "Nepavyko patvirtinti, kad tai jūs. Įsitikinkite, kad jūsų veidas gerai apšviestas, kadro centre ir neuždengtas, tada bandykite dar kartą.";
    case 523:
    case 30007:
        return "Per daug bandymų. Šiek tiek palaukite ir bandykite dar kartą.";
    case 534:
        return "Jūsų prisijungimas veidu nebeaktyvus. Norėdami tęsti, nustatykite jį iš naujo.";
    case 535:
        return "Prisijungimas veidu šiame įrenginyje nebeaktyvus. Norėdami tęsti, nustatykite jį iš naujo.";
    case 537:
        return "Įvyko klaida. Bandykite dar kartą arba, jei klaida kartojasi, palaukite kelias minutes.";
    case 539:
        return "Ši paskyra pasiekė įrenginių limitą. Pašalinkite nebenaudojamą įrenginį arba susisiekite su pagalbos tarnyba.";
    case 1004:
        return "Nepavyko pasiekti serverio. Patikrinkite interneto ryšį ir bandykite dar kartą.";
    case 1131:
        return "Prisijungimas veidu šiame įrenginyje dar nenustatytas. Norėdami tęsti, nustatykite jį.";
    case 1134:
        return "Įvyko klaida. Bandykite dar kartą.";
    case 1142:
        return "Patikrinkite, ar jūsų įrenginio data ir laikas teisingi, tada bandykite dar kartą. Gali reikėti iš naujo nustatyti prisijungimą veidu.";
    case 10004:
        return "Nepavyko naudoti kameros. Bandykite dar kartą vėliau.";
    case 10100:
        return "Nepavyko užbaigti veido patvirtinimo. Bandykite dar kartą vėliau.";
    case 20000:
        return "Prisijungimas veidu dar nenustatytas. Norėdami tęsti, nustatykite jį.";
    case 20001:
        return "Prisijungimas veidu jau nustatytas. Galite prisijungti savo veidu.";
    case 20013:
    case 40001:
        return "Paslauga laikinai nepasiekiama. Bandykite dar kartą vėliau.";
    case 20021:
    case 20022:
        return "Šiuo metu veido patvirtinimas šiame įrenginyje neveikia. Bandykite dar kartą vėliau.";
    case 20023:
    case 20024:
    case 20300:
        return "Įvyko klaida. Bandykite dar kartą vėliau.";
    case 20150:
        return "Nepavyko panaudoti šios nuorodos. Bandykite dar kartą.";
    case 30000:
        return "Nepavyko patvirtinti jūsų veido. Įsitikinkite, kad veidas gerai apšviestas ir visiškai matomas, tada bandykite dar kartą.";
    case 30001:
        return "Baigėsi laikas. Bandykite dar kartą ir, kai tik atsidarys kamera, laikykite veidą kadre.";
    case 30002:
        return "Jūsų veidas gali būti iš dalies uždengtas. Įsitikinkite, kad niekas neužstoja veido, tada bandykite dar kartą.";
    case 30003:
        return "Veido skenavimas atšauktas. Galite bandyti dar kartą, kai tik būsite pasiruošę.";
    case 30004:
        return "Jūsų veidas nesutapo. Patikrinkite, ar pasirinkote tinkamą paskyrą, tada bandykite dar kartą.";
    case 30005:
        return "Atrodo, kad nesate prisijungę prie interneto. Patikrinkite interneto ryšį ir bandykite dar kartą.";
    case 30006:
    case 40002:
        return "Šio įrenginio negalima naudoti veido patvirtinimui. Pabandykite kitame įrenginyje.";
    case 30008:
        return "Šį kartą nepavyko jūsų atpažinti. Vadovaukitės nurodymais ekrane ir bandykite dar kartą.";
    case 30009:
        return "Veido patvirtinimui reikia jūsų kameros. Nustatymuose leiskite prieigą prie kameros, tada bandykite dar kartą.";
    case 30010:
        return "Norėdami tęsti, atnaujinkite programėlę iki naujausios versijos.";
    default:
        break;
    }
    if (code < 0) return "Įvyko klaida. Bandykite dar kartą.";
    if (code < 20000) return "Mūsų pusėje įvyko klaida. Bandykite dar kartą vėliau.";
    if (code < 30000) return "Ši funkcija šiuo metu nepasiekiama. Bandykite dar kartą vėliau.";
    if (code < 40000) return "Nepavyko užbaigti veido skenavimo. Įsitikinkite, kad veidas gerai apšviestas ir niekas neužstoja kameros, tada bandykite dar kartą.";
    if (code < 50000) return "Įvyko klaida. Bandykite dar kartą vėliau.";
    return "Nepavyko užbaigti veido skenavimo. Įsitikinkite, kad veidas gerai apšviestas ir niekas neužstoja kameros, tada bandykite dar kartą.";
}

static inline const char *user_message_24_of(int32_t code) {
    switch (code) {
    case 507:
        return "Mūsu pusē radās kļūda. Lūdzu, pārliecinieties, ka lietotne ir atjaunināta, un mēģiniet vēlreiz.";
    case 512:
        return "Mēs nevarējām apstiprināt, ka tas esat jūs. Pārliecinieties, ka jūsu seja ir labi apgaismota, centrēta un neaizsegta, un mēģiniet vēlreiz.";
    case 523:
    case 30007:
        return "Pārāk daudz mēģinājumu. Lūdzu, nedaudz uzgaidiet, pirms mēģināt vēlreiz.";
    case 534:
        return "Jūsu pierakstīšanās ar seju vairs nav aktīva. Lai turpinātu, lūdzu, iestatiet to atkārtoti.";
    case 535:
        return "Pierakstīšanās ar seju šajā ierīcē vairs nav aktīva. Lai turpinātu, lūdzu, iestatiet to atkārtoti.";
    case 537:
        return "Radās kļūda. Lūdzu, mēģiniet vēlreiz vai, ja kļūda atkārtojas, uzgaidiet dažas minūtes.";
    case 539:
        return "Šajā kontā ir sasniegts ierīču skaita ierobežojums. Lūdzu, noņemiet ierīci, kuru vairs neizmantojat, vai sazinieties ar atbalsta dienestu.";
    case 1004:
        return "Neizdevās sazināties ar serveri. Lūdzu, pārbaudiet interneta savienojumu un mēģiniet vēlreiz.";
    case 1131:
        return "Pierakstīšanās ar seju šajā ierīcē vēl nav iestatīta. Lai turpinātu, lūdzu, iestatiet to.";
    case 1134:
        return "Radās kļūda. Lūdzu, mēģiniet vēlreiz.";
    case 1142:
        return "Lūdzu, pārbaudiet, vai ierīces datums un laiks ir pareizi, un mēģiniet vēlreiz. Iespējams, pierakstīšanās ar seju būs jāiestata atkārtoti.";
    case 10004:
        return "Kameru neizdevās izmantot. Lūdzu, mēģiniet vēlreiz vēlāk.";
    case 10100:
        return "Sejas verifikāciju neizdevās pabeigt. Lūdzu, mēģiniet vēlreiz vēlāk.";
    case 20000:
        return "Pierakstīšanās ar seju vēl nav iestatīta. Lai turpinātu, lūdzu, iestatiet to.";
    case 20001:
        return "Pierakstīšanās ar seju jau ir iestatīta. Varat pierakstīties ar savu seju.";
    case 20013:
    case 40001:
        return "Pakalpojums īslaicīgi nav pieejams. Lūdzu, mēģiniet vēlreiz vēlāk.";
    case 20021:
    case 20022:
        return "Sejas verifikācija šajā ierīcē pašlaik nav iespējama. Lūdzu, mēģiniet vēlreiz vēlāk.";
    case 20023:
    case 20024:
    case 20300:
        return "Radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk.";
    case 20150:
        return "Šo saiti neizdevās izmantot. Lūdzu, mēģiniet vēlreiz.";
    case 30000:
        return "Mēs nevarējām verificēt jūsu seju. Pārliecinieties, ka jūsu seja ir labi apgaismota un pilnībā redzama, un mēģiniet vēlreiz.";
    case 30001:
        return "Laiks beidzās. Mēģiniet vēlreiz un turiet seju kadrā, tiklīdz atveras kamera.";
    case 30002:
        return "Iespējams, jūsu seja ir daļēji aizsegta. Pārliecinieties, ka nekas neaizsedz jūsu seju, un mēģiniet vēlreiz.";
    case 30003:
        return "Sejas skenēšana tika atcelta. Varat mēģināt vēlreiz, kad vien vēlaties.";
    case 30004:
        return "Jūsu seja nesakrita. Pārbaudiet, vai izvēlējāties pareizo kontu, un mēģiniet vēlreiz.";
    case 30005:
        return "Šķiet, ka esat bezsaistē. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.";
    case 30006:
    case 40002:
        return "Šo ierīci nevar izmantot sejas verifikācijai. Lūdzu, mēģiniet citā ierīcē.";
    case 30008:
        return "Šoreiz mēs jūs neatpazinām. Izpildiet norādījumus ekrānā un mēģiniet vēlreiz.";
    case 30009:
        return "Sejas verifikācijai nepieciešama jūsu kamera. Lūdzu, atļaujiet piekļuvi kamerai iestatījumos un mēģiniet vēlreiz.";
    case 30010:
        return "Lai turpinātu, lūdzu, atjauniniet lietotni uz jaunāko versiju.";
    default:
        break;
    }
    if (code < 0) return "Radās kļūda. Lūdzu, mēģiniet vēlreiz.";
    if (code < 20000) return "Mūsu pusē radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk.";
    if (code < 30000) return "Šī funkcija pašlaik nav pieejama. Lūdzu, mēģiniet vēlreiz vēlāk.";
    if (code < 40000) return "Neizdevās pabeigt sejas skenēšanu. Pārliecinieties, ka jūsu seja ir labi apgaismota un nekas neaizsedz kameru, un mēģiniet vēlreiz.";
    if (code < 50000) return "Radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk.";
    return "Neizdevās pabeigt sejas skenēšanu. Pārliecinieties, ka jūsu seja ir labi apgaismota un nekas neaizsedz kameru, un mēģiniet vēlreiz.";
}

static inline const char *user_message_25_of(int32_t code) {
    switch (code) {
    case 507:
        return "Berlaku ralat pada sistem kami. Sila pastikan aplikasi telah dikemas kini, kemudian cuba lagi.";
    case 512:
        return "Kami tidak dapat mengesahkan bahawa ini anda. Pastikan muka anda diterangi dengan baik, berada di tengah dan tidak terlindung, kemudian cuba lagi.";
    case 523:
    case 30007:
        return "Terlalu banyak percubaan. Sila tunggu sebentar sebelum mencuba lagi.";
    case 534:
        return "Log masuk muka anda tidak lagi aktif. Sila sediakannya semula untuk meneruskan.";
    case 535:
        return "Log masuk muka tidak lagi aktif pada peranti ini. Sila sediakannya semula untuk meneruskan.";
    case 537:
        return "Berlaku ralat. Sila cuba lagi, atau tunggu beberapa minit jika masalah berterusan.";
    case 539:
        return "Akaun ini telah mencapai had bilangan peranti. Sila alih keluar peranti yang tidak lagi digunakan, atau hubungi khidmat pelanggan.";
    case 1004:
        return "Kami tidak dapat menghubungi pelayan. Sila semak sambungan internet anda dan cuba lagi.";
    case 1131:
        return "Log masuk muka belum disediakan pada peranti ini. Sila sediakannya untuk meneruskan.";
    case 1134:
        return "Berlaku ralat. Sila cuba lagi.";
    case 1142:
        return "Sila semak sama ada tarikh dan masa pada peranti anda betul, kemudian cuba lagi. Anda mungkin perlu menyediakan semula log masuk muka.";
    case 10004:
        return "Kamera tidak dapat digunakan. Sila cuba lagi kemudian.";
    case 10100:
        return "Pengesahan muka tidak dapat diselesaikan. Sila cuba lagi kemudian.";
    case 20000:
        return "Log masuk muka belum disediakan. Sila sediakannya untuk meneruskan.";
    case 20001:
        return "Log masuk muka sudah disediakan. Anda boleh log masuk dengan muka anda.";
    case 20013:
    case 40001:
        return "Perkhidmatan ini tidak tersedia buat sementara waktu. Sila cuba lagi kemudian.";
    case 20021:
    case 20022:
        return "Pengesahan muka tidak dapat dijalankan pada peranti ini buat masa ini. Sila cuba lagi kemudian.";
    case 20023:
    case 20024:
    case 20300:
        return "Berlaku ralat. Sila cuba lagi kemudian.";
    case 20150:
        return "Pautan ini tidak dapat digunakan. Sila cuba lagi.";
    case 30000:
        return "Kami tidak dapat mengesahkan muka anda. Pastikan muka anda diterangi dengan baik dan kelihatan sepenuhnya, kemudian cuba lagi.";
    case 30001:
        return "Masa telah tamat. Pastikan muka anda kelihatan sebaik sahaja kamera dibuka, kemudian cuba lagi.";
    case 30002:
        return "Muka anda mungkin terlindung sebahagiannya. Pastikan tiada apa-apa yang menutup muka anda, kemudian cuba lagi.";
    case 30003:
        return "Imbasan muka telah dibatalkan. Anda boleh cuba lagi bila-bila masa anda bersedia.";
    case 30004:
        return "Kami tidak dapat memadankan muka anda. Semak sama ada anda telah memilih akaun yang betul, kemudian cuba lagi.";
    case 30005:
        return "Nampaknya anda berada di luar talian. Semak sambungan internet anda dan cuba lagi.";
    case 30006:
    case 40002:
        return "Peranti ini tidak boleh digunakan untuk pengesahan muka. Sila cuba pada peranti lain.";
    case 30008:
        return "Kami tidak dapat mengecam anda kali ini. Ikut panduan pada skrin dan cuba lagi.";
    case 30009:
        return "Pengesahan muka memerlukan kamera anda. Sila benarkan akses kamera dalam Tetapan, kemudian cuba lagi.";
    case 30010:
        return "Sila kemas kini aplikasi kepada versi terkini untuk meneruskan.";
    default:
        break;
    }
    if (code < 0) return "Berlaku ralat. Sila cuba lagi.";
    if (code < 20000) return "Berlaku ralat pada sistem kami. Sila cuba lagi kemudian.";
    if (code < 30000) return "Ciri ini tidak tersedia buat masa ini. Sila cuba lagi kemudian.";
    if (code < 40000) return "Kami tidak dapat melengkapkan imbasan muka. Pastikan muka anda diterangi dengan baik dan tiada apa-apa yang menghalang kamera, kemudian cuba lagi.";
    if (code < 50000) return "Berlaku ralat. Sila cuba lagi kemudian.";
    return "Kami tidak dapat melengkapkan imbasan muka. Pastikan muka anda diterangi dengan baik dan tiada apa-apa yang menghalang kamera, kemudian cuba lagi.";
}

static inline const char *user_message_26_of(int32_t code) {
    switch (code) {
    case 507:
        return "Inqalgħet problema min-naħa tagħna. Aċċerta ruħek li l-app hija aġġornata u erġa' pprova.";
    case 512:
        return "Ma stajniex nikkonfermaw l-identità tiegħek. Aċċerta ruħek li wiċċek huwa mdawwal sew, iċċentrat u mikxuf, imbagħad erġa' pprova.";
    case 523:
    case 30007:
        return "Wisq tentattivi. Stenna ftit qabel ma terġa' tipprova.";
    case 534:
        return "Id-dħul bil-wiċċ tiegħek m'għadux attiv. Erġa' kkonfigurah biex tkompli.";
    case 535:
        return "Id-dħul bil-wiċċ m'għadux attiv fuq dan l-apparat. Erġa' kkonfigurah biex tkompli.";
    case 537:
        return "Inqalgħet problema. Erġa' pprova, jew stenna ftit minuti jekk il-problema tibqa'.";
    case 539:
        return "Dan il-kont laħaq il-limitu ta' apparati. Neħħi apparat li m'għadekx tuża, jew ikkuntattja lill-appoġġ.";
    case 1004:
        return "Ma stajniex nilħqu s-server. Iċċekkja l-konnessjoni tal-internet tiegħek u erġa' pprova.";
    case 1131:
        return "Id-dħul bil-wiċċ għadu mhux ikkonfigurat fuq dan l-apparat. Ikkonfigurah biex tkompli.";
    case 1134:
        return "Inqalgħet problema. Erġa' pprova.";
    case 1142:
        return "Iċċekkja li d-data u l-ħin tal-apparat tiegħek huma korretti, imbagħad erġa' pprova. Jista' jkun li jkollok terġa' tikkonfigura d-dħul bil-wiċċ.";
    case 10004:
        return "Il-kamera ma setgħetx tintuża. Erġa' pprova aktar tard.";
    case 10100:
        return "Il-verifika tal-wiċċ ma setgħetx titlesta. Erġa' pprova aktar tard.";
    case 20000:
        return "Id-dħul bil-wiċċ għadu mhux ikkonfigurat. Ikkonfigurah biex tkompli.";
    case 20001:
        return "Id-dħul bil-wiċċ huwa diġà kkonfigurat. Tista' tidħol permezz ta' wiċċek.";
    case 20013:
    case 40001:
        return "Dan is-servizz mhux disponibbli temporanjament. Erġa' pprova aktar tard.";
    case 20021:
    case 20022:
        return "Il-verifika tal-wiċċ ma tistax issir fuq dan l-apparat bħalissa. Erġa' pprova aktar tard.";
    case 20023:
    case 20024:
    case 20300:
        return "Inqalgħet problema. Erġa' pprova aktar tard.";
    case 20150:
        return "Din il-ħolqa ma setgħetx tintuża. Erġa' pprova.";
    case 30000:
        return "Ma stajniex nivverifikaw wiċċek. Aċċerta ruħek li huwa mdawwal sew u jidher kollu, imbagħad erġa' pprova.";
    case 30001:
        return "Spiċċa l-ħin. Żomm wiċċek quddiem il-kamera malli tinfetaħ, imbagħad erġa' pprova.";
    case 30002:
        return "Wiċċek jista' jkun mgħotti parzjalment. Aċċerta ruħek li xejn ma qed jgħatti wiċċek, imbagħad erġa' pprova.";
    case 30003:
        return "L-iskennjar tal-wiċċ ġie kkanċellat. Tista' terġa' tipprova meta trid.";
    case 30004:
        return "Ma stajniex nagħrfu wiċċek. Iċċekkja li għażilt il-kont it-tajjeb, imbagħad erġa' pprova.";
    case 30005:
        return "Jidher li m'għandekx konnessjoni. Iċċekkja l-konnessjoni tal-internet tiegħek u erġa' pprova.";
    case 30006:
    case 40002:
        return "Dan l-apparat ma jistax jintuża għall-verifika tal-wiċċ. Jekk jogħġbok ipprova fuq apparat ieħor.";
    case 30008:
        return "Din id-darba ma stajniex nagħrfuk. Segwi l-istruzzjonijiet fuq l-iskrin u erġa' pprova.";
    case 30009:
        return "Il-verifika tal-wiċċ teħtieġ il-kamera tiegħek. Ippermetti l-aċċess għall-kamera mill-issettjar tat-telefon, imbagħad erġa' pprova.";
    case 30010:
        return "Aġġorna l-app għall-aħħar verżjoni biex tkompli.";
    default:
        break;
    }
    if (code < 0) return "Inqalgħet problema. Erġa' pprova.";
    if (code < 20000) return "Inqalgħet problema min-naħa tagħna. Erġa' pprova aktar tard.";
    if (code < 30000) return "Din il-funzjoni mhix disponibbli bħalissa. Erġa' pprova aktar tard.";
    if (code < 40000) return "Ma stajniex inlestu l-iskennjar tal-wiċċ. Aċċerta ruħek li wiċċek huwa mdawwal sew u li xejn ma qed jimblokka l-kamera, imbagħad erġa' pprova.";
    if (code < 50000) return "Inqalgħet problema. Erġa' pprova aktar tard.";
    return "Ma stajniex inlestu l-iskennjar tal-wiċċ. Aċċerta ruħek li wiċċek huwa mdawwal sew u li xejn ma qed jimblokka l-kamera, imbagħad erġa' pprova.";
}

static inline const char *user_message_27_of(int32_t code) {
    switch (code) {
    case 507:
        return "Noe gikk galt hos oss. Sørg for at appen er oppdatert, og prøv igjen.";
    case 512:
        return "Vi kunne ikke bekrefte at det er deg. Sørg for at ansiktet ditt er godt belyst, midtstilt og ikke tildekket, og prøv igjen.";
    case 523:
    case 30007:
        return "For mange forsøk. Vent en stund før du prøver igjen.";
    case 534:
        return "Innloggingen din med ansiktsgjenkjenning er ikke lenger aktiv. Konfigurer den på nytt for å fortsette.";
    case 535:
        return "Innlogging med ansiktsgjenkjenning er ikke lenger aktiv på denne enheten. Konfigurer den på nytt for å fortsette.";
    case 537:
        return "Noe gikk galt. Prøv igjen, eller vent noen minutter hvis det fortsetter å skje.";
    case 539:
        return "Denne kontoen har nådd grensen for antall enheter. Fjern en enhet du ikke lenger bruker, eller kontakt kundestøtte.";
    case 1004:
        return "Vi fikk ikke kontakt med serveren. Sjekk internettilkoblingen din og prøv igjen.";
    case 1131:
        return "Innlogging med ansiktsgjenkjenning er ikke konfigurert på denne enheten ennå. Konfigurer den for å fortsette.";
    case 1134:
        return "Noe gikk galt. Prøv igjen.";
    case 1142:
        return "Sjekk at dato og klokkeslett på enheten din stemmer, og prøv igjen. Du må kanskje konfigurere innlogging med ansiktsgjenkjenning på nytt.";
    case 10004:
        return "Kameraet kunne ikke brukes. Prøv igjen senere.";
    case 10100:
        return "Ansiktsverifiseringen kunne ikke fullføres. Prøv igjen senere.";
    case 20000:
        return "Innlogging med ansiktsgjenkjenning er ikke konfigurert ennå. Konfigurer den for å fortsette.";
    case 20001:
        return "Innlogging med ansiktsgjenkjenning er allerede konfigurert. Du kan logge inn med ansiktet ditt.";
    case 20013:
    case 40001:
        return "Tjenesten er midlertidig utilgjengelig. Prøv igjen senere.";
    case 20021:
    case 20022:
        return "Ansiktsverifisering kan ikke kjøres på denne enheten akkurat nå. Prøv igjen senere.";
    case 20023:
    case 20024:
    case 20300:
        return "Noe gikk galt. Prøv igjen senere.";
    case 20150:
        return "Lenken kunne ikke brukes. Prøv igjen.";
    case 30000:
        return "Vi kunne ikke verifisere ansiktet ditt. Sørg for at ansiktet ditt er godt belyst og helt synlig, og prøv igjen.";
    case 30001:
        return "Tiden gikk ut. Prøv igjen, og hold ansiktet i bildet så snart kameraet åpnes.";
    case 30002:
        return "Ansiktet ditt kan være delvis tildekket. Sørg for at ingenting skjuler ansiktet, og prøv igjen.";
    case 30003:
        return "Ansiktsskanningen ble avbrutt. Du kan prøve igjen når du er klar.";
    case 30004:
        return "Vi fant ikke samsvar med ansiktet ditt. Sjekk at du har valgt riktig konto, og prøv igjen.";
    case 30005:
        return "Det ser ut som du er frakoblet. Sjekk internettilkoblingen din og prøv igjen.";
    case 30006:
    case 40002:
        return "Denne enheten kan ikke brukes til ansiktsverifisering. Prøv på en annen enhet.";
    case 30008:
        return "Vi kunne ikke gjenkjenne deg denne gangen. Følg veiledningen på skjermen og prøv igjen.";
    case 30009:
        return "Ansiktsverifisering trenger kameraet ditt. Gi tilgang til kameraet i Innstillinger, og prøv igjen.";
    case 30010:
        return "Oppdater appen til nyeste versjon for å fortsette.";
    default:
        break;
    }
    if (code < 0) return "Noe gikk galt. Prøv igjen.";
    if (code < 20000) return "Noe gikk galt hos oss. Prøv igjen senere.";
    if (code < 30000) return "Denne funksjonen er ikke tilgjengelig akkurat nå. Prøv igjen senere.";
    if (code < 40000) return "Vi kunne ikke fullføre ansiktsskanningen. Sørg for at ansiktet ditt er godt belyst og at ingenting dekker kameraet, og prøv igjen.";
    if (code < 50000) return "Noe gikk galt. Prøv igjen senere.";
    return "Vi kunne ikke fullføre ansiktsskanningen. Sørg for at ansiktet ditt er godt belyst og at ingenting dekker kameraet, og prøv igjen.";
}

static inline const char *user_message_28_of(int32_t code) {
    switch (code) {
    case 507:
        return "Er ging bij ons iets mis. Zorg dat de app up-to-date is en probeer het opnieuw.";
    case 512:
        return "We konden niet bevestigen dat jij het bent. Zorg dat je gezicht goed verlicht, gecentreerd en onbedekt is en probeer het opnieuw.";
    case 523:
    case 30007:
        return "Te veel pogingen. Wacht een tijdje voordat je het opnieuw probeert.";
    case 534:
        return "Inloggen met je gezicht is niet meer actief. Stel het opnieuw in om door te gaan.";
    case 535:
        return "Inloggen met gezichtsherkenning is niet meer actief op dit apparaat. Stel het opnieuw in om door te gaan.";
    case 537:
        return "Er ging iets mis. Probeer het opnieuw, of wacht een paar minuten als het probleem blijft.";
    case 539:
        return "Dit account heeft het maximale aantal apparaten bereikt. Verwijder een apparaat dat je niet meer gebruikt of neem contact op met de klantenservice.";
    case 1004:
        return "We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.";
    case 1131:
        return "Inloggen met gezichtsherkenning is nog niet ingesteld op dit apparaat. Stel het in om door te gaan.";
    case 1134:
        return "Er ging iets mis. Probeer het opnieuw.";
    case 1142:
        return "Controleer of de datum en tijd op je apparaat kloppen en probeer het opnieuw. Mogelijk moet je inloggen met gezichtsherkenning opnieuw instellen.";
    case 10004:
        return "De camera kon niet worden gebruikt. Probeer het later opnieuw.";
    case 10100:
        return "De gezichtsverificatie kon niet worden voltooid. Probeer het later opnieuw.";
    case 20000:
        return "Inloggen met gezichtsherkenning is nog niet ingesteld. Stel het in om door te gaan.";
    case 20001:
        return "Inloggen met gezichtsherkenning is al ingesteld. Je kunt inloggen met je gezicht.";
    case 20013:
    case 40001:
        return "Deze dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.";
    case 20021:
    case 20022:
        return "Gezichtsverificatie werkt op dit moment niet op dit apparaat. Probeer het later opnieuw.";
    case 20023:
    case 20024:
    case 20300:
        return "Er ging iets mis. Probeer het later opnieuw.";
    case 20150:
        return "Deze link kon niet worden gebruikt. Probeer het opnieuw.";
    case 30000:
        return "We konden je gezicht niet verifiëren. Zorg dat je gezicht goed verlicht en volledig zichtbaar is en probeer het opnieuw.";
    case 30001:
        return "De tijd is om. Probeer het opnieuw en houd je gezicht in beeld zodra de camera opent.";
    case 30002:
        return "Je gezicht is mogelijk gedeeltelijk bedekt. Zorg dat niets je gezicht bedekt en probeer het opnieuw.";
    case 30003:
        return "De gezichtsscan is geannuleerd. Je kunt het opnieuw proberen zodra je er klaar voor bent.";
    case 30004:
        return "Je gezicht komt niet overeen. Controleer of je het juiste account hebt gekozen en probeer het opnieuw.";
    case 30005:
        return "Je lijkt offline te zijn. Controleer je internetverbinding en probeer het opnieuw.";
    case 30006:
    case 40002:
        return "Dit apparaat kan niet worden gebruikt voor gezichtsverificatie. Probeer het op een ander apparaat.";
    case 30008:
        return "We konden je deze keer niet herkennen. Volg de aanwijzingen op het scherm en probeer het opnieuw.";
    case 30009:
        return "Voor gezichtsverificatie is je camera nodig. Geef in Instellingen toegang tot de camera en probeer het opnieuw.";
    case 30010:
        return "Werk de app bij naar de nieuwste versie om door te gaan.";
    default:
        break;
    }
    if (code < 0) return "Er ging iets mis. Probeer het opnieuw.";
    if (code < 20000) return "Er ging bij ons iets mis. Probeer het later opnieuw.";
    if (code < 30000) return "Deze functie is op dit moment niet beschikbaar. Probeer het later opnieuw.";
    if (code < 40000) return "We konden de gezichtsscan niet voltooien. Zorg dat je gezicht goed verlicht is en dat niets de camera bedekt, en probeer het opnieuw.";
    if (code < 50000) return "Er ging iets mis. Probeer het later opnieuw.";
    return "We konden de gezichtsscan niet voltooien. Zorg dat je gezicht goed verlicht is en dat niets de camera bedekt, en probeer het opnieuw.";
}

static inline const char *user_message_29_of(int32_t code) {
    switch (code) {
    case 507:
        return "Noko gjekk gale hos oss. Sjå til at appen er oppdatert, og prøv igjen.";
    case 512:
        return "Vi kunne ikkje stadfeste at det er deg. Sjå til at andletet ditt er godt opplyst, midtstilt og ikkje tildekt, og prøv igjen.";
    case 523:
    case 30007:
        return "For mange forsøk. Vent ei stund før du prøver igjen.";
    case 534:
        return "Innlogginga di med andletsattkjenning er ikkje lenger aktiv. Set opp innlogginga på nytt for å halde fram.";
    case 535:
        return "Innlogging med andletsattkjenning er ikkje lenger aktiv på denne eininga. Set opp innlogginga på nytt for å halde fram.";
    case 537:
        return "Noko gjekk gale. Prøv igjen, eller vent nokre minutt dersom det held fram med å skje.";
    case 539:
        return "Denne kontoen har nådd grensa for talet på einingar. Fjern ei eining du ikkje brukar lenger, eller kontakt brukarstøtta.";
    case 1004:
        return "Vi fekk ikkje kontakt med serveren. Sjekk internettilkoplinga di og prøv igjen.";
    case 1131:
        return "Innlogging med andletsattkjenning er ikkje sett opp på denne eininga enno. Set opp innlogginga for å halde fram.";
    case 1134:
        return "Noko gjekk gale. Prøv igjen.";
    case 1142:
        return "Sjekk at dato og klokkeslett på eininga di stemmer, og prøv igjen. Du må kanskje setje opp innlogging med andletsattkjenning på nytt.";
    case 10004:
        return "Kameraet kunne ikkje brukast. Prøv igjen seinare.";
    case 10100:
        return "Andletsverifiseringa kunne ikkje fullførast. Prøv igjen seinare.";
    case 20000:
        return "Innlogging med andletsattkjenning er ikkje sett opp enno. Set opp innlogginga for å halde fram.";
    case 20001:
        return "Innlogging med andletsattkjenning er allereie sett opp. Du kan logge inn med andletet ditt.";
    case 20013:
    case 40001:
        return "Tenesta er mellombels utilgjengeleg. Prøv igjen seinare.";
    case 20021:
    case 20022:
        return "Andletsverifisering kan ikkje køyrast på denne eininga akkurat no. Prøv igjen seinare.";
    case 20023:
    case 20024:
    case 20300:
        return "Noko gjekk gale. Prøv igjen seinare.";
    case 20150:
        return "Lenka kunne ikkje brukast. Prøv igjen.";
    case 30000:
        return "Vi kunne ikkje verifisere andletet ditt. Sjå til at andletet ditt er godt opplyst og heilt synleg, og prøv igjen.";
    case 30001:
        return "Tida gjekk ut. Prøv igjen, og hald andletet i biletet så snart kameraet opnar seg.";
    case 30002:
        return "Andletet ditt kan vere delvis tildekt. Sjå til at ingenting skjuler andletet, og prøv igjen.";
    case 30003:
        return "Andletsskanninga vart avbroten. Du kan prøve igjen når du er klar.";
    case 30004:
        return "Vi fann ikkje samsvar med andletet ditt. Sjekk at du har valt rett konto, og prøv igjen.";
    case 30005:
        return "Det ser ut til at du er fråkopla. Sjekk internettilkoplinga di og prøv igjen.";
    case 30006:
    case 40002:
        return "Denne eininga kan ikkje brukast til andletsverifisering. Prøv på ei anna eining.";
    case 30008:
        return "Vi kjende deg ikkje att denne gongen. Følg rettleiinga på skjermen og prøv igjen.";
    case 30009:
        return "Andletsverifisering treng kameraet ditt. Gje tilgang til kameraet i Innstillingar, og prøv igjen.";
    case 30010:
        return "Oppdater appen til nyaste versjon for å halde fram.";
    default:
        break;
    }
    if (code < 0) return "Noko gjekk gale. Prøv igjen.";
    if (code < 20000) return "Noko gjekk gale hos oss. Prøv igjen seinare.";
    if (code < 30000) return "Denne funksjonen er ikkje tilgjengeleg akkurat no. Prøv igjen seinare.";
    if (code < 40000) return "Vi kunne ikkje fullføre andletsskanninga. Sjå til at andletet ditt er godt opplyst og at ingenting dekkjer kameraet, og prøv igjen.";
    if (code < 50000) return "Noko gjekk gale. Prøv igjen seinare.";
    return "Vi kunne ikkje fullføre andletsskanninga. Sjå til at andletet ditt er godt opplyst og at ingenting dekkjer kameraet, og prøv igjen.";
}

static inline const char *user_message_30_of(int32_t code) {
    switch (code) {
    case 507:
        return "Wystąpił błąd po naszej stronie. Upewnij się, że aplikacja jest aktualna, i spróbuj ponownie.";
    case 512:
        return "Nie udało się potwierdzić, że to ty. Upewnij się, że twarz jest dobrze oświetlona, na środku kadru i niczym niezasłonięta, a potem spróbuj ponownie.";
    case 523:
    case 30007:
        return "Zbyt wiele prób. Odczekaj chwilę, zanim spróbujesz ponownie.";
    case 534:
        return "Twoje logowanie twarzą nie jest już aktywne. Aby kontynuować, skonfiguruj je ponownie.";
    case 535:
        return "Logowanie twarzą nie jest już aktywne na tym urządzeniu. Aby kontynuować, skonfiguruj je ponownie.";
    case 537:
        return "Coś poszło nie tak. Spróbuj ponownie, a jeśli problem się powtarza, odczekaj kilka minut.";
    case 539:
        return "Na tym koncie osiągnięto limit urządzeń. Usuń urządzenie, którego już nie używasz, lub skontaktuj się z pomocą techniczną.";
    case 1004:
        return "Nie udało się połączyć z serwerem. Sprawdź połączenie z internetem i spróbuj ponownie.";
    case 1131:
        return "Logowanie twarzą nie jest jeszcze skonfigurowane na tym urządzeniu. Aby kontynuować, skonfiguruj je.";
    case 1134:
        return "Coś poszło nie tak. Spróbuj ponownie.";
    case 1142:
        return "Sprawdź, czy data i godzina na urządzeniu są prawidłowe, a potem spróbuj ponownie. Może być konieczne ponowne skonfigurowanie logowania twarzą.";
    case 10004:
        return "Nie udało się użyć aparatu. Spróbuj ponownie później.";
    case 10100:
        return "Nie udało się dokończyć weryfikacji twarzy. Spróbuj ponownie później.";
    case 20000:
        return "Logowanie twarzą nie jest jeszcze skonfigurowane. Aby kontynuować, skonfiguruj je.";
    case 20001:
        return "Logowanie twarzą jest już skonfigurowane. Możesz logować się twarzą.";
    case 20013:
    case 40001:
        return "Usługa jest chwilowo niedostępna. Spróbuj ponownie później.";
    case 20021:
    case 20022:
        return "Weryfikacja twarzy jest teraz niedostępna na tym urządzeniu. Spróbuj ponownie później.";
    case 20023:
    case 20024:
    case 20300:
        return "Coś poszło nie tak. Spróbuj ponownie później.";
    case 20150:
        return "Nie udało się użyć tego linku. Spróbuj ponownie.";
    case 30000:
        return "Nie udało się zweryfikować twarzy. Upewnij się, że twarz jest dobrze oświetlona i w pełni widoczna, a potem spróbuj ponownie.";
    case 30001:
        return "Czas minął. Spróbuj ponownie i ustaw twarz w kadrze, gdy tylko włączy się aparat.";
    case 30002:
        return "Twarz może być częściowo zasłonięta. Upewnij się, że nic jej nie zasłania, a potem spróbuj ponownie.";
    case 30003:
        return "Skanowanie twarzy zostało anulowane. Możesz spróbować ponownie, gdy tylko zechcesz.";
    case 30004:
        return "Nie udało się dopasować twarzy. Sprawdź, czy wybrane konto jest właściwe, a potem spróbuj ponownie.";
    case 30005:
        return "Wygląda na to, że nie masz połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.";
    case 30006:
    case 40002:
        return "Tego urządzenia nie można użyć do weryfikacji twarzy. Spróbuj na innym urządzeniu.";
    case 30008:
        return "Tym razem nie udało się cię rozpoznać. Postępuj zgodnie ze wskazówkami na ekranie i spróbuj ponownie.";
    case 30009:
        return "Weryfikacja twarzy wymaga aparatu. Zezwól na dostęp do aparatu w Ustawieniach, a potem spróbuj ponownie.";
    case 30010:
        return "Aby kontynuować, zaktualizuj aplikację do najnowszej wersji.";
    default:
        break;
    }
    if (code < 0) return "Coś poszło nie tak. Spróbuj ponownie.";
    if (code < 20000) return "Wystąpił błąd po naszej stronie. Spróbuj ponownie później.";
    if (code < 30000) return "Ta funkcja jest teraz niedostępna. Spróbuj ponownie później.";
    if (code < 40000) return "Nie udało się dokończyć skanowania twarzy. Upewnij się, że twarz jest dobrze oświetlona i nic nie zasłania aparatu, a potem spróbuj ponownie.";
    if (code < 50000) return "Coś poszło nie tak. Spróbuj ponownie później.";
    return "Nie udało się dokończyć skanowania twarzy. Upewnij się, że twarz jest dobrze oświetlona i nic nie zasłania aparatu, a potem spróbuj ponownie.";
}

static inline const char *user_message_31_of(int32_t code) {
    switch (code) {
    case 507:
        return "Algo deu errado do nosso lado. Verifique se o app está atualizado e tente novamente.";
    case 512:
        return "Não conseguimos confirmar que é você. Verifique se seu rosto está bem iluminado, centralizado e descoberto e tente novamente.";
    case 523:
    case 30007:
        return "Muitas tentativas. Aguarde um pouco antes de tentar novamente.";
    case 534:
        return "Seu login com reconhecimento facial não está mais ativo. Configure novamente para continuar.";
    case 535:
        return "O login com reconhecimento facial não está mais ativo neste dispositivo. Configure novamente para continuar.";
    case 537:
        return "Algo deu errado. Tente novamente ou, se o problema continuar, aguarde alguns minutos.";
    case 539:
        return "Esta conta atingiu o limite de dispositivos. Remova um dispositivo que você não usa mais ou entre em contato com o suporte.";
    case 1004:
        return "Não conseguimos acessar o servidor. Verifique sua conexão com a internet e tente novamente.";
    case 1131:
        return "O login com reconhecimento facial ainda não está configurado neste dispositivo. Configure para continuar.";
    case 1134:
        return "Algo deu errado. Tente novamente.";
    case 1142:
        return "Verifique se a data e a hora do seu dispositivo estão corretas e tente novamente. Talvez seja necessário configurar o login com reconhecimento facial de novo.";
    case 10004:
        return "Não foi possível usar a câmera. Tente novamente mais tarde.";
    case 10100:
        return "Não foi possível concluir a verificação facial. Tente novamente mais tarde.";
    case 20000:
        return "O login com reconhecimento facial ainda não está configurado. Configure para continuar.";
    case 20001:
        return "O login com reconhecimento facial já está configurado. Você pode entrar usando seu rosto.";
    case 20013:
    case 40001:
        return "Este serviço está temporariamente indisponível. Tente novamente mais tarde.";
    case 20021:
    case 20022:
        return "No momento, não é possível fazer a verificação facial neste dispositivo. Tente novamente mais tarde.";
    case 20023:
    case 20024:
    case 20300:
        return "Algo deu errado. Tente novamente mais tarde.";
    case 20150:
        return "Não foi possível usar este link. Tente novamente.";
    case 30000:
        return "Não conseguimos verificar seu rosto. Verifique se ele está bem iluminado e totalmente visível e tente novamente.";
    case 30001:
        return "O tempo acabou. Posicione seu rosto na frente da câmera assim que ela abrir e tente novamente.";
    case 30002:
        return "Seu rosto pode estar parcialmente coberto. Verifique se nada está cobrindo seu rosto e tente novamente.";
    case 30003:
        return "A leitura facial foi cancelada. Você pode tentar novamente quando quiser.";
    case 30004:
        return "Não conseguimos reconhecer seu rosto. Confira se você escolheu a conta certa e tente novamente.";
    case 30005:
        return "Parece que você está off-line. Verifique sua conexão com a internet e tente novamente.";
    case 30006:
    case 40002:
        return "Este dispositivo não pode ser usado para a verificação facial. Tente em outro dispositivo.";
    case 30008:
        return "Desta vez não conseguimos reconhecer você. Siga as orientações na tela e tente novamente.";
    case 30009:
        return "A verificação facial precisa da sua câmera. Permita o acesso à câmera nas configurações do celular e tente novamente.";
    case 30010:
        return "Atualize o app para a versão mais recente para continuar.";
    default:
        break;
    }
    if (code < 0) return "Algo deu errado. Tente novamente.";
    if (code < 20000) return "Algo deu errado do nosso lado. Tente novamente mais tarde.";
    if (code < 30000) return "Este recurso não está disponível no momento. Tente novamente mais tarde.";
    if (code < 40000) return "Não conseguimos concluir a leitura facial. Verifique se seu rosto está bem iluminado e se nada está bloqueando a câmera e tente novamente.";
    if (code < 50000) return "Algo deu errado. Tente novamente mais tarde.";
    return "Não conseguimos concluir a leitura facial. Verifique se seu rosto está bem iluminado e se nada está bloqueando a câmera e tente novamente.";
}

static inline const char *user_message_32_of(int32_t code) {
    switch (code) {
    case 507:
        return "Ocorreu um erro do nosso lado. Certifique-se de que a aplicação está atualizada e tente novamente.";
    case 512:
        return "Não foi possível confirmar a sua identidade. Certifique-se de que o rosto está bem iluminado, centrado e descoberto e tente novamente.";
    case 523:
    case 30007:
        return "Demasiadas tentativas. Aguarde um pouco antes de tentar novamente.";
    case 534:
        return "O seu início de sessão com reconhecimento facial já não está ativo. Configure-o novamente para continuar.";
    case 535:
        return "O início de sessão com reconhecimento facial já não está ativo neste dispositivo. Configure-o novamente para continuar.";
    case 537:
        return "Ocorreu um erro. Tente novamente ou, se o problema persistir, aguarde alguns minutos.";
    case 539:
        return "Esta conta atingiu o limite de dispositivos. Remova um dispositivo que já não utilize ou contacte o apoio ao cliente.";
    case 1004:
        return "Não foi possível contactar o servidor. Verifique a sua ligação à Internet e tente novamente.";
    case 1131:
        return "O início de sessão com reconhecimento facial ainda não está configurado neste dispositivo. Configure-o para continuar.";
    case 1134:
        return "Ocorreu um erro. Tente novamente.";
    case 1142:
        return "Verifique se a data e a hora do dispositivo estão corretas e tente novamente. Poderá ter de configurar novamente o início de sessão com reconhecimento facial.";
    case 10004:
        return "Não foi possível utilizar a câmara. Tente novamente mais tarde.";
    case 10100:
        return "Não foi possível concluir a verificação facial. Tente novamente mais tarde.";
    case 20000:
        return "O início de sessão com reconhecimento facial ainda não está configurado. Configure-o para continuar.";
    case 20001:
        return "O início de sessão com reconhecimento facial já está configurado. Pode iniciar sessão com o seu rosto.";
    case 20013:
    case 40001:
        return "Este serviço está temporariamente indisponível. Tente novamente mais tarde.";
    case 20021:
    case 20022:
        return "De momento, não é possível efetuar a verificação facial neste dispositivo. Tente novamente mais tarde.";
    case 20023:
    case 20024:
    case 20300:
        return "Ocorreu um erro. Tente novamente mais tarde.";
    case 20150:
        return "Não foi possível utilizar este link. Tente novamente.";
    case 30000:
        return "Não foi possível verificar o seu rosto. Certifique-se de que está bem iluminado e totalmente visível e tente novamente.";
    case 30001:
        return "O tempo esgotou-se. Posicione o rosto em frente à câmara assim que esta abrir e tente novamente.";
    case 30002:
        return "O seu rosto pode estar parcialmente tapado. Certifique-se de que nada o está a tapar e tente novamente.";
    case 30003:
        return "A leitura facial foi cancelada. Pode tentar novamente quando quiser.";
    case 30004:
        return "Não foi possível reconhecer o seu rosto. Confirme que escolheu a conta certa e tente novamente.";
    case 30005:
        return "Parece que não tem ligação. Verifique a sua ligação à Internet e tente novamente.";
    case 30006:
    case 40002:
        return "Este dispositivo não pode ser utilizado para a verificação facial. Experimente noutro dispositivo.";
    case 30008:
        return "Desta vez não foi possível concluir o reconhecimento. Siga as indicações no ecrã e tente novamente.";
    case 30009:
        return "A verificação facial precisa da câmara. Permita o acesso à câmara nas definições do telemóvel e tente novamente.";
    case 30010:
        return "Atualize a aplicação para a versão mais recente para continuar.";
    default:
        break;
    }
    if (code < 0) return "Ocorreu um erro. Tente novamente.";
    if (code < 20000) return "Ocorreu um erro do nosso lado. Tente novamente mais tarde.";
    if (code < 30000) return "Esta funcionalidade não está disponível de momento. Tente novamente mais tarde.";
    if (code < 40000) return "Não foi possível concluir a leitura facial. Certifique-se de que o rosto está bem iluminado e de que nada está a tapar a câmara e tente novamente.";
    if (code < 50000) return "Ocorreu um erro. Tente novamente mais tarde.";
    return "Não foi possível concluir a leitura facial. Certifique-se de que o rosto está bem iluminado e de que nada está a tapar a câmara e tente novamente.";
}

static inline const char *user_message_33_of(int32_t code) {
    switch (code) {
    case 507:
        return "A apărut o problemă din partea noastră. Asigurați-vă că aplicația este actualizată și încercați din nou.";
    case 512:
        return "Nu am putut confirma că sunteți dumneavoastră. Asigurați-vă că fața este bine luminată, centrată și neacoperită, apoi încercați din nou.";
    case 523:
    case 30007:
        return "Prea multe încercări. Așteptați puțin înainte de a încerca din nou.";
    case 534:
        return "Autentificarea facială nu mai este activă. Configurați-o din nou pentru a continua.";
    case 535:
        return "Autentificarea facială nu mai este activă pe acest dispozitiv. Configurați-o din nou pentru a continua.";
    case 537:
        return "A apărut o problemă. Încercați din nou sau, dacă problema persistă, așteptați câteva minute.";
    case 539:
        return "Acest cont a atins limita de dispozitive. Eliminați un dispozitiv pe care nu îl mai folosiți sau contactați echipa de asistență.";
    case 1004:
        return "Nu am putut accesa serverul. Verificați conexiunea la internet și încercați din nou.";
    case 1131:
        return "Autentificarea facială nu este încă configurată pe acest dispozitiv. Configurați-o pentru a continua.";
    case 1134:
        return "A apărut o problemă. Încercați din nou.";
    case 1142:
        return "Verificați dacă data și ora dispozitivului sunt corecte, apoi încercați din nou. Poate fi necesar să configurați din nou autentificarea facială.";
    case 10004:
        return "Camera nu a putut fi folosită. Încercați din nou mai târziu.";
    case 10100:
        return "Verificarea facială nu a putut fi finalizată. Încercați din nou mai târziu.";
    case 20000:
        return "Autentificarea facială nu este încă configurată. Configurați-o pentru a continua.";
    case 20001:
        return "Autentificarea facială este deja configurată. Vă puteți autentifica folosind fața.";
    case 20013:
    case 40001:
        return "Acest serviciu este temporar indisponibil. Încercați din nou mai târziu.";
    case 20021:
    case 20022:
        return "Verificarea facială nu este posibilă momentan pe acest dispozitiv. Încercați din nou mai târziu.";
    case 20023:
    case 20024:
    case 20300:
        return "A apărut o problemă. Încercați din nou mai târziu.";
    case 20150:
        return "Acest link nu a putut fi folosit. Încercați din nou.";
    case 30000:
        return "Nu v-am putut verifica fața. Asigurați-vă că este bine luminată și complet vizibilă, apoi încercați din nou.";
    case 30001:
        return "Timpul a expirat. Încadrați-vă fața imediat ce se deschide camera, apoi încercați din nou.";
    case 30002:
        return "Este posibil ca fața să vă fie parțial acoperită. Asigurați-vă că nimic nu vă acoperă fața, apoi încercați din nou.";
    case 30003:
        return "Scanarea feței a fost anulată. Puteți încerca din nou oricând doriți.";
    case 30004:
        return "Nu v-am putut recunoaște fața. Verificați dacă ați ales contul corect, apoi încercați din nou.";
    case 30005:
        return "Se pare că nu aveți conexiune la internet. Verificați conexiunea și încercați din nou.";
    case 30006:
    case 40002:
        return "Acest dispozitiv nu poate fi folosit pentru verificarea facială. Încercați pe alt dispozitiv.";
    case 30008:
        return "De data aceasta nu v-am putut recunoaște. Urmați instrucțiunile de pe ecran și încercați din nou.";
    case 30009:
        return "Verificarea facială necesită acces la cameră. Permiteți accesul la cameră din setările telefonului, apoi încercați din nou.";
    case 30010:
        return "Actualizați aplicația la cea mai recentă versiune pentru a continua.";
    default:
        break;
    }
    if (code < 0) return "A apărut o problemă. Încercați din nou.";
    if (code < 20000) return "A apărut o problemă din partea noastră. Încercați din nou mai târziu.";
    if (code < 30000) return "Această funcție nu este disponibilă momentan. Încercați din nou mai târziu.";
    if (code < 40000) return "Nu am putut finaliza scanarea feței. Asigurați-vă că fața este bine luminată și că nimic nu blochează camera, apoi încercați din nou.";
    if (code < 50000) return "A apărut o problemă. Încercați din nou mai târziu.";
    return "Nu am putut finaliza scanarea feței. Asigurați-vă că fața este bine luminată și că nimic nu blochează camera, apoi încercați din nou.";
}

static inline const char *user_message_34_of(int32_t code) {
    switch (code) {
    case 507:
        return "На нашей стороне произошла ошибка. Убедитесь, что приложение обновлено, и повторите попытку.";
    case 512:
        return "Не удалось подтвердить, что это вы. Убедитесь, что лицо хорошо освещено, находится в центре и ничем не закрыто, и повторите попытку.";
    case 523:
    case 30007:
        return "Слишком много попыток. Подождите немного и повторите попытку.";
    case 534:
        return "Вход по лицу больше не активен. Чтобы продолжить, настройте его заново.";
    case 535:
        return "Вход по лицу на этом устройстве больше не активен. Чтобы продолжить, настройте его заново.";
    case 537:
        return "Что-то пошло не так. Повторите попытку или подождите несколько минут, если ошибка повторяется.";
    case 539:
        return "Для этого аккаунта достигнут лимит устройств. Удалите устройство, которым больше не пользуетесь, или обратитесь в службу поддержки.";
    case 1004:
        return "Не удалось связаться с сервером. Проверьте подключение к интернету и повторите попытку.";
    case 1131:
        return "Вход по лицу на этом устройстве ещё не настроен. Чтобы продолжить, настройте его.";
    case 1134:
        return "Что-то пошло не так. Повторите попытку.";
    case 1142:
        return "Проверьте, правильно ли установлены дата и время на устройстве, и повторите попытку. Возможно, потребуется заново настроить вход по лицу.";
    case 10004:
        return "Не удалось использовать камеру. Повторите попытку позже.";
    case 10100:
        return "Не удалось завершить проверку лица. Повторите попытку позже.";
    case 20000:
        return "Вход по лицу ещё не настроен. Чтобы продолжить, настройте его.";
    case 20001:
        return "Вход по лицу уже настроен. Вы можете входить по лицу.";
    case 20013:
    case 40001:
        return "Сервис временно недоступен. Повторите попытку позже.";
    case 20021:
    case 20022:
        return "Сейчас на этом устройстве невозможно выполнить проверку лица. Повторите попытку позже.";
    case 20023:
    case 20024:
    case 20300:
        return "Что-то пошло не так. Повторите попытку позже.";
    case 20150:
        return "Не удалось использовать эту ссылку. Повторите попытку.";
    case 30000:
        return "Не удалось проверить ваше лицо. Убедитесь, что лицо хорошо освещено и полностью видно, и повторите попытку.";
    case 30001:
        return "Время истекло. Повторите попытку и держите лицо в кадре сразу после включения камеры.";
    case 30002:
        return "Возможно, лицо частично закрыто. Убедитесь, что его ничто не закрывает, и повторите попытку.";
    case 30003:
        return "Сканирование лица отменено. Вы можете повторить попытку, когда будете готовы.";
    case 30004:
        return "Не удалось сопоставить ваше лицо. Проверьте, что выбран нужный аккаунт, и повторите попытку.";
    case 30005:
        return "Похоже, вы не в сети. Проверьте подключение к интернету и повторите попытку.";
    case 30006:
    case 40002:
        return "Это устройство нельзя использовать для проверки лица. Попробуйте на другом устройстве.";
    case 30008:
        return "На этот раз не удалось вас распознать. Следуйте подсказкам на экране и повторите попытку.";
    case 30009:
        return "Для проверки лица нужна камера. Разрешите доступ к камере в настройках и повторите попытку.";
    case 30010:
        return "Чтобы продолжить, обновите приложение до последней версии.";
    default:
        break;
    }
    if (code < 0) return "Что-то пошло не так. Повторите попытку.";
    if (code < 20000) return "На нашей стороне произошла ошибка. Повторите попытку позже.";
    if (code < 30000) return "Эта функция сейчас недоступна. Повторите попытку позже.";
    if (code < 40000) return "Не удалось завершить сканирование лица. Убедитесь, что лицо хорошо освещено и ничто не закрывает камеру, и повторите попытку.";
    if (code < 50000) return "Что-то пошло не так. Повторите попытку позже.";
    return "Не удалось завершить сканирование лица. Убедитесь, что лицо хорошо освещено и ничто не закрывает камеру, и повторите попытку.";
}

static inline const char *user_message_35_of(int32_t code) {
    switch (code) {
    case 507:
        return "Na našej strane sa vyskytla chyba. Uistite sa, že máte aktuálnu verziu aplikácie, a skúste to znova.";
    case 512:
        return "Nepodarilo sa potvrdiť, že ste to vy. Uistite sa, že je vaša tvár dobre osvetlená, v strede záberu a nič ju nezakrýva, a skúste to znova.";
    case 523:
    case 30007:
        return "Príliš veľa pokusov. Chvíľu počkajte a potom to skúste znova.";
    case 534:
        return "Vaše prihlasovanie tvárou už nie je aktívne. Ak chcete pokračovať, nastavte ho znova.";
    case 535:
        return "Prihlasovanie tvárou už na tomto zariadení nie je aktívne. Ak chcete pokračovať, nastavte ho znova.";
    case 537:
        return "Niečo sa pokazilo. Skúste to znova. Ak problém pretrváva, počkajte niekoľko minút.";
    case 539:
        return "Tento účet dosiahol limit zariadení. Odstráňte zariadenie, ktoré už nepoužívate, alebo kontaktujte podporu.";
    case 1004:
        return "Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie k internetu a skúste to znova.";
    case 1131:
        return "Prihlasovanie tvárou na tomto zariadení ešte nie je nastavené. Ak chcete pokračovať, nastavte ho.";
    case 1134:
        return "Niečo sa pokazilo. Skúste to znova.";
    case 1142:
        return "Skontrolujte, či máte v zariadení správny dátum a čas, a skúste to znova. Možno bude potrebné znova nastaviť prihlasovanie tvárou.";
    case 10004:
        return "Fotoaparát sa nepodarilo použiť. Skúste to znova neskôr.";
    case 10100:
        return "Overenie tváre sa nepodarilo dokončiť. Skúste to znova neskôr.";
    case 20000:
        return "Prihlasovanie tvárou ešte nie je nastavené. Ak chcete pokračovať, nastavte ho.";
    case 20001:
        return "Prihlasovanie tvárou je už nastavené. Môžete sa prihlásiť tvárou.";
    case 20013:
    case 40001:
        return "Služba je dočasne nedostupná. Skúste to znova neskôr.";
    case 20021:
    case 20022:
        return "Overenie tváre teraz na tomto zariadení nie je možné. Skúste to znova neskôr.";
    case 20023:
    case 20024:
    case 20300:
        return "Niečo sa pokazilo. Skúste to znova neskôr.";
    case 20150:
        return "Tento odkaz sa nepodarilo použiť. Skúste to znova.";
    case 30000:
        return "Nepodarilo sa overiť vašu tvár. Uistite sa, že je dobre osvetlená a celá viditeľná, a skúste to znova.";
    case 30001:
        return "Čas vypršal. Skúste to znova a hneď po spustení fotoaparátu majte tvár v zábere.";
    case 30002:
        return "Vaša tvár môže byť čiastočne zakrytá. Uistite sa, že ju nič nezakrýva, a skúste to znova.";
    case 30003:
        return "Skenovanie tváre bolo zrušené. Môžete to skúsiť znova, kedykoľvek budete chcieť.";
    case 30004:
        return "Nepodarilo sa overiť zhodu tváre. Skontrolujte, či je vybraný správny účet, a skúste to znova.";
    case 30005:
        return "Vyzerá to, že nemáte pripojenie k internetu. Skontrolujte pripojenie a skúste to znova.";
    case 30006:
    case 40002:
        return "Toto zariadenie nemožno použiť na overenie tváre. Skúste to na inom zariadení.";
    case 30008:
        return "Tentoraz sa vás nepodarilo rozpoznať. Postupujte podľa pokynov na obrazovke a skúste to znova.";
    case 30009:
        return "Na overenie tváre je potrebný fotoaparát. Povoľte v Nastaveniach prístup k fotoaparátu a skúste to znova.";
    case 30010:
        return "Ak chcete pokračovať, aktualizujte aplikáciu na najnovšiu verziu.";
    default:
        break;
    }
    if (code < 0) return "Niečo sa pokazilo. Skúste to znova.";
    if (code < 20000) return "Na našej strane sa vyskytla chyba. Skúste to znova neskôr.";
    if (code < 30000) return "Táto funkcia teraz nie je dostupná. Skúste to znova neskôr.";
    if (code < 40000) return "Skenovanie tváre sa nepodarilo dokončiť. Uistite sa, že je vaša tvár dobre osvetlená a nič nezakrýva fotoaparát, a skúste to znova.";
    if (code < 50000) return "Niečo sa pokazilo. Skúste to znova neskôr.";
    return "Skenovanie tváre sa nepodarilo dokončiť. Uistite sa, že je vaša tvár dobre osvetlená a nič nezakrýva fotoaparát, a skúste to znova.";
}

static inline const char *user_message_36_of(int32_t code) {
    switch (code) {
    case 507:
        return "Na naši strani je prišlo do napake. Preverite, ali je aplikacija posodobljena, in poskusite znova.";
    case 512:
        return "Vaše identitete nismo mogli potrditi. Preverite, ali je vaš obraz dobro osvetljen, na sredini in nepokrit, ter poskusite znova.";
    case 523:
    case 30007:
        return "Preveč poskusov. Počakajte nekaj časa, preden poskusite znova.";
    case 534:
        return "Vaša prijava z obrazom ni več aktivna. Če želite nadaljevati, jo znova nastavite.";
    case 535:
        return "Prijava z obrazom v tej napravi ni več aktivna. Če želite nadaljevati, jo znova nastavite.";
    case 537:
        return "Prišlo je do napake. Poskusite znova ali, če se težava ponavlja, počakajte nekaj minut.";
    case 539:
        return "Ta račun je dosegel največje dovoljeno število naprav. Odstranite napravo, ki je ne uporabljate več, ali se obrnite na podporo.";
    case 1004:
        return "Strežnika nismo mogli doseči. Preverite internetno povezavo in poskusite znova.";
    case 1131:
        return "Prijava z obrazom v tej napravi še ni nastavljena. Če želite nadaljevati, jo nastavite.";
    case 1134:
        return "Prišlo je do napake. Poskusite znova.";
    case 1142:
        return "Preverite, ali sta datum in ura v vaši napravi pravilna, in poskusite znova. Morda boste morali prijavo z obrazom znova nastaviti.";
    case 10004:
        return "Kamere ni bilo mogoče uporabiti. Poskusite znova pozneje.";
    case 10100:
        return "Preverjanja obraza ni bilo mogoče dokončati. Poskusite znova pozneje.";
    case 20000:
        return "Prijava z obrazom še ni nastavljena. Če želite nadaljevati, jo nastavite.";
    case 20001:
        return "Prijava z obrazom je že nastavljena. Prijavite se lahko z obrazom.";
    case 20013:
    case 40001:
        return "Ta storitev začasno ni na voljo. Poskusite znova pozneje.";
    case 20021:
    case 20022:
        return "Preverjanja obraza v tej napravi trenutno ni mogoče izvesti. Poskusite znova pozneje.";
    case 20023:
    case 20024:
    case 20300:
        return "Prišlo je do napake. Poskusite znova pozneje.";
    case 20150:
        return "Te povezave ni bilo mogoče uporabiti. Poskusite znova.";
    case 30000:
        return "Vašega obraza nismo mogli preveriti. Preverite, ali je obraz dobro osvetljen in v celoti viden, ter poskusite znova.";
    case 30001:
        return "Čas je potekel. Ko se kamera odpre, takoj usmerite obraz vanjo in poskusite znova.";
    case 30002:
        return "Vaš obraz je morda delno zakrit. Prepričajte se, da vam obraza nič ne zakriva, in poskusite znova.";
    case 30003:
        return "Skeniranje obraza je bilo preklicano. Znova lahko poskusite, kadar koli želite.";
    case 30004:
        return "Vašega obraza nismo mogli prepoznati. Preverite, ali ste izbrali pravi račun, in poskusite znova.";
    case 30005:
        return "Videti je, da nimate povezave. Preverite internetno povezavo in poskusite znova.";
    case 30006:
    case 40002:
        return "Te naprave ni mogoče uporabiti za preverjanje obraza. Poskusite v drugi napravi.";
    case 30008:
        return "Tokrat vas nismo mogli prepoznati. Sledite navodilom na zaslonu in poskusite znova.";
    case 30009:
        return "Za preverjanje obraza je potrebna kamera. V nastavitvah telefona dovolite dostop do kamere in poskusite znova.";
    case 30010:
        return "Če želite nadaljevati, posodobite aplikacijo na najnovejšo različico.";
    default:
        break;
    }
    if (code < 0) return "Prišlo je do napake. Poskusite znova.";
    if (code < 20000) return "Na naši strani je prišlo do napake. Poskusite znova pozneje.";
    if (code < 30000) return "Ta funkcija trenutno ni na voljo. Poskusite znova pozneje.";
    if (code < 40000) return "Skeniranja obraza nismo mogli dokončati. Preverite, ali je obraz dobro osvetljen in ali kamere nič ne zakriva, ter poskusite znova.";
    if (code < 50000) return "Prišlo je do napake. Poskusite znova pozneje.";
    return "Skeniranja obraza nismo mogli dokončati. Preverite, ali je obraz dobro osvetljen in ali kamere nič ne zakriva, ter poskusite znova.";
}

static inline const char *user_message_37_of(int32_t code) {
    switch (code) {
    case 507:
        return "Något gick fel hos oss. Se till att appen är uppdaterad och försök igen.";
    case 512:
        return "Vi kunde inte bekräfta att det är du. Se till att ditt ansikte är väl belyst, centrerat och inte skymt, och försök sedan igen.";
    case 523:
    case 30007:
        return "För många försök. Vänta en stund innan du försöker igen.";
    case 534:
        return "Din inloggning med ansiktsigenkänning är inte längre aktiv. Konfigurera den igen för att fortsätta.";
    case 535:
        return "Inloggning med ansiktsigenkänning är inte längre aktiv på den här enheten. Konfigurera den igen för att fortsätta.";
    case 537:
        return "Något gick fel. Försök igen, eller vänta några minuter om det fortsätter att hända.";
    case 539:
        return "Det här kontot har nått gränsen för antal enheter. Ta bort en enhet som du inte längre använder, eller kontakta supporten.";
    case 1004:
        return "Vi kunde inte nå servern. Kontrollera din internetanslutning och försök igen.";
    case 1131:
        return "Inloggning med ansiktsigenkänning är inte konfigurerad på den här enheten än. Konfigurera den för att fortsätta.";
    case 1134:
        return "Något gick fel. Försök igen.";
    case 1142:
        return "Kontrollera att datum och tid på din enhet stämmer och försök sedan igen. Du kan behöva konfigurera inloggning med ansiktsigenkänning igen.";
    case 10004:
        return "Kameran kunde inte användas. Försök igen senare.";
    case 10100:
        return "Ansiktsverifieringen kunde inte slutföras. Försök igen senare.";
    case 20000:
        return "Inloggning med ansiktsigenkänning är inte konfigurerad än. Konfigurera den för att fortsätta.";
    case 20001:
        return "Inloggning med ansiktsigenkänning är redan konfigurerad. Du kan logga in med ditt ansikte.";
    case 20013:
    case 40001:
        return "Tjänsten är tillfälligt otillgänglig. Försök igen senare.";
    case 20021:
    case 20022:
        return "Ansiktsverifiering kan inte köras på den här enheten just nu. Försök igen senare.";
    case 20023:
    case 20024:
    case 20300:
        return "Något gick fel. Försök igen senare.";
    case 20150:
        return "Länken kunde inte användas. Försök igen.";
    case 30000:
        return "Vi kunde inte verifiera ditt ansikte. Se till att ditt ansikte är väl belyst och helt synligt, och försök sedan igen.";
    case 30001:
        return "Tiden tog slut. Försök igen och håll ansiktet i bild så fort kameran öppnas.";
    case 30002:
        return "Ditt ansikte kan vara delvis skymt. Se till att inget döljer ansiktet och försök sedan igen.";
    case 30003:
        return "Ansiktsskanningen avbröts. Du kan försöka igen när du är redo.";
    case 30004:
        return "Vi kunde inte matcha ditt ansikte. Kontrollera att du har valt rätt konto och försök sedan igen.";
    case 30005:
        return "Du verkar vara offline. Kontrollera din internetanslutning och försök igen.";
    case 30006:
    case 40002:
        return "Den här enheten kan inte användas för ansiktsverifiering. Försök på en annan enhet.";
    case 30008:
        return "Vi kunde inte känna igen dig den här gången. Följ instruktionerna på skärmen och försök igen.";
    case 30009:
        return "Ansiktsverifiering behöver din kamera. Tillåt kameraåtkomst i Inställningar och försök sedan igen.";
    case 30010:
        return "Uppdatera appen till den senaste versionen för att fortsätta.";
    default:
        break;
    }
    if (code < 0) return "Något gick fel. Försök igen.";
    if (code < 20000) return "Något gick fel hos oss. Försök igen senare.";
    if (code < 30000) return "Den här funktionen är inte tillgänglig just nu. Försök igen senare.";
    if (code < 40000) return "Vi kunde inte slutföra ansiktsskanningen. Se till att ditt ansikte är väl belyst och att inget blockerar kameran, och försök sedan igen.";
    if (code < 50000) return "Något gick fel. Försök igen senare.";
    return "Vi kunde inte slutföra ansiktsskanningen. Se till att ditt ansikte är väl belyst och att inget blockerar kameran, och försök sedan igen.";
}

static inline const char *user_message_38_of(int32_t code) {
    switch (code) {
    case 507:
        return "เกิดข้อผิดพลาดจากระบบของเรา กรุณาตรวจสอบว่าแอปเป็นเวอร์ชันล่าสุด แล้วลองอีกครั้ง";
    case 512:
        return "เราไม่สามารถยืนยันตัวตนของคุณได้ กรุณาตรวจสอบว่าใบหน้าของคุณมีแสงสว่างเพียงพอ อยู่กึ่งกลาง และไม่มีสิ่งใดบัง แล้วลองอีกครั้ง";
    case 523:
    case 30007:
        return "มีการพยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองอีกครั้ง";
    case 534:
        return "การเข้าสู่ระบบด้วยใบหน้าของคุณใช้งานไม่ได้แล้ว กรุณาลงทะเบียนใหม่เพื่อดำเนินการต่อ";
    case 535:
        return "การเข้าสู่ระบบด้วยใบหน้าใช้งานไม่ได้แล้วบนอุปกรณ์นี้ กรุณาลงทะเบียนใหม่เพื่อดำเนินการต่อ";
    case 537:
        return "เกิดข้อผิดพลาด กรุณาลองอีกครั้ง หรือรอสักสองสามนาทีหากยังเกิดปัญหาอยู่";
    case 539:
        return "บัญชีนี้มีจำนวนอุปกรณ์ครบตามขีดจำกัดแล้ว กรุณานำอุปกรณ์ที่ไม่ได้ใช้แล้วออก หรือติดต่อฝ่ายบริการลูกค้า";
    case 1004:
        return "ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ได้ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง";
    case 1131:
        return "ยังไม่ได้ลงทะเบียนการเข้าสู่ระบบด้วยใบหน้าบนอุปกรณ์นี้ กรุณาลงทะเบียนเพื่อดำเนินการต่อ";
    case 1134:
        return "เกิดข้อผิดพลาด กรุณาลองอีกครั้ง";
    case 1142:
        return "กรุณาตรวจสอบว่าวันที่และเวลาของอุปกรณ์ถูกต้อง แล้วลองอีกครั้ง คุณอาจต้องลงทะเบียนการเข้าสู่ระบบด้วยใบหน้าใหม่";
    case 10004:
        return "ไม่สามารถใช้กล้องได้ กรุณาลองใหม่ภายหลัง";
    case 10100:
        return "การยืนยันใบหน้าไม่สำเร็จ กรุณาลองใหม่ภายหลัง";
    case 20000:
        return "ยังไม่ได้ลงทะเบียนการเข้าสู่ระบบด้วยใบหน้า กรุณาลงทะเบียนเพื่อดำเนินการต่อ";
    case 20001:
        return "ลงทะเบียนการเข้าสู่ระบบด้วยใบหน้าไว้แล้ว คุณเข้าสู่ระบบด้วยใบหน้าได้เลย";
    case 20013:
    case 40001:
        return "บริการนี้ไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่ภายหลัง";
    case 20021:
    case 20022:
        return "ไม่สามารถยืนยันใบหน้าบนอุปกรณ์นี้ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง";
    case 20023:
    case 20024:
    case 20300:
        return "เกิดข้อผิดพลาด กรุณาลองใหม่ภายหลัง";
    case 20150:
        return "ไม่สามารถใช้ลิงก์นี้ได้ กรุณาลองอีกครั้ง";
    case 30000:
        return "เราไม่สามารถยืนยันใบหน้าของคุณได้ กรุณาตรวจสอบว่าใบหน้ามีแสงสว่างเพียงพอและมองเห็นได้ทั้งหมด แล้วลองอีกครั้ง";
    case 30001:
        return "หมดเวลาแล้ว กรุณาให้ใบหน้าอยู่ในกรอบทันทีที่กล้องเปิดขึ้น แล้วลองอีกครั้ง";
    case 30002:
        return "ใบหน้าของคุณอาจถูกบังบางส่วน กรุณาตรวจสอบว่าไม่มีสิ่งใดบังใบหน้า แล้วลองอีกครั้ง";
    case 30003:
        return "ยกเลิกการสแกนใบหน้าแล้ว คุณลองอีกครั้งได้ทุกเมื่อที่พร้อม";
    case 30004:
        return "เราไม่สามารถจับคู่ใบหน้าของคุณได้ กรุณาตรวจสอบว่าเลือกบัญชีถูกต้อง แล้วลองอีกครั้ง";
    case 30005:
        return "ดูเหมือนว่าคุณจะออฟไลน์อยู่ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง";
    case 30006:
    case 40002:
        return "ไม่สามารถใช้อุปกรณ์นี้ยืนยันใบหน้าได้ กรุณาลองใช้อุปกรณ์อื่น";
    case 30008:
        return "ครั้งนี้เราไม่สามารถจดจำคุณได้ กรุณาทำตามคำแนะนำบนหน้าจอ แล้วลองอีกครั้ง";
    case 30009:
        return "การยืนยันใบหน้าต้องใช้กล้อง กรุณาอนุญาตการเข้าถึงกล้องในการตั้งค่า แล้วลองอีกครั้ง";
    case 30010:
        return "กรุณาอัปเดตแอปเป็นเวอร์ชันล่าสุดเพื่อดำเนินการต่อ";
    default:
        break;
    }
    if (code < 0) return "เกิดข้อผิดพลาด กรุณาลองอีกครั้ง";
    if (code < 20000) return "เกิดข้อผิดพลาดจากระบบของเรา กรุณาลองใหม่ภายหลัง";
    if (code < 30000) return "ฟีเจอร์นี้ไม่พร้อมใช้งานในขณะนี้ กรุณาลองใหม่ภายหลัง";
    if (code < 40000) return "เราไม่สามารถสแกนใบหน้าให้เสร็จสมบูรณ์ได้ กรุณาตรวจสอบว่าใบหน้ามีแสงสว่างเพียงพอและไม่มีสิ่งใดบังกล้อง แล้วลองอีกครั้ง";
    if (code < 50000) return "เกิดข้อผิดพลาด กรุณาลองใหม่ภายหลัง";
    return "เราไม่สามารถสแกนใบหน้าให้เสร็จสมบูรณ์ได้ กรุณาตรวจสอบว่าใบหน้ามีแสงสว่างเพียงพอและไม่มีสิ่งใดบังกล้อง แล้วลองอีกครั้ง";
}

static inline const char *user_message_39_of(int32_t code) {
    switch (code) {
    case 507:
        return "Bizim tarafımızda bir sorun oluştu. Lütfen uygulamanın güncel olduğundan emin olun ve tekrar deneyin.";
    case 512:
        return "Siz olduğunuzu doğrulayamadık. Yüzünüzün iyi aydınlatılmış, ortalanmış ve açıkta olduğundan emin olup tekrar deneyin.";
    case 523:
    case 30007:
        return "Çok fazla deneme yapıldı. Lütfen tekrar denemeden önce biraz bekleyin.";
    case 534:
        return "Yüzle girişiniz artık etkin değil. Devam etmek için lütfen yeniden kurun.";
    case 535:
        return "Yüzle giriş bu cihazda artık etkin değil. Devam etmek için lütfen yeniden kurun.";
    case 537:
        return "Bir sorun oluştu. Lütfen tekrar deneyin; sorun devam ederse birkaç dakika bekleyin.";
    case 539:
        return "Bu hesap cihaz sınırına ulaştı. Lütfen artık kullanmadığınız bir cihazı kaldırın veya destek ekibiyle iletişime geçin.";
    case 1004:
        return "Sunucuya ulaşamadık. Lütfen internet bağlantınızı kontrol edip tekrar deneyin.";
    case 1131:
        return "Yüzle giriş bu cihazda henüz kurulmadı. Devam etmek için lütfen kurun.";
    case 1134:
        return "Bir sorun oluştu. Lütfen tekrar deneyin.";
    case 1142:
        return "Lütfen cihazınızın tarih ve saatinin doğru olduğunu kontrol edip tekrar deneyin. Yüzle girişi yeniden kurmanız gerekebilir.";
    case 10004:
        return "Kamera kullanılamadı. Lütfen daha sonra tekrar deneyin.";
    case 10100:
        return "Yüz doğrulama tamamlanamadı. Lütfen daha sonra tekrar deneyin.";
    case 20000:
        return "Yüzle giriş henüz kurulmadı. Devam etmek için lütfen kurun.";
    case 20001:
        return "Yüzle giriş zaten kurulu. Yüzünüzle giriş yapabilirsiniz.";
    case 20013:
    case 40001:
        return "Bu hizmet geçici olarak kullanılamıyor. Lütfen daha sonra tekrar deneyin.";
    case 20021:
    case 20022:
        return "Yüz doğrulama şu anda bu cihazda çalıştırılamıyor. Lütfen daha sonra tekrar deneyin.";
    case 20023:
    case 20024:
    case 20300:
        return "Bir sorun oluştu. Lütfen daha sonra tekrar deneyin.";
    case 20150:
        return "Bu bağlantı kullanılamadı. Lütfen tekrar deneyin.";
    case 30000:
        return "Yüzünüzü doğrulayamadık. Yüzünüzün iyi aydınlatılmış ve tamamen görünür olduğundan emin olup tekrar deneyin.";
    case 30001:
        return "Süre doldu. Tekrar deneyin ve kamera açılır açılmaz yüzünüzü kadrajda tutun.";
    case 30002:
        return "Yüzünüzün bir kısmı kapalı olabilir. Yüzünüzü hiçbir şeyin kapatmadığından emin olup tekrar deneyin.";
    case 30003:
        return "Yüz taraması iptal edildi. Hazır olduğunuzda tekrar deneyebilirsiniz.";
    case 30004:
        return "Yüzünüzü eşleştiremedik. Doğru hesabı seçtiğinizden emin olup tekrar deneyin.";
    case 30005:
        return "Çevrimdışı görünüyorsunuz. Lütfen internet bağlantınızı kontrol edip tekrar deneyin.";
    case 30006:
    case 40002:
        return "Bu cihaz yüz doğrulama için kullanılamıyor. Lütfen başka bir cihazda deneyin.";
    case 30008:
        return "Bu sefer sizi tanıyamadık. Ekrandaki yönergeleri izleyip tekrar deneyin.";
    case 30009:
        return "Yüz doğrulama için kameranız gerekiyor. Lütfen Ayarlar'dan kamera erişimine izin verip tekrar deneyin.";
    case 30010:
        return "Devam etmek için lütfen uygulamayı en son sürüme güncelleyin.";
    default:
        break;
    }
    if (code < 0) return "Bir sorun oluştu. Lütfen tekrar deneyin.";
    if (code < 20000) return "Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.";
    if (code < 30000) return "Bu özellik şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin.";
    if (code < 40000) return "Yüz taraması tamamlanamadı. Yüzünüzün iyi aydınlatıldığından ve kamerayı hiçbir şeyin engellemediğinden emin olup tekrar deneyin.";
    if (code < 50000) return "Bir sorun oluştu. Lütfen daha sonra tekrar deneyin.";
    return "Yüz taraması tamamlanamadı. Yüzünüzün iyi aydınlatıldığından ve kamerayı hiçbir şeyin engellemediğinden emin olup tekrar deneyin.";
}

static inline const char *user_message_40_of(int32_t code) {
    switch (code) {
    case 507:
        return "Đã xảy ra lỗi từ phía chúng tôi. Vui lòng đảm bảo ứng dụng đã được cập nhật rồi thử lại.";
    case 512:
        return "Chúng tôi không thể xác nhận đó là bạn. Hãy đảm bảo khuôn mặt của bạn đủ sáng, ở giữa khung hình và không bị che, rồi thử lại.";
    case 523:
    case 30007:
        return "Quá nhiều lần thử. Vui lòng đợi một lát rồi thử lại.";
    case 534:
        return "Đăng nhập bằng khuôn mặt của bạn không còn hoạt động. Vui lòng thiết lập lại để tiếp tục.";
    case 535:
        return "Đăng nhập bằng khuôn mặt không còn hoạt động trên thiết bị này. Vui lòng thiết lập lại để tiếp tục.";
    case 537:
        return "Đã xảy ra lỗi. Vui lòng thử lại, hoặc đợi vài phút nếu lỗi vẫn tiếp diễn.";
    case 539:
        return "Tài khoản này đã đạt giới hạn số thiết bị. Vui lòng xóa một thiết bị bạn không còn dùng, hoặc liên hệ bộ phận hỗ trợ.";
    case 1004:
        return "Không thể kết nối với máy chủ. Vui lòng kiểm tra kết nối Internet rồi thử lại.";
    case 1131:
        return "Đăng nhập bằng khuôn mặt chưa được thiết lập trên thiết bị này. Vui lòng thiết lập để tiếp tục.";
    case 1134:
        return "Đã xảy ra lỗi. Vui lòng thử lại.";
    case 1142:
        return "Vui lòng kiểm tra xem ngày và giờ trên thiết bị của bạn đã chính xác chưa, rồi thử lại. Bạn có thể cần thiết lập lại đăng nhập bằng khuôn mặt.";
    case 10004:
        return "Không thể sử dụng camera. Vui lòng thử lại sau.";
    case 10100:
        return "Không thể hoàn tất xác minh khuôn mặt. Vui lòng thử lại sau.";
    case 20000:
        return "Đăng nhập bằng khuôn mặt chưa được thiết lập. Vui lòng thiết lập để tiếp tục.";
    case 20001:
        return "Đăng nhập bằng khuôn mặt đã được thiết lập. Bạn có thể đăng nhập bằng khuôn mặt của mình.";
    case 20013:
    case 40001:
        return "Dịch vụ này tạm thời không khả dụng. Vui lòng thử lại sau.";
    case 20021:
    case 20022:
        return "Hiện không thể xác minh khuôn mặt trên thiết bị này. Vui lòng thử lại sau.";
    case 20023:
    case 20024:
    case 20300:
        return "Đã xảy ra lỗi. Vui lòng thử lại sau.";
    case 20150:
        return "Không thể sử dụng liên kết này. Vui lòng thử lại.";
    case 30000:
        return "Chúng tôi không thể xác minh khuôn mặt của bạn. Hãy đảm bảo khuôn mặt đủ sáng và hiển thị đầy đủ, rồi thử lại.";
    case 30001:
        return "Đã hết thời gian. Hãy đưa khuôn mặt vào khung hình ngay khi camera mở, rồi thử lại.";
    case 30002:
        return "Khuôn mặt của bạn có thể đang bị che một phần. Hãy đảm bảo không có gì che khuôn mặt, rồi thử lại.";
    case 30003:
        return "Đã hủy quét khuôn mặt. Bạn có thể thử lại bất cứ khi nào sẵn sàng.";
    case 30004:
        return "Chúng tôi không thể khớp khuôn mặt của bạn. Hãy kiểm tra xem bạn đã chọn đúng tài khoản chưa, rồi thử lại.";
    case 30005:
        return "Có vẻ như bạn đang ngoại tuyến. Hãy kiểm tra kết nối Internet rồi thử lại.";
    case 30006:
    case 40002:
        return "Không thể dùng thiết bị này để xác minh khuôn mặt. Vui lòng thử trên thiết bị khác.";
    case 30008:
        return "Lần này chúng tôi chưa nhận diện được bạn. Hãy làm theo hướng dẫn trên màn hình rồi thử lại.";
    case 30009:
        return "Xác minh khuôn mặt cần dùng camera. Vui lòng cho phép truy cập camera trong phần Cài đặt, rồi thử lại.";
    case 30010:
        return "Vui lòng cập nhật ứng dụng lên phiên bản mới nhất để tiếp tục.";
    default:
        break;
    }
    if (code < 0) return "Đã xảy ra lỗi. Vui lòng thử lại.";
    if (code < 20000) return "Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại sau.";
    if (code < 30000) return "Tính năng này hiện không khả dụng. Vui lòng thử lại sau.";
    if (code < 40000) return "Chúng tôi không thể hoàn tất quét khuôn mặt. Hãy đảm bảo khuôn mặt đủ sáng và không có gì che camera, rồi thử lại.";
    if (code < 50000) return "Đã xảy ra lỗi. Vui lòng thử lại sau.";
    return "Chúng tôi không thể hoàn tất quét khuôn mặt. Hãy đảm bảo khuôn mặt đủ sáng và không có gì che camera, rồi thử lại.";
}

static inline const char *user_message_41_of(int32_t code) {
    switch (code) {
    case 507:
        return "我们这边出了点问题。请确认应用已更新到最新版本，然后重试。";
    case 512:
        return "未能确认是您本人。请确保脸部光线充足、位于画面中央且没有遮挡，然后重试。";
    case 523:
    case 30007:
        return "尝试次数过多。请稍等片刻再重试。";
    case 534:
        return "您的刷脸登录已失效。请重新开通以继续。";
    case 535:
        return "此设备上的刷脸登录已失效。请重新开通以继续。";
    case 537:
        return "出了点问题。请重试；如果问题反复出现，请过几分钟再试。";
    case 539:
        return "此账号的设备数量已达上限。请移除不再使用的设备，或联系客服。";
    case 1004:
        return "无法连接服务器。请检查您的网络连接，然后重试。";
    case 1131:
        return "此设备尚未开通刷脸登录。请开通后继续。";
    case 1134:
        return "出了点问题。请重试。";
    case 1142:
        return "请检查设备的日期和时间是否正确，然后重试。您可能需要重新开通刷脸登录。";
    case 10004:
        return "无法使用相机。请稍后重试。";
    case 10100:
        return "未能完成人脸验证。请稍后重试。";
    case 20000:
        return "尚未开通刷脸登录。请开通后继续。";
    case 20001:
        return "刷脸登录已开通。您可以直接刷脸登录。";
    case 20013:
    case 40001:
        return "此服务暂时不可用。请稍后重试。";
    case 20021:
    case 20022:
        return "此设备目前无法进行人脸验证。请稍后重试。";
    case 20023:
    case 20024:
    case 20300:
        return "出了点问题。请稍后重试。";
    case 20150:
        return "此链接无法使用。请重试。";
    case 30000:
        return "未能验证您的脸部。请确保脸部光线充足且完整可见，然后重试。";
    case 30001:
        return "已超时。请重试，并在相机打开后立即将脸部移入画面。";
    case 30002:
        return "您的脸部可能被部分遮挡。请确保脸部没有任何遮挡，然后重试。";
    case 30003:
        return "人脸扫描已取消。准备好后可随时重试。";
    case 30004:
        return "未能匹配您的脸部。请确认您选择了正确的账号，然后重试。";
    case 30005:
        return "您似乎处于离线状态。请检查网络连接，然后重试。";
    case 30006:
    case 40002:
        return "此设备无法用于人脸验证。请换一台设备再试。";
    case 30008:
        return "这次未能识别您的身份。请按照屏幕上的提示重试。";
    case 30009:
        return "人脸验证需要使用相机。请在设置中允许访问相机，然后重试。";
    case 30010:
        return "请将应用更新到最新版本以继续。";
    default:
        break;
    }
    if (code < 0) return "出了点问题。请重试。";
    if (code < 20000) return "我们这边出了点问题。请稍后重试。";
    if (code < 30000) return "此功能暂时无法使用。请稍后重试。";
    if (code < 40000) return "未能完成人脸扫描。请确保脸部光线充足且没有物体遮挡相机，然后重试。";
    if (code < 50000) return "出了点问题。请稍后重试。";
    return "未能完成人脸扫描。请确保脸部光线充足且没有物体遮挡相机，然后重试。";
}

static inline const char *user_message_42_of(int32_t code) {
    switch (code) {
    case 507:
        return "我們的系統發生問題。請確認應用程式已更新至最新版本，然後再試一次。";
    case 512:
        return "無法確認是您本人。請確認臉部光線充足、位於畫面中央且未被遮住，然後再試一次。";
    case 523:
    case 30007:
        return "嘗試次數過多。請稍候片刻再試。";
    case 534:
        return "您的臉部辨識登入已失效。請重新啟用以繼續。";
    case 535:
        return "此裝置上的臉部辨識登入已失效。請重新啟用以繼續。";
    case 537:
        return "發生錯誤。請再試一次，若問題持續發生，請等幾分鐘後再試。";
    case 539:
        return "此帳號的裝置數量已達上限。請移除不再使用的裝置，或聯絡客服。";
    case 1004:
        return "無法連線至伺服器。請檢查您的網路連線，然後再試一次。";
    case 1131:
        return "此裝置尚未啟用臉部辨識登入。請先啟用以繼續。";
    case 1134:
        return "發生錯誤。請再試一次。";
    case 1142:
        return "請確認裝置的日期和時間是否正確，然後再試一次。您可能需要重新啟用臉部辨識登入。";
    case 10004:
        return "無法使用相機。請稍後再試。";
    case 10100:
        return "無法完成臉部驗證。請稍後再試。";
    case 20000:
        return "尚未啟用臉部辨識登入。請先啟用以繼續。";
    case 20001:
        return "臉部辨識登入已啟用。您可以使用臉部登入。";
    case 20013:
    case 40001:
        return "此服務暫時無法使用。請稍後再試。";
    case 20021:
    case 20022:
        return "此裝置目前無法進行臉部驗證。請稍後再試。";
    case 20023:
    case 20024:
    case 20300:
        return "發生錯誤。請稍後再試。";
    case 20150:
        return "無法使用此連結。請再試一次。";
    case 30000:
        return "無法驗證您的臉部。請確認臉部光線充足且完整入鏡，然後再試一次。";
    case 30001:
        return "已逾時。請再試一次，並在相機開啟後立即讓臉部入鏡。";
    case 30002:
        return "您的臉部可能有部分被遮住。請確認沒有東西遮住臉部，然後再試一次。";
    case 30003:
        return "臉部掃描已取消。準備好後，隨時可以再試一次。";
    case 30004:
        return "無法比對您的臉部。請確認您選擇了正確的帳號，然後再試一次。";
    case 30005:
        return "您似乎處於離線狀態。請檢查網路連線，然後再試一次。";
    case 30006:
    case 40002:
        return "此裝置無法用於臉部驗證。請改用其他裝置。";
    case 30008:
        return "這次無法辨識您的身分。請依照螢幕上的指示再試一次。";
    case 30009:
        return "臉部驗證需要使用相機。請在設定中允許存取相機，然後再試一次。";
    case 30010:
        return "請將應用程式更新至最新版本以繼續。";
    default:
        break;
    }
    if (code < 0) return "發生錯誤。請再試一次。";
    if (code < 20000) return "我們的系統發生問題。請稍後再試。";
    if (code < 30000) return "此功能目前無法使用。請稍後再試。";
    if (code < 40000) return "無法完成臉部掃描。請確認臉部光線充足且沒有東西擋住相機，然後再試一次。";
    if (code < 50000) return "發生錯誤。請稍後再試。";
    return "無法完成臉部掃描。請確認臉部光線充足且沒有東西擋住相機，然後再試一次。";
}

static inline const char *user_message_43_of(int32_t code) {
    switch (code) {
    case 507:
        return "我們的系統出現問題。請確保應用程式已更新至最新版本，然後再試一次。";
    case 512:
        return "未能確認是你本人。請確保面部光線充足、位於畫面中央及沒有遮擋，然後再試一次。";
    case 523:
    case 30007:
        return "嘗試次數過多。請稍等片刻再試。";
    case 534:
        return "你的面部識別登入已失效。請重新啟用以繼續。";
    case 535:
        return "此裝置上的面部識別登入已失效。請重新啟用以繼續。";
    case 537:
        return "發生錯誤。請再試一次，如問題持續，請等候數分鐘後再試。";
    case 539:
        return "此帳戶的裝置數目已達上限。請移除不再使用的裝置，或聯絡客戶服務。";
    case 1004:
        return "未能連接伺服器。請檢查你的網絡連線，然後再試一次。";
    case 1131:
        return "此裝置尚未啟用面部識別登入。請先啟用以繼續。";
    case 1134:
        return "發生錯誤。請再試一次。";
    case 1142:
        return "請檢查裝置的日期及時間是否正確，然後再試一次。你可能需要重新啟用面部識別登入。";
    case 10004:
        return "未能使用相機。請稍後再試。";
    case 10100:
        return "未能完成面部驗證。請稍後再試。";
    case 20000:
        return "尚未啟用面部識別登入。請先啟用以繼續。";
    case 20001:
        return "面部識別登入已啟用。你可以使用面部登入。";
    case 20013:
    case 40001:
        return "此服務暫時未能提供。請稍後再試。";
    case 20021:
    case 20022:
        return "此裝置現時未能進行面部驗證。請稍後再試。";
    case 20023:
    case 20024:
    case 20300:
        return "發生錯誤。請稍後再試。";
    case 20150:
        return "未能使用此連結。請再試一次。";
    case 30000:
        return "未能驗證你的面部。請確保面部光線充足及完全可見，然後再試一次。";
    case 30001:
        return "已逾時。請再試一次，並在相機開啟後立即將面部置於畫面內。";
    case 30002:
        return "你的面部可能被部分遮擋。請確保沒有物件遮擋面部，然後再試一次。";
    case 30003:
        return "面部掃描已取消。準備好後可隨時再試。";
    case 30004:
        return "未能比對你的面部。請確認你已選擇正確的帳戶，然後再試一次。";
    case 30005:
        return "你似乎處於離線狀態。請檢查網絡連線，然後再試一次。";
    case 30006:
    case 40002:
        return "此裝置無法用於面部驗證。請改用其他裝置。";
    case 30008:
        return "這次未能識別你的身份。請按照螢幕上的指示再試一次。";
    case 30009:
        return "面部驗證需要使用相機。請在設定中允許存取相機，然後再試一次。";
    case 30010:
        return "請將應用程式更新至最新版本以繼續。";
    default:
        break;
    }
    if (code < 0) return "發生錯誤。請再試一次。";
    if (code < 20000) return "我們的系統出現問題。請稍後再試。";
    if (code < 30000) return "此功能暫時未能使用。請稍後再試。";
    if (code < 40000) return "未能完成面部掃描。請確保面部光線充足，且沒有物件遮擋相機，然後再試一次。";
    if (code < 50000) return "發生錯誤。請稍後再試。";
    return "未能完成面部掃描。請確保面部光線充足，且沒有物件遮擋相機，然後再試一次。";
}

const char *peer_error_user_message_localized(int32_t code, uint32_t locale) {
    switch (locale) {
    case 1:
        return user_message_1_of(code);
    case 2:
        return user_message_2_of(code);
    case 3:
        return user_message_3_of(code);
    case 4:
        return user_message_4_of(code);
    case 5:
        return user_message_5_of(code);
    case 6:
        return user_message_6_of(code);
    case 7:
        return user_message_7_of(code);
    case 8:
        return user_message_8_of(code);
    case 9:
        return user_message_9_of(code);
    case 10:
        return user_message_10_of(code);
    case 11:
        return user_message_11_of(code);
    case 12:
        return user_message_12_of(code);
    case 13:
        return user_message_13_of(code);
    case 14:
        return user_message_14_of(code);
    case 15:
        return user_message_15_of(code);
    case 16:
        return user_message_16_of(code);
    case 17:
        return user_message_17_of(code);
    case 18:
        return user_message_18_of(code);
    case 19:
        return user_message_19_of(code);
    case 20:
        return user_message_20_of(code);
    case 21:
        return user_message_21_of(code);
    case 22:
        return user_message_22_of(code);
    case 23:
        return user_message_23_of(code);
    case 24:
        return user_message_24_of(code);
    case 25:
        return user_message_25_of(code);
    case 26:
        return user_message_26_of(code);
    case 27:
        return user_message_27_of(code);
    case 28:
        return user_message_28_of(code);
    case 29:
        return user_message_29_of(code);
    case 30:
        return user_message_30_of(code);
    case 31:
        return user_message_31_of(code);
    case 32:
        return user_message_32_of(code);
    case 33:
        return user_message_33_of(code);
    case 34:
        return user_message_34_of(code);
    case 35:
        return user_message_35_of(code);
    case 36:
        return user_message_36_of(code);
    case 37:
        return user_message_37_of(code);
    case 38:
        return user_message_38_of(code);
    case 39:
        return user_message_39_of(code);
    case 40:
        return user_message_40_of(code);
    case 41:
        return user_message_41_of(code);
    case 42:
        return user_message_42_of(code);
    case 43:
        return user_message_43_of(code);
    default:
        return user_message_of(code);
    }
}

static const uint32_t carried_locales[44] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
};

size_t peer_error_locales(uint32_t *out, size_t capacity) {
    size_t count = sizeof carried_locales / sizeof carried_locales[0];
    if (out != NULL) {
        memcpy(out, carried_locales, (capacity < count ? capacity : count) * sizeof *out);
    }
    return count;
}
