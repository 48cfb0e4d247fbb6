#!/usr/bin/python3
"""Links the XCFramework into Apple executables with a real Mach-O linker, on Linux: for every
library of its Info.plist and every architecture of it (iOS arm64; simulator arm64 and x86_64;
macOS arm64 and x86_64), a C program that calls every function of the header
(tests/header/consumer.c, and a main) is compiled against the slice's own header with the Swift
toolchain's clang and linked by Debian lld-19's ld64.lld against the slice's archive and a text
stub of libSystem (TBD v4) that this test writes. The stub exports only what a program and this
library may take from libSystem: $APPLE_ALLOWED_IMPORTS and dyld_stub_binder, so a link fails
when the archive needs anything else.

    link-apple.py XCFRAMEWORK WORK_DIR    (run by make: mk/dist.mk, target check-apple-link)

Checked, per slice and architecture, with macholib:
- the program's object calls exactly the header's functions (tests/abi/exported-functions.txt):
  a function missing from consumer.c fails here;
- the link succeeds, and the executable is an MH_EXECUTE of the architecture, with LC_MAIN;
- LC_BUILD_VERSION: the slice's platform (ios, iossimulator, macos) and the minimum OS of
  mk/config.mk;
- it loads only /usr/lib/libSystem.B.dylib, and every symbol it leaves undefined is one of the
  stub's and is bound to libSystem (two-level namespace ordinal 1);
- it defines every function of the header (they came from the archive).
What only a Mac can prove stays there: that Apple's ld and Xcode accept it, and that it runs.
"""
import os
import plistlib
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from artifacts import PLATFORMS, REPO, MachOFile, Report, config, exported_functions, expected_minimum_os  # noqa: E402

CONSUMER = os.path.join(REPO, "tests", "header", "consumer.c")
MAIN = "int keyless_header_consumer(void);\nint main(void) { return keyless_header_consumer() > 0 ? 0 : 1; }\n"
LIBSYSTEM = "/usr/lib/libSystem.B.dylib"
MH_EXECUTE = 2
# (SupportedPlatform, variant) -> clang's OS in the triple, ld64's -platform_version name, TBD's.
PLATFORM_SPELLINGS = {
    ("ios", None): ("ios", "ios", "ios", ""),
    ("ios", "simulator"): ("iossimulator", "ios-simulator", "ios", "-simulator"),
    ("macos", None): ("macos", "macos", "macos", ""),
}
TBD_TARGETS = ["arm64-ios", "arm64-ios-simulator", "x86_64-ios-simulator", "arm64-macos", "x86_64-macos"]


def libsystem_stub(symbols):
    """A TBD v4 text stub of libSystem exporting exactly `symbols`, for every target here."""
    targets = ", ".join(TBD_TARGETS)
    return (f"--- !tapi-tbd\ntbd-version:     4\ntargets:         [ {targets} ]\n"
            f"install-name:    '{LIBSYSTEM}'\ncurrent-version: 1311\n"
            f"exports:\n  - targets:         [ {targets} ]\n    symbols:         [ {', '.join(sorted(symbols))} ]\n...\n")


def run(command, report, message):
    result = subprocess.run(command, capture_output=True, text=True)
    report.check(result.returncode == 0, message, (result.stderr or result.stdout).strip()[:2000])
    return result.returncode == 0


def link_slice(report, framework, library, architecture, work, stub_symbols):
    identifier, platform = library["LibraryIdentifier"], library["SupportedPlatform"]
    variant = library.get("SupportedPlatformVariant")
    load_platform, ld_platform, triple_os, triple_suffix = PLATFORM_SPELLINGS[(platform, variant)]
    minimum = expected_minimum_os(load_platform, architecture)
    where = f"{identifier} {architecture}"
    folder = os.path.join(work, f"{identifier}-{architecture}")
    os.makedirs(folder, exist_ok=True)
    headers = os.path.join(framework, identifier, library["HeadersPath"], "CKeylessErrors")
    archive = os.path.join(framework, identifier, library["LibraryPath"])
    triple = f"{architecture}-apple-{triple_os}{minimum}{triple_suffix}"
    # Freestanding: no Apple SDK here; the header needs only the compiler's own stdint.h,
    # stdbool.h and stddef.h. No stack protector, so the program needs nothing from libSystem.
    compile_flags = ["-target", triple, "-ffreestanding", "-fno-stack-protector", "-O1", "-std=c11", "-Wall",
                     "-Werror", "-I", headers]
    objects = []
    for name, source in (("consumer", CONSUMER), ("main", os.path.join(folder, "main.c"))):
        objects.append(os.path.join(folder, name + ".o"))
        if not run([config("CLANG", "install the Swift toolchain or Debian's clang"), *compile_flags, "-c", source, "-o", objects[-1]], report,
                   f"{where}: clang -target {triple} compiles {os.path.basename(source)}"):
            return
    with open(objects[0], "rb") as consumer:
        called = {name for name in MachOFile(consumer.read(), "consumer.o").undefined if name.startswith("_keyless")}
    functions = {"_" + name for name in exported_functions()}
    report.check(called == functions, f"{where}: the program calls all {len(functions)} functions of the header",
                 f"tests/header/consumer.c does not call {sorted(functions - called)}; calls unknown {sorted(called - functions)}")
    executable = os.path.join(folder, "app")
    stub = os.path.join(work, "libSystem.tbd")
    if not run([config("LD64_LLD", "install Debian's lld-19, whose ld64.lld links Apple platforms"), "-arch", architecture, "-platform_version", ld_platform, minimum, minimum,
                "-o", executable, *objects, archive, stub], report,
               f"{where}: ld64.lld links the program, the archive and libSystem.tbd into an executable"):
        return
    with open(executable, "rb") as program:
        linked = MachOFile(program.read(), executable)
    report.check(linked.filetype == MH_EXECUTE and linked.architecture == architecture and linked.has_main,
                 f"{where}: an {architecture} executable with LC_MAIN",
                 f"filetype {linked.filetype}, architecture {linked.architecture}, LC_MAIN {linked.has_main}")
    want = (PLATFORMS[load_platform], minimum)
    report.check(linked.build_versions == [want], f"{where}: LC_BUILD_VERSION platform {load_platform}, minimum OS {minimum}",
                 f"found (platform, minos) {linked.build_versions}")
    report.check(linked.dylibs == [LIBSYSTEM], f"{where}: loads only {LIBSYSTEM}", f"loads {linked.dylibs}")
    foreign = sorted(name for name in linked.undefined
                     if name not in stub_symbols or linked.undefined_ordinals.get(name) != 1)
    report.check(not foreign, f"{where}: leaves undefined only libSystem's {sorted(linked.undefined)}",
                 f"not libSystem's: {foreign}")
    missing = sorted(functions - linked.defined)
    report.check(not missing, f"{where}: defines every function of the header, from the archive", f"lacks {missing}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    framework, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    report = Report()
    stub_symbols = set(config("APPLE_ALLOWED_IMPORTS").split()) | {"dyld_stub_binder"}
    with open(os.path.join(work, "libSystem.tbd"), "w") as stub:
        stub.write(libsystem_stub(stub_symbols))
    with open(os.path.join(framework, "Info.plist"), "rb") as plist:
        libraries = plistlib.load(plist)["AvailableLibraries"]
    pairs = 0
    for library in sorted(libraries, key=lambda entry: entry["LibraryIdentifier"]):
        for architecture in sorted(library["SupportedArchitectures"]):
            folder = os.path.join(work, f"{library['LibraryIdentifier']}-{architecture}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "main.c"), "w") as source:
                source.write(MAIN)
            link_slice(report, framework, library, architecture, work, stub_symbols)
            pairs += 1
    report.check(pairs == 5, f"{pairs} slice and architecture pairs linked (iOS arm64; simulator arm64, x86_64; "
                 "macOS arm64, x86_64)")
    print(f"link-apple: {'all checks pass' if not report.failures else f'{report.failures} checks FAILED'}")
    sys.exit(1 if report.failures else 0)


if __name__ == "__main__":
    main()
