#!/usr/bin/env bash
# Prints the functions that include/keyless_errors.h declares, one per line, sorted: the exact
# set every library built from this crate must export (with a leading _ on Apple).
# Usage: tests/dist/exported-functions.sh [header] [prefix]
set -euo pipefail
header=${1:-include/keyless_errors.h}
grep -E '^[a-z].*[ *]keyless_[a-z_]+\(' "$header" | grep -oE 'keyless_[a-z_]+\(' | tr -d '(' |
    sed "s/^/${2:-}/" | sort -u
