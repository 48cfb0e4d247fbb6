#!/usr/bin/env bash
# The SwiftPM consumer of keyless-errors on Linux: a new package (app/) that depends on
# this repository by path, built from a clean copy in a temporary folder against a `make install`
# made in this run, with only the commands bindings/swift/README.md shows under "Add it to your
# project" (the run fails if the README lacks one of them). No -Xlinker, no unsafeFlags, no
# flag the README does not show. Then the same package by git URL and version, against a clone of the
# committed HEAD tagged with the crate's version (so uncommitted changes are not in that part).
# Prints how long each command took.
#
# The commands are written in single quotes on purpose: they are recorded as the README shows
# them ($P unexpanded), then run with eval.
# shellcheck disable=SC2016
set -euo pipefail
if [ "$(uname -s)" != Linux ]; then
    echo "Swift consumer: skipped; it tests the Linux setup (on macOS the manifest takes the XCFramework)"
    exit 0
fi
cd "$(dirname "$0")/../../.."
repo=$PWD
app=tests/consumers/swift/app
readme=bindings/swift/README.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Nothing from the caller's environment may help the consumer build or run.
unset CPATH C_INCLUDE_PATH LIBRARY_PATH LD_LIBRARY_PATH PKG_CONFIG_PATH PKG_CONFIG_LIBDIR \
      DESTDIR PREFIX LIBDIR INCLUDEDIR MAKEFLAGS MFLAGS MAKEOVERRIDES MAKELEVEL
# Swift is outside the default PATH on some machines, as in .ci/run.
if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

# shellcheck source=tests/consumers/lib.sh
source tests/consumers/lib.sh

version=$(sed -n '/^\[package\]/,/^\[/s/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml)
expected_output="30004 FACE_NOT_MATCHING (user): Face not matching
shared 3004 CORE_FACE_NOT_MATCHING
424242 UNKNOWN (user): User error
keyless-errors $version on library $version"

P=$work/prefix
echo "== make install"
step "$repo" 'make install PREFIX="$P"'

echo "== a new SwiftPM package next to a keyless-errors checkout"
# The checkout's folder name is the package identity that `.product(…, package: "keyless-errors")`
# names, so the repository is linked in under that name.
ln -s "$repo" "$work/keyless-errors"
cp -r "$app" "$work/app"
step_here 'export PKG_CONFIG_PATH="$P/lib/pkgconfig"'
step_here 'export LD_LIBRARY_PATH="$P/lib"'
step "$work/app" 'swift build'
step "$work/app" 'swift run App'
[ "$(grep -v '^\[\|^Build\|^Building\|^Compiling\|^Planning\|^Write' "$step_log")" = "$expected_output" ] ||
    fail "swift run App printed:
$(cat "$step_log")
expected:
$expected_output"
# It runs on the installed shared library, not on anything in the repository.
binary=$(find "$work/app/.build" -type f -name App -perm -u+x -path '*/debug/*' | head -n 1)
[ -n "$binary" ] || fail "no App binary under $work/app/.build"
ldd "$binary" | grep -q "=> $P/lib/libkeyless_errors.so" ||
    fail "App does not load $P/lib/libkeyless_errors.so: $(ldd "$binary")"
step "$work/app" 'swift test'

echo "== the same package by git URL and version, as a release is used"
# A clone of the committed HEAD, tagged with the crate's version, stands in for the published
# repository: `.package(url:from:)` then resolves the tag and checks the package out with git. Its own
# dependency cache keeps the temporary URL out of the user's SwiftPM cache.
git clone --quiet "$repo" "$work/remote/keyless-errors"
git -C "$work/remote/keyless-errors" tag -f "$version" >/dev/null
cp -r "$app" "$work/app-url"
sed -i "s|\.package(path: \"../keyless-errors\")|.package(url: \"file://$work/remote/keyless-errors\", from: \"$version\")|" \
    "$work/app-url/Package.swift"
grep -qF ".package(url: \"file://$work/remote/keyless-errors\", from: \"$version\")" "$work/app-url/Package.swift" ||
    fail "could not switch the consumer to a URL dependency"
# `swift build` and `swift run App`, as the README shows them; --cache-path is the test's hygiene.
timed "$work/app-url" 'swift build --cache-path "$work/swiftpm-cache"'
timed "$work/app-url" 'swift run --cache-path "$work/swiftpm-cache" App'
[ "$(grep -v '^\[\|^Build\|^Building\|^Compiling\|^Planning\|^Write\|^Fetching\|^Fetched\|^Cloning\|^Cloned\|^Computing\|^Computed\|^Creating\|^Working' "$step_log")" = "$expected_output" ] ||
    fail "swift run App (URL dependency) printed:
$(cat "$step_log")
expected:
$expected_output"
grep -q '"version" : "'"$version"'"' "$work/app-url/Package.resolved" ||
    fail "Package.resolved does not pin keyless-errors $version: $(cat "$work/app-url/Package.resolved")"

echo "== every command, and the manifest's dependency lines, are in $readme"
readme_commands+=('.package(path: "../keyless-errors")' '.product(name: "KeylessErrors", package: "keyless-errors")')
for line in "${readme_commands[@]:(-2)}"; do
    grep -qF -- "$line" "$app/Package.swift" || fail "$app/Package.swift no longer uses: $line"
done
require_readme_shows "$readme"

echo "Swift consumer: all good. Times on this machine:"
print_timings
