package io.keyless.errors

import java.io.File
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

    /** Every constant of the C enum `KeylessErrorCategory` (`"category"`) or `KeylessErrorAction` (`"action"`), by name. */
    fun enumConstants(enum: String): Map<String, Int> = output.enums[enum].orEmpty()

    /** The path of the header the helper was compiled against. */
    val headerFile: File get() = File(requiredProperty("keyless.test.header"))

    private class Output(
        val version: String,
        val enums: Map<String, Map<String, Int>>,
        val knownCodes: List<Int>,
        val answers: Map<Int, Map<String, String>>
    )

    private val output: Output by lazy { run() }

    private fun requiredProperty(name: String): String =
        checkNotNull(System.getProperty(name)) { "run the tests with -D$name=... (see bindings/kotlin/Makefile)" }

    private fun run(): Output {
        val command = listOf(requiredProperty("keyless.test.cAnswers")) + boundaryCodes.map { it.toString() }
        val process = ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start()
        val lines = process.inputStream.bufferedReader(Charsets.US_ASCII).readLines()
        check(process.waitFor(60, TimeUnit.SECONDS)) { "c_answers did not finish" }
        check(process.exitValue() == 0) { "c_answers failed with exit code ${process.exitValue()}" }

        var version: String? = null
        val enums = mutableMapOf<String, MutableMap<String, Int>>()
        val knownCodes = mutableListOf<Int>()
        val answers = mutableMapOf<Int, MutableMap<String, String>>()
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
                else -> error("unexpected c_answers line: $line")
            }
        }
        return Output(checkNotNull(version) { "c_answers printed no version" }, enums, knownCodes, answers)
    }
}
