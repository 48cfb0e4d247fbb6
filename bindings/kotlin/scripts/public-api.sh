#!/usr/bin/env bash
# Prints the public API of the compiled binding as Java sees it: `javap -public`
# of every public class, with the synthetic members left out (javac refuses to
# call them: Kotlin's `@JvmSynthetic` members and its own accessors), classes
# sorted by name, members sorted within each class. Non-public classes (the
# binding's private nested objects: the cache, the natives, the loader) do not
# appear at all.
#
# The constants of the documented codes (KeylessErrors.FACE_NOT_MATCHING, ...)
# are summed up in one line rather than listed: they follow the catalog, and
# ConstantsTest checks them against the C library's codes and names, so adding
# a code to the catalog changes no baseline.
#
# The output is compared with the committed api/public-api.txt by
# `make -C bindings/kotlin check-api`; `make -C bindings/kotlin api-baseline`
# rewrites that file on purpose.
# Usage: scripts/public-api.sh <classes directory>
set -euo pipefail
classes=${1:?usage: $0 <classes directory>}
javap=${JAVAP:-javap}

mapfile -t names < <(cd "$classes" && find . -name '*.class' | sed 's|^\./||; s|\.class$||; s|/|.|g' | LC_ALL=C sort)
# Each line is tagged with its class and its rank (declaration, member, end) so
# that sort puts members in a fixed order: moving a declaration in the source
# is no API change.
"$javap" -public -v -cp "$classes" "${names[@]}" | awk -v OFS='\t' '
    /^Classfile / { state = "head"; declaration = ""; public = 0; codes = 0; next }
    state == "head" && declaration == "" && !/^ / { declaration = $0; next }
    state == "head" && /^  flags:/ { public = ($0 ~ /ACC_PUBLIC/); next }
    state == "head" && /^\{/ { state = "body"; member = ""; if (public) print declaration, 0, declaration " {"; next }
    state == "body" && /^\}/ {
        if (codes) print declaration, 1, "  (public static final int: one constant per documented code; ConstantsTest checks them)"
        if (public) print declaration, 2, "}"
        state = "tail"
        next
    }
    state == "body" && /^  [^ ]/ { member = $0; next }
    state == "body" && /^    flags:/ {
        if ((declaration ~ /class io\.keyless\.errors\.KeylessErrors$/ || declaration ~ /class io\.keyless\.errors\.KeylessErrors /) && member ~ /^  public static final int [A-Z0-9_]+;$/) {
            codes++
        } else if (public && member != "" && $0 !~ /ACC_SYNTHETIC/) {
            print declaration, 1, member
        }
        member = ""
        next
    }
' | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k2,2n -k3,3 | cut -f3-
