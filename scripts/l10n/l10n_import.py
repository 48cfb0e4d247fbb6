#!/usr/bin/python3
"""Takes a translator's returned PO file into l10n/<tag>.po, only if it passes.

    l10n_import.py FILE        (make l10n-import FILE=...)

1. The tag: the file's `Language:` header (`pt_BR` or `pt-BR`), else its
   file name (`pt-BR.po`); it must be a tag of l10n/LINGUAS other than en.
2. Every check of the PO sources (check_l10n.py) runs on the file as it is,
   against the catalog's current English. On any failure the reasons are
   printed and nothing in the tree changes.
3. The file is written to l10n/<tag>.po and brought to canonical form by
   the generator that owns the layout (tests/codegen/l10n.rs, through
   `cargo test --test generated_files translation_files_are_current` with
   KEYLESS_REGENERATE=1): translators' tools re-wrap lines, reorder fields
   and add volatile headers, and the canonical form drops all that. That
   test rewrites every PO file; any other file it changed (one that was not
   canonical, perhaps being edited) is put back byte for byte and named.
4. The canonical file is checked again; if that fails, or the generator
   refuses the file, the previous l10n/<tag>.po is put back.
"""

import os
import re
import subprocess
import sys

import check_l10n
from l10n_common import (DEFAULT_LIBRARY, L10N_DIR, POT_PATH, REPO_ROOT, SOURCE_LOCALE, Library, po_path,
                         read_linguas, require_python_modules)

REGENERATE_TEST = ["--test", "generated_files", "translation_files_are_current"]


def fail(message):
    print(f"l10n-import: refused: {message}", file=sys.stderr)
    sys.exit(1)


def tag_of(path, data, linguas):
    """The locale of a returned file, from its Language header or its name."""
    by_folded = {tag.casefold(): tag for tag in linguas}
    header = None
    match = re.search(rb'^"Language:\s*([^\\"]*)\\n"', data, re.MULTILINE)
    if match:
        header = match.group(1).decode("ascii", "replace").strip().replace("_", "-")
    stem = os.path.basename(path).rsplit(".", 1)[0]
    from_header = by_folded.get(header.casefold()) if header else None
    from_name = by_folded.get(stem.casefold())
    if header and not from_header:
        fail(f"its Language header {header!r} is not a language of l10n/LINGUAS")
    if from_header and from_name and from_header != from_name:
        fail(f"its Language header says {from_header} but its name says {from_name}")
    tag = from_header or from_name
    if not tag:
        fail(f"it has no Language header and its name {os.path.basename(path)!r} is not <tag>.po")
    if tag == SOURCE_LOCALE:
        fail("en is the catalog's own English (src/catalog.rs), not a PO file")
    return tag


def snapshot(paths):
    state = {}
    for path in paths:
        try:
            with open(path, "rb") as handle:
                state[path] = handle.read()
        except FileNotFoundError:
            state[path] = None
    return state


def restore(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as handle:
        handle.write(data)


def cargo(arguments, environment=None):
    command = [os.environ.get("CARGO", "cargo"), "test", "--locked"] + arguments
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True,
                          env=dict(os.environ, **(environment or {})))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    require_python_modules()
    returned = argv[0]
    try:
        with open(returned, "rb") as handle:
            data = handle.read()
    except OSError as error:
        fail(f"cannot read {returned}: {error.strerror}")
    linguas = read_linguas()
    tag = tag_of(returned, data, linguas)
    target = po_path(tag, L10N_DIR)
    library = Library(os.environ.get("KEYLESS_LIB", DEFAULT_LIBRARY))
    reference = check_l10n.reference_messages(library)

    findings = check_l10n.Findings()
    check_l10n.check_po_file(returned, tag, reference, findings)
    if findings:
        findings.print()
        fail(f"{len(findings)} failures in {returned}; l10n/{tag}.po is unchanged")

    # Build first, so that the rewrite below takes a moment, not a compile.
    built = cargo(["--no-run"] + REGENERATE_TEST[:2])
    if built.returncode != 0:
        fail(f"the generator does not build:\n{built.stderr[-3000:]}")

    others = [po_path(other, L10N_DIR) for other in linguas if other not in (SOURCE_LOCALE, tag)] + [POT_PATH]
    before_others = snapshot(others)
    before_target = snapshot([target])[target]
    text = data.decode("utf-8").lstrip("\ufeff").replace("\r\n", "\n")
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    result = cargo(REGENERATE_TEST, {"KEYLESS_REGENERATE": "1"})

    touched = [path for path, old in before_others.items() if snapshot([path])[path] != old]
    for path in touched:
        restore(path, before_others[path])
    if touched:
        names = ", ".join(os.path.relpath(path, REPO_ROOT) for path in touched)
        print(f"l10n-import: note: not in canonical form (being edited, or stale), so left as found: {names}; "
              "`make regenerate` rewrites them", file=sys.stderr)
    if result.returncode != 0:
        restore(target, before_target)
        fail(f"the generator refused the file (l10n/{tag}.po is unchanged):\n{(result.stdout + result.stderr)[-3000:]}")

    findings = check_l10n.Findings()
    check_l10n.check_po_file(target, tag, reference, findings)
    if findings:
        findings.print()
        restore(target, before_target)
        fail(f"the canonical form of the file fails the checks; l10n/{tag}.po is unchanged")

    after = snapshot([target])[target]
    if after == before_target:
        print(f"l10n-import: {returned} is the same as l10n/{tag}.po: nothing to do")
    else:
        changed = count_changed(before_target, after)
        print(f"l10n-import: {returned} passed every check; written to l10n/{tag}.po in canonical form "
              f"({changed} translations changed). Review `git diff l10n/{tag}.po` and commit it.")
    return 0


def count_changed(old, new):
    def translations(data):
        if data is None:
            return {}
        text = data.decode("utf-8")
        return dict(re.findall(r'^msgctxt "(.*)"\nmsgid .*\nmsgstr "(.*)"$', text, re.MULTILINE))

    before, after = translations(old), translations(new)
    return sum(1 for key in set(before) | set(after) if before.get(key) != after.get(key))


if __name__ == "__main__":
    sys.exit(main())
