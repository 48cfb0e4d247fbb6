# mk/install.mk: `make install` and `make uninstall` for C and C++ consumers
# (pkg-config and CMake), and `make test-install`, which builds the consumer
# projects under tests/consumers/ against a fresh install. Linux only: it
# installs the ELF shared library cargo builds there.
#
#   make install PREFIX=$HOME/.local       (default PREFIX=/usr/local; DESTDIR honoured)
#   make uninstall PREFIX=$HOME/.local     (the same variables as install)
#
# Installed, all under $(DESTDIR):
#   $(LIBDIR)/libkeyless_errors.so    the shared library; its file name is its soname
#   $(LIBDIR)/libkeyless_errors.a     the static library
#   $(INCLUDEDIR)/keyless_errors.h
#   $(LIBDIR)/pkgconfig/keyless-errors.pc
#   $(LIBDIR)/cmake/keyless-errors/keyless-errorsConfig.cmake, keyless-errorsConfigVersion.cmake
#
# Why no libkeyless_errors.so.<version> with links: build.rs gives the library the
# soname `libkeyless_errors.so` (Android's loader and APK packaging only know
# lib*.so names), and the soname is the name the loader looks up at run time.
# A versioned file would therefore need the unversioned link at run time too,
# and two versions still could not sit side by side, since both would claim
# the same soname. One file, named as its soname, is the honest layout; the
# test checks that the two names agree.

PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DESTDIR    ?=

# What a find_package() request must match: major.minor before 1.0, major after
# (KEYLESS_VERSION and KEYLESS_VERSION_MAJOR_MINOR come from mk/config.mk).
VERSION_SERIES = $(if $(filter 0,$(word 1,$(subst ., ,$(KEYLESS_VERSION)))),$(KEYLESS_VERSION_MAJOR_MINOR),$(word 1,$(subst ., ,$(KEYLESS_VERSION))))

# The .pc file names its directories relative to ${prefix} where it can, so
# `pkg-config --define-prefix` can relocate it; CMake finds the header
# relative to the config file's directory.
PC_LIBDIR     = $(patsubst $(PREFIX)/%,$${prefix}/%,$(LIBDIR))
PC_INCLUDEDIR = $(patsubst $(PREFIX)/%,$${prefix}/%,$(INCLUDEDIR))
INCLUDEDIR_FROM_LIBDIR = $(shell realpath -ms --relative-to='$(LIBDIR)' '$(INCLUDEDIR)')
CMAKE_PACKAGE_DIR = $(LIBDIR)/cmake/keyless-errors

# Every file install writes; uninstall removes exactly these.
INSTALLED_FILES = \
	$(LIBDIR)/libkeyless_errors.so \
	$(LIBDIR)/libkeyless_errors.a \
	$(INCLUDEDIR)/keyless_errors.h \
	$(LIBDIR)/pkgconfig/keyless-errors.pc \
	$(CMAKE_PACKAGE_DIR)/keyless-errorsConfig.cmake \
	$(CMAKE_PACKAGE_DIR)/keyless-errorsConfigVersion.cmake

# Fills @NAME@ in a packaging/ template; the values contain slashes, hence `|`.
fill_template = sed -e 's|@VERSION@|$(KEYLESS_VERSION)|g' \
	-e 's|@VERSION_SERIES@|$(VERSION_SERIES)|g' \
	-e 's|@PREFIX@|$(PREFIX)|g' \
	-e 's|@LIBDIR@|$(PC_LIBDIR)|g' \
	-e 's|@INCLUDEDIR@|$(PC_INCLUDEDIR)|g' \
	-e 's|@INCLUDEDIR_FROM_LIBDIR@|$(INCLUDEDIR_FROM_LIBDIR)|g' \
	-e "s|@POINTER_BYTES@|$$pointer_bytes|g" \
	-e "s|@POINTER_BITS@|$$((pointer_bytes * 8))|g"

.PHONY: install uninstall test-install

# `install` (unlike cp) replaces files by unlinking them first, so programs
# running from the old library keep working while it is reinstalled.
install: library
	@test -n '$(KEYLESS_VERSION)' || { echo 'install: no version found in Cargo.toml' >&2; exit 1; }
	@case '$(PREFIX)' in /*) ;; *) echo 'install: PREFIX must be an absolute path' >&2; exit 1;; esac
	@[ "$$(uname -s)" = Linux ] || { echo 'install: Linux only; Apple platforms use the XCFramework' >&2; exit 1; }
	install -d '$(DESTDIR)$(LIBDIR)/pkgconfig' '$(DESTDIR)$(CMAKE_PACKAGE_DIR)' '$(DESTDIR)$(INCLUDEDIR)'
	install -m 755 $(LIB_SO) '$(DESTDIR)$(LIBDIR)/libkeyless_errors.so'
	install -m 644 $(LIB_A) '$(DESTDIR)$(LIBDIR)/libkeyless_errors.a'
	install -m 644 include/keyless_errors.h '$(DESTDIR)$(INCLUDEDIR)/keyless_errors.h'
	@# The pointer width recorded for CMake is the built library's: its ELF class byte (1 = 32-bit, 2 = 64-bit).
	pointer_bytes=$$(( $$(od -An -j4 -N1 -tu1 $(LIB_SO)) * 4 )) && \
	$(fill_template) packaging/keyless-errors.pc.in > '$(DESTDIR)$(LIBDIR)/pkgconfig/keyless-errors.pc' && \
	$(fill_template) packaging/keyless-errorsConfig.cmake.in > '$(DESTDIR)$(CMAKE_PACKAGE_DIR)/keyless-errorsConfig.cmake' && \
	$(fill_template) packaging/keyless-errorsConfigVersion.cmake.in > '$(DESTDIR)$(CMAKE_PACKAGE_DIR)/keyless-errorsConfigVersion.cmake'
	chmod 644 '$(DESTDIR)$(LIBDIR)/pkgconfig/keyless-errors.pc' '$(DESTDIR)$(CMAKE_PACKAGE_DIR)'/keyless-errorsConfig*.cmake

# Removes the installed files, then the directories install may have created,
# each only if nothing else is left in it. $(PREFIX) itself stays.
uninstall:
	rm -f $(foreach file,$(INSTALLED_FILES),'$(DESTDIR)$(file)')
	for dir in '$(CMAKE_PACKAGE_DIR)' '$(LIBDIR)/cmake' '$(LIBDIR)/pkgconfig' '$(LIBDIR)' '$(INCLUDEDIR)'; do \
		if [ -d "$(DESTDIR)$$dir" ]; then rmdir --ignore-fail-on-non-empty "$(DESTDIR)$$dir"; fi; \
	done

# Installs into temporary prefixes and builds the C, C++ and CMake consumers
# from clean copies, with only the commands the README shows.
AREA_TESTS += test-install
test-install: library
	tests/consumers/run-c-cmake.sh
