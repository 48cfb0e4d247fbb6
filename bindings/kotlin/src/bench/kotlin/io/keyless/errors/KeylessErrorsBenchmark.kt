package io.keyless.errors

/**
 * A small benchmark, not a test: it prints numbers and asserts nothing about them.
 *
 * - the one-time initialisation, in this fresh JVM, step by step: loading the glue
 *   (System.loadLibrary and JNI_OnLoad), one native pass over the documented codes, and building
 *   the cache (the first [KeylessErrors.lookup]: its own native pass, the [KeylessError] objects,
 *   and the loading of the binding's classes); then the whole read again, warm;
 * - ns per cached lookup (a documented code: no JNI);
 * - ns per uncached lookup (an undocumented code: one JNI call that creates 7 strings), and, for
 *   scale, ns per JNI call that returns a small int array and no string.
 *
 * Each steady-state figure is the best of several rounds after a warm-up round, so the JIT has
 * compiled the loop. Run with `make bench` (release glue, no -Xcheck:jni).
 */
object KeylessErrorsBenchmark {
    /** Each round's result lands here, so the JIT cannot drop the work. */
    @Volatile
    private var sink: Long = 0

    @JvmStatic
    fun main(args: Array<String>) {
        val start = System.nanoTime()
        val knownCodes = KeylessNative.knownCodes()
        val loaded = System.nanoTime()
        KeylessNative.readEntries(
            knownCodes,
            IntArray(knownCodes.size * KeylessNative.NUMBER_FIELDS),
            arrayOfNulls(knownCodes.size * KeylessNative.STRING_FIELDS)
        )
        val nativePass = System.nanoTime()
        KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        val cacheBuilt = System.nanoTime()

        val strings = knownCodes.size * KeylessNative.STRING_FIELDS
        println("keyless-errors Kotlin binding: JVM ${System.getProperty("java.vm.version")}, ${System.getProperty("os.arch")}")
        println("one-time initialisation, first use in this JVM:")
        println(line("load the glue (System.loadLibrary + JNI_OnLoad)", (loaded - start) / 1e3, "us"))
        println(line("one native pass, ${knownCodes.size} codes, $strings strings (cold)", (nativePass - loaded) / 1e3, "us"))
        println(line("build the cache: first lookup (cold, with class loading)", (cacheBuilt - nativePass) / 1e3, "us"))
        val warmRead = bestNanosPerOperation(rounds = 5, operations = 2_000) {
            KeylessErrorCache.read(knownCodes).size
        }
        println(line("the cache's whole read again, warm", warmRead / 1e3, "us"))

        val cached = bestNanosPerOperation(rounds = 7, operations = 50_000_000) { index ->
            KeylessErrors.lookup(knownCodes[index and 15]).title.length
        }
        val undocumented = IntArray(64) { 45_000 + it * 3 }
        val uncached = bestNanosPerOperation(rounds = 7, operations = 300_000) { index ->
            KeylessErrors.lookup(undocumented[index and 63]).title.length
        }
        val smallJniCall = bestNanosPerOperation(rounds = 7, operations = 2_000_000) {
            KeylessNative.knownCodes().size
        }
        println("steady state, best of 7 rounds after a warm-up round:")
        println(line("cached lookup: documented code, no JNI", cached, "ns"))
        println(line("uncached lookup: undocumented code, 1 JNI call, 7 strings", uncached, "ns"))
        println(line("JNI call returning an int[${knownCodes.size}], no string", smallJniCall, "ns"))
    }

    private fun line(label: String, value: Double, unit: String): String =
        "  " + label.padEnd(62) + "%9.1f %s".format(value, unit)

    /** Runs [operation] [operations] times per round; the best round's ns per operation. */
    private inline fun bestNanosPerOperation(rounds: Int, operations: Int, operation: (Int) -> Int): Double {
        var best = Double.MAX_VALUE
        repeat(rounds + 1) { round ->
            var total = 0L
            val begin = System.nanoTime()
            for (index in 0 until operations) total += operation(index)
            val perOperation = (System.nanoTime() - begin).toDouble() / operations
            sink += total
            if (round > 0 && perOperation < best) best = perOperation
        }
        return best
    }
}
