#!/usr/bin/env bash
# Builds the Apple static libraries and packs them as an XCFramework, on Linux:
#   <dist>/KeylessErrors.xcframework/            (see xcframework.py for the layout)
#   <dist>/KeylessErrors.xcframework.zip         reproducible zip of it
#   <dist>/KeylessErrors.xcframework.zip.sha256  its SwiftPM checksum, for binaryTarget(url:checksum:)
# Targets ($APPLE_TARGETS, mk/config.mk): aarch64-apple-ios (device), aarch64-apple-ios-sim +
# x86_64-apple-ios (simulator, merged with llvm-lipo) and aarch64-apple-darwin +
# x86_64-apple-darwin (macOS, merged), with the minimum OS versions of mk/config.mk.
#
# Each archive keeps only the library's own object, the one LTO made from this crate and core.
# Rust's staticlib also carries all of compiler_builtins (335 global symbols on arm64, 339 on
# x86_64, counted with llvm-nm for Debian's rustc 1.96), and two Rust libraries in one app clash on
# such symbols; this crate's object needs none of them, only libSystem's memory functions
# ($APPLE_ALLOWED_IMPORTS, mk/config.mk), which trim_archive checks.
#
# Usage: scripts/cross/dist-apple.sh <dist-dir>   (run by make: mk/dist.mk)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/common.sh"
require_config APPLE_TARGETS APPLE_ALLOWED_IMPORTS CROSS_TARGET_DIR PYTHON
dist=${1:?usage: $0 <dist-dir>}
work="$CROSS_TARGET_DIR/apple"
llvm_ar=$(find_tool llvm-ar)
llvm_nm=$(find_tool llvm-nm)
llvm_lipo=$(find_tool llvm-lipo)
allowed_imports=${APPLE_ALLOWED_IMPORTS// /|}

# trim_archive TARGET: writes $work/TARGET/libkeyless_errors.a holding only the crate's object.
trim_archive() {
    local target=$1 staticlib members member undefined
    staticlib="$CROSS_TARGET_DIR/$target/release/libkeyless_errors.a"
    members=$("$llvm_ar" t "$staticlib" | grep '^keyless_errors-' || true)
    if [ "$(wc -w <<<"$members")" -ne 1 ]; then
        echo "dist-apple: expected one keyless_errors object in $staticlib (release: lto, codegen-units = 1), found: $members" >&2
        return 1
    fi
    rm -rf "${work:?}/$target"
    mkdir -p "$work/$target"
    "$llvm_ar" x --output "$work/$target" "$staticlib" "$members"
    # A fixed member name: Cargo's name carries a hash, and the same object bytes must give the
    # same archive (and zip checksum) wherever they were built.
    member="$work/$target/keyless_errors.o"
    mv "$work/$target/$members" "$member"
    undefined=$("$llvm_nm" -u "$member" | grep -vxE "$allowed_imports" || true)
    if [ -n "$undefined" ]; then
        echo "dist-apple: the $target object needs more than libSystem's memory functions ($allowed_imports), so it cannot drop compiler_builtins:" >&2
        echo "$undefined" >&2
        return 1
    fi
    # D: no timestamps or owners, so the archive (and the zip's checksum) is reproducible.
    "$llvm_ar" --format=darwin rcsD "$work/$target/libkeyless_errors.a" "$member"
    rm -f "$member"
}

# shellcheck disable=SC2086 # a list of targets
"$here/build-sysroots.sh" $APPLE_TARGETS
for target in $APPLE_TARGETS; do
    "$here/build-library.sh" "$target"
    trim_archive "$target"
done

mkdir -p "$work/ios-simulator" "$work/macos"
"$llvm_lipo" -create "$work/aarch64-apple-ios-sim/libkeyless_errors.a" "$work/x86_64-apple-ios/libkeyless_errors.a" \
    -output "$work/ios-simulator/libkeyless_errors.a"
"$llvm_lipo" -create "$work/aarch64-apple-darwin/libkeyless_errors.a" "$work/x86_64-apple-darwin/libkeyless_errors.a" \
    -output "$work/macos/libkeyless_errors.a"

mkdir -p "$dist"
"$PYTHON" "$here/xcframework.py" "$dist" include/keyless_errors.h \
    "ios-arm64=$work/aarch64-apple-ios/libkeyless_errors.a" \
    "ios-arm64_x86_64-simulator=$work/ios-simulator/libkeyless_errors.a" \
    "macos-arm64_x86_64=$work/macos/libkeyless_errors.a"

# SwiftPM's checksum is the zip's SHA-256; ask SwiftPM itself when it is installed.
zip="$dist/KeylessErrors.xcframework.zip"
if [ -n "${SWIFT_BIN:-}" ] && [ -x "$SWIFT_BIN/swift" ]; then
    checksum=$("$SWIFT_BIN/swift" package compute-checksum "$zip")
else
    checksum=$(sha256sum "$zip" | cut -d ' ' -f 1)
fi
echo "$checksum" >"$zip.sha256"
echo "dist-apple: wrote $dist/KeylessErrors.xcframework and $zip (SwiftPM checksum $checksum)"
