#!/usr/bin/env bash
# The JVM consumers of dist/keyless-errors-<version>.jar: a Java and a Kotlin
# program, each built from a clean temporary directory holding only its
# source and a copy of the jar, then run with plain `java -cp`, with exactly
# the commands bindings/kotlin/README.md shows (the run fails if the README
# lacks one). No -Djava.library.path, no LD_LIBRARY_PATH: the jar extracts
# and loads its own native libraries. Also:
#   - Java code cannot construct a KeylessError, reach the natives or call the
#     binding's internals: each file of forbidden/ must fail to compile;
#   - the jar's temporary copies are deleted once loaded.
# Prints how long each README command took.
#
# Usage: tests/consumers/jvm/run.sh [jar]   (default dist/keyless-errors-<version>.jar; run by
# make, which exports KEYLESS_VERSION from mk/config.mk)
#
# The commands are written in single quotes on purpose: they are recorded as
# the README shows them, then run with eval.
# shellcheck disable=SC2016
set -euo pipefail
cd "$(dirname "$0")/../../.."
version=${KEYLESS_VERSION:?run through make: mk/config.mk exports KEYLESS_VERSION}
jar=$(realpath "${1:-dist/keyless-errors-$version.jar}")
readme=bindings/kotlin/README.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/consumers/lib.sh
source tests/consumers/lib.sh

# Nothing from the caller's environment may help a consumer build or run.
unset LD_LIBRARY_PATH CLASSPATH JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS KOTLIN_HOME

[ -f "$jar" ] || fail "$jar is missing: make -C bindings/kotlin jar (or make dist-kotlin)"
# The README's commands name the jar of the current version literally, as below.
[ "$version" = 0.3.0 ] || fail "the commands below name keyless-errors-0.3.0.jar: update them and the README for $version"

expected_output="30004 FACE_NOT_MATCHING (user): Face not matching
shared: 3004 CORE_FACE_NOT_MATCHING
replaced by: SDK_CONFIGURE_FAILED, then null
thrown: -1 UNKNOWN (unknown): Unknown error
languages: en first, German included
German differs from English: true
override: our own words (de)
binding $version, library $version"

# A fresh directory with the jar and one source file, as a new user would have.
fresh() {
    local dir=$work/$1
    mkdir -p "$dir"
    cp "$jar" "$dir/"
    cp "tests/consumers/jvm/$2" "$dir/"
    echo "$dir"
}
temporary_copies() { find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'keyless-errors-*' -user "$(id -u)" 2>/dev/null | sort; }
before=$(temporary_copies)

echo "== Java"
java_dir=$(fresh java App.java)
step "$java_dir" 'javac -cp keyless-errors-0.3.0.jar App.java'
step_app "$java_dir" 'java -cp keyless-errors-0.3.0.jar:/usr/share/java/kotlin-stdlib.jar:. App'
echo "ok: the Java program printed the expected lines"

echo "== Kotlin"
kotlin_dir=$(fresh kotlin Main.kt)
step "$kotlin_dir" 'kotlinc -cp keyless-errors-0.3.0.jar Main.kt -d main.jar'
step_app "$kotlin_dir" 'java -cp keyless-errors-0.3.0.jar:/usr/share/java/kotlin-stdlib.jar:main.jar MainKt'
echo "ok: the Kotlin program printed the expected lines"

echo "== Java cannot construct errors, reach the natives or call internals"
for source in tests/consumers/jvm/forbidden/*.java; do
    dir=$(fresh "forbidden-$(basename "$source" .java)" "forbidden/$(basename "$source")")
    if (cd "$dir" && javac -cp "keyless-errors-$version.jar" "$(basename "$source")") > "$work/javac.log" 2>&1; then
        fail "$source compiled: Java can do what it must not"
    fi
    echo "ok: $(basename "$source") does not compile: $(grep -m1 'error:' "$work/javac.log" | sed 's/^[^ ]* //')"
done

[ "$(temporary_copies)" = "$before" ] || fail "the jar left temporary copies behind: $(comm -13 <(echo "$before") <(temporary_copies))"
echo "ok: no temporary copy of the native libraries is left behind"

echo "time per README command, measured here:"
print_timings

echo "== $readme"
# The README shows the current version; the commands above name it literally.
require_readme_shows "$readme"
echo "ok: every command is in $readme"
