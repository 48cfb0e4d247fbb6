/*
 * A link-time-only stand-in for Android's libc.so (bionic), like the stub
 * libraries in the NDK's sysroot: linking against it records
 * `NEEDED libc.so` and lets the linker check (with -z defs) that every symbol
 * the libraries import is one that bionic exports. It is never loaded: on a
 * device the real libc.so answers, so every body traps.
 *
 * List here only functions that bionic exports at API level 21. The Rust
 * library needs the memory primitives that LLVM emits on its own; the JNI
 * glue may also need malloc and free (for log lines longer than its stack
 * buffer) and abort.
 */
typedef __SIZE_TYPE__ size_t;

#define NEVER_CALLED __builtin_trap()

void *memcpy(void *destination, const void *source, size_t size) { (void)destination; (void)source; (void)size; NEVER_CALLED; }
void *memmove(void *destination, const void *source, size_t size) { (void)destination; (void)source; (void)size; NEVER_CALLED; }
void *memset(void *destination, int value, size_t size) { (void)destination; (void)value; (void)size; NEVER_CALLED; }
int memcmp(const void *left, const void *right, size_t size) { (void)left; (void)right; (void)size; NEVER_CALLED; }
void *malloc(size_t size) { (void)size; NEVER_CALLED; }
void free(void *pointer) { (void)pointer; NEVER_CALLED; }
void abort(void) { NEVER_CALLED; }
