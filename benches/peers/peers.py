#!/usr/bin/env python3
"""The library against the code an app developer would write instead.

    peers.py measure <build dir> [valgrind]
        Runs the drivers of benches/peers under callgrind: callgrind_driver.c
        built four times (library or C peer, .so or .a) and locale_driver.c
        twice (library or ICU4C), and writes <build dir>/measurements.json:
        for every measure_<function>_<set> function, its calls and the
        inclusive instructions of the calls it made. Counts are exact.

    peers.py check <build dir> <library .so> <peer .so>
        Prints the comparison and exits 1 when a goal is missed:
        - instructions per call of every function, documented and undocumented
          codes, through the .so and the .a: library <= peer;
        - keyless_error_locale: fewer instructions than ICU's
          uloc_acceptLanguage on each input;
        - dynamic relocations: library <= peer; RELRO: what the loader must
          relocate fits in one page (how many pages it spans depends on where
          the linker happens to place it, so that is reported, not judged);
        - stripped .so size: library <= peer, both linked by the same linker.

    peers.py write <BENCHMARKS.md> <build dir> <library .so> <peer .so>
        The same, plus dlopen + first call, the bindings' lines
        (<build dir>/bindings.txt), the library's size against its translated
        text, and the machine, as Markdown. Reports; never fails on a goal.

ELF facts come from pyelftools (Debian python3-pyelftools).
"""

import json
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from elftools.elf.descriptions import describe_reloc_type
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection

from callgrind import call_edges

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CALLGRIND_DRIVERS = ["library-so", "peer-so", "library-a", "peer-a"]
LOCALE_DRIVERS = ["locale-library", "locale-icu"]
LOCALE_INPUTS = {
    "tag": '"es-MX"',
    "posix": '"it_IT.UTF-8@euro"',
    "list": '"fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"',
}


def callgrind_edges(path):
    """{measure function: [calls, inclusive instructions]} of a callgrind file
    written with --compress-strings=no --compress-pos=no (read by
    callgrind.py). A measure function calls one API function (or one
    resolution helper) only, so every edge out of it counts."""
    def measure_function(caller, _callee):
        if caller and caller.startswith("measure_"):
            return caller[len("measure_"):]
        return None
    return call_edges(path, measure_function)


def measure(build, valgrind):
    measurements = {}
    for driver in CALLGRIND_DRIVERS + LOCALE_DRIVERS:
        out = build / f"callgrind-{driver}.out"
        subprocess.run(
            [valgrind, "--quiet", "--tool=callgrind", f"--callgrind-out-file={out}",
             "--compress-strings=no", "--compress-pos=no", str(build / f"driver-{driver}")],
            check=True,
        )
        edges = callgrind_edges(out)
        if not edges:
            sys.exit(f"FAIL: no measure_* calls found in {out}")
        measurements[driver] = edges
    (build / "measurements.json").write_text(json.dumps(measurements, indent=1, sort_keys=True))
    print(f"measured {len(measurements['library-so'])} function/code-set pairs in 4 builds, "
          f"and {len(measurements['locale-library'])} locale inputs against ICU, under callgrind")


def header_functions():
    """The functions of the peer's header, in its order: the rows' order."""
    header = (HERE / "peer_switch.h").read_text()
    return re.findall(r"\bpeer_errors?_([a-z_]+)\(", header)


def per_call(entry):
    return entry[1] / entry[0]


def instruction_rows(measurements):
    """(function, set, [library .so, peer .so, library .a, peer .a] per call,
    losing) for every measured pair, in the header's order."""
    rows = []
    library = measurements["library-so"]
    for function in header_functions():
        sets = sorted({name[len(function) + 1:] for name in library
                       if name.startswith(function + "_") and "_" not in name[len(function) + 1:]})
        if not sets:
            raise SystemExit(f"FAIL: no measurement of {function}")
        for code_set in sets:
            name = f"{function}_{code_set}"
            entries = []
            for driver in CALLGRIND_DRIVERS:
                if name not in measurements[driver]:
                    raise SystemExit(f"FAIL: {driver} has no measurement of {name}")
                entries.append(measurements[driver][name])
            # Exact comparison of totals (the call counts are equal): a tie is 1.00.
            losing = [entries[0][1] * entries[1][0] > entries[1][1] * entries[0][0],
                      entries[2][1] * entries[3][0] > entries[3][1] * entries[2][0]]
            rows.append((function, code_set, [per_call(entry) for entry in entries], losing))
    return rows


def ratio_text(library, peer, losing):
    text = f"{library / peer:.2f}"
    if losing:
        return ("1.00+" if text == "1.00" else text) + " **LOSES**"
    return text


def locale_rows(measurements):
    rows = []
    for name, shown in LOCALE_INPUTS.items():
        library = measurements["locale-library"].get(f"locale_{name}")
        icu = measurements["locale-icu"].get(f"locale_{name}")
        if library is None or icu is None:
            raise SystemExit(f"FAIL: no measurement of locale_{name}")
        rows.append((name, shown, per_call(library), per_call(icu)))
    return rows


class Elf:
    """The loader-facing facts of a shared library."""

    def __init__(self, path):
        self.path = Path(path)
        with open(path, "rb") as stream:
            elf = ELFFile(stream)
            self.relocations = 0
            self.relative = 0
            for section in elf.iter_sections():
                if isinstance(section, RelocationSection) and section["sh_flags"] & 0x2:  # SHF_ALLOC: dynamic
                    for relocation in section.iter_relocations():
                        self.relocations += 1
                        self.relative += describe_reloc_type(relocation["r_info_type"], elf).endswith("_RELATIVE")
            page = 4096
            self.relro_pages = 0
            self.relro_bytes = 0
            for segment in elf.iter_segments():
                if segment["p_type"] == "PT_GNU_RELRO":
                    start, size = segment["p_vaddr"], segment["p_memsz"]
                    self.relro_pages += -(-(start + size) // page) - start // page if size else 0
                    self.relro_bytes += segment["p_filesz"]
            comment = elf.get_section_by_name(".comment")
            text = comment.data().decode("ascii", "replace") if comment else ""
            match = re.search(r"Linker: ([^(\x00]*[^ (\x00])", text)
            self.linker = match.group(1) if match else "unknown"
        self.size = self.path.stat().st_size


def goals(build, library_so, peer_so):
    measurements = json.loads((build / "measurements.json").read_text())
    rows = instruction_rows(measurements)
    locales = locale_rows(measurements)
    library, peer = Elf(library_so), Elf(peer_so)
    failures = []
    losing = [f"{function}/{code_set}" for function, code_set, _, lose in rows if any(lose)]
    if losing:
        failures.append(f"instructions: the library loses in {len(losing)} of {len(rows)} rows: {', '.join(losing)}")
    for name, _, ours, icu in locales:
        if ours >= icu:
            failures.append(f"keyless_error_locale on the {name} input: {ours:.0f} instructions, ICU {icu:.0f}")
    if library.relocations > peer.relocations:
        failures.append(f"dynamic relocations: library {library.relocations} > peer {peer.relocations}")
    if library.relro_bytes > 4096:
        failures.append(f"RELRO: library {library.relro_bytes} bytes, more than one page")
    if library.linker != peer.linker:
        failures.append(f"size: not comparable, the library was linked by {library.linker}, the peer by {peer.linker}")
    elif library.size > peer.size:
        failures.append(f"stripped .so size: library {library.size} > peer {peer.size} bytes")
    return measurements, rows, locales, library, peer, failures


def report(build, library_so, peer_so, with_timings):
    measurements, rows, locales, library, peer, failures = goals(build, library_so, peer_so)
    out = []
    say = out.append
    say("# Benchmarks: the library against hand-written peers")
    say("")
    say(f"Written by `make bench-peers` on {datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}; rerun it to refresh this file.")
    say("`make check-peers` checks the C goals below in a few seconds and fails when one is missed.")
    say("")
    say("## Summary")
    say("")
    if failures:
        say("C goals missed:")
        say("")
        out.extend(f"- {failure}" for failure in failures)
    else:
        say("Every C goal holds.")
    say("")
    say("## C: instructions per call (callgrind)")
    say("")
    say("Goal: ratio = library / peer <= 1.00 for every function, documented and undocumented codes alike.")
    say("**LOSES** marks a row where the library runs more instructions than the peer.")
    say("")
    say("| function | codes | .so library | .so peer | .so ratio | .a library | .a peer | .a ratio |")
    say("|---|---|---:|---:|---:|---:|---:|---:|")
    for function, code_set, costs, losing in rows:
        say(f"| `{function}` | {code_set} | {costs[0]:.2f} | {costs[1]:.2f} | {ratio_text(costs[0], costs[1], losing[0])} "
            f"| {costs[2]:.2f} | {costs[3]:.2f} | {ratio_text(costs[2], costs[3], losing[1])} |")
    calls = measurements["library-so"]["version_all"][0]
    say("")
    say("Codes: `documented` cycles through every documented code; `undocumented` through 24 undocumented codes spread over")
    say("every category and both ends of int32_t (`benches/peers/callgrind_driver.c`). `user_message_localized` pairs each")
    say("code with the next language of `keyless_error_locales` in turn, so every language comes up. `all`: the function")
    say(f"takes no code (`codes` and `locales` copy the whole list). Each row is {calls} calls.")
    say("")
    say("## C: choosing the language (callgrind)")
    say("")
    say("Goal: `keyless_error_locale` runs fewer instructions than ICU4C's `uloc_acceptLanguage` (`uloc_acceptLanguageFromHTTP`")
    say("for the list) given the same 44 languages. Both give the same answers on these inputs (`es-419`, `it`, `fr`).")
    say("")
    say("| input | keyless_error_locale | ICU4C | ratio |")
    say("|---|---:|---:|---:|")
    for name, shown, ours, icu in locales:
        say(f"| {name}: `{shown}` | {ours:.0f} | {icu:.0f} | {ours / icu:.3f} |")
    say("")
    say("## C: loading and size")
    say("")
    say("| measure | library | peer | goal |")
    say("|---|---:|---:|---|")
    say(f"| dynamic relocations, RELATIVE among them | {library.relocations} ({library.relative}) "
        f"| {peer.relocations} ({peer.relative}) | <= peer |")
    say(f"| RELRO: bytes the loader relocates (4 KB pages they span) | {library.relro_bytes} ({library.relro_pages}) "
        f"| {peer.relro_bytes} ({peer.relro_pages}) | <= 4096 bytes |")
    say(f"| stripped `.so`, bytes | {library.size} | {peer.size} | <= peer, same linker |")
    if with_timings:
        library_ns = dlopen_median(build, library_so, "keyless_error_name")
        peer_ns = dlopen_median(build, peer_so, "peer_error_name")
        say(f"| `dlopen` + first call, median of 31 fresh processes, µs | {library_ns / 1000:.1f} | {peer_ns / 1000:.1f} "
            f"| reported (ratio {library_ns / peer_ns:.2f}) |")
    say("")
    say(f"Linkers: library `{library.linker}`, peer `{peer.linker}`.")
    if with_timings:
        bindings_section(build, say)
        how_it_was_measured(build, say)
    return "\n".join(out) + "\n", failures


def dlopen_median(build, library, symbol, runs=31):
    samples = sorted(
        int(subprocess.run([str(build / "dlopen_first_call"), str(Path(library).resolve()), symbol],
                           check=True, capture_output=True, text=True).stdout.split()[0])
        for _ in range(runs)
    )
    return samples[runs // 2]


def bindings_section(build, say):
    say("")
    say("## Swift and Kotlin: nanoseconds per call")
    say("")
    say("Reported by `make -C bindings/<binding> bench-peers`; timings vary from run to run and are never asserted.")
    say("Goal: ratio = library / hand-written peer <= 1.00.")
    say("")
    lines = (build / "bindings.txt").read_text().splitlines() if (build / "bindings.txt").exists() else []
    measured = [line.split() for line in lines if line.startswith("PEER ")]
    if measured:
        say("| binding | measure | library ns | peer ns | ratio |")
        say("|---|---|---:|---:|---:|")
        for fields in measured:
            values = dict(field.split("=", 1) for field in fields[3:] if "=" in field)
            ratio = values.get("ratio", "?")
            mark = " **LOSES**" if ratio != "?" and float(ratio) > 1.0 else ""
            say(f"| {fields[1]} | {fields[2]} | {values.get('lib_ns', '?')} | {values.get('peer_ns', '?')} | {ratio}{mark} |")
        say("")
    for line in lines:
        if line.startswith("NOT_MEASURED "):
            _, binding, reason = line.split(" ", 2)
            say(f"- {binding}: not measured ({reason})")
    for extra in ("swift-callgrind.txt", "kotlin-first-use.txt"):
        path = build / extra
        if path.exists():
            say("")
            say(path.read_text().rstrip())
    cli = build / "bench-cli.md"
    if cli.exists():
        say("")
        say("## The keyless-errors command: annotate against grep")
        say("")
        say("Written by `make bench-cli` (`cli/bench/bench-cli.sh`): a synthetic log of logcat and Xcode-console lines,")
        say("1 % of them with Keyless codes, read from the page cache; `annotate` against `grep -E -c` with an equivalent")
        say("pattern. Goal: annotate's throughput >= grep's, with flat memory. Timings vary with load; never asserted.")
        say("")
        say(cli.read_text().strip())


def how_it_was_measured(build, say):
    agreement = subprocess.run([str(build / "peer_agrees")], check=True, capture_output=True, text=True).stdout.strip()
    say("")
    say("## How it was measured")
    say("")
    say("- **The C peer** (`benches/peers/peer_switch.c`, generated by `tests/codegen/peers.rs` and drift-checked by")
    say("  `cargo test --test generated_files`): one `switch` per function over the documented codes returning literals,")
    say("  then the category fallback by the range rule; for the localised message, one such `switch` per language")
    say("  behind a `switch` on the language; `codes` and `locales` are a `memcpy` from a static array; `format` copies")
    say("  its four parts with `strlen` and `memcpy`, not `snprintf` (which costs hundreds of instructions more).")
    say(f"  `benches/peers/peer_agrees.c`: {agreement.removeprefix('ok: ')}.")
    say(f"- **Built the same way:** the peer with `{os.environ.get('PEER_CC', 'clang')} {os.environ.get('PEER_CFLAGS', '')}`,")
    say("  linked by the linker rustc used for the library (its `gcc-ld/ld.lld` wrapper around rust-lld) with rustc's")
    say("  own cdylib flags; the `.a` is that object archived. The library is `cargo build --release`.")
    say("- **Instructions:** each driver calls one function many times from its own `measure_<function>_<codes>`")
    say("  function, and runs under `valgrind --tool=callgrind`; `benches/peers/peers.py` divides the inclusive cost of")
    say("  the call edges out of each measure function (the function and its callees; neither the loop nor the PLT")
    say("  stub's jump) by their count. The counts are exact and identical from run to run.")
    say("- **ICU:** `benches/peers/locale_driver.c` built against Debian's libicu-dev, given the library's 44 languages")
    say("  as a `UEnumeration`, reset before each call.")
    say("- **Relocations, RELRO, size:** pyelftools over the stripped `.so`. **dlopen:** `benches/peers/dlopen_first_call.c`,")
    say("  one fresh process per run.")
    say("")
    say("## Machine")
    say("")
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    say(f"- CPU: {cpu}, {os.cpu_count()} cores available; Linux {platform.release()}")
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    valgrind = subprocess.run(["valgrind", "--version"], capture_output=True, text=True).stdout.strip()
    say(f"- {rustc}; {valgrind}")


def main(argv):
    if len(argv) >= 2 and argv[0] == "measure":
        measure(Path(argv[1]), argv[2] if len(argv) > 2 else "valgrind")
    elif len(argv) == 4 and argv[0] == "check":
        text, failures = report(Path(argv[1]), argv[2], argv[3], with_timings=False)
        print(text)
        for failure in failures:
            print(f"FAIL: {failure}")
        if failures:
            return 1
        print("ok: every C goal holds")
    elif len(argv) == 5 and argv[0] == "write":
        text, _ = report(Path(argv[2]), argv[3], argv[4], with_timings=True)
        Path(argv[1]).write_text(text)
        print(f"wrote {argv[1]}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
