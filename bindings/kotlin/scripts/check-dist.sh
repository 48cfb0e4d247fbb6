#!/usr/bin/env bash
# Unpacks the packages made by `make dist` (package.sh and the jar rule) and
# checks every entry:
#   - the AAR holds exactly classes.jar, AndroidManifest.xml, proguard.txt,
#     R.txt and jni/<abi>/{libkeyless_errors,libkeyless_errors_jni}.so for
#     each ABI, nothing else;
#   - every class in classes.jar and in the jar is Java 8 bytecode (major
#     version 52, what Android's D8 accepts); classes.jar holds no native library;
#   - every .so passes the project's one ELF checker (tests/dist/check-elf.py):
#     the AAR's jni/ folder as an Android jniLibs folder (both libraries of each
#     ABI, for its machine, aligned to Android's page size, the glue exporting
#     JNI_OnLoad only and needing libkeyless_errors.so by name, no run path),
#     and the jar's libraries for their platform (the glue's run path $ORIGIN);
#   - the manifest names the package and the minSdkVersion; proguard.txt is
#     consumer-rules.pro byte for byte, and every class it keeps exists;
#     R.txt is empty;
#   - the jar has natives for linux-x86_64 (and linux-aarch64 if asked), its
#     R8 rules, and the version in its manifest;
#   - the Maven directory holds the same AAR bytes, a POM (packaging aar,
#     kotlin-stdlib dependency), the sources jar and maven-metadata.xml.
# Usage: check-dist.sh <aar> <jar> "<jar platforms>" <version> <minSdk> <consumer rules> <maven repository>
# (run by make: mk/config.mk exports ANDROID_ABIS and the facts check-elf.py reads)
set -euo pipefail
aar=$1 jar=$2 platforms=$3 version=$4 min_sdk=$5 rules=$6 repository=$7
here=$(cd "$(dirname "$0")" && pwd)
check_elf=("${PYTHON:?run through make: mk/config.mk exports PYTHON}" "$here/../../../tests/dist/check-elf.py")
abis=${ANDROID_ABIS:?run through make: mk/config.mk exports ANDROID_ABIS}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$aar" -d "$work/aar"

# The entry list, exactly.
expected="AndroidManifest.xml"$'\n'"R.txt"$'\n'"classes.jar"$'\n'"proguard.txt"
for abi in $abis; do
    expected+=$'\n'"jni/$abi/libkeyless_errors.so"$'\n'"jni/$abi/libkeyless_errors_jni.so"
done
actual=$(unzip -Z1 "$aar" | LC_ALL=C sort)
if [ "$actual" = "$(LC_ALL=C sort <<<"$expected")" ]; then
    ok "$(wc -l <<<"$actual") entries, exactly the expected ones"
else
    fail "entries differ from the expected list:"; diff <(LC_ALL=C sort <<<"$expected") <(echo "$actual") || true
fi

# count_java8_classes <dir>: fails each class of another version; prints how many there are.
count_java8_classes() {
    local class major count=0
    while IFS= read -r -d '' class; do
        count=$((count + 1))
        major=$(od -An -j6 -N2 -tu1 "$class" | awk '{print $1 * 256 + $2}')
        [ "$major" = 52 ] || fail "${class#"$1"/} has class file major version $major, not 52 (Java 8)" >&2
    done < <(find "$1" -name '*.class' -print0)
    echo "$count"
}

# elf <check-elf.py arguments>: one run of the ELF checker, its report shown only on failure.
elf() {
    if ! "${check_elf[@]}" "$@" > "$work/elf.log"; then
        fail "check-elf.py $*:"; grep -v '^ok: ' "$work/elf.log"
    fi
}

# classes.jar: Java 8 bytecode only, no natives.
unzip -q "$work/aar/classes.jar" -d "$work/classes"
classes=$(count_java8_classes "$work/classes")
[ "$classes" -gt 0 ] || fail "classes.jar has no class"
[ -f "$work/classes/io/keyless/errors/KeylessErrors.class" ] || fail "classes.jar lacks io.keyless.errors.KeylessErrors"
[ -f "$work/classes/io/keyless/errors/KeylessError\$Native.class" ] || fail "classes.jar lacks the class the glue registers natives on"
if [ -n "$(find "$work/classes" -name '*.so')" ]; then fail "classes.jar holds native libraries"; fi
ok "classes.jar: $classes classes, all major version 52 (Java 8), no native library"

# Every .so of the AAR: its jni/ folder is laid out as a jniLibs folder.
elf android "$work/aar/jni"
ok "jni/: both libraries of each ABI pass check-elf.py (machine, 16 KB alignment, exports, DT_NEEDED, no run path)"

# Manifest, R8 rules, R.txt.
manifest=$work/aar/AndroidManifest.xml
grep -q 'package="io.keyless.errors"' "$manifest" || fail "the manifest does not name package io.keyless.errors"
grep -q "android:minSdkVersion=\"$min_sdk\"" "$manifest" || fail "the manifest does not set minSdkVersion $min_sdk"
ok "AndroidManifest.xml: package io.keyless.errors, minSdkVersion $min_sdk"
# Every class a keep rule names exists: a rule for a renamed class would keep nothing.
while read -r kept; do
    if [ -f "$work/classes/${kept//.//}.class" ]; then ok "proguard.txt keeps $kept, which classes.jar has"; else fail "proguard.txt keeps $kept, which classes.jar lacks"; fi
done < <(sed -n 's/^-keep class \([^ ]*\).*/\1/p' "$work/aar/proguard.txt")
if cmp -s "$work/aar/proguard.txt" "$rules"; then ok "proguard.txt is $(basename "$rules")"; else fail "proguard.txt differs from $rules"; fi
if [ ! -s "$work/aar/R.txt" ]; then ok "R.txt is empty"; else fail "R.txt is not empty"; fi

# The JVM jar.
unzip -q "$jar" -d "$work/jar"
jar_classes=$(count_java8_classes "$work/jar")
[ -f "$work/jar/io/keyless/errors/KeylessErrors.class" ] || fail "the jar lacks io.keyless.errors.KeylessErrors"
ok "jar: $jar_classes classes, all major version 52 (Java 8)"
for platform in $platforms; do
    case $platform in
        linux-x86_64) target=$LINUX_HOST_TARGET align=$ANDROID_PAGE_SIZE ;; # the glue script's choices
        linux-aarch64) target=aarch64-unknown-linux-gnu align=$LINUX_ARM_PAGE_SIZE ;;
        *) fail "unknown platform $platform"; continue ;;
    esac
    natives=$work/jar/io/keyless/errors/native/$platform
    elf library "$natives/libkeyless_errors.so" --target "$target"
    # shellcheck disable=SC2016 # $ORIGIN is the run path itself
    elf glue "$natives/libkeyless_errors_jni.so" --target "$target" --align "$align" --runpath '$ORIGIN'
    ok "jar: $platform natives pass check-elf.py ($target; the glue exports JNI_OnLoad only, run path \$ORIGIN)"
done
extra=$(find "$work/jar/io/keyless/errors/native" -mindepth 1 -maxdepth 1 -printf '%f\n' | LC_ALL=C sort | tr '\n' ' ')
[ "$extra" = "$(tr ' ' '\n' <<<"$platforms" | sed '/^$/d' | LC_ALL=C sort | tr '\n' ' ')" ] || fail "the jar's native platforms are [$extra], expected [$platforms]"
if cmp -s "$work/jar/META-INF/proguard/keyless-errors.pro" "$rules"; then ok "jar: META-INF/proguard/keyless-errors.pro is $(basename "$rules")"; else fail "the jar's R8 rules differ from $rules"; fi
grep -qx "Implementation-Version: $version" <(tr -d '\r' < "$work/jar/META-INF/MANIFEST.MF") || fail "the jar's manifest lacks Implementation-Version: $version"

# The local Maven repository.
directory=$repository/io/keyless/keyless-errors
base=$directory/$version/keyless-errors-$version
if cmp -s "$base.aar" "$aar"; then ok "Maven: $base.aar has the same bytes"; else fail "$base.aar is missing or differs from $aar"; fi
for pattern in '<groupId>io.keyless</groupId>' '<artifactId>keyless-errors</artifactId>' "<version>$version</version>" \
    '<packaging>aar</packaging>' '<artifactId>kotlin-stdlib</artifactId>'; do
    grep -qF "$pattern" "$base.pom" || fail "$base.pom lacks $pattern"
done
ok "Maven: the POM names io.keyless:keyless-errors:$version, packaging aar, depends on kotlin-stdlib"
sources=$(unzip -Z1 "$base-sources.jar") # listed once: `unzip | grep -q` can die of SIGPIPE under pipefail
for source in io/keyless/errors/KeylessError.kt io/keyless/errors/KeylessErrorCatalog.kt; do
    grep -qx "$source" <<<"$sources" || fail "$base-sources.jar lacks $source"
done
ok "Maven: the sources jar holds the Kotlin sources"
grep -qF "<release>$version</release>" "$directory/maven-metadata.xml" || fail "maven-metadata.xml does not name $version"

exit $((failures > 0))
