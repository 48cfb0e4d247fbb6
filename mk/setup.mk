# mk/setup.mk: the Debian packages the build and the test suites need, in one list, and the
# step that installs the ones that are missing.
#
#   make setup                  install what is missing (apt-get; sudo when not root), saying what
#   make test                   does the same first, unless SKIP_SETUP=1
#   make print-debian-packages  the list, one package per line
#
# Not Debian packages, so not installed here: Rust (rustup, 1.85 or newer) and Swift 6 (found
# on PATH or in /opt/swift, see mk/config.mk). On a system without apt-get and dpkg-query the
# step only prints the list. The work is done by mk/setup.sh.
#
# To add a package: add it to the group it serves below, with its reason if the group does not
# say it already. .ci/run installs nothing itself: it runs `make test`, which reads this list.

DEBIAN_PACKAGES := \
	build-essential git file python3 \
	valgrind \
	openjdk-17-jdk-headless kotlin junit4 \
	cmake pkg-config \
	shellcheck \
	rustc-web cargo-web rust-web-src qemu-user \
	gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-arm-linux-gnueabihf libc6-dev-armhf-cross \
	gcc-arm-linux-gnueabi libc6-dev-armel-cross gcc-i686-linux-gnu libc6-dev-i386-cross \
	llvm lld-19 zip unzip \
	abigail-tools android-libnativehelper-dev \
	aapt android-framework-res \
	python3-pyelftools python3-macholib \
	python3-babel python3-polib python3-regex translate-toolkit gettext opencc libicu-dev \
	help2man groff-base time

# What each group is for:
# - build-essential (gcc, g++, make), git, file, python3: the build itself, the consumer
#   tests (SwiftPM by git URL), the dist checks' scripts;
# - valgrind: the C harness under memcheck, and callgrind for the peer benchmark;
# - openjdk-17-jdk-headless, kotlin, junit4: the Kotlin/JNI binding and the JVM consumers;
# - cmake, pkg-config: the C/C++ consumer tests of `make install`;
# - shellcheck: every shell script is linted;
# - rustc-web, cargo-web, rust-web-src: Debian's Rust with its library sources, to build
#   core for the Android, iOS and ARM targets; qemu-user and the cross compilers (aarch64,
#   armhf; armel and i686 standing in for Android's armeabi-v7a and x86 under glibc) run the
#   C harness on those architectures;
# - llvm (llvm-lipo, llvm-readelf, llvm-nm), lld-19 (ld64.lld links iOS and macOS test
#   programs against the XCFramework's archives), zip, unzip: the mobile artifacts;
# - abigail-tools: the C ABI baseline; android-libnativehelper-dev: Android's own jni.h;
# - aapt (aapt2) and android-framework-res (framework-res.apk): the Android string resources
#   are compiled and linked as an app would;
# - python3-pyelftools, python3-macholib: the ELF and Mach-O checks read the binaries;
# - python3-babel (CLDR), python3-polib, python3-regex, translate-toolkit (pofilter),
#   gettext (msgfmt), opencc (Simplified/Traditional Chinese), libicu-dev (ICU's locale
#   matching, measured against ours): the translations' checks;
# - help2man, groff-base: the command's man page, built and rendered by `make install`;
#   time (GNU time): the peak memory in `make bench-cli`.

.PHONY: setup print-debian-packages

print-debian-packages:
	@printf '%s\n' $(DEBIAN_PACKAGES)

setup:
	@mk/setup.sh $(DEBIAN_PACKAGES)

# `make test` sets up first. It runs here, while the makefiles are read, because the recipe of
# `test` only runs after all of its suites, and with -j no prerequisite is sure to come first;
# its messages go to standard error, and a failure stops make before any suite starts.
ifneq ($(filter test,$(MAKECMDGOALS)),)
ifeq ($(SKIP_SETUP),)
SETUP_STATUS := $(shell mk/setup.sh $(DEBIAN_PACKAGES) >&2; echo $$?)
ifneq ($(SETUP_STATUS),0)
$(error setup: could not install the Debian packages above (exit status $(SETUP_STATUS)); install them, or run with SKIP_SETUP=1)
endif
endif
endif
