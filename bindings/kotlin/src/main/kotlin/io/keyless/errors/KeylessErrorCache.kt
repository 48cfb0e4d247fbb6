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

    /** Ascending, so that [lookup] can binary-search it without boxing the code. */
    private val knownCodes: IntArray = KeylessNative.knownCodes().apply { sort() }

    /** `knownErrors[i]` describes `knownCodes[i]`. */
    private val knownErrors: Array<KeylessError> = read(knownCodes)

    /** The read-only view that [KeylessErrors.all] returns. */
    val all: List<KeylessError> = Collections.unmodifiableList(knownErrors.asList())

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
            val number = { field: Int -> numbers[index * KeylessNative.NUMBER_FIELDS + field] }
            val string = { field: Int ->
                checkNotNull(strings[index * KeylessNative.STRING_FIELDS + field]) {
                    "the JNI glue left string $field of code ${codes[index]} unset"
                }
            }
            val replacedBy = number(KeylessNative.NUMBER_REPLACED_BY)
            KeylessError(
                code = codes[index],
                category = categoryOf(number(KeylessNative.NUMBER_CATEGORY)),
                action = actionOf(number(KeylessNative.NUMBER_ACTION)),
                name = string(KeylessNative.STRING_NAME),
                title = string(KeylessNative.STRING_TITLE),
                description = string(KeylessNative.STRING_DESCRIPTION),
                advice = string(KeylessNative.STRING_ADVICE),
                userMessage = string(KeylessNative.STRING_USER_MESSAGE),
                note = string(KeylessNative.STRING_NOTE),
                isKnown = number(KeylessNative.NUMBER_IS_KNOWN) != 0,
                isRetryable = number(KeylessNative.NUMBER_IS_RETRYABLE) != 0,
                isDeprecated = number(KeylessNative.NUMBER_IS_DEPRECATED) != 0,
                replacedBy = if (replacedBy == -1) null else replacedBy,
                logLine = string(KeylessNative.STRING_LOG_LINE)
            )
        }
    }

    // A native library newer than these enums may return a value they do not list. An error
    // description must never crash the app, so such values fall back to the neutral entry.
    private fun categoryOf(cValue: Int): KeylessErrorCategory =
        categories.firstOrNull { it.cValue == cValue } ?: KeylessErrorCategory.UNKNOWN

    private fun actionOf(cValue: Int): KeylessErrorAction =
        actions.firstOrNull { it.cValue == cValue } ?: KeylessErrorAction.NONE
}
