/*
 * Preloaded (LD_PRELOAD) by the Makefile's version-probe: it interposes
 * keyless_errors_version() so that the real library seems to be another
 * release, and the JNI glue's load-time check must refuse it.
 */
const char *keyless_errors_version(void);

const char *keyless_errors_version(void) { return "0.99.1"; }
