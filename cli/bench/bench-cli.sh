#!/usr/bin/env bash
# `make bench-cli`: the throughput and peak memory of `keyless-errors annotate`
# against `grep -E -c` with a pattern that finds the same lines, on a synthetic
# device log (logcat threadtime and Xcode-console lines, 1 % with Keyless codes).
#
#   cli/bench/bench-cli.sh <keyless-errors binary> <synthetic_log binary> <work dir>
#
# Environment: BENCH_CLI_SIZE (default 1G), BENCH_CLI_RUNS (default 3).
# Prints one table; MB are 10^6 bytes, each figure the median of the runs,
# the file read from the page cache (it is read once before timing).
set -euo pipefail

binary=$1
generator=$2
work=$3
size=${BENCH_CLI_SIZE:-1G}
runs=${BENCH_CLI_RUNS:-3}
mkdir -p "$work"
log="$work/synthetic-$size.log"
small="$work/synthetic-$size-first-100M.log"

if [ ! -s "$log" ]; then
    echo "generating $log ..."
    "$generator" "$size" 1 > "$log.tmp"
    mv "$log.tmp" "$log"
fi
head -c 100000000 "$log" > "$small"
bytes=$(stat -c %s "$log")

# What annotate takes for a code (see `keyless-errors annotate --help`), as
# one POSIX extended regular expression:
# - a code key (code, errorCode, error_code, error code, any case, as a whole
#   word; then = or :, or only blanks after the error forms) with a documented
#   code, anywhere; with any number, on a line that mentions Keyless;
# - an error word (error, failed, failure) with a documented code or one from
#   10000 up, on a line that mentions Keyless;
# - the digits standing alone (not followed by a letter, _, %, nor by . : - / ,
#   and a digit).
documented=$("$binary" list --json | sed -n 's/^{"code":\([0-9]*\),.*/\1/p' | paste -sd'|')
q='["'"'"']?'
key_any="(^|[^[:alnum:]_])([Ee][Rr][Rr][Oo][Rr][ _-]?)?(code|Code|CODE)${q}[[:blank:]]*[=:][[:blank:]]*${q}"
key_error="(^|[^[:alnum:]_])[Ee][Rr][Rr][Oo][Rr][ _-]?(code|Code|CODE)${q}[[:blank:]]+${q}"
key="($key_any|$key_error)"
end='([^[:alnum:]_%.:/,-]|[.:/,-]([^0-9]|$)|$)'
word='(error|Error|ERROR|[Ff]ail(ed|ure)?|FAIL(ED|URE)?)[][ :=#("'"'"']{1,4}'
doc="($documented)$end"
sdk="(($documented)|[1-9][0-9]{4,9})$end"
keyless='(Keyless|keyless|KEYLESS)'
pattern="${key}0*${doc}|${keyless}.*${key}[0-9]{1,10}${end}|${key}[0-9]{1,10}${end}.*${keyless}|${keyless}.*${word}${sdk}|${word}${sdk}.*${keyless}"

cat "$log" > /dev/null

sink="$work/out.txt"
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    sink=/dev/shm/keyless-errors-bench-out.txt
fi
trap 'rm -f /dev/shm/keyless-errors-bench-out.txt' EXIT

# Median of the runs: seconds and peak RSS (KB), from GNU time.
measure() {
    local label=$1; shift
    local times=() rss=()
    for _ in $(seq "$runs"); do
        # A file, not /dev/null: GNU grep stops at the first match when its output is
        # /dev/null, which would measure nothing. On tmpfs when there is one, so that the
        # disk's writeback of annotate's 1 GB copy does not leak into the next run.
        /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > "$sink"
        read -r seconds kb < "$work/time.txt"
        times+=("$seconds"); rss+=("$kb")
    done
    local median_seconds median_kb
    median_seconds=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    median_kb=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    awk -v label="$label" -v bytes="$bytes" -v s="$median_seconds" -v kb="$median_kb" -v runs="$runs" \
        'BEGIN { printf "| %s | %.2f s | %.0f MB/s | %.1f MB |\n", label, s, bytes / s / 1e6, kb / 1024 }'
}

annotated_lines=$("$binary" annotate "$log" | grep -c '^\[keyless-errors\] ' || true)
grep_lines=$(LC_ALL=C grep -E -c "$pattern" "$log" || true)
small_rss=$(/usr/bin/time -f '%M' "$binary" annotate "$small" 2>&1 >/dev/null | tail -n 1)

echo
echo "Synthetic log: $bytes bytes, $(wc -l < "$log") lines; annotate added $annotated_lines annotation lines, grep -E -c counted $grep_lines lines."
echo "Median of $runs runs, the log in the page cache, output to a file on tmpfs (annotate writes the whole log again, grep -c one number; /dev/null would let grep stop at the first match); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| command | time | throughput | peak RSS |"
echo "|---|---:|---:|---:|"
measure "\`keyless-errors annotate\`" "$binary" annotate "$log"
measure "\`keyless-errors annotate --json\`" "$binary" annotate --json "$log"
measure "\`LC_ALL=C grep -E -c\`" env LC_ALL=C grep -E -c "$pattern" "$log"
measure "\`LC_ALL=C.UTF-8 grep -E -c\`" env LC_ALL=C.UTF-8 grep -E -c "$pattern" "$log"
echo
echo "Peak RSS of annotate on the first 100 MB: $(awk -v kb="$small_rss" 'BEGIN { printf "%.1f MB", kb / 1024 }') (memory does not grow with the input)."
if [ "$annotated_lines" != "$grep_lines" ]; then
    echo "note: the two counts differ, so the pattern is not exactly equivalent on this log"
fi
