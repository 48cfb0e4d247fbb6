# keyless-errors: one entry point for building, demonstrating and testing.
#
#   make demo        build the library and explain a few codes with the C demo
#   make test        every test suite (Rust, C harness, library checks, Swift, Kotlin)
#   make bench       nanoseconds per lookup, through the C ABI
#   make regenerate  rewrite the committed generated files (header, docs, tables,
#                    translators' files) and the API baselines

include mk/config.mk

CARGO     ?= cargo
CC        ?= cc
CXX       ?= c++
VALGRIND  ?= valgrind

RELEASE   := target/release
LIB_SO    := $(RELEASE)/libkeyless_errors.so
LIB_A     := $(RELEASE)/libkeyless_errors.a
BUILD     := build
STRICT    := -Wall -Wextra -Wpedantic -Werror
# Link the shared library the way a C consumer would, found at run time via rpath.
LINK_SO   := -L$(RELEASE) -lkeyless_errors -Wl,-rpath,$(abspath $(RELEASE))
HARNESS   := tests/c/harness.c tests/c/contract.c
DEMO_CODES ?= 30004 507 20005 40001 99999 -1

.PHONY: check-size check-locale-subset check-add-a-code
.PHONY: all demo library test test-rust test-exhaustive test-c test-library test-swift test-kotlin bench regenerate regenerate-files header clean

all: library

# Cargo decides whether anything changed; this target always asks it.
library:
	$(CARGO) build --release --locked

$(LIB_SO) $(LIB_A): library

$(BUILD):
	mkdir -p $(BUILD)

demo: library | $(BUILD)
	$(CC) -std=c99 $(STRICT) -O2 -Iinclude examples/explain.c -o $(BUILD)/explain $(LINK_SO)
	$(BUILD)/explain $(DEMO_CODES)
	$(BUILD)/explain

# Each area's own targets live in mk/<area>.mk (cross-building and dist,
# install, hardening, peer benchmarks); each appends its test targets to
# AREA_TESTS, which `make test` runs after the core suites.
AREA_TESTS :=
include $(sort $(filter-out mk/config.mk,$(wildcard mk/*.mk)))

test: test-rust test-exhaustive test-c test-library check-size check-locale-subset check-add-a-code test-swift test-kotlin $(AREA_TESTS)
	@echo "all test suites passed"

# Unit, spec and generated-file tests (fails when the header is stale).
test-rust:
	$(CARGO) test --locked

# All 2^32 codes; only meaningful (and fast enough) in release.
test-exhaustive:
	$(CARGO) test --release --locked --test exhaustive

test-c: library | $(BUILD)
	$(CC) -std=c99 $(STRICT) -Iinclude $(HARNESS) -o $(BUILD)/harness-c99 $(LINK_SO)
	$(CC) -std=c11 $(STRICT) -Iinclude $(HARNESS) -o $(BUILD)/harness-c11 $(LINK_SO)
	$(BUILD)/harness-c99
	$(BUILD)/harness-c11
	@# The staticlib, as iOS links it: no shared library involved.
	$(CC) -std=c11 $(STRICT) -Iinclude $(HARNESS) $(LIB_A) -o $(BUILD)/harness-static
	$(BUILD)/harness-static
ifneq ($(CLANG),)
	$(CLANG) -std=c99 $(STRICT) -Iinclude $(HARNESS) -o $(BUILD)/harness-clang-c99 $(LINK_SO)
	$(CLANG) -std=c11 $(STRICT) -Iinclude $(HARNESS) -o $(BUILD)/harness-clang-c11 $(LINK_SO)
	$(BUILD)/harness-clang-c99
	$(BUILD)/harness-clang-c11
else
	@echo "note: clang not found; the header was checked with gcc only"
endif
	$(CXX) -std=c++11 $(STRICT) -Iinclude tests/c/header_compiles.cpp -o $(BUILD)/header-cxx11 $(LINK_SO)
	$(BUILD)/header-cxx11
	$(CC) -std=c11 $(STRICT) -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
		-Iinclude $(HARNESS) -o $(BUILD)/harness-sanitized $(LINK_SO)
	$(BUILD)/harness-sanitized
	$(VALGRIND) --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all $(BUILD)/harness-c11

# Exports, imports (panic paths) and the size budget of the cdylib (the dist ELF checker).
test-library: library
	tests/check-library.sh $(LIB_SO)

# The library built with English only, beside the full one: the size budget
# (tests/library_size.rs) and the build-time language selection.
ENGLISH_ONLY_DIR := target/english-only
SUBSET_DIR       := target/locale-subset
check-size: library
	KEYLESS_ERRORS_LOCALES=en CARGO_TARGET_DIR=$(ENGLISH_ONLY_DIR) $(CARGO) build --release --locked --lib
	KEYLESS_SIZE_PAIRS="host=$(LIB_SO):$(ENGLISH_ONLY_DIR)/release/libkeyless_errors.so" \
		$(CARGO) test --locked --test library_size -- --nocapture

# KEYLESS_ERRORS_LOCALES=en,it,de gives a library with those languages only.
check-locale-subset: | $(BUILD)
	KEYLESS_ERRORS_LOCALES=en,it,de CARGO_TARGET_DIR=$(SUBSET_DIR) $(CARGO) build --release --locked --lib
	$(CC) -std=c99 $(STRICT) -Iinclude tests/c/locale_subset.c -o $(BUILD)/locale-subset \
		-L$(SUBSET_DIR)/release -lkeyless_errors -Wl,-rpath,$(abspath $(SUBSET_DIR)/release)
	$(BUILD)/locale-subset
	@echo "sizes: every language $$(stat -c %s $(LIB_SO)) B, en+it+de $$(stat -c %s $(SUBSET_DIR)/release/libkeyless_errors.so) B, English only $$(stat -c %s $(ENGLISH_ONLY_DIR)/release/libkeyless_errors.so 2>/dev/null || echo '?') B"

# Adding a code is one catalog edit, `make regenerate` and one spec row
# (tests/add-a-code.sh does it to a copy of the tree).
check-add-a-code:
	tests/add-a-code.sh

# The bindings own their build and test steps.
test-swift: library
	$(MAKE) -C bindings/swift test

test-kotlin: library
	$(MAKE) -C bindings/kotlin test

bench: library | $(BUILD)
	$(CC) -std=c11 -O2 -Iinclude benches/lookup.c -o $(BUILD)/bench-lookup $(LINK_SO)
	$(BUILD)/bench-lookup

# Every committed generated file, then every API baseline: the C ABI's
# (libabigail), the Swift module's and the Kotlin classes'. Other areas add
# their files to `regenerate` (mk/cli.mk). A baseline rewritten here shows in
# the diff like any generated file; review it before committing.
regenerate: regenerate-files
	$(MAKE) --no-print-directory abi-baseline
	$(MAKE) --no-print-directory -C bindings/swift api-baseline
	$(MAKE) --no-print-directory -C bindings/kotlin api-baseline

regenerate-files header:
	KEYLESS_REGENERATE=1 $(CARGO) test --locked --test generated_files

clean:
	rm -rf $(BUILD) dist
	$(MAKE) -C bindings/swift clean
	$(MAKE) -C bindings/kotlin clean
	$(CARGO) clean
