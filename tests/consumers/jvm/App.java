import io.keyless.errors.KeylessError;
import io.keyless.errors.KeylessErrors;
import io.keyless.errors.KeylessException;
import java.util.Locale;

/** A Java consumer of the jar: what the README's JVM section shows. */
public class App {
    public static void main(String[] args) {
        KeylessError error = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING);
        System.out.println(error);
        // Log the native code; send the shared name to a backend that serves every platform.
        System.out.println("shared: " + error.getSharedCode() + " " + error.getSharedName());
        KeylessError replacement = KeylessErrors.lookup(KeylessErrors.SDK_CONFIGURE_FAILED_LEGACY).getReplacedBy();
        System.out.println("replaced by: " + replacement.getName() + ", then " + replacement.getReplacedBy());
        try {
            throw new KeylessException(KeylessErrors.lookup(-1)); // unchecked: no throws clause needed
        } catch (KeylessException thrown) {
            System.out.println("thrown: " + thrown.getMessage());
        }
        // The end-user message in any language the library carries (else the closest, else English).
        Locale german = Locale.forLanguageTag("de-CH");
        System.out.println("languages: " + KeylessErrors.getSupportedLocales().get(0) + " first, German "
            + (KeylessErrors.getSupportedLocales().contains(Locale.GERMAN) ? "included" : "missing"));
        System.out.println("German differs from English: "
            + !error.userMessage(german).equals(error.userMessage(Locale.ENGLISH)));
        // The app's own wording first, as a lambda; null keeps the library's.
        KeylessErrors.setUserMessageOverride((overridden, locale) ->
            overridden.getCode() == KeylessErrors.FACE_NOT_MATCHING ? "our own words (" + locale.getLanguage() + ")" : null);
        System.out.println("override: " + error.userMessage(german));
        System.out.println("binding " + KeylessErrors.VERSION + ", library " + KeylessErrors.getLibraryVersion());
    }
}
