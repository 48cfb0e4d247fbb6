/*
 * keyless_error_locale against ICU4C's uloc_acceptLanguage on the same three
 * inputs: a BCP-47 tag, a POSIX locale and a 5-entry Accept-Language list.
 * Each is resolved CALLS_PER_MEASURE times from its own measure function, so
 * that callgrind's call edges give the exact instructions per resolution
 * (benches/peers/peers.py reads them).
 *
 * Built twice from this one source: against the library, and with
 * -DMEASURE_ICU against ICU (Debian's libicu-dev), which is given the same
 * 44 languages as its available locales. ICU's enumeration of them is reset
 * before each call, as uloc_acceptLanguage consumes it; the reset is counted
 * on ICU's side (it is a few instructions of the thousands ICU runs).
 *
 * Run on its own, it prints what each side answers for each input.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum { CALLS_PER_MEASURE = 360 };

static const char *const tag_input = "es-MX";
static const char *const posix_input = "it_IT.UTF-8@euro";
static const char *const list_input = "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5";

static volatile uintptr_t sink;
#define NOINLINE __attribute__((noinline, used))

#ifdef MEASURE_ICU
#include <unicode/uenum.h>
#include <unicode/uloc.h>

/* The library's languages, in ICU's spelling. */
static const char *const available[] = {
    "en", "en_GB", "ar", "bg", "ca", "cs", "da", "de", "el", "es", "es_419", "et", "fi", "fil", "fr",
    "fr_CA", "he", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "nn",
    "pl", "pt_BR", "pt_PT", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh_Hans", "zh_Hant", "zh_HK",
};
static UEnumeration *available_locales;
static char result[64];

NOINLINE static uintptr_t resolve_list(const char *header) {
    UErrorCode status = U_ZERO_ERROR;
    UAcceptResult outcome;
    uenum_reset(available_locales, &status);
    uloc_acceptLanguageFromHTTP(result, sizeof result, &outcome, header, available_locales, &status);
    return U_SUCCESS(status) ? (uintptr_t)result[0] : 0;
}

NOINLINE static uintptr_t resolve_one(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UAcceptResult outcome;
    const char *list[1];
    list[0] = locale;
    uenum_reset(available_locales, &status);
    uloc_acceptLanguage(result, sizeof result, &outcome, list, 1, available_locales, &status);
    return U_SUCCESS(status) ? (uintptr_t)result[0] : 0;
}

static const char *answer_of(uintptr_t resolved) {
    return resolved ? result : "(failed)";
}

static int set_up(void) {
    UErrorCode status = U_ZERO_ERROR;
    available_locales = uenum_openCharStringsEnumeration(available, sizeof available / sizeof available[0], &status);
    return U_SUCCESS(status) ? 0 : 1;
}
#define SIDE "ICU4C uloc_acceptLanguage"
#else
#include "keyless_errors.h"

static uintptr_t resolve_one(const char *preferences) {
    return keyless_error_locale(preferences);
}
#define resolve_list resolve_one
static const char *answer_of(uintptr_t resolved) {
    return keyless_error_locale_tag((KeylessErrorLocale)resolved);
}
static int set_up(void) {
    return 0;
}
#define SIDE "keyless_error_locale"
#endif

/* measure_locale_<input>: the call edge out of it is one resolution. */
NOINLINE void measure_locale_tag(void) {
    uintptr_t total = 0;
    for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) total += resolve_one(tag_input);
    sink = total;
}

NOINLINE void measure_locale_posix(void) {
    uintptr_t total = 0;
    for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) total += resolve_one(posix_input);
    sink = total;
}

NOINLINE void measure_locale_list(void) {
    uintptr_t total = 0;
    for (unsigned call = 0; call < CALLS_PER_MEASURE; call++) total += resolve_list(list_input);
    sink = total;
}

int main(int argc, char **argv) {
    if (set_up() != 0) {
        fprintf(stderr, "cannot set up %s\n", SIDE);
        return 1;
    }
    if (argc > 1 && strcmp(argv[1], "--answers") == 0) {
        printf("%s: \"%s\" -> %s\n", SIDE, tag_input, answer_of(resolve_one(tag_input)));
        printf("%s: \"%s\" -> %s\n", SIDE, posix_input, answer_of(resolve_one(posix_input)));
        printf("%s: \"%s\" -> %s\n", SIDE, list_input, answer_of(resolve_list(list_input)));
        return 0;
    }
    measure_locale_tag();
    measure_locale_posix();
    measure_locale_list();
    return 0;
}
