import io.keyless.errors.KeylessError
import io.keyless.errors.KeylessErrors
import io.keyless.errors.KeylessException
import io.keyless.errors.KeylessUserMessageOverride
import java.util.Locale

/** A Kotlin consumer of the jar: what the README's JVM section shows. */
fun main() {
    val error = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
    println(error)
    // Log the native code; send the shared name to a backend that serves every platform.
    println("shared: ${error.sharedCode} ${error.sharedName}")
    val replacement = KeylessErrors.lookup(KeylessErrors.SDK_CONFIGURE_FAILED_LEGACY).replacedBy
    println("replaced by: ${replacement?.name}, then ${replacement?.replacedBy}")
    try {
        throw KeylessException(KeylessErrors.lookup(-1))
    } catch (thrown: KeylessException) {
        println("thrown: ${thrown.message}")
    }
    // The end-user message in any language the library carries (else the closest, else English).
    val german = Locale.forLanguageTag("de-CH")
    val included = if (Locale.GERMAN in KeylessErrors.supportedLocales) "included" else "missing"
    println("languages: ${KeylessErrors.supportedLocales.first()} first, German $included")
    println("German differs from English: ${error.userMessage(german) != error.userMessage(Locale.ENGLISH)}")
    // The app's own wording first; null keeps the library's.
    KeylessErrors.userMessageOverride = object : KeylessUserMessageOverride {
        override fun userMessage(error: KeylessError, locale: Locale): String? =
            if (error.code == KeylessErrors.FACE_NOT_MATCHING) "our own words (${locale.language})" else null
    }
    println("override: ${error.userMessage(german)}")
    println("binding ${KeylessErrors.VERSION}, library ${KeylessErrors.libraryVersion}")
}
