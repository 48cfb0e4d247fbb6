package io.keyless.errors

import org.junit.Assert.assertEquals
import org.junit.Test

/**
 * [KeylessErrorCategory] and [KeylessErrorAction] carry the values of the C enums: checked entry
 * by entry against constants compiled from the header by the c_answers helper, and that helper's
 * list against the header's text, so a constant added to C cannot be missed here.
 */
class EnumsTest {
    @Test
    fun categoryEntriesMatchTheCEnum() {
        assertEquals(
            CApi.enumConstants("category"),
            KeylessErrorCategory.values().associate { it.name to it.cValue }
        )
    }

    @Test
    fun actionEntriesMatchTheCEnum() {
        assertEquals(
            CApi.enumConstants("action"),
            KeylessErrorAction.values().associate { it.name to it.cValue }
        )
    }

    @Test
    fun theCHelperListsEveryConstantOfTheHeader() {
        val header = CApi.headerFile.readText()
        for ((enum, prefix) in listOf("category" to "KEYLESS_ERROR_CATEGORY_", "action" to "KEYLESS_ERROR_ACTION_")) {
            val declared = Regex("""\b$prefix([A-Z0-9_]+) = (\d+),""").findAll(header)
                .associate { it.groupValues[1] to it.groupValues[2].toInt() }
            assertEquals("constants of $prefix* in the header vs src/test/c/c_answers.c", declared, CApi.enumConstants(enum))
        }
    }

    @Test
    fun categoryLabelsAreTheCCategoryStrings() {
        // One undocumented code per category, from the C API's own answers.
        val labels = CApi.boundaryCodes.associate { CApi.answer(it, "category_id").toInt() to CApi.answer(it, "category") }
        assertEquals(labels, KeylessErrorCategory.values().associate { it.cValue to it.label })
    }
}
