package io.keyless.errors

import java.io.File
import java.lang.reflect.InvocationTargetException
import java.net.URLClassLoader
import kotlin.system.exitProcess

/**
 * Started by [NativeLoaderTest] in a JVM of its own, with the binding's jar on its class path (or
 * handed to a class loader): uses the binding once, and prints what happened, one line each:
 *
 * - `loaded <path>`: the lookup answered, and the JVM mapped the glue from `<path>` (read from
 *   /proc/self/maps; a deleted copy ends in " (deleted)", which is dropped);
 * - `failed <exception class>: <message>` (exit status 3): the lookup threw.
 *
 * Arguments: none (one lookup); `retry <folder>` (one lookup, expected to fail, printed as
 * `first failed ...`; then the property keyless.errors.lib.dir set to `<folder>`, and a second
 * lookup in the same JVM); `url-class-loader <jar> <kotlin-stdlib>` (the binding loaded by a
 * class loader of its own, from `File.toURL()` URLs, which leave spaces unescaped).
 */
object LoaderProbe {
    @JvmStatic
    fun main(args: Array<String>) {
        when (args.getOrNull(0)) {
            "retry" -> {
                try {
                    KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
                    println("first loaded ${loadedGlue()}")
                } catch (failure: Throwable) {
                    println("first failed ${failure.javaClass.name}: ${failure.message}")
                }
                System.setProperty(KeylessErrors.LIBRARY_FOLDER_PROPERTY, args[1])
                report { KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING) }
            }
            "url-class-loader" -> {
                @Suppress("DEPRECATION") // File.toURL() on purpose: the URLs it makes are what failed
                val urls = arrayOf(File(args[1]).toURL(), File(args[2]).toURL())
                val loader = URLClassLoader(urls, null)
                val errors = loader.loadClass("io.keyless.errors.KeylessErrors")
                check(errors.classLoader === loader) { "the binding came from the wrong class loader" }
                report { errors.getMethod("lookup", Int::class.javaPrimitiveType).invoke(null, KeylessErrors.FACE_NOT_MATCHING) }
            }
            else -> report { KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING) }
        }
    }

    private fun report(lookup: () -> Any?) {
        try {
            val error = lookup().toString()
            check(error.startsWith("${KeylessErrors.FACE_NOT_MATCHING} FACE_NOT_MATCHING")) { "the lookup answered $error" }
            println("loaded ${loadedGlue()}")
        } catch (thrown: Throwable) {
            val failure = if (thrown is InvocationTargetException) thrown.cause!! else thrown
            println("failed ${failure.javaClass.name}: ${failure.message}")
            exitProcess(3)
        }
    }

    private fun loadedGlue(): String {
        val line = File("/proc/self/maps").readLines().first { it.contains("/libkeyless_errors_jni.so") }
        return line.substring(line.indexOf('/')).removeSuffix(" (deleted)")
    }
}

/**
 * Started by [NativeLoaderTest]: makes an extraction folder in `args[0]` exactly as the jar's
 * loader does, holds its lock, prints its path, and waits to be killed.
 */
object ExtractionHolder {
    @JvmStatic
    fun main(args: Array<String>) {
        println(KeylessError.startExtractionForTests(args[0]))
        System.out.flush()
        Thread.sleep(Long.MAX_VALUE)
    }
}
