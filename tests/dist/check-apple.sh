#!/usr/bin/env bash
# Checks the XCFramework in a dist folder (default dist) with LLVM's Mach-O tools; see
# check-xcframework.py for what is checked.
# Usage: tests/dist/check-apple.sh [dist-dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/../../scripts/cross/common.sh"
LLVM_OBJDUMP=$(find_tool llvm-objdump)
LLVM_NM=$(find_tool llvm-nm)
LLVM_LIPO=$(find_tool llvm-lipo)
export LLVM_OBJDUMP LLVM_NM LLVM_LIPO
exec python3 "$here/check-xcframework.py" "${1:-dist}"
