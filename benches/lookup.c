/*
 * Nanoseconds per call through the C ABI, as a C (or Swift, or JNI) consumer
 * pays them: a call through the shared library's PLT, no inlining.
 *
 *   make bench
 *
 * Prints numbers; asserts nothing. Timing is wall-clock (CLOCK_MONOTONIC)
 * over millions of calls, best of several rounds to damp noise from the
 * machine's other work.
 */
#define _POSIX_C_SOURCE 199309L
#include "keyless_errors.h"

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#define CALLS 4000000
#define ROUNDS 5

/* A mix of documented and undocumented codes across every range. */
static const int32_t mixed_codes[16] = {
    30004, 507, 99999, -1, 20010, 40001, 1142, 12345, 30000, 45000, 20005, 31000, 539, 0, 30009, 2147483647,
};

static volatile uintptr_t sink;

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

#define BENCH(label, expression)                                               \
    do {                                                                       \
        double best = 1e300;                                                   \
        int round;                                                             \
        for (round = 0; round < ROUNDS; round++) {                             \
            uintptr_t accumulator = 0;                                         \
            long i;                                                            \
            double start = now_ns(), elapsed;                                  \
            for (i = 0; i < CALLS; i++) {                                      \
                int32_t code = mixed_codes[i & 15];                            \
                accumulator += (uintptr_t)(expression);                        \
            }                                                                  \
            elapsed = (now_ns() - start) / CALLS;                              \
            sink += accumulator;                                               \
            if (elapsed < best) best = elapsed;                                \
        }                                                                      \
        printf("%-44s %6.2f ns/call\n", label, best);                          \
    } while (0)

int main(void) {
    char line[128];
    int32_t codes[32];

    printf("keyless-errors %s: %d calls x best of %d rounds, mixed known/unknown codes\n", keyless_errors_version(),
           CALLS, ROUNDS);
    BENCH("loop overhead (code only)", code);
    BENCH("keyless_error_name", keyless_error_name(code));
    BENCH("keyless_error_user_message", keyless_error_user_message(code));
    BENCH("keyless_error_category_id", keyless_error_category_id(code));
    BENCH("keyless_error_category", keyless_error_category(code));
    BENCH("keyless_error_action", keyless_error_action(code));
    BENCH("keyless_error_is_known", keyless_error_is_known(code));
    BENCH("keyless_error_is_retryable", keyless_error_is_retryable(code));
    BENCH("keyless_error_replaced_by", (uint32_t)keyless_error_replaced_by(code));
    BENCH("keyless_error_format (128-byte buffer)", keyless_error_format(code, line, sizeof line));
    BENCH("keyless_error_format (measure only)", keyless_error_format(code, NULL, 0));
    BENCH("keyless_error_codes (32 slots)", keyless_error_codes(codes, 32) + (size_t)code);
    return 0;
}
