/*
 * A reduced sweep of the whole C API, meant to run on every architecture the
 * library is shipped for (under qemu for ARM): every function over every
 * STEP-th code of the 2^32 (default 257, about 16.7 million codes, a step
 * that is prime so the sample hits every residue and every range), plus
 * every documented code, plus the size_t edges that differ on 32-bit targets.
 *
 * What it checks comes from the header's contract only, with the rules of the
 * shared C contract (tests/c/contract.c):
 *   - string functions never return NULL and return printable ASCII
 *     (validated once per distinct pointer, since the strings are static);
 *   - the category follows the range rule, as an enum and as a label;
 *   - keyless_error_is_known(code) holds exactly for the listed codes;
 *   - undocumented codes get the documented fallbacks (name, note,
 *     lifecycle, shared model, the category's action and texts);
 *   - is_retryable derives from the action;
 *   - keyless_error_format writes exactly "CODE NAME (CATEGORY): TITLE";
 *   - sizes above PTRDIFF_MAX (SIZE_MAX included) neither overflow nor
 *     write past what the call needs, for keyless_error_format and
 *     keyless_error_codes.
 *
 * Usage: sweep [STEP]   exits 1 on the first failures (at most 20 printed).
 */
#include "contract.h"
#include "keyless_errors.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long failures;

#define CHECK(condition, ...)                                        \
    do {                                                             \
        if (!(condition)) {                                          \
            if (failures < 20) {                                     \
                printf("FAIL %s:%d: ", __FILE__, __LINE__);          \
                printf(__VA_ARGS__);                                 \
                printf("\n");                                        \
            }                                                        \
            failures++;                                              \
        }                                                            \
    } while (0)

/* Every distinct string pointer seen so far, so each static string is
 * scanned once (a small open-addressing set; the library has a few hundred). */
#define SEEN_SLOTS 4096
static const char *seen[SEEN_SLOTS];
static size_t seen_count;

static void check_string(const char *text, int32_t code, const char *function, int may_be_empty) {
    size_t slot;
    if (text == NULL) {
        CHECK(0, "%s(%" PRId32 ") returned NULL", function, code);
        return;
    }
    if (text[0] == '\0') CHECK(may_be_empty, "%s(%" PRId32 ") is empty", function, code);
    slot = ((size_t)(uintptr_t)text >> 3) % SEEN_SLOTS;
    while (seen[slot] != NULL) {
        if (seen[slot] == text) return;
        slot = (slot + 1) % SEEN_SLOTS;
    }
    if (seen_count + 1 >= SEEN_SLOTS) {
        CHECK(0, "more than %d distinct strings", SEEN_SLOTS - 1);
        return;
    }
    seen[slot] = text;
    seen_count++;
    CHECK(contract_is_printable_ascii(text), "%s(%" PRId32 ") is not printable ASCII", function, code);
}

#define CATEGORY_COUNT (sizeof contract_category_labels / sizeof contract_category_labels[0])

static KeylessErrorAction fallback_action(KeylessErrorCategory category) {
    switch (category) {
    case KEYLESS_ERROR_CATEGORY_USER: return KEYLESS_ERROR_ACTION_RETRY;
    case KEYLESS_ERROR_CATEGORY_INTEGRATION: return KEYLESS_ERROR_ACTION_FIX_INTEGRATION;
    case KEYLESS_ERROR_CATEGORY_INTERNAL:
    case KEYLESS_ERROR_CATEGORY_ANTI_INJECT: return KEYLESS_ERROR_ACTION_CONTACT_SUPPORT;
    default: return KEYLESS_ERROR_ACTION_NONE;
    }
}

static int32_t known_codes[256];
static size_t known_count;

static int is_listed(int32_t code) {
    size_t low = 0, high = known_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (known_codes[middle] == code) return 1;
        if (known_codes[middle] < code) low = middle + 1; else high = middle;
    }
    return 0;
}

/* The texts of the first undocumented code met in each category: every later
 * undocumented code of that category must give the same ones. */
static const char *fallback_texts[CATEGORY_COUNT][4];

static void check_code(int32_t code) {
    const KeylessErrorCategory category = contract_category_by_range(code);
    const KeylessErrorAction action = keyless_error_action(code);
    const int known = keyless_error_is_known(code);
    char line[512], expected[512];
    size_t length, i;

    for (i = 0; i < contract_string_function_count; i++) {
        const struct contract_string_function *const function = &contract_string_functions[i];
        check_string(function->function(code), code, function->name, function->may_be_empty);
    }
    if (failures > 0) return; /* a NULL would crash the checks below */

    CHECK(keyless_error_category_id(code) == category, "category_id(%" PRId32 ") = %d, want %d", code,
          (int)keyless_error_category_id(code), (int)category);
    CHECK(strcmp(keyless_error_category(code), contract_category_labels[category]) == 0, "category(%" PRId32 ") = \"%s\", want \"%s\"",
          code, keyless_error_category(code), contract_category_labels[category]);
    CHECK(known == is_listed(code), "is_known(%" PRId32 ") = %d disagrees with keyless_error_codes", code, known);
    CHECK(keyless_error_is_retryable(code) == contract_action_is_retryable(action),
          "is_retryable(%" PRId32 ") disagrees with action %d", code, (int)action);
    if (keyless_error_replaced_by(code) != -1) {
        CHECK(keyless_error_is_deprecated(code), "replaced_by(%" PRId32 ") without being deprecated", code);
    }
    if (!known) {
        const char *const texts[4] = {keyless_error_title(code), keyless_error_description(code), keyless_error_advice(code),
                                      keyless_error_user_message(code)};
        CHECK(strcmp(keyless_error_name(code), "UNKNOWN") == 0, "name(%" PRId32 ") = \"%s\", want UNKNOWN", code,
              keyless_error_name(code));
        CHECK(keyless_error_note(code)[0] == '\0', "note(%" PRId32 ") is not empty", code);
        CHECK(!keyless_error_is_deprecated(code), "undocumented %" PRId32 " is deprecated", code);
        CHECK(keyless_error_replaced_by(code) == -1, "undocumented %" PRId32 " has a replacement", code);
        CHECK(keyless_error_shared_code(code) == CONTRACT_SHARED_FALLBACK_CODE, "shared_code(%" PRId32 ") = %" PRId32, code,
              keyless_error_shared_code(code));
        CHECK(strcmp(keyless_error_shared_name(code), CONTRACT_SHARED_FALLBACK_NAME) == 0, "shared_name(%" PRId32 ") = \"%s\"",
              code, keyless_error_shared_name(code));
        CHECK(action == fallback_action(category), "action(%" PRId32 ") = %d, want the category's %d", code, (int)action,
              (int)fallback_action(category));
        for (i = 0; i < 4; i++) {
            if (fallback_texts[category][i] == NULL) fallback_texts[category][i] = texts[i];
            CHECK(texts[i] == fallback_texts[category][i] || strcmp(texts[i], fallback_texts[category][i]) == 0,
                  "text %lu of %" PRId32 " differs from its category's", (unsigned long)i, code);
        }
    }

    contract_expected_line(code, expected, sizeof expected);
    length = keyless_error_format(code, line, sizeof line);
    CHECK(length == strlen(expected) && strcmp(line, expected) == 0, "format(%" PRId32 ") = \"%s\", want \"%s\"", code, line,
          expected);
}

/* Sizes that only matter where size_t is narrow or where size * 4 or a
 * pointer + size can overflow: every one must act as "large enough". */
static void check_large_sizes(void) {
    const size_t sizes[] = {SIZE_MAX, SIZE_MAX - 1, SIZE_MAX / 2, SIZE_MAX / 2 + 1, SIZE_MAX / sizeof(int32_t) + 1,
                            (size_t)PTRDIFF_MAX, (size_t)PTRDIFF_MAX + 1};
    const int32_t codes[] = {INT32_MIN, -1, 0, 30004, 99999, INT32_MAX};
    char line[512];
    int32_t out[300];
    size_t s, c, j, length, count;

    for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        for (c = 0; c < sizeof codes / sizeof codes[0]; c++) {
            length = keyless_error_format(codes[c], NULL, 0);
            memset(line, 0x5A, sizeof line);
            CHECK(keyless_error_format(codes[c], line, sizes[s]) == length, "format(%" PRId32 ", size %lu) returns %lu",
                  codes[c], (unsigned long)sizes[s], (unsigned long)length);
            CHECK(strlen(line) == length, "format(%" PRId32 ", size %lu) wrote %lu characters, want %lu", codes[c],
                  (unsigned long)sizes[s], (unsigned long)strlen(line), (unsigned long)length);
            for (j = length + 1; j < sizeof line; j++) {
                if (line[j] != 0x5A) {
                    CHECK(0, "format(%" PRId32 ", size %lu) wrote byte %lu past the NUL", codes[c], (unsigned long)sizes[s],
                          (unsigned long)j);
                    break;
                }
            }
        }
        for (j = 0; j < sizeof out / sizeof out[0]; j++) out[j] = INT32_MIN + 7;
        count = keyless_error_codes(out, sizes[s]);
        CHECK(count == known_count, "codes(out, %lu) returns %lu, want %lu", (unsigned long)sizes[s], (unsigned long)count,
              (unsigned long)known_count);
        CHECK(memcmp(out, known_codes, known_count * sizeof(int32_t)) == 0, "codes(out, %lu) wrote other codes",
              (unsigned long)sizes[s]);
        for (j = known_count; j < sizeof out / sizeof out[0]; j++) {
            if (out[j] != INT32_MIN + 7) {
                CHECK(0, "codes(out, %lu) wrote element %lu", (unsigned long)sizes[s], (unsigned long)j);
                break;
            }
        }
        CHECK(keyless_error_codes(NULL, sizes[s]) == known_count, "codes(NULL, %lu) is not the count", (unsigned long)sizes[s]);
    }
}

int main(int argc, char **argv) {
    const unsigned long step = argc > 1 ? strtoul(argv[1], NULL, 10) : 257;
    uint64_t value, swept = 0;
    size_t i;

    if (step == 0) {
        printf("usage: %s [STEP > 0]\n", argv[0]);
        return 2;
    }
    known_count = keyless_error_codes(NULL, 0);
    CHECK(known_count > 0 && known_count <= sizeof known_codes / sizeof known_codes[0], "%lu documented codes",
          (unsigned long)known_count);
    if (failures > 0) return 1;
    CHECK(keyless_error_codes(known_codes, known_count) == known_count, "codes() changed its count");
    for (i = 1; i < known_count; i++) CHECK(known_codes[i - 1] < known_codes[i], "codes not ascending at %lu", (unsigned long)i);
    check_string(keyless_errors_version(), 0, "keyless_errors_version", 0);

    check_large_sizes();
    for (i = 0; i < known_count; i++) check_code(known_codes[i]);
    /* Codes as unsigned 32-bit patterns 0, STEP, 2*STEP, ...: both signs and every range. */
    for (value = 0; value <= UINT32_MAX && failures == 0; value += step, swept++) {
        check_code((int32_t)(uint32_t)value);
    }

    printf("sweep: %lu-bit size_t, %" PRIu64 " codes (every %lu-th of 2^32) + %lu documented, %lu distinct strings: %s\n",
           (unsigned long)(sizeof(size_t) * 8), swept, step, (unsigned long)known_count, (unsigned long)seen_count,
           failures == 0 ? "ok" : "FAILED");
    return failures == 0 ? 0 : 1;
}
