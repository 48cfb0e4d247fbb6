package io.keyless.errors

/**
 * A small benchmark, not a test: it prints numbers and asserts nothing about them.
 *
 * - the one-time initialisation, in this fresh JVM: loading the glue (System.loadLibrary and
 *   JNI_OnLoad), then the first, cold read of the 24 documented codes, then the same native pass
 *   once warm;
 * - ns per cached lookup (a documented code: no JNI);
 * - ns per uncached lookup (an undocumented code: one JNI call that creates 7 strings), and, for
 *   scale, ns per bare JNI call that returns an int array and no strings.
 *
 * Each steady-state figure is the best of several rounds after a warm-up, so the JIT has compiled
 * the loop. Run with `make bench` (release glue, no -Xcheck:jni).
 */
object KeylessErrorsBenchmark {
    /** Results are folded into this, so the JIT cannot drop the work. */
    @Volatile
    private var sink: Long = 0

    @JvmStatic
    fun main(args: Array<String>) {
        val loadStart = System.nanoTime()
        val knownCodes = KeylessNative.knownCodes()
        val loadEnd = System.nanoTime()
        KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        val firstReadEnd = System.nanoTime()

        println("keyless-errors Kotlin binding, JVM ${System.getProperty("java.vm.version")} on ${System.getProperty("os.arch")}")
        println("one-time initialisation (first use, this JVM):")
        println("  load the glue (System.loadLibrary + JNI_OnLoad):  %8.1f us".format((loadEnd - loadStart) / 1e3))
        println("  first read of the %d documented codes (cold):     %8.1f us".format(knownCodes.size, (firstReadEnd - loadEnd) / 1e3))
        val warmPass = bestNanosPerOperation(rounds = 5, operations = 2_000) {
            sink += KeylessErrorCache.read(knownCodes).size
        }
        println("  the same native pass, warm (%d codes, %d strings): %8.1f us".format(
            knownCodes.size, knownCodes.size * KeylessNative.STRING_FIELDS, warmPass / 1e3))

        val cached = bestNanosPerOperation(rounds = 7, operations = 20_000_000) { index ->
            sink += KeylessErrors.lookup(knownCodes[index % knownCodes.size]).title.length
        }
        val undocumented = IntArray(64) { 45_000 + it * 3 }
        val uncached = bestNanosPerOperation(rounds = 7, operations = 200_000) { index ->
            sink += KeylessErrors.lookup(undocumented[index and 63]).title.length
        }
        val bareJni = bestNanosPerOperation(rounds = 7, operations = 2_000_000) {
            sink += KeylessNative.knownCodes().size
        }
        println("steady state (best of 7 rounds):")
        println("  cached lookup, documented code, no JNI:           %8.1f ns".format(cached))
        println("  uncached lookup, undocumented code, 1 JNI call:   %8.1f ns".format(uncached))
        println("  bare JNI call returning an int[24], no strings:   %8.1f ns".format(bareJni))
        if (sink == 42L) println() // reads the sink
    }

    /** Runs [operation] [operations] times per round, after a warm-up round; the best ns/op. */
    private inline fun bestNanosPerOperation(rounds: Int, operations: Int, operation: (Int) -> Unit): Double {
        var best = Double.MAX_VALUE
        repeat(rounds + 1) { round ->
            val start = System.nanoTime()
            for (index in 0 until operations) operation(index)
            val perOperation = (System.nanoTime() - start).toDouble() / operations
            if (round > 0 && perOperation < best) best = perOperation
        }
        return best
    }
}
