/* A library built with KEYLESS_ERRORS_LOCALES=en,it,de (see `make check-locale-subset`)
 * carries English, Italian and German only: it lists exactly those, resolves
 * everything else to one of them or to English, and answers English for the
 * numbers of the languages it left out. */
#include <stdio.h>
#include <string.h>

#include "keyless_errors.h"

static int failures = 0;

static void expect(int condition, const char *what) {
    if (!condition) {
        printf("FAIL: %s\n", what);
        failures++;
    }
}

int main(void) {
    KeylessErrorLocale locales[8];
    size_t count = keyless_error_locales(locales, 8);
    expect(count == 3, "three locales carried");
    expect(count >= 3 && locales[0] == KEYLESS_ERROR_LOCALE_EN, "en first");
    expect(count >= 3 && strcmp(keyless_error_locale_tag(locales[1]), "de") == 0, "then de (the order of l10n/LINGUAS)");
    expect(count >= 3 && strcmp(keyless_error_locale_tag(locales[2]), "it") == 0, "then it");

    expect(strcmp(keyless_error_locale_tag(keyless_error_locale("it-CH")), "it") == 0, "it-CH -> it");
    expect(strcmp(keyless_error_locale_tag(keyless_error_locale("de-AT")), "de") == 0, "de-AT -> de");
    expect(keyless_error_locale("es-MX") == KEYLESS_ERROR_LOCALE_EN, "es-MX -> en: Spanish is left out");
    expect(strcmp(keyless_error_locale_tag(keyless_error_locale("es, it;q=0.5")), "it") == 0,
           "a list skips the languages left out");

    /* The numbers of the left-out languages behave as English, as any other value does. */
    for (KeylessErrorLocale locale = 0; locale < 64; locale++) {
        int carried = 0;
        for (size_t i = 0; i < count; i++) carried |= locales[i] == locale;
        if (carried) continue;
        expect(strcmp(keyless_error_locale_tag(locale), "en") == 0, "a left-out number's tag is en");
        expect(strcmp(keyless_error_user_message_localized(30004, locale), keyless_error_user_message(30004)) == 0,
               "a left-out number answers English");
    }
    expect(strcmp(keyless_error_user_message_localized(30004, locales[2]), keyless_error_user_message(30004)) != 0,
           "Italian is carried and translated");

    if (failures == 0) printf("locale subset: en, de and it carried, every other language answers English\n");
    return failures == 0 ? 0 : 1;
}
