/*
 * Thread-safety stress test, built with clang -fsanitize=thread.
 *
 * The main thread first records every answer for a set of codes (boundaries,
 * every documented code, pseudo-random ones). Then THREADS threads start
 * together and call every exported function ROUNDS times each, on codes of
 * their own choosing, comparing each answer with the record: the same string
 * pointers, the same values, the same log line at every buffer size. Each
 * thread formats into its own buffers only, so any report from
 * ThreadSanitizer, or any disagreement, is the library's.
 *
 * Usage: tsan_stress [ROUNDS]   (default 20000 rounds per thread)
 * Prints the total number of calls and the elapsed time; exits non-zero on
 * any disagreement (ThreadSanitizer itself exits non-zero on a race).
 */
#define _POSIX_C_SOURCE 200809L
#include "contract.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define THREADS 32
#define CODES 1024
#define MAX_KNOWN 256
#define MAX_STRINGS 16

struct answers {
    int32_t code;
    const char *strings[MAX_STRINGS];
    KeylessErrorCategory category;
    KeylessErrorAction action;
    bool known, retryable, deprecated;
    int32_t replaced_by;
#if CONTRACT_HAS_SHARED_CODES
    int32_t shared_code;
#endif
    char line[256];
    size_t line_length;
#if CONTRACT_HAS_LOCALES
    const char *preferences;
    KeylessErrorLocale locale;
    const char *locale_tag, *localized;
#endif
};

#if CONTRACT_HAS_LOCALES
/* Inputs for keyless_error_locale, one per record in turn: tags, POSIX
 * locales and Accept-Language lists. */
static const char *const preference_inputs[] = {
    "de", "es-MX", "zh_TW.Big5", "fr-CH, fr;q=0.9, de;q=0.7", "it_IT.UTF-8@euro", "ja;q=0.5, ko;q=0.8",
    "pt-AO", "iw", "", "*", "sr-Latn, hr;q=0.4", "ar-EG",
};
#define PREFERENCE_INPUTS (sizeof preference_inputs / sizeof preference_inputs[0])
static KeylessErrorLocale locales[256];
static size_t locale_count;
#endif

static struct answers record[CODES];
static int32_t known_codes[MAX_KNOWN];
static size_t known_count;
static const char *version;
static pthread_barrier_t start_together;

struct worker {
    pthread_t thread;
    uint64_t seed;
    unsigned long rounds;
    unsigned long long calls;
    unsigned long disagreements;
};

static uint64_t next_random(uint64_t *state) {
    /* xorshift64: cheap, and each thread has its own state. */
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

static void take_record(struct answers *answers, int32_t code) {
    size_t i;
    answers->code = code;
    for (i = 0; i < contract_string_function_count; i++) answers->strings[i] = contract_string_functions[i].function(code);
    answers->category = keyless_error_category_id(code);
    answers->action = keyless_error_action(code);
    answers->known = keyless_error_is_known(code);
    answers->retryable = keyless_error_is_retryable(code);
    answers->deprecated = keyless_error_is_deprecated(code);
    answers->replaced_by = keyless_error_replaced_by(code);
#if CONTRACT_HAS_SHARED_CODES
    answers->shared_code = keyless_error_shared_code(code);
#endif
    answers->line_length = keyless_error_format(code, answers->line, sizeof answers->line);
#if CONTRACT_HAS_LOCALES
    answers->preferences = preference_inputs[(uint32_t)code % PREFERENCE_INPUTS];
    answers->locale = keyless_error_locale(answers->preferences);
    answers->locale_tag = keyless_error_locale_tag(answers->locale);
    answers->localized = keyless_error_user_message_localized(code, answers->locale);
#endif
}

/* One round: every exported function once on `expected->code`. Returns the
 * number of disagreements with the record and adds the calls made. */
static unsigned long one_round(const struct answers *expected, size_t format_size, unsigned long long *calls) {
    const int32_t code = expected->code;
    unsigned long wrong = 0;
    char line[256];
    int32_t codes[MAX_KNOWN];
    size_t i, capacity = format_size % (known_count + 2);

    for (i = 0; i < contract_string_function_count; i++) wrong += contract_string_functions[i].function(code) != expected->strings[i];
    wrong += keyless_error_category_id(code) != expected->category;
    wrong += keyless_error_action(code) != expected->action;
    wrong += keyless_error_is_known(code) != expected->known;
    wrong += keyless_error_is_retryable(code) != expected->retryable;
    wrong += keyless_error_is_deprecated(code) != expected->deprecated;
    wrong += keyless_error_replaced_by(code) != expected->replaced_by;
#if CONTRACT_HAS_SHARED_CODES
    wrong += keyless_error_shared_code(code) != expected->shared_code;
    *calls += 1;
#endif
    /* A buffer size from 0 to the whole line, so truncation runs too. */
    memset(line, 'X', sizeof line);
    wrong += keyless_error_format(code, line, format_size) != expected->line_length;
    if (format_size > 0) {
        size_t kept = format_size - 1 < expected->line_length ? format_size - 1 : expected->line_length;
        wrong += memcmp(line, expected->line, kept) != 0 || line[kept] != '\0';
    }
    wrong += keyless_error_codes(codes, capacity) != known_count;
    wrong += memcmp(codes, known_codes, (capacity < known_count ? capacity : known_count) * sizeof codes[0]) != 0;
    wrong += keyless_errors_version() != version;
    *calls += contract_string_function_count + 6 + 3;
#if CONTRACT_HAS_LOCALES
    {
        KeylessErrorLocale listed[256];
        size_t locale_capacity = format_size % (locale_count + 2);
        wrong += keyless_error_locale(expected->preferences) != expected->locale;
        wrong += keyless_error_locale_tag(expected->locale) != expected->locale_tag;
        wrong += keyless_error_user_message_localized(code, expected->locale) != expected->localized;
        wrong += keyless_error_locales(listed, locale_capacity) != locale_count;
        wrong += memcmp(listed, locales, (locale_capacity < locale_count ? locale_capacity : locale_count) * sizeof listed[0]) != 0;
        *calls += 4;
    }
#endif
    return wrong;
}

static void *work(void *argument) {
    struct worker *worker = argument;
    unsigned long round;
    pthread_barrier_wait(&start_together);
    for (round = 0; round < worker->rounds; round++) {
        uint64_t random = next_random(&worker->seed);
        const struct answers *expected = &record[random % CODES];
        worker->disagreements += one_round(expected, (size_t)(random >> 32) % (expected->line_length + 2), &worker->calls);
    }
    return NULL;
}

int main(int argc, char **argv) {
    static struct worker workers[THREADS];
    const unsigned long rounds = argc > 1 ? strtoul(argv[1], NULL, 10) : 20000;
    static const int32_t boundaries[] = {INT32_MIN, -1, 0, 19999, 20000, 29999, 30000, 39999, 40000, 49999, 50000, INT32_MAX};
    unsigned long long calls = 0;
    unsigned long disagreements = 0;
    uint64_t seed = 0x9E3779B97F4A7C15u;
    struct timespec start, end;
    size_t i, filled = 0;
    double seconds;

    known_count = keyless_error_codes(known_codes, MAX_KNOWN);
    if (known_count > MAX_KNOWN || contract_string_function_count > MAX_STRINGS) {
        fprintf(stderr, "FAIL: more codes (%zu) or functions than this test holds\n", known_count);
        return EXIT_FAILURE;
    }
    version = keyless_errors_version();
#if CONTRACT_HAS_LOCALES
    locale_count = keyless_error_locales(locales, 256);
    if (locale_count > 256) {
        fprintf(stderr, "FAIL: more locales (%zu) than this test holds\n", locale_count);
        return EXIT_FAILURE;
    }
#endif
    for (i = 0; i < sizeof boundaries / sizeof boundaries[0]; i++) take_record(&record[filled++], boundaries[i]);
    for (i = 0; i < known_count; i++) take_record(&record[filled++], known_codes[i]);
    while (filled < CODES) take_record(&record[filled++], (int32_t)(uint32_t)next_random(&seed));

    pthread_barrier_init(&start_together, NULL, THREADS);
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (i = 0; i < THREADS; i++) {
        workers[i].seed = 0x2545F4914F6CDD1Du * (i + 1);
        workers[i].rounds = rounds;
        if (pthread_create(&workers[i].thread, NULL, work, &workers[i]) != 0) {
            fprintf(stderr, "FAIL: cannot start thread %zu\n", i);
            return EXIT_FAILURE;
        }
    }
    for (i = 0; i < THREADS; i++) {
        pthread_join(workers[i].thread, NULL);
        calls += workers[i].calls;
        disagreements += workers[i].disagreements;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    pthread_barrier_destroy(&start_together);
    seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("tsan stress: %d threads x %lu rounds, %llu calls in %.2f s, %lu disagreements with the single-threaded record\n",
           THREADS, rounds, calls, seconds, disagreements);
    return disagreements == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
