package io.keyless.errors

import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.ObjectInputStream
import java.io.ObjectOutputStream
import java.util.Locale
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

/** The value semantics of [KeylessError] and the shape of [KeylessException]. */
class KeylessErrorTest {
    @Test
    fun equalityAndHashCodeFollowTheCodeAlone() {
        val first = KeylessErrors.lookup(45000)
        val second = KeylessErrors.lookup(45000)
        assertEquals(first, second)
        assertEquals(45000, first.hashCode())
        assertNotEquals(first, KeylessErrors.lookup(45001))
        assertFalse(first.equals(45000))
        assertEquals(setOf(first), setOf(second))
    }

    @Test
    fun toStringIsTheLogLine() {
        assertEquals("30004 FACE_NOT_MATCHING (user): Face not matching", KeylessErrors.lookup(30004).toString())
        assertEquals("-1 UNKNOWN (unknown): Unknown error", KeylessErrors.lookup(-1).toString())
    }

    @Test
    fun replacedByIsTheCachedReplacementOrNull() {
        assertSame(KeylessErrors.lookup(20010), KeylessErrors.lookup(20005).replacedBy)
        assertNull(KeylessErrors.lookup(20010).replacedBy)
        assertNull(KeylessErrors.lookup(-1).replacedBy)
        // What Java sees: a nullable object, so no unboxing NullPointerException is possible.
        assertEquals(KeylessError::class.java, KeylessError::class.java.getMethod("getReplacedBy").returnType)
    }

    @Test
    fun sharedModelOfADocumentedAndOfAnUndocumentedCode() {
        val mismatch = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        assertEquals(3004, mismatch.sharedCode)
        assertEquals("CORE_FACE_NOT_MATCHING", mismatch.sharedName)
        assertEquals(1000, KeylessErrors.lookup(20024).sharedCode)
        assertEquals("SDK_ERROR", KeylessErrors.lookup(-7).sharedName)
    }

    @Test
    fun exceptionIsUnchecked() {
        assertTrue(RuntimeException::class.java.isAssignableFrom(KeylessException::class.java))
    }

    @Test
    fun versionsAreCargosAndTheLoadedLibrarys() {
        assertEquals(System.getProperty("keyless.test.version"), KeylessErrors.VERSION)
        assertEquals(CApi.libraryVersion, KeylessErrors.libraryVersion)
    }

    @Test
    fun onlyAMatchingMajorMinorIsAccepted() {
        assertNull(KeylessError.versionMismatch("0.2.0", "0.2.0"))
        assertNull(KeylessError.versionMismatch("0.2.7", "0.2.0"))
        for (library in listOf("0.3.0", "1.2.0", "0.20.0", "0", "")) {
            val message = KeylessError.versionMismatch(library, "0.2.0")
            assertNotNull("library $library is refused", message)
            assertTrue("the message names both versions: $message", message!!.contains("version $library,") && message.contains("0.2.0"))
        }
    }

    @Test
    fun allIsReadOnly() {
        @Suppress("UNCHECKED_CAST")
        val asMutable = KeylessErrors.all as MutableList<KeylessError>
        try {
            asMutable[0] = KeylessErrors.lookup(1)
            fail("KeylessErrors.all accepted a write")
        } catch (expected: UnsupportedOperationException) {
        }
        assertEquals(507, KeylessErrors.all[0].code)
    }

    @Test
    fun exceptionCarriesTheErrorItsLogLineAndTheCause() {
        assertEquals("Camera denied", KeylessErrors.lookup(KeylessErrors.CAMERA_DENIED).title)
        val cause = IllegalStateException("from the SDK")
        val error = KeylessErrors.lookup(KeylessErrors.CAMERA_DENIED)
        val exception = KeylessException(error, cause)
        assertSame(error, exception.error)
        assertSame(cause, exception.cause)
        assertEquals("30009 CAMERA_DENIED (user): Camera denied", exception.message)
        assertNull(KeylessException(error).cause)
    }

    @Test
    fun exceptionHasJavaFriendlyConstructors() {
        // @JvmOverloads: Java callers get (error) and (error, cause).
        KeylessException::class.java.getConstructor(KeylessError::class.java)
        KeylessException::class.java.getConstructor(KeylessError::class.java, Throwable::class.java)
    }

    @Test
    fun exceptionSurvivesJavaSerialization() {
        val original = KeylessException(KeylessErrors.lookup(20005), RuntimeException("cause"))
        val copy = deserialize(serialize(original)) as KeylessException
        assertSame("a documented error comes back as the library's own instance", original.error, copy.error)
        assertEquals(original.message, copy.message)
        assertEquals(KeylessErrorCategory.INTEGRATION, copy.error.category)
        assertEquals(20010, copy.error.replacedBy?.code)
        assertEquals("cause", copy.cause?.message)
        val undocumented = deserialize(serialize(KeylessErrors.lookup(45_678))) as KeylessError
        assertEquals(KeylessErrors.lookup(45_678).toString(), undocumented.toString())
    }

    @Test
    fun aSerializedErrorIsItsCodeAlone() {
        val error = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        val bytes = serialize(KeylessException(error))
        for (text in listOf(error.userMessage(Locale.ENGLISH), error.title, error.description, error.advice, error.name)) {
            assertFalse("the stream holds \"$text\"", indexOf(bytes, text.toByteArray(Charsets.UTF_8)) >= 0)
        }
    }

    @Test
    fun forgedTextsInAStreamDoNotSurviveDeserialization() {
        // An attacker edits a serialized exception: every English text of the error that the
        // stream holds, and the exception's message, replaced by text of the same length. What
        // comes back must still say what the library says.
        val error = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        var bytes = serialize(KeylessException(error))
        for (text in listOf(error.userMessage(Locale.ENGLISH), error.toString(), error.title, error.name)) {
            val genuine = text.toByteArray(Charsets.UTF_8)
            val fake = ByteArray(genuine.size) { 'X'.toByte() }
            while (true) {
                val at = indexOf(bytes, genuine)
                if (at < 0) break
                bytes = bytes.copyOf().also { System.arraycopy(fake, 0, it, at, fake.size) }
            }
        }
        // (Before texts were kept out of the stream, it held them all, and the forgeries survived.)
        val copy = deserialize(bytes) as KeylessException
        assertEquals(error.userMessage(Locale.ENGLISH), copy.error.userMessage(Locale.ENGLISH))
        assertEquals(error.toString(), copy.message)
        assertEquals(error.title, copy.error.title)
        assertSame(error, copy.error)
    }

    private fun serialize(value: Any): ByteArray =
        ByteArrayOutputStream().also { ObjectOutputStream(it).use { out -> out.writeObject(value) } }.toByteArray()

    private fun deserialize(bytes: ByteArray): Any = ObjectInputStream(ByteArrayInputStream(bytes)).use { it.readObject() }

    private fun indexOf(haystack: ByteArray, needle: ByteArray): Int {
        outer@ for (start in 0..haystack.size - needle.size) {
            for (offset in needle.indices) if (haystack[start + offset] != needle[offset]) continue@outer
            return start
        }
        return -1
    }
}
