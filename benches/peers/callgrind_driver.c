/*
 * Calls each function of the C API a few thousand times, from one function
 * per (API function, set of codes): measure_<function>_<set>. Run under
 * callgrind, the call edge from measure_X to the API function holds the
 * exact number of instructions the API function executed (its callees
 * included; the loop and the PLT stub's jump excluded) and the number of calls:
 * benches/peers/callgrind_per_call.awk divides the two.
 *
 * Built twice from this one source: against the library (keyless_*), and
 * with -DMEASURE_PEER against the C peer (peer_*), so both run the same loop.
 */

#ifdef MEASURE_PEER
#include "peer_switch.h"
#define API(suffix) peer_error_##suffix
#define API_VERSION peer_errors_version
#else
#include "keyless_errors.h"
#include "peer_switch.h" /* only for PEER_LOOKUPS, the list of functions */
#define API(suffix) keyless_error_##suffix
#define API_VERSION keyless_errors_version
#endif

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

enum { MAX_CODES = 256, CALLS_PER_MEASURE = 2880, LINE_SIZE = 160 };

/* Codes nobody documented, spread over every category and both ends of
   int32_t; checked against is_known before measuring. */
static const int32_t undocumented[] = {INT32_MIN, -1000000, -7, -1, 0, 3, 777, 9999, 15000, 19999,
                                       21000, 27777, 29999, 31000, 36000, 39999, 40500, 47000,
                                       49999, 50000, 123456, 2000000, 1000000000, INT32_MAX};

static int32_t documented[MAX_CODES];
static size_t documented_count;

/* Results go here so that no call can be optimised away. */
static volatile uintptr_t sink;

#define NOINLINE __attribute__((noinline, used))

#define MEASURE_ONE_SET(suffix, set, codes, count)                                              \
    NOINLINE void measure_##suffix##_##set(void) {                                             \
        uintptr_t total = 0;                                                                   \
        for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) {                            \
            total += (uintptr_t)API(suffix)((codes)[call % (count)]);                          \
        }                                                                                      \
        sink = total;                                                                          \
    }
#define MEASURE_LOOKUP(suffix, kind)                                                           \
    MEASURE_ONE_SET(suffix, documented, documented, documented_count)                          \
    MEASURE_ONE_SET(suffix, undocumented, undocumented, sizeof undocumented / sizeof undocumented[0])
PEER_LOOKUPS(MEASURE_LOOKUP)

#define MEASURE_FORMAT(set, codes, count)                                                      \
    NOINLINE void measure_format_##set(void) {                                                 \
        char line[LINE_SIZE];                                                                  \
        uintptr_t total = 0;                                                                   \
        for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) {                            \
            total += API(format)((codes)[call % (count)], line, sizeof line);                  \
        }                                                                                      \
        sink = total;                                                                          \
    }
MEASURE_FORMAT(documented, documented, documented_count)
MEASURE_FORMAT(undocumented, undocumented, sizeof undocumented / sizeof undocumented[0])

/* The whole list into a buffer large enough: the code does not matter. */
NOINLINE void measure_codes_all(void) {
    int32_t out[MAX_CODES];
    uintptr_t total = 0;
    for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) {
        total += API(codes)(out, MAX_CODES);
    }
    sink = total + (uintptr_t)out[0];
}

/* A localised message: each call takes the next code of the set and the
 * next language of the library's list (the two cycle independently, so
 * every pair comes up). */
static uint32_t locales[256];
static size_t locale_count;
#define MEASURE_LOCALIZED(set, codes, count)                                                   \
    NOINLINE void measure_user_message_localized_##set(void) {                                 \
        uintptr_t total = 0;                                                                   \
        for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) {                            \
            total += (uintptr_t)API(user_message_localized)((codes)[call % (count)],           \
                                                            locales[call % locale_count]);     \
        }                                                                                      \
        sink = total;                                                                          \
    }
MEASURE_LOCALIZED(documented, documented, documented_count)
MEASURE_LOCALIZED(undocumented, undocumented, sizeof undocumented / sizeof undocumented[0])

NOINLINE void measure_locale_tag_all(void) {
    uintptr_t total = 0;
    for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) {
        total += (uintptr_t)API(locale_tag)(locales[call % locale_count]);
    }
    sink = total;
}

NOINLINE void measure_locales_all(void) {
    uint32_t out[256];
    uintptr_t total = 0;
    for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) {
        total += API(locales)(out, 256);
    }
    sink = total + (uintptr_t)out[0];
}

NOINLINE void measure_version_all(void) {
    uintptr_t total = 0;
    for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) {
        total += (uintptr_t)API_VERSION();
    }
    sink = total;
}

int main(void) {
    locale_count = API(locales)(locales, 256);
    if (locale_count == 0 || locale_count > 256) {
        fprintf(stderr, "unexpected number of locales: %zu\n", locale_count);
        return 1;
    }
    documented_count = API(codes)(documented, MAX_CODES);
    if (documented_count == 0 || documented_count > MAX_CODES) {
        fprintf(stderr, "unexpected number of documented codes: %zu\n", documented_count);
        return 1;
    }
    for (size_t i = 0; i < sizeof undocumented / sizeof undocumented[0]; i++) {
        if (API(is_known)(undocumented[i])) {
            fprintf(stderr, "%" PRId32 " is documented now; pick another undocumented code\n", undocumented[i]);
            return 1;
        }
    }
#define RUN_LOOKUP(suffix, kind) measure_##suffix##_documented(); measure_##suffix##_undocumented();
    PEER_LOOKUPS(RUN_LOOKUP)
    measure_format_documented();
    measure_format_undocumented();
    measure_codes_all();
    measure_user_message_localized_documented();
    measure_user_message_localized_undocumented();
    measure_locale_tag_all();
    measure_locales_all();
    measure_version_all();
    return 0;
}
