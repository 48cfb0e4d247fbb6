# mk/cli.mk: the `keyless-errors` command (cli/, package keyless-errors-cli).
#
#   make cli                 the release binary, target/cli/release/keyless-errors
#   make test-cli            its unit, golden, documentation, property and memory tests
#   make test-cli-install    `make install` (the command and its man page), `make uninstall`
#                            and `cargo install --path cli`, into temporary prefixes
#   make update-cli-golden   rewrite cli/tests/golden/ after an intended change of output
#                            (make regenerate does it too, for a change of the catalog)
#   make bench-cli           `annotate` against `grep -E -c` on a 1 GB synthetic log
#   make install             installs bin/keyless-errors and man1/keyless-errors.1 too
#   make regenerate          rewrites docs/error-codes.md (`export --format md`), the golden
#                            outputs and the README's Quick start output block too
#
# The command builds in its own target directory. It links the library with the `std`
# feature, and cargo names a cdylib without a hash, so in one target directory the command's
# build and `make library` would each rewrite target/<profile>/deps/libkeyless_errors.so: the
# library's own build stays correct (cargo rebuilds it), but is compiled again every time.
# The tests unwind (so the test harness and the binary link one build of the library, not two
# builds with one file name).

CLI_TARGET_DIR := target/cli
CLI_CARGO       = CARGO_TARGET_DIR=$(CLI_TARGET_DIR) CARGO_PROFILE_DEV_PANIC=unwind $(CARGO)
CLI_BIN        := $(CLI_TARGET_DIR)/release/keyless-errors
CLI_MAN        := $(BUILD)/cli/keyless-errors.1
CLI_SCRIPTS    := cli/bench/bench-cli.sh cli/man/make-man.sh cli/tests/install.sh mk/setup.sh .ci/run

# Where `make install` puts the command; PREFIX and DESTDIR are mk/install.mk's.
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man

.PHONY: cli test-cli test-cli-install update-cli-golden regenerate-cli bench-cli install-cli uninstall-cli lint-cli-scripts

cli:
	$(CLI_CARGO) build --release --locked -p keyless-errors-cli

AREA_TESTS += test-cli test-cli-install lint-cli-scripts

test-cli:
	$(CLI_CARGO) test --locked -p keyless-errors-cli

update-cli-golden:
	KEYLESS_UPDATE_GOLDEN=1 $(CLI_CARGO) test --locked -p keyless-errors-cli --test golden

# docs/error-codes.md is the output of `keyless-errors export --format md`; the golden
# outputs show the catalog too, so a catalog change rewrites them with the other derived files
# (review their diff like any other).
regenerate: regenerate-cli
regenerate-cli:
	KEYLESS_REGENERATE=1 $(CLI_CARGO) test --locked -p keyless-errors-cli --test generated_docs -- \
		error_code_reference_is_current readme_quick_start_shows_what_the_command_prints
	KEYLESS_UPDATE_GOLDEN=1 $(CLI_CARGO) test --locked -p keyless-errors-cli --test golden

$(CLI_MAN): cli
	mkdir -p $(dir $@)
	cli/man/make-man.sh $(CLI_BIN) $@

install: install-cli
install-cli: $(CLI_MAN)
	@case '$(PREFIX)' in /*) ;; *) echo 'install: PREFIX must be an absolute path' >&2; exit 1;; esac
	install -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(MANDIR)/man1'
	install -m 755 $(CLI_BIN) '$(DESTDIR)$(BINDIR)/keyless-errors'
	install -m 644 $(CLI_MAN) '$(DESTDIR)$(MANDIR)/man1/keyless-errors.1'

# Removes what install-cli wrote, then the directories it may have created, if empty.
uninstall: uninstall-cli
uninstall-cli:
	rm -f '$(DESTDIR)$(BINDIR)/keyless-errors' '$(DESTDIR)$(MANDIR)/man1/keyless-errors.1'
	for dir in '$(MANDIR)/man1' '$(MANDIR)' '$(PREFIX)/share' '$(BINDIR)'; do \
		if [ -d "$(DESTDIR)$$dir" ]; then rmdir --ignore-fail-on-non-empty "$(DESTDIR)$$dir"; fi; \
	done

test-cli-install: library cli
	@# Not $$(MAKE): make runs lines that name it even under -n, and this one installs.
	CARGO='$(CARGO)' CLI_TARGET_DIR='$(CLI_TARGET_DIR)' cli/tests/install.sh

bench-cli: cli
	$(CLI_CARGO) build --release --locked -p keyless-errors-cli --example synthetic_log
	@mkdir -p $(BUILD)/peers
	cli/bench/bench-cli.sh $(CLI_BIN) $(CLI_TARGET_DIR)/release/examples/synthetic_log $(BUILD)/bench-cli \
		| tee $(BUILD)/peers/bench-cli.md
	@echo "(kept in $(BUILD)/peers/bench-cli.md: the next make bench-peers puts it in BENCHMARKS.md)"

lint-cli-scripts:
ifneq ($(shell command -v shellcheck 2>/dev/null),)
	shellcheck $(CLI_SCRIPTS)
else
	@echo "note: shellcheck not found; the command's scripts were not linted"
endif
