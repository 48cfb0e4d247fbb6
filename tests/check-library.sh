#!/usr/bin/env bash
# Checks the host's release cdylib as a loader sees it, with the checker of every library in
# dist/ (tests/dist/check-elf.py, library mode): exactly the header's functions exported; only
# the memory functions of $ALLOWED_IMPORTS imported (no abort, so no panic path survived; no
# unwinder); only the C library needed; soname libkeyless_errors.so; DF_1_NODELETE; no text
# relocations; stripped, within $LIBRARY_SIZE_BUDGET bytes (mk/config.mk).
# Usage: tests/check-library.sh path/to/libkeyless_errors.so   (run by make: test-library)
set -euo pipefail
library=${1:?usage: $0 path/to/libkeyless_errors.so}
: "${PYTHON:?run this through make (mk/config.mk exports PYTHON and LIBRARY_SIZE_BUDGET)}"
exec "$PYTHON" "$(dirname "$0")/dist/check-elf.py" library "$library" --budget "${LIBRARY_SIZE_BUDGET:?}"
