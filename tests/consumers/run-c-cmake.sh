#!/usr/bin/env bash
# The C and C++ consumers of `make install`, each built from a clean copy in a
# temporary directory against an install made in this run, with only the
# commands the README shows (the run fails if README.md lacks one of them):
#   - C with pkg-config: shared library (with LD_LIBRARY_PATH or a run path),
#     fully static program, static archive only;
#   - C++ with CMake: find_package(keyless-errors <major.minor> CONFIG REQUIRED),
#     shared and static imported targets, from a moved (relocated) prefix;
#   - the CMake package's version rule (0.x: same minor only) and pointer-width guard;
#   - DESTDIR staging with the default PREFIX and a custom LIBDIR, and
#     uninstall removing exactly what install wrote.
# Prints how long each README command took. Run by make: test-install.
#
# The commands are written in single quotes on purpose: they are recorded
# as the README shows them ($P unexpanded), then run with eval.
# shellcheck disable=SC2016
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/consumers/lib.sh
source tests/consumers/lib.sh

# Nothing from the caller's environment may help a consumer build or run.
unset CPATH C_INCLUDE_PATH CPLUS_INCLUDE_PATH LIBRARY_PATH LD_LIBRARY_PATH \
      PKG_CONFIG_PATH PKG_CONFIG_LIBDIR CMAKE_PREFIX_PATH CFLAGS CXXFLAGS LDFLAGS \
      DESTDIR PREFIX LIBDIR INCLUDEDIR MAKEFLAGS MFLAGS MAKEOVERRIDES MAKELEVEL


# The version, as mk/config.mk reads it from Cargo.toml (make exports it). The consumers also
# check that the installed header and library agree on it.
version=${KEYLESS_VERSION:?run this through make (mk/config.mk exports KEYLESS_VERSION)}
IFS=. read -r major minor patch <<<"$version"
[ "$major" -eq 0 ] || fail "the version rule below is written for 0.x; $version needs SameMajorVersion cases"
expected_output="30004 FACE_NOT_MATCHING (user): Face not matching
keyless-errors $version"

# run_app DIR PROGRAM: it must print the 30004 line and the version.
run_app() {
    local output
    output=$(cd "$1" && eval "$2") || fail "$2 exited with $?"
    [ "$output" = "$expected_output" ] || fail "$2 printed:
$output
expected:
$expected_output"
}
needed_libraries() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
# The files install must write, relative to the prefix (mk/install.mk lists them too;
# mk/cli.mk adds the command and its man page).
expected_files() {
    local lib=$1
    printf '%s\n' "$lib/cmake/keyless-errors/keyless-errorsConfig.cmake" \
        "$lib/cmake/keyless-errors/keyless-errorsConfigVersion.cmake" \
        "$lib/libkeyless_errors.a" "$lib/libkeyless_errors.so" \
        "$lib/pkgconfig/keyless-errors.pc" include/keyless_errors.h \
        bin/keyless-errors share/man/man1/keyless-errors.1
}
files_under() { (cd "$1" && find . \( -type f -o -type l \) -printf '%P\n' | LC_ALL=C sort); }

echo "== make install"
P=$work/prefix
step "$repo" 'make install PREFIX="$P"'
diff <(expected_files lib | LC_ALL=C sort) <(files_under "$P") || fail "make install wrote other files than expected"
soname=$(readelf -d "$P/lib/libkeyless_errors.so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = libkeyless_errors.so ] ||
    fail "the soname is '$soname' but install writes only libkeyless_errors.so; install a link named after the soname"

echo "== C with pkg-config"
cp -r tests/consumers/c-pkgconfig "$work/c"
step_here 'export PKG_CONFIG_PATH="$P/lib/pkgconfig"'
pkg-config --validate keyless-errors || fail "pkg-config rejects keyless-errors.pc"
[ "$(pkg-config --modversion keyless-errors)" = "$version" ] || fail "pkg-config --modversion is not $version"

step "$work/c" 'cc -o app app.c $(pkg-config --cflags --libs keyless-errors)'
needed_libraries "$work/c/app" | grep -qx libkeyless_errors.so || fail "app does not load libkeyless_errors.so"
step_app "$work/c" 'LD_LIBRARY_PATH="$P/lib" ./app'
# Or a run path chosen by the user (the .pc sets none).
step "$work/c" 'cc -o app app.c $(pkg-config --cflags --libs keyless-errors) -Wl,-rpath,"$P/lib"'
step_app "$work/c" './app'

# Fully static: what `pkg-config --static` is for; proves the archive needs nothing more.
step "$work/c" 'cc -static -o app-static app.c $(pkg-config --static --cflags --libs keyless-errors)'
readelf -d "$work/c/app-static" | grep -q 'no dynamic section' || fail "app-static is not a static program"
run_app "$work/c" ./app-static

# Only this library static, the C library shared: name the archive itself,
# since -lkeyless_errors picks the .so when both are installed.
step "$work/c" 'cc -o app-archive app.c $(pkg-config --cflags keyless-errors) "$(pkg-config --variable=libdir keyless-errors)/libkeyless_errors.a"'
! needed_libraries "$work/c/app-archive" | grep -q keyless || fail "app-archive still loads the shared library"
run_app "$work/c" ./app-archive

echo "== C++ with CMake, from a moved prefix"
# Moved after installing: the CMake package must compute every path from its own location.
mv "$P" "$work/moved-prefix"
P=$work/moved-prefix
series=$major.$minor
cp -r tests/consumers/cmake "$work/cmake"
grep -qF "find_package(keyless-errors $series CONFIG REQUIRED)" "$work/cmake/CMakeLists.txt" ||
    fail "tests/consumers/cmake asks for another version than $series: update it and the README"
step "$work/cmake" 'cmake -S . -B build -DCMAKE_PREFIX_PATH="$P"'
step "$work/cmake" 'cmake --build build'
step_app "$work/cmake" './build/app'
run_app "$work/cmake" ./build/app-static
readelf -d "$work/cmake/build/app" | grep -q "R.*PATH.*$P/lib" || fail "build/app has no run path to $P/lib"
! needed_libraries "$work/cmake/build/app-static" | grep -q keyless || fail "app-static loads the shared library"

echo "== CMake version rule"
# The real consumer asking for the next minor version must fail to configure.
next_minor=$major.$((minor + 1))
mkdir "$work/cmake-next"
cp tests/consumers/cmake/app.cpp "$work/cmake-next/"
sed "s/find_package(keyless-errors $series /find_package(keyless-errors $next_minor /" \
    tests/consumers/cmake/CMakeLists.txt >"$work/cmake-next/CMakeLists.txt"
if (cd "$work/cmake-next" && cmake -S . -B build -DCMAKE_PREFIX_PATH="$P") >"$work/next.log" 2>&1; then
    fail "find_package(keyless-errors $next_minor) accepted $version"
fi
grep -q "version: $version" "$work/next.log" || { cat "$work/next.log"; fail "no message naming $version"; }

# The rule on more requests, each in a language-less project (no compiler checks).
mkdir "$work/probe"
cat >"$work/probe/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.19)
project(probe NONE)
find_package(keyless-errors ${REQUEST} CONFIG REQUIRED)
message(STATUS "keyless-errors from ${keyless-errors_DIR}")
EOF
probe() { # probe accept|reject REQUEST PREFIX [cmake arguments...]
    local want=$1 request=$2 prefix=$3 got=reject
    shift 3
    rm -rf "$work/probe/build"
    if cmake -S "$work/probe" -B "$work/probe/build" -DCMAKE_PREFIX_PATH="$prefix" "-DREQUEST=$request" "$@" \
        >"$work/probe.log" 2>&1; then
        got=accept
        # Accepted from the prefix under test, not from another install on this machine.
        grep -q "keyless-errors from $prefix/" "$work/probe.log" || { cat "$work/probe.log"; fail "found outside $prefix"; }
    elif ! grep -q "version: $version" "$work/probe.log"; then
        # Rejected for another reason than its version check (a broken install, say).
        cat "$work/probe.log"
        fail "find_package(keyless-errors $request $*) did not consider $version"
    fi
    [ "$got" = "$want" ] || { cat "$work/probe.log"; fail "find_package(keyless-errors $request $*) should $want $version"; }
}
probe accept "$series" "$P"
probe accept "$version" "$P"
probe accept "$series...<$next_minor" "$P"
probe reject "$next_minor" "$P"
probe reject "$((major + 1)).0" "$P"
probe reject "$series.$((patch + 1))" "$P"
probe reject "$next_minor...$major.$((minor + 2))" "$P"
[ "$minor" -eq 0 ] || probe reject "$major.$((minor - 1))" "$P"
probe reject "$series" "$P" -DCMAKE_SIZEOF_VOID_P=4

echo "== DESTDIR staging (default PREFIX, custom LIBDIR), uninstall"
stage=$work/stage
mkdir -p "$stage/usr/local/lib64/pkgconfig"
echo "another package's file" >"$stage/usr/local/lib64/pkgconfig/other.pc"
make -s install DESTDIR="$stage" LIBDIR=/usr/local/lib64 >"$work/stage.log" 2>&1 || { cat "$work/stage.log"; fail "staged install"; }
diff <( (expected_files lib64; echo lib64/pkgconfig/other.pc) | LC_ALL=C sort) <(files_under "$stage/usr/local") ||
    fail "the staged install wrote other files than expected"
grep -qx 'prefix=/usr/local' "$stage/usr/local/lib64/pkgconfig/keyless-errors.pc" || fail "the .pc does not name the final prefix"
grep -qx 'libdir=${prefix}/lib64' "$stage/usr/local/lib64/pkgconfig/keyless-errors.pc" || fail "the .pc does not name LIBDIR"
# The staged tree is already usable by CMake: its header is found from lib64.
# (A project without languages does not search lib64, hence keyless-errors_DIR.)
probe accept "$series" "$stage/usr/local" -Dkeyless-errors_DIR="$stage/usr/local/lib64/cmake/keyless-errors"
make -s uninstall DESTDIR="$stage" LIBDIR=/usr/local/lib64 >"$work/stage.log" 2>&1 || { cat "$work/stage.log"; fail "staged uninstall"; }
[ "$(files_under "$stage")" = usr/local/lib64/pkgconfig/other.pc ] || fail "uninstall left or removed: $(files_under "$stage")"

make -s uninstall PREFIX="$P" >"$work/uninstall.log" 2>&1 || { cat "$work/uninstall.log"; fail "uninstall"; }
[ -z "$(find "$P" -mindepth 1)" ] || fail "uninstall left: $(find "$P" -mindepth 1)"

echo "time per README command, measured here:"
print_timings

echo "== README"
require_readme_shows README.md
echo "C and CMake consumers: ok"
