#!/usr/bin/env bash
# Checks that the classes Android runs refer to no JDK class or member newer than the AAR's
# minSdk: every java/javax/android reference in their constant pools (classes, methods, fields;
# `javap -v`) must be listed in the reviewed file, with the Android API level that introduced
# it, and no level may exceed minSdk. A new reference fails the check until someone looks its
# level up (developer.android.com/reference, "Added in API level") and lists it; a reference no
# class makes any more fails it too, so the list stays exact.
#
# Android runs every class of the binding but the JVM-only loader (KeylessError$JvmLoader, with
# its nested classes), which uses java.nio.file (API 26) and which ART never loads: the binding
# takes System.loadLibrary on Android.
#
# Usage: scripts/android-jdk-references.sh <classes directory> <minSdk> <reviewed list>
#   reviewed list: "<API level> <reference>" lines, as printed below; # starts a comment.
set -euo pipefail
classes=${1:?usage: $0 <classes directory> <minSdk> <reviewed list>}
min_sdk=${2:?usage: $0 <classes directory> <minSdk> <reviewed list>}
reviewed=${3:?usage: $0 <classes directory> <minSdk> <reviewed list>}
javap=${JAVAP:-${JAVA_HOME:+$JAVA_HOME/bin/}javap}

# shellcheck disable=SC2016 # the $ of nested class names is literal
mapfile -t android_classes < <(cd "$classes" && find . -name '*.class' ! -name 'KeylessError$JvmLoader*' | sed 's|^\./||; s|\.class$||; s|/|.|g' | LC_ALL=C sort)
[ "${#android_classes[@]}" -gt 0 ] || { echo "FAIL: no class in $classes"; exit 1; }
# javap quotes special names (java/lang/String."<init>":...): the quotes are dropped.
used=$("$javap" -v -p -cp "$classes" "${android_classes[@]}" | tr -d '"' |
    sed -n -E 's@^ *#[0-9]+ = (Class|Methodref|InterfaceMethodref|Fieldref) .*// ((java|javax|android|dalvik)/[^ ]*)$@\2@p' |
    LC_ALL=C sort -u)
listed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$reviewed" | awk '{print $2}' | LC_ALL=C sort -u)

failures=0
unlisted=$(LC_ALL=C comm -23 <(echo "$used") <(echo "$listed"))
stale=$(LC_ALL=C comm -13 <(echo "$used") <(echo "$listed"))
too_new=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$reviewed" | awk -v max="$min_sdk" '$1 + 0 > max + 0 || $1 !~ /^[0-9]+$/')
if [ -n "$unlisted" ]; then
    echo "FAIL: the classes Android runs refer to JDK APIs not in $reviewed (look up each one's API level, then list it):"
    echo "$unlisted"
    failures=1
fi
if [ -n "$stale" ]; then
    echo "FAIL: $reviewed lists references no class makes any more (remove them):"
    echo "$stale"
    failures=1
fi
if [ -n "$too_new" ]; then
    echo "FAIL: references newer than minSdk $min_sdk (or without a level):"
    echo "$too_new"
    failures=1
fi
[ "$failures" -eq 0 ] || exit 1
echo "ok: ${#android_classes[@]} classes Android runs make $(wc -l <<<"$used") JDK references, each listed with an API level <= $min_sdk (highest: $(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$reviewed" | awk '$1 > m {m = $1} END {print m}'))"
