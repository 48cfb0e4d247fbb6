#!/usr/bin/env bash
# Checks the release cdylib as a loader sees it:
#   - it exports only keyless_* symbols;
#   - it imports only the C library's memory primitives, which LLVM emits on
#     its own: in particular no `abort` (only the panic handler calls it, so no
#     panic path survived) and no `rust_eh_personality` (no unwinding code);
#   - it depends on no shared library but the C library, and names itself
#     libkeyless_errors.so (DT_SONAME), so that users record that name;
#   - stripped, it fits the 48 KB budget.
# Usage: tests/check-library.sh path/to/libkeyless_errors.so
set -euo pipefail
library=${1:?usage: $0 path/to/libkeyless_errors.so}
budget=$((48 * 1024))
failures=0

exported=$(nm -D --defined-only "$library" | awk '{print $3}')
strays=$(grep -v '^keyless_' <<<"$exported" || true)
if [ -n "$strays" ]; then
    echo "FAIL: exports symbols other than keyless_*:"; echo "$strays"; failures=$((failures + 1))
else
    echo "ok: exports $(wc -l <<<"$exported") symbols, all keyless_*"
fi

# Weak references (w) come from the C runtime's start files and need nothing.
imported=$(nm -D --undefined-only "$library" | awk '$1 != "w" {sub(/@.*/, "", $2); print $2}')
unexpected=$(grep -vxE 'memcpy|memmove|memset|memcmp|bcmp' <<<"$imported" || true)
if [ -n "$unexpected" ]; then
    echo "FAIL: imports more than memory primitives (abort = a panic path survived):"; echo "$unexpected"; failures=$((failures + 1))
else
    echo "ok: imports only: $(tr '\n' ' ' <<<"$imported")(no panic handler, no unwinding personality)"
fi

needed=$(readelf -d "$library" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if grep -vqE '^libc\.so' <<<"$needed"; then
    echo "FAIL: depends on more than the C library:"; echo "$needed"; failures=$((failures + 1))
else
    echo "ok: needs only $(tr '\n' ' ' <<<"$needed")"
fi

soname=$(readelf -d "$library" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
if [ "$soname" != "libkeyless_errors.so" ]; then
    echo "FAIL: soname is '$soname', not libkeyless_errors.so"; failures=$((failures + 1))
else
    echo "ok: soname $soname"
fi

stripped=$(mktemp)
trap 'rm -f "$stripped"' EXIT
strip -o "$stripped" "$library"
size=$(stat -c %s "$stripped")
if [ "$size" -gt "$budget" ]; then
    echo "FAIL: stripped size $size bytes exceeds the budget of $budget bytes"; failures=$((failures + 1))
else
    echo "ok: stripped size $size bytes (budget $budget)"
fi
exit $((failures > 0))
