#!/usr/bin/env bash
# Collects the Linux libraries into <dir>/<rust-target>/ (default dist/linux):
# libkeyless_errors.so and libkeyless_errors.a for x86_64-unknown-linux-gnu (the host's
# release build, `make library`) and, cross-built, for aarch64-unknown-linux-gnu and
# armv7-unknown-linux-gnueabihf.
# Usage: scripts/cross/dist-linux.sh [dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out=${1:-dist/linux}
target_dir=${CROSS_TARGET_DIR:-target/cross}
cross_targets=(aarch64-unknown-linux-gnu armv7-unknown-linux-gnueabihf)

copy_libraries() {
    local from=$1 target=$2
    mkdir -p "$out/$target"
    cp "$from/libkeyless_errors.so" "$from/libkeyless_errors.a" "$out/$target/"
}

[ -f target/release/libkeyless_errors.so ] || { echo "dist-linux: run 'make library' first" >&2; exit 1; }
copy_libraries target/release x86_64-unknown-linux-gnu
"$here/build-sysroots.sh" "${cross_targets[@]}"
for target in "${cross_targets[@]}"; do
    "$here/build-library.sh" "$target"
    copy_libraries "$target_dir/$target/release" "$target"
done
