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

# The page size the Android libraries' LOAD segments are aligned to: 16 KB, which Android 15+ on
# 64-bit devices and Google Play require (a 16 KB-aligned library loads with 4 KB pages too).
ANDROID_PAGE_SIZE := 16384

# Linux on ARM, cross-built and run under qemu-user, each with the GNU triple of its Debian cross
# compiler (<triple>-gcc) and C library (/usr/<triple>). Aligned to 64 KB pages, so that kernels
# with 64 KB pages (some aarch64 servers) load them too.
LINUX_ARM_TARGETS := aarch64-unknown-linux-gnu armv7-unknown-linux-gnueabihf
GNU_TRIPLE_aarch64-unknown-linux-gnu      := aarch64-linux-gnu
GNU_TRIPLE_armv7-unknown-linux-gnueabihf  := arm-linux-gnueabihf
LINUX_ARM_TARGET_TRIPLES := $(foreach target,$(LINUX_ARM_TARGETS),$(target)=$(GNU_TRIPLE_$(target)))
LINUX_ARM_PAGE_SIZE := 65536
# dist/linux also carries the host's own release build under this name.
LINUX_HOST_TARGET := x86_64-unknown-linux-gnu

# Apple: the XCFramework's slices, and the minimum OS versions of Package.swift. Where an
# architecture came later than that minimum, its first version is the minimum: the arm64
# simulator came with iOS 14.0 and arm64 Macs with macOS 11.0 (rustc, like Xcode, raises the
# deployment target to those).
APPLE_TARGETS := aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin
IOS_MIN_VERSION   := 13.0
MACOS_MIN_VERSION := 10.15
IOS_SIMULATOR_ARM64_MIN_VERSION := 14.0
MACOS_ARM64_MIN_VERSION         := 11.0

# ---- What the C library may import -----------------------------------------------------------
# The memory functions LLVM may call from no_std code; nothing else, on any target (Mach-O
# spells them with a leading _). In particular no abort: only a panic handler calls it.
ALLOWED_IMPORTS := memcpy memmove memset memcmp bcmp
# Mach-O (the XCFramework's archives): the same with the leading _. LLVM may also call bzero on
# Apple platforms, for a memset to zero of a length known only at run time; the library does not
# (measured: every slice imports only _memcpy), so it is not allowed until it must be.
APPLE_ALLOWED_IMPORTS := $(addprefix _,$(ALLOWED_IMPORTS))

# ---- Size budget of the C library --------------------------------------------------------------
# The size a shipped libkeyless_errors.so (stripped) may reach: 48 KB for the code and the English
# catalog (a library built with English only must fit it: tests/library_size.rs), plus 5 KB for
# each translated language of l10n/LINGUAS (the dist ELF checker's coarse bound; the precise one
# is tests/library_size.rs: the languages add at most 1.05 x their translated text). Measured on x86_64: 30.2 KB with
# English only, 173.1 KB with 43 languages, so 3.3 KB a language; the 4 ABIs and 3 Linux targets
# are within 3 % of it. A budget that grows with what the library must hold: a new language needs
# no edit here, but a table that doubles in size fails.
LIBRARY_BASE_BUDGET   := 49152
LIBRARY_LOCALE_BUDGET := 5120
L10N_TAGS := $(filter-out en,$(shell sed -e 's/\#.*//' $(REPO_ROOT)/l10n/LINGUAS 2>/dev/null))
LIBRARY_SIZE_BUDGET := $(shell echo $$(( $(LIBRARY_BASE_BUDGET) + $(LIBRARY_LOCALE_BUDGET) * $(words $(L10N_TAGS)) )))

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
# LLVM's binary tools, which read every architecture (the cross scripts use them).
LLVM_AR   := $(call find_tool,llvm-ar)
LLVM_NM   := $(call find_tool,llvm-nm)
LLVM_LIPO := $(call find_tool,llvm-lipo)
LD_LLD    := $(call find_tool,ld.lld)
# The Mach-O linker of the Apple link test: Debian's lld-19. The Swift toolchain's ld64.lld
# refuses every Apple platform ("does not support linking for platform iOS").
LD64_LLD  := $(firstword $(wildcard /usr/lib/llvm-19/bin/ld64.lld /usr/lib/llvm-2*/bin/ld64.lld))
# The cross builds use Debian's rustc and cargo (rustc-web), whose library sources (rust-web-src)
# match them exactly; rustup's toolchain cannot build those sources.
CROSS_RUSTC := /usr/bin/rustc
CROSS_CARGO := /usr/bin/cargo
# Debian's Python: the parsers of binary formats and locales the checks use (pyelftools,
# macholib, Babel, polib) are its packages, installed by `make setup`.
PYTHON  := /usr/bin/python3

export KEYLESS_VERSION KEYLESS_VERSION_MAJOR_MINOR ANDROID_ABIS ANDROID_MIN_SDK ANDROID_ABI_TARGETS \
	ANDROID_RUST_TARGETS ANDROID_PAGE_SIZE LINUX_ARM_TARGETS LINUX_ARM_TARGET_TRIPLES LINUX_ARM_PAGE_SIZE \
	LINUX_HOST_TARGET APPLE_TARGETS IOS_MIN_VERSION MACOS_MIN_VERSION IOS_SIMULATOR_ARM64_MIN_VERSION \
	MACOS_ARM64_MIN_VERSION ALLOWED_IMPORTS APPLE_ALLOWED_IMPORTS LIBRARY_SIZE_BUDGET LIBRARY_BASE_BUDGET SWIFT_BIN CLANG LLVM_AR LLVM_NM LLVM_LIPO \
	LD_LLD LD64_LLD CROSS_RUSTC CROSS_CARGO PYTHON
