#!/usr/bin/env bash
# Builds the Kotlin binding's JNI glue (bindings/kotlin/jni/keyless_errors_jni.c) for one
# Android target without the NDK: clang compiles it freestanding against Android's own jni.h
# (Debian's android-libnativehelper-dev), and lld links it to the Rust library next to it and
# to the stub libc.so. Like the NDK's CMake build it exports only JNI_OnLoad
# (-fvisibility=hidden), names itself (soname) and aligns its LOAD segments to 16 KB.
#
# Usage: scripts/cross/build-jni-glue.sh <android-rust-target> <dir>
#   <dir> must hold that target's libkeyless_errors.so; libkeyless_errors_jni.so is written there.
# Environment: JNI_INCLUDE (default /usr/include/android/nativehelper), ANDROID_API (21).
set -euo pipefail
target=${1:?usage: $0 <android-rust-target> <dir>}
dir=${2:?usage: $0 <android-rust-target> <dir>}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/common.sh"
repo="$here/../.."
glue="$repo/bindings/kotlin/jni/keyless_errors_jni.c"
jni_include=${JNI_INCLUDE:-/usr/include/android/nativehelper}
stub_dir="${CROSS_TARGET_DIR:-target/cross}/stub-libc/$target"

[ -f "$jni_include/jni.h" ] || { echo "build-jni-glue: no jni.h in $jni_include (apt-get install android-libnativehelper-dev)" >&2; exit 1; }
[ -f "$dir/libkeyless_errors.so" ] || { echo "build-jni-glue: $dir/libkeyless_errors.so is missing" >&2; exit 1; }
clang=$(find_tool clang)
build_stub_libc "$target" "$stub_dir"

# -ffreestanding -nostdlibinc: no Android C library headers here (and never the host's
# /usr/include), only the compiler's own
# (stddef.h, stdint.h, stdarg.h, which is all jni.h and the library header use);
# -DNDEBUG: a release build, as an app ships it.
"$clang" --target="$(android_clang_target "$target")" -std=c11 -Wall -Wextra -Wpedantic -Werror \
    -ffreestanding -nostdlibinc -fPIC -O2 -DNDEBUG -fvisibility=hidden -ffunction-sections -fdata-sections \
    -I "$repo/include" -I "$jni_include" -c "$glue" -o "$stub_dir/keyless_errors_jni.o"
"$clang" --target="$(android_clang_target "$target")" -shared -nostdlib -fuse-ld=lld \
    -Wl,-soname,libkeyless_errors_jni.so -Wl,-z,max-page-size=16384 -Wl,-z,defs -Wl,--gc-sections \
    -Wl,--build-id=none -s "$stub_dir/keyless_errors_jni.o" -L "$dir" -L "$stub_dir" -lkeyless_errors -lc \
    -o "$dir/libkeyless_errors_jni.so"
