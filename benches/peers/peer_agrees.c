/*
 * The C peer must give the library's answers, or comparing their speed means
 * nothing. This program links both and compares every function of the API
 * for: every documented code and its neighbours, the bounds of every
 * category range, the ends of int32_t, and a sweep of every 4099th int32_t
 * (about 1.05 million codes). Exits 1 at the first few differences.
 *
 * Usage: peer_agrees   (prints the number of codes compared)
 */

#include "keyless_errors.h"
#include "peer_switch.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CODES = 1024, LINE_SIZE = 512, MAX_REPORTED = 10 };

static unsigned long failures;

static void differ(const char *function, int32_t code, const char *library, const char *peer) {
    if (++failures <= MAX_REPORTED) {
        fprintf(stderr, "FAIL: %s(%" PRId32 "): library \"%s\", peer \"%s\"\n", function, code, library, peer);
    }
}

static void compare_string(const char *function, int32_t code, const char *library, const char *peer) {
    if (strcmp(library, peer) != 0) {
        differ(function, code, library, peer);
    }
}

static void compare_value(const char *function, int32_t code, long long library, long long peer) {
    if (library != peer) {
        char library_text[32], peer_text[32];
        snprintf(library_text, sizeof library_text, "%lld", library);
        snprintf(peer_text, sizeof peer_text, "%lld", peer);
        differ(function, code, library_text, peer_text);
    }
}

#define COMPARE_STRING(suffix, code) \
    compare_string(#suffix, code, keyless_error_##suffix(code), peer_error_##suffix(code))
#define COMPARE_VALUE(suffix, code) \
    compare_value(#suffix, code, (long long)keyless_error_##suffix(code), (long long)peer_error_##suffix(code))

/* The line, whole and cut at a few sizes: the return value and every byte
   written must match, and neither may write past `size`. */
static void compare_format(int32_t code) {
    static const size_t sizes[] = {LINE_SIZE, 1, 2, 7, 12, 20};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        char library[LINE_SIZE + 1], peer[LINE_SIZE + 1];
        memset(library, '#', sizeof library);
        memset(peer, '#', sizeof peer);
        size_t library_length = keyless_error_format(code, library, sizes[i]);
        size_t peer_length = peer_error_format(code, peer, sizes[i]);
        compare_value("format (length)", code, (long long)library_length, (long long)peer_length);
        if (memcmp(library, peer, sizeof library) != 0) {
            library[LINE_SIZE] = peer[LINE_SIZE] = '\0';
            differ("format (bytes)", code, library, peer);
        }
    }
    compare_value("format (measure only)", code, (long long)keyless_error_format(code, NULL, 0),
                  (long long)peer_error_format(code, NULL, 0));
}

static void compare(int32_t code) {
#define COMPARE(suffix, kind) COMPARE_##kind(suffix, code);
    PEER_LOOKUPS(COMPARE)
#undef COMPARE
    compare_format(code);
}

static void compare_code_lists(void) {
    int32_t library[MAX_CODES], peer[MAX_CODES];
    size_t count = keyless_error_codes(NULL, 0);
    compare_value("codes (count)", 0, (long long)count, (long long)peer_error_codes(NULL, 0));
    if (count >= MAX_CODES) {
        fprintf(stderr, "FAIL: %zu documented codes; raise MAX_CODES\n", count);
        exit(1);
    }
    for (size_t capacity = 0; capacity <= count + 1; capacity++) {
        memset(library, 0x5a, sizeof library);
        memset(peer, 0x5a, sizeof peer);
        compare_value("codes (return)", (int32_t)capacity, (long long)keyless_error_codes(library, capacity),
                      (long long)peer_error_codes(peer, capacity));
        if (memcmp(library, peer, sizeof library) != 0) {
            differ("codes (array)", (int32_t)capacity, "...", "...");
        }
    }
}

/* Every language, as the library lists it: its tag, the list itself, and the
 * localised message of `code` in each. */
static KeylessErrorLocale locales[256];
static size_t locale_count;

static void compare_localized(int32_t code) {
    size_t i;
    for (i = 0; i < locale_count; i++) {
        compare_string("user_message_localized", code, keyless_error_user_message_localized(code, locales[i]),
                       peer_error_user_message_localized(code, locales[i]));
    }
    /* Numbers that are not languages answer English on both sides. */
    compare_string("user_message_localized (not a locale)", code, keyless_error_user_message_localized(code, 999),
                   peer_error_user_message_localized(code, 999));
}

static void compare_locale_lists(void) {
    uint32_t peer[256];
    size_t i;
    locale_count = keyless_error_locales(locales, 256);
    compare_value("locales (count)", 0, (long long)locale_count, (long long)peer_error_locales(peer, 256));
    for (i = 0; i < locale_count; i++) {
        compare_value("locales (array)", (int32_t)i, (long long)locales[i], (long long)peer[i]);
        compare_string("locale_tag", (int32_t)locales[i], keyless_error_locale_tag(locales[i]), peer_error_locale_tag(locales[i]));
    }
    compare_string("locale_tag (not a locale)", 999, keyless_error_locale_tag(999), peer_error_locale_tag(999));
}

int main(void) {
    unsigned long compared = 0;
    compare_locale_lists();
    compare_string("errors_version", 0, keyless_errors_version(), peer_errors_version());
    compare_code_lists();

    int32_t documented[MAX_CODES];
    size_t count = keyless_error_codes(documented, MAX_CODES);
    for (size_t i = 0; i < count; i++) {
        for (int32_t delta = -2; delta <= 2; delta++) {
            compare(documented[i] + delta);
            compare_localized(documented[i] + delta);
            compared++;
        }
    }

    static const int32_t bounds[] = {INT32_MIN, INT32_MIN + 1, -100000, -1, 0, 1, 999, 1000, 9999, 10000,
                                     19999, 20000, 29999, 30000, 39999, 40000, 49999, 50000, 99999,
                                     1000000, INT32_MAX - 1, INT32_MAX};
    for (size_t i = 0; i < sizeof bounds / sizeof bounds[0]; i++) {
        compare(bounds[i]);
        compare_localized(bounds[i]);
        compared++;
    }

    for (int64_t code = INT32_MIN; code <= INT32_MAX; code += 4099) {
        compare((int32_t)code);
        compared++;
    }

    if (failures > 0) {
        fprintf(stderr, "FAIL: the peer differs from the library in %lu answers\n", failures);
        return 1;
    }
    printf("ok: the C peer gives the library's answers for %lu codes (every function of the API; localised messages for "
           "the documented codes, their neighbours and the range bounds, in all %lu languages)\n", compared, (unsigned long)locale_count);
    return 0;
}
