#!/usr/bin/env bash
# Unpacks the AAR and the local Maven repository made by package.sh and checks
# every entry:
#   - the AAR holds exactly classes.jar, AndroidManifest.xml, proguard.txt,
#     R.txt and jni/<abi>/{libkeyless_errors,libkeyless_errors_jni}.so for
#     each ABI, nothing else;
#   - every class in classes.jar is Java 8 bytecode (major version 52, what
#     Android's D8 accepts) and classes.jar holds no native library;
#   - each .so is an ELF of the ABI's class and machine; each glue passes
#     check-glue.sh (exports JNI_OnLoad only, 16 KB LOAD alignment, needs
#     libkeyless_errors.so, no run path);
#   - the manifest names the package and the minSdkVersion; proguard.txt is
#     consumer-rules.pro byte for byte, and every class it keeps exists;
#     R.txt is empty;
#   - the Maven directory holds the same AAR bytes, a POM (packaging aar,
#     kotlin-stdlib dependency), the sources jar and maven-metadata.xml.
# Usage: check-aar.sh <aar> <version> "<abis>" <minSdk> <consumer rules> <maven repository>
set -euo pipefail
aar=$1 version=$2 abis=$3 min_sdk=$4 rules=$5 repository=$6
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

# classes.jar: Java 8 bytecode only, no natives.
unzip -q "$work/aar/classes.jar" -d "$work/classes"
classes=0
while IFS= read -r -d '' class; do
    classes=$((classes + 1))
    major=$(od -An -j6 -N2 -tu1 "$class" | awk '{print $1 * 256 + $2}')
    [ "$major" = 52 ] || fail "${class#"$work"/classes/} has class file major version $major, not 52 (Java 8)"
done < <(find "$work/classes" -name '*.class' -print0)
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
    for library in "$work/aar/jni/$abi"/*.so; do
        read -r magic elf_class <<<"$(od -An -N5 -tx1 "$library" | awk '{print $1 $2 $3 $4, $5 + 0}')"
        elf_machine=$(od -An -j18 -N2 -tu1 "$library" | awk '{print $1 + $2 * 256}')
        if [ "$magic" != 7f454c46 ] || [ "$elf_class" != "$class" ] || [ "$elf_machine" != "$machine" ]; then
            fail "jni/$abi/$(basename "$library"): ELF magic $magic class $elf_class machine $elf_machine, expected class $class machine $machine"
        fi
    done
    if ! NM=llvm-nm READELF=llvm-readelf NO_ORIGIN=1 "$here/check-glue.sh" "$work/aar/jni/$abi/libkeyless_errors_jni.so" > "$work/glue.log"; then
        fail "jni/$abi/libkeyless_errors_jni.so:"; cat "$work/glue.log"
    fi
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
