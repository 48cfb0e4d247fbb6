package io.keyless.errors

import java.util.Locale
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * Every property of [KeylessError], for every documented code and for undocumented and boundary
 * codes, equals the C API's answer, as the c_answers helper printed it. (The end-user message in
 * every language: [LocalizationTest].)
 */
class AgreementWithCTest {
    @Test
    fun everyPropertyAgreesWithTheCApi() {
        val mismatches = mutableListOf<String>()
        for (code in CApi.answeredCodes) {
            val error = KeylessErrors.lookup(code)
            val expectations = listOf(
                Triple("code", code.toString(), error.code.toString()),
                Triple("category", CApi.answer(code, "category"), error.category.label),
                Triple("category_id", CApi.answer(code, "category_id"), error.category.cValue.toString()),
                Triple("action", CApi.answer(code, "action"), error.action.cValue.toString()),
                Triple("name", CApi.answer(code, "name"), error.name),
                Triple("title", CApi.answer(code, "title"), error.title),
                Triple("description", CApi.answer(code, "description"), error.description),
                Triple("advice", CApi.answer(code, "advice"), error.advice),
                Triple("user_message", CApi.answer(code, "user_message"), error.userMessage(Locale.ENGLISH)),
                Triple("note", CApi.answer(code, "note"), error.note),
                Triple("is_known", CApi.answer(code, "is_known"), bit(error.isKnown)),
                Triple("is_retryable", CApi.answer(code, "is_retryable"), bit(error.isRetryable)),
                Triple("is_deprecated", CApi.answer(code, "is_deprecated"), bit(error.isDeprecated)),
                Triple("replaced_by", CApi.answer(code, "replaced_by"), (error.replacedBy?.code ?: -1).toString()),
                Triple("shared_code", CApi.answer(code, "shared_code"), error.sharedCode.toString()),
                Triple("shared_name", CApi.answer(code, "shared_name"), error.sharedName),
                Triple("format", CApi.answer(code, "format"), error.toString())
            )
            for ((property, expected, actual) in expectations) {
                if (expected != actual) mismatches += "$code $property: C says \"$expected\", Kotlin \"$actual\""
            }
        }
        assertTrue(mismatches.joinToString("\n", "disagreements with the C API:\n"), mismatches.isEmpty())
    }

    @Test
    fun theCodesCheckedCoverEveryCategoryAndEveryAction() {
        // So the enum mapping of the JNI path is checked for each entry, not only some.
        val errors = CApi.answeredCodes.map { KeylessErrors.lookup(it) }
        assertEquals(KeylessErrorCategory.values().toSet(), errors.map { it.category }.toSet())
        assertEquals(KeylessErrorAction.values().toSet(), errors.map { it.action }.toSet())
    }

    @Test
    fun allListsTheDocumentedCodesInTheCApisOrder() {
        // The count is the C library's (keyless_error_codes), never a number written here.
        assertFalse("keyless_error_codes lists no code", CApi.knownCodes.isEmpty())
        assertEquals(CApi.knownCodes, KeylessErrors.all.map { it.code })
    }

    @Test
    fun documentedCodesAreCachedInstances() {
        for (error in KeylessErrors.all) {
            assertSame("lookup(${error.code}) returns the cached instance", error, KeylessErrors.lookup(error.code))
        }
        for (code in CApi.boundaryCodes) {
            val first = KeylessErrors.lookup(code)
            val second = KeylessErrors.lookup(code)
            assertEquals(first, second)
            assertEquals(first.toString(), second.toString())
        }
    }

    @Test
    fun undocumentedCodesAnsweredFromTheirCategorysGuidanceEqualFreshNativeReads() {
        // The cache reads each category's guidance once and reuses it for every undocumented code
        // of the category; the C API answers each code on its own. They must agree everywhere:
        // here on every 7th code around all category bounds and every documented code, and on the
        // extremes, all compared in every property with one native read per code.
        val codes = ((-1_500..61_000 step 7) + CApi.boundaryCodes.toList()).toIntArray()
        val fresh = KeylessError.readFromNative(codes)
        val mismatches = mutableListOf<String>()
        for ((index, code) in codes.withIndex()) {
            val cached = KeylessErrors.lookup(code)
            if (describe(cached) != describe(fresh[index])) mismatches += "$code: ${describe(cached)} vs ${describe(fresh[index])}"
            // The message the cache answers is the one C gives this very code, read afresh.
            val english = KeylessError.englishUserMessageAsRead(fresh[index])
            if (cached.userMessage(Locale.ENGLISH) != english) mismatches += "$code: user message ${cached.userMessage(Locale.ENGLISH)} vs $english"
        }
        assertTrue(mismatches.take(5).joinToString("\n", "cache and C disagree:\n"), mismatches.isEmpty())
    }

    private fun describe(error: KeylessError): List<Any?> = listOf(
        error.code, error.category, error.action, error.name, error.title, error.description, error.advice,
        error.userMessage(Locale.ENGLISH), error.note, error.isKnown, error.isRetryable, error.isDeprecated, error.replacedBy?.code,
        error.sharedCode, error.sharedName, error.toString()
    )

    private fun bit(value: Boolean): String = if (value) "1" else "0"
}
