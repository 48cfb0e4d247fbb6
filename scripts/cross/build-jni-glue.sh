#!/usr/bin/env bash
# Builds the Kotlin binding's JNI glue (bindings/kotlin/jni/keyless_errors_jni.c) for one target:
# the one way it is built, for the AAR (make dist-android), the jar and the tests (the binding's
# Makefile). Every build compiles with the same warnings and optimisation, exports only JNI_OnLoad
# (-fvisibility=hidden; --exclude-libs keeps any static archive's symbols out), names itself
# (soname), refuses unresolved symbols (-z defs), aligns its LOAD segments to the target's page
# size and is stripped. What differs per target:
#
#   Android (*-linux-android*)   clang, freestanding, with Android's own jni.h (Debian's
#                                android-libnativehelper-dev) and no NDK: linked by lld to the
#                                stub libc.so (scripts/cross/stub-libc.c); no run path (the app's
#                                library folder is searched); $ANDROID_PAGE_SIZE.
#   Linux (*-linux-gnu*)         the target's gcc ($CC for the host $LINUX_HOST_TARGET, else
#                                <triple>-gcc of $LINUX_ARM_TARGET_TRIPLES), with the JDK's jni.h
#                                ($JAVA_HOME); run path $ORIGIN, so the jar's copies find each other
#                                wherever they are extracted; $LINUX_ARM_PAGE_SIZE on ARM, and on
#                                the host the Android page size, as the host glue stands in for the
#                                Android one in the binding's tests.
#
# Usage: scripts/cross/build-jni-glue.sh <rust-target> <dir> [--compile-only]
#   (run by make, which exports the facts)
#   <dir> must hold that target's libkeyless_errors.so; libkeyless_errors_jni.so is written there.
#   --compile-only (Android targets): only compile <dir>/keyless_errors_jni.o, which needs neither
#   the Rust library nor the stub libc (the binding's quick check of the Android compile).
set -euo pipefail
target=${1:?usage: $0 <rust-target> <dir> [--compile-only]}
dir=${2:?usage: $0 <rust-target> <dir> [--compile-only]}
compile_only=${3:-}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/common.sh"
repo="$here/../.."
glue="$repo/bindings/kotlin/jni/keyless_errors_jni.c"
output="$dir/libkeyless_errors_jni.so"
if [ -n "$compile_only" ]; then
    [ "$compile_only" = --compile-only ] || { echo "build-jni-glue: unknown option $compile_only" >&2; exit 2; }
    mkdir -p "$dir"
elif [ ! -f "$dir/libkeyless_errors.so" ]; then
    echo "build-jni-glue: $dir/libkeyless_errors.so is missing" >&2
    exit 1
fi

# -DNDEBUG: a release build, as an app ships it.
compile=(-std=c11 -Wall -Wextra -Wpedantic -Werror -O2 -DNDEBUG -fPIC -fvisibility=hidden
    -ffunction-sections -fdata-sections -I "$repo/include")
# shellcheck disable=SC2054 # the commas belong to the linker options
link=(-shared -Wl,-soname,libkeyless_errors_jni.so -Wl,-z,defs -Wl,--gc-sections -Wl,--exclude-libs,ALL
    -Wl,--build-id=none -s -L "$dir")

case $target in
    *-linux-android*)
        jni_include=/usr/include/android/nativehelper
        [ -f "$jni_include/jni.h" ] || { echo "build-jni-glue: no $jni_include/jni.h (apt-get install android-libnativehelper-dev)" >&2; exit 1; }
        clang=$(find_tool clang)
        clang_target=$(android_clang_target "$target")
        # -ffreestanding -nostdlibinc: no Android C library headers here (and never the host's
        # /usr/include), only the compiler's own (stddef.h, stdint.h, stdarg.h: all that jni.h
        # and the library's header use).
        "$clang" --target="$clang_target" "${compile[@]}" -ffreestanding -nostdlibinc -I "$jni_include" \
            -c "$glue" -o "$dir/keyless_errors_jni.o"
        [ -z "$compile_only" ] || exit 0
        require_config ANDROID_PAGE_SIZE CROSS_TARGET_DIR
        stub_dir="$CROSS_TARGET_DIR/stub-libc/$target"
        build_stub_libc "$target" "$stub_dir"
        "$clang" --target="$clang_target" -nostdlib -fuse-ld=lld "${link[@]}" -Wl,-z,max-page-size="$ANDROID_PAGE_SIZE" \
            "$dir/keyless_errors_jni.o" -L "$stub_dir" -lkeyless_errors -lc -o "$output"
        rm "$dir/keyless_errors_jni.o"
        ;;
    *-linux-gnu*)
        [ -z "$compile_only" ] || { echo "build-jni-glue: --compile-only is for Android targets" >&2; exit 2; }
        require_config JAVA_HOME LINUX_HOST_TARGET ANDROID_PAGE_SIZE LINUX_ARM_PAGE_SIZE LINUX_ARM_TARGET_TRIPLES
        [ -f "$JAVA_HOME/include/jni.h" ] || { echo "build-jni-glue: no jni.h in \$JAVA_HOME/include ($JAVA_HOME): set JAVA_HOME to a JDK" >&2; exit 1; }
        if [ "$target" = "$LINUX_HOST_TARGET" ]; then
            cc=${CC:-cc} page_size=$ANDROID_PAGE_SIZE
        else
            cc="$(config_value "$LINUX_ARM_TARGET_TRIPLES" "$target")-gcc" page_size=$LINUX_ARM_PAGE_SIZE
        fi
        # shellcheck disable=SC2016 # $ORIGIN is for the dynamic linker, not the shell
        "$cc" "${compile[@]}" -I "$JAVA_HOME/include" -I "$JAVA_HOME/include/linux" "$glue" "${link[@]}" \
            -Wl,-z,max-page-size="$page_size" -Wl,-rpath,'$ORIGIN' -lkeyless_errors -o "$output"
        ;;
    *)
        echo "build-jni-glue: no glue build for $target (Android and Linux targets only)" >&2
        exit 1
        ;;
esac
