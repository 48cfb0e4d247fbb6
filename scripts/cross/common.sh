# shellcheck shell=bash
# Sourced by the cross scripts and the dist checks. Every fact they use (targets, versions, page
# sizes, tools) comes from mk/config.mk, which make exports to them; run outside make, they stop
# with the name of what is missing.

# require_config NAME...: fails, naming the variable, unless every NAME is set and not empty.
require_config() {
    local name
    for name in "$@"; do
        if [ -z "${!name:-}" ]; then
            echo "${0##*/}: \$$name is not set; run this through make (mk/config.mk exports it)" >&2
            return 1
        fi
    done
}

# find_tool NAME prints the path mk/config.mk found for an LLVM tool (clang, llvm-ar, llvm-nm,
# llvm-lipo, ld.lld), which it exports as CLANG, LLVM_AR, LLVM_NM, LLVM_LIPO, LD_LLD.
find_tool() {
    local variable
    variable=$(tr 'a-z.-' 'A-Z__' <<<"$1")
    require_config "$variable" || return 1
    echo "${!variable}"
}

# config_value LIST KEY prints the value of KEY in a config list of KEY=VALUE words
# (ANDROID_ABI_TARGETS, LINUX_ARM_TARGET_TRIPLES), or fails.
config_value() {
    local pair
    for pair in $1; do
        if [ "${pair%%=*}" = "$2" ]; then
            echo "${pair#*=}"
            return 0
        fi
    done
    echo "${0##*/}: no $2 in '$1'" >&2
    return 1
}

# android_clang_target RUST_TARGET prints clang's triple with the API level, the AAR's minSdk.
# clang spells 32-bit ARM Android armv7a.
android_clang_target() {
    require_config ANDROID_MIN_SDK || return 1
    local target=$1
    echo "${target/#armv7-/armv7a-}${ANDROID_MIN_SDK}"
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
