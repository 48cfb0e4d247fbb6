#!/usr/bin/env bash
# Runs the C harness against an Android library from dist/ itself, with glibc standing in for
# bionic: the Android .so needs nothing from libc.so but memory functions, so a folder where
# libc.so points to glibc's libc.so.6 lets glibc's loader load it. Each ABI runs with the glibc
# of the same calling convention: arm64-v8a on aarch64 and armeabi-v7a on soft-float ARM (armel;
# Android's armeabi-v7a passes floats in integer registers, which armhf's loader refuses) under
# qemu-user, x86 on i686 under qemu-i386, x86_64 natively. This runs the very bytes an app
# ships; only bionic's loader and ART stay untested here.
#
# Usage: tests/dist/run-android-harness.sh <abi> [jniLibs-dir] [work-dir]
# Environment: HARNESS, the harness sources (default tests/c/harness.c tests/c/contract.c).
set -euo pipefail
abi=${1:?usage: $0 <abi> [jniLibs-dir] [work-dir]}
jni_libs=${2:-dist/android/jniLibs}
work=${3:-build/dist/android-$abi}
read -r -a harness <<<"${HARNESS:-tests/c/harness.c tests/c/contract.c}"
case "$abi" in
    arm64-v8a) cc=aarch64-linux-gnu-gcc run=(qemu-aarch64) prefix=/usr/aarch64-linux-gnu ;;
    armeabi-v7a) cc=arm-linux-gnueabi-gcc run=(qemu-arm) prefix=/usr/arm-linux-gnueabi ;;
    x86) cc=i686-linux-gnu-gcc run=(qemu-i386) prefix=/usr/i686-linux-gnu ;;
    x86_64) cc=${CC:-cc} run=() prefix= ;;
    *) echo "run-android-harness: unknown ABI $abi" >&2; exit 2 ;;
esac
library_dir="$jni_libs/$abi"
[ -f "$library_dir/libkeyless_errors.so" ] || { echo "run-android-harness: $library_dir/libkeyless_errors.so is missing" >&2; exit 1; }
command -v "$cc" >/dev/null || { echo "run-android-harness: $cc not found (see the packages in .ci/run)" >&2; exit 1; }

mkdir -p "$work"
ln -sf "$("$cc" -print-file-name=libc.so.6)" "$work/libc.so"
# --allow-shlib-undefined: the Android library's memcpy has no glibc symbol version.
"$cc" -std=c99 -Wall -Wextra -Wpedantic -Werror -O2 -Iinclude "${harness[@]}" -o "$work/harness" \
    -L"$library_dir" -L"$work" -lkeyless_errors -Wl,--allow-shlib-undefined
echo "run-android-harness: the C harness against $library_dir/libkeyless_errors.so"
QEMU_LD_PREFIX=$prefix LD_LIBRARY_PATH="$library_dir:$work" "${run[@]}" "$work/harness"
