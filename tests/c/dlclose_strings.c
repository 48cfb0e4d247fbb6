/*
 * The header promises that returned strings stay valid for the life of the
 * process. A plugin host may dlopen and dlclose the library many times, so
 * this program does exactly that, CYCLES times (default 10000): load, take a
 * string from every string function, unload. It then reads every string it
 * kept. The library must stay mapped after dlclose (it is linked with
 * -z nodelete); if it was unmapped, the read faults and the SIGSEGV handler
 * reports it.
 *
 * Usage: dlclose_strings path/to/libkeyless_errors.so [CYCLES]
 */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef const char *(*string_of_code)(int32_t);

/* Every exported function that returns a string for a code; the last one
 * appears in version 0.2.0 and is skipped when the library lacks it. */
static const char *const string_functions[] = {
    "keyless_error_category", "keyless_error_name",         "keyless_error_title", "keyless_error_description",
    "keyless_error_advice",   "keyless_error_user_message", "keyless_error_note",  "keyless_error_shared_name",
};
#define FUNCTIONS (sizeof string_functions / sizeof string_functions[0])
/* A documented code with a note, so that no string is trivially empty. */
#define CODE 30001
/* Keep the strings of the first cycles and of the last: 64 cycles x 11 strings. */
#define KEPT_CYCLES 64
/* The localised functions (0.3.0 on, skipped when the library lacks them):
 * a translated message and a locale's tag, for this preference. */
#define PREFERENCE "de-CH"
typedef uint32_t (*locale_of_preferences)(const char *);
typedef const char *(*tag_of_locale)(uint32_t);
typedef const char *(*localized_of_code)(int32_t, uint32_t);

static struct {
    const char *pointer;
    char copy[512];
    const char *label;
} kept[KEPT_CYCLES * (FUNCTIONS + 3)];
static size_t kept_count;

static void on_fault(int signal_number) {
    static const char message[] =
        "FAIL: reading a string after dlclose faulted (SIGSEGV): the library was unmapped; "
        "it must be linked with -z nodelete\n";
    (void)signal_number;
    if (write(STDERR_FILENO, message, sizeof message - 1) < 0) _exit(2);
    _exit(1);
}

static void keep(const char *pointer, const char *label) {
    if (pointer == NULL) {
        fprintf(stderr, "FAIL: %s returned NULL\n", label);
        exit(EXIT_FAILURE);
    }
    if (kept_count < sizeof kept / sizeof kept[0]) {
        kept[kept_count].pointer = pointer;
        kept[kept_count].label = label;
        snprintf(kept[kept_count].copy, sizeof kept[kept_count].copy, "%s", pointer);
        kept_count++;
    }
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : NULL;
    long cycles = argc > 2 ? strtol(argv[2], NULL, 10) : 10000;
    long cycle;
    size_t i, changed = 0, functions_found = 0;

    if (path == NULL || cycles < 1) {
        fprintf(stderr, "usage: %s path/to/libkeyless_errors.so [CYCLES]\n", argv[0]);
        return 2;
    }
    for (cycle = 0; cycle < cycles; cycle++) {
        void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        /* Keep the strings of the first and of the last cycles. */
        const int keep_this_cycle = cycle < KEPT_CYCLES / 2 || cycle >= cycles - KEPT_CYCLES / 2;
        const char *(*version)(void);
        if (library == NULL) {
            fprintf(stderr, "FAIL: dlopen: %s\n", dlerror());
            return EXIT_FAILURE;
        }
        functions_found = 0;
        for (i = 0; i < FUNCTIONS; i++) {
            string_of_code function;
            *(void **)&function = dlsym(library, string_functions[i]);
            if (function == NULL) continue;
            functions_found++;
            if (keep_this_cycle) keep(function(CODE), string_functions[i]);
        }
        {
            locale_of_preferences locale;
            tag_of_locale tag;
            localized_of_code localized;
            *(void **)&locale = dlsym(library, "keyless_error_locale");
            *(void **)&tag = dlsym(library, "keyless_error_locale_tag");
            *(void **)&localized = dlsym(library, "keyless_error_user_message_localized");
            if (locale != NULL && tag != NULL && localized != NULL) {
                uint32_t chosen = locale(PREFERENCE);
                functions_found += 2;
                if (keep_this_cycle) {
                    keep(tag(chosen), "keyless_error_locale_tag");
                    keep(localized(CODE, chosen), "keyless_error_user_message_localized");
                }
            }
        }
        *(void **)&version = dlsym(library, "keyless_errors_version");
        if (version == NULL) {
            fprintf(stderr, "FAIL: keyless_errors_version not exported\n");
            return EXIT_FAILURE;
        }
        if (keep_this_cycle) keep(version(), "keyless_errors_version");
        if (dlclose(library) != 0) {
            fprintf(stderr, "FAIL: dlclose: %s\n", dlerror());
            return EXIT_FAILURE;
        }
    }

    signal(SIGSEGV, on_fault);
    signal(SIGBUS, on_fault);
    for (i = 0; i < kept_count; i++) {
        if (strcmp(kept[i].pointer, kept[i].copy) != 0) {
            fprintf(stderr, "FAIL: %s's string changed after dlclose\n", kept[i].label);
            changed++;
        }
    }
    printf("dlclose: %ld load/unload cycles, %zu string functions, %zu strings read after the last dlclose, %zu changed\n",
           cycles, functions_found + 1, kept_count, changed);
    return changed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
