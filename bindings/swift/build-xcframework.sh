#!/usr/bin/env bash
# Builds CKeylessErrors.xcframework, the C library that an iOS or macOS app links through a SwiftPM
# `binaryTarget`, and a ready SwiftPM package that puts the Swift API on top of it (see README.md,
# "Shipping to Apple platforms"). The XCFramework's slices:
#
#   ios-arm64                         aarch64-apple-ios
#   ios-arm64_x86_64-simulator        aarch64-apple-ios-sim + x86_64-apple-ios, merged with lipo
#   macos-arm64_x86_64                aarch64-apple-darwin + x86_64-apple-darwin, merged with lipo
#
# Each slice is the Rust staticlib (release profile: panic = "abort", LTO, no_std) with the
# committed header include/keyless_errors.h and a module map that names the module CKeylessErrors,
# the module the Swift sources import. xcodebuild refuses two separate simulator slices, hence lipo.
#
# Needs macOS with Xcode (xcodebuild, lipo, ditto, swift) and rustup. It cannot run on Linux, so
# CI does not run it; CI only checks it with `bash -n` and shellcheck.
#
# Usage: bindings/swift/build-xcframework.sh [output-directory]
#   The output directory defaults to bindings/swift/dist. It receives:
#     KeylessErrors/                            a SwiftPM package for apps: Package.swift, the
#                                               XCFramework, and this package's Swift sources
#     CKeylessErrors.xcframework.zip            the XCFramework alone, zipped, and its SwiftPM
#     CKeylessErrors.xcframework.zip.checksum   checksum, for a remote binaryTarget(url:checksum:)
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
mkdir -p "${1:-$script_dir/dist}"
output_dir="$(cd "${1:-$script_dir/dist}" && pwd)"
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

# The package for apps: the XCFramework plus the Swift API. Its Swift sources are copied from this
# package by this script, so they are the very ones `make test` checks on Linux.
package_dir="$output_dir/KeylessErrors"
rm -rf "${package_dir:?}"
mkdir -p "$package_dir/Sources/KeylessErrors"
xcodebuild -create-xcframework \
    -library "$(library_of "$device_target")" -headers "$work_dir/headers" \
    -library "$work_dir/ios-simulator/$library_file" -headers "$work_dir/headers" \
    -library "$work_dir/macos/$library_file" -headers "$work_dir/headers" \
    -output "$package_dir/$module_name.xcframework"

cp "$script_dir"/Sources/KeylessErrors/*.swift "$package_dir/Sources/KeylessErrors/"
cat >"$package_dir/Package.swift" <<MANIFEST
// swift-tools-version:6.0
// Written by bindings/swift/build-xcframework.sh; do not edit. The Swift API of keyless-errors
// (the sources of bindings/swift) over the C library in $module_name.xcframework.
import PackageDescription

let package = Package(
    name: "KeylessErrors",
    platforms: [.iOS("$IPHONEOS_DEPLOYMENT_TARGET"), .macOS("$MACOSX_DEPLOYMENT_TARGET")],
    products: [
        .library(name: "KeylessErrors", targets: ["KeylessErrors"]),
    ],
    targets: [
        .binaryTarget(name: "$module_name", path: "$module_name.xcframework"),
        .target(name: "KeylessErrors", dependencies: ["$module_name"]),
    ]
)
MANIFEST

# Check the result as an app uses it: the module map must be found and the Swift API must compile
# against it, for macOS (swift build) and for an iOS device and the simulator (xcodebuild).
echo "build-xcframework: checking that the package builds for macOS, iOS and the iOS simulator"
swift build --package-path "$package_dir" --scratch-path "$work_dir/check-macos"
for destination in "generic/platform=iOS" "generic/platform=iOS Simulator"; do
    (cd "$package_dir" && xcodebuild build -quiet -scheme KeylessErrors -destination "$destination" \
        -derivedDataPath "$work_dir/check-ios")
done

# The XCFramework alone, zipped, and its checksum, for a remote binaryTarget(url:checksum:).
zip_file="$output_dir/$module_name.xcframework.zip"
rm -f "$zip_file"
(cd "$package_dir" && ditto -c -k --sequesterRsrc --keepParent "$module_name.xcframework" "$zip_file")
checksum="$(swift package --package-path "$package_dir" compute-checksum "$zip_file")"
echo "$checksum" >"$zip_file.checksum"

echo "build-xcframework: wrote $package_dir (a SwiftPM package: $module_name.xcframework + the Swift API)"
echo "build-xcframework: wrote $zip_file (SwiftPM checksum $checksum)"
