/*
 * The per-call contract of the C ABI, shared by the hardening tests (the
 * libFuzzer target in tests/fuzz/ and the ThreadSanitizer stress test), so
 * that both check the same promises in the same words.
 */
#ifndef KEYLESS_CONTRACT_H
#define KEYLESS_CONTRACT_H

#include "keyless_errors.h"

#include <stddef.h>
#include <stdint.h>

/* keyless_error_shared_code and keyless_error_shared_name arrive in 0.2.0. */
#define CONTRACT_HAS_SHARED_CODES (KEYLESS_ERRORS_VERSION_MAJOR > 0 || KEYLESS_ERRORS_VERSION_MINOR >= 2)
/* The localised user messages and the locale functions arrive in 0.3.0. */
#define CONTRACT_HAS_LOCALES (KEYLESS_ERRORS_VERSION_MAJOR > 0 || KEYLESS_ERRORS_VERSION_MINOR >= 3)
/* The shared cross-platform model's fallback for every code it does not map (model 6.0.0). */
#define CONTRACT_SHARED_FALLBACK_CODE 1000
#define CONTRACT_SHARED_FALLBACK_NAME "SDK_ERROR"
#if defined(KEYLESS_ERROR_SHARED_FALLBACK_CODE) && KEYLESS_ERROR_SHARED_FALLBACK_CODE != CONTRACT_SHARED_FALLBACK_CODE
#error "the header's KEYLESS_ERROR_SHARED_FALLBACK_CODE disagrees with the shared model's 1000"
#endif

/* Every exported function that maps a code to a string. */
struct contract_string_function {
    const char *name;
    const char *(*function)(int32_t code);
    int may_be_empty; /* only the note is "" when there is none */
};
extern const struct contract_string_function contract_string_functions[];
extern const size_t contract_string_function_count;

/* Non-NULL, and every byte printable ASCII (0x20..0x7E) up to the NUL. */
int contract_is_printable_ascii(const char *text);

/* A localised message as the header promises it: non-NULL, not empty, valid
 * UTF-8 (shortest forms, no surrogates), no control character (C0, DEL, C1)
 * and no code point above U+FFFF (so it is also JNI's modified UTF-8). */
int contract_is_valid_message(const char *text);

/* The category rule of the header, written independently of the library. */
KeylessErrorCategory contract_category_by_range(int32_t code);

/* The string form of each category, indexed by its value. */
extern const char *const contract_category_labels[5];

/* The actions the header lists as retryable. */
int contract_action_is_retryable(KeylessErrorAction action);

/* Writes the line keyless_error_format must produce, built independently
 * from the name, category and title functions, and returns its length. */
size_t contract_expected_line(int32_t code, char *out, size_t size);

#endif /* KEYLESS_CONTRACT_H */
