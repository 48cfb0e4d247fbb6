"""The one reader of callgrind's output for the instruction checks.

Both checks count the instructions of call edges: benches/peers/peers.py (the C library and its
peer: every edge out of a `measure_*` function) and bindings/swift/scripts/callgrind-peers.py (the
Swift binding: the edges into its `probe_*` functions, whose lookups are inlined into them). Each
says which edges it counts, and under which name, with `key`.
"""


def call_edges(path, key):
    """{key(caller, callee): [calls, inclusive instructions]} of a callgrind file written with
    --compress-strings=no --compress-pos=no, summed over the call edges for which `key` returns a
    name (edges for which it returns None are not counted).

    A call edge is "cfn=<callee>", then "calls=<count> <target>", then one cost line
    "<position> <Ir>" with the inclusive cost of those calls; "fn=<caller>" names the function the
    edges that follow it leave (None before the first)."""
    totals = {}
    caller = callee = None
    pending_calls = None
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith("fn="):
                caller = line[3:].strip()
            elif line.startswith("cfn="):
                callee = line[4:].strip()
            elif line.startswith("calls="):
                pending_calls = int(line[6:].split()[0])
            elif pending_calls is not None and line[:1] in "0123456789+-*":
                name = key(caller, callee)
                if name is not None:
                    entry = totals.setdefault(name, [0, 0])
                    entry[0] += pending_calls
                    entry[1] += int(line.split()[-1])
                pending_calls = None
    return totals
