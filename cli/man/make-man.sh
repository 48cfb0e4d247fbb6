#!/usr/bin/env bash
# Writes the man page keyless-errors.1 with help2man, from the command's own --help and
# --version, plus one section per subcommand (its --help), so the page says exactly what the
# installed binary does.
#
#   cli/man/make-man.sh <keyless-errors binary> <output .1 file>
set -euo pipefail

binary=$1
output=$2
if ! command -v help2man >/dev/null; then
    echo "make-man.sh: help2man is needed for the man page (Debian package help2man; make setup installs it)" >&2
    exit 1
fi

include=$(mktemp)
trap 'rm -f "$include"' EXIT
# roff: a backslash is written \e, and a line may not start with . or ' (they would be requests).
roff_text() {
    sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
}
{
    # The top-level help's examples, kept as lines (help2man would fill them into paragraphs).
    echo '[=EXAMPLES]'
    echo '.nf'
    "$binary" --help | sed -n '/^Examples:$/,/^$/p' | sed '1d;$d' | roff_text
    echo '.fi'
    echo '[EXIT STATUS]'
    echo '0 when every lookup matched; 1 when a code or name is unknown, or an input cannot be read;'
    echo '2 for a usage error.'
    echo '[SUBCOMMANDS]'
    for subcommand in explain list search annotate export; do
        echo ".SS \"keyless-errors $subcommand\""
        echo '.nf'
        "$binary" "$subcommand" --help | roff_text
        echo '.fi'
    done
    echo '[ENVIRONMENT]'
    echo '.TP'
    echo '.B NO_COLOR'
    echo 'When set to any non-empty value, the output has no colour. Colour is only ever used when'
    echo 'standard output is a terminal, and never when TERM is "dumb".'
    echo '[FILES]'
    echo 'The catalog is compiled into the program; it reads no file but the logs it is given.'
    echo '[SEE ALSO]'
    echo 'The reference of every code, docs/error-codes.md, and the JSON schema,'
    echo 'docs/export-schema.md, in the keyless-errors repository; the C library and its header'
    echo 'keyless_errors.h, installed by the same make install.'
} > "$include"

help2man --no-info --section=1 \
    --name='what the Keyless SDK error codes mean: explain, list, search, export, annotate logs' \
    --include="$include" --output="$output" "$binary"
