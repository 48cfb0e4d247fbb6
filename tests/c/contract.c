/* See contract.h. */
#include "contract.h"

#include <inttypes.h>
#include <stdio.h>

const struct contract_string_function contract_string_functions[] = {
    {"keyless_error_category", keyless_error_category, 0},
    {"keyless_error_name", keyless_error_name, 0},
    {"keyless_error_title", keyless_error_title, 0},
    {"keyless_error_description", keyless_error_description, 0},
    {"keyless_error_advice", keyless_error_advice, 0},
    {"keyless_error_user_message", keyless_error_user_message, 0},
    {"keyless_error_note", keyless_error_note, 1},
#if CONTRACT_HAS_SHARED_CODES
    {"keyless_error_shared_name", keyless_error_shared_name, 0},
#endif
};
const size_t contract_string_function_count = sizeof contract_string_functions / sizeof contract_string_functions[0];

int contract_is_printable_ascii(const char *text) {
    const unsigned char *byte;
    if (text == NULL) return 0;
    for (byte = (const unsigned char *)text; *byte != '\0'; byte++) {
        if (*byte < 0x20 || *byte > 0x7E) return 0;
    }
    return 1;
}

int contract_is_valid_message(const char *text) {
    const unsigned char *byte;
    if (text == NULL || text[0] == '\0') return 0;
    for (byte = (const unsigned char *)text; *byte != '\0';) {
        uint32_t code_point;
        if (byte[0] < 0x80) {
            code_point = byte[0];
            byte += 1;
        } else if ((byte[0] & 0xE0) == 0xC0) {
            if ((byte[1] & 0xC0) != 0x80) return 0;
            code_point = ((uint32_t)(byte[0] & 0x1F) << 6) | (byte[1] & 0x3F);
            if (code_point < 0x80) return 0; /* overlong */
            byte += 2;
        } else if ((byte[0] & 0xF0) == 0xE0) {
            if ((byte[1] & 0xC0) != 0x80 || (byte[2] & 0xC0) != 0x80) return 0;
            code_point = ((uint32_t)(byte[0] & 0x0F) << 12) | ((uint32_t)(byte[1] & 0x3F) << 6) | (byte[2] & 0x3F);
            if (code_point < 0x800 || (code_point >= 0xD800 && code_point <= 0xDFFF)) return 0;
            byte += 3;
        } else {
            return 0; /* a 4-byte sequence (above U+FFFF) or not UTF-8 at all */
        }
        if (code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F)) return 0;
    }
    return 1;
}

KeylessErrorCategory contract_category_by_range(int32_t code) {
    if (code < 0) return KEYLESS_ERROR_CATEGORY_UNKNOWN;
    if (code < 20000) return KEYLESS_ERROR_CATEGORY_INTERNAL;
    if (code < 30000) return KEYLESS_ERROR_CATEGORY_INTEGRATION;
    if (code >= 40000 && code < 50000) return KEYLESS_ERROR_CATEGORY_ANTI_INJECT;
    return KEYLESS_ERROR_CATEGORY_USER;
}

const char *const contract_category_labels[5] = {"unknown", "internal", "integration", "user", "anti_inject"};

int contract_action_is_retryable(KeylessErrorAction action) {
    switch (action) {
    case KEYLESS_ERROR_ACTION_RETRY:
    case KEYLESS_ERROR_ACTION_DISMISS:
    case KEYLESS_ERROR_ACTION_VERIFY_ACCOUNT:
    case KEYLESS_ERROR_ACTION_CHECK_CONNECTION:
    case KEYLESS_ERROR_ACTION_WAIT_FOR_LOCKOUT:
    case KEYLESS_ERROR_ACTION_GRANT_CAMERA_PERMISSION:
        return 1;
    default:
        return 0;
    }
}

size_t contract_expected_line(int32_t code, char *out, size_t size) {
    int length = snprintf(out, size, "%" PRId32 " %s (%s): %s", code, keyless_error_name(code),
                          keyless_error_category(code), keyless_error_title(code));
    return length < 0 ? 0 : (size_t)length;
}
