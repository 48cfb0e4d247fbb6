package io.keyless.errors

import kotlin.system.exitProcess

/**
 * Run by the Makefile's version-probe with a library that claims another version (args: that
 * version, then the binding's): the first use must fail with an [UnsatisfiedLinkError] that names
 * both, and never answer.
 */
object VersionMismatchProbe {
    @JvmStatic
    fun main(args: Array<String>) {
        val claimed = args[0]
        val bindingMajorMinor = args[1].substringBeforeLast('.')
        try {
            val error = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
            System.err.println("FAIL: a library claiming version $claimed was used: $error")
            exitProcess(1)
        } catch (refused: UnsatisfiedLinkError) {
            val message = refused.message.orEmpty()
            if (!message.contains(claimed) || !message.contains("$bindingMajorMinor.")) {
                System.err.println("FAIL: the error does not name both versions: $message")
                exitProcess(1)
            }
            println("ok: refused with: $message")
        }
    }
}
