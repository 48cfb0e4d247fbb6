"""The quality rules of the translated end-user messages, one function each.

They are the rules translators were given (quality rules 1 to 9 of the
translators' guide, and the glossary): the same code checks the PO sources
(check_l10n.py --sources), a returned file before it is imported
(l10n_import.py) and the strings the library actually answers
(check_l10n.py --library). Each rule yields (check, reason) pairs; an empty
result means the message passes.

Where a rule depends on the language, the fact comes from CLDR through Babel
(the script a language is written in, its writing direction) rather than
from a table here, except where the project deliberately differs (named
below).
"""

import os
import re
import subprocess
import unicodedata
from collections import Counter, defaultdict

from l10n_common import SCRIPT_DIR, SOURCE_LOCALE, unquoted_comment_lines

# Every check's name and what it proves, in report order: one home,
# checks.txt, which docs/translations.md shows too.
def read_checks():
    checks = {}
    with open(os.path.join(SCRIPT_DIR, "checks.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                name, description = (part.strip() for part in line.split("|", 1))
                checks[name] = description
    return checks


CHECKS = read_checks()

# ---- Per-language facts -------------------------------------------------------------------------

# ISO 15924 codes of CLDR's likely scripts -> the Unicode scripts (regex
# Script_Extensions names) a message may use. Japanese is written with Han
# and both kana; Korean with Hangul only, by the project's rule (CLDR's
# "Kore" also allows Han, which modern UI text does not use).
SCRIPT_SETS = {
    "Jpan": ("Han", "Hiragana", "Katakana"),
    "Kore": ("Hangul",),
    "Hans": ("Han",),
    "Hant": ("Han",),
}


def likely_script(tag):
    """The ISO 15924 script of a tag: its own script subtag, else CLDR's
    likely subtags for its language (and region)."""
    from babel.core import get_global

    parts = tag.replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return part.title()
    likely = get_global("likely_subtags")
    for candidate in ("_".join(parts[:2]), parts[0]):
        maximized = likely.get(candidate)
        if maximized:
            return maximized.split("_")[1]
    raise ValueError(f"CLDR knows no script for {tag}")


def allowed_scripts(tag):
    code = likely_script(tag)
    return SCRIPT_SETS.get(code, (code,))


def is_right_to_left(tag):
    from babel import Locale

    return Locale.parse(tag.replace("-", "_")).character_order == "right-to-left"


# OpenCC's configurations, as the translators' guide names them: a message is
# in the wanted variant when converting it to that variant changes nothing.
CHINESE_VARIANTS = {"zh-Hans": "t2s.json", "zh-Hant": "s2t.json", "zh-HK": "s2t.json"}

# The locales that spell the English the British way.
BRITISH_ENGLISH = {"en-GB"}

GLOSSARY_TERMS = {
    # term -> when a message's English contains it (case-insensitive)
    "face": r"\bface\b",
    "device": r"\bdevices?\b",
    "account": r"\baccount\b",
    "camera": r"\bcamera\b",
    "connection": r"\bconnection\b",
    "enrol": r"\bset (it )?up\b",
    "support": r"\bsupport\b",
}

# The whitelist of messages that may stay identical to the English: a
# translator comment on the entry, `# unchanged: <why>`.
UNCHANGED_MARK = re.compile(r"^unchanged:\s*(.*)$")

NBSP, NNBSP = "\u00a0", "\u202f"


def read_word_pairs(name):
    pairs = []
    with open(os.path.join(SCRIPT_DIR, name), encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                american, british = line.split()
                pairs.append((american, british))
    return pairs


def read_word_list(name):
    with open(os.path.join(SCRIPT_DIR, name), encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


US_GB_SPELLINGS = read_word_pairs("us-gb-spellings.txt")
SCRIPT_EXCEPTIONS = read_word_list("script-exceptions.txt")


def describe(character):
    """U+202F NARROW NO-BREAK SPACE, for reasons a reader can act on."""
    if character is None:
        return "the start of the message"
    name = unicodedata.name(character, "unnamed")
    shown = character if character.isprintable() and not character.isspace() else ""
    return f"U+{ord(character):04X} {name}" + (f" '{shown}'" if shown else "")


# ---- Header: glossary, review, register -----------------------------------------------------------

def parse_header(tag, comments):
    """(facts, problems): facts has name, review, register and glossary
    (term -> [forms]) read from a PO file's header comment lines."""
    facts = {"name": None, "review": None, "register": None, "glossary": {}}
    problems = []
    first = comments[0] if comments else ""
    match = re.fullmatch(r"keyless-errors: end-user messages in (.+) \((.+)\)\.", first)
    if match and match.group(2) == tag and match.group(1) != tag:
        facts["name"] = match.group(1)
    else:
        problems.append(f"the first comment line must name the language: "
                        f"'# keyless-errors: end-user messages in <English name> ({tag}).', found {first!r}")
    glossary_order = []
    for line in comments:
        key, _, value = line.partition(":")
        value = value.strip()
        if key in ("review", "register"):
            if facts[key] is not None:
                problems.append(f"more than one '# {key}:' line")
            facts[key] = value
            if not value:
                problems.append(f"the '# {key}:' line is empty")
        elif key == "glossary":
            term, equals, forms = value.partition("=")
            term = term.strip()
            forms = [form.strip() for form in forms.split("|")]
            if not equals or term not in GLOSSARY_TERMS:
                problems.append(f"not a glossary line of a known term ({', '.join(GLOSSARY_TERMS)}): {line!r}")
                continue
            if any(not form for form in forms):
                problems.append(f"the glossary line of {term!r} has an empty form: {line!r}")
            glossary_order.append(term)
            facts["glossary"][term] = [form for form in forms if form]
    for key in ("review", "register"):
        if facts[key] is None:
            problems.append(f"no '# {key}:' line")
    if glossary_order != list(GLOSSARY_TERMS):
        problems.append(f"the glossary must have exactly these {len(GLOSSARY_TERMS)} lines in this order: "
                        f"{', '.join(GLOSSARY_TERMS)}; found {', '.join(glossary_order) or 'none'}")
    return facts, problems


# ---- One message ----------------------------------------------------------------------------------

def whitelist_reason(message):
    for line in unquoted_comment_lines("\n".join(message.translator_comments)):
        match = UNCHANGED_MARK.match(line.strip())
        if match:
            return match.group(1).strip()
    return None


def american_spellings(english):
    """[(american, british)] of the US spellings the English contains."""
    return [(american, british) for american, british in US_GB_SPELLINGS
            if re.search(rf"\b{american}\b", english, re.IGNORECASE)]


def check_unchanged(tag, message):
    reason = whitelist_reason(message)
    same = message.translation == message.english
    if reason is not None and not reason:
        yield "unchanged", "the '# unchanged:' comment gives no reason"
    if tag in BRITISH_ENGLISH:
        # Identical to the English is right unless the English spells a
        # word the American way; an American spelling is wrong anywhere.
        for american, british in american_spellings(message.translation):
            yield "en-GB", f"the American spelling {american!r}: British English writes {british!r}"
        for american, british in american_spellings(message.english):
            if not re.search(rf"\b{american}\b|\b{british}\b", message.translation, re.IGNORECASE):
                yield "en-GB", f"the English has {american!r}, but the translation has neither it nor {british!r}"
        return
    if same and reason is None:
        yield "unchanged", ("identical to the English; translate it, or whitelist it with a translator comment "
                            "'# unchanged: <why>' on the entry")
    elif not same and reason is not None:
        yield "unchanged", "whitelisted as unchanged ('# unchanged:') but it differs from the English: drop the comment"


BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_encoding(text):
    if not unicodedata.is_normalized("NFC", text):
        normalized = unicodedata.normalize("NFC", text)
        position = next((index for index, (a, b) in enumerate(zip(text, normalized)) if a != b),
                        min(len(text), len(normalized)))
        yield "encoding", f"not in NFC (first difference at character {position + 1}, {describe(text[position]) if position < len(text) else 'the end'})"
    reported = set()
    for character in text:
        category = unicodedata.category(character)
        problem = None
        if ord(character) > 0xFFFF:
            problem = "a code point above U+FFFF (4 UTF-8 bytes; invalid in JNI's modified UTF-8)"
        elif category == "Cc":
            problem = "a control character"
        elif category in ("Zl", "Zp"):
            problem = "a line or paragraph separator"
        elif category == "Co":
            problem = "a private-use character"
        elif category in ("Cn", "Cs"):
            problem = "an unassigned code point"
        elif character in BIDI_CONTROLS:
            problem = "a bidi embedding, override or isolate control"
        elif character == "\ufeff":
            problem = "a byte-order mark"
        if problem and character not in reported:
            reported.add(character)
            yield "encoding", f"{problem}: {describe(character)}"


_script_patterns = {}


def _script_pattern(scripts):
    key = tuple(scripts)
    if key not in _script_patterns:
        import regex
        _script_patterns[key] = regex.compile("|".join(rf"\p{{scx={script}}}" for script in scripts))
    return _script_patterns[key]


def check_script(tag, text):
    scripts = allowed_scripts(tag)
    allowed = _script_pattern(scripts)
    neutral = _script_pattern(("Common", "Inherited"))
    for word in SCRIPT_EXCEPTIONS:
        text = text.replace(word, " ")
    reported = set()
    for character in text:
        if not unicodedata.category(character).startswith(("L", "M")):
            continue
        if allowed.match(character) or neutral.match(character) or character in reported:
            continue
        reported.add(character)
        yield "script", (f"{describe(character)} is not in the {'/'.join(scripts)} script "
                         f"(product names that may stay Latin: scripts/l10n/script-exceptions.txt)")


def check_numbers(english, translation):
    wanted = Counter(re.findall(r"[0-9]+", english))
    found = Counter(re.findall(r"[0-9]+", translation))
    for number, count in sorted(wanted.items()):
        if found[number] < count:
            yield "numbers", f"the English has the number {number}; the translation must keep it in ASCII digits"
    for character in sorted({c for c in translation if unicodedata.category(c) == "Nd" and not "0" <= c <= "9"}):
        yield "numbers", f"a non-ASCII digit {describe(character)}: write numbers in ASCII digits"


def _unpaired(text, opening, closing):
    depth = 0
    for character in text:
        if character == opening:
            depth += 1
        elif character == closing:
            if depth == 0:
                return f"'{closing}' without its opening '{opening}'"
            depth -= 1
    return f"'{opening}' without its closing '{closing}'" if depth else None


CJK_FULL_WIDTH = "。，！？：；（）"


def check_typography(tag, text):
    """The per-language punctuation rules of the translators' guide, exactly."""
    if tag in ("fr", "fr-CA"):
        for index, character in enumerate(text):
            before = text[index - 1] if index else None
            if character == ":" and before != NBSP:
                yield "typography", f"':' must follow U+00A0 NO-BREAK SPACE, not {describe(before)}"
            elif character in "?!;":
                if tag == "fr" and before != NNBSP:
                    yield "typography", f"'{character}' must follow U+202F NARROW NO-BREAK SPACE, not {describe(before)}"
                elif tag == "fr-CA" and before is not None and before.isspace():
                    yield "typography", f"'{character}' takes no space before it in Quebec usage; found {describe(before)}"
    if tag in ("es", "es-419"):
        for opening, closing in (("¿", "?"), ("¡", "!")):
            problem = _unpaired(text, opening, closing)
            if problem:
                yield "typography", f"{problem}: Spanish pairs ¿…? and ¡…!"
    if tag in ("ja", "zh-Hans", "zh-Hant", "zh-HK"):
        for character in sorted(set(text) & set(".,!?:;()")):
            wide = CJK_FULL_WIDTH[".,!?:;()".index(character)]
            yield "typography", f"ASCII '{character}': use the full-width '{wide}'"
        if re.search(r"[。！？]\s|\s[。！？，：；]", text):
            yield "typography", "a space between sentences or before punctuation: full-width punctuation takes none"
    if tag == "ko":
        for character in sorted(set(text) & set(CJK_FULL_WIDTH + "、")):
            yield "typography", f"full-width {describe(character)}: Korean uses ASCII punctuation"
        if " " not in text:
            yield "typography", "no space at all: Korean separates words with spaces"
        if re.search(r"[.?!](?=[^\s.?!])", text):
            yield "typography", "a sentence ends without a space before the next one"
    if tag == "ar":
        for ascii_mark, arabic in ((",", "،"), (";", "؛"), ("?", "؟")):
            if ascii_mark in text:
                yield "typography", f"ASCII '{ascii_mark}': Arabic uses '{arabic}'"
    if tag == "th" and "." in text:
        yield "typography", "a full stop: Thai uses none; separate sentences with a space"
    if tag in ("it", "ca", "fr", "fr-CA") and "'" in text:
        yield "typography", "ASCII apostrophe ': use the typographic ’ (U+2019)"


def check_length(english, translation):
    if len(translation) > 2 * len(english):
        yield "length", f"{len(translation)} characters, more than twice the English's {len(english)}"


def check_direction(tag, text):
    if text and is_right_to_left(tag) and unicodedata.bidirectional(text[0]) not in ("R", "AL"):
        yield "direction", f"starts with {describe(text[0])}: it must start with a right-to-left letter"


def check_glossary(message, glossary):
    folded = message.translation.casefold()
    for term, pattern in GLOSSARY_TERMS.items():
        if not re.search(pattern, message.english, re.IGNORECASE):
            continue
        forms = glossary.get(term)
        if not forms:
            continue  # the header check reports the missing line
        if not any(form.casefold() in folded for form in forms):
            yield "glossary", f"the English says {term!r}: use one of the glossary's forms ({' | '.join(forms)})"


def check_message(tag, message, glossary):
    """Every rule that looks at one message alone."""
    if not message.translation:
        yield "completeness", "empty: no translation yet"
        return
    yield from check_unchanged(tag, message)
    yield from check_encoding(message.translation)
    yield from check_script(tag, message.translation)
    yield from check_numbers(message.english, message.translation)
    yield from check_typography(tag, message.translation)
    yield from check_length(message.english, message.translation)
    yield from check_direction(tag, message.translation)
    yield from check_glossary(message, glossary)


# ---- Rules over all of a locale's messages --------------------------------------------------------

def check_chinese(tag, messages):
    """[(key, check, reason)]: OpenCC leaves every message of the variant unchanged."""
    config = CHINESE_VARIANTS.get(tag)
    texts = [message for message in messages if message.translation]
    if not config or not texts:
        return []
    # One opencc run per locale: one message a line (line breaks are
    # reported by the encoding check; here they would shift the lines).
    joined = "\n".join(re.sub(r"[\r\n\u2028\u2029]", " ", message.translation) for message in texts) + "\n"
    result = subprocess.run(["opencc", "-c", config], input=joined, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return [("-", "chinese", f"opencc -c {config} failed: {result.stderr.strip()}")]
    converted = result.stdout.split("\n")
    findings = []
    for message, line, original in zip(texts, converted, joined.split("\n")):
        if line == original:
            continue
        if len(line) == len(original):
            changes = sorted({f"{a}→{b}" for a, b in zip(original, line) if a != b})
            detail = ", ".join(changes)
        else:
            detail = f"OpenCC gives {line!r}"
        wanted = "Simplified" if config == "t2s.json" else "Traditional"
        findings.append((message.key, "chinese", f"not {wanted} only (opencc -c {config}): {detail}"))
    return findings


def check_consistency(messages):
    by_english = defaultdict(list)
    for message in messages:
        if message.translation:
            by_english[message.english].append(message)
    findings = []
    for english, group in by_english.items():
        if len({message.translation for message in group}) > 1:
            keys = ", ".join(message.key for message in group)
            for message in group:
                findings.append((message.key, "consistency",
                                 f"the English {english!r} is translated in more than one way (keys {keys})"))
    return findings


# translate-toolkit's pofilter tests run as an extra net. Chosen: the ones that
# catch a broken string whatever the language: escapes, control characters and
# whitespace damage; a lost or doubled final punctuation or capital (endpunc,
# startpunc, startcaps: pofilter knows the CJK and Thai conventions); a
# truncated translation (short); placeholders and markup that must survive
# (none in the English today, so any in a translation is an error, and they
# guard the day the English gets one). Each fires on none of the 43 files.
# Left out: the ones the checks above do better or with a whitelist
# (unchanged, untranslated, blank, isfuzzy, numbers, long), and the ones that
# flag correct translations here, measured over the 43 files: doublewords
# (4, German "richten Sie sie"), singlequoting and puncspacing (45 and 14,
# Maltese "erġa'"), sentencecount (4: cs, ja, ko and sk split a sentence),
# doublequoting (3, fr, fr-CA and vi, false alarms), spellcheck (no
# dictionaries); and the ones for other kinds of strings (accelerators,
# options, functions, acronyms, simplecaps, simpleplurals, nplurals,
# validchars, musttranslatewords, notranslatewords, hassuggestion, isreview).
POFILTER_TESTS = [
    "escapes", "newlines", "tabs", "startwhitespace", "endwhitespace", "doublespacing",
    "startpunc", "endpunc", "startcaps", "short", "brackets", "printf", "pythonbraceformat",
    "variables", "xmltags", "urls", "emails", "filepaths", "purepunc", "compendiumconflicts",
    "kdecomments",
]

_pofilter_checkers = {}


def check_pofilter(tag, messages):
    from translate.filters import checks as toolkit_checks
    from translate.storage import pypo

    language = tag.split("-")[0]
    checker = _pofilter_checkers.get(language)
    if checker is None:
        checker = toolkit_checks.StandardChecker(
            checkerconfig=toolkit_checks.CheckerConfig(targetlanguage=language),
            limitfilters=POFILTER_TESTS)
        _pofilter_checkers[language] = checker
    findings = []
    for message in messages:
        if not message.translation:
            continue
        unit = pypo.pounit(message.english)
        unit.target = message.translation
        for test, detail in sorted(checker.run_filters(unit).items()):
            text = detail.get("message", detail) if isinstance(detail, dict) else detail
            findings.append((message.key, "pofilter", f"{test}: {text}"))
    return findings


def check_locale_messages(tag, messages, glossary):
    """[(key, check, reason)] for every rule over a locale's messages."""
    findings = []
    if tag == SOURCE_LOCALE:
        return findings
    for message in messages:
        findings.extend((message.key, check, reason) for check, reason in check_message(tag, message, glossary))
    findings.extend(check_chinese(tag, messages))
    findings.extend(check_consistency(messages))
    findings.extend(check_pofilter(tag, messages))
    return findings
