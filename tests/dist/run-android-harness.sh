#!/usr/bin/env bash
# Runs the C harness against an Android library from dist/ itself, with glibc standing in for
# bionic: the Android .so needs only libc.so's memory functions, so a folder where libc.so
# points to glibc's libc.so.6 lets glibc's loader load it. arm64-v8a runs under qemu-aarch64,
# x86_64 natively. (armeabi-v7a is soft-float, which glibc's hard-float loader refuses, and x86
# would need a 32-bit glibc; their code is the same as the Linux ARM builds' under qemu.)
# This runs the very bytes an app ships; only bionic's loader and ART stay untested here.
#
# Usage: tests/dist/run-android-harness.sh <arm64-v8a|x86_64> [jniLibs-dir] [work-dir]
set -euo pipefail
abi=${1:?usage: $0 <arm64-v8a|x86_64> [jniLibs-dir] [work-dir]}
jni_libs=${2:-dist/android/jniLibs}
work=${3:-build/dist/android-$abi}
case "$abi" in
    arm64-v8a) cc=aarch64-linux-gnu-gcc run=(qemu-aarch64) prefix=/usr/aarch64-linux-gnu ;;
    x86_64) cc=${CC:-cc} run=() prefix= ;;
    *) echo "run-android-harness: cannot run $abi here" >&2; exit 2 ;;
esac
library_dir="$jni_libs/$abi"
[ -f "$library_dir/libkeyless_errors.so" ] || { echo "run-android-harness: $library_dir/libkeyless_errors.so is missing" >&2; exit 1; }

mkdir -p "$work"
ln -sf "$("$cc" -print-file-name=libc.so.6)" "$work/libc.so"
# --allow-shlib-undefined: the Android library's memcpy has no glibc symbol version.
"$cc" -std=c99 -Wall -Wextra -Wpedantic -Werror -O2 -Iinclude tests/c/harness.c -o "$work/harness" \
    -L"$library_dir" -L"$work" -lkeyless_errors -Wl,--allow-shlib-undefined
echo "run-android-harness: the C harness against $library_dir/libkeyless_errors.so"
QEMU_LD_PREFIX=$prefix LD_LIBRARY_PATH="$library_dir:$work" "${run[@]}" "$work/harness"
