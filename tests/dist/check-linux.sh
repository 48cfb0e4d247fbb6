#!/usr/bin/env bash
# Checks the Linux libraries in dist/linux/<rust-target>/ (default dist/linux): for
# x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu and armv7-unknown-linux-gnueabihf,
# libkeyless_errors.so must have the right ELF machine and class, 64 KB LOAD alignment on ARM
# (what build-library.sh sets, so that 64 KB-page kernels load it), its soname, no dependency
# but the C library, exactly the header's functions as exports, only memory primitives as
# imports and a stripped size within 48 KB; libkeyless_errors.a must define every function of
# the header for the same machine. Prints how many other global symbols each archive defines
# (compiler_builtins; the Apple archives drop them, see scripts/cross/dist-apple.sh).
# Usage: tests/dist/check-linux.sh [dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/cross/common.sh
. "$here/../../scripts/cross/common.sh"
nm=$(find_tool llvm-nm)
readelf=$(find_tool llvm-readelf)
dir=${1:-dist/linux}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/exported-functions.sh" >"$work/exports"
failures=0

memory='memcpy|memmove|memset|memcmp|bcmp'
while read -r target machine class align; do
    machine=${machine//_/ } # spaces in llvm-readelf's machine names are written as _ below
    alignment=()
    [ "$align" = - ] || alignment=(--align "$align")
    imports=$memory
    # 32-bit ARM: every function's unwind table entry (.ARM.exidx) names its EHABI personality
    # routine through an R_ARM_NONE relocation, which the loader never binds; libgcc would
    # define it, and a no_std library links no libgcc. The emulated harness proves it loads.
    [ "$class" = ELF64 ] || imports="$memory|__aeabi_unwind_cpp_pr[0-2]"
    "$here/check-elf-library.sh" --machine "$machine" --class "$class" "${alignment[@]}" \
        --needed libc.so.6 --soname libkeyless_errors.so --exports "$work/exports" \
        --imports "$imports" --budget $((48 * 1024)) \
        "$dir/$target/libkeyless_errors.so" || failures=$((failures + 1))

    archive="$dir/$target/libkeyless_errors.a"
    if [ ! -f "$archive" ]; then
        echo "FAIL: $archive does not exist"; failures=$((failures + 1)); continue
    fi
    # Only the library's own members: compiler_builtins' objects of newer LLVM may be unreadable
    # to an older llvm-nm, and are not what is checked here.
    "$nm" -g --defined-only --no-sort "$archive" 2>/dev/null | awk 'NF == 3 {print $3}' | sort -u >"$work/defined" || true
    missing=$(comm -23 "$work/exports" "$work/defined")
    if [ -n "$missing" ]; then
        echo "FAIL: $archive lacks $(tr '\n' ' ' <<<"$missing")"; failures=$((failures + 1))
    else
        others=$(grep -cv '^keyless_' "$work/defined" || true)
        echo "ok: $archive: defines the $(wc -l <"$work/exports") functions of the header ($others other global symbols)"
    fi
    members_machine=$("$readelf" -h "$archive" 2>/dev/null | sed -n 's/^ *Machine: *//p' | sort -u)
    if [ "$members_machine" != "$machine" ]; then
        echo "FAIL: $archive has members for '$(tr '\n' ' ' <<<"$members_machine")', want '$machine'"; failures=$((failures + 1))
    else
        echo "ok: $archive: every member is $machine"
    fi
done <<'TARGETS'
x86_64-unknown-linux-gnu Advanced_Micro_Devices_X86-64 ELF64 -
aarch64-unknown-linux-gnu AArch64 ELF64 65536
armv7-unknown-linux-gnueabihf ARM ELF32 65536
TARGETS
[ "$failures" -eq 0 ] && echo "check-linux: all libraries of the 3 targets pass" || echo "check-linux: $failures checks FAILED"
exit $((failures > 0))
