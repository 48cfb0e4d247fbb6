#!/usr/bin/env bash
# Builds a minimal Rust sysroot (core + compiler_builtins) for one target with
# Debian's rustc, so the no_std library can be cross-compiled without rustup
# targets (rustup cannot add targets here, and `cargo -Zbuild-std` needs the
# whole std workspace, which is not vendored). The sources come from Debian's
# rust-web-src, which matches /usr/bin/rustc exactly.
#
# The result is reused while its stamp (rustc version + flags) matches, so a
# CI run builds each target once.
#
# Usage: scripts/cross/build-sysroot.sh <rust-target> [sysroot-dir]
# Environment:
#   CROSS_RUSTC          the rustc to use (mk/config.mk: Debian's)
#   RUST_LIBRARY_SRC     library sources (default /usr/lib/rustlib/src/rust/library)
#   SYSROOT_OPT_LEVEL    opt-level for core (default 3, as Rust ships it). Measured here for
#                        aarch64-linux-android: opt-level 0 took as long (33 s vs 35 s idle,
#                        134 s vs 149 s under load), since rustc's front end dominates; the
#                        library's LTO re-optimises core anyway. So it stays at 3.
set -euo pipefail
target=${1:?usage: $0 <rust-target> [sysroot-dir]}
sysroot=${2:-target/sysroot}
rustc=${CROSS_RUSTC:?run this through make (mk/config.mk exports CROSS_RUSTC)}
src=${RUST_LIBRARY_SRC:-/usr/lib/rustlib/src/rust/library}
opt_level=${SYSROOT_OPT_LEVEL:-3}

[ -x "$rustc" ] || { echo "build-sysroot: $rustc not found (apt-get install rustc-web)" >&2; exit 1; }
[ -f "$src/core/src/lib.rs" ] || { echo "build-sysroot: $src has no core sources (apt-get install rust-web-src)" >&2; exit 1; }

libdir="$sysroot/lib/rustlib/$target/lib"
stamp="$libdir/.stamp"
# One build per target at a time (make -j, or two dist targets sharing a sysroot).
mkdir -p "$sysroot/lib/rustlib"
exec 9>"$sysroot/lib/rustlib/$target.lock"
flock 9
want="$("$rustc" --version) opt-level=$opt_level"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi
rm -rf "$libdir"
mkdir -p "$libdir"

common=(--edition 2024 --crate-type rlib --target "$target" -C panic=abort
        -C debug-assertions=no -C overflow-checks=no -C embed-bitcode=yes
        -Zforce-unstable-if-unmarked --sysroot "$sysroot" --cap-lints allow)
start=$SECONDS
RUSTC_BOOTSTRAP=1 "$rustc" "${common[@]}" --crate-name core -C opt-level="$opt_level" \
    "$src/core/src/lib.rs" -o "$libdir/libcore.rlib"
core_seconds=$((SECONDS - start))
# compiler_builtins is never LTO'd (the linker must find its intrinsics as
# ordinary objects), so it is always optimised; one codegen unit per few
# functions lets a static link take only the objects it needs.
RUSTC_BOOTSTRAP=1 "$rustc" "${common[@]}" --crate-name compiler_builtins -C opt-level=3 \
    -C codegen-units=256 --cfg 'feature="compiler-builtins"' \
    "$src/compiler-builtins/compiler-builtins/src/lib.rs" -o "$libdir/libcompiler_builtins.rlib"
echo "$want" >"$stamp"
echo "build-sysroot: $target: core ${core_seconds}s, compiler_builtins $((SECONDS - start - core_seconds))s (opt-level $opt_level)"
