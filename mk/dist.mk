# Mobile and ARM builds (issue 8): `make dist` cross-builds the library for Android, Apple
# platforms and Linux on ARM into dist/, without rustup targets or the NDK; `make test-dist`
# (part of `make test`) checks every artifact and runs the C harness and a sweep of the whole
# API on aarch64 and 32-bit ARM under qemu. See scripts/cross/ for how.
#
#   dist/android/jniLibs/<abi>/libkeyless_errors.so, libkeyless_errors_jni.so   (dist-android)
#   dist/linux/<rust-target>/libkeyless_errors.so, libkeyless_errors.a          (dist-linux)
#   dist/KeylessErrors.xcframework/, .zip, .zip.sha256                         (dist-apple)
#
# Other areas add to `dist` with more prerequisites (the Kotlin binding's AAR: dist-kotlin).
# The sysroots (core + compiler_builtins per target) are built once into target/sysroot and
# reused; SYSROOT_JOBS (default 2) of them build at a time.

DIST       := dist
CROSS      := scripts/cross
CROSS_DIR  := target/cross
DIST_BUILD := $(BUILD)/dist
QEMU_AARCH64 ?= qemu-aarch64
QEMU_ARM     ?= qemu-arm
ARM64_CC     ?= aarch64-linux-gnu-gcc
ARMHF_CC     ?= arm-linux-gnueabihf-gcc
SWEEP_STEP   ?= 257

.PHONY: dist dist-android dist-linux dist-apple test-dist lint-dist test-dist-android test-dist-apple test-dist-linux \
	test-dist-arm64 test-dist-armhf

dist: dist-android dist-linux dist-apple

dist-android:
	$(CROSS)/dist-android.sh $(DIST)/android/jniLibs

dist-linux: library
	$(CROSS)/dist-linux.sh $(DIST)/linux

dist-apple:
	$(CROSS)/dist-apple.sh $(DIST)

AREA_TESTS += test-dist
test-dist: lint-dist test-dist-android test-dist-apple test-dist-linux

# The scripts of this area, with their sourced helper followed (-x).
lint-dist:
ifneq ($(shell command -v shellcheck 2>/dev/null),)
	shellcheck -x $(CROSS)/*.sh tests/dist/*.sh
else
	@echo "note: shellcheck not found; $(CROSS)/*.sh and tests/dist/*.sh not linted"
endif
	python3 -c 'import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]' \
		$(CROSS)/xcframework.py tests/dist/check-xcframework.py

test-dist-android: dist-android
	tests/dist/check-android.sh $(DIST)/android/jniLibs
	for abi in arm64-v8a armeabi-v7a x86_64 x86; do \
		HARNESS="$(HARNESS)" tests/dist/run-android-harness.sh $$abi $(DIST)/android/jniLibs $(DIST_BUILD)/android-$$abi || exit 1; \
	done

test-dist-apple: dist-apple
	tests/dist/check-apple.sh $(DIST)

test-dist-linux: test-dist-arm64 test-dist-armhf
	tests/dist/check-linux.sh $(DIST)/linux

# The C harness (shared and static library) and the API sweep, cross-compiled and run under
# qemu-user; $(1) = Rust target, $(2) = cross gcc, $(3) = qemu, $(4) = the gcc's sysroot.
define run_emulated
	@mkdir -p $(DIST_BUILD)/$(1)
	$(2) -std=c99 $(STRICT) -O2 -Iinclude $(HARNESS) -o $(DIST_BUILD)/$(1)/harness-shared \
		-L$(DIST)/linux/$(1) -lkeyless_errors
	$(2) -std=c99 $(STRICT) -O2 -Iinclude $(HARNESS) $(DIST)/linux/$(1)/libkeyless_errors.a \
		-o $(DIST_BUILD)/$(1)/harness-static
	$(2) -std=c99 $(STRICT) -O2 -Iinclude -Itests/c tests/dist/sweep.c tests/c/contract.c \
		$(DIST)/linux/$(1)/libkeyless_errors.a -o $(DIST_BUILD)/$(1)/sweep
	QEMU_LD_PREFIX=$(4) LD_LIBRARY_PATH=$(DIST)/linux/$(1) $(3) $(DIST_BUILD)/$(1)/harness-shared
	QEMU_LD_PREFIX=$(4) $(3) $(DIST_BUILD)/$(1)/harness-static
	QEMU_LD_PREFIX=$(4) $(3) $(DIST_BUILD)/$(1)/sweep $(SWEEP_STEP)
endef

test-dist-arm64: dist-linux
	$(call run_emulated,aarch64-unknown-linux-gnu,$(ARM64_CC),$(QEMU_AARCH64),/usr/aarch64-linux-gnu)

test-dist-armhf: dist-linux
	$(call run_emulated,armv7-unknown-linux-gnueabihf,$(ARMHF_CC),$(QEMU_ARM),/usr/arm-linux-gnueabihf)
