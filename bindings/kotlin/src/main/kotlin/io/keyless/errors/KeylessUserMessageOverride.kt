package io.keyless.errors

import java.util.Locale

/**
 * An app's own wording of end-user messages, for any error and any language: install one with
 * [KeylessErrors.userMessageOverride], and [KeylessError.userMessage] asks it first.
 *
 * From Java, a lambda will do:
 * ```
 * KeylessErrors.setUserMessageOverride((error, locale) ->
 *     error.getCode() == KeylessErrors.FACE_NOT_MATCHING ? myOwnText(locale) : null);
 * ```
 * On Android, the app's own string resources can back it (see the binding's README), under the
 * names `keyless_error_<code>_user_message` and `keyless_error_undocumented_<category>_user_message`.
 */
public interface KeylessUserMessageOverride {
    /**
     * The app's message for [error] in [locale] (the locale the message was asked for, as given:
     * [Locale.getDefault] for [KeylessError.userMessage]), or null to keep the library's.
     *
     * Called on every read of a user message, from any thread: keep it fast (cache what it looks
     * up) and thread-safe. What it throws reaches the caller of [KeylessError.userMessage].
     */
    public fun userMessage(error: KeylessError, locale: Locale): String?
}
