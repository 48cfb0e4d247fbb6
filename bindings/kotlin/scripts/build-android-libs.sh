#!/usr/bin/env bash
# Builds the Rust library for Android with cargo-ndk, one libkeyless_errors.so
# per ABI, 16 KB aligned and with a DT_SONAME, into
#   bindings/kotlin/build/android-libs/<ABI>/libkeyless_errors.so
# which is where jni/CMakeLists.txt looks for it when an app's
# externalNativeBuild builds the glue. (Not a jniLibs directory on purpose: the
# Android Gradle plugin packages the library CMake imports by itself, and
# listing it in jniLibs too makes the build fail with a duplicate file.)
#
# Needs, once per machine (none of this is available where the tests run):
#   - the Android NDK: ANDROID_NDK_HOME, or cargo-ndk's auto-detection of
#     Android Studio's copy. NDK r28 or newer aligns to 16 KB by default.
#   - cargo install cargo-ndk
#   - rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
#
# Usage: scripts/build-android-libs.sh [output directory]
#   ANDROID_PLATFORM  minimum API level to build for (default 21, as minSdk)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${1:-$root/bindings/kotlin/build/android-libs}
platform=${ANDROID_PLATFORM:-21}
abis=(arm64-v8a armeabi-v7a x86_64)

command -v cargo-ndk > /dev/null || { echo "cargo-ndk is missing: cargo install cargo-ndk" >&2; exit 1; }

# The 16 KB LOAD alignment and the DT_SONAME come from the crate's build.rs,
# so every build of the library gets them; this script checks both below.

cd "$root"
targets=()
for abi in "${abis[@]}"; do targets+=(-t "$abi"); done
cargo ndk "${targets[@]}" --platform "$platform" -o "$out" build --release --locked

# Check what was produced, with the NDK's llvm-readelf when it can be found.
readelf=${READELF:-}
if [ -z "$readelf" ] && [ -n "${ANDROID_NDK_HOME:-}" ]; then
    readelf=$(find "$ANDROID_NDK_HOME/toolchains/llvm/prebuilt" -name llvm-readelf -type f 2>/dev/null | head -n 1)
fi
readelf=${readelf:-readelf}
failures=0
for abi in "${abis[@]}"; do
    library="$out/$abi/libkeyless_errors.so"
    if [ ! -f "$library" ]; then
        echo "FAIL: $library was not produced"; failures=$((failures + 1)); continue
    fi
    alignments=$("$readelf" -lW "$library" | awk '$1 == "LOAD" {print $NF}' | sort -u)
    if [ "$alignments" != "0x4000" ]; then
        echo "FAIL: $library: LOAD alignment [$(echo "$alignments" | tr '\n' ' ')], not 0x4000"; failures=$((failures + 1))
    fi
    if ! "$readelf" -dW "$library" | grep -q 'SONAME.*\[libkeyless_errors.so\]'; then
        echo "FAIL: $library has no SONAME libkeyless_errors.so"; failures=$((failures + 1))
    fi
    echo "$abi: $(stat -c %s "$library") bytes, LOAD alignment $alignments"
done
exit $((failures > 0))
