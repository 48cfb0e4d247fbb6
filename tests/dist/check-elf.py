#!/usr/bin/python3
"""The one checker of the ELF libraries this project ships, read with pyelftools (Debian
python3-pyelftools; run it with /usr/bin/python3, $(PYTHON) in make).

    check-elf.py library FILE [--target RUST_TARGET] [--align BYTES] [--budget BYTES]
        The C library (libkeyless_errors.so): exports exactly the header's functions
        (tests/abi/exported-functions.txt); imports nothing but $ALLOWED_IMPORTS (so no abort:
        no panic path survived; no unwinder); needs only the C library; soname
        libkeyless_errors.so; no run path; DF_1_NODELETE (strings outlive dlclose); stripped,
        and within --budget bytes.
    check-elf.py glue FILE [--target RUST_TARGET] [--align BYTES] [--runpath PATH]
        The Kotlin binding's JNI glue (libkeyless_errors_jni.so): exports only JNI_OnLoad; needs
        libkeyless_errors.so by its bare name and otherwise only the C library; soname
        libkeyless_errors_jni.so; run path exactly PATH ('$ORIGIN' for the jar's natives; none
        when --runpath is omitted, as on Android, where the app's library folder is searched);
        imports only functions the header declares, besides the C library's.
    check-elf.py archive FILE --target RUST_TARGET
        A static library: every member is an object of the target's machine, and together they
        define every function of the header.
    check-elf.py mutable-state FILE
        Thread safety by construction, on an UNSTRIPPED build (cargo's `abi` profile): no symbol of
        the library's own lives in a writable section (.data, .bss and the like), so there is
        nothing two threads could race on; only what the C runtime's start files and the linker
        put in every shared library. (ThreadSanitizer cannot instrument the Rust code on stable.)
    check-elf.py android JNI_LIBS_DIR
        Both libraries of every ABI of $ANDROID_ABI_TARGETS, aligned to $ANDROID_PAGE_SIZE, the C
        library within $LIBRARY_SIZE_BUDGET; no other folder.
    check-elf.py linux DIST_LINUX_DIR
        libkeyless_errors.so of $LINUX_HOST_TARGET and $LINUX_ARM_TARGETS (ARM aligned to
        $LINUX_ARM_PAGE_SIZE), and each target's libkeyless_errors.a (as in the archive mode).

Every mode also checks, for each library: the ELF machine, class and byte order of --target (and
the float ABI on 32-bit ARM); a shared object; every LOAD segment aligned to --align when given
(Android 15+ with 16 KB pages needs 16384); no text relocations (Android 6.0+ refuses them); no
segment both writable and executable; a non-executable stack. Prints one ok/FAIL line per check;
exits 1 when any failed.

For the Kotlin binding: `$(PYTHON) tests/dist/check-elf.py glue <libkeyless_errors_jni.so>
--runpath '$ORIGIN' --align 16384` checks the host glue (`make -C bindings/kotlin check-glue`;
drop --runpath for the Android build). It needs only $ALLOWED_IMPORTS from the environment
for the library mode, nothing for the glue mode.
"""
import argparse
import io
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from elftools.common.exceptions import ELFError  # noqa: E402
from elftools.elf.dynamic import DynamicSection  # noqa: E402
from elftools.elf.elffile import ELFFile  # noqa: E402
from elftools.elf.relocation import RelocationSection  # noqa: E402

from artifacts import Report, ar_members, config, config_pairs, exported_functions  # noqa: E402

LIBRARY_SONAME = "libkeyless_errors.so"
GLUE_SONAME = "libkeyless_errors_jni.so"
# Rust target architecture -> (ELF machine, class).
MACHINES = {
    "aarch64": ("EM_AARCH64", 64),
    "armv7": ("EM_ARM", 32),
    "x86_64": ("EM_X86_64", 64),
    "i686": ("EM_386", 32),
}
# 32-bit ARM: every function's unwind table entry (.ARM.exidx) names an EHABI personality routine
# through an R_ARM_NONE relocation, which leaves it as an undefined symbol that the loader never
# binds. They are allowed only when no dynamic relocation refers to them.
ARM_PERSONALITIES = {"__aeabi_unwind_cpp_pr0", "__aeabi_unwind_cpp_pr1", "__aeabi_unwind_cpp_pr2"}
# Imports that would mean a panic or unwinding path reached the C library.
PANIC_PATH = {"abort", "rust_eh_personality", "_Unwind_Resume", "_Unwind_RaiseException", "__rust_start_panic"}
EF_ARM_ABI_FLOAT_SOFT, EF_ARM_ABI_FLOAT_HARD = 0x200, 0x400
DF_TEXTREL, DF_1_NODELETE = 0x4, 0x8
PF_X, PF_W = 0x1, 0x2


def libc_of(target):
    return "libc.so" if target and "-android" in target else "libc.so.6"


class Library:
    """The facts of one ELF shared library that the checks read."""

    def __init__(self, path):
        self.path = path
        self.size = os.path.getsize(path)
        with open(path, "rb") as stream:
            elf = ELFFile(stream)
            self.machine = elf.header["e_machine"]
            self.elfclass = elf.elfclass
            self.little_endian = elf.little_endian
            self.type = elf.header["e_type"]
            self.flags = elf.header["e_flags"]
            self.segments = [segment.header for segment in elf.iter_segments()]
            self.section_names = [section.name for section in elf.iter_sections()]
            self.needed, self.runpaths, self.soname, self.dt_flags, self.dt_flags_1, self.textrel = [], [], None, 0, 0, False
            for section in elf.iter_sections():
                if isinstance(section, DynamicSection):
                    for tag in section.iter_tags():
                        kind = tag.entry.d_tag
                        if kind == "DT_NEEDED":
                            self.needed.append(tag.needed)
                        elif kind == "DT_SONAME":
                            self.soname = tag.soname
                        elif kind in ("DT_RUNPATH", "DT_RPATH"):
                            self.runpaths.append(getattr(tag, kind[3:].lower()))
                        elif kind == "DT_FLAGS":
                            self.dt_flags = tag.entry.d_val
                        elif kind == "DT_FLAGS_1":
                            self.dt_flags_1 = tag.entry.d_val
                        elif kind == "DT_TEXTREL":
                            self.textrel = True
            dynsym = elf.get_section_by_name(".dynsym")
            symbols = list(dynsym.iter_symbols()) if dynsym else []
            self.exports = sorted(s.name for s in symbols if s.name and s["st_shndx"] != "SHN_UNDEF"
                                  and s["st_info"]["bind"] in ("STB_GLOBAL", "STB_WEAK")
                                  and s["st_other"]["visibility"] in ("STV_DEFAULT", "STV_PROTECTED"))
            self.imports = sorted(s.name for s in symbols if s.name and s["st_shndx"] == "SHN_UNDEF"
                                  and s["st_info"]["bind"] != "STB_WEAK")
            self.weak_imports = sorted(s.name for s in symbols if s.name and s["st_shndx"] == "SHN_UNDEF"
                                       and s["st_info"]["bind"] == "STB_WEAK")
            # The symbols the loader must bind: those named by a dynamic relocation.
            self.relocated = set()
            for section in elf.iter_sections():
                if isinstance(section, RelocationSection) and dynsym is not None \
                        and elf.get_section(section["sh_link"]).name == ".dynsym":
                    for relocation in section.iter_relocations():
                        index = relocation["r_info_sym"]
                        if index:
                            self.relocated.add(symbols[index].name)


def check_common(report, library, target, align):
    if target:
        arch = target.split("-")[0]
        machine, elfclass = MACHINES.get(arch, (None, None))
        report.check(machine is not None, f"target {target} is known to this checker")
        if machine:
            report.check((library.machine, library.elfclass, library.little_endian) == (machine, elfclass, True),
                         f"{machine}, ELF{elfclass}, little-endian",
                         f"is {library.machine}, ELF{library.elfclass}, {'little' if library.little_endian else 'big'}-endian")
        if machine == "EM_ARM":
            # gnueabihf passes floats in VFP registers; Android's armeabi-v7a and armel in integer ones.
            want = EF_ARM_ABI_FLOAT_HARD if target.endswith("hf") else EF_ARM_ABI_FLOAT_SOFT
            float_abi = library.flags & (EF_ARM_ABI_FLOAT_HARD | EF_ARM_ABI_FLOAT_SOFT)
            report.check(float_abi == want, f"{'hard' if want == EF_ARM_ABI_FLOAT_HARD else 'soft'}-float ABI",
                         f"e_flags {library.flags:#x}")
    report.check(library.type == "ET_DYN", "a shared object", f"e_type {library.type}")
    loads = [segment for segment in library.segments if segment["p_type"] == "PT_LOAD"]
    if align:
        alignments = sorted({segment["p_align"] for segment in loads})
        report.check(loads and alignments == [align], f"{len(loads)} LOAD segments, each aligned to {align}",
                     f"LOAD alignments {alignments}")
    writable_code = [segment for segment in loads if segment["p_flags"] & PF_X and segment["p_flags"] & PF_W]
    report.check(not writable_code, "no LOAD segment is both writable and executable")
    stacks = [segment for segment in library.segments if segment["p_type"] == "PT_GNU_STACK"]
    report.check(stacks and not stacks[0]["p_flags"] & PF_X, "a non-executable stack (PT_GNU_STACK without X)")
    report.check(not library.textrel and not library.dt_flags & DF_TEXTREL, "no text relocations")
    bad_needed = [name for name in library.needed if "/" in name]
    report.check(not bad_needed, "every DT_NEEDED is a bare name, not a build-machine path", f"{bad_needed}")


def open_checked(path, target, align):
    """The report of `path` and its Library, with the checks every shared library gets already
    made; the Library is None when the file is not readable as ELF (the report says why)."""
    report = Report(path)
    try:
        library = Library(path)
    except (OSError, ELFError) as error:
        report.check(False, f"readable as ELF ({error})")
        return report, None
    check_common(report, library, target, align)
    return report, library


def check_library(path, target=None, align=None, budget=None):
    report, library = open_checked(path, target, align)
    if library is None:
        return report.failures
    libc = libc_of(target)
    # Nothing at all is fine too (32-bit ARM Android inlines every memory operation).
    report.check(set(library.needed) <= {libc} and (libc in library.needed or not library.imports),
                 f"needs only {libc}" + ("" if library.needed else " (needs nothing)"), f"DT_NEEDED {library.needed}")
    report.check(library.soname == LIBRARY_SONAME, f"soname {LIBRARY_SONAME}", f"soname {library.soname}")
    report.check(not library.runpaths, "no run path", f"{library.runpaths}")
    report.check(library.dt_flags_1 & DF_1_NODELETE, "DF_1_NODELETE: dlclose never unmaps the strings handed out")
    functions = exported_functions()
    missing = sorted(set(functions) - set(library.exports))
    extra = sorted(set(library.exports) - set(functions))
    report.check(not missing and not extra, f"exports exactly the header's {len(functions)} functions",
                 f"missing {missing}, extra {extra}")
    allowed = set(config("ALLOWED_IMPORTS").split())
    if library.machine == "EM_ARM":
        allowed |= ARM_PERSONALITIES - library.relocated
    panic = sorted(set(library.imports) & PANIC_PATH)
    report.check(not panic, "no panic or unwinding path (imports no abort, no unwinder)", f"imports {panic}")
    unexpected = sorted(set(library.imports) - allowed)
    report.check(not unexpected, (f"imports only {' '.join(library.imports)}" if library.imports else "imports nothing") + " (allowed: ALLOWED_IMPORTS)",
                 f"unexpected imports {unexpected}")
    check_size(report, library, budget)
    return report.failures


def check_glue(path, target=None, align=None, runpath=None):
    report, library = open_checked(path, target, align)
    if library is None:
        return report.failures
    allowed = {LIBRARY_SONAME, libc_of(target)}
    report.check(LIBRARY_SONAME in library.needed and set(library.needed) <= allowed,
                 f"needs {LIBRARY_SONAME} by name, and otherwise only {libc_of(target)}", f"DT_NEEDED {library.needed}")
    report.check(library.soname == GLUE_SONAME, f"soname {GLUE_SONAME}", f"soname {library.soname}")
    want = [runpath] if runpath else []
    report.check(library.runpaths == want, f"run path {runpath}" if runpath else "no run path", f"{library.runpaths}")
    report.check(library.exports == ["JNI_OnLoad"], "exports only JNI_OnLoad (natives are registered there)",
                 f"exports {library.exports}")
    functions = set(exported_functions())
    ours = [name for name in library.imports if name.startswith("keyless_")]
    unknown = sorted(set(ours) - functions)
    report.check(not unknown, f"calls {len(ours)} functions, all declared by the header", f"unknown {unknown}")
    check_size(report, library, None)
    return report.failures


def check_size(report, library, budget):
    unstripped = [name for name in library.section_names if name == ".symtab" or name.startswith(".debug")]
    report.check(not unstripped, "stripped (no .symtab, no debug sections)", f"has {unstripped}")
    if budget:
        report.check(library.size <= budget, f"{library.size} bytes, within the budget of {budget}",
                     f"{library.size} bytes exceed the budget of {budget}")
    else:
        print(f"ok: {library.path}: {library.size} bytes")


def check_archive(path, target):
    report = Report(path)
    machine, elfclass = MACHINES[target.split("-")[0]]
    try:
        with open(path, "rb") as archive:
            members = ar_members(archive.read())
    except (OSError, ValueError) as error:
        report.check(False, f"readable as an archive ({error})")
        return report.failures
    machines, defined = set(), set()
    for name, body in members:
        try:
            elf = ELFFile(io.BytesIO(body))
        except ELFError:
            report.check(False, f"member {name} is an ELF object")
            continue
        machines.add((elf.header["e_machine"], elf.elfclass))
        symtab = elf.get_section_by_name(".symtab")
        for symbol in symtab.iter_symbols() if symtab else []:
            if symbol["st_shndx"] != "SHN_UNDEF" and symbol["st_info"]["bind"] in ("STB_GLOBAL", "STB_WEAK"):
                defined.add(symbol.name)
    report.check(machines == {(machine, elfclass)}, f"{len(members)} members, all {machine} ELF{elfclass}",
                 f"members are {sorted(machines)}")
    functions = exported_functions()
    missing = sorted(set(functions) - defined)
    others = len(defined - set(functions))
    report.check(not missing, f"defines the header's {len(functions)} functions "
                 f"({others} other global symbols: compiler_builtins, which the Apple archives drop)", f"lacks {missing}")
    return report.failures


# What the C runtime's start files and the linker put in every shared library's writable sections.
RUNTIME_WRITABLE = {"_DYNAMIC", "_GLOBAL_OFFSET_TABLE_", "__TMC_END__", "__TMC_LIST__", "__dso_handle", "completed.0",
                    "__do_global_dtors_aux_fini_array_entry", "__frame_dummy_init_array_entry"}
SHF_WRITE = 0x1


def check_mutable_state(path):
    report = Report(path)
    with open(path, "rb") as stream:
        elf = ELFFile(stream)
        symtab = elf.get_section_by_name(".symtab")
        if not report.check(symtab is not None, "has a symbol table (an unstripped build: cargo's abi profile)"):
            return report.failures
        writable_sections = {index for index, section in enumerate(elf.iter_sections()) if section["sh_flags"] & SHF_WRITE}
        writable = sorted(symbol.name for symbol in symtab.iter_symbols()
                          if isinstance(symbol["st_shndx"], int) and symbol["st_shndx"] in writable_sections
                          and symbol["st_info"]["type"] not in ("STT_SECTION", "STT_FILE") and symbol.name
                          and symbol.name not in RUNTIME_WRITABLE)
    report.check(not writable, "no writable data of the library's own, which threads could race on",
                 f"writable symbols {writable}")
    return report.failures


def check_android(jni_libs):
    failures = 0
    align, budget = int(config("ANDROID_PAGE_SIZE")), int(config("LIBRARY_SIZE_BUDGET"))
    pairs = config_pairs("ANDROID_ABI_TARGETS")
    for abi, target in pairs:
        folder = os.path.join(jni_libs, abi)
        failures += check_library(os.path.join(folder, LIBRARY_SONAME), target, align, budget)
        failures += check_glue(os.path.join(folder, GLUE_SONAME), target, align)
    present = sorted(os.listdir(jni_libs)) if os.path.isdir(jni_libs) else []
    report = Report(jni_libs)
    report.check(present == sorted(abi for abi, _ in pairs), f"holds exactly the ABIs {[abi for abi, _ in pairs]}",
                 f"holds {present}")
    return failures + report.failures


def check_linux(directory):
    failures = 0
    budget, arm_align = int(config("LIBRARY_SIZE_BUDGET")), int(config("LINUX_ARM_PAGE_SIZE"))
    arm_targets = config("LINUX_ARM_TARGETS").split()
    for target in [config("LINUX_HOST_TARGET")] + arm_targets:
        folder = os.path.join(directory, target)
        align = arm_align if target in arm_targets else None
        failures += check_library(os.path.join(folder, LIBRARY_SONAME), target, align, budget)
        failures += check_archive(os.path.join(folder, "libkeyless_errors.a"), target)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    modes = parser.add_subparsers(dest="mode", required=True)
    for mode in ("library", "glue"):
        single = modes.add_parser(mode)
        single.add_argument("file")
        single.add_argument("--target", help="Rust target triple: checks the ELF machine, class and C library")
        single.add_argument("--align", type=int, help="every LOAD segment's alignment, in bytes")
        if mode == "library":
            single.add_argument("--budget", type=int, help="the largest size allowed, in bytes")
        else:
            single.add_argument("--runpath", help="the exact run path ($ORIGIN); none when omitted")
    archive = modes.add_parser("archive")
    archive.add_argument("file")
    archive.add_argument("--target", required=True)
    modes.add_parser("mutable-state").add_argument("file")
    modes.add_parser("android").add_argument("directory")
    modes.add_parser("linux").add_argument("directory")
    arguments = parser.parse_args()
    if arguments.mode == "library":
        failures = check_library(arguments.file, arguments.target, arguments.align, arguments.budget)
    elif arguments.mode == "glue":
        failures = check_glue(arguments.file, arguments.target, arguments.align, arguments.runpath)
    elif arguments.mode == "archive":
        failures = check_archive(arguments.file, arguments.target)
    elif arguments.mode == "mutable-state":
        failures = check_mutable_state(arguments.file)
    elif arguments.mode == "android":
        failures = check_android(arguments.directory)
    else:
        failures = check_linux(arguments.directory)
    print(f"check-elf {arguments.mode}: " + ("all checks pass" if not failures else f"{failures} checks FAILED"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
