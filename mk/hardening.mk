# mk/hardening.mk: the adversarial checks of the C ABI, kept in the repository so
# that they run in every `make test`:
#
#   make test-debug-build    the C harness against the debug (`cargo build`)
#                            and the debug-assertion builds, .so and .a; sizes
#                            above PTRDIFF_MAX against those and the release
#   make test-dlclose        10,000 dlopen/dlclose cycles, then every string
#                            handed out is read again
#   make test-header-matrix  the header, warning-free in 21 compiler/language
#                            configurations (tests/header/matrix.sh)
#   make test-tsan           32 threads call every function under ThreadSanitizer,
#                            and the library holds no writable data of its own
#   make check-abi           the C ABI against tests/abi/keyless_errors.abi
#   make abi-baseline        rewrite that baseline, on purpose
#   make fuzz-smoke          60 s of libFuzzer from the committed seed corpus
#   make fuzz FUZZ_SECONDS=N a longer fuzzing run, keeping its corpus in build/
#
# All but `abi-baseline` and `fuzz` run in `make test` (AREA_TESTS below).

HARDENING        := $(BUILD)/hardening
# The Swift toolchain's clang carries libFuzzer and the sanitizer runtimes.
HARDENING_CLANG  ?= $(firstword $(wildcard $(SWIFT_BIN)/clang) $(CLANG) clang)
# Link with the toolchain's own lld when it has one (gold warns about ASan's
# local symbols).
HARDENING_LD     := $(if $(wildcard $(dir $(HARDENING_CLANG))ld.lld),-fuse-ld=lld)
# The Swift toolchain's TSan runtime is built with libdispatch interceptors,
# so it needs libdispatch and the blocks runtime, which ship beside it.
SWIFT_LINUX_LIBS := $(abspath $(dir $(HARDENING_CLANG))../lib/swift/linux)
TSAN_RUNTIME_LIBS :=
ifneq ($(wildcard $(SWIFT_LINUX_LIBS)/libdispatch.so),)
TSAN_RUNTIME_LIBS := -L$(SWIFT_LINUX_LIBS) -Wl,-rpath,$(SWIFT_LINUX_LIBS) -ldispatch -lBlocksRuntime
endif
TSAN_ROUNDS      ?= 150000
DLCLOSE_CYCLES   ?= 10000

DEBUG_LIB_DIR    := target/debug
CHECKED_LIB_DIR  := target/release-debug-assertions

ABI_LIB          := target/abi/libkeyless_errors.so
ABI_BASELINE     := tests/abi/keyless_errors.abi

FUZZ_SECONDS     ?= 600
FUZZ_SMOKE_SECONDS := 60
# The fuzzer links the staticlib with debug assertions on, instrumented for
# libFuzzer's coverage (the flags cargo-fuzz uses), so that the Rust code's
# branches and comparisons guide the inputs. Its own target directory keeps
# these flags from invalidating the other builds.
FUZZ_TARGET_DIR  := target/fuzz
FUZZ_LIB         := $(FUZZ_TARGET_DIR)/release-debug-assertions/libkeyless_errors.a
FUZZ_RUSTFLAGS   := -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=3 \
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
	-Cllvm-args=-sanitizer-coverage-trace-compares
FUZZER           := $(HARDENING)/fuzz-abi
FUZZ_OPTIONS     := -print_final_stats=1 -max_len=64 -rss_limit_mb=2048 -artifact_prefix=$(HARDENING)/fuzz-

.PHONY: test-hardening test-debug-build test-dlclose test-header-matrix test-tsan \
	abi-library check-abi abi-baseline fuzz-library fuzz-build fuzz-smoke fuzz

AREA_TESTS += test-debug-build test-dlclose test-header-matrix test-tsan check-abi fuzz-smoke

test-hardening: test-debug-build test-dlclose test-header-matrix test-tsan check-abi fuzz-smoke

$(HARDENING):
	mkdir -p $@

# $(call link_and_run,<C program>,<directory of the libraries>,<output name>):
# build the program against the shared library (found through rpath) and
# against the static one, and run both.
define link_and_run
	$(CC) -std=c11 $(STRICT) -Iinclude $(1) -o $(HARDENING)/$(3)-shared -L$(2) -lkeyless_errors -Wl,-rpath,$(abspath $(2))
	$(HARDENING)/$(3)-shared
	$(CC) -std=c11 $(STRICT) -Iinclude $(1) $(2)/libkeyless_errors.a -o $(HARDENING)/$(3)-static
	$(HARDENING)/$(3)-static
endef

# A new user's first `cargo build` must give libraries that load and link, and
# no debug assertion may be reachable from C (e.g. a slice longer than
# isize::MAX for an oversized buffer).
test-debug-build: library | $(HARDENING)
	$(CARGO) build --locked
	$(CARGO) build --locked --profile release-debug-assertions
	$(call link_and_run,$(HARNESS),$(DEBUG_LIB_DIR),harness-debug)
	$(call link_and_run,$(HARNESS),$(CHECKED_LIB_DIR),harness-debug-assertions)
	$(call link_and_run,tests/c/oversize_format.c,$(DEBUG_LIB_DIR),oversize-debug)
	$(call link_and_run,tests/c/oversize_format.c,$(CHECKED_LIB_DIR),oversize-debug-assertions)
	$(call link_and_run,tests/c/oversize_format.c,$(RELEASE),oversize-release)

test-dlclose: library | $(HARDENING)
	$(CC) -std=c11 $(STRICT) tests/c/dlclose_strings.c -o $(HARDENING)/dlclose-strings -ldl
	$(HARDENING)/dlclose-strings $(abspath $(LIB_SO)) $(DLCLOSE_CYCLES)

test-header-matrix:
	CLANG=$(HARDENING_CLANG) tests/header/matrix.sh

# The stress test sees the C side and the memory functions the library calls;
# the symbol check proves the Rust side has no writable state to race on.
test-tsan: library abi-library | $(HARDENING)
	$(PYTHON) tests/dist/check-elf.py mutable-state $(ABI_LIB)
	$(HARDENING_CLANG) -std=c11 $(STRICT) -g -O1 -fsanitize=thread -Iinclude -Itests/c \
		tests/c/tsan_stress.c tests/c/contract.c -o $(HARDENING)/tsan-stress $(LINK_SO) $(TSAN_RUNTIME_LIBS) -lpthread
	TSAN_OPTIONS=halt_on_error=1 $(HARDENING)/tsan-stress $(TSAN_ROUNDS)

abi-library:
	$(CARGO) build --locked --profile abi

check-abi: abi-library
	$(PYTHON) tests/abi/check-abi.py check $(ABI_LIB) $(ABI_BASELINE)

abi-baseline: abi-library
	$(PYTHON) tests/abi/check-abi.py baseline $(ABI_LIB) $(ABI_BASELINE)

fuzz-library:
	CARGO_TARGET_DIR=$(FUZZ_TARGET_DIR) $(CARGO) rustc --locked --lib --profile release-debug-assertions \
		--crate-type staticlib -- $(FUZZ_RUSTFLAGS)

fuzz-build: fuzz-library | $(HARDENING)
	$(HARDENING_CLANG) $(HARDENING_LD) -std=c11 $(STRICT) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-Iinclude -Itests/c tests/fuzz/fuzz_abi.c tests/c/contract.c $(FUZZ_LIB) -o $(FUZZER)

# $(call run_fuzzer,<seconds>,<scratch corpus>): one process (one core);
# libFuzzer adds new inputs to the scratch corpus, and reads the committed
# seeds. Its progress goes to a log: the figures are printed on success, the
# end of the log (the crash report) on failure.
define run_fuzzer
	mkdir -p $(2)
	$(FUZZER) $(FUZZ_OPTIONS) -max_total_time=$(1) $(2) tests/fuzz/corpus >$(2).log 2>&1 \
		|| { tail -n 60 $(2).log; echo "FAIL: the fuzzer found a breach; reproduce with $(FUZZER) <crash file>"; exit 1; }
	@grep -E '^(Done|stat::(number_of_executed_units|average_exec_per_sec|new_units_added))' $(2).log
endef

# From the committed seeds only, so that every run starts the same way.
fuzz-smoke: fuzz-build
	rm -rf $(HARDENING)/fuzz-smoke-corpus
	$(call run_fuzzer,$(FUZZ_SMOKE_SECONDS),$(HARDENING)/fuzz-smoke-corpus)

fuzz: fuzz-build
	$(call run_fuzzer,$(FUZZ_SECONDS),$(HARDENING)/fuzz-corpus)
