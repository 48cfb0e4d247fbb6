# shellcheck shell=bash
# Sourced by the cross scripts. find_tool finds the LLVM tools they need, which live in
# different places depending on what is installed: Debian's llvm-22 (the LLVM of Debian's rustc,
# recommended by rustc-web, so its tools read the bitcode that rustc leaves in objects;
# llvm-lipo, llvm-readelf), the Swift toolchain's bin (clang, ld.lld: Debian's rust-clang link
# points to a clang-22 that no installed package provides), the PATH (where llvm-nm may be an
# older LLVM), Debian's default llvm-14.
# find_tool NAME prints the path of the first NAME found, or fails with a message.
find_tool() {
    local name=$1 candidate
    for candidate in /usr/lib/llvm-22/bin/"$name" "${SWIFT_BIN:-/opt/swift/usr/bin}/$name" \
            "$(command -v "$name" 2>/dev/null)" /usr/lib/llvm-21/bin/"$name" /usr/lib/llvm-14/bin/"$name"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            echo "$candidate"
            return 0
        fi
    done
    echo "cross: $name not found (install the Swift toolchain or Debian's llvm)" >&2
    return 1
}

# android_clang_target RUST_TARGET prints clang's triple with the API level
# (ANDROID_API, default 21: the Kotlin binding's minSdk). clang spells 32-bit
# ARM Android armv7a.
android_clang_target() {
    local target=$1
    echo "${target/#armv7-/armv7a-}${ANDROID_API:-21}"
}

# build_stub_libc RUST_TARGET DIR writes DIR/libc.so, the link-time stand-in
# for bionic (see stub-libc.c), with the soname a device resolves: libc.so.
build_stub_libc() {
    local target=$1 dir=$2 clang
    clang=$(find_tool clang) || return 1
    mkdir -p "$dir"
    "$clang" --target="$(android_clang_target "$target")" -ffreestanding -fno-builtin -nostdlib -shared \
        -fuse-ld=lld -Wl,-soname,libc.so -O1 "$(dirname "${BASH_SOURCE[0]}")/stub-libc.c" -o "$dir/libc.so"
}
