/*
 * The C API's answers, for the Kotlin tests to compare with: the independent
 * side of the agreement tests, so it calls the library directly and never
 * goes through the JNI glue.
 *
 * Usage: c_answers [--resolve <file>] [code...]
 * Prints tab-separated lines (the library's English strings are printable
 * ASCII and its localised ones UTF-8 without control characters, so they hold
 * no tab or newline; this program checks it):
 *
 *   version   <keyless_errors_version()>
 *   enum      category|action  <NAME>  <C value>   every constant of the two enums
 *   known     <code>                               keyless_error_codes, in its order
 *   answer    <code>  <property>  <value>          every property of every known
 *                                                  code, then of each argument
 *   locale    <number>  <tag>                      keyless_error_locales, in its order,
 *                                                  with keyless_error_locale_tag
 *   localized <code>  <number>  <message>          keyless_error_user_message_localized
 *                                                  of every code above in every locale
 *   resolve   <number>  <preferences>              keyless_error_locale of each line
 *                                                  of <file>
 *
 * Built with -Wall -Wextra -Wpedantic -Werror against include/keyless_errors.h.
 * Exits non-zero on a bad argument or a string that breaks the format.
 */
#include "keyless_errors.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every constant of the two C enums. The Kotlin test also scans the header
 * for KEYLESS_ERROR_{CATEGORY,ACTION}_* constants and fails when one is
 * missing here, so this list cannot silently fall behind. */
#define CATEGORIES(X) X(UNKNOWN) X(INTERNAL) X(INTEGRATION) X(USER) X(ANTI_INJECT)
#define ACTIONS(X)                                                                                \
    X(NONE) X(RETRY) X(DISMISS) X(VERIFY_ACCOUNT) X(CHECK_CONNECTION) X(USE_ANOTHER_DEVICE)      \
    X(WAIT_FOR_LOCKOUT) X(GRANT_CAMERA_PERMISSION) X(FIX_INTEGRATION) X(REVOKE_DEVICES)          \
    X(RE_ENROLL) X(UPDATE_SDK) X(RENEW_LICENSE) X(CONTACT_SUPPORT)

#define PRINT_CATEGORY(name) printf("enum\tcategory\t%s\t%u\n", #name, (unsigned)KEYLESS_ERROR_CATEGORY_##name);
#define PRINT_ACTION(name) printf("enum\taction\t%s\t%u\n", #name, (unsigned)KEYLESS_ERROR_ACTION_##name);

static int failed;

static void print_text(int32_t code, const char *property, const char *text) {
    const unsigned char *byte;
    for (byte = (const unsigned char *)text; *byte != '\0'; byte++) {
        if (*byte < 0x20 || *byte > 0x7E) {
            fprintf(stderr, "c_answers: %s(%" PRId32 ") is not printable ASCII\n", property, code);
            failed = 1;
            return;
        }
    }
    printf("answer\t%" PRId32 "\t%s\t%s\n", code, property, text);
}

/* Localised text: UTF-8 without control characters (so no tab or newline). */
static void print_localized(int32_t code, KeylessErrorLocale locale, const char *text) {
    const unsigned char *byte;
    for (byte = (const unsigned char *)text; *byte != '\0'; byte++) {
        if (*byte < 0x20 || *byte == 0x7F) {
            fprintf(stderr, "c_answers: the message of %" PRId32 " in locale %u has a control character\n", code, (unsigned)locale);
            failed = 1;
            return;
        }
    }
    printf("localized\t%" PRId32 "\t%u\t%s\n", code, (unsigned)locale, text);
}

/* keyless_error_locale of each line of `path` (its newline removed). */
static int print_resolutions(const char *path) {
    char line[4096];
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        perror(path);
        return 0;
    }
    while (fgets(line, sizeof line, file) != NULL) {
        size_t length = strlen(line);
        if (length > 0 && line[length - 1] == '\n') line[--length] = '\0';
        printf("resolve\t%u\t%s\n", (unsigned)keyless_error_locale(line), line);
    }
    fclose(file);
    return 1;
}

static void print_number(int32_t code, const char *property, long value) {
    printf("answer\t%" PRId32 "\t%s\t%ld\n", code, property, value);
}

static void print_answers(int32_t code) {
    char line[512];
    size_t length = keyless_error_format(code, line, sizeof line);
    if (length >= sizeof line) {
        fprintf(stderr, "c_answers: the log line of %" PRId32 " is %lu bytes long\n", code, (unsigned long)length);
        failed = 1;
        return;
    }
    print_text(code, "category", keyless_error_category(code));
    print_number(code, "category_id", (long)keyless_error_category_id(code));
    print_text(code, "name", keyless_error_name(code));
    print_text(code, "title", keyless_error_title(code));
    print_text(code, "description", keyless_error_description(code));
    print_text(code, "advice", keyless_error_advice(code));
    print_text(code, "user_message", keyless_error_user_message(code));
    print_text(code, "note", keyless_error_note(code));
    print_number(code, "action", (long)keyless_error_action(code));
    print_number(code, "is_known", keyless_error_is_known(code) ? 1 : 0);
    print_number(code, "is_retryable", keyless_error_is_retryable(code) ? 1 : 0);
    print_number(code, "is_deprecated", keyless_error_is_deprecated(code) ? 1 : 0);
    print_number(code, "replaced_by", (long)keyless_error_replaced_by(code));
    print_number(code, "shared_code", (long)keyless_error_shared_code(code));
    print_text(code, "shared_name", keyless_error_shared_name(code));
    print_text(code, "format", line);
}

int main(int argc, char **argv) {
    int32_t *codes;
    KeylessErrorLocale *locales;
    size_t known, count, locale_count, i, j;
    int argument = 1;
    const char *resolve = NULL;

    if (argc > 2 && strcmp(argv[1], "--resolve") == 0) {
        resolve = argv[2];
        argument = 3;
    }
    printf("version\t%s\n", keyless_errors_version());
    CATEGORIES(PRINT_CATEGORY)
    ACTIONS(PRINT_ACTION)

    /* The documented codes, then the arguments: every code with answers. */
    known = keyless_error_codes(NULL, 0);
    codes = malloc((known + (size_t)argc) * sizeof *codes);
    if (codes == NULL) return 1;
    keyless_error_codes(codes, known);
    count = known;
    for (; argument < argc; argument++) {
        char *end;
        long value;
        errno = 0;
        value = strtol(argv[argument], &end, 10);
        if (errno != 0 || end == argv[argument] || *end != '\0' || value < INT32_MIN || value > INT32_MAX) {
            fprintf(stderr, "c_answers: not an int32 code: %s\n", argv[argument]);
            return 2;
        }
        codes[count++] = (int32_t)value;
    }
    for (i = 0; i < known; i++) printf("known\t%" PRId32 "\n", codes[i]);
    for (i = 0; i < count; i++) print_answers(codes[i]);

    locale_count = keyless_error_locales(NULL, 0);
    locales = malloc((locale_count + 1) * sizeof *locales);
    if (locales == NULL) return 1;
    keyless_error_locales(locales, locale_count);
    for (j = 0; j < locale_count; j++) printf("locale\t%u\t%s\n", (unsigned)locales[j], keyless_error_locale_tag(locales[j]));
    for (i = 0; i < count; i++) {
        for (j = 0; j < locale_count; j++) print_localized(codes[i], locales[j], keyless_error_user_message_localized(codes[i], locales[j]));
    }
    if (resolve != NULL && !print_resolutions(resolve)) return 2;

    free(locales);
    free(codes);
    if (fflush(stdout) != 0) return 1;
    return failed;
}
