#!/usr/bin/env python3
"""Instructions per lookup of the Swift binding against the hand-written `switch` (Peer.swift).

Runs `KeylessErrorsBenchmark --instructions` (a release build) under `valgrind --tool=callgrind`
and reads, from callgrind's output (with benches/peers/callgrind.py, the reader the C peer
benchmark uses too), the inclusive cost of every call edge from `run_documented` or
`run_undocumented` to a probe (`probe_library_<property>` or `probe_peer_<property>`; see
Sources/KeylessErrorsBenchmark/Instructions.swift), divided by the number of calls on that edge:
the exact number of instructions of one probe, which includes the probe's own call and return and
the `keep` that takes the result. Subtracting the probe that keeps a constant of the same type
(`probe_baseline_<type>`) leaves the lookup alone; the ratio compares lookups. Callgrind counts are
exact: the same binary gives the same numbers on every run.

Prints a Markdown table and the cost of the first lookup (which builds the table). With
--markdown FILE, also writes them as a section of BENCHMARKS.md (`make bench-peers` at the root
puts build/peers/swift-callgrind.txt there).

With --check, exits 1 when a ratio is above its goal: 1.00, or, for the one lookup whose floor is
above a `switch` (see FLOORS and bindings/swift/README.md, "Instructions"), that floor.

Usage: callgrind-peers.py [--check] [--markdown FILE] <KeylessErrorsBenchmark> [valgrind]
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benches" / "peers"))
from callgrind import call_edges  # noqa: E402 (found through the path above)

# Lookups that cannot reach 1.00 (ratios of the lookup alone), with the highest ratio they may have
# and why; bindings/swift/README.md, "Instructions", shows the instructions. The ratios are exact
# for one toolchain; a new Swift or Rust compiler may move them a little.
FLOORS = {
    ("replacedBy", "documented"): (
        1.25,
        "the library's keyless_error_replaced_by answers an int32_t, whose -1 then becomes nil in six "
        "instructions (a zero, a test, a conditional move, and a shift, a shift and an `or` for the "
        "Optional's tag), where the peer's switch returns constant Optionals: 2 instructions more in "
        "all, which only a second copy of the catalog's replacements, in Swift, would save",
    ),
    ("replacedBy", "undocumented"): (1.25, "as for documented codes"),
}

PROBE = re.compile(r"^probe_(library|peer|baseline)_(\w+)$")
RUNS = {"run_documented": "documented", "run_undocumented": "undocumented"}
# The type of each property's result, whose baseline probe keeps a constant of that type.
RESULT_TYPES = {
    "category": "Category", "action": "Action", "isKnown": "Bool", "isRetryable": "Bool",
    "isDeprecated": "Bool", "replacedBy": "OptionalInt32", "sharedCode": "Int32",
}


def callgrind(binary, valgrind):
    """Runs the probes under callgrind and returns the path of its output file."""
    handle, output = tempfile.mkstemp(prefix="callgrind-swift-", suffix=".out")
    os.close(handle)
    run = subprocess.run(
        [valgrind, "--quiet", "--tool=callgrind", f"--callgrind-out-file={output}",
         "--compress-strings=no", "--compress-pos=no", binary, "--instructions"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    # Valgrind 3.19 cannot read some DWARF 5 forms of the Swift toolchain's objects and says so;
    # that touches only the source lines it shows, not the counts.
    for line in run.stderr.splitlines():
        if "unhandled dwarf2 abbrev form code" not in line:
            print(line, file=sys.stderr)
    if run.returncode != 0:
        raise SystemExit(f"callgrind-peers: {valgrind} exited with {run.returncode}")
    return output


def probe_edge(caller, callee):
    """The edges the table is made of: into a probe (each probe's lookup is inlined into it)."""
    return (caller, callee) if PROBE.match(callee or "") else None


def main():
    arguments = sys.argv[1:]
    check = "--check" in arguments
    arguments = [argument for argument in arguments if argument != "--check"]
    markdown = None
    if "--markdown" in arguments:
        at = arguments.index("--markdown")
        markdown = arguments[at + 1] if at + 1 < len(arguments) else None
        del arguments[at:at + 2]
    if not 1 <= len(arguments) <= 2 or ("--markdown" in sys.argv and markdown is None):
        print(__doc__, file=sys.stderr)
        return 2
    binary = arguments[0]
    valgrind = arguments[1] if len(arguments) == 2 else "valgrind"
    output = callgrind(binary, valgrind)
    try:
        totals = call_edges(output, probe_edge)
    finally:
        os.remove(output)

    per_call = {}
    baselines = {}
    first_use = first_locale_use = None
    for (caller, callee), (calls, cost) in totals.items():
        probe = PROBE.match(callee or "")
        if not probe:
            continue
        side, prop = probe.groups()
        if prop == "first_use":
            first_use = cost
        elif prop == "first_locale_use":
            first_locale_use = cost
        elif side == "baseline" and caller == "run_documented":
            baselines[prop] = cost / calls
        elif side != "baseline" and caller in RUNS:
            per_call[(prop, RUNS[caller], side)] = cost / calls
    measures = sorted({(prop, codes) for (prop, codes, _) in per_call},
                      key=lambda measure: (measure[1] != "documented", measure[0]))
    if not measures or first_use is None:
        print("callgrind-peers: no probe was measured; is this the benchmark built with its probes?",
              file=sys.stderr)
        return 1

    failures = []
    table = [
        "| property | codes | library | peer | library lookup | peer lookup | ratio | goal |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for prop, codes in measures:
        library = per_call.get((prop, codes, "library"))
        peer = per_call.get((prop, codes, "peer"))
        baseline = baselines.get(RESULT_TYPES.get(prop, "String"))
        if library is None or peer is None or baseline is None:
            failures.append(f"{prop}/{codes}: a probe or its baseline was not measured")
            continue
        library_lookup, peer_lookup = library - baseline, peer - baseline
        ratio = library_lookup / peer_lookup
        goal, _ = FLOORS.get((prop, codes), (1.00, ""))
        verdict = "" if ratio <= goal + 1e-9 else " **MISSED**"
        if verdict:
            failures.append(f"{prop}/{codes}: {ratio:.3f} > {goal:.2f}")
        goal_text = f"<= {goal:.2f}" + (" (floor)" if (prop, codes) in FLOORS else "")
        table.append(f"| `{prop}` | {codes} | {library:.2f} | {peer:.2f} | {library_lookup:.2f} | {peer_lookup:.2f} "
                     f"| {ratio:.3f}{verdict} | {goal_text} |")
    explanation = [
        "Instructions per call (callgrind, exact): each probe's whole cost (its call and return, the lookup, and",
        "`keep`, which stores the result and releases the one before), and the lookup alone, which is that minus",
        "the probe that keeps a constant of the same type. The ratio compares lookups.",
    ]
    first = f"The first string lookup of a process (it builds the table): {first_use:,} instructions."
    if first_locale_use is not None:
        first += f" The first `userMessage(for:)` in German (it builds that language's table): {first_locale_use:,}."
    print("\n".join(explanation + [""] + table + ["", first]))
    if markdown:
        floors = [f"- `{prop}`, {codes} codes: at most {goal:.2f}. {reason[0].upper()}{reason[1:]}."
                  for (prop, codes), (goal, reason) in FLOORS.items()]
        section = [
            "## Swift: instructions per lookup (callgrind)",
            "",
            "Written by `make -C bindings/swift bench-peers` (`bindings/swift/scripts/callgrind-peers.py`); `make check-peers`",
            "checks the same counts. The peer is the hand-written Swift `switch` of",
            "`bindings/swift/Sources/KeylessErrorsBenchmark/Peer.swift`. Goal: ratio <= 1.00, or the floor named below.",
            "",
        ] + explanation + [""] + table + ["", first, "", "Floors (see bindings/swift/README.md, \"Instructions\"):", ""] + floors
        with open(markdown, "w", encoding="utf-8") as out:
            out.write("\n".join(section) + "\n")
    if failures:
        for failure in failures:
            print(f"FAIL: {failure}", file=sys.stderr)
        return 1 if check else 0
    if check:
        print("ok: every Swift lookup is within its goal (library / hand-written switch, callgrind)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
