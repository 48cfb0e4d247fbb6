package io.keyless.errors

import java.util.Locale
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.Assert.assertEquals
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * Many threads look codes up at once, starting together on a binding nobody has used yet: the
 * Makefile runs this class alone, in a JVM of its own, so the threads race the one-time load of
 * the native library, the read of the catalog, and the first read of each language (every
 * thread asks in its own language, and several threads share each one).
 */
class FirstUseConcurrencyTest {
    @Test
    fun concurrentLookupsFromTheFirstUseOnAgreeWithCAndShareOneCache() {
        val threads = 16
        val rounds = 200
        // Everything the threads compare against is read before they start, from the C helper,
        // which does not touch the binding.
        val codes = CApi.answeredCodes
        val expectedLines = codes.associateWith { CApi.answer(it, "format") }
        val languages = CApi.locales.entries.toList()

        val start = CountDownLatch(1)
        val pool = Executors.newFixedThreadPool(threads)
        try {
            val results = (0 until threads).map { thread ->
                val (number, tag) = languages[(thread / 2) % languages.size] // two threads per language
                val locale = Locale.forLanguageTag(tag)
                val expectedMessages = codes.associateWith { CApi.localized(it, number) }
                pool.submit(Callable {
                    start.await()
                    val seen = HashMap<Int, KeylessError>()
                    repeat(rounds) { round ->
                        // Each thread walks the codes from a different place, so they collide.
                        for (offset in codes.indices) {
                            val code = codes[(offset + round + thread * 7) % codes.size]
                            val error = KeylessErrors.lookup(code)
                            check(error.code == code) { "lookup($code) returned ${error.code}" }
                            check(error.toString() == expectedLines[code]) { "lookup($code) = $error" }
                            check(error.userMessage(locale) == expectedMessages[code]) { "userMessage of $code in $tag" }
                            if (error.isKnown) seen[code] = error
                        }
                    }
                    seen
                })
            }
            start.countDown()
            val seenByThread = results.map { it.get(2, TimeUnit.MINUTES) }

            // One catalog for everyone: every thread saw the very same instances as `all`.
            val cached = KeylessErrors.all.associateBy { it.code }
            assertEquals(CApi.knownCodes.toSet(), cached.keys)
            for (seen in seenByThread) {
                assertEquals(cached.keys, seen.keys)
                for ((code, error) in seen) assertSame("code $code", cached[code], error)
            }
        } finally {
            pool.shutdown()
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES))
        }
    }
}
