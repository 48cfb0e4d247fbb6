#!/usr/bin/env bash
# Fails when a JVM run under -Xcheck:jni printed a JNI warning or error.
#
# HotSpot reports JNI misuse on the run's own output, without failing it:
# "WARNING in native method: ...", "WARNING: JNI local refs: N, exceeds
# capacity: M", "FATAL ERROR in native method: ...". Any line that mentions a
# warning or a fatal error counts, so the test code itself never prints either
# word.
# Usage: scripts/check-jni-log.sh run.log...
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 run.log..." >&2; exit 2; }
if grep -n -i -E 'warning|fatal error' "$@"; then
    echo "FAIL: the JVM reported JNI problems (lines above)"
    exit 1
fi
echo "ok: no JNI warning in $*"
