/*
 * explain: what Keyless SDK error codes mean, from the command line.
 *
 *   explain 30004 507 99999     explain these codes
 *   explain                     list every documented code
 *
 * A plain C consumer of include/keyless_errors.h; `make demo` builds and runs it.
 */
#include "keyless_errors.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static const char *action_label(KeylessErrorAction action) {
    switch (action) {
    case KEYLESS_ERROR_ACTION_NONE: return "none";
    case KEYLESS_ERROR_ACTION_RETRY: return "retry";
    case KEYLESS_ERROR_ACTION_DISMISS: return "dismiss";
    case KEYLESS_ERROR_ACTION_VERIFY_ACCOUNT: return "verify account";
    case KEYLESS_ERROR_ACTION_CHECK_CONNECTION: return "check connection";
    case KEYLESS_ERROR_ACTION_USE_ANOTHER_DEVICE: return "use another device";
    case KEYLESS_ERROR_ACTION_WAIT_FOR_LOCKOUT: return "wait for lockout";
    case KEYLESS_ERROR_ACTION_GRANT_CAMERA_PERMISSION: return "grant camera permission";
    case KEYLESS_ERROR_ACTION_FIX_INTEGRATION: return "fix integration";
    case KEYLESS_ERROR_ACTION_REVOKE_DEVICES: return "revoke devices";
    case KEYLESS_ERROR_ACTION_RE_ENROLL: return "re-enroll";
    case KEYLESS_ERROR_ACTION_UPDATE_SDK: return "update SDK";
    case KEYLESS_ERROR_ACTION_RENEW_LICENSE: return "renew license";
    case KEYLESS_ERROR_ACTION_CONTACT_SUPPORT: return "contact support";
    default: return "(newer than this program)";
    }
}

static void explain(int32_t code) {
    char line[256];
    int32_t successor = keyless_error_replaced_by(code);

    /* Measure first, as snprintf allows, so a long line is never cut silently. */
    if (keyless_error_format(code, line, sizeof line) >= sizeof line) {
        fprintf(stderr, "line for %" PRId32 " was truncated\n", code);
    }
    printf("%s%s\n", line, keyless_error_is_known(code) ? "" : "   [undocumented]");
    printf("  meaning:      %s\n", keyless_error_description(code));
    printf("  advice:       %s\n", keyless_error_advice(code));
    printf("  tell user:    %s\n", keyless_error_user_message(code));
    printf("  action:       %s%s\n", action_label(keyless_error_action(code)),
           keyless_error_is_retryable(code) ? " (retryable)" : "");
    if (keyless_error_note(code)[0] != '\0') printf("  note:         %s\n", keyless_error_note(code));
    if (keyless_error_is_deprecated(code)) printf("  deprecated:   yes\n");
    if (successor != -1) printf("  replaced by:  %" PRId32 " %s\n", successor, keyless_error_name(successor));
    /* The shared cross-platform code: for a backend that collects errors from
       web, Android and iOS. A different numbering: never mix the two. */
    printf("  shared model: %" PRId32 " %s\n", keyless_error_shared_code(code), keyless_error_shared_name(code));
    printf("\n");
}

int main(int argc, char **argv) {
    int32_t codes[64];
    size_t count, i;
    int status = EXIT_SUCCESS;

    printf("keyless-errors %s\n\n", keyless_errors_version());
    if (argc > 1) {
        int arg;
        for (arg = 1; arg < argc; arg++) {
            char *end;
            long value;
            errno = 0;
            value = strtol(argv[arg], &end, 10);
            if (errno != 0 || *end != '\0' || end == argv[arg] || value < INT32_MIN || value > INT32_MAX) {
                fprintf(stderr, "not a 32-bit code: %s\n", argv[arg]);
                status = EXIT_FAILURE;
                continue;
            }
            explain((int32_t)value);
        }
        return status;
    }

    count = keyless_error_codes(codes, sizeof codes / sizeof codes[0]);
    if (count > sizeof codes / sizeof codes[0]) count = sizeof codes / sizeof codes[0];
    for (i = 0; i < count; i++) {
        char line[256];
        keyless_error_format(codes[i], line, sizeof line);
        printf("%-92s %s%s\n", line, action_label(keyless_error_action(codes[i])),
               keyless_error_is_deprecated(codes[i]) ? ", deprecated" : "");
    }
    return status;
}
