#!/usr/bin/env bash
# Checks the host's release cdylib as a loader sees it, with the same checker as every
# library in dist/ (tests/dist/check-elf-library.sh):
#   - it exports exactly the functions the header declares;
#   - it imports only the C library's memory primitives, which LLVM emits on its own: in
#     particular no `abort` (only the panic handler calls it, so no panic path survived) and
#     no `rust_eh_personality` (no unwinding code);
#   - it depends on no shared library but the C library, and names itself
#     libkeyless_errors.so (DT_SONAME), so that users record that name;
#   - it has no text relocations and, stripped, fits the 48 KB budget.
# Usage: tests/check-library.sh path/to/libkeyless_errors.so
set -euo pipefail
library=${1:?usage: $0 path/to/libkeyless_errors.so}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exports=$(mktemp)
trap 'rm -f "$exports"' EXIT
"$here/dist/exported-functions.sh" "$here/../include/keyless_errors.h" >"$exports"
"$here/dist/check-elf-library.sh" \
    --needed "libc.so.6" --requires "libc.so.6" --soname libkeyless_errors.so --exports "$exports" \
    --imports 'memcpy|memmove|memset|memcmp|bcmp' --budget $((48 * 1024)) "$library"
