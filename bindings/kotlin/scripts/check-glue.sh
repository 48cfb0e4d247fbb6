#!/usr/bin/env bash
# Checks the JNI glue library as a loader sees it:
#   - it exports JNI_OnLoad and nothing else (natives are registered there,
#     and no Rust or C helper symbol leaks);
#   - every LOAD segment is aligned to 16 KB (0x4000), as Android 15+ on
#     64-bit devices and Google Play require;
#   - it needs libkeyless_errors.so by bare name, never by a build-machine
#     path, which Android 6.0+ would refuse to load;
#   - its run path is $ORIGIN (the Rust library next to it), or none at all
#     with NO_ORIGIN=1 (an Android build);
#   - it has no text relocations (refused since Android 6.0).
# Works on host and Android builds: set NM and READELF to the NDK's llvm-nm
# and llvm-readelf for the latter if the host binutils cannot read them.
# Usage: scripts/check-glue.sh path/to/libkeyless_errors_jni.so
set -euo pipefail
library=${1:?usage: $0 path/to/libkeyless_errors_jni.so}
nm=${NM:-nm}
readelf=${READELF:-readelf}
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

exported=$("$nm" -D --defined-only "$library" | awk '{print $3}')
if [ "$exported" = "JNI_OnLoad" ]; then
    echo "ok: exports JNI_OnLoad only"
else
    fail "exports other symbols than JNI_OnLoad:"; echo "$exported"
fi

alignments=$("$readelf" -lW "$library" | awk '$1 == "LOAD" {print $NF}' | sort -u)
if [ "$alignments" = "0x4000" ]; then
    echo "ok: every LOAD segment is aligned to 0x4000 (16 KB pages)"
else
    fail "LOAD segment alignments are [$(echo "$alignments" | tr '\n' ' ')], not 0x4000"
fi

dynamic=$("$readelf" -dW "$library")
needed=$(sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' <<<"$dynamic")
if grep -qx 'libkeyless_errors.so' <<<"$needed"; then
    echo "ok: needs libkeyless_errors.so by name"
else
    fail "does not need libkeyless_errors.so by bare name; NEEDED: $(echo "$needed" | tr '\n' ' ')"
fi
if grep -q / <<<"$needed"; then
    fail "a NEEDED entry is a path: $(grep / <<<"$needed")"
fi
runpath=$(sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]/\2/p' <<<"$dynamic")
if [ "${NO_ORIGIN:-0}" = 1 ]; then
    # An Android build: the app's library directory is searched, a run path means nothing there.
    if [ -n "$runpath" ]; then fail "has a run path ($runpath)"; else echo "ok: no run path"; fi
elif [ "$runpath" = "\$ORIGIN" ]; then
    echo "ok: run path \$ORIGIN: finds libkeyless_errors.so next to itself"
else
    fail "run path is [$runpath], not \$ORIGIN"
fi
if grep -q TEXTREL <<<"$dynamic"; then
    fail "has text relocations"
fi

exit $((failures > 0))
