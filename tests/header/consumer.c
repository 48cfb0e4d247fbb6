/*
 * A consumer of include/keyless_errors.h, compiled (not linked) by
 * tests/header/matrix.sh in every configuration of its list: C, C++ and
 * Objective-C, gcc and clang, several standards and warning sets. It uses
 * every type, macro and function once, so that the declarations are checked
 * and not only parsed. tests/dist/link-apple.py also links it into Apple
 * executables, and fails when it does not call every function of the header. Written in the common subset of C99 and C++11, without
 * casts, so that the warnings it triggers are the header's.
 */
#include "keyless_errors.h"

int keyless_header_consumer(void);

int keyless_header_consumer(void) {
    char line[64];
    int32_t codes[4];
    const KeylessErrorCategory category = keyless_error_category_id(30004);
    const KeylessErrorAction action = keyless_error_action(30004);
    const size_t listed = keyless_error_codes(codes, 4);
    const size_t length = keyless_error_format(30004, line, sizeof line);
    KeylessErrorLocale locales[4];
    const size_t locale_count = keyless_error_locales(locales, 4);
    const KeylessErrorLocale locale = keyless_error_locale("fr-CH, de;q=0.8, *;q=0.1");
    const char *const texts[] = {
        keyless_error_category(30004), keyless_error_name(30004),         keyless_error_title(30004),
        keyless_error_description(30004), keyless_error_advice(30004), keyless_error_user_message(30004),
        keyless_error_note(30004),     keyless_errors_version(),          keyless_error_locale_tag(locale),
        keyless_error_user_message_localized(30004, locale),
    };
    int score = KEYLESS_ERRORS_VERSION_MAJOR + KEYLESS_ERRORS_VERSION_MINOR + KEYLESS_ERRORS_VERSION_PATCH;
    if (category == KEYLESS_ERROR_CATEGORY_USER) score++;
    if (action == KEYLESS_ERROR_ACTION_VERIFY_ACCOUNT) score++;
    if (listed > 4 && length < sizeof line) score++;
    if (texts[0][0] != '\0' && texts[7][0] != '\0') score++;
    if (keyless_error_replaced_by(20005) == 20010) score++;
    if (keyless_error_shared_code(30004) != KEYLESS_ERROR_SHARED_FALLBACK_CODE && keyless_error_shared_name(30004)[0] != '\0')
        score++;
    if (keyless_error_is_known(30004) && keyless_error_is_retryable(30004) && !keyless_error_is_deprecated(30004)) score++;
    if (locale_count > 0 && locales[0] == KEYLESS_ERROR_LOCALE_EN && texts[8][0] != '\0' && texts[9][0] != '\0') score++;
    return score;
}
