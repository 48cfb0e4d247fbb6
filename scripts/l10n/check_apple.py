#!/usr/bin/python3
"""Builds check_apple.swift against the C library and runs it on dist/l10n/apple.

The Swift program reads the exports with Foundation (Bundle per .lproj, and
JSONSerialization for the String Catalog) and compares them with the C
library's own answers; this wrapper gives it the list of message keys and
.lproj names (from the same code that wrote the exports), compiles it with
the Swift toolchain (Swift 6, warnings as errors) and runs it.

    check_apple.py [--apple DIR] [--lib PATH] [--selftest]

--selftest also proves that it fails on a broken copy (a changed value, an
unescaped quote, a changed String Catalog value).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from export import APPLE_TABLE, apple_lproj
from l10n_common import DEFAULT_LIBRARY, REPO_ROOT, SCRIPT_DIR, Library, prove_export_check_notices, resource_name

SOURCE = os.path.join(SCRIPT_DIR, "check_apple.swift")
HEADER = os.path.join(REPO_ROOT, "include", "keyless_errors.h")


def swiftc():
    for candidate in (os.path.join(os.environ.get("SWIFT_BIN", ""), "swiftc"), "/opt/swift/usr/bin/swiftc",
                      shutil.which("swiftc") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("error: swiftc not found (set SWIFT_BIN, as mk/config.mk does)")


def build(library_path, output):
    """Compiles the checker unless it is newer than its source, the header and the library."""
    inputs = (SOURCE, HEADER, library_path)
    if os.path.exists(output) and all(os.path.getmtime(output) >= os.path.getmtime(path) for path in inputs):
        return
    os.makedirs(os.path.dirname(output), exist_ok=True)
    directory = os.path.dirname(os.path.abspath(library_path))
    name = os.path.basename(library_path)[3:].rsplit(".so", 1)[0]
    command = [swiftc(), "-swift-version", "6", "-warnings-as-errors", "-O", "-import-objc-header", HEADER,
               SOURCE, "-L", directory, f"-l{name}", "-Xlinker", "-rpath", "-Xlinker", directory, "-o", output]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"error: swiftc failed:\n{result.stderr}")


def manifest(library):
    locales = library.tagged_locales()
    return {
        "codes": {resource_name(key): code for key, code in library.keys_and_codes()},
        "lproj": {tag: apple_lproj(tag) for tag, _ in locales},
        "table": APPLE_TABLE,
    }


def run(binary, apple, manifest_path, library_path):
    environment = dict(os.environ, LD_LIBRARY_PATH=os.path.dirname(os.path.abspath(library_path)))
    return subprocess.run([binary, apple, manifest_path], capture_output=True, text=True, env=environment)


def selftest(binary, apple, manifest_path, library_path, scratch):
    problems = []
    english = os.path.join(f"{apple_lproj('en')}.lproj", f"{APPLE_TABLE}.strings")
    breakages = [("a changed value", english, '= "', '= "X'),
                 ("an unescaped quote", english, '= "', '= "say "hi" '),
                 ("a changed String Catalog value", f"{APPLE_TABLE}.xcstrings", '"value" : "', '"value" : "X')]
    def first_finding(copy):
        result = run(binary, copy, manifest_path, library_path)
        if result.returncode == 0:
            return ""
        return (result.stdout.strip().splitlines() or ["(failed without a message)"])[0]
    problems += prove_export_check_notices(apple, scratch, "the Foundation read-back", breakages, first_finding)
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--apple", default=os.path.join(REPO_ROOT, "dist", "l10n", "apple"))
    parser.add_argument("--lib", default=os.environ.get("KEYLESS_LIB", DEFAULT_LIBRARY))
    parser.add_argument("--build", default=os.path.join(REPO_ROOT, "build", "l10n"))
    parser.add_argument("--selftest", action="store_true")
    args = parser.parse_args(argv)
    binary = os.path.join(args.build, "check_apple")
    build(args.lib, binary)
    with tempfile.TemporaryDirectory(prefix="l10n-apple-") as scratch:
        manifest_path = os.path.join(scratch, "manifest.json")
        with open(manifest_path, "w", encoding="utf-8") as handle:
            json.dump(manifest(Library(args.lib)), handle)
        result = run(binary, args.apple, manifest_path, args.lib)
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        problems = [] if result.returncode == 0 else ["the read-back failed"]
        if args.selftest:
            problems += selftest(binary, args.apple, manifest_path, args.lib, scratch)
    for problem in problems[1:] if problems and problems[0] == "the read-back failed" else problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
