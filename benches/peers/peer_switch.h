/* Generated from src/catalog.rs by tests/codegen/peers.rs; do not edit. Regenerate with `make regenerate`. */
/* The C peer: the library's C API, hand-written as switches (see peer_switch.c). */

#ifndef PEER_SWITCH_H
#define PEER_SWITCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    PEER_ERROR_CATEGORY_UNKNOWN = 0,
    PEER_ERROR_CATEGORY_INTERNAL = 1,
    PEER_ERROR_CATEGORY_INTEGRATION = 2,
    PEER_ERROR_CATEGORY_USER = 3,
    PEER_ERROR_CATEGORY_ANTI_INJECT = 4,
};

enum {
    PEER_ERROR_ACTION_NONE = 0,
    PEER_ERROR_ACTION_RETRY = 1,
    PEER_ERROR_ACTION_DISMISS = 2,
    PEER_ERROR_ACTION_VERIFY_ACCOUNT = 3,
    PEER_ERROR_ACTION_CHECK_CONNECTION = 4,
    PEER_ERROR_ACTION_USE_ANOTHER_DEVICE = 5,
    PEER_ERROR_ACTION_WAIT_FOR_LOCKOUT = 6,
    PEER_ERROR_ACTION_GRANT_CAMERA_PERMISSION = 7,
    PEER_ERROR_ACTION_FIX_INTEGRATION = 8,
    PEER_ERROR_ACTION_REVOKE_DEVICES = 9,
    PEER_ERROR_ACTION_RE_ENROLL = 10,
    PEER_ERROR_ACTION_UPDATE_SDK = 11,
    PEER_ERROR_ACTION_RENEW_LICENSE = 12,
    PEER_ERROR_ACTION_CONTACT_SUPPORT = 13,
};

uint32_t peer_error_action(int32_t code);
const char *peer_error_advice(int32_t code);
const char *peer_error_category(int32_t code);
uint32_t peer_error_category_id(int32_t code);
size_t peer_error_codes(int32_t *out, size_t capacity);
const char *peer_error_description(int32_t code);
size_t peer_error_format(int32_t code, char *buf, size_t size);
bool peer_error_is_deprecated(int32_t code);
bool peer_error_is_known(int32_t code);
bool peer_error_is_retryable(int32_t code);
const char *peer_error_locale_tag(uint32_t locale);
size_t peer_error_locales(uint32_t *out, size_t capacity);
const char *peer_error_name(int32_t code);
const char *peer_error_note(int32_t code);
int32_t peer_error_replaced_by(int32_t code);
int32_t peer_error_shared_code(int32_t code);
const char *peer_error_shared_name(int32_t code);
const char *peer_error_title(int32_t code);
const char *peer_error_user_message(int32_t code);
const char *peer_error_user_message_localized(int32_t code, uint32_t locale);
const char *peer_errors_version(void);

/* Every function of the API that maps a code to one answer: X(suffix, STRING or VALUE). */
#define PEER_LOOKUPS(X) \
    X(category, STRING) \
    X(category_id, VALUE) \
    X(name, STRING) \
    X(title, STRING) \
    X(description, STRING) \
    X(advice, STRING) \
    X(user_message, STRING) \
    X(note, STRING) \
    X(action, VALUE) \
    X(is_known, VALUE) \
    X(is_retryable, VALUE) \
    X(is_deprecated, VALUE) \
    X(replaced_by, VALUE) \
    X(shared_code, VALUE) \
    X(shared_name, STRING)

#endif /* PEER_SWITCH_H */
