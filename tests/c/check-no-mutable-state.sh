#!/usr/bin/env bash
# Thread safety by construction: the library defines no writable data of its
# own, so there is nothing two threads could race on. ThreadSanitizer (the
# stress test) sees only the C side and the memory functions the library
# calls; this check covers the Rust code, which TSan cannot instrument on
# stable Rust.
#
# Reads the symbol table of an UNSTRIPPED build (cargo's `abi` profile) and
# fails if any symbol lives in a writable section (.data, .bss and the like),
# other than the ones the C runtime's start files and the linker put in every
# shared library.
# Usage: tests/c/check-no-mutable-state.sh target/abi/libkeyless_errors.so
set -euo pipefail
library=${1:?usage: $0 path/to/unstripped/libkeyless_errors.so}
runtime='_DYNAMIC|_GLOBAL_OFFSET_TABLE_|__TMC_END__|__TMC_LIST__|__dso_handle|completed\.0|__do_global_dtors_aux_fini_array_entry|__frame_dummy_init_array_entry'

symbols=$(nm "$library" 2>/dev/null) || { echo "FAIL: cannot read symbols of $library"; exit 1; }
if ! grep -q ' T keyless_error_name$' <<<"$symbols"; then
    echo "FAIL: $library has no symbol table (stripped?); use the abi build"; exit 1
fi
writable=$(awk '$2 ~ /^[dDbBgGsS]$/ { print $3 }' <<<"$symbols" | grep -vxE "$runtime" || true)
if [ -n "$writable" ]; then
    echo "FAIL: the library defines writable data, which threads could race on:"; echo "$writable"; exit 1
fi
echo "ok: no writable data of the library's own (only the C runtime's: $(awk '$2 ~ /^[dDbB]$/' <<<"$symbols" | wc -l) symbols)"
