"""What the artifact checks share (imported by check-elf.py, check-xcframework.py, link-apple.py).

- The facts of mk/config.mk, which make exports: `config(NAME)` fails with a clear message when a
  check runs outside make without them.
- The header's functions, from tests/abi/exported-functions.txt (generated from cbindgen's
  reading of src/ffi.rs and drift-checked by `cargo test --test generated_files`): the one list
  every check reads instead of parsing the header.
- `ar_members`: the members of a Unix archive (GNU and BSD formats), for the .a files.
- `Report`: one ok/FAIL line per check, and the count of failures.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
EXPORTED_FUNCTIONS = os.path.join(REPO, "tests", "abi", "exported-functions.txt")


def config(name, missing_hint="run this through make (mk/config.mk exports it), or set it yourself"):
    """A fact of mk/config.mk, from the environment make exports it to; exits naming it when unset or
    empty (a tool mk/config.mk did not find)."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"{os.path.basename(sys.argv[0])}: ${name} is {'empty' if value == '' else 'not set'}; {missing_hint}")
    return value


def config_pairs(name):
    """A config list of KEY=VALUE words (ANDROID_ABI_TARGETS, ...), as (key, value) tuples."""
    return [tuple(word.split("=", 1)) for word in config(name).split()]


def exported_functions():
    """The functions the header declares, sorted."""
    with open(EXPORTED_FUNCTIONS) as listing:
        names = [line.strip() for line in listing if line.strip() and not line.startswith("#")]
    if not names:
        sys.exit(f"{EXPORTED_FUNCTIONS} lists no function; run `make regenerate`")
    return names


def ar_members(data):
    """(name, bytes) of every member of a Unix archive, symbol tables excluded."""
    if not data.startswith(b"!<arch>\n"):
        raise ValueError("not a Unix archive")
    members, long_names, offset = [], b"", 8
    while offset + 60 <= len(data):
        header = data[offset:offset + 60]
        if header[58:60] != b"`\n":
            raise ValueError(f"bad archive member header at byte {offset}")
        name, size = header[:16].rstrip(b" "), int(header[48:58])
        body = data[offset + 60:offset + 60 + size]
        offset += 60 + size + (size & 1)
        if name.startswith(b"#1/"):  # BSD: the name's length, then the name before the body
            length = int(name[3:])
            name, body = body[:length].rstrip(b"\0"), body[length:]
        elif name == b"//":  # GNU: the table of long names
            long_names = body
            continue
        elif name.startswith(b"/") and name[1:].isdigit():  # GNU: an offset into that table
            start = int(name[1:])
            name = long_names[start:long_names.index(b"/\n", start)]
        elif name.endswith(b"/") and name not in (b"/", b"/SYM64/"):
            name = name[:-1]
        if name in (b"/", b"/SYM64/", b"__.SYMDEF", b"__.SYMDEF SORTED", b"__.SYMDEF_64", b"__.SYMDEF_64 SORTED"):
            continue
        members.append((name.decode(errors="replace"), body))
    return members


class Report:
    """Prints one line per check; `failures` counts the failed ones."""

    def __init__(self, subject=""):
        self.subject = subject
        self.failures = 0

    def check(self, condition, message, detail=None):
        prefix = f"{self.subject}: " if self.subject else ""
        if condition:
            print(f"ok: {prefix}{message}")
        else:
            self.failures += 1
            print(f"FAIL: {prefix}{message}" + (f"\n      {detail}" if detail else ""))
        return condition


# ---- Mach-O, read with macholib (Debian python3-macholib) ----------------------------------------

MACHO_ARCHITECTURES = {0x0100000C: "arm64", 0x01000007: "x86_64"}  # CPU_TYPE_ARM64, CPU_TYPE_X86_64
N_STAB, N_PEXT, N_TYPE, N_EXT, N_UNDF, N_SECT = 0xE0, 0x10, 0x0E, 0x01, 0x0, 0xE


def macho_slices(data):
    """(architecture, bytes) of each slice of a universal (fat) file, or of a thin file's one."""
    import io
    import struct
    from macholib.mach_o import FAT_MAGIC, fat_arch, fat_header
    if struct.unpack(">I", data[:4])[0] == FAT_MAGIC:
        stream = io.BytesIO(data)
        header = fat_header.from_fileobj(stream)
        slices = []
        for _ in range(header.nfat_arch):
            arch = fat_arch.from_fileobj(stream)
            slices.append((MACHO_ARCHITECTURES.get(arch.cputype, hex(arch.cputype)),
                           data[arch.offset:arch.offset + arch.size]))
        return slices
    if data.startswith(b"!<arch>\n"):
        architectures = {MachOFile(body, name).architecture for name, body in ar_members(data)}
        return [(architecture, data) for architecture in sorted(architectures)]
    return [(MachOFile(data, "file").architecture, data)]


class MachOFile:
    """The facts of one Mach-O object or executable that the checks read."""

    def __init__(self, data, name):
        import io
        from macholib.MachO import MachO
        from macholib.mach_o import LC_BUILD_VERSION, LC_LOAD_DYLIB, LC_MAIN
        from macholib.SymbolTable import SymbolTable
        macho = MachO.__new__(MachO)  # MachO() reads a path; this reads bytes
        macho.graphident = macho.filename = name
        macho.loader_path, macho.fat, macho.headers, macho.allow_unknown_load_commands = "", None, [], True
        macho.load(io.BytesIO(data))
        header = macho.headers[0]
        self.name = name
        self.architecture = MACHO_ARCHITECTURES.get(header.header.cputype, hex(header.header.cputype))
        self.filetype = header.header.filetype
        self.build_versions, self.dylibs, self.has_main = [], [], False
        for command, body, payload in header.commands:
            if command.cmd == LC_BUILD_VERSION:
                self.build_versions.append((body.platform, unpack_version(body.minos)))
            elif command.cmd == LC_LOAD_DYLIB:
                self.dylibs.append(payload.rstrip(b"\0").decode())
            elif command.cmd == LC_MAIN:
                self.has_main = True
        table = SymbolTable(macho, header, openfile=lambda *_: io.BytesIO(data))
        self.defined, self.undefined, self.undefined_ordinals = set(), set(), {}
        for entry, symbol in getattr(table, "nlists", []):
            symbol = symbol.decode() if isinstance(symbol, bytes) else symbol
            if entry.n_type & N_STAB or not entry.n_type & N_EXT:
                continue
            kind = entry.n_type & N_TYPE
            if kind == N_UNDF and entry.n_value == 0:
                self.undefined.add(symbol)
                self.undefined_ordinals[symbol] = (entry.n_desc >> 8) & 0xFF
            elif kind == N_SECT and not entry.n_type & N_PEXT:
                self.defined.add(symbol)


def unpack_version(packed):
    """Mach-O's xxxx.yy.zz nibbles as "13.0" or "10.15.1"."""
    major, minor, patch = packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF
    return f"{major}.{minor}" + (f".{patch}" if patch else "")


def archive_objects(data):
    """The Mach-O objects of each architecture of a (possibly universal) static library."""
    result = []
    for architecture, slice_data in macho_slices(data):
        objects = [MachOFile(body, name) for name, body in ar_members(slice_data)]
        result.append((architecture, [item for item in objects if item.architecture == architecture]))
    return result


def expected_minimum_os(platform, architecture):
    """The minimum OS of mk/config.mk for an LC_BUILD_VERSION platform name and architecture."""
    names = {
        ("ios", "arm64"): "IOS_MIN_VERSION",
        ("iossimulator", "arm64"): "IOS_SIMULATOR_ARM64_MIN_VERSION",
        ("iossimulator", "x86_64"): "IOS_MIN_VERSION",
        ("macos", "arm64"): "MACOS_ARM64_MIN_VERSION",
        ("macos", "x86_64"): "MACOS_MIN_VERSION",
    }
    return config(names[(platform, architecture)]) if (platform, architecture) in names else None


# LC_BUILD_VERSION's platform numbers (<mach-o/loader.h>).
PLATFORMS = {"macos": 1, "ios": 2, "iossimulator": 7}
