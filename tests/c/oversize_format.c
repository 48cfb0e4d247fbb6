/*
 * keyless_error_format with a `size` above PTRDIFF_MAX (isize::MAX in Rust).
 *
 * No object can be that large, so the header defines such a size as "a
 * buffer large enough for any line": the call returns the line's length and
 * writes the line and its NUL, and not one byte more. Built against the debug
 * and the debug-assertion builds too (mk/hardening.mk), where forming a Rust
 * slice longer than isize::MAX would abort instead of answering.
 * Prints "N passed, N failed"; exits non-zero on any failure.
 */
#include "keyless_errors.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GUARD 'X'

int main(void) {
    /* Codes with the shortest and longest lines, documented and not. */
    static const int32_t codes[] = {0, -1, 30004, 20005, 40001, INT32_MIN, INT32_MAX};
    static const size_t huge_sizes[] = {(size_t)PTRDIFF_MAX + 1, (size_t)PTRDIFF_MAX + 2, SIZE_MAX - 1, SIZE_MAX};
    unsigned long passed = 0, failed = 0;
    size_t c, s, i;

    for (c = 0; c < sizeof codes / sizeof codes[0]; c++) {
        for (s = 0; s < sizeof huge_sizes / sizeof huge_sizes[0]; s++) {
            char buffer[512], expected[512];
            const int32_t code = codes[c];
            const size_t length = keyless_error_format(code, NULL, 0);
            size_t answer, untouched = 0;
            int ok;

            if (keyless_error_format(code, expected, sizeof expected) != length || length + 1 >= sizeof buffer) {
                printf("FAIL: cannot measure the line of %" PRId32 "\n", code);
                return EXIT_FAILURE;
            }
            memset(buffer, GUARD, sizeof buffer);
            answer = keyless_error_format(code, buffer, huge_sizes[s]);
            for (i = length + 1; i < sizeof buffer; i++) untouched += buffer[i] == GUARD;
            ok = answer == length && memcmp(buffer, expected, length + 1) == 0 && untouched == sizeof buffer - length - 1;
            if (ok) {
                passed++;
            } else {
                failed++;
                printf("FAIL: format(%" PRId32 ", buf, %zu) returned %zu (want %zu), line \"%.*s\", %zu bytes written past the NUL\n",
                       code, huge_sizes[s], answer, length, (int)length, buffer, sizeof buffer - length - 1 - untouched);
            }
        }
    }
    printf("oversize sizes: %lu passed, %lu failed\n", passed, failed);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
