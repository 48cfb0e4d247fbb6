#!/usr/bin/python3
"""Checks the translated end-user messages: the PO sources and what the
library ships.

    check_l10n.py [--sources] [--library] [--lib PATH]
    check_l10n.py --po FILE --tag TAG        (one file, e.g. a translator's returned file)

--sources checks l10n/<tag>.po for every tag of l10n/LINGUAS but en;
--library checks every string the library answers, for every code and every
locale it lists (what ships: the PO files reach it only through build.rs).
Both by default. The catalog's current English comes from the library too
(keyless_error_user_message), so a PO entry translated from an older English
is reported as stale.

Prints one line per failure, `<where> <locale> <key>: [<check>] <reason>`,
and exits 1 when there is any.
"""

import argparse
import os
import sys
from collections import defaultdict

import checks
from l10n_common import (L10N_DIR, REPO_ROOT, SOURCE_LOCALE, DEFAULT_LIBRARY, Library,
                         Message, po_path, read_linguas, read_po, require_python_modules, unquoted_comment_lines)


class Findings:
    def __init__(self):
        self.items = []  # (where, locale, key, check, reason)

    def add(self, where, locale, key, check, reason):
        self.items.append((where, locale, key, check, reason))

    def print(self, stream=sys.stdout):
        # Empty entries are the one failure that comes by the dozen while a
        # file is being translated: one line per file, naming every key.
        empty = defaultdict(list)
        for where, locale, key, check, reason in self.items:
            if check == "completeness" and reason.startswith("empty"):
                empty[(where.split(":")[0], locale)].append(key)
            else:
                print(f"{where} {locale} {key}: [{check}] {reason}", file=stream)
        for (where, locale), keys in empty.items():
            print(f"{where} {locale} {len(keys)} keys: [completeness] empty, no translation yet: {', '.join(keys)}",
                  file=stream)

    def __len__(self):
        return len(self.items)


def relative(path):
    absolute = os.path.abspath(path)
    return os.path.relpath(absolute, REPO_ROOT) if absolute.startswith(REPO_ROOT + os.sep) else path


def reference_messages(library):
    """[(key, english)] of the catalog, in the library's order."""
    return [(key, library.english(code)) for key, code in library.keys_and_codes()]


class CheckedFile:
    """What a PO file's check learned, for the library check to reuse."""

    def __init__(self):
        self.glossary = {}
        self.comments = {}      # key -> translator comment lines
        self.translations = {}  # key -> usable translation (not fuzzy, not stale)


def check_po_file(path, tag, reference, findings):
    """Every source rule over one PO file; returns what the library check reuses."""
    where = relative(path)
    result = CheckedFile()
    source = read_po(path)
    for check, key, reason in source.problems:
        findings.add(where, tag, key, check, reason)
    if not source.text or any(check == "completeness" and key == "-" for check, key, _ in source.problems):
        return result

    facts, problems = checks.parse_header(tag, source.header_comments)
    result.glossary = facts["glossary"]
    for problem in problems:
        findings.add(where, tag, "header", "header", problem)
    language = source.header.get("Language", "")
    if language.replace("_", "-") != tag:
        findings.add(where, tag, "header", "header",
                     f"the Language header is {language!r}; this file is {tag} ({tag.replace('-', '_')!r})")
    charset = source.header.get("Content-Type", "")
    if "charset=utf-8" not in charset.lower().replace(" ", ""):
        findings.add(where, tag, "header", "encoding", f"Content-Type must declare charset=UTF-8, found {charset!r}")

    english_of = dict(reference)
    seen = {}
    messages = []
    for entry in source.entries:
        at = f"{where}:{entry.linenum}"
        key = entry.msgctxt
        if key is None:
            findings.add(at, tag, repr(entry.msgid[:30]), "completeness", "an entry without msgctxt: every message is keyed by its code")
            continue
        if entry.msgid_plural:
            findings.add(at, tag, key, "completeness", "a plural entry: these messages have no plural forms")
            continue
        if key in seen:
            findings.add(at, tag, key, "completeness", f"duplicate key (also at line {seen[key]})")
            continue
        seen[key] = entry.linenum
        if key not in english_of:
            findings.add(at, tag, key, "completeness", "not a key of the catalog: remove the entry")
            continue
        english = english_of[key]
        comments = unquoted_comment_lines(entry.tcomment)
        result.comments[key] = comments
        usable = True
        if "fuzzy" in entry.flags:
            findings.add(at, tag, key, "completeness", "marked fuzzy: review the translation and remove the flag")
            usable = False
        if entry.msgid != english:
            findings.add(at, tag, key, "stale",
                         f"translated from an older English {entry.msgid!r}; the English is now {english!r}")
            usable = False
        if not usable:
            continue
        result.translations[key] = entry.msgstr
        messages.append(Message(key=key, english=english, translation=entry.msgstr,
                                translator_comments=comments, line=entry.linenum))
    for key, _ in reference:
        if key not in seen:
            findings.add(where, tag, key, "completeness", "missing: the file has no entry for this key")

    line_of = {message.key: message.line for message in messages}
    for key, check, reason in checks.check_locale_messages(tag, messages, result.glossary):
        findings.add(f"{where}:{line_of[key]}" if key in line_of else where, tag, key, check, reason)
    return result


def expected_library_locales(linguas):
    """The locales a library must carry: all of LINGUAS, or the selection of
    KEYLESS_ERRORS_LOCALES when the build was given one (en always)."""
    selection = os.environ.get("KEYLESS_ERRORS_LOCALES", "").strip()
    if not selection:
        return list(linguas)
    wanted = {tag.strip() for tag in selection.split(",") if tag.strip()}
    return [tag for tag in linguas if tag == SOURCE_LOCALE or tag in wanted]


# Undocumented codes the library check tries in every locale: the ends of
# int32_t and both sides of every bound of the category ranges.
UNDOCUMENTED_PROBES = [-(2**31), -1, 1, 19_999, 20_000, 29_999, 30_000, 39_999, 40_000, 49_999, 50_000, 99_999,
                       2**31 - 1]


def decode(raw):
    """(text, problem) of a string the library returned."""
    if raw is None:
        return "", "the library returned NULL"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return "", f"not UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}"


def check_library(library, linguas, files, findings):
    where = f"library({relative(library.path)})"
    listed = library.tagged_locales()
    tags = [tag for tag, _ in listed]
    expected = expected_library_locales(linguas)
    if tags != expected:
        missing = [tag for tag in expected if tag not in tags]
        extra = [tag for tag in tags if tag not in expected]
        findings.add(where, "*", "locales", "library",
                     f"keyless_error_locales lists {len(tags)} locales, l10n/LINGUAS wants {len(expected)}"
                     + (f"; missing {', '.join(missing)}" if missing else "")
                     + (f"; not in LINGUAS {', '.join(extra)}" if extra else "")
                     + ("; order differs" if not missing and not extra else ""))
    for tag, number in listed:
        if number >= len(linguas) or linguas[number] != tag:
            findings.add(where, tag, "locales", "library",
                         f"locale number {number} is {tag}, but line {number} of l10n/LINGUAS is "
                         f"{linguas[number] if number < len(linguas) else 'missing'}")
    pairs = library.keys_and_codes()
    # Values that are not a carried locale answer English.
    for bogus in (len(linguas), 0x7FFFFFFF, 0xFFFFFFFF):
        if library.tag(bogus) != SOURCE_LOCALE:
            findings.add(where, str(bogus), "locale_tag", "library", f"an unsupported locale's tag is {library.tag(bogus)!r}, not en")
        for key, code in pairs[:3] + pairs[-1:]:
            text, _ = decode(library.localized(code, bogus))
            if text != library.english(code):
                findings.add(where, str(bogus), key, "library", "an unsupported locale does not answer the English")

    for tag, number in listed:
        messages = []
        source = files.get(tag)
        for key, code in pairs:
            english = library.english(code)
            text, problem = decode(library.localized(code, number))
            if problem:
                findings.add(where, tag, key, "encoding", problem)
                continue
            if tag == SOURCE_LOCALE:
                if text != english:
                    findings.add(where, tag, key, "library", f"en answers {text!r}, not keyless_error_user_message's {english!r}")
                continue
            if source is not None and key in source.translations and text != source.translations[key]:
                findings.add(where, tag, key, "library",
                             f"answers {text!r}, but l10n/{tag}.po has {source.translations[key]!r}")
            messages.append(Message(key=key, english=english, translation=text,
                                    translator_comments=source.comments.get(key, []) if source else []))
        # Any undocumented code, from the extremes of int32_t to the edges
        # of every range, answers its category's message.
        representatives = library.category_representatives()
        documented = set(library.documented_codes())
        for probe in UNDOCUMENTED_PROBES:
            if probe in documented:
                continue
            label = library.category(probe)
            representative = representatives.get(label)
            if representative is None:
                findings.add(where, tag, str(probe), "library", f"the category {label!r} of code {probe} has no message key")
            elif library.localized(probe, number) != library.localized(representative, number):
                findings.add(where, tag, str(probe), "library",
                             f"undocumented code {probe} does not answer the message of its category {label}")
        if tag == SOURCE_LOCALE:
            continue
        for key, check, reason in checks.check_locale_messages(tag, messages, source.glossary if source else {}):
            findings.add(where, tag, key, check, reason)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", action="store_true", help="check l10n/<tag>.po")
    parser.add_argument("--library", action="store_true", help="check the strings the library answers")
    parser.add_argument("--lib", default=os.environ.get("KEYLESS_LIB", DEFAULT_LIBRARY), help="the shared library")
    parser.add_argument("--l10n-dir", default=L10N_DIR, help="where the PO files are (a copy, for the self-test)")
    parser.add_argument("--po", help="check this one PO file instead of l10n/")
    parser.add_argument("--tag", help="the locale of --po")
    args = parser.parse_args(argv)
    require_python_modules()

    library = Library(args.lib)
    reference = reference_messages(library)
    linguas = read_linguas(os.path.join(args.l10n_dir, "LINGUAS"))
    findings = Findings()

    if args.po:
        if not args.tag:
            parser.error("--po needs --tag")
        check_po_file(args.po, args.tag, reference, findings)
        scope = relative(args.po)
    else:
        both = not args.sources and not args.library
        files = {}
        if args.sources or both:
            for tag in linguas:
                if tag != SOURCE_LOCALE:
                    files[tag] = check_po_file(po_path(tag, args.l10n_dir), tag, reference, findings)
        if args.library or both:
            if not files:
                silent = Findings()
                files = {tag: check_po_file(po_path(tag, args.l10n_dir), tag, reference, silent)
                         for tag in linguas if tag != SOURCE_LOCALE}
            check_library(library, linguas, files, findings)
        scope = " and ".join(part for part, wanted in (("l10n/*.po", args.sources or both),
                                                       ("the library", args.library or both)) if wanted)

    findings.print()
    locales = len({item[1] for item in findings.items})
    if findings:
        print(f"check-l10n: {len(findings)} failures in {locales} locales ({scope})", file=sys.stderr)
        return 1
    print(f"check-l10n: {scope}: every check passed ({len(reference)} messages per locale)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
