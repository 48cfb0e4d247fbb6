#!/usr/bin/env bash
# Builds the sysroots of several targets, SYSROOT_JOBS at a time (default 2):
# rustc spends most of a core build in its single-threaded front end, so two
# targets at once use both cores of a CI machine.
# Usage: scripts/cross/build-sysroots.sh <rust-target>...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
printf '%s\n' "$@" | xargs -P "${SYSROOT_JOBS:-2}" -I '{}' "$here/build-sysroot.sh" '{}' "${CROSS_SYSROOT:?run this through make (mk/dist.mk exports CROSS_SYSROOT)}"
