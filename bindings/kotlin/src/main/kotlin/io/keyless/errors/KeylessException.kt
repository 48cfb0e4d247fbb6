package io.keyless.errors

/**
 * An exception that carries a Keyless SDK [error], for apps that prefer to throw.
 *
 * Unchecked (a [RuntimeException]), like every Kotlin exception, so Java callers need no
 * `throws` clause. Its message is the error's one-line summary, such as
 * `30004 FACE_NOT_MATCHING (user): Face not matching`, so logs and crash reports keep the numeric
 * code and the stable name.
 *
 * ```
 * throw KeylessException(KeylessErrors.lookup(code), cause = sdkError)
 * ```
 */
public class KeylessException @JvmOverloads constructor(
    /** The error this exception reports. */
    public val error: KeylessError,
    cause: Throwable? = null
) : RuntimeException(error.toString(), cause)
