#!/usr/bin/env bash
# Runs the four builds of benches/peers/callgrind_driver.c under callgrind
# (library and peer, through the .so and through the .a) and writes, for
# each, <build dir>/<driver>.tsv: "<function> <set> <calls> <instructions>".
# Instruction counts are exact and the same on every run.
# Usage: benches/peers/measure.sh <build dir> [valgrind]
set -euo pipefail
build=${1:?usage: $0 <build dir> [valgrind]}
valgrind=${2:-valgrind}
here=$(dirname "$0")

for driver in library-so peer-so library-a peer-a; do
    out="$build/callgrind-$driver.out"
    "$valgrind" --quiet --tool=callgrind --callgrind-out-file="$out" \
        --compress-strings=no --compress-pos=no "$build/driver-$driver"
    awk -f "$here/callgrind_per_call.awk" "$out" | sort > "$build/$driver.tsv"
    if [ ! -s "$build/$driver.tsv" ]; then
        echo "FAIL: no measure_* calls found in $out" >&2
        exit 1
    fi
done
echo "measured $(wc -l < "$build/library-so.tsv") function/code-set pairs in 4 builds under callgrind"
