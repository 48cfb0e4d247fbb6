#!/usr/bin/python3
"""Reads dist/l10n/android/res back through Android's own tools and compares
every value with the library's string.

aapt2 compile, aapt2 link against Debian's framework-res.apk (what an app's
build does), then aapt2 dump resources: every string of every qualifier,
dumped back, must equal keyless_error_user_message_localized's answer, and
nothing else may be there. Apostrophes, quotes, @, ?, % and leading spaces,
the classic breakages, only show after this round trip.

    check_android.py [--res DIR] [--lib PATH] [--selftest]

--selftest also proves that the round trip fails on a broken copy (an
unescaped apostrophe, a changed value).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from export import ANDROID_FILE, android_qualifiers, android_xml, library_strings
from l10n_common import DEFAULT_LIBRARY, REPO_ROOT, SOURCE_LOCALE, Library, prove_export_check_notices, resource_name

FRAMEWORK = "/usr/share/android-framework-res/framework-res.apk"
MANIFEST = '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="io.keyless.errors.l10ncheck"/>\n'


def config_of(qualifier):
    """(language, script, region) of a folder qualifier or of aapt2's dump
    label: `de`, `pt-rBR`, `b+zh+Hant+HK`, `es-r419` (how the dump shows
    b+es+419), `` for the default."""
    if not qualifier:
        return ("", "", "")
    if qualifier.startswith("b+"):
        parts = qualifier[2:].split("+")
    else:
        parts = [part[1:] if part.startswith("r") and len(part) in (3, 4) else part for part in qualifier.split("-")]
    language, script, region = parts[0].lower(), "", ""
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            script = part.title()
        else:
            region = part.upper()
    return (language, script, region)


def parse_dump(text):
    """{(config, name): value} from `aapt2 dump resources`.

    The dump prints a value raw between quotes: a quote inside stays as it
    is, and a line break inside continues on the next line. So a value runs
    from the quote after its `(config) ` to the last quote before the next
    line that starts a resource, a value or a type."""
    values = {}
    name = None
    current = None  # [config, [lines]]

    def finish():
        if current is not None:
            raw = "\n".join(current[1])
            if not (raw.startswith('"') and raw.endswith('"')):
                raise ValueError(f"unexpected value syntax in the dump: {raw[:300]!r}")
            values[(current[0], name)] = raw[1:-1]

    for line in text.rstrip("\n").split("\n"):
        resource = re.match(r"^\s+resource 0x[0-9a-f]+ (\w+)/(\S+)", line)
        value = re.match(r"^\s+\(([^)]*)\) (.*)$", line)
        structural = resource or re.match(r"^\s*(type |Package |Binary APK)", line)
        if resource or value or structural:
            finish()
            current = None
        if resource:
            name = resource.group(2) if resource.group(1) == "string" else None
        elif value and name:
            current = [config_of(value.group(1)), [value.group(2)]]
        elif not structural and current is not None:
            current[1].append(line)
    finish()
    return values


def expected_values(strings):
    expected = {}
    for tag, table in strings.items():
        qualifiers = [""] if tag == SOURCE_LOCALE else android_qualifiers(tag)
        for qualifier in qualifiers:
            for key, text in table.items():
                expected[(config_of(qualifier), resource_name(key))] = text
    return expected


def round_trip(res, scratch):
    """The dump text of res compiled and linked, or raises with aapt2's words."""
    compiled = os.path.join(scratch, "compiled.zip")
    manifest = os.path.join(scratch, "AndroidManifest.xml")
    apk = os.path.join(scratch, "linked.apk")
    with open(manifest, "w") as handle:
        handle.write(MANIFEST)
    for command in (["aapt2", "compile", "--dir", res, "-o", compiled],
                    ["aapt2", "link", "-I", FRAMEWORK, "--manifest", manifest, "-o", apk, compiled]):
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:2])} failed: {result.stderr.strip()[:2000]}")
    result = subprocess.run(["aapt2", "dump", "resources", apk], capture_output=True, text=True, check=True)
    return result.stdout


def compare(res, strings, scratch):
    """[problem] of res against the library's strings."""
    try:
        dumped = parse_dump(round_trip(res, scratch))
    except (RuntimeError, ValueError) as error:
        return [str(error)]
    expected = expected_values(strings)
    problems = []
    for (config, name), text in sorted(expected.items()):
        if (config, name) not in dumped:
            problems.append(f"{'-'.join(filter(None, config)) or 'default'} {name}: missing after aapt2 link")
        elif dumped[(config, name)] != text:
            problems.append(f"{'-'.join(filter(None, config)) or 'default'} {name}: aapt2 reads "
                            f"{dumped[(config, name)]!r}, the library says {text!r}")
    for config, name in sorted(set(dumped) - set(expected)):
        problems.append(f"{'-'.join(filter(None, config)) or 'default'} {name}: not one of the library's strings")
    return problems


# Strings that break naive escaping, each round-tripped through aapt2 by the
# self-test: references (@, ?), format characters, quotes, backslashes,
# markup, and spaces that aapt2 would trim or collapse.
ADVERSARIAL = ["@string/app_name", "?android:attr/textColor", "100% sure, 50%d", 'He said "hi"', "It's",
               "back\\slash", " leading space", "trailing space ", "two  spaces", "<b>bold</b> & co",
               "\u00a0no-break start", "fin\u202f?", "\\n is not a newline", "'quoted'"]


def selftest(res, strings, scratch):
    """The round trip must fail on broken copies; returns [problem]."""
    problems = []
    tricky = os.path.join(scratch, "tricky-res")
    table = {f"category:t{index}": text for index, text in enumerate(ADVERSARIAL)}
    os.makedirs(os.path.join(tricky, "values"))
    with open(os.path.join(tricky, "values", ANDROID_FILE), "w", encoding="utf-8") as handle:
        handle.write(android_xml(table))
    dumped = parse_dump(round_trip(tricky, scratch))
    wrong = [(text, dumped.get((("", "", ""), resource_name(key)))) for key, text in table.items()
             if dumped.get((("", "", ""), resource_name(key))) != text]
    print(f"{'ok  ' if not wrong else 'FAIL'} aapt2 reads back {len(table)} strings that break naive escaping"
          + (f": {wrong}" if wrong else ""))
    if wrong:
        problems.append(f"self-test: the escaping does not survive aapt2: {wrong}")
    translated = next((tag for tag in strings if tag != SOURCE_LOCALE), None)
    target = os.path.join("values", ANDROID_FILE)
    breakages = [("an unescaped apostrophe", target, "\\'", "'")]
    if translated:
        folder = "values-" + android_qualifiers(translated)[0]
        breakages.append(("a changed translation", os.path.join(folder, ANDROID_FILE), 'formatted="false">',
                          'formatted="false">X'))
    problems += prove_export_check_notices(
        res, scratch, "the Android round trip", breakages,
        lambda copy: next(iter(compare(copy, strings, scratch)), ""))
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--res", default=os.path.join(REPO_ROOT, "dist", "l10n", "android", "res"))
    parser.add_argument("--lib", default=os.environ.get("KEYLESS_LIB", DEFAULT_LIBRARY))
    parser.add_argument("--selftest", action="store_true")
    args = parser.parse_args(argv)
    for tool in ("aapt2",):
        if not shutil.which(tool):
            sys.exit(f"error: {tool} not found: apt-get install aapt android-framework-res")
    if not os.path.exists(FRAMEWORK):
        sys.exit(f"error: {FRAMEWORK} not found: apt-get install android-framework-res")
    strings = library_strings(Library(args.lib))
    with tempfile.TemporaryDirectory(prefix="l10n-android-") as scratch:
        problems = compare(args.res, strings, scratch)
        if args.selftest:
            problems += selftest(args.res, strings, scratch)
    for problem in problems:
        print(problem)
    folders = len(os.listdir(args.res))
    if problems:
        print(f"check-android: {len(problems)} problems", file=sys.stderr)
        return 1
    values = len(expected_values(strings))
    print(f"check-android: {values} values in {folders} folders read back by aapt2 equal the library's strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
