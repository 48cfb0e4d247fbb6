#!/usr/bin/env bash
# The macOS way to build dist/KeylessErrors.xcframework, with Apple's own tools (rustup targets,
# lipo, xcodebuild -create-xcframework), for users who build on a Mac. `make dist` builds the same
# layout on Linux without them (scripts/cross/); this script then also proves on the Mac what
# Linux cannot: that the root Package.swift builds against it for macOS, an iOS device and the
# iOS simulator. The XCFramework's libraries:
#
#   ios-arm64                         aarch64-apple-ios
#   ios-arm64_x86_64-simulator        aarch64-apple-ios-sim + x86_64-apple-ios, merged with lipo
#   macos-arm64_x86_64                aarch64-apple-darwin + x86_64-apple-darwin, merged with lipo
#
# Each is the Rust staticlib (release profile: panic = "abort", LTO, no_std) with the committed
# header include/keyless_errors.h and a module map for the module CKeylessErrors, the module the
# Swift sources import. xcodebuild refuses two separate simulator slices, hence lipo.
#
# Needs macOS with Xcode (xcodebuild, lipo, ditto, swift) and rustup. It cannot run on Linux, so
# CI only checks it with `bash -n` and shellcheck (`make lint-xcframework-script`).
#
# Usage: bindings/swift/build-xcframework.sh [output-directory]
#   The output directory defaults to dist/ at the repository root, where Package.swift looks. It
#   receives KeylessErrors.xcframework, KeylessErrors.xcframework.zip and, in
#   KeylessErrors.xcframework.zip.sha256, the zip's SwiftPM checksum for a release's
#   binaryTarget(url:checksum:).
# Environment:
#   IPHONEOS_DEPLOYMENT_TARGET   minimum iOS version (default 13.0, as Package.swift)
#   MACOSX_DEPLOYMENT_TARGET     minimum macOS version (default 10.15, as Package.swift)
#   CARGO, RUSTUP                the tools to use (default: cargo and rustup on the PATH)
#   CARGO_TARGET_DIR             Cargo's output folder (default: target/ at the repository root)

set -euo pipefail

readonly module_name="CKeylessErrors"
readonly library_file="libkeyless_errors.a"
readonly header_file="keyless_errors.h"
readonly device_target="aarch64-apple-ios"
readonly simulator_targets=(aarch64-apple-ios-sim x86_64-apple-ios)
readonly macos_targets=(aarch64-apple-darwin x86_64-apple-darwin)

cargo="${CARGO:-cargo}"
rustup="${RUSTUP:-rustup}"

# rustc reads these for every Apple target; without them each slice gets the toolchain's default
# minimum, and the app's linker warns about objects built for a newer OS than the app supports.
export IPHONEOS_DEPLOYMENT_TARGET="${IPHONEOS_DEPLOYMENT_TARGET:-13.0}"
export MACOSX_DEPLOYMENT_TARGET="${MACOSX_DEPLOYMENT_TARGET:-10.15}"

fail() {
    echo "build-xcframework: $*" >&2
    exit 1
}

require_tool() {
    command -v "$1" >/dev/null 2>&1 || fail "$1 not found: $2"
}

# Check everything before touching anything.
[ "$(uname -s)" = "Darwin" ] || fail "needs macOS with Xcode; this is $(uname -s)"
require_tool xcodebuild "install Xcode and run xcode-select"
require_tool lipo "install Xcode's command line tools"
require_tool ditto "ditto ships with macOS"
require_tool swift "install Xcode (swift checks the package and computes the zip's checksum)"
require_tool "$cargo" "install Rust with rustup"
require_tool "$rustup" "install Rust with rustup (the Apple targets come from rustup)"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
mkdir -p "${1:-$repo_root/dist}"
output_dir="$(cd "${1:-$repo_root/dist}" && pwd)"
target_dir="${CARGO_TARGET_DIR:-$repo_root/target}"
work_dir="$script_dir/xcframework-build"

all_targets=("$device_target" "${simulator_targets[@]}" "${macos_targets[@]}")

# The standard library of each Apple target is a separate rustup component.
"$rustup" target add "${all_targets[@]}"

# Only the staticlib: Cargo.toml also asks for a cdylib and an rlib, which an Apple app does not
# use and which would be linked for every target for nothing.
for target in "${all_targets[@]}"; do
    echo "build-xcframework: building $library_file for $target"
    "$cargo" rustc --release --locked --lib --crate-type staticlib \
        --manifest-path "$repo_root/Cargo.toml" --target-dir "$target_dir" --target "$target"
done

library_of() {
    echo "$target_dir/$1/release/$library_file"
}

rm -rf "${work_dir:?}"
mkdir -p "$work_dir/ios-simulator" "$work_dir/macos" "$work_dir/headers/$module_name"

simulator_libraries=()
for target in "${simulator_targets[@]}"; do
    simulator_libraries+=("$(library_of "$target")")
done
lipo -create "${simulator_libraries[@]}" -output "$work_dir/ios-simulator/$library_file"

macos_libraries=()
for target in "${macos_targets[@]}"; do
    macos_libraries+=("$(library_of "$target")")
done
lipo -create "${macos_libraries[@]}" -output "$work_dir/macos/$library_file"

# Show what each slice holds, so a missing architecture shows here rather than in an app.
for library in "$(library_of "$device_target")" "$work_dir/ios-simulator/$library_file" "$work_dir/macos/$library_file"; do
    lipo -info "$library"
done

# The headers go in a folder named after the module: Xcode copies the Headers of every static
# XCFramework into one shared include folder, where two top-level module.modulemap files would
# collide. Clang finds <search path>/CKeylessErrors/module.modulemap when CKeylessErrors is imported.
cp "$repo_root/include/$header_file" "$work_dir/headers/$module_name/$header_file"
cat >"$work_dir/headers/$module_name/module.modulemap" <<MODULEMAP
module $module_name {
    header "$header_file"
    export *
}
MODULEMAP

framework="$output_dir/KeylessErrors.xcframework"
rm -rf "${framework:?}"
xcodebuild -create-xcframework \
    -library "$(library_of "$device_target")" -headers "$work_dir/headers" \
    -library "$work_dir/ios-simulator/$library_file" -headers "$work_dir/headers" \
    -library "$work_dir/macos/$library_file" -headers "$work_dir/headers" \
    -output "$framework"

# Check the result as an app uses it: the root package (which names dist/KeylessErrors.xcframework
# on Apple platforms) must build for macOS (swift build) and for an iOS device and the simulator.
echo "build-xcframework: checking that Package.swift builds for macOS, iOS and the iOS simulator"
if [ "$framework" = "$repo_root/dist/KeylessErrors.xcframework" ]; then
    swift build --package-path "$repo_root" --scratch-path "$work_dir/check-macos"
    for destination in "generic/platform=iOS" "generic/platform=iOS Simulator"; do
        (cd "$repo_root" && xcodebuild build -quiet -scheme KeylessErrors -destination "$destination" \
            -derivedDataPath "$work_dir/check-ios")
    done
else
    echo "build-xcframework: not in dist/, so Package.swift does not use it; skipping the build check"
fi

# The XCFramework alone, zipped, and its checksum, for a remote binaryTarget(url:checksum:).
zip_file="$framework.zip"
rm -f "$zip_file"
(cd "$output_dir" && ditto -c -k --sequesterRsrc --keepParent "KeylessErrors.xcframework" "$zip_file")
checksum="$(swift package --package-path "$repo_root" compute-checksum "$zip_file")"
echo "$checksum" >"$zip_file.sha256"

echo "build-xcframework: wrote $framework"
echo "build-xcframework: wrote $zip_file (SwiftPM checksum $checksum)"
