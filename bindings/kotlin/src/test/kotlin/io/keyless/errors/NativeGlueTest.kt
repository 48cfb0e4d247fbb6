package io.keyless.errors

import java.lang.reflect.InvocationTargetException
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

/**
 * The JNI glue's own contract: it answers like the C API and turns bad calls into Java
 * exceptions, leaving the JVM healthy (the whole run is under -Xcheck:jni).
 */
class NativeGlueTest {
    @Test
    fun knownCodesAreTheCApisList() {
        assertEquals(CApi.knownCodes, KeylessNative.knownCodes().toList())
    }

    @Test
    fun readingNoCodesReadsNothing() {
        assertEquals(0, KeylessErrorCache.read(IntArray(0)).size)
    }

    @Test
    fun readingManyCodesAtOnceStaysWithinTheLocalReferenceBudget() {
        // Thousands of strings in one native frame: each local reference must be freed as it goes,
        // or -Xcheck:jni reports the overflow and the run fails.
        val codes = IntArray(1000) { it * 50 - 5000 }
        val errors = KeylessErrorCache.read(codes)
        for ((index, code) in codes.withIndex()) {
            assertEquals(code, errors[index].code)
            assertEquals(KeylessErrors.lookup(code).toString(), errors[index].toString())
        }
    }

    @Test
    fun arraysOfTheWrongSizeAreRejected() {
        val codes = intArrayOf(30004, 1)
        val rightNumbers = IntArray(codes.size * KeylessNative.NUMBER_FIELDS)
        val rightStrings = arrayOfNulls<String>(codes.size * KeylessNative.STRING_FIELDS)
        val wrongCalls = listOf(
            { KeylessNative.readEntries(codes, IntArray(rightNumbers.size - 1), rightStrings) },
            { KeylessNative.readEntries(codes, IntArray(rightNumbers.size + 1), rightStrings) },
            { KeylessNative.readEntries(codes, rightNumbers, arrayOfNulls(rightStrings.size - 1)) },
            { KeylessNative.readEntries(codes, rightNumbers, arrayOfNulls(0)) }
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
        KeylessNative.readEntries(codes, rightNumbers, rightStrings)
        assertEquals("FACE_NOT_MATCHING", rightStrings[KeylessNative.STRING_NAME])
    }

    @Test
    fun nullArraysAreRejected() {
        // Kotlin cannot pass null to these parameters, but Java or reflection can.
        val readEntries = KeylessNative::class.java.getDeclaredMethod(
            "readEntries", IntArray::class.java, IntArray::class.java, Array<String>::class.java
        )
        val good = arrayOf<Any?>(intArrayOf(1), IntArray(KeylessNative.NUMBER_FIELDS), arrayOfNulls<String>(KeylessNative.STRING_FIELDS))
        for (position in 0..2) {
            val arguments = good.copyOf()
            arguments[position] = null
            try {
                readEntries.invoke(null, *arguments)
                fail("readEntries accepted null as argument $position")
            } catch (thrown: InvocationTargetException) {
                assertTrue("got ${thrown.cause}", thrown.cause is NullPointerException)
            }
        }
    }
}
