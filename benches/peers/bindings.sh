#!/usr/bin/env bash
# Runs `make bench-peers` in each binding that has the target, and prints the
# PEER lines it reports:
#   PEER <swift|kotlin> <measure> lib_ns=<x> peer_ns=<y> ratio=<z>
# or, for a binding that could not be measured, one line
#   NOT_MEASURED <binding> <reason>
# Never fails: timing ratios are reported, not asserted.
# Usage: benches/peers/bindings.sh [make]
set -uo pipefail
make=${1:-make}
cd "$(dirname "$0")/../.." || exit 1

# Swift lives outside the default PATH on this kind of machine (as in .ci/run).
if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

for binding in swift kotlin; do
    makefile="bindings/$binding/Makefile"
    # The target may share its rule with others (`bench bench-peers: ...`).
    if ! grep -qE '^([^:#=]*[[:space:]])?bench-peers([[:space:]][^:#=]*)?:' "$makefile" 2>/dev/null; then
        echo "NOT_MEASURED $binding no bench-peers target in $makefile"
        continue
    fi
    log=$(mktemp)
    if "$make" --no-print-directory -C "bindings/$binding" bench-peers >"$log" 2>&1; then
        if grep -q "^PEER $binding " "$log"; then
            grep "^PEER $binding " "$log"
        else
            echo "NOT_MEASURED $binding make -C bindings/$binding bench-peers printed no PEER $binding lines"
        fi
    else
        echo "NOT_MEASURED $binding make -C bindings/$binding bench-peers failed (exit $?): $(tail -n 1 "$log")"
        tail -n 20 "$log" >&2
    fi
    rm -f "$log"
done
