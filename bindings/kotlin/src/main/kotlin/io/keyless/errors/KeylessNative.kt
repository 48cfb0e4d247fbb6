package io.keyless.errors

/**
 * The JNI boundary: the only place that loads the native library and declares natives.
 *
 * The natives are registered by `JNI_OnLoad` in jni/keyless_errors_jni.c, by name and signature,
 * on this class. Renaming the class or a native, or changing a signature, needs the same change
 * there and in consumer-rules.pro (which keeps R8 from renaming them).
 *
 * Loading happens in the initializer, so the JVM runs it once, under its class-initialization
 * lock, before the first native call. The glue library depends on libkeyless_errors.so; the
 * dynamic linker finds it next to the glue (in the APK, or through the glue's run path on a
 * development machine), so one [System.loadLibrary] is enough.
 */
internal object KeylessNative {
    /** Ints per code in [readEntries]'s `numbers`, in this order (see the glue's `NUMBER_*`). */
    const val NUMBER_FIELDS: Int = 6
    const val NUMBER_CATEGORY: Int = 0
    const val NUMBER_ACTION: Int = 1
    const val NUMBER_IS_KNOWN: Int = 2
    const val NUMBER_IS_RETRYABLE: Int = 3
    const val NUMBER_IS_DEPRECATED: Int = 4
    /** The replacement code, or -1 when there is none (the C convention). */
    const val NUMBER_REPLACED_BY: Int = 5

    /** Strings per code in [readEntries]'s `strings`, in this order (see the glue's `STRING_*`). */
    const val STRING_FIELDS: Int = 7
    const val STRING_NAME: Int = 0
    const val STRING_TITLE: Int = 1
    const val STRING_DESCRIPTION: Int = 2
    const val STRING_ADVICE: Int = 3
    const val STRING_USER_MESSAGE: Int = 4
    const val STRING_NOTE: Int = 5
    /** The `keyless_error_format` line. */
    const val STRING_LOG_LINE: Int = 6

    init {
        System.loadLibrary("keyless_errors_jni")
    }

    /** Every documented code, as `keyless_error_codes` lists them. */
    @JvmStatic
    external fun knownCodes(): IntArray

    /**
     * Reads every property of each of [codes] in one native call: [NUMBER_FIELDS] ints per code
     * into [numbers] and [STRING_FIELDS] strings per code into [strings], code by code.
     *
     * @throws IllegalArgumentException when the arrays do not have exactly those sizes.
     */
    @JvmStatic
    external fun readEntries(codes: IntArray, numbers: IntArray, strings: Array<String?>)
}
