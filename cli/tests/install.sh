#!/usr/bin/env bash
# The two ways to install the command, into temporary folders:
# - `make install` puts bin/keyless-errors beside the library, and its man page in
#   share/man/man1 (PREFIX and DESTDIR honoured); `make uninstall` takes them away again;
# - `cargo install --path cli` builds and installs the same command.
# Run by `make test-cli-install` (which passes CARGO and CLI_TARGET_DIR).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${CARGO:=cargo}" "${CLI_TARGET_DIR:=target/cli}" "${MAKE:=make}" "${KEYLESS_VERSION:?run me through make (mk/config.mk exports it)}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
quietly() { "$@" >"$work/log" 2>&1 || { cat "$work/log"; fail "$*"; }; }

# The installed command answers, from its own prefix.
check_command() {
    local binary=$1 output
    [ -x "$binary" ] || fail "$binary was not installed"
    output=$("$binary" explain 30004) || fail "$binary explain 30004 exited with $?"
    grep -q '^30004 (0x7534)  FACE_NOT_MATCHING$' <<<"$output" || fail "$binary explain 30004 printed: $output"
    "$binary" --version | grep -q "^keyless-errors .* (catalog $KEYLESS_VERSION)$" || fail "$binary --version: $("$binary" --version)"
}

echo "== make install PREFIX=<tmp>"
prefix=$work/prefix
quietly "$MAKE" --no-print-directory install PREFIX="$prefix"
check_command "$prefix/bin/keyless-errors"
[ -f "$prefix/lib/libkeyless_errors.so" ] || fail "the command is not beside the library"
page=$prefix/share/man/man1/keyless-errors.1
[ -f "$page" ] || fail "no man page at $page"
rendered=$(groff -man -Tutf8 -P-cbou -ww "$page" 2>"$work/groff.log") || { cat "$work/groff.log"; fail "groff cannot render $page"; }
[ ! -s "$work/groff.log" ] || { cat "$work/groff.log"; fail "groff warned about $page"; }
for section in NAME SYNOPSIS DESCRIPTION EXAMPLES 'EXIT STATUS' SUBCOMMANDS ENVIRONMENT; do
    grep -q "^$section" <<<"$rendered" || fail "the man page has no $section section"
done
for subcommand in explain list search annotate export; do
    grep -q "keyless-errors $subcommand" <<<"$rendered" || fail "the man page does not describe $subcommand"
done
grep -q NO_COLOR <<<"$rendered" || fail "the man page does not mention NO_COLOR"

echo "== make uninstall PREFIX=<tmp>"
quietly "$MAKE" --no-print-directory uninstall PREFIX="$prefix"
[ -z "$(find "$prefix" -mindepth 1)" ] || fail "uninstall left: $(find "$prefix" -mindepth 1)"

echo "== make install DESTDIR=<tmp> (PREFIX=/usr/local)"
stage=$work/stage
mkdir -p "$stage/usr/local/share/man/man1"
echo "another package's page" >"$stage/usr/local/share/man/man1/other.1"
quietly "$MAKE" --no-print-directory install DESTDIR="$stage"
check_command "$stage/usr/local/bin/keyless-errors"
[ -f "$stage/usr/local/share/man/man1/keyless-errors.1" ] || fail "no staged man page"
quietly "$MAKE" --no-print-directory uninstall DESTDIR="$stage"
[ "$(cd "$stage" && find . -type f -printf '%P\n')" = usr/local/share/man/man1/other.1 ] ||
    fail "the staged uninstall left or removed: $(cd "$stage" && find . -type f -printf '%P\n')"

echo "== cargo install --path cli --root <tmp>"
# The command's own target directory, so that its release build is reused.
quietly "$CARGO" install --locked --path cli --root "$work/cargo-root" --target-dir "$CLI_TARGET_DIR"
check_command "$work/cargo-root/bin/keyless-errors"
echo "the command installs with make install and with cargo install"
