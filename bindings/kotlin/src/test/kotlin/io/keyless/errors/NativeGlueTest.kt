package io.keyless.errors

import java.lang.reflect.InvocationTargetException
import java.lang.reflect.Method
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
    private val numberFields = constant("NUMBER_FIELDS")
    private val stringFields = constant("STRING_FIELDS")
    private val readEntries: Method = nativeClass.getDeclaredMethod(
        "readEntries", IntArray::class.java, IntArray::class.java, Array<String>::class.java
    ).also { it.isAccessible = true }

    private fun constant(name: String): Int = nativeClass.getDeclaredField(name).also { it.isAccessible = true }.getInt(null)

    /** Calls the native readEntries, unwrapping what it throws. */
    private fun callReadEntries(codes: IntArray?, numbers: IntArray?, strings: Array<String?>?) {
        try {
            readEntries.invoke(null, codes, numbers, strings)
        } catch (thrown: InvocationTargetException) {
            throw thrown.cause!!
        }
    }

    @Test
    fun knownCodesAreTheCApisList() {
        assertEquals(CApi.knownCodes, KeylessError.nativeKnownCodes().toList())
    }

    @Test
    fun readingNoCodesReadsNothing() {
        assertEquals(0, KeylessError.readFromNative(IntArray(0)).size)
    }

    @Test
    fun readingManyCodesAtOnceStaysWithinTheLocalReferenceBudget() {
        // Thousands of strings in one native frame: each local reference must be freed as it goes,
        // or -Xcheck:jni reports the overflow and the run fails.
        val codes = IntArray(1000) { it * 50 - 5000 }
        val errors = KeylessError.readFromNative(codes)
        for ((index, code) in codes.withIndex()) {
            assertEquals(code, errors[index].code)
            assertEquals(KeylessErrors.lookup(code).toString(), errors[index].toString())
        }
    }

    @Test
    fun arraysOfTheWrongSizeAreRejected() {
        val codes = intArrayOf(30004, 1)
        val rightNumbers = IntArray(codes.size * numberFields)
        val rightStrings = arrayOfNulls<String>(codes.size * stringFields)
        val wrongCalls = listOf(
            { callReadEntries(codes, IntArray(rightNumbers.size - 1), rightStrings) },
            { callReadEntries(codes, IntArray(rightNumbers.size + 1), rightStrings) },
            { callReadEntries(codes, rightNumbers, arrayOfNulls(rightStrings.size - 1)) },
            { callReadEntries(codes, rightNumbers, arrayOfNulls(0)) }
        )
        for (call in wrongCalls) {
            try {
                call()
                fail("readEntries accepted arrays of the wrong size")
            } catch (expected: IllegalArgumentException) {
            }
        }
        assertTrue("nothing was written", rightStrings.all { it == null })
        // The glue still works afterwards.
        callReadEntries(codes, rightNumbers, rightStrings)
        assertEquals("FACE_NOT_MATCHING", rightStrings[constant("STRING_NAME")])
        assertEquals("CORE_FACE_NOT_MATCHING", rightStrings[constant("STRING_SHARED_NAME")])
    }

    @Test
    fun nullArraysAreRejected() {
        // Kotlin cannot pass null to these parameters, but reflection (or JNI) can.
        val good = arrayOf<Any?>(intArrayOf(1), IntArray(numberFields), arrayOfNulls<String>(stringFields))
        for (position in 0..2) {
            val arguments = good.copyOf()
            arguments[position] = null
            try {
                @Suppress("UNCHECKED_CAST")
                callReadEntries(arguments[0] as IntArray?, arguments[1] as IntArray?, arguments[2] as Array<String?>?)
                fail("readEntries accepted null as argument $position")
            } catch (expected: NullPointerException) {
            }
        }
    }
}
