package io.keyless.errors

import java.io.File
import java.util.Locale
import java.util.concurrent.TimeUnit

/**
 * The C API's own answers, from the c_answers helper program (src/test/c/c_answers.c), which
 * calls the library directly: the independent side of every agreement test. Nothing here goes
 * through the JNI glue or touches [KeylessErrors], so using it does not start the binding.
 */
object CApi {
    /**
     * Codes nobody documented, at and around every boundary of the category ranges, and the
     * extremes of Int. Each category appears at least once.
     */
    val boundaryCodes: IntArray = intArrayOf(
        Int.MIN_VALUE, -2147483647, -20000, -2, -1,
        0, 1, 506, 508, 19999,
        20003, 20006, 29999,
        30011, 39999,
        40003, 45000, 49999,
        50000, 99999, 1000000, Int.MAX_VALUE - 1, Int.MAX_VALUE
    )

    /** Every documented code, in the order `keyless_error_codes` lists them. */
    val knownCodes: List<Int> get() = output.knownCodes

    /** Every code with answers: the documented ones, then [boundaryCodes]. */
    val answeredCodes: List<Int> get() = knownCodes + boundaryCodes.toList()

    /** `keyless_error_<property>(code)` as the helper printed it (numbers in decimal). */
    fun answer(code: Int, property: String): String =
        checkNotNull(output.answers[code]?.get(property)) { "c_answers printed no $property for $code" }

    /** `keyless_errors_version()`. */
    val libraryVersion: String get() = output.version

    /** `keyless_error_locales`, in its order, each with `keyless_error_locale_tag`: number to tag. */
    val locales: Map<Int, String> get() = output.locales

    /** `keyless_error_user_message_localized(code, locale)` of every code of [answeredCodes]. */
    fun localized(code: Int, locale: Int): String =
        checkNotNull(output.localized[code]?.get(locale)) { "c_answers printed no message of $code in locale $locale" }

    /**
     * The preferences that [resolution] knows: the BCP 47 tag of every locale the JVM offers, of
     * some legacy Java locales, and the canonical tags they stand for.
     */
    val resolvedPreferences: List<String> by lazy {
        val tags = LinkedHashSet<String>()
        for (locale in Locale.getAvailableLocales()) tags += locale.toLanguageTag()
        for ((locale, canonical) in legacyLocales) {
            tags += locale.toLanguageTag()
            tags += canonical
        }
        tags += listOf("", "C", "POSIX", "*", "es-MX", "pt", "pt-AO", "zh-TW", "zh-MO", "zh-SG", "sr-Latn", "bs", "fr-CH", "de-DE", "xx-YY")
        tags.toList()
    }

    /**
     * Java locales written the old ways (ISO 639 codes Java once rewrote, variants standing for
     * calendars, scripts given by constants), each with the canonical BCP 47 tag of what it means.
     */
    val legacyLocales: List<Pair<Locale, String>> = listOf(
        Locale("iw") to "he",
        Locale("iw", "IL") to "he-IL",
        Locale("in") to "id",
        Locale("ji") to "yi",
        Locale("tl") to "fil",
        Locale("no", "NO", "NY") to "nn-NO",
        Locale("no", "NO") to "nb-NO",
        Locale("ja", "JP", "JP") to "ja-JP",
        Locale("th", "TH", "TH") to "th-TH",
        Locale.TRADITIONAL_CHINESE to "zh-Hant-TW",
        Locale.SIMPLIFIED_CHINESE to "zh-Hans-CN",
        Locale("zh", "HK") to "zh-Hant-HK",
        Locale("zh", "MO") to "zh-Hant-MO",
        Locale("zh", "SG") to "zh-Hans-SG",
        Locale.Builder().setLanguage("sr").setScript("Latn").setRegion("RS").build() to "sr-Latn-RS",
        Locale("es", "MX") to "es-MX",
        Locale("pt", "AO") to "pt-AO",
        Locale.CANADA_FRENCH to "fr-CA",
        Locale.ROOT to "und"
    )

    /** `keyless_error_locale(preferences)` for each of [resolvedPreferences]. */
    fun resolution(preferences: String): Int =
        checkNotNull(output.resolutions[preferences]) { "c_answers resolved no \"$preferences\"" }

    /** Every constant of the C enum `KeylessErrorCategory` (`"category"`) or `KeylessErrorAction` (`"action"`), by name. */
    fun enumConstants(enum: String): Map<String, Int> = output.enums[enum].orEmpty()

    /** The path of the header the helper was compiled against. */
    val headerFile: File get() = File(requiredProperty("keyless.test.header"))

    private class Output(
        val version: String,
        val enums: Map<String, Map<String, Int>>,
        val knownCodes: List<Int>,
        val answers: Map<Int, Map<String, String>>,
        val locales: Map<Int, String>,
        val localized: Map<Int, Map<Int, String>>,
        val resolutions: Map<String, Int>
    )

    private val output: Output by lazy { run() }

    private fun requiredProperty(name: String): String =
        checkNotNull(System.getProperty(name)) { "run the tests with -D$name=... (see bindings/kotlin/Makefile)" }

    private fun run(): Output {
        val preferences = File.createTempFile("keyless-preferences", ".txt")
        preferences.deleteOnExit()
        preferences.writeText(resolvedPreferences.joinToString("\n", postfix = "\n"), Charsets.UTF_8)
        val command = listOf(requiredProperty("keyless.test.cAnswers"), "--resolve", preferences.path) +
            boundaryCodes.map { it.toString() }
        val process = ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start()
        val lines = process.inputStream.bufferedReader(Charsets.UTF_8).readLines()
        check(process.waitFor(60, TimeUnit.SECONDS)) { "c_answers did not finish" }
        check(process.exitValue() == 0) { "c_answers failed with exit code ${process.exitValue()}" }

        var version: String? = null
        val enums = mutableMapOf<String, MutableMap<String, Int>>()
        val knownCodes = mutableListOf<Int>()
        val answers = mutableMapOf<Int, MutableMap<String, String>>()
        val locales = linkedMapOf<Int, String>()
        val localized = mutableMapOf<Int, MutableMap<Int, String>>()
        val resolutions = mutableMapOf<String, Int>()
        for (line in lines) {
            // Kotlin's split keeps trailing empty fields, such as an empty note.
            val fields = line.split("\t")
            when (fields[0]) {
                "enum" -> enums.getOrPut(fields[1]) { mutableMapOf() }[fields[2]] = fields[3].toInt()
                "version" -> version = fields[1]
                "known" -> knownCodes += fields[1].toInt()
                "answer" -> {
                    check(fields.size == 4) { "bad c_answers line: $line" }
                    answers.getOrPut(fields[1].toInt()) { mutableMapOf() }[fields[2]] = fields[3]
                }
                "locale" -> locales[fields[1].toInt()] = fields[2]
                "localized" -> {
                    check(fields.size == 4) { "bad c_answers line: $line" }
                    localized.getOrPut(fields[1].toInt()) { mutableMapOf() }[fields[2].toInt()] = fields[3]
                }
                "resolve" -> resolutions[fields[2]] = fields[1].toInt()
                else -> error("unexpected c_answers line: $line")
            }
        }
        return Output(checkNotNull(version) { "c_answers printed no version" }, enums, knownCodes, answers, locales, localized, resolutions)
    }
}
