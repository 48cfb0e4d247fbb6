#!/usr/bin/env bash
# Builds the Android libraries into <jniLibs>/<abi>/, for every ABI of $ANDROID_ABI_TARGETS
# (mk/config.mk), linked for API level $ANDROID_MIN_SDK:
#   libkeyless_errors.so      the Rust library (build-library.sh)
#   libkeyless_errors_jni.so  the Kotlin binding's JNI glue (build-jni-glue.sh), which
#                             needs the first one
# Usage: scripts/cross/dist-android.sh <jniLibs-dir>   (run by make: mk/dist.mk)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/common.sh"
require_config ANDROID_ABI_TARGETS ANDROID_RUST_TARGETS CROSS_TARGET_DIR
out=${1:?usage: $0 <jniLibs-dir>}

# shellcheck disable=SC2086 # a list of targets
"$here/build-sysroots.sh" $ANDROID_RUST_TARGETS
for pair in $ANDROID_ABI_TARGETS; do
    abi=${pair%%=*} target=${pair#*=}
    "$here/build-library.sh" "$target"
    mkdir -p "$out/$abi"
    cp "$CROSS_TARGET_DIR/$target/release/libkeyless_errors.so" "$out/$abi/libkeyless_errors.so"
    "$here/build-jni-glue.sh" "$target" "$out/$abi"
done
