#!/usr/bin/env bash
# Checks one ELF shared library as a loader and a store see it: every library in dist/, and the
# host's release build (tests/check-library.sh). Works for every architecture (LLVM's readelf,
# nm and strip).
#
# Usage: tests/dist/check-elf-library.sh [options] LIBRARY
#   --machine NAME     the ELF machine, as llvm-readelf prints it (AArch64, ARM, ...)
#   --class ELF32|ELF64
#   --align BYTES      every LOAD segment must be aligned to exactly this (16384 on Android)
#   --needed "A B"     every DT_NEEDED library must be one of these
#   --requires "A B"   each of these must be a DT_NEEDED library
#   --soname NAME      the DT_SONAME
#   --exports FILE     the exact set of exported (defined, global) symbols, one per line
#   --imports REGEX    every imported (undefined, non-weak) symbol must match it
#   --budget BYTES     the stripped size must not exceed it
# Always checks that there are no text relocations.
# Prints one ok/FAIL line per check and the stripped size; exits 1 if any check failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/../../scripts/cross/common.sh"
readelf=$(find_tool llvm-readelf)
nm=$(find_tool llvm-nm)
strip=$(find_tool llvm-strip)

machine="" class="" align="" needed="" requires="" soname="" exports="" imports="" budget=""
while [ $# -gt 1 ]; do
    case "$1" in
        --machine) machine=$2 ;;
        --class) class=$2 ;;
        --align) align=$2 ;;
        --needed) needed=$2 ;;
        --requires) requires=$2 ;;
        --soname) soname=$2 ;;
        --exports) exports=$2 ;;
        --imports) imports=$2 ;;
        --budget) budget=$2 ;;
        *) echo "check-elf-library: unknown option $1" >&2; exit 2 ;;
    esac
    shift 2
done
library=${1:?usage: $0 [options] LIBRARY}
[ -f "$library" ] || { echo "FAIL: $library does not exist"; exit 1; }
failures=0
ok() { echo "ok: $library: $*"; }
fail() { echo "FAIL: $library: $*"; failures=$((failures + 1)); }
# verdict STATUS OK-MESSAGE FAIL-MESSAGE: STATUS 0 passes.
verdict() { if [ "$1" -eq 0 ]; then ok "$2"; else fail "$3"; fi; }

header=$("$readelf" -h "$library")
if [ -n "$machine" ]; then
    actual=$(sed -n 's/^ *Machine: *//p' <<<"$header")
    status=0; [ "$actual" = "$machine" ] || status=1
    verdict "$status" "machine $actual" "machine is '$actual', want '$machine'"
fi
if [ -n "$class" ]; then
    actual=$(sed -n 's/^ *Class: *//p' <<<"$header")
    status=0; [ "$actual" = "$class" ] || status=1
    verdict "$status" "class $actual" "class is '$actual', want '$class'"
fi
if [ -n "$align" ]; then
    alignments=$("$readelf" -lW "$library" | awk '$1 == "LOAD" {print $NF}' | while read -r hex; do echo $((hex)); done)
    if [ -z "$alignments" ]; then
        fail "no LOAD segment"
    elif grep -qvx "$align" <<<"$alignments"; then
        fail "LOAD alignments $(tr '\n' ' ' <<<"$alignments")want $align each"
    else
        ok "$(wc -l <<<"$alignments") LOAD segments, each aligned to $align"
    fi
fi
dynamic=$("$readelf" -dW "$library")
actual_needed=$(sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' <<<"$dynamic")
if [ -n "$needed" ]; then
    unexpected=$(grep -vxF -f <(tr ' ' '\n' <<<"$needed" | grep -v '^$') <<<"$actual_needed" | grep -v '^$' || true)
    status=0; [ -z "$unexpected" ] || status=1
    verdict "$status" "needs only: $(tr '\n' ' ' <<<"${actual_needed:-nothing}")(allowed: $needed)" "needs $(tr '\n' ' ' <<<"$unexpected")beyond the allowed $needed"
fi
for library_name in $requires; do
    status=0; grep -qxF "$library_name" <<<"$actual_needed" || status=1
    verdict "$status" "needs $library_name" "does not record $library_name as needed"
done
# Always: Android 6.0+ refuses to load a library with text relocations (and they would make
# code pages writable anywhere).
status=0; grep -qE '\(TEXTREL\)|FLAGS.*TEXTREL' <<<"$dynamic" && status=1
verdict "$status" "no text relocations" "has text relocations (DT_TEXTREL)"
if [ -n "$soname" ]; then
    actual=$(sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p' <<<"$dynamic")
    status=0; [ "$actual" = "$soname" ] || status=1
    verdict "$status" "soname $actual" "soname is '$actual', want '$soname'"
fi
if [ -n "$exports" ]; then
    actual=$("$nm" -D --defined-only --extern-only "$library" | awk '{print $3}' | sort)
    difference=$(diff <(sort "$exports") <(echo "$actual") || true)
    if [ -n "$difference" ]; then
        fail "exports differ from $exports (< missing, > extra):"; echo "$difference"
    else
        ok "exports exactly the $(wc -l <<<"$actual") expected symbols"
    fi
fi
if [ -n "$imports" ]; then
    actual=$("$nm" -D --undefined-only "$library" | awk '$1 != "w" {sub(/@.*/, "", $2); print $2}')
    unexpected=$(grep -vxE "$imports" <<<"$actual" || true)
    status=0; [ -z "$unexpected" ] || status=1
    verdict "$status" "imports only $(tr '\n' ' ' <<<"$actual")" "unexpected imports: $(tr '\n' ' ' <<<"$unexpected")"
fi
stripped=$(mktemp)
trap 'rm -f "$stripped"' EXIT
"$strip" -o "$stripped" "$library"
size=$(stat -c %s "$stripped")
if [ -n "$budget" ] && [ "$size" -gt "$budget" ]; then
    fail "stripped size $size bytes exceeds the budget of $budget"
else
    ok "stripped size $size bytes${budget:+ (budget $budget)}"
fi
exit $((failures > 0))
