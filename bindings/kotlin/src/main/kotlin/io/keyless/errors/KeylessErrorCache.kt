package io.keyless.errors

import java.util.Arrays
import java.util.Collections

/**
 * The documented codes' [KeylessError]s, read from the native library once, at first use.
 *
 * A Kotlin `object` is initialized by the JVM exactly once, under the class-initialization lock,
 * and its fields are then safely published to every thread: that gives the single thread-safe
 * pass without any lock or volatile read on the lookup path.
 */
internal object KeylessErrorCache {
    private val categories: Array<KeylessErrorCategory> = KeylessErrorCategory.values()
    private val actions: Array<KeylessErrorAction> = KeylessErrorAction.values()

    // java.util.Arrays rather than Kotlin's array extensions: loading their (large) facade class
    // added about 4 ms to this first use on the host JVM.

    /** Ascending, so that [lookup] can binary-search it without boxing the code. */
    private val knownCodes: IntArray = KeylessNative.knownCodes().also { Arrays.sort(it) }

    /** `knownErrors[i]` describes `knownCodes[i]`. */
    private val knownErrors: Array<KeylessError> = read(knownCodes)

    /** The read-only view that [KeylessErrors.all] returns. */
    val all: List<KeylessError> = Collections.unmodifiableList(Arrays.asList(*knownErrors))

    /** The cached instance of a documented code; a fresh read through JNI for any other. */
    fun lookup(code: Int): KeylessError {
        val index = Arrays.binarySearch(knownCodes, code)
        return if (index >= 0) knownErrors[index] else read(intArrayOf(code))[0]
    }

    /** Every property of each of [codes], from one native call. */
    fun read(codes: IntArray): Array<KeylessError> {
        val numbers = IntArray(codes.size * KeylessNative.NUMBER_FIELDS)
        val strings = arrayOfNulls<String>(codes.size * KeylessNative.STRING_FIELDS)
        KeylessNative.readEntries(codes, numbers, strings)
        return Array(codes.size) { index ->
            val number = index * KeylessNative.NUMBER_FIELDS
            val string = index * KeylessNative.STRING_FIELDS
            val replacedBy = numbers[number + KeylessNative.NUMBER_REPLACED_BY]
            KeylessError(
                code = codes[index],
                category = categoryOf(numbers[number + KeylessNative.NUMBER_CATEGORY]),
                action = actionOf(numbers[number + KeylessNative.NUMBER_ACTION]),
                name = stringAt(strings, string + KeylessNative.STRING_NAME),
                title = stringAt(strings, string + KeylessNative.STRING_TITLE),
                description = stringAt(strings, string + KeylessNative.STRING_DESCRIPTION),
                advice = stringAt(strings, string + KeylessNative.STRING_ADVICE),
                userMessage = stringAt(strings, string + KeylessNative.STRING_USER_MESSAGE),
                note = stringAt(strings, string + KeylessNative.STRING_NOTE),
                isKnown = numbers[number + KeylessNative.NUMBER_IS_KNOWN] != 0,
                isRetryable = numbers[number + KeylessNative.NUMBER_IS_RETRYABLE] != 0,
                isDeprecated = numbers[number + KeylessNative.NUMBER_IS_DEPRECATED] != 0,
                replacedBy = if (replacedBy == -1) null else replacedBy,
                logLine = stringAt(strings, string + KeylessNative.STRING_LOG_LINE)
            )
        }
    }

    private fun stringAt(strings: Array<String?>, position: Int): String =
        checkNotNull(strings[position]) { "the JNI glue left string $position unset" }

    // A native library newer than these enums may return a value they do not list. An error
    // description must never crash the app, so such values fall back to the neutral entry.
    private fun categoryOf(cValue: Int): KeylessErrorCategory =
        categories.firstOrNull { it.cValue == cValue } ?: KeylessErrorCategory.UNKNOWN

    private fun actionOf(cValue: Int): KeylessErrorAction =
        actions.firstOrNull { it.cValue == cValue } ?: KeylessErrorAction.NONE
}
