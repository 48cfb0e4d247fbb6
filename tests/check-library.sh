#!/usr/bin/env bash
# Checks the release cdylib as a loader sees it:
#   - it exports only keyless_* symbols;
#   - it imports nothing at all (no libc `abort`, which only the panic handler
#     would call, so no panic path survived; no `rust_eh_personality`);
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
imported=$(nm -D --undefined-only "$library" | awk '$1 != "w" {print $2}')
if [ -n "$imported" ]; then
    echo "FAIL: imports symbols (a panic path or unwinding code was linked in):"; echo "$imported"; failures=$((failures + 1))
else
    echo "ok: imports no symbols (no panic handler, no unwinding personality)"
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
