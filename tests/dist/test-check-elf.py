#!/usr/bin/python3
"""Proves that check-elf.py catches what it guards against: it builds, with the host's C compiler,
a shared library and an archive that break every rule, and requires a FAIL line for each rule.
(That it passes libraries which keep the rules, test-library and test-dist show.)

    test-check-elf.py WORK_DIR     (run by make: mk/dist.mk, target check-elf-checker)
"""
import os
import subprocess
import sys

sys.dont_write_bytecode = True
from artifacts import HERE, REPO, config_pairs  # noqa: E402

CHECKER = os.path.join(HERE, "check-elf.py")
# Breaks every rule: exports one function of its own, calls abort (a panic path), puts and a
# function the header does not declare, has a writable global, keeps 8 absolute addresses in its
# code (text relocations) and a writable, executable section.
BAD_LIBRARY = r"""
#include <stdio.h>
#include <stdlib.h>
extern int elsewhere;
extern int keyless_error_gone(void);
__asm__(".text\n.quad elsewhere\n.quad elsewhere\n.quad elsewhere\n.quad elsewhere\n"
        ".quad elsewhere\n.quad elsewhere\n.quad elsewhere\n.quad elsewhere\n"
        ".section .writable_code,\"awx\",@progbits\n.byte 0xc3\n.previous");
int mutable_counter = 1;
int keyless_error_nme(int code) { mutable_counter++; if (code < 0) abort(); return puts("x") + elsewhere + keyless_error_gone(); }
"""
# What each mode must report, as words of the FAIL lines.
LIBRARY_FAILURES = [
    "EM_AARCH64, ELF64", "each aligned to 16384", "writable and executable", "non-executable stack",
    "no text relocations", "bare name", "needs only libc.so", "soname libkeyless_errors.so", "no run path",
    "DF_1_NODELETE", "exports exactly", "no panic or unwinding path", "imports only", "stripped",
    "within the budget",
]
GLUE_FAILURES = ["needs libkeyless_errors.so by name", "soname libkeyless_errors_jni.so", "run path $ORIGIN",
                 "exports only JNI_OnLoad", "all declared by the header"]
ARCHIVE_FAILURES = ["all EM_AARCH64 ELF64", "defines the header's"]
# 32-bit ARM: an EHABI personality routine is allowed only while nothing but .ARM.exidx names it;
# one that the loader must bind (here: called) is an import like any other.
ARM_LIBRARY = "extern void __aeabi_unwind_cpp_pr1(void);\nvoid keyless_errors_version(void) { __aeabi_unwind_cpp_pr1(); }\n"
ARM_TARGET = "armv7-unknown-linux-gnueabihf"
ARM_FAILURES = ["imports only __aeabi_unwind_cpp_pr1"]
MUTABLE_STATE_FAILURES = ["no writable data of the library's own"]


def run(command, **options):
    return subprocess.run(command, capture_output=True, text=True, **options)


def build(work):
    cc = os.environ.get("CC", "cc")
    source = os.path.join(work, "bad.c")
    with open(source, "w") as file:
        file.write(BAD_LIBRARY)
    # A dependency without a soname, linked by its path: DT_NEEDED records the path.
    dependency = os.path.join(work, "libdependency.so")
    with open(os.path.join(work, "dependency.c"), "w") as file:
        file.write("int elsewhere = 1;\n")
    steps = [
        [cc, "-shared", "-fPIC", "-o", dependency, os.path.join(work, "dependency.c")],
        [cc, "-shared", "-fPIC", "-O1", "-o", os.path.join(work, "libbad.so"), source, dependency,
         "-Wl,-z,notext", "-Wl,-z,execstack", "-Wl,-rpath,/nowhere", "-Wl,-soname,libbad.so"],
        [cc, "-c", "-fPIC", "-o", os.path.join(work, "bad.o"), os.path.join(work, "dependency.c")],
        ["ar", "rcs", os.path.join(work, "libbad.a"), os.path.join(work, "bad.o")],
        [dict(config_pairs("LINUX_ARM_TARGET_TRIPLES"))[ARM_TARGET] + "-gcc", "-shared", "-fPIC", "-O1", "-o",
         os.path.join(work, "libarm.so"), os.path.join(work, "arm.c")],
    ]
    with open(os.path.join(work, "arm.c"), "w") as file:
        file.write(ARM_LIBRARY)
    for step in steps:
        result = run(step)
        if result.returncode != 0:
            sys.exit(f"test-check-elf: could not build the bad library: {' '.join(step)}\n{result.stderr}")


def expect_failures(arguments, wanted):
    result = run([sys.executable, CHECKER, *arguments], cwd=REPO)
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    missed = [words for words in wanted if not any(words in line for line in failed)]
    if result.returncode != 1 or missed:
        print(result.stdout + result.stderr)
        print(f"FAIL: check-elf.py {arguments[0]} did not report: {missed} (exit {result.returncode})")
        return 1
    print(f"ok: check-elf.py {arguments[0]} reports all {len(wanted)} broken rules of {os.path.basename(arguments[1])}")
    return 0


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else "build/dist/elf-checker"
    os.makedirs(work, exist_ok=True)
    build(work)
    bad = os.path.join(work, "libbad.so")
    failures = expect_failures(["library", bad, "--target", "aarch64-linux-android", "--align", "16384",
                                "--budget", "100"], LIBRARY_FAILURES)
    failures += expect_failures(["glue", bad, "--runpath", "$ORIGIN"], GLUE_FAILURES)
    failures += expect_failures(["mutable-state", bad], MUTABLE_STATE_FAILURES)
    failures += expect_failures(["library", os.path.join(work, "libarm.so"), "--target", ARM_TARGET], ARM_FAILURES)
    failures += expect_failures(["archive", os.path.join(work, "libbad.a"), "--target",
                                 "aarch64-unknown-linux-gnu"], ARCHIVE_FAILURES)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
