/*
 * The C API's answers, for the Kotlin tests to compare with: the independent
 * side of the agreement tests, so it calls the library directly and never
 * goes through the JNI glue.
 *
 * Usage: c_answers [code...]
 * Prints tab-separated lines (the library's strings are printable ASCII, so
 * they hold no tab or newline; this program checks it):
 *
 *   version <keyless_errors_version()>
 *   enum    category|action  <NAME>  <C value>     every constant of the two enums
 *   known   <code>                                 keyless_error_codes, in its order
 *   answer  <code>  <property>  <value>            every property of every known
 *                                                  code, then of each argument
 *
 * Built with -Wall -Wextra -Wpedantic -Werror against include/keyless_errors.h.
 * Exits non-zero on a bad argument or a string that breaks the format.
 */
#include "keyless_errors.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

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
    int32_t known[256];
    size_t count, i;
    int argument;

    printf("version\t%s\n", keyless_errors_version());
    CATEGORIES(PRINT_CATEGORY)
    ACTIONS(PRINT_ACTION)

    count = keyless_error_codes(known, sizeof known / sizeof known[0]);
    if (count > sizeof known / sizeof known[0]) {
        fprintf(stderr, "c_answers: %lu known codes do not fit the buffer\n", (unsigned long)count);
        return 1;
    }
    for (i = 0; i < count; i++) printf("known\t%" PRId32 "\n", known[i]);
    for (i = 0; i < count; i++) print_answers(known[i]);

    for (argument = 1; argument < argc; argument++) {
        char *end;
        long value;
        errno = 0;
        value = strtol(argv[argument], &end, 10);
        if (errno != 0 || end == argv[argument] || *end != '\0' || value < INT32_MIN || value > INT32_MAX) {
            fprintf(stderr, "c_answers: not an int32 code: %s\n", argv[argument]);
            return 2;
        }
        print_answers((int32_t)value);
    }
    if (fflush(stdout) != 0) return 1;
    return failed;
}
