#!/usr/bin/env bash
# Cross-builds the library for one Rust target with Debian's rustc and cargo
# against a sysroot from build-sysroot.sh (built first if missing):
#   Android (*-linux-android*)   cdylib, linked by clang + lld against the stub libc.so
#   Linux ARM (*-linux-gnu*)     cdylib and staticlib, linked by the GNU cross gcc with lld
#   Apple (*-apple-*)            staticlib only (it needs no linker; a dylib would
#                                need Apple's SDK stubs)
# The artifacts land in $CROSS_TARGET_DIR/<target>/release/ (default target/cross), a
# folder of its own so that these builds never wait for the host's cargo lock.
#
# Usage: scripts/cross/build-library.sh <rust-target>
# Environment: CROSS_RUSTC, CROSS_CARGO (default /usr/bin/rustc, /usr/bin/cargo: Debian's, which
#   match the library sources; rustup's toolchain cannot use them), SWIFT_BIN (where clang and
#   ld.lld are, default /opt/swift/usr/bin; see common.sh), ANDROID_API (default 21, the Kotlin
#   binding's minSdk), IPHONEOS_DEPLOYMENT_TARGET (13.0), MACOSX_DEPLOYMENT_TARGET (10.15),
#   CROSS_SYSROOT (target/sysroot), CROSS_TARGET_DIR (target/cross).
set -euo pipefail
target=${1:?usage: $0 <rust-target>}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/common.sh"
cd "$here/../.."

rustc=${CROSS_RUSTC:-/usr/bin/rustc}
cargo=${CROSS_CARGO:-/usr/bin/cargo}
sysroot=$(realpath -m "${CROSS_SYSROOT:-target/sysroot}")
target_dir=$(realpath -m "${CROSS_TARGET_DIR:-target/cross}")
# Apple: the same minimum versions as Package.swift's platforms.
export IPHONEOS_DEPLOYMENT_TARGET=${IPHONEOS_DEPLOYMENT_TARGET:-13.0}
export MACOSX_DEPLOYMENT_TARGET=${MACOSX_DEPLOYMENT_TARGET:-10.15}

"$here/build-sysroot.sh" "$target" "$sysroot"

# Cargo reads per-target settings from CARGO_TARGET_<TRIPLE>_*.
target_env=$(tr 'a-z-' 'A-Z_' <<<"$target")
rustflags=(--sysroot "$sysroot")
case "$target" in
    *-linux-android*)
        crate_types=cdylib
        clang_target=$(android_clang_target "$target")
        stub_dir="$target_dir/stub-libc/$target"
        build_stub_libc "$target" "$stub_dir"
        clang=$(find_tool clang)
        export "CARGO_TARGET_${target_env}_LINKER=$clang"
        # -nostdlib: no crt objects or libraries from a host sysroot, only the stub libc;
        # -z defs: a symbol that the stub (that is, bionic) does not export fails the link.
        for arg in "--target=$clang_target" -fuse-ld=lld -nostdlib "-L$stub_dir" -Wl,-z,defs -lc; do
            rustflags+=(-C "link-arg=$arg")
        done
        ;;
    aarch64-unknown-linux-gnu | armv7-unknown-linux-gnueabihf)
        crate_types=cdylib,staticlib
        gcc=aarch64-linux-gnu-gcc
        [ "$target" = aarch64-unknown-linux-gnu ] || gcc=arm-linux-gnueabihf-gcc
        export "CARGO_TARGET_${target_env}_LINKER=$gcc"
        # The GNU cross gcc drives lld (-B: where its ld.lld is), with 64 KB pages, which
        # also loads on kernels with 64 KB pages (some aarch64 servers). GNU ld pads the file
        # to that alignment (67 KB for aarch64); lld only aligns addresses (about 30 KB).
        lld=$(find_tool ld.lld)
        for arg in "-B$(dirname "$lld")" -fuse-ld=lld -Wl,-z,max-page-size=65536; do
            rustflags+=(-C "link-arg=$arg")
        done
        ;;
    *-apple-*)
        crate_types=staticlib
        ;;
    *)
        echo "build-library: no recipe for $target" >&2; exit 1 ;;
esac
export "CARGO_TARGET_${target_env}_RUSTFLAGS=${rustflags[*]}"

start=$SECONDS
RUSTC="$rustc" CARGO_TARGET_DIR="$target_dir" "$cargo" rustc --quiet --release --locked --lib \
    --crate-type "$crate_types" --target "$target"
echo "build-library: $target ($crate_types) built in $((SECONDS - start))s"
