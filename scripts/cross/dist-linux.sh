#!/usr/bin/env bash
# Collects the Linux libraries into <dir>/<rust-target>/: libkeyless_errors.so and
# libkeyless_errors.a for $LINUX_HOST_TARGET (the host's release build, `make library`) and,
# cross-built, for every target of $LINUX_ARM_TARGETS (mk/config.mk).
# Usage: scripts/cross/dist-linux.sh <dir>   (run by make: mk/dist.mk)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/common.sh"
require_config LINUX_HOST_TARGET LINUX_ARM_TARGETS CROSS_TARGET_DIR
out=${1:?usage: $0 <dir>}

copy_libraries() {
    local from=$1 target=$2
    mkdir -p "$out/$target"
    cp "$from/libkeyless_errors.so" "$from/libkeyless_errors.a" "$out/$target/"
}

[ -f target/release/libkeyless_errors.so ] || { echo "dist-linux: run 'make library' first" >&2; exit 1; }
copy_libraries target/release "$LINUX_HOST_TARGET"
# shellcheck disable=SC2086 # a list of targets
"$here/build-sysroots.sh" $LINUX_ARM_TARGETS
for target in $LINUX_ARM_TARGETS; do
    "$here/build-library.sh" "$target"
    copy_libraries "$CROSS_TARGET_DIR/$target/release" "$target"
done
