#!/usr/bin/env bash
# Builds dist/ twice, from two clean clones of the repository's HEAD (committed work only) at
# paths of different lengths, and compares every artifact byte for byte: each .so and .a, the
# jar, the AAR, the POM, the zips, the XCFramework's files and SHA256SUMS. The two builds share
# only the cross sysroots (Debian's Rust library sources compiled, an input of the build like the
# compilers themselves) and cargo's vendored crates. Prints each build's time and every file that
# differs; exits 1 if any does, or if the two dist/ trees hold different files.
#
# Usage: tests/dist/check-reproducible.sh WORK_DIR SYSROOT   (run by make: check-reproducible)
set -euo pipefail
work=${1:?usage: $0 WORK_DIR SYSROOT}
sysroot=${2:?usage: $0 WORK_DIR SYSROOT}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse HEAD)
rm -rf "$work"
mkdir -p "$work"
work=$(realpath "$work")
first=$work/a/keyless-errors
second=$work/second-build-at-a-longer-path/nested/keyless-errors

build() {
    local clone=$1 start log
    git clone --quiet --no-hardlinks "$repo" "$clone"
    git -C "$clone" checkout --quiet "$commit"
    log=$clone.log
    start=$SECONDS
    # Nothing from the caller's make may leak in (MAKEFLAGS carries its variables).
    if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$clone" dist CROSS_SYSROOT="$sysroot" >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "FAIL: make dist in $clone (log: $log)"
        exit 1
    fi
    echo "check-reproducible: make dist in $clone took $((SECONDS - start)) s"
}

echo "check-reproducible: commit $commit, built twice"
build "$first"
build "$second"

files() { (cd "$1/dist" && find . -type f -printf '%P\n' | LC_ALL=C sort); }
if ! diff <(files "$first") <(files "$second") >"$work/file-lists.diff"; then
    cat "$work/file-lists.diff"
    echo "FAIL: the two dist/ trees hold different files (< first, > second)"
    exit 1
fi
differ=0 total=0
while read -r file; do
    total=$((total + 1))
    if ! cmp -s "$first/dist/$file" "$second/dist/$file"; then
        echo "FAIL: dist/$file differs ($(cmp -l "$first/dist/$file" "$second/dist/$file" 2>/dev/null | wc -l) bytes; sizes $(stat -c %s "$first/dist/$file") and $(stat -c %s "$second/dist/$file"))"
        differ=$((differ + 1))
    fi
done < <(files "$first")
# SHA256SUMS covers every other artifact, and holds their checksums.
listed=$(cut -d ' ' -f 3- "$first/dist/SHA256SUMS" | LC_ALL=C sort)
if [ "$listed" != "$(files "$first" | grep -vx SHA256SUMS)" ] || ! (cd "$first/dist" && sha256sum --quiet -c SHA256SUMS); then
    echo "FAIL: dist/SHA256SUMS does not list and match every artifact"
    differ=$((differ + 1))
fi
if [ "$differ" -gt 0 ]; then
    echo "check-reproducible: $differ of $total artifacts differ; the two trees are in $work"
    exit 1
fi
echo "check-reproducible: all $total artifacts of dist/ are identical in both builds, and SHA256SUMS lists and matches the others"
