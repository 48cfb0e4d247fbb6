# shellcheck shell=bash
# Sourced by the consumer tests (run-c-cmake.sh, jvm/run.sh, swift/run.sh): each runs the
# commands a README shows, from clean folders, times them, and fails when the README stops
# showing one of them. The caller sets $work (a scratch folder) and $expected_output (what a
# consumer program must print) before using step_app.

fail() { echo "FAIL: $*" >&2; exit 1; }

readme_commands=()
timings=()
step_log=$work/step.log

# timed DIR COMMAND: runs a command in DIR and records its time; its output goes to
# $step_log, shown on failure.
timed() {
    local dir=$1 command=$2 start end
    start=$(date +%s%N)
    if ! (cd "$dir" && eval "$command") >"$step_log" 2>&1; then
        cat "$step_log" >&2
        fail "in $dir: $command"
    fi
    end=$(date +%s%N)
    timings+=("$(printf '%6.2f s  %s' "$(( (end - start) / 1000000 ))e-3" "$command")")
}

# step DIR COMMAND: a command the README shows, run and timed.
step() {
    readme_commands+=("$2")
    timed "$1" "$2"
}

# step_here COMMAND: like step, for a command that changes this shell's environment (export).
step_here() {
    readme_commands+=("$1")
    eval "$1"
}

# step_app DIR COMMAND: a step that runs a consumer; it must print $expected_output.
step_app() {
    step "$1" "$2"
    [ "$(cat "$step_log")" = "$expected_output" ] || fail "$2 printed:
$(cat "$step_log")
expected:
$expected_output"
}

# print_timings: the time of every step, for the log.
print_timings() {
    printf '  %s\n' "${timings[@]}"
}

# require_readme_shows README: fails unless README shows every command a step ran.
require_readme_shows() {
    local readme=$1 command missing=0
    for command in "${readme_commands[@]}"; do
        grep -qF -- "$command" "$readme" || { echo "$readme does not show: $command" >&2; missing=1; }
    done
    [ "$missing" -eq 0 ] || fail "$readme must show every command the consumers need"
}
