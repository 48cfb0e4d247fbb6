#!/usr/bin/python3
"""Proves that the localisation checks fail when what they guard breaks.

1. Each rule, on a message crafted to break it (and, where a rule has an
   exception, on one that must pass).
2. Each file rule, on a copy of l10n/ with one file broken: the broken copy
   must give the expected new finding that the intact copy does not.
3. The library check, on a fake library that misbehaves.
4. The fallback oracle: it agrees with itself and reports a resolver that
   gets a case wrong.
5. docs/translations.md names every check.

Ends with `N passed, M failed` and exits 1 on any failure.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

import check_l10n
import checks
import locale_oracle
from l10n_common import (DEFAULT_LIBRARY, L10N_DIR, REPO_ROOT, Library, Message, read_linguas,
                         require_python_modules)

results = []


def expect(description, condition, detail=""):
    results.append(bool(condition))
    print(f"{'ok  ' if condition else 'FAIL'} {description}" + (f": {detail}" if detail and not condition else ""))


GLOSSARY = {"face": ["Gesicht"], "device": ["Gerät"], "account": ["Konto"], "camera": ["Kamera"],
            "connection": ["Verbindung"], "enrol": ["einrichten"], "support": ["Support"]}
EN = "Something went wrong. Please try again."

# (check that must fire, or "-name" for a check that must not, tag, English, translation, comments)
MESSAGE_CASES = [
    ("completeness", "de", EN, "", []),
    ("unchanged", "de", EN, EN, []),
    ("-unchanged", "de", EN, EN, ["unchanged: the same word in German"]),
    ("unchanged", "de", EN, EN, ["unchanged:"]),
    ("unchanged", "de", EN, "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.", ["unchanged: no reason to keep"]),
    ("-unchanged", "en-GB", EN, EN, []),
    ("en-GB", "en-GB", "Keep your face centered.", "Keep your face centered.", []),
    ("en-GB", "en-GB", "Keep your face centered.", "Keep your face in the middle.", []),
    ("-en-GB", "en-GB", "Keep your face centered.", "Keep your face centred.", []),
    ("en-GB", "en-GB", "Pick a colour.", "Pick a color.", []),
    ("encoding", "de", EN, "Etwas ist schiefgelaufen. Bitte versuchen Sie es auf dem Gera\u0308t erneut.", []),
    ("encoding", "de", EN, "Etwas ist schiefgelaufen \U0001F600. Bitte erneut versuchen.", []),
    ("encoding", "de", EN, "Etwas ist schiefgelaufen.\tBitte erneut versuchen.", []),
    ("encoding", "de", EN, "Etwas ist \u202eschiefgelaufen. Bitte erneut versuchen.", []),
    ("script", "ru", EN, "Что-то пошло не так. Please попробуйте снова.", []),
    ("-script", "ru", EN, "Что-то пошло не так в Keyless. Попробуйте снова.", []),
    ("script", "ko", EN, "문제가 발생했습니다. 다시 試 시도하세요.", []),
    ("script", "zh-Hans", EN, "出错了。请重试 again。", []),
    ("script", "ja", EN, "問題が発生しました。다시お試しください。", []),
    ("script", "el", EN, "Κάτι πήγε στραβά. Δοκιμάστε ξανά, Пожалуйста.", []),
    ("chinese", "zh-Hant", EN, "发生錯誤。請再試一次。", []),
    ("chinese", "zh-HK", EN, "網络發生錯誤。請再試一次。", []),
    ("chinese", "zh-Hans", EN, "出错了。請重试。", []),
    ("-chinese", "zh-Hans", EN, "出错了。请重试。", []),
    ("numbers", "de", "You can use up to 50 devices.", "Sie können bis zu fünfzig Geräte verwenden.", []),
    ("numbers", "ar", "You can use up to 50 devices.", "يمكنك استخدام ما يصل إلى ٥٠ جهازًا.", []),
    ("typography", "fr", EN, "Un problème est survenu. Réessayez ?", []),
    ("typography", "fr", EN, "Un problème est survenu\u00a0! Réessayez.", []),
    ("typography", "fr", EN, "Attention : un problème est survenu.", []),
    ("typography", "fr", EN, "Vérifiez l'application.", []),
    ("-typography", "fr", EN, "Attention\u00a0: un problème est survenu\u202f! Vérifiez l’application.", []),
    ("typography", "fr-CA", EN, "Un problème est survenu. Réessayer\u202f?", []),
    ("typography", "fr-CA", EN, "Attention\u202f: un problème est survenu.", []),
    ("-typography", "fr-CA", EN, "Attention\u00a0: un problème est survenu! Réessayer?", []),
    ("typography", "es", EN, "Algo salió mal. Listo?", []),
    ("typography", "es-419", EN, "¡Algo salió mal. Inténtalo de nuevo.", []),
    ("-typography", "es", EN, "¿Listo? ¡Algo salió mal!", []),
    ("typography", "ja", EN, "問題が発生しました. もう一度お試しください。", []),
    ("typography", "zh-Hant", EN, "發生錯誤。 請再試一次。", []),
    ("typography", "zh-HK", EN, "發生錯誤(網絡)。請再試一次。", []),
    ("typography", "ko", EN, "문제가 발생했습니다。 다시 시도하세요.", []),
    ("typography", "ko", EN, "문제가발생했습니다.", []),
    ("typography", "ar", EN, "حدث خطأ, يرجى المحاولة مرة أخرى.", []),
    ("typography", "ar", EN, "هل حدث خطأ?", []),
    ("typography", "th", EN, "เกิดข้อผิดพลาด. โปรดลองอีกครั้ง", []),
    ("typography", "it", EN, "Qualcosa è andato storto. Riprova nell'app.", []),
    ("typography", "ca", EN, "Alguna cosa ha anat malament. Torna-ho a provar a l'app.", []),
    ("length", "de", "Try again.", "Bitte versuchen Sie es später noch einmal erneut.", []),
    ("direction", "he", EN, "Keyless: משהו השתבש. נסו שוב.", []),
    ("direction", "ar", EN, "50 محاولة. حاول مرة أخرى.", []),
    ("-direction", "he", EN, "משהו השתבש ב-Keyless. נסו שוב.", []),
    ("glossary", "de", "Please allow camera access.", "Bitte erlauben Sie den Zugriff auf das Objektiv.", []),
    ("-glossary", "de", "Please allow camera access.", "Bitte erlauben Sie den Kamerazugriff.", []),
    ("glossary", "de", "Please set it up again.", "Bitte konfigurieren Sie es erneut.", []),
    ("pofilter", "de", EN, "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut. ", []),
    ("pofilter", "de", EN, "etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.", []),
    ("pofilter", "de", EN, "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut", []),
    ("pofilter", "de", EN, "Etwas ist schiefgelaufen. Siehe <b>Hilfe</b>.", []),
]


def message_rules():
    for wanted, tag, english, translation, comments in MESSAGE_CASES:
        message = Message(key="1", english=english, translation=translation, translator_comments=comments)
        found = {check for _, check, _ in checks.check_locale_messages(tag, [message], GLOSSARY)}
        must_not = wanted.startswith("-")
        name = wanted.lstrip("-")
        shown = translation if len(translation) < 60 else translation[:57] + "..."
        if must_not:
            expect(f"{name} accepts {tag} {shown!r}", name not in found, f"reported {sorted(found)}")
        else:
            expect(f"{name} rejects {tag} {shown!r}", name in found, f"reported only {sorted(found)}")
    pair = [Message(key="1", english=EN, translation="Etwas ist schiefgelaufen. Bitte erneut versuchen."),
            Message(key="2", english=EN, translation="Ein Fehler ist aufgetreten. Bitte erneut versuchen.")]
    found = {check for _, check, _ in checks.check_locale_messages("de", pair, GLOSSARY)}
    expect("consistency rejects one English translated two ways", "consistency" in found)


# ---- Files ----------------------------------------------------------------------------------------

def entry_span(text, key):
    """(start, end) of the entry keyed `key`: from its first comment line to its msgstr line."""
    match = re.search(rf'((?:^#.*\n)*)msgctxt "{re.escape(key)}"\nmsgid .*\nmsgstr .*\n', text, re.MULTILINE)
    return match.span()


def replace_in_entry(text, key, old, new):
    start, end = entry_span(text, key)
    block = text[start:end]
    if old not in block:
        raise AssertionError(f"{old!r} not in the entry {key}")
    return text[:start] + block.replace(old, new, 1) + text[end:]


def set_msgstr(text, key, value):
    start, end = entry_span(text, key)
    block = re.sub(r'^msgstr .*$', lambda _: f'msgstr "{value}"', text[start:end], flags=re.MULTILINE)
    return text[:start] + block + text[end:]


def shared_english_keys(text):
    """Two keys with the same English, for the consistency mutation."""
    by_english = {}
    for key, english in re.findall(r'^msgctxt "(.*)"\nmsgid "(.*)"$', text, re.MULTILINE):
        by_english.setdefault(english, []).append(key)
    return next(keys for keys in by_english.values() if len(keys) > 1)


def file_mutations(text):
    """(description, new text or bytes, [(key, check)] that must appear)."""
    first = re.search(r'^msgctxt "(.*)"$', text, re.MULTILINE).group(1)
    last = re.findall(r'^msgctxt "(.*)"$', text, re.MULTILINE)[-1]
    start, end = entry_span(text, last)
    same = shared_english_keys(text)
    msgstr_of_first = re.search(rf'msgctxt "{first}"\nmsgid .*\nmsgstr "(.*)"', text).group(1)
    return [
        ("an empty entry", set_msgstr(text, first, ""), [(first, "completeness")]),
        ("a duplicate key", text + "\n" + text[start:end], [(last, "completeness")]),
        ("a fuzzy entry", replace_in_entry(text, first, f'msgctxt "{first}"', f'#, fuzzy\nmsgctxt "{first}"'),
         [(first, "completeness")]),
        ("a stale entry", replace_in_entry(text, first, "msgid \"", "msgid \"Formerly: "), [(first, "stale")]),
        ("an unknown key and a missing one", replace_in_entry(text, first, f'msgctxt "{first}"', 'msgctxt "99999"'),
         [("99999", "completeness"), (first, "completeness")]),
        ("no camera glossary line", re.sub(r"^# glossary: camera.*\n", "", text, flags=re.MULTILINE),
         [("header", "header")]),
        ("no review line", re.sub(r"^# review:.*\n", "", text, flags=re.MULTILINE), [("header", "header")]),
        ("no register line", re.sub(r"^# register:.*\n", "", text, flags=re.MULTILINE), [("header", "header")]),
        ("the placeholder first line", re.sub(r"\A# .*\n", "# keyless-errors: end-user messages in de.\n", text),
         [("header", "header")]),
        ("a wrong Language header", re.sub(r'"Language: .*\\n"', '"Language: fr\\\\n"', text), [("header", "header")]),
        ("a byte that is not UTF-8", set_msgstr(text, first, msgstr_of_first).encode("utf-8").replace(
            msgstr_of_first[:8].encode("utf-8"), b"\xff" + msgstr_of_first[1:8].encode("utf-8"), 1), [("-", "encoding")]),
        ("a tab", set_msgstr(text, first, msgstr_of_first.replace(" ", "\\t", 1)), [(first, "encoding")]),
        ("a line that is not PO", text.replace("\nmsgctxt", "\nnonsense\nmsgctxt", 1), [("-", "completeness")]),
        ("one English translated two ways", set_msgstr(text, same[0], "Anders übersetzt. Bitte erneut versuchen."),
         [(same[0], "consistency")]),
    ]


def findings_of(path, tag, reference):
    findings = check_l10n.Findings()
    check_l10n.check_po_file(path, tag, reference, findings)
    return {(key, check) for _, _, key, check, _ in findings.items}


def file_rules(library, tag="de"):
    reference = check_l10n.reference_messages(library)
    with tempfile.TemporaryDirectory(prefix="l10n-selftest-") as scratch:
        path = os.path.join(scratch, f"{tag}.po")
        shutil.copy(os.path.join(L10N_DIR, f"{tag}.po"), path)
        baseline = findings_of(path, tag, reference)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        for description, broken, wanted in file_mutations(text):
            with open(path, "wb") as handle:
                handle.write(broken if isinstance(broken, bytes) else broken.encode("utf-8"))
            new = findings_of(path, tag, reference) - baseline
            missing = [item for item in wanted if item not in new]
            expect(f"the file check reports {description} in {tag}.po", not missing,
                   f"expected {missing}, got {sorted(new)}")


# ---- The library check, on a fake library ---------------------------------------------------------

class FakeLibrary(Library):
    """Carries en and de, but numbers de wrongly, answers one message with a
    byte that is not UTF-8, another with a text that is not the PO file's,
    a third in English, and one undocumented code not with its category's
    message."""

    def __init__(self, real, linguas, translations):
        self.path = "fake"
        self.real = real
        self.linguas = linguas
        self.translations = translations
        self.wrong_number = linguas.index("de") + 1
        self._documented = real.documented_codes()
        self._categories = real.category_representatives()
        codes = self._documented
        self.not_utf8, self.not_po, self.english_code = codes[0], codes[1], codes[2]

    def english(self, code):
        return self.real.english(code)

    def category(self, code):
        return self.real.category(code)

    def locales(self):
        return [0, self.wrong_number]

    def tag(self, locale):
        return "de" if locale == self.wrong_number else "en"

    def localized(self, code, locale):
        if locale != self.wrong_number:
            return self.real.english(code).encode()
        if code == self.not_utf8:
            return b"Fehler \xff"
        if code == self.not_po:
            return "Nicht die Übersetzung der PO-Datei.".encode()
        if code == self.english_code:
            return self.real.english(code).encode()
        if code == check_l10n.UNDOCUMENTED_PROBES[-1]:
            return "Nicht die Meldung der Kategorie.".encode()
        key = str(code) if code in self._documented else "category:" + self.real.category(code)
        return self.translations.get(key, self.real.english(code)).encode()


def library_rules(library, linguas):
    silent = check_l10n.Findings()
    reference = check_l10n.reference_messages(library)
    files = {"de": check_l10n.check_po_file(os.path.join(L10N_DIR, "de.po"), "de", reference, silent)}
    fake = FakeLibrary(library, linguas, files["de"].translations)
    findings = check_l10n.Findings()
    check_l10n.check_library(fake, linguas, files, findings)
    found = {(locale, key, check) for _, locale, key, check, _ in findings.items}
    expect("the library check reports missing locales", ("*", "locales", "library") in found)
    expect("the library check reports a wrongly numbered locale", ("de", "locales", "library") in found)
    expect("the library check reports a string that is not UTF-8", ("de", str(fake.not_utf8), "encoding") in found)
    expect("the library check reports a string that is not the PO file's",
           ("de", str(fake.not_po), "library") in found)
    expect("the library check reports an undocumented code without its category's message",
           ("de", str(check_l10n.UNDOCUMENTED_PROBES[-1]), "library") in found)
    expect("the library check reports an untranslated string", ("de", str(fake.english_code), "unchanged") in found,
           f"{sorted(found)}")


# ---- The oracle -----------------------------------------------------------------------------------

def oracle_rules(linguas):
    oracle = locale_oracle.Oracle(linguas)
    lines = []
    failures, tried = locale_oracle.run(lambda text: oracle.answer(text if isinstance(text, str) else None)[0]
                                        if text is None or isinstance(text, str) else "en",
                                        linguas, linguas, lines.append)
    expect(f"the oracle agrees with itself and with fallback-cases.txt ({tried} inputs)", failures == 0,
           "; ".join(lines[:3]))

    def wrong(text):
        if text is None:
            return "de"
        if text == "zh-TW":
            return "zh-Hans"
        if isinstance(text, str):
            return oracle.answer(text)[0]
        return "en"

    lines = []
    failures, _ = locale_oracle.run(wrong, linguas, linguas, lines.append)
    expect("the oracle reports zh-TW answered with Simplified", any("'zh-TW'" in line for line in lines))
    expect("the oracle reports NULL not answered with en", any(line.startswith("NULL") for line in lines))
    expect("the oracle counts exactly those two", failures == 2, f"{failures}: {lines[:4]}")
    lines = []
    failures, _ = locale_oracle.run(lambda text: "en", ["en"], linguas, lines.append)
    expect("the oracle expects en everywhere of an English-only library", failures == 0, "; ".join(lines[:3]))


def import_rules():
    """A returned file that fails a check is refused with its reasons, and l10n/ stays as it was."""
    def state():
        return {name: open(os.path.join(L10N_DIR, name), "rb").read() for name in sorted(os.listdir(L10N_DIR))}

    with tempfile.TemporaryDirectory(prefix="l10n-import-selftest-") as scratch:
        returned = os.path.join(scratch, "returned.po")
        with open(os.path.join(L10N_DIR, "de.po"), encoding="utf-8") as handle:
            text = handle.read()
        first = re.search(r'^msgctxt "(.*)"$', text, re.MULTILINE).group(1)
        with open(returned, "w", encoding="utf-8") as handle:
            handle.write(set_msgstr(text, first, ""))
        before = state()
        result = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "l10n_import.py"), returned],
                                capture_output=True, text=True)
        after = state()
    output = result.stdout + result.stderr
    expect("l10n-import refuses a returned file with an empty entry", result.returncode != 0 and "refused" in output,
           output[-300:])
    expect("l10n-import names the failure's locale, key and reason",
           re.search(rf"\bde\b.*\[completeness\].*\b{re.escape(first)}\b", output), output[-300:])
    expect("l10n-import leaves l10n/ untouched when it refuses", before == after)


def doc_rules():
    path = os.path.join(REPO_ROOT, "docs", "translations.md")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    missing = [name for name in checks.CHECKS if f"`{name}`" not in text]
    expect("docs/translations.md names every check", not missing, f"missing {missing}")


def main():
    require_python_modules()
    library = Library(os.environ.get("KEYLESS_LIB", DEFAULT_LIBRARY))
    linguas = read_linguas()
    message_rules()
    file_rules(library)
    library_rules(library, linguas)
    oracle_rules(linguas)
    import_rules()
    doc_rules()
    passed = sum(results)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
