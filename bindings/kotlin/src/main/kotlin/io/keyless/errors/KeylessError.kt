package io.keyless.errors

/**
 * Everything the library knows about one Keyless SDK error code. Get one with
 * [KeylessErrors.lookup].
 *
 * Immutable, and identified by its [code] alone: two instances with the same code are equal, and
 * [toString] is the one-line summary that `keyless_error_format` writes. Undocumented codes get
 * their category's general guidance, with [name] `"UNKNOWN"` and [isKnown] false.
 */
public class KeylessError internal constructor(
    /** The numeric code, exactly as the SDK reported it. */
    public val code: Int,
    /** The group the code belongs to, which follows from its range. */
    public val category: KeylessErrorCategory,
    /** The recommended reaction, for app logic that should not parse text. */
    public val action: KeylessErrorAction,
    /**
     * The stable SCREAMING_SNAKE name, such as `"FACE_NOT_MATCHING"`; `"UNKNOWN"` for an
     * undocumented code. Names never change once published: safe to log, persist, or use as the
     * key of localized strings.
     */
    public val name: String,
    /** A short title for developers and logs, such as `"Face not matching"`. Never empty. */
    public val title: String,
    /** What the code means, for developers. Never empty. */
    public val description: String,
    /** What the integrator should do about the code. Never empty. */
    public val advice: String,
    /**
     * A message that is safe to show the end user as it is (English). Never empty. Apps that
     * localize should key their own strings on [name].
     */
    public val userMessage: String,
    /**
     * The lifecycle note: since when the code is no longer returned, or how its meaning changed.
     * Empty when there is none.
     */
    public val note: String,
    /** True when the code is documented: exactly the codes of [KeylessErrors.all]. */
    public val isKnown: Boolean,
    /** True when the same user may succeed by trying again on this device, after [action]. */
    public val isRetryable: Boolean,
    /** True when current SDK versions no longer return the code; [note] says since when. */
    public val isDeprecated: Boolean,
    /** The code that replaced this one, or null when there is none. */
    public val replacedBy: Int?,
    private val logLine: String
) : java.io.Serializable { // KeylessException, a Throwable, is Serializable and holds one

    /** Equal when [other] is a [KeylessError] with the same [code]. */
    override fun equals(other: Any?): Boolean = other is KeylessError && other.code == code

    /** The [code] itself. */
    override fun hashCode(): Int = code

    /**
     * The one-line summary for logs, `<code> <NAME> (<category>): <title>`, such as
     * `30004 FACE_NOT_MATCHING (user): Face not matching`.
     */
    override fun toString(): String = logLine
}
