#!/usr/bin/python3
"""The C ABI baseline, checked with libabigail (Debian abigail-tools).

    check-abi.py check    LIBRARY BASELINE   compare LIBRARY with BASELINE   (make check-abi)
    check-abi.py baseline LIBRARY BASELINE   rewrite BASELINE from LIBRARY   (make abi-baseline)

LIBRARY must be built WITH debug info (cargo's `abi` profile): abidw reads the parameter, return
and enum types from DWARF. A stripped library shows only symbol names, and abidiff then passes
whatever changed, so both modes first prove, reading abidw's XML, that the dump declares every
function of the header (tests/abi/exported-functions.txt) with its return type, exports no other
keyless_ function, and has both enums with their enumerators.

`check` fails when abidiff reports an error, a removed or changed function or variable, or a
removed symbol (an enum value that moved, a parameter whose type changed, ...). Added functions
are compatible: they pass, with a reminder to refresh the baseline on purpose
(`make abi-baseline`).
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist"))
from artifacts import exported_functions  # noqa: E402

ENUMS = ("KeylessErrorCategory", "KeylessErrorAction")


def dump(library):
    """abidw's XML, without paths and source locations, so that the baseline changes only when the
    ABI does."""
    result = subprocess.run(["abidw", "--no-corpus-path", "--no-comp-dir-path", "--no-show-locs", library],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: abidw {library}: {result.stderr.strip()}")
    return result.stdout


def require_types(xml, origin, functions):
    """Fails unless the dump types every function of the header, exports no other keyless_
    function, and has both enums with enumerators."""
    root = ElementTree.fromstring(xml)
    symbols = {symbol.get("name") for symbol in root.iter("elf-symbol") if symbol.get("type") == "func-type"}
    ours = {name for name in symbols if name.startswith("keyless_")}
    typed = {decl.get("elf-symbol-id") for decl in root.iter("function-decl")
             if decl.get("elf-symbol-id") and decl.find("return") is not None}
    enums = {decl.get("name") for decl in root.iter("enum-decl") if decl.find("enumerator") is not None}
    problems = []
    if ours != set(functions):
        problems.append(f"exports {sorted(ours - set(functions))} beyond the header, lacks {sorted(set(functions) - ours)}")
    untyped = sorted(set(functions) - typed)
    if untyped:
        problems.append(f"no type information for {untyped} (a stripped library? build it with "
                        "`cargo build --profile abi`)")
    missing_enums = sorted(set(ENUMS) - enums)
    if missing_enums:
        problems.append(f"no enumerators for {missing_enums}")
    if problems:
        print(f"FAIL: {origin}: " + "; ".join(problems))
        return False
    print(f"ok: {origin} types all {len(functions)} functions of the header and both enums")
    return True


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("check", "baseline"):
        sys.exit(__doc__)
    mode, library, baseline = sys.argv[1:]
    functions = exported_functions()
    fresh = dump(library)
    if not require_types(fresh, library, functions):
        sys.exit(1)
    if mode == "baseline":
        with open(baseline, "w") as file:
            file.write(fresh)
        print(f"wrote {baseline}")
        return
    with open(baseline) as file:
        if not require_types(file.read(), baseline, _baseline_functions(baseline)):
            sys.exit(1)
    fresh_path = os.path.join(os.path.dirname(os.path.abspath(library)), "keyless_errors.fresh.abi")
    with open(fresh_path, "w") as file:
        file.write(fresh)
    result = subprocess.run(["abidiff", baseline, fresh_path], capture_output=True, text=True)
    report, status = result.stdout.strip(), result.returncode
    if report:
        print(report)
    # abidiff's status is a bit set: 1 error, 2 usage error, 4 ABI change, 8 incompatible change.
    # It flags moved enum values and changed parameter types as plain changes (4), so the summary
    # lines decide between a compatible addition and a break.
    if status & 3:
        sys.exit(f"FAIL: abidiff could not compare (status {status}): {result.stderr.strip()}")
    broken = re.search(r"^(Functions|Variables) changes summary: ([1-9][0-9]* Removed|[0-9]+ Removed, [1-9][0-9]* Changed)"
                       r"|^(Function|Variable) symbols changes summary: [1-9][0-9]* Removed", report, re.M)
    if status & 8 or broken:
        print(f"FAIL: the C ABI changed incompatibly against {baseline} (abidiff status {status}).")
        print("      If the break is intended (new major version), run `make abi-baseline` and commit it.")
        sys.exit(1)
    if status & 4:
        print(f"ok: only compatible additions against {baseline}; run `make abi-baseline` to record them")
    else:
        print(f"ok: the C ABI matches {baseline}")


def _baseline_functions(baseline):
    """The keyless_ functions the baseline recorded: a baseline older than the header lacks the
    functions added since, which abidiff then reports as compatible additions."""
    root = ElementTree.parse(baseline).getroot()
    return sorted(symbol.get("name") for symbol in root.iter("elf-symbol")
                  if symbol.get("type") == "func-type" and symbol.get("name", "").startswith("keyless_"))


if __name__ == "__main__":
    main()
