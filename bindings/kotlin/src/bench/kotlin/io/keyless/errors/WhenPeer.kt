// Generated from src/catalog.rs by tests/generated_files.rs (generator: tests/codegen/kotlin.rs);
// do not edit. Regenerate with `make regenerate`.
package io.keyless.errors

/**
 * The benchmark's peer: what an app developer would write by hand instead of the library, a `when`
 * over the documented codes returning their user messages as literals, and each category's
 * fallback message for every other code. It answers exactly what [KeylessError.userMessage] does.
 */
internal object WhenPeer {
    @JvmStatic
    fun userMessage(code: Int): String = when (code) {
        507 -> "Something went wrong on our side. Please make sure the app is up to date and try again."
        512 -> "We couldn't confirm it's you. Make sure your face is well lit, centered and uncovered, then try again."
        523 -> "Too many attempts. Please wait a little while before trying again."
        534 -> "Your face sign-in is no longer active. Please set it up again to continue."
        535 -> "Face sign-in is no longer active on this device. Please set it up again to continue."
        537 -> "Something went wrong. Please try again, or wait a few minutes if it keeps happening."
        539 -> "This account has reached its limit of devices. Please remove a device you no longer use, or contact support."
        1004 -> "We couldn't reach the server. Please check your internet connection and try again."
        1131 -> "Face sign-in isn't set up on this device yet. Please set it up to continue."
        1134 -> "Something went wrong. Please try again."
        1142 -> "Please check that your device's date and time are correct, then try again. You may need to set up face sign-in again."
        10000 -> "Something went wrong on our side. Please try again later."
        10001 -> "Something went wrong on our side. Please try again later."
        10003 -> "Something went wrong on our side. Please try again later."
        10004 -> "The camera couldn't be used. Please try again later."
        10005 -> "Something went wrong on our side. Please try again later."
        10006 -> "Something went wrong on our side. Please try again later."
        10100 -> "Face verification couldn't be completed. Please try again later."
        10200 -> "Something went wrong on our side. Please try again later."
        20000 -> "Face sign-in isn't set up yet. Please set it up to continue."
        20001 -> "Face sign-in is already set up. You can sign in with your face."
        20002 -> "This feature isn't available right now. Please try again later."
        20005 -> "This feature isn't available right now. Please try again later."
        20010 -> "This feature isn't available right now. Please try again later."
        20013 -> "This service is temporarily unavailable. Please try again later."
        20021 -> "Face verification can't run on this device right now. Please try again later."
        20022 -> "Face verification can't run on this device right now. Please try again later."
        20023 -> "Something went wrong. Please try again later."
        20024 -> "Something went wrong. Please try again later."
        20150 -> "This link couldn't be used. Please try again."
        20300 -> "Something went wrong. Please try again later."
        30000 -> "We couldn't verify your face. Make sure your face is well lit and fully visible, then try again."
        30001 -> "Time ran out. Hold your face in view as soon as the camera opens, then try again."
        30002 -> "Your face may be partly covered. Make sure nothing hides your face, then try again."
        30003 -> "The face scan was cancelled. You can try again whenever you're ready."
        30004 -> "We couldn't match your face. Check that you chose the right account, then try again."
        30005 -> "You seem to be offline. Check your internet connection and try again."
        30006 -> "This device can't be used for face verification. Please try on another device."
        30007 -> "Too many attempts. Please wait a little while before trying again."
        30008 -> "We couldn't recognize you this time. Follow the on-screen guidance and try again."
        30009 -> "Face verification needs your camera. Please allow camera access in Settings, then try again."
        30010 -> "Please update the app to the latest version to continue."
        40000 -> "Something went wrong. Please try again later."
        40001 -> "This service is temporarily unavailable. Please try again later."
        40002 -> "This device can't be used for face verification. Please try on another device."
        else -> when {
            code < 0 -> "Something went wrong. Please try again."
            code < 20000 -> "Something went wrong on our side. Please try again later."
            code < 30000 -> "This feature isn't available right now. Please try again later."
            code < 40000 -> "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again."
            code < 50000 -> "Something went wrong. Please try again later."
            else -> "We couldn't complete the face scan. Make sure your face is well lit and nothing blocks the camera, then try again."
        }
    }
}
