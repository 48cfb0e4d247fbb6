#!/usr/bin/env bash
# Compiles tests/header/consumer.c, which uses all of include/keyless_errors.h,
# in every configuration listed below, each with -Werror: the header must be
# warning-free everywhere. Prints one line per configuration and a count;
# exits non-zero if any configuration warns.
#
# Usage: tests/header/matrix.sh   (run by make: test-header-matrix)
# Compilers: $CLANG (mk/config.mk's: the Swift toolchain's clang, the one
# Xcode-like builds use; make passes it), $GCC, $GXX.
#
# Warnings turned off, and why (each is about compatibility with a language
# the configuration is not compiling):
#   -Wno-c++98-compat, -Wno-c++98-compat-pedantic (C++ and Objective-C++):
#       the header needs C++11 (enums with a fixed underlying type, trailing
#       commas in enumerator lists); these flag any C++11 feature as such.
#   -Wno-pre-c23-compat (C23): flags the C23 features that the header uses
#       only when compiled as C23 (fixed enum type, bool keyword).
# Not in the list: C89/C90. The header needs C99 (<stdint.h>, <stdbool.h>,
# `//` comments after #endif, trailing enumerator commas).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLANG=${CLANG:?run this through make (mk/config.mk exports CLANG)}
GCC=${GCC:-gcc}
GXX=${GXX:-g++}

clang_cxx="-Weverything -Wno-c++98-compat -Wno-c++98-compat-pedantic"
gcc_c="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wredundant-decls"
gcc_cxx="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wold-style-cast -Wuseless-cast -Wzero-as-null-pointer-constant -Wredundant-decls"

# name | compiler | language | flags
configurations=$(cat <<LIST
clang C99 -Weverything           | $CLANG | c             | -std=c99 -Weverything
clang C11 -Weverything           | $CLANG | c             | -std=c11 -Weverything
clang C17 -Weverything           | $CLANG | c             | -std=c17 -Weverything
clang C23 -Weverything           | $CLANG | c             | -std=c23 -Weverything -Wno-pre-c23-compat
clang C11 -Wdocumentation        | $CLANG | c             | -std=c11 -Wdocumentation -Wdocumentation-pedantic
Objective-C -Wdocumentation      | $CLANG | objective-c   | -Wdocumentation -Wdocumentation-pedantic
Objective-C -Weverything         | $CLANG | objective-c   | -Weverything
Objective-C++17 -Weverything     | $CLANG | objective-c++ | -std=c++17 $clang_cxx
clang C++11 -Weverything         | $CLANG | c++           | -std=c++11 $clang_cxx
clang C++14 -Weverything         | $CLANG | c++           | -std=c++14 $clang_cxx
clang C++17 -Weverything         | $CLANG | c++           | -std=c++17 $clang_cxx
clang C++20 -Weverything         | $CLANG | c++           | -std=c++20 $clang_cxx
gcc C11 -Wc++-compat             | $GCC   | c             | -std=c11 -Wall -Wextra -Wc++-compat
gcc C99 -Wpedantic               | $GCC   | c             | -std=c99 $gcc_c
gcc C11 -Wpedantic               | $GCC   | c             | -std=c11 $gcc_c
gcc C17 -Wpedantic               | $GCC   | c             | -std=c17 $gcc_c
gcc C2x -Wpedantic               | $GCC   | c             | -std=c2x $gcc_c
g++ C++11 -Wpedantic             | $GXX   | c++           | -std=c++11 $gcc_cxx
g++ C++14 -Wpedantic             | $GXX   | c++           | -std=c++14 $gcc_cxx
g++ C++17 -Wpedantic             | $GXX   | c++           | -std=c++17 $gcc_cxx
g++ C++20 -Wpedantic             | $GXX   | c++           | -std=c++20 $gcc_cxx
LIST
)

total=0
failures=0
while IFS='|' read -r name compiler language flags; do
    name=$(xargs <<<"$name"); compiler=$(xargs <<<"$compiler"); language=$(xargs <<<"$language")
    total=$((total + 1))
    # shellcheck disable=SC2086 # $flags is a list of options
    if output=$("$compiler" -x "$language" $flags -Werror -Iinclude -fsyntax-only tests/header/consumer.c 2>&1); then
        echo "ok   $name"
    else
        failures=$((failures + 1))
        echo "FAIL $name ($compiler -x $language$flags)"
        grep -E 'error|warning' <<<"$output" | head -n 4 | sed 's/^/       /'
    fi
done <<<"$configurations"
echo "header matrix: $((total - failures)) of $total configurations warning-free"
exit $((failures > 0))
