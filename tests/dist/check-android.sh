#!/usr/bin/env bash
# Checks every Android library in a jniLibs folder (default dist/android/jniLibs): for each of
# arm64-v8a, armeabi-v7a, x86_64 and x86, the Rust library and the JNI glue must exist and have
# the right ELF machine and class, 16 KB LOAD alignment (Android 15+ with 16 KB pages, Google
# Play), their soname, no dependency but libc.so (and the Rust library, for the glue), only the expected exports (the header's
# functions; JNI_OnLoad for the glue, whose natives are registered there) and, for the Rust
# library, a stripped size within 48 KB.
# Usage: tests/dist/check-android.sh [jniLibs-dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jni_libs=${1:-dist/android/jniLibs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/exported-functions.sh" >"$work/library-exports"
[ -s "$work/library-exports" ] || { echo "FAIL: no functions found in the header"; exit 1; }
echo JNI_OnLoad >"$work/glue-exports"
memory='memcpy|memmove|memset|memcmp'
failures=0

while read -r abi machine class; do
    machine=${machine//_/ } # spaces in llvm-readelf's machine names are written as _ below
    "$here/check-elf-library.sh" --machine "$machine" --class "$class" --align 16384 \
        --needed libc.so --soname libkeyless_errors.so --exports "$work/library-exports" \
        --imports "$memory" --budget $((48 * 1024)) "$jni_libs/$abi/libkeyless_errors.so" ||
        failures=$((failures + 1))
    "$here/check-elf-library.sh" --machine "$machine" --class "$class" --align 16384 \
        --needed "libkeyless_errors.so libc.so" --requires libkeyless_errors.so --soname libkeyless_errors_jni.so \
        --exports "$work/glue-exports" --imports "keyless_[a-z_]+|$memory" \
        "$jni_libs/$abi/libkeyless_errors_jni.so" || failures=$((failures + 1))
done <<'ABIS'
arm64-v8a AArch64 ELF64
armeabi-v7a ARM ELF32
x86_64 Advanced_Micro_Devices_X86-64 ELF64
x86 Intel_80386 ELF32
ABIS
extra=$(find "$jni_libs" -mindepth 1 -maxdepth 1 | grep -vE '/(arm64-v8a|armeabi-v7a|x86_64|x86)$' || true)
[ -z "$extra" ] || { echo "FAIL: unexpected entries in $jni_libs: $extra"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] && echo "check-android: all libraries of the 4 ABIs pass" || echo "check-android: $failures libraries FAILED"
exit $((failures > 0))
