package io.keyless.errors

import java.lang.reflect.Modifier
import org.junit.Assert.assertEquals
import org.junit.Test

/** The generated `KeylessErrors.*` constants name exactly the documented codes of the C API. */
class ConstantsTest {
    @Test
    fun oneConstantPerDocumentedCodeNamedAsInC() {
        val constants = KeylessErrors::class.java.declaredFields
            .filter { Modifier.isStatic(it.modifiers) && it.type == Int::class.javaPrimitiveType }
            .associate { it.name to it.getInt(null) }
        val expected = CApi.knownCodes.associateBy { CApi.answer(it, "name") }
        assertEquals(expected, constants)
    }

    @Test
    fun constantsWorkInWhen() {
        assertEquals("mismatch", reactTo(30004))
        assertEquals("cancelled", reactTo(KeylessErrors.USER_CANCELLED))
        assertEquals("other", reactTo(12345))
    }

    @Test
    fun constantsHaveTheirDocumentedValues() {
        assertEquals(30004, KeylessErrors.FACE_NOT_MATCHING)
        assertEquals(KeylessErrors.SDK_CONFIGURE_FAILED, KeylessErrors.lookup(KeylessErrors.SDK_CONFIGURE_FAILED_LEGACY).replacedBy?.code)
    }

    private fun reactTo(code: Int): String = when (code) {
        KeylessErrors.FACE_NOT_MATCHING -> "mismatch"
        KeylessErrors.USER_CANCELLED -> "cancelled"
        else -> "other"
    }
}
