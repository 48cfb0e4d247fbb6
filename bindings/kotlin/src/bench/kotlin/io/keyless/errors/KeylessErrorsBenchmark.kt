package io.keyless.errors

/**
 * A benchmark, not a test: it prints numbers and asserts nothing about them. Run with
 * `make bench` or `make bench-peers` (release glue, no -Xcheck:jni, a fresh JVM).
 *
 * Its `PEER kotlin <measure> lib_ns=... peer_ns=... ratio=...` lines compare the library with
 * [WhenPeer], the `when` an app developer would write by hand (generated from the catalog):
 *
 * - `first-use`: the first [KeylessErrors.lookup] in this JVM (loading both native libraries,
 *   the version check, the one native pass over every documented code, building the cache),
 *   against the peer's first call (loading its class);
 * - `lookup-documented`: `lookup(code).userMessage` over the documented codes, in a scrambled
 *   order, against the peer's `when`;
 * - `lookup-undocumented`: the same over 64 undocumented codes of every category (as an app sees a
 *   few unexpected codes again and again: the cache's memo of recent undocumented codes answers);
 * - `lookup-undocumented-fresh`: a new undocumented code at every call (each one builds its
 *   [KeylessError] from its category's cached guidance), against the peer on the same codes;
 * - `undocumented-vs-documented`: the library's undocumented lookup against its own documented
 *   one (the goal: at most 2x, because an undocumented code crosses JNI only once per category).
 *
 * With the argument `first-use`, it prints the first use alone and exits.
 *
 * Each steady-state figure is the best of several rounds after warm-up rounds, so the JIT has
 * compiled the loop.
 */
object KeylessErrorsBenchmark {
    /** Each round's result lands here, so the JIT cannot drop the work. */
    @Volatile
    private var sink: Long = 0

    @JvmStatic
    fun main(args: Array<String>) {
        val start = System.nanoTime()
        KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        val firstUse = System.nanoTime() - start
        if (args.isNotEmpty() && args[0] == "first-use") {
            // `make bench-first-use`: only the first use, in a fresh JVM each time.
            println("first use: %.2f ms".format(firstUse / 1e6))
            return
        }
        val peerStart = System.nanoTime()
        WhenPeer.userMessage(KeylessErrors.FACE_NOT_MATCHING)
        val peerFirstUse = System.nanoTime() - peerStart

        val knownCodes = KeylessError.nativeKnownCodes()
        val documented = scrambled(knownCodes)
        val undocumented = scrambled(IntArray(64) { undocumentedCode(it) })
        check(documented.all { KeylessErrors.lookup(it).userMessage == WhenPeer.userMessage(it) }) { "the peer disagrees" }
        check(undocumented.all { KeylessErrors.lookup(it).userMessage == WhenPeer.userMessage(it) }) { "the peer disagrees" }

        val warmPass = bestNanosPerOperation(rounds = 5, operations = 2_000) {
            KeylessError.readFromNative(knownCodes).size
        }
        val libraryDocumented = bestNanosPerOperation(rounds = 9, operations = 20_000_000) { index ->
            KeylessErrors.lookup(documented[index and 63]).userMessage.length
        }
        val peerDocumented = bestNanosPerOperation(rounds = 9, operations = 20_000_000) { index ->
            WhenPeer.userMessage(documented[index and 63]).length
        }
        val libraryUndocumented = bestNanosPerOperation(rounds = 9, operations = 20_000_000) { index ->
            KeylessErrors.lookup(undocumented[index and 63]).userMessage.length
        }
        val peerUndocumented = bestNanosPerOperation(rounds = 9, operations = 20_000_000) { index ->
            WhenPeer.userMessage(undocumented[index and 63]).length
        }

        val libraryFresh = bestNanosPerOperation(rounds = 9, operations = 20_000_000) { index ->
            KeylessErrors.lookup(60_000 + index).userMessage.length
        }
        val peerFresh = bestNanosPerOperation(rounds = 9, operations = 20_000_000) { index ->
            WhenPeer.userMessage(60_000 + index).length
        }

        println("keyless-errors Kotlin binding: JVM ${System.getProperty("java.vm.name")} ${System.getProperty("java.vm.version")}, ${System.getProperty("os.arch")}")
        println("  first use: %.1f us (load both libraries, version check, one native pass over %d codes, cache)".format(firstUse / 1e3, knownCodes.size))
        println("  the native pass again, warm: %.1f us".format(warmPass / 1e3))
        peer("first-use", firstUse.toDouble(), peerFirstUse.toDouble())
        peer("lookup-documented", libraryDocumented, peerDocumented)
        peer("lookup-undocumented", libraryUndocumented, peerUndocumented)
        peer("lookup-undocumented-fresh", libraryFresh, peerFresh)
        peer("undocumented-vs-documented", libraryUndocumented, libraryDocumented)
        peer("undocumented-fresh-vs-documented", libraryFresh, libraryDocumented)
    }

    private fun peer(measure: String, libraryNanos: Double, peerNanos: Double) {
        println("PEER kotlin %s lib_ns=%.2f peer_ns=%.2f ratio=%.2f".format(measure, libraryNanos, peerNanos, libraryNanos / peerNanos))
    }

    /** 64 codes: [codes] repeated and shuffled with a fixed seed, so branches cannot learn the order. */
    private fun scrambled(codes: IntArray): IntArray {
        val out = IntArray(64) { codes[it % codes.size] }
        val random = java.util.Random(42)
        for (index in out.indices.reversed()) {
            val other = random.nextInt(index + 1)
            val swap = out[index]; out[index] = out[other]; out[other] = swap
        }
        return out
    }

    /** Undocumented codes spread over every category range (and both ends of Int). */
    private fun undocumentedCode(index: Int): Int = when (index % 8) {
        0 -> -1 - index
        1 -> 100 + index
        2 -> 21_000 + index
        3 -> 31_000 + index
        4 -> 45_000 + index
        5 -> 60_000 + index
        6 -> Int.MAX_VALUE - index
        else -> Int.MIN_VALUE + index
    }

    /** Runs [operation] [operations] times per round; the best round's ns per operation. */
    private inline fun bestNanosPerOperation(rounds: Int, operations: Int, operation: (Int) -> Int): Double {
        var best = Double.MAX_VALUE
        repeat(rounds + 2) { round ->
            var total = 0L
            val begin = System.nanoTime()
            for (index in 0 until operations) total += operation(index)
            val perOperation = (System.nanoTime() - begin).toDouble() / operations
            sink += total
            if (round >= 2 && perOperation < best) best = perOperation
        }
        return best
    }
}
