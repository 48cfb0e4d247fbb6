#!/usr/bin/python3
"""The fallback oracle: keyless_error_locale against CLDR, through Babel.

For every locale identifier CLDR knows (Babel's locale_identifiers()), in
BCP-47 form (`zh-Hant-TW`), lowercase, POSIX form (`zh_Hant_TW`) and with a
codeset (`zh_Hant_TW.UTF-8`), the library must answer the first locale it
carries on that identifier's CLDR inheritance chain (UTS #35 section 4.1:
CLDR's language aliases first, then parent locale exceptions, else dropping
the last subtag), or en when there is none. Then the cases of
fallback-cases.txt (whose expected answers the oracle must reproduce first,
which checks the oracle itself), NULL, "" and a 1 MB string.

    locale_oracle.py [--lib PATH]        exit 1 on any disagreement
"""

import argparse
import os
import re
import sys

from l10n_common import DEFAULT_LIBRARY, SCRIPT_DIR, SOURCE_LOCALE, Library, read_linguas, require_python_modules

CASES_PATH = os.path.join(SCRIPT_DIR, "fallback-cases.txt")

# CLDR identifiers that stand for one of our tags although they are not its
# spelling: a language's root locale holds the data of its default content.
# CLDR's pt is Brazilian, zh is Simplified, and no is the Bokmål that nb
# inherits from (CLDR 41). es needs no entry: CLDR's es is Spain's, as ours.
DEFAULT_CONTENT = {"pt": "pt-BR", "zh": "zh-Hans", "no": "nb"}

# glibc's @modifiers that change the locale (others, such as @euro, do not).
POSIX_MODIFIERS = {"latin": ("script", "Latn"), "cyrillic": ("script", "Cyrl"),
                   "devanagari": ("script", "Deva"), "valencia": ("variant", "VALENCIA")}


class Cldr:
    """CLDR's inheritance, as Babel ships it."""

    def __init__(self):
        from babel.core import get_global

        self.parents = get_global("parent_exceptions")
        self.aliases = get_global("language_aliases")
        self.likely = get_global("likely_subtags")

    def default_script(self, language):
        maximized = self.likely.get(language)
        return maximized.split("_")[1] if maximized else None

    def region_script(self, language, region):
        """The likely script of language in region, when CLDR says."""
        maximized = self.likely.get(f"{language}_{region}")
        if maximized:
            return maximized.split("_")[1]
        maximized = self.likely.get(f"und_{region}")
        if maximized and maximized.split("_")[0] == language:
            return maximized.split("_")[1]
        return None

    def chain(self, language, script=None, region=None, variants=()):
        """The identifiers from the locale itself up to (not including) root."""
        alias = self.aliases.get(language)
        if alias:
            parts = alias.split("_")
            language = parts[0]
            for part in parts[1:]:
                if len(part) == 4 and script is None:
                    script = part
                elif len(part) in (2, 3) and region is None:
                    region = part
        if script is None and region is not None:
            # zh-TW is zh_Hant_TW: a region whose likely script is not the
            # language's default one brings that script along.
            likely = self.region_script(language, region)
            if likely and likely != self.default_script(language):
                script = likely
        current = "_".join([language] + ([script] if script else []) + ([region] if region else [])
                           + [variant.upper() for variant in variants])
        chain = []
        while current and current != "root" and current not in chain:
            chain.append(current)
            current = self.parents.get(current) or ("_".join(current.split("_")[:-1]) or "root")
        return chain


def parse_range(text):
    """(language, script, region, variants) of a BCP-47 tag or POSIX locale,
    or None when it names no language."""
    text = text.strip()
    modifier = None
    if "@" in text:
        text, modifier = text.split("@", 1)
    text = text.split(".", 1)[0]
    parts = [part for part in re.split(r"[-_]", text)]
    if not parts or not re.fullmatch(r"[A-Za-z]{2,3}|[A-Za-z]{5,8}", parts[0]) or parts[0].upper() in ("C", "POSIX"):
        return None
    language, script, region, variants = parts[0].lower(), None, None, []
    for part in parts[1:]:
        if script is None and region is None and not variants and re.fullmatch(r"[A-Za-z]{4}", part):
            script = part.title()
        elif region is None and not variants and re.fullmatch(r"[A-Za-z]{2}|[0-9]{3}", part):
            region = part.upper()
        elif re.fullmatch(r"[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}", part):
            variants.append(part.upper())
        else:
            break  # an extension or private use: the rest does not pick a locale
    if modifier:
        kind, value = POSIX_MODIFIERS.get(modifier.lower(), (None, None))
        if kind == "script" and script is None:
            script = value
        elif kind == "variant":
            variants.append(value)
    return language, script, region, variants


class Oracle:
    def __init__(self, supported, cldr=None):
        self.cldr = cldr or Cldr()
        self.supported = list(supported)
        self.cldr_ids = {}
        for tag in self.supported:
            parsed = parse_range(tag)
            self.cldr_ids[self.cldr.chain(*parsed)[0]] = tag
        for cldr_id, tag in DEFAULT_CONTENT.items():
            if tag in self.supported:
                self.cldr_ids.setdefault(cldr_id, tag)

    def lookup_range(self, parsed):
        """(tag or None, chain) for one range."""
        chain = self.cldr.chain(*parsed)
        for cldr_id in chain:
            if cldr_id in self.cldr_ids:
                return self.cldr_ids[cldr_id], chain
        return None, chain

    def answer(self, preferences):
        """(expected tag, explanation) for a whole preference string."""
        if preferences is None:
            return SOURCE_LOCALE, "NULL"
        ranges = []
        for position, item in enumerate(preferences.split(",")):
            name, _, parameters = item.partition(";")
            quality = 1.0
            match = re.fullmatch(r"\s*q\s*=\s*([0-9](?:\.[0-9]{0,3})?)\s*", parameters) if parameters else None
            if parameters and not match:
                continue  # a malformed range is not acceptable
            if match:
                quality = float(match.group(1))
            if quality <= 0 or quality > 1 or not name.strip():
                continue
            ranges.append((-quality, position, name.strip()))
        ranges.sort()
        explanation = []
        for _, _, name in ranges:
            if name == "*":
                continue
            parsed = parse_range(name)
            if parsed is None:
                explanation.append(f"{name}: not a locale")
                continue
            tag, chain = self.lookup_range(parsed)
            explanation.append(f"{name}: {' → '.join(chain + ['root'])}")
            if tag:
                return tag, "; ".join(explanation)
        return SOURCE_LOCALE, "; ".join(explanation) or "no usable range"


def read_cases(path=CASES_PATH):
    cases = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [field.strip() for field in line.split("|")]
            if len(fields) != 3:
                sys.exit(f"{path}:{number}: expected 'input | expected | why'")
            cases.append((fields[0], fields[1], fields[2], number))
    return cases


def cldr_inputs():
    """Every CLDR identifier in the spellings a caller may use."""
    from babel.core import get_locale_identifier, parse_locale
    from babel.localedata import locale_identifiers

    for identifier in sorted(locale_identifiers()):
        if identifier == "root":
            continue
        language, region, script, variant = parse_locale(identifier)[:4]
        bcp47 = get_locale_identifier((language, region, script, variant), sep="-")
        for spelling in (bcp47, bcp47.lower(), identifier, identifier + ".UTF-8"):
            yield identifier, spelling


def run(resolve, library_tags, linguas, report):
    """Compares `resolve` (preferences -> tag) with the oracle; returns the
    number of disagreements. `report` prints one line."""
    failures = 0
    full = Oracle(linguas)
    for text, expected, why, number in read_cases():
        mine, explanation = full.answer(text)
        if mine != expected:
            failures += 1
            report(f"fallback-cases.txt:{number} {text!r}: the oracle gives {mine} ({explanation}), "
                   f"the case says {expected} ({why})")

    oracle = Oracle(library_tags)
    tried = 0
    cases = [(identifier, spelling) for identifier, spelling in cldr_inputs()]
    cases += [(f"fallback-cases.txt:{number}", text) for text, _, _, number in read_cases()]
    for origin, text in cases:
        tried += 1
        expected, explanation = oracle.answer(text)
        answer = resolve(text)
        if answer != expected:
            failures += 1
            report(f"{text!r} ({origin}): keyless_error_locale answers {answer}, CLDR gives {expected} ({explanation})")
    for label, value in (("NULL", None), ('""', ""), ("1 MB of 'a'", "a" * (1 << 20)),
                         ("1 MB of '-'", "-" * (1 << 20)), ("invalid UTF-8", b"\xff\xfe\xfd"),
                         ("a control character", "\x01")):
        tried += 1
        answer = resolve(value)
        if answer != SOURCE_LOCALE:
            failures += 1
            report(f"{label}: keyless_error_locale answers {answer}, not en")
    return failures, tried


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lib", default=os.environ.get("KEYLESS_LIB", DEFAULT_LIBRARY))
    args = parser.parse_args(argv)
    require_python_modules()
    library = Library(args.lib)
    linguas = read_linguas()
    library_tags = [tag for tag, _ in library.tagged_locales()]
    failures = 0
    lines = []
    if library_tags != linguas and not os.environ.get("KEYLESS_ERRORS_LOCALES"):
        failures += 1
        lines.append(f"the library carries {len(library_tags)} locales ({', '.join(library_tags)}), "
                     f"l10n/LINGUAS has {len(linguas)}: the oracle checks the locales the library carries")
    more, tried = run(library.resolve, library_tags, linguas, lines.append)
    failures += more
    shown = 60
    for line in lines[:shown]:
        print(line)
    if len(lines) > shown:
        print(f"... and {len(lines) - shown} more")
    if failures:
        print(f"check-locale-oracle: {failures} disagreements in {tried} inputs", file=sys.stderr)
        return 1
    print(f"check-locale-oracle: {tried} inputs, every answer is CLDR's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
