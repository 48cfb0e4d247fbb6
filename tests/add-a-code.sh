#!/usr/bin/env bash
# Adding a documented code takes one edit of the catalog, `make regenerate`,
# one row of the hand-written spec oracle, and nothing else. This test does
# exactly that to a copy of the tree, with a throwaway code, and runs the
# fast suites on it:
#
#   1. src/catalog.rs gains 29998 THROWAWAY_TEST_CODE;
#   2. make regenerate;
#   3. tests/catalog_facts.rs gains its spec row;
#   4. cargo test (every Rust suite, the generated-file drift checks among
#      them), the C harness, and the C peer's agreement and callgrind check
#      (the bindings' own suites take minutes and read everything from C).
#
# The new code has no translation yet: the localisation check must name it
# as missing in every language (and nothing else), while the library answers
# its English message in every language meanwhile.
#
# Usage: tests/add-a-code.sh   (run by `make check-add-a-code`)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/keyless-add-a-code.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The tree as it is (committed or not), without build outputs.
git -C "$root" ls-files -z --cached --others --exclude-standard |
    (cd "$root" && tar --null --files-from=- --ignore-failed-read -cf -) | tar -xf - -C "$work"
cd "$work"
export CARGO_TARGET_DIR="$work/target"

step() { printf '\n== %s\n' "$*"; }

step "1. one entry in src/catalog.rs"
entry='    29998 => {
        name: "THROWAWAY_TEST_CODE",
        title: "Throwaway test code",
        description: "A code that exists only in the test that adds a code to a copy of the tree.",
        advice: "Nothing to do: it is never shipped.",
        user_message: "This is a throwaway test message. Please try again.",
        action: FixIntegration,
        source: ErrorHandlingPage,
    }'
awk -v entry="$entry" '/^    30000 => \{$/ && !done { print entry; done = 1 } { print }' src/catalog.rs > src/catalog.rs.new
mv src/catalog.rs.new src/catalog.rs
grep -q THROWAWAY_TEST_CODE src/catalog.rs

step "2. make regenerate"
make --no-print-directory regenerate > regenerate.log 2>&1 || { tail -n 30 regenerate.log; exit 1; }

step "3. one row in the spec oracle tests/catalog_facts.rs"
row='        code(29998, C::Integration, "THROWAWAY_TEST_CODE", "Throwaway test code", A::FixIntegration, &["never shipped"]),'
awk -v row="$row" '/code\(30000, C::User/ && !done { print row; done = 1 } { print }' tests/catalog_facts.rs > tests/catalog_facts.rs.new
mv tests/catalog_facts.rs.new tests/catalog_facts.rs

step "4. the fast suites"
cargo test --locked > cargo-test.log 2>&1 || { grep -E 'FAILED|panicked' -A5 cargo-test.log | head -40; exit 1; }
echo "cargo test: $(grep -c '^test result: ok' cargo-test.log) suites passed"
make --no-print-directory test-c 2>&1 | grep -E 'passed, [0-9]+ failed' | sort -u
make --no-print-directory check-peers-c > peers.log 2>&1 || { grep -E 'FAIL|LOSES' peers.log | head -20; exit 1; }
grep -E '^ok: every C goal holds' peers.log

step "the new code is in every derived file, and nothing else needed an edit"
for derived in docs/error-codes.md tests/c/known_codes.inc benches/peers/peer_switch.c \
        l10n/keyless-errors.pot l10n/de.po; do
    grep -q 29998 "$derived" || { echo "FAIL: $derived does not mention 29998 after make regenerate"; exit 1; }
done

step "the localisation check names the untranslated code, and only it"
if make --no-print-directory check-l10n-sources > l10n.log 2>&1; then
    echo "FAIL: check-l10n-sources passed with an untranslated code"
    exit 1
fi
# A finding is one line per locale (and key): "l10n/<tag>.po <tag> ...".
missing=$(grep -E '^l10n/' l10n.log | grep -c '29998' || true)
others=$(grep -E '^l10n/' l10n.log | grep -vc '29998' || true)
echo "check-l10n-sources refused the tree: $missing lines name 29998, $others name anything else"
[ "$missing" -gt 0 ] && [ "$others" -eq 0 ] || { tail -n 30 l10n.log; exit 1; }

echo
echo "ok: a code was added with one catalog edit, make regenerate and one spec row; the fast suites pass"
