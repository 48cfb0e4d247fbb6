# Mobile and ARM builds: `make dist` cross-builds the library for Android, Apple platforms and
# Linux on ARM into dist/, without rustup targets or the NDK (scripts/cross/ says how), and
# writes dist/SHA256SUMS over every artifact. `make test-dist` (part of `make test`) checks every
# artifact, links the XCFramework into Apple executables, and runs the C harness and a sweep of
# the whole API on aarch64 and 32-bit ARM under qemu.
#
#   dist/android/jniLibs/<abi>/libkeyless_errors.so, libkeyless_errors_jni.so   (dist-android)
#   dist/linux/<rust-target>/libkeyless_errors.so, libkeyless_errors.a          (dist-linux)
#   dist/KeylessErrors.xcframework/, .zip, .zip.sha256                         (dist-apple)
#   dist/SHA256SUMS                                                             (dist)
#
#   make check-reproducible   dist/ built twice, from two clean clones at different paths,
#                             compared byte for byte (not in `make test`: see below)
#
# Other areas add to `dist` with more prerequisites (the Kotlin binding's jar and AAR:
# dist-kotlin). The sysroots (core + compiler_builtins per target) are built once into
# target/sysroot and reused; SYSROOT_JOBS (default 2) of them build at a time.

DIST       := dist
CROSS      := scripts/cross
DIST_BUILD := $(BUILD)/dist
SWEEP_STEP ?= 257
# Where the cross scripts build (mk/config.mk holds the facts they share; these are this area's).
CROSS_TARGET_DIR ?= target/cross
CROSS_SYSROOT    ?= target/sysroot
export CROSS_TARGET_DIR CROSS_SYSROOT

.PHONY: dist dist-android dist-linux dist-apple test-dist lint-dist check-elf-checker test-dist-android \
	test-dist-apple test-dist-linux test-dist-arm check-apple-link check-reproducible

# Every artifact first (other areas add theirs as prerequisites), then their checksums.
dist: dist-android dist-linux dist-apple
	cd $(DIST) && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum >SHA256SUMS
	@echo "dist: $$(wc -l <$(DIST)/SHA256SUMS) artifacts, checksums in $(DIST)/SHA256SUMS"

dist-android:
	$(CROSS)/dist-android.sh $(DIST)/android/jniLibs

dist-linux: library
	$(CROSS)/dist-linux.sh $(DIST)/linux

dist-apple:
	$(CROSS)/dist-apple.sh $(DIST)

AREA_TESTS += test-dist
test-dist: lint-dist check-elf-checker test-dist-android test-dist-apple test-dist-linux check-size-targets

# The scripts of this area, with their sourced helper followed (-x), and its Python.
DIST_PYTHON := $(CROSS)/xcframework.py $(wildcard tests/dist/*.py tests/abi/*.py)
lint-dist:
ifneq ($(shell command -v shellcheck 2>/dev/null),)
	shellcheck -x $(CROSS)/*.sh tests/dist/*.sh tests/check-library.sh tests/header/*.sh tests/consumers/run-c-cmake.sh
else
	@echo "note: shellcheck not found; $(CROSS)/*.sh and tests/dist/*.sh not linted"
endif
	$(PYTHON) -c 'import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]' $(DIST_PYTHON)

# The ELF checker must catch what it guards against: a library built to break every rule fails
# every check.
check-elf-checker: library | $(DIST_BUILD)
	$(PYTHON) tests/dist/test-check-elf.py $(DIST_BUILD)/elf-checker

$(DIST_BUILD):
	mkdir -p $@

test-dist-android: dist-android | $(DIST_BUILD)
	$(PYTHON) tests/dist/check-elf.py android $(DIST)/android/jniLibs
	for abi in $(ANDROID_ABIS); do \
		HARNESS="$(HARNESS)" tests/dist/run-android-harness.sh $$abi $(DIST)/android/jniLibs $(DIST_BUILD)/android-$$abi || exit 1; \
	done

test-dist-apple: dist-apple check-apple-link
	$(PYTHON) tests/dist/check-xcframework.py $(DIST)

# Every slice and architecture of the XCFramework linked into an executable by a Mach-O linker.
check-apple-link: dist-apple | $(DIST_BUILD)
	$(PYTHON) tests/dist/link-apple.py $(DIST)/KeylessErrors.xcframework $(DIST_BUILD)/apple-link

test-dist-linux: dist-linux $(addprefix test-dist-arm-,$(LINUX_ARM_TARGETS))
	$(PYTHON) tests/dist/check-elf.py linux $(DIST)/linux

# The C harness (shared and static library) and the API sweep, cross-compiled with the target's
# Debian cross gcc and run under qemu-user with its C library.
test-dist-arm-%: dist-linux
	@mkdir -p $(DIST_BUILD)/$*
	$(GNU_TRIPLE_$*)-gcc -std=c99 $(STRICT) -O2 -Iinclude $(HARNESS) -o $(DIST_BUILD)/$*/harness-shared \
		-L$(DIST)/linux/$* -lkeyless_errors
	$(GNU_TRIPLE_$*)-gcc -std=c99 $(STRICT) -O2 -Iinclude $(HARNESS) $(DIST)/linux/$*/libkeyless_errors.a \
		-o $(DIST_BUILD)/$*/harness-static
	$(GNU_TRIPLE_$*)-gcc -std=c99 $(STRICT) -O2 -Iinclude -Itests/c tests/dist/sweep.c tests/c/contract.c \
		$(DIST)/linux/$*/libkeyless_errors.a -o $(DIST_BUILD)/$*/sweep
	QEMU_LD_PREFIX=/usr/$(GNU_TRIPLE_$*) LD_LIBRARY_PATH=$(DIST)/linux/$* \
		qemu-$(firstword $(subst -, ,$(GNU_TRIPLE_$*))) $(DIST_BUILD)/$*/harness-shared
	QEMU_LD_PREFIX=/usr/$(GNU_TRIPLE_$*) qemu-$(firstword $(subst -, ,$(GNU_TRIPLE_$*))) $(DIST_BUILD)/$*/harness-static
	QEMU_LD_PREFIX=/usr/$(GNU_TRIPLE_$*) qemu-$(firstword $(subst -, ,$(GNU_TRIPLE_$*))) $(DIST_BUILD)/$*/sweep $(SWEEP_STEP)

# Two clean clones of HEAD at paths of different lengths, `make dist` in each (sharing only the
# sysroots, which are Debian's Rust library sources compiled, not artifacts), then every file of
# both dist/ compared byte for byte. Takes about as long as two `make dist`; not in `make test`.
# REPRODUCIBLE_DIR (default build/reproducible) keeps the two trees for inspection.
REPRODUCIBLE_DIR ?= $(BUILD)/reproducible
check-reproducible:
	tests/dist/check-reproducible.sh $(REPRODUCIBLE_DIR) $(abspath $(CROSS_SYSROOT))

# The size budget of tests/library_size.rs on every ELF target: each library
# of dist/ against the same target built with English only.
ENGLISH_ONLY_CROSS_DIR := target/cross-english-only
ELF_DIST_LIBRARIES := $(foreach abi,$(ANDROID_ABIS),$(abi)=$(DIST)/android/jniLibs/$(abi)/libkeyless_errors.so:$(ENGLISH_ONLY_CROSS_DIR)/$(RUST_TARGET_$(abi))/release/libkeyless_errors.so) \
	$(foreach target,$(LINUX_ARM_TARGETS),$(target)=$(DIST)/linux/$(target)/libkeyless_errors.so:$(ENGLISH_ONLY_CROSS_DIR)/$(target)/release/libkeyless_errors.so)
.PHONY: check-size-targets
check-size-targets: dist-android dist-linux
	for target in $(ANDROID_RUST_TARGETS) $(LINUX_ARM_TARGETS); do \
		KEYLESS_ERRORS_LOCALES=en CROSS_TARGET_DIR=$(ENGLISH_ONLY_CROSS_DIR) $(CROSS)/build-library.sh $$target || exit 1; \
	done
	KEYLESS_SIZE_PAIRS="$(ELF_DIST_LIBRARIES)" $(CARGO) test --locked --test library_size -- --nocapture
