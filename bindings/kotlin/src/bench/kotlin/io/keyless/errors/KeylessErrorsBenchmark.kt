package io.keyless.errors

import java.util.Locale

/**
 * A benchmark, not a test: it prints numbers and asserts nothing about them. Run with
 * `make bench` or `make bench-peers` (release glue, no -Xcheck:jni).
 *
 * Its `PEER kotlin <measure> lib_ns=... peer_ns=... ratio=...` lines compare the library with
 * [WhenPeer], the `when` an app developer would write by hand (generated from the catalog):
 *
 * - `first-use`: the first [KeylessErrors.lookup] in a fresh JVM (loading both native libraries,
 *   the version check, the one native pass over every documented code, building the cache),
 *   against the peer's first call (loading its class);
 * - `first-use-native-pass`: the part of it after the libraries and the classes are loaded: the
 *   native calls over the documented codes and building the cache from their answer (goal:
 *   0.5 ms), against the same peer's first call, both in CPU time of the calling thread;
 * - `lookup-documented`: `lookup(code).userMessage` over the documented codes, in a scrambled
 *   order, against the peer's `when`, the default locale English;
 * - `lookup-undocumented`: the same over 64 undocumented codes of every category, again and
 *   again (as an app sees its few unexpected codes);
 * - `lookup-undocumented-fresh`: a new undocumented code at every call (each one a small
 *   [KeylessError] on its category's answers, which the JIT does not even allocate when, as
 *   here, only its message is used);
 * - `lookup-undocumented-fresh-kept`: the same, but each error is kept (stored in an array), so
 *   that it must be allocated, as when an app holds on to it; the peer stores its message;
 * - `lookup-localized`: `lookup(code).userMessage` over the documented codes with the default
 *   locale set to a language the library carries other than English (after its first use),
 *   against the same `when` (which does not even look at the locale);
 * - `undocumented-vs-documented` and `undocumented-fresh-vs-documented`: the library against its
 *   own documented lookup (the goal: at most 2x; no undocumented code crosses JNI).
 *
 * Each measure runs in a JVM of its own (this program starts them): the JIT compiles
 * [KeylessErrors.lookup] once per JVM, for the codes it has seen, so a measure that ran after
 * another in the same JVM was up to 3x slower or faster for that reason alone. Each figure is
 * the best of 9 rounds after 2 warm-up rounds, the library's and the peer's rounds alternating.
 *
 * Arguments: none (every measure), `first-use` (the first use alone), or `--one <measure>`
 * (one measure in this JVM: the child processes).
 */
object KeylessErrorsBenchmark {
    /** Each round's result lands here, so the JIT cannot drop the work. */
    @Volatile
    private var sink: Long = 0

    private const val OPERATIONS = 20_000_000

    @JvmStatic
    fun main(args: Array<String>) {
        when {
            args.size == 2 && args[0] == "--one" -> measureOne(args[1])
            args.size == 1 && args[0] == "first-use" -> {
                // CPU time too: on a shared machine, waiting for a core can double the wall time.
                val threads = java.lang.management.ManagementFactory.getThreadMXBean()
                val cpu = threads.currentThreadCpuTime
                val wall = firstUse(false).first
                println("first use: %.2f ms (CPU %.2f ms)".format(wall / 1e6, (threads.currentThreadCpuTime - cpu) / 1e6))
            }
            else -> measureAll()
        }
    }

    private fun measureAll() {
        val firstUse = runChild("first-use")
        val nativePass = runChild("native-pass")
        val documented = runChild("documented")
        val undocumented = runChild("undocumented")
        val fresh = runChild("fresh")
        val kept = runChild("fresh-kept")
        val localized = runChild("localized")
        println("keyless-errors Kotlin binding: JVM ${System.getProperty("java.vm.name")} ${System.getProperty("java.vm.version")}, ${System.getProperty("os.arch")}")
        println("  first use: %.1f us (load both libraries, version check, one native pass over the documented codes, cache)".format(firstUse.first / 1e3))
        println("  of which the native pass: %.1f us CPU (the native calls and the cache, the classes loaded before)".format(nativePass.first / 1e3))
        peer("first-use", firstUse.first, firstUse.second)
        peer("first-use-native-pass", nativePass.first, nativePass.second)
        peer("lookup-documented", documented.first, documented.second)
        peer("lookup-undocumented", undocumented.first, undocumented.second)
        peer("lookup-undocumented-fresh", fresh.first, fresh.second)
        peer("lookup-undocumented-fresh-kept", kept.first, kept.second)
        peer("lookup-localized", localized.first, localized.second)
        peer("undocumented-vs-documented", undocumented.first, documented.first)
        peer("undocumented-fresh-vs-documented", fresh.first, documented.first)
        peer("undocumented-fresh-kept-vs-documented", kept.first, documented.first)
    }

    /** Runs `--one [measure]` in a new JVM like this one; its (library ns, peer ns). */
    private fun runChild(measure: String): Pair<Double, Double> {
        val java = System.getProperty("java.home") + "/bin/java"
        val command = listOf(
            java, "-Djava.library.path=" + System.getProperty("java.library.path"),
            "-cp", System.getProperty("java.class.path"), KeylessErrorsBenchmark::class.java.name, "--one", measure
        )
        val process = ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start()
        val output = process.inputStream.bufferedReader().readText()
        check(process.waitFor() == 0) { "the $measure measure failed: $output" }
        val fields = output.trim().lines().last().split(" ")
        check(fields.size == 3 && fields[0] == "RESULT") { "unexpected output of the $measure measure: $output" }
        return Pair(fields[1].toDouble(), fields[2].toDouble())
    }

    /** Measures [measure] in this JVM and prints `RESULT <library ns> <peer ns>`. */
    private fun measureOne(measure: String) {
        Locale.setDefault(Locale.ENGLISH)
        val result = if (measure == "first-use" || measure == "native-pass") {
            val (library, peer) = firstUse(measure == "native-pass")
            Pair(library.toDouble(), peer.toDouble())
        } else {
            val codes = when (measure) {
                "documented" -> scrambled(KeylessErrors.all.map { it.code }.toIntArray())
                "undocumented" -> scrambled(IntArray(64) { undocumentedCode(it) })
                "fresh", "fresh-kept" -> null // 60_000 + index: a new code at every call
                "localized" -> scrambled(KeylessErrors.all.map { it.code }.toIntArray())
                else -> error("unknown measure $measure")
            }
            if (measure == "localized") {
                // The last language the library carries (English when it carries no other).
                val language = KeylessErrors.supportedLocales.last()
                Locale.setDefault(language)
                println("language: ${language.toLanguageTag()}")
            } else {
                check(codes == null || codes.all { KeylessErrors.lookup(it).userMessage == WhenPeer.userMessage(it) }) { "the peer disagrees" }
            }
            if (codes != null) {
                bestNanosPerOperation(
                    { index -> KeylessErrors.lookup(codes[index and 63]).userMessage.length },
                    { index -> WhenPeer.userMessage(codes[index and 63]).length }
                )
            } else if (measure == "fresh") {
                bestNanosPerOperation(
                    { index -> KeylessErrors.lookup(60_000 + index).userMessage.length },
                    { index -> WhenPeer.userMessage(60_000 + index).length }
                )
            } else {
                val errors = arrayOfNulls<KeylessError>(64)
                val messages = arrayOfNulls<String>(64)
                bestNanosPerOperation(
                    { index -> KeylessErrors.lookup(60_000 + index).also { errors[index and 63] = it }.userMessage.length },
                    { index -> WhenPeer.userMessage(60_000 + index).also { messages[index and 63] = it }.length }
                )
            }
        }
        println("RESULT ${result.first} ${result.second}")
    }

    /**
     * The first lookup in this JVM, then the peer's first call: (library ns, peer ns). With
     * [afterLoading], the native libraries are loaded (and their version checked) first, so that
     * the lookup times the native pass alone.
     */
    private fun firstUse(afterLoading: Boolean): Pair<Long, Long> {
        if (afterLoading) {
            KeylessErrors.libraryVersion
            // Loading the classes the pass runs (not initialising them) belongs to the first use,
            // not to the pass: each took 0.2 to 0.6 ms here, far more than the native call.
            for (name in listOf("KeylessError\$Catalog", "KeylessError\$Entries")) {
                Class.forName("io.keyless.errors.$name", false, KeylessErrorsBenchmark::class.java.classLoader)
            }
            // The native pass alone is short enough for other processes on a shared machine to
            // double it: it is timed in CPU time of this thread (the management classes that
            // measure it are loaded before).
            val threads = java.lang.management.ManagementFactory.getThreadMXBean()
            val start = threads.currentThreadCpuTime
            KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
            val library = threads.currentThreadCpuTime - start
            val peerStart = threads.currentThreadCpuTime
            WhenPeer.userMessage(KeylessErrors.FACE_NOT_MATCHING)
            return Pair(library, threads.currentThreadCpuTime - peerStart)
        }
        val start = System.nanoTime()
        KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
        val library = System.nanoTime() - start
        val peerStart = System.nanoTime()
        WhenPeer.userMessage(KeylessErrors.FACE_NOT_MATCHING)
        return Pair(library, System.nanoTime() - peerStart)
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

    /**
     * Runs [library] and [peer] [OPERATIONS] times each per round, one after the other, so that a
     * busy moment of a shared machine falls on both alike; for each, the best of 9 rounds after 2
     * warm-up rounds, in ns per operation.
     */
    private inline fun bestNanosPerOperation(library: (Int) -> Int, peer: (Int) -> Int): Pair<Double, Double> {
        var bestLibrary = Double.MAX_VALUE
        var bestPeer = Double.MAX_VALUE
        repeat(11) { round ->
            var total = 0L
            var begin = System.nanoTime()
            for (index in 0 until OPERATIONS) total += library(index)
            val libraryNanos = (System.nanoTime() - begin).toDouble() / OPERATIONS
            begin = System.nanoTime()
            for (index in 0 until OPERATIONS) total += peer(index)
            val peerNanos = (System.nanoTime() - begin).toDouble() / OPERATIONS
            sink += total
            if (round >= 2 && libraryNanos < bestLibrary) bestLibrary = libraryNanos
            if (round >= 2 && peerNanos < bestPeer) bestPeer = peerNanos
        }
        return Pair(bestLibrary, bestPeer)
    }
}
