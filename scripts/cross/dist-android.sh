#!/usr/bin/env bash
# Builds the Android libraries into <jniLibs>/<abi>/ (default dist/android/jniLibs), for
# arm64-v8a, armeabi-v7a, x86_64 and x86 at API level $ANDROID_API (default 21):
#   libkeyless_errors.so      the Rust library (build-library.sh)
#   libkeyless_errors_jni.so  the Kotlin binding's JNI glue (build-jni-glue.sh), which
#                             needs the first one
# Usage: scripts/cross/dist-android.sh [jniLibs-dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out=${1:-dist/android/jniLibs}
target_dir=${CROSS_TARGET_DIR:-target/cross}
abis=(arm64-v8a armeabi-v7a x86_64 x86)
targets=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android i686-linux-android)

"$here/build-sysroots.sh" "${targets[@]}"
for i in "${!abis[@]}"; do
    abi=${abis[$i]} target=${targets[$i]}
    "$here/build-library.sh" "$target"
    mkdir -p "$out/$abi"
    cp "$target_dir/$target/release/libkeyless_errors.so" "$out/$abi/libkeyless_errors.so"
    "$here/build-jni-glue.sh" "$target" "$out/$abi"
done
