/* A C program using keyless-errors as an installed library: it sees only what
 * `make install` put in the prefix, found through pkg-config.
 * Prints one log line and the library version; fails if the installed header
 * and the library the loader found are not the same version. */
#include <keyless_errors.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[128];
    char header_version[32];
    keyless_error_format(30004, line, sizeof line);
    snprintf(header_version, sizeof header_version, "%d.%d.%d", KEYLESS_ERRORS_VERSION_MAJOR,
             KEYLESS_ERRORS_VERSION_MINOR, KEYLESS_ERRORS_VERSION_PATCH);
    printf("%s\nkeyless-errors %s\n", line, keyless_errors_version());
    if (strcmp(header_version, keyless_errors_version()) != 0) {
        fprintf(stderr, "header %s but library %s\n", header_version, keyless_errors_version());
        return 1;
    }
    return 0;
}
