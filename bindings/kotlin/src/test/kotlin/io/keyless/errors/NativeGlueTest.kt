package io.keyless.errors

import java.lang.reflect.InvocationTargetException
import java.lang.reflect.Method
import java.util.Locale
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

/**
 * The JNI glue's own contract: it answers like the C API and turns bad calls into Java
 * exceptions, leaving the JVM healthy (the whole run is under -Xcheck:jni).
 *
 * The natives live in a private class (`KeylessError$Native`) that no app can call; this test
 * reaches them by reflection, as a misbehaving caller could.
 */
class NativeGlueTest {
    private val nativeClass = KeylessError.nativeClass()
    private val readEntries = native("readEntries", IntArray::class.java, IntArray::class.java)
    private val readUserMessages = native("readUserMessages", Int::class.javaPrimitiveType!!, IntArray::class.java, IntArray::class.java)
    private val readLocaleTags = native("readLocaleTags", IntArray::class.java, IntArray::class.java)
    private val resolveLocale = native("resolveLocale", String::class.java)

    private fun native(name: String, vararg parameters: Class<*>): Method =
        nativeClass.getDeclaredMethod(name, *parameters).also { it.isAccessible = true }

    /** Calls a native, unwrapping what it throws. */
    private fun call(method: Method, vararg arguments: Any?): Any? {
        try {
            return method.invoke(null, *arguments)
        } catch (thrown: InvocationTargetException) {
            throw thrown.cause!!
        }
    }

    private inline fun <reified T : Throwable> assertThrows(what: String, call: () -> Unit) {
        try {
            call()
            fail("$what: no ${T::class.java.simpleName}")
        } catch (expected: Throwable) {
            if (expected !is T) throw expected
        }
    }

    @Test
    fun knownCodesAreTheCApisList() {
        assertEquals(CApi.knownCodes, KeylessError.nativeKnownCodes().toList())
    }

    @Test
    fun readingNoCodesReadsNothing() {
        assertEquals(0, KeylessError.readFromNative(IntArray(0)).size)
        assertEquals(1, (call(readEntries, IntArray(0), IntArray(0)) as ByteArray).size) // the spare byte
    }

    @Test
    fun onePackedReadOfThousandsOfCodesAgreesWithTheCache() {
        val codes = IntArray(9_000) { it * 11 - 5_000 }
        val errors = KeylessError.readFromNative(codes)
        for ((index, code) in codes.withIndex()) {
            assertEquals(code, errors[index].code)
            assertEquals(KeylessErrors.lookup(code).toString(), errors[index].toString())
        }
    }

    @Test
    fun theRecordsHoldTheNumbersThenTheByteLengthOfEachString() {
        val code = KeylessErrors.SDK_CONFIGURE_FAILED_LEGACY
        val records = IntArray(RECORD_INTS)
        val bytes = call(readEntries, intArrayOf(code), records) as ByteArray
        assertEquals(KeylessErrors.SDK_CONFIGURE_FAILED, records[NUMBER_REPLACED_BY])
        assertEquals(1, records[NUMBER_IS_DEPRECATED])
        val lengths = (0 until STRING_FIELDS).map { records[NUMBER_FIELDS + it] }
        assertEquals(bytes.size - 1, lengths.sum())
        val name = String(bytes, lengths.take(STRING_NAME).sum(), lengths[STRING_NAME], Charsets.UTF_8)
        assertEquals("SDK_CONFIGURE_FAILED_LEGACY", name)
        val line = String(bytes, lengths.take(STRING_LOG_LINE).sum(), lengths[STRING_LOG_LINE], Charsets.UTF_8)
        assertEquals(CApi.answer(code, "format"), line)
    }

    @Test
    fun messagesCrossAsUtf8BytesIntactInEveryLocale() {
        // Each language's messages in one call; decoded from UTF-8 on this side, so no text goes
        // through JNI's Modified UTF-8.
        val codes = CApi.answeredCodes.toIntArray()
        for ((number, tag) in CApi.locales) {
            val lengths = IntArray(codes.size)
            val bytes = call(readUserMessages, number, codes, lengths) as ByteArray
            var offset = 0
            for ((index, code) in codes.withIndex()) {
                assertEquals("$code in $tag", CApi.localized(code, number), String(bytes, offset, lengths[index], Charsets.UTF_8))
                offset += lengths[index]
            }
            assertEquals(bytes.size - 1, offset)
        }
    }

    @Test
    fun aLocaleNumberTheLibraryDoesNotCarryAnswersEnglish() {
        val codes = intArrayOf(KeylessErrors.FACE_NOT_MATCHING, -1)
        for (number in intArrayOf(-1, 9_999, Int.MAX_VALUE, Int.MIN_VALUE)) {
            val lengths = IntArray(2)
            val bytes = call(readUserMessages, number, codes, lengths) as ByteArray
            assertEquals(CApi.answer(codes[0], "user_message"), String(bytes, 0, lengths[0], Charsets.UTF_8))
        }
    }

    @Test
    fun localeTagsAndResolutionAreTheCLibrarys() {
        val numbers = KeylessError.supportedLocaleNumbers()
        val lengths = IntArray(numbers.size)
        val bytes = call(readLocaleTags, numbers, lengths) as ByteArray
        var offset = 0
        for ((index, number) in numbers.withIndex()) {
            val tag = String(bytes, offset, lengths[index], Charsets.US_ASCII)
            offset += lengths[index]
            assertEquals(CApi.locales[number], tag)
            assertEquals(number, call(resolveLocale, tag))
        }
        // Anything else is English, never a failure: odd text, a huge string, characters beyond ASCII.
        for (odd in listOf("", "*", "\u0000", "x".repeat(1 shl 20), "\uD83D\uDE00-\u00E9")) {
            assertEquals(CApi.resolution(""), call(resolveLocale, odd))
        }
        assertEquals(CApi.resolution("und"), KeylessError.localeNumberOf(Locale.ROOT))
    }

    @Test
    fun arraysOfTheWrongSizeAreRejected() {
        val codes = intArrayOf(30004, 1)
        for (records in listOf(IntArray(codes.size * RECORD_INTS - 1), IntArray(codes.size * RECORD_INTS + 1), IntArray(0))) {
            assertThrows<IllegalArgumentException>("readEntries with ${records.size} ints") { call(readEntries, codes, records) }
        }
        assertThrows<IllegalArgumentException>("readUserMessages") { call(readUserMessages, 0, codes, IntArray(1)) }
        assertThrows<IllegalArgumentException>("readLocaleTags") { call(readLocaleTags, intArrayOf(0), IntArray(2)) }
        // The glue still works afterwards.
        val records = IntArray(codes.size * RECORD_INTS)
        call(readEntries, codes, records)
        assertTrue(records[NUMBER_FIELDS + STRING_NAME] > 0)
    }

    @Test
    fun nullArgumentsAreRejected() {
        // Kotlin cannot pass null to these parameters, but reflection (or JNI) can.
        assertThrows<NullPointerException>("readEntries(null, records)") { call(readEntries, null, IntArray(RECORD_INTS)) }
        assertThrows<NullPointerException>("readEntries(codes, null)") { call(readEntries, intArrayOf(1), null) }
        assertThrows<NullPointerException>("readUserMessages(0, null, lengths)") { call(readUserMessages, 0, null, IntArray(1)) }
        assertThrows<NullPointerException>("readLocaleTags(locales, null)") { call(readLocaleTags, intArrayOf(0), null) }
        assertThrows<NullPointerException>("resolveLocale(null)") { call(resolveLocale, null) }
    }
}
