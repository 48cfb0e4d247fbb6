package io.keyless.errors

import java.util.Locale
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * The end-user messages in every language the C library carries (whatever `keyless_error_locales`
 * lists: these tests hold for one language or for fifty), the resolution of Java locales, the
 * default locale, and the app's override. The C side is the c_answers helper ([CApi]).
 */
class LocalizationTest {
    private val defaultLocale = Locale.getDefault()

    @After
    fun restore() {
        Locale.setDefault(defaultLocale)
        KeylessErrors.userMessageOverride = null
    }

    @Test
    fun supportedLocalesAreTheCLibrarysInItsOrderEnglishFirst() {
        assertEquals(CApi.locales.values.toList(), KeylessErrors.supportedLocales.map { it.toLanguageTag() })
        assertEquals(CApi.locales.keys.toList(), KeylessError.supportedLocaleNumbers().toList())
        assertEquals("en", KeylessErrors.supportedLocales.first().toLanguageTag())
        assertSame("the list is read once", KeylessErrors.supportedLocales, KeylessErrors.supportedLocales)
    }

    @Test
    fun everyCodeInEveryLocaleAgreesWithC() {
        val mismatches = mutableListOf<String>()
        for ((number, tag) in CApi.locales) {
            val locale = Locale.forLanguageTag(tag)
            for (code in CApi.answeredCodes) {
                val expected = CApi.localized(code, number)
                val actual = KeylessErrors.lookup(code).userMessage(locale)
                if (expected != actual) mismatches += "$code in $tag: C says \"$expected\", Kotlin \"$actual\""
            }
        }
        assertTrue(mismatches.take(5).joinToString("\n", "disagreements with the C API:\n"), mismatches.isEmpty())
        // English is the catalog's own text, as keyless_error_user_message gives it.
        for (code in CApi.answeredCodes) assertEquals(CApi.answer(code, "user_message"), CApi.localized(code, 0))
    }

    @Test
    fun undocumentedCodesGetTheirCategorysMessageInEveryLocale() {
        // Codes no agreement list names, far from the boundaries: each category's message.
        val codes = intArrayOf(-123_456, 12_345, 25_000, 35_000, 47_000, 2_000_000_000)
        for ((number, tag) in CApi.locales) {
            for (code in codes) {
                val representative = CApi.boundaryCodes.first { KeylessErrors.lookup(it).category == KeylessErrors.lookup(code).category }
                assertEquals("$code in $tag", CApi.localized(representative, number), KeylessErrors.lookup(code).userMessage(Locale.forLanguageTag(tag)))
            }
        }
    }

    @Test
    fun eachSupportedLocaleResolvesToItself() {
        for ((number, tag) in CApi.locales) {
            assertEquals(tag, number, KeylessError.localeNumberOf(Locale.forLanguageTag(tag)))
        }
    }

    @Test
    fun everyJavaLocaleResolvesAsTheCLibraryResolvesItsTag() {
        val mismatches = mutableListOf<String>()
        val locales = Locale.getAvailableLocales().toList() + CApi.legacyLocales.map { it.first }
        for (locale in locales) {
            val expected = CApi.resolution(locale.toLanguageTag())
            val actual = KeylessError.localeNumberOf(locale)
            if (expected != actual) mismatches += "$locale (${locale.toLanguageTag()}): C $expected, Kotlin $actual"
        }
        assertTrue(mismatches.take(5).joinToString("\n", "disagreements:\n"), mismatches.isEmpty())
        assertTrue("the JVM offers hundreds of locales (${locales.size})", locales.size > 100)
    }

    @Test
    fun legacyJavaLocalesResolveLikeTheCanonicalTagsTheyStandFor() {
        // Java keeps old ISO codes (iw, in, ji) and variants (no_NO_NY, ja_JP_JP, th_TH_TH) that
        // no BCP 47 matcher knows: what the binding hands C must mean the same as the canonical tag.
        for ((locale, canonical) in CApi.legacyLocales) {
            assertEquals("$locale vs $canonical", CApi.resolution(canonical), KeylessError.localeNumberOf(locale))
        }
    }

    @Test
    fun userMessageFollowsTheDefaultLocaleAtRunTime() {
        val code = KeylessErrors.FACE_NOT_MATCHING
        val error = KeylessErrors.lookup(code)
        for ((number, tag) in CApi.locales) {
            Locale.setDefault(Locale.forLanguageTag(tag))
            assertEquals(tag, CApi.localized(code, number), error.userMessage)
            val exception = KeylessException(error)
            assertEquals(tag, CApi.localized(code, number), exception.localizedMessage)
            // The log line stays English, and stack traces keep it.
            assertEquals(CApi.answer(code, "format"), exception.message)
            assertEquals("io.keyless.errors.KeylessException: " + CApi.answer(code, "format"), exception.toString())
        }
        // A locale the library does not carry: C's fallback for its tag.
        Locale.setDefault(Locale("xx", "YY"))
        assertEquals(CApi.localized(code, CApi.resolution("xx-YY")), error.userMessage)
    }

    @Test
    fun theOverrideAnswersFirstAndNullKeepsTheLibrarysMessage() {
        val asked = mutableListOf<Pair<Int, Locale>>()
        val french = Locale.forLanguageTag("fr-CH")
        KeylessErrors.userMessageOverride = object : KeylessUserMessageOverride {
            override fun userMessage(error: KeylessError, locale: Locale): String? {
                asked += error.code to locale
                return if (error.code == KeylessErrors.CAMERA_DENIED && locale.language == "fr") "Notre propre texte" else null
            }
        }
        val cameraDenied = KeylessErrors.lookup(KeylessErrors.CAMERA_DENIED)
        assertEquals("Notre propre texte", cameraDenied.userMessage(french))
        Locale.setDefault(french)
        assertEquals("Notre propre texte", cameraDenied.userMessage)
        assertEquals("Notre propre texte", KeylessException(cameraDenied).localizedMessage)
        // Everything the override leaves alone (null) is the library's.
        val faceNotMatching = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        assertEquals(CApi.localized(KeylessErrors.FACE_NOT_MATCHING, CApi.resolution("fr-CH")), faceNotMatching.userMessage)
        assertEquals(CApi.localized(KeylessErrors.CAMERA_DENIED, 0), cameraDenied.userMessage(Locale.ENGLISH))
        // It is asked with the locale the message was asked for, as given.
        assertEquals(KeylessErrors.CAMERA_DENIED to french, asked[0])
        assertSame(french, asked[1].second)
        // Removed: the library's own message again.
        KeylessErrors.userMessageOverride = null
        assertNotEquals("Notre propre texte", cameraDenied.userMessage(french))
        assertEquals(CApi.localized(KeylessErrors.CAMERA_DENIED, CApi.resolution("fr-CH")), cameraDenied.userMessage(french))
    }

    @Test
    fun manyDistinctLocalesAreAnsweredRight() {
        // A server sees endless Accept-Language values: each is answered like its language, also
        // once the binding has forgotten the first ones (it remembers 256, then starts again).
        val code = KeylessErrors.USER_LOCKOUT
        for (index in 0 until 2_000) {
            val locale = Locale.Builder().setLanguage("de").setRegion("DE").setVariant("v" + index.toString().padStart(5, '0')).build()
            assertEquals(CApi.localized(code, CApi.resolution("de-DE")), KeylessErrors.lookup(code).userMessage(locale))
        }
    }
}
