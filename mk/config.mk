# mk/config.mk: the one home of the facts that the build, the bindings' Makefiles and the
# scripts share. The top-level Makefile and the bindings' Makefiles include it; everything
# below is exported, so a script that make runs reads the same values from its environment
# (scripts fail with a clear message when run outside make without them).
#
# Change a fact here, and only here.

CONFIG_MK_DIR := $(dir $(lastword $(MAKEFILE_LIST)))
REPO_ROOT     := $(abspath $(CONFIG_MK_DIR)..)

# ---- Version ---------------------------------------------------------------------------------
# The release version: Cargo.toml's [package] version, read once, here.
KEYLESS_VERSION := $(shell sed -n '/^\[package\]/,/^\[/s/^version *= *"\([^"]*\)".*/\1/p' $(REPO_ROOT)/Cargo.toml)
KEYLESS_VERSION_MAJOR_MINOR := $(word 1,$(subst ., ,$(KEYLESS_VERSION))).$(word 2,$(subst ., ,$(KEYLESS_VERSION)))

# ---- Targets ---------------------------------------------------------------------------------
# Android: the ABIs the AAR ships, each with its Rust target, and the lowest API level (the
# AAR's minSdk; also the API level the libraries are linked for).
ANDROID_ABIS    := arm64-v8a armeabi-v7a x86_64 x86
ANDROID_MIN_SDK := 21
RUST_TARGET_arm64-v8a   := aarch64-linux-android
RUST_TARGET_armeabi-v7a := armv7-linux-androideabi
RUST_TARGET_x86_64      := x86_64-linux-android
RUST_TARGET_x86         := i686-linux-android
ANDROID_RUST_TARGETS := $(foreach abi,$(ANDROID_ABIS),$(RUST_TARGET_$(abi)))
# "abi=rust-target" pairs, for scripts.
ANDROID_ABI_TARGETS  := $(foreach abi,$(ANDROID_ABIS),$(abi)=$(RUST_TARGET_$(abi)))

# Linux on ARM, cross-built and run under qemu-user.
LINUX_ARM_TARGETS := aarch64-unknown-linux-gnu armv7-unknown-linux-gnueabihf

# Apple: the XCFramework's slices.
APPLE_TARGETS := aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin
IOS_MIN_VERSION   := 13.0
MACOS_MIN_VERSION := 10.15

# ---- What the C library may import -----------------------------------------------------------
# The memory functions LLVM may call from no_std code; nothing else, on any target.
ALLOWED_IMPORTS := memcpy memmove memset memcmp bcmp

# ---- Tools -----------------------------------------------------------------------------------
# The Swift toolchain's bin: the swift on PATH, else /opt/swift's. Its clang, ld.lld and
# llvm-objdump serve the C side too.
SWIFT_BIN := $(or $(patsubst %/,%,$(dir $(realpath $(shell command -v swift 2>/dev/null)))),$(wildcard /opt/swift/usr/bin))
# $(call find_tool,NAME): the first NAME in Debian's LLVM of rustc (llvm-22), the Swift
# toolchain, PATH, then Debian's older LLVMs; empty when there is none.
find_tool = $(firstword $(wildcard /usr/lib/llvm-22/bin/$(1) $(SWIFT_BIN)/$(1)) $(shell command -v $(1) 2>/dev/null) \
	$(wildcard /usr/lib/llvm-21/bin/$(1) /usr/lib/llvm-19/bin/$(1) /usr/lib/llvm-14/bin/$(1)))
SWIFT   := $(if $(SWIFT_BIN),$(SWIFT_BIN)/swift)
CLANG   := $(call find_tool,clang)
# Debian's Python: the parsers of binary formats and locales the checks use (pyelftools,
# macholib, Babel, polib) are its packages, installed by `make setup`.
PYTHON  := /usr/bin/python3

export KEYLESS_VERSION KEYLESS_VERSION_MAJOR_MINOR ANDROID_ABIS ANDROID_MIN_SDK ANDROID_ABI_TARGETS \
	ANDROID_RUST_TARGETS LINUX_ARM_TARGETS APPLE_TARGETS IOS_MIN_VERSION MACOS_MIN_VERSION \
	ALLOWED_IMPORTS SWIFT_BIN PYTHON
