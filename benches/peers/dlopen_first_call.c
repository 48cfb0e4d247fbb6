/*
 * Time from dlopen to the answer of the first call, in a fresh process: what
 * an app pays to load the library the first time it needs it. The loader's
 * work (mapping, relocations, RELRO) dominates; run it many times and take
 * the median, since a single run is noisy.
 *
 * Usage: dlopen_first_call <path to .so> <function name>  -> prints nanoseconds
 */

#define _POSIX_C_SOURCE 200809L

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

typedef const char *(*lookup_fn)(int32_t code);

static long long now_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s <path to .so> <function name>\n", argv[0]);
        return 2;
    }
    long long start = now_ns();
    void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 1;
    }
    lookup_fn lookup;
    *(void **)&lookup = dlsym(library, argv[2]);
    if (lookup == NULL) {
        fprintf(stderr, "dlsym: %s\n", dlerror());
        return 1;
    }
    const char *answer = lookup(30004);
    long long elapsed = now_ns() - start;
    printf("%lld %s\n", elapsed, answer);
    return 0;
}
