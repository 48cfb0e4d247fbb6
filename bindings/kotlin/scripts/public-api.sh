#!/usr/bin/env bash
# Prints the public API of the compiled binding as Java sees it: `javap -public`
# of every public class, with the synthetic members left out (javac refuses to
# call them: Kotlin's `@JvmSynthetic` members and its own accessors), classes
# sorted by name. Non-public classes (the binding's private nested objects:
# the cache, the natives, the loader) do not appear at all.
#
# The output is compared with the committed api/public-api.txt by
# `make -C bindings/kotlin api-check`; `make -C bindings/kotlin api-baseline`
# rewrites that file on purpose.
# Usage: scripts/public-api.sh <classes directory>
set -euo pipefail
classes=${1:?usage: $0 <classes directory>}
javap=${JAVAP:-javap}

mapfile -t names < <(cd "$classes" && find . -name '*.class' | sed 's|^\./||; s|\.class$||; s|/|.|g' | LC_ALL=C sort)
"$javap" -public -v -cp "$classes" "${names[@]}" | awk '
    /^Classfile / { state = "head"; declaration = ""; public = 0; next }
    state == "head" && declaration == "" && !/^ / { declaration = $0; next }
    state == "head" && /^  flags:/ { public = ($0 ~ /ACC_PUBLIC/); next }
    state == "head" && /^\{/ { state = "body"; member = ""; if (public) print declaration " {"; next }
    state == "body" && /^\}/ { if (public) print "}"; state = "tail"; next }
    state == "body" && /^  [^ ]/ { member = $0; next }
    state == "body" && /^    flags:/ {
        if (public && member != "" && $0 !~ /ACC_SYNTHETIC/) print member
        member = ""
        next
    }
'
