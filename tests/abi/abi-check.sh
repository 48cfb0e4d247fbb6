#!/usr/bin/env bash
# The C ABI baseline, checked with libabigail.
#
#   tests/abi/abi-check.sh check    LIBRARY BASELINE   compare LIBRARY with BASELINE
#   tests/abi/abi-check.sh baseline LIBRARY BASELINE   rewrite BASELINE from LIBRARY
#
# LIBRARY must be built WITH debug info (cargo's `abi` profile): abidw reads
# the parameter, return and enum types from DWARF. A stripped library shows
# only symbol names, and abidiff then passes whatever changed, so both modes
# first prove that every exported keyless_* function has a typed declaration
# and that both enums are there with their enumerators.
#
# `check` fails when abidiff reports an error, a removed or changed function
# or variable, or a removed symbol (an enum value that moved, a parameter
# whose type changed, ...). Added functions are compatible: they pass, with a
# reminder to refresh the baseline on purpose (`make abi-baseline`).
set -euo pipefail
mode=${1:?usage: $0 check|baseline LIBRARY BASELINE}
library=${2:?usage: $0 check|baseline LIBRARY BASELINE}
baseline=${3:?usage: $0 check|baseline LIBRARY BASELINE}
enums=(KeylessErrorCategory KeylessErrorAction)

# Without paths and source locations, so that the committed file changes only
# when the ABI does.
dump() { abidw --no-corpus-path --no-comp-dir-path --no-show-locs "$1"; }

# Fails unless the abidw dump $1 (read from $2) types every exported function
# and both enums.
require_types() {
    local dump_file=$1 origin=$2 missing=() symbol enum
    local symbols
    symbols=$(sed -n "s/.*<elf-symbol name='\(keyless_[a-z_]*\)' type='func-type'.*/\1/p" "$dump_file")
    if [ -z "$symbols" ]; then
        echo "FAIL: $origin exports no keyless_* function"; return 1
    fi
    for symbol in $symbols; do
        # A typed declaration names its ELF symbol and lists a return type.
        awk -v sym="$symbol" '
            index($0, "<function-decl ") && index($0, "elf-symbol-id='\''" sym "'\''") { inside = 1; next }
            inside && /<return type-id=/ { found = 1; exit }
            inside && /<\/function-decl>/ { exit }
            END { exit !found }' "$dump_file" || missing+=("function $symbol")
    done
    for enum in "${enums[@]}"; do
        awk -v name="$enum" '
            index($0, "<enum-decl name='\''" name "'\''") { inside = 1; next }
            inside && /<enumerator / { found = 1; exit }
            inside && /<\/enum-decl>/ { exit }
            END { exit !found }' "$dump_file" || missing+=("enum $enum")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "FAIL: $origin carries no type information for: ${missing[*]}"
        echo "      (a stripped library? build it with \`cargo build --profile abi\`)"
        return 1
    fi
    echo "ok: $origin types all $(wc -w <<<"$symbols") keyless_* functions and both enums"
}

fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT
dump "$library" >"$fresh"
require_types "$fresh" "$library"

if [ "$mode" = baseline ]; then
    cp "$fresh" "$baseline"
    echo "wrote $baseline"
    exit 0
fi
[ "$mode" = check ] || { echo "unknown mode '$mode'"; exit 2; }

require_types "$baseline" "$baseline"
status=0
report=$(abidiff "$baseline" "$fresh") || status=$?
[ -z "$report" ] || echo "$report"
# abidiff's status is a bit set: 1 error, 2 usage error, 4 ABI change,
# 8 incompatible change. It flags moved enum values and changed parameter
# types as plain changes (4), so the summary lines decide between a
# compatible addition and a break.
if (( status & 3 )); then
    echo "FAIL: abidiff could not compare (status $status)"; exit 1
fi
broken=$(grep -E '^(Functions|Variables) changes summary: ([1-9][0-9]* Removed|[0-9]+ Removed, [1-9][0-9]* Changed)|^Function symbols changes summary: [1-9][0-9]* Removed|^Variable symbols changes summary: [1-9][0-9]* Removed' <<<"$report" || true)
if (( status & 8 )) || [ -n "$broken" ]; then
    echo "FAIL: the C ABI changed incompatibly against $baseline (abidiff status $status)."
    echo "      If the break is intended (new major version), run \`make abi-baseline\` and commit it."
    exit 1
fi
if (( status & 4 )); then
    echo "ok: only compatible additions against $baseline; run \`make abi-baseline\` to record them"
else
    echo "ok: the C ABI matches $baseline"
fi
