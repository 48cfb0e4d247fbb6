#!/usr/bin/env bash
# Cross-builds the library for one Rust target with Debian's rustc and cargo
# against a sysroot from build-sysroot.sh (built first if missing):
#   Android (*-linux-android*)   cdylib, linked by clang + lld against the stub libc.so
#   Linux ARM (*-linux-gnu*)     cdylib and staticlib, linked by the GNU cross gcc with lld
#   Apple (*-apple-*)            staticlib only (it needs no linker; a dylib would
#                                need Apple's SDK stubs)
# The artifacts land in $CROSS_TARGET_DIR/<target>/release/, a folder of its own so that these
# builds never wait for the host's cargo lock.
#
# Usage: scripts/cross/build-library.sh <rust-target>   (run by make: mk/dist.mk)
# Environment (mk/config.mk and mk/dist.mk): CROSS_RUSTC, CROSS_CARGO, CLANG, LD_LLD,
#   ANDROID_MIN_SDK, LINUX_ARM_TARGET_TRIPLES, LINUX_ARM_PAGE_SIZE, IOS_MIN_VERSION,
#   MACOS_MIN_VERSION, CROSS_SYSROOT, CROSS_TARGET_DIR.
set -euo pipefail
target=${1:?usage: $0 <rust-target>}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/common.sh"
require_config CROSS_RUSTC CROSS_CARGO CROSS_SYSROOT CROSS_TARGET_DIR
cd "$here/../.."
repo=$PWD
sysroot=$(realpath -m "$CROSS_SYSROOT")
target_dir=$(realpath -m "$CROSS_TARGET_DIR")

"$here/build-sysroot.sh" "$target" "$sysroot"

# Cargo reads per-target settings from CARGO_TARGET_<TRIPLE>_*.
target_env=$(tr 'a-z-' 'A-Z_' <<<"$target")
# The same sources give the same bytes wherever they are built (make check-reproducible). The
# release artifacts carry no path today even without remapping (measured: two checkouts at
# different paths, identical .so and .a); the remapping keeps it so if debug information or a
# panic location ever reaches one.
rustflags=(--sysroot "$sysroot" "--remap-path-prefix=$repo=." "--remap-path-prefix=$target_dir=target")
case "$target" in
    *-linux-android*)
        crate_types=cdylib
        clang_target=$(android_clang_target "$target")
        stub_dir="$target_dir/stub-libc/$target"
        build_stub_libc "$target" "$stub_dir"
        export "CARGO_TARGET_${target_env}_LINKER=$(find_tool clang)"
        # -nostdlib: no crt objects or libraries from a host sysroot, only the stub libc;
        # -z defs: a symbol that the stub (that is, bionic) does not export fails the link.
        for arg in "--target=$clang_target" -fuse-ld=lld -nostdlib "-L$stub_dir" -Wl,-z,defs -lc; do
            rustflags+=(-C "link-arg=$arg")
        done
        ;;
    *-linux-gnu*)
        require_config LINUX_ARM_TARGET_TRIPLES LINUX_ARM_PAGE_SIZE
        crate_types=cdylib,staticlib
        export "CARGO_TARGET_${target_env}_LINKER=$(config_value "$LINUX_ARM_TARGET_TRIPLES" "$target")-gcc"
        # The GNU cross gcc drives lld (-B: where its ld.lld is), with the page size of
        # mk/config.mk. GNU ld would pad the file to that alignment (67 KB for aarch64); lld
        # only aligns addresses (about 30 KB).
        lld=$(find_tool ld.lld)
        for arg in "-B$(dirname "$lld")" -fuse-ld=lld "-Wl,-z,max-page-size=$LINUX_ARM_PAGE_SIZE"; do
            rustflags+=(-C "link-arg=$arg")
        done
        ;;
    *-apple-*)
        require_config IOS_MIN_VERSION MACOS_MIN_VERSION
        crate_types=staticlib
        export IPHONEOS_DEPLOYMENT_TARGET=$IOS_MIN_VERSION MACOSX_DEPLOYMENT_TARGET=$MACOS_MIN_VERSION
        ;;
    *)
        echo "build-library: no recipe for $target" >&2; exit 1 ;;
esac
export "CARGO_TARGET_${target_env}_RUSTFLAGS=${rustflags[*]}"

start=$SECONDS
RUSTC="$CROSS_RUSTC" CARGO_TARGET_DIR="$target_dir" "$CROSS_CARGO" rustc --quiet --release --locked --lib \
    --crate-type "$crate_types" --target "$target"
echo "build-library: $target ($crate_types) built in $((SECONDS - start))s"
