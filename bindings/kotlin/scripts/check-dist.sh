#!/usr/bin/env bash
# Unpacks the packages made by `make dist` (package.sh and the jar rule) and
# checks every entry:
#   - the AAR holds exactly classes.jar, AndroidManifest.xml, proguard.txt,
#     R.txt and jni/<abi>/{libkeyless_errors,libkeyless_errors_jni}.so for
#     each ABI, nothing else;
#   - every class in classes.jar and in the jar is Java 8 bytecode (major
#     version 52, what Android's D8 accepts); classes.jar holds no native library;
#   - each .so is an ELF of its ABI's or platform's class and machine; each
#     glue passes check-glue.sh (exports JNI_OnLoad only, 16 KB LOAD alignment,
#     needs libkeyless_errors.so; no run path on Android, $ORIGIN in the jar);
#   - the manifest names the package and the minSdkVersion; proguard.txt is
#     consumer-rules.pro byte for byte, and every class it keeps exists;
#     R.txt is empty;
#   - the jar has natives for linux-x86_64 (and linux-aarch64 if asked), its
#     R8 rules, and the version in its manifest;
#   - the Maven directory holds the same AAR bytes, a POM (packaging aar,
#     kotlin-stdlib dependency), the sources jar and maven-metadata.xml.
# Usage: check-dist.sh <aar> <jar> "<jar platforms>" <version> "<abis>" <minSdk> <consumer rules> <maven repository>
set -euo pipefail
aar=$1 jar=$2 platforms=$3 version=$4 abis=$5 min_sdk=$6 rules=$7 repository=$8
here=$(cd "$(dirname "$0")" && pwd)
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

# check_elf <file> <class> <machine>: an ELF of that class (1: 32-bit, 2: 64-bit) and e_machine.
check_elf() {
    local magic elf_class elf_machine
    read -r magic elf_class <<<"$(od -An -N5 -tx1 "$1" | awk '{print $1 $2 $3 $4, $5 + 0}')"
    elf_machine=$(od -An -j18 -N2 -tu1 "$1" | awk '{print $1 + $2 * 256}')
    if [ "$magic" != 7f454c46 ] || [ "$elf_class" != "$2" ] || [ "$elf_machine" != "$3" ]; then
        fail "${1#"$work"/}: ELF magic $magic class $elf_class machine $elf_machine, expected class $2 machine $3"
    fi
}

# check_glue <file> [NO_ORIGIN]: check-glue.sh with LLVM's tools, which read every architecture.
check_glue() {
    if ! NM=llvm-nm READELF=llvm-readelf NO_ORIGIN=${2:-0} "$here/check-glue.sh" "$1" > "$work/glue.log"; then
        fail "${1#"$work"/}:"; cat "$work/glue.log"
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

# Each .so: ELF class and machine of its ABI.
for abi in $abis; do
    case $abi in
        arm64-v8a) class=2 machine=183 ;;   # ELFCLASS64, EM_AARCH64
        armeabi-v7a) class=1 machine=40 ;;  # ELFCLASS32, EM_ARM
        x86_64) class=2 machine=62 ;;       # ELFCLASS64, EM_X86_64
        x86) class=1 machine=3 ;;           # ELFCLASS32, EM_386
        *) fail "unknown ABI $abi"; continue ;;
    esac
    for library in "$work/aar/jni/$abi"/*.so; do check_elf "$library" "$class" "$machine"; done
    check_glue "$work/aar/jni/$abi/libkeyless_errors_jni.so" 1
    ok "jni/$abi: ELF class $class, machine $machine; the glue exports JNI_OnLoad only, 16 KB aligned, no run path"
done

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
        linux-x86_64) machine=62 ;;
        linux-aarch64) machine=183 ;;
        *) fail "unknown platform $platform"; continue ;;
    esac
    natives=$work/jar/io/keyless/errors/native/$platform
    for library in libkeyless_errors.so libkeyless_errors_jni.so; do
        if [ -f "$natives/$library" ]; then check_elf "$natives/$library" 2 "$machine"; else fail "the jar lacks $platform/$library"; fi
    done
    [ -f "$natives/libkeyless_errors_jni.so" ] && check_glue "$natives/libkeyless_errors_jni.so"
    ok "jar: $platform natives, ELF machine $machine; the glue exports JNI_OnLoad only, run path \$ORIGIN"
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
