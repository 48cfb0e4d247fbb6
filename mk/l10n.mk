# mk/l10n.mk: the translations' checks, their import, and the platform exports in dist/l10n/.
#
#   make check-l10n           every quality check of the PO sources and of the library's strings,
#                             plus the fallback oracle (also in `make test`)
#   make check-locale-oracle  the fallback oracle alone: keyless_error_locale against CLDR (Babel)
#   make test-l10n-checker    the checks' self-test: each fails on a deliberately broken copy
#   make l10n-import FILE=<returned .po>
#                             checks a translator's returned file and, only if it passes, writes
#                             it into l10n/<tag>.po in canonical form
#   make dist-l10n            dist/l10n/{android,apple,translators} from the library's answers
#   make test-dist-l10n       the exports read back: aapt2 for Android, Foundation for Apple
#
# The scripts are in scripts/l10n/ and run with Debian's Python ($(PYTHON), mk/config.mk), whose
# packages they need: python3-babel, python3-polib, python3-regex, translate-toolkit, opencc, aapt
# and android-framework-res.

L10N_SCRIPTS := scripts/l10n
L10N_DIST    := dist/l10n
# The library every l10n script reads through ctypes.
L10N_ENV     := KEYLESS_LIB=$(abspath $(LIB_SO))

.PHONY: check-l10n check-l10n-sources check-l10n-library check-locale-oracle test-l10n-checker \
	l10n-import dist-l10n test-dist-l10n

# Every part runs even when an earlier one fails, so one run reports every failure.
check-l10n: library
	@status=0; \
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/check_l10n.py --sources || status=1; \
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/check_l10n.py --library || status=1; \
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/locale_oracle.py || status=1; \
	exit $$status

check-l10n-sources: library
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/check_l10n.py --sources

check-l10n-library: library
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/check_l10n.py --library

check-locale-oracle: library
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/locale_oracle.py

test-l10n-checker: library
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/selftest.py

l10n-import: library
	@test -n "$(FILE)" || { echo "usage: make l10n-import FILE=<the translator's returned .po>" >&2; exit 2; }
	$(L10N_ENV) CARGO="$(CARGO)" $(PYTHON) $(L10N_SCRIPTS)/l10n_import.py "$(FILE)"

AREA_TESTS += check-l10n test-l10n-checker

# The exports are the library's own answers (ctypes), so they ship exactly what the library
# ships: l10n/*.po reach them only through build.rs.
dist-l10n: library
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/export.py --out $(L10N_DIST)

dist: dist-l10n

# aapt2 (compile, link against framework-res.apk, dump) and Foundation (a Swift program) read
# the exports back; each also proves it fails on a broken copy.
test-dist-l10n: dist-l10n
	@status=0; \
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/check_android.py --selftest --res $(L10N_DIST)/android/res || status=1; \
	$(L10N_ENV) $(PYTHON) $(L10N_SCRIPTS)/check_apple.py --selftest --apple $(L10N_DIST)/apple --build $(BUILD)/l10n || status=1; \
	exit $$status

AREA_TESTS += test-dist-l10n
