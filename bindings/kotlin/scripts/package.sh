#!/usr/bin/env bash
# Assembles the Android packages of the Kotlin binding without Gradle, in the
# layouts Android's and Maven's tools document:
#
#   package.sh aar <out.aar> <classes dir> <jniLibs dir> "<abis>" <minSdk> <consumer rules>
#       classes.jar          the compiled classes (Java 8 bytecode, no natives)
#       jni/<abi>/*.so       libkeyless_errors.so and libkeyless_errors_jni.so per ABI,
#                            from <jniLibs dir>/<abi>/ (the top-level `make dist-android`)
#       AndroidManifest.xml  package io.keyless.errors, minSdkVersion <minSdk>
#       proguard.txt         the consumer R8 rules (consumer-rules.pro, copied at build time)
#       R.txt                empty: the library has no Android resources
#
#   package.sh maven <repository> <aar> <version> <sources dir> <kotlin-stdlib jar>
#       <repository>/io/keyless/keyless-errors/<version>/keyless-errors-<version>.aar (the same
#       bytes), .pom (packaging aar, depends on kotlin-stdlib), -sources.jar, and
#       <repository>/io/keyless/keyless-errors/maven-metadata.xml
#
# Timestamps are fixed, so the same inputs give the same bytes.
set -euo pipefail

readonly GROUP=io.keyless ARTIFACT=keyless-errors PACKAGE=io.keyless.errors
readonly STAMP=2000-01-01T00:00:00Z
jar=${JAR:-${JAVA_HOME:+$JAVA_HOME/bin/}jar}

# zip_directory <dir> <out>: every file under <dir>, sorted, fixed dates, no extra fields.
zip_directory() {
    local out
    out=$(realpath -m "$2")
    rm -f "$out"
    (cd "$1" && find . -type f -exec touch -d "$STAMP" {} + && find . -type f | sed 's|^\./||' | LC_ALL=C sort | zip -X -q -@ "$out")
}

aar() {
    local out=$1 classes=$2 jni_libs=$3 abis=$4 min_sdk=$5 rules=$6
    local stage abi library
    stage=$(mktemp -d)
    trap 'rm -rf "$stage"' RETURN
    "$jar" --create --file "$stage/classes.jar" --date="$STAMP" -C "$classes" .
    for abi in $abis; do
        mkdir -p "$stage/jni/$abi"
        for library in libkeyless_errors.so libkeyless_errors_jni.so; do
            if [ ! -f "$jni_libs/$abi/$library" ]; then
                echo "package.sh: $jni_libs/$abi/$library is missing; build it with the top-level \`make dist-android\`" >&2
                return 1
            fi
            cp "$jni_libs/$abi/$library" "$stage/jni/$abi/"
        done
    done
    cat > "$stage/AndroidManifest.xml" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="$PACKAGE">

    <uses-sdk android:minSdkVersion="$min_sdk" />

</manifest>
EOF
    cp "$rules" "$stage/proguard.txt"
    : > "$stage/R.txt"
    mkdir -p "$(dirname "$out")"
    zip_directory "$stage" "$out"
    echo "$out: $(stat -c %s "$out") bytes"
}

maven() {
    local repository=$1 aar=$2 version=$3 sources=$4 kotlin_stdlib=$5
    local directory=$repository/${GROUP//.//}/$ARTIFACT
    local base=$directory/$version/$ARTIFACT-$version
    local kotlin_version
    kotlin_version=$(unzip -p "$kotlin_stdlib" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')
    [ -n "$kotlin_version" ] || { echo "package.sh: no Implementation-Version in $kotlin_stdlib" >&2; return 1; }
    mkdir -p "$directory/$version"
    cp "$aar" "$base.aar"
    "$jar" --create --file "$base-sources.jar" --date="$STAMP" -C "$sources" .
    cat > "$base.pom" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>$GROUP</groupId>
  <artifactId>$ARTIFACT</artifactId>
  <version>$version</version>
  <packaging>aar</packaging>
  <name>keyless-errors</name>
  <description>What every Keyless SDK error code means: Kotlin and Java API over the keyless-errors C library, for Android.</description>
  <licenses>
    <license>
      <name>MIT OR Apache-2.0</name>
    </license>
  </licenses>
  <dependencies>
    <dependency>
      <groupId>org.jetbrains.kotlin</groupId>
      <artifactId>kotlin-stdlib</artifactId>
      <version>$kotlin_version</version>
      <scope>compile</scope>
    </dependency>
  </dependencies>
</project>
EOF
    cat > "$directory/maven-metadata.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <groupId>$GROUP</groupId>
  <artifactId>$ARTIFACT</artifactId>
  <versioning>
    <latest>$version</latest>
    <release>$version</release>
    <versions>
      <version>$version</version>
    </versions>
  </versioning>
</metadata>
EOF
    echo "$directory/$version: $(find "$directory/$version" -type f -printf '%f ')"
}

command=${1:?usage: $0 aar|maven ...}
shift
case $command in
    aar) aar "$@" ;;
    maven) maven "$@" ;;
    *) echo "usage: $0 aar|maven ..." >&2; exit 2 ;;
esac
