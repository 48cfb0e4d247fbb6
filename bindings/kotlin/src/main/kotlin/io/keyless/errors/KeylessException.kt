package io.keyless.errors

import java.io.InvalidObjectException
import java.io.ObjectInputStream

/**
 * An exception that carries a Keyless SDK [error], for apps that prefer to throw.
 *
 * Unchecked (a [RuntimeException]), like every Kotlin exception, so Java callers need no
 * `throws` clause. Its [message] is the error's one-line summary, such as
 * `30004 FACE_NOT_MATCHING (user): Face not matching`, so logs and crash reports keep the numeric
 * code and the stable name; [getLocalizedMessage] is the end-user message, in the language of
 * [java.util.Locale.getDefault].
 *
 * ```
 * throw KeylessException(KeylessErrors.lookup(code), cause = sdkError)
 * ```
 *
 * Both texts always come from the library, also after Java deserialization: the error is
 * serialized as its code alone, and the message is not read from the stream.
 */
public class KeylessException @JvmOverloads constructor(
    /** The error this exception reports. */
    public val error: KeylessError,
    cause: Throwable? = null
) : RuntimeException(null as String?, cause) { // no message field: [message] reads the library

    /** The error's one-line summary for logs (English): [KeylessError.toString]. */
    override val message: String
        get() = error.toString()

    /** The end-user message in the language of the default locale: [KeylessError.userMessage]. */
    override fun getLocalizedMessage(): String = error.userMessage

    /**
     * The class name and the one-line summary, as for any exception but with the log line
     * rather than the localized message: stack traces keep the code and the name.
     */
    override fun toString(): String = javaClass.name + ": " + message

    /** A stream without an error was forged: refused. */
    @Suppress("SENSELESS_COMPARISON")
    private fun readObject(stream: ObjectInputStream) {
        stream.defaultReadObject()
        if (error == null) throw InvalidObjectException("keyless-errors: a KeylessException without its error")
    }
}
