#!/usr/bin/env python3
"""Fails when a public declaration of the KeylessErrors module has no doc comment.

Reads the symbol graph that `swift package dump-symbol-graph` writes (run by `make check-docs`),
and checks every public symbol declared in this package's own sources; members that come from
the standard library's protocol extensions have no location here and are skipped.

Usage: check-doc-comments.py <KeylessErrors.symbols.json>
"""

import json
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as graph_file:
        graph = json.load(graph_file)
    checked = 0
    undocumented = []
    for symbol in graph["symbols"]:
        if symbol["accessLevel"] not in ("public", "open"):
            continue
        if "/Sources/KeylessErrors/" not in symbol.get("location", {}).get("uri", ""):
            continue
        checked += 1
        if not symbol.get("docComment", {}).get("lines"):
            undocumented.append(f'{symbol["kind"]["displayName"]} {".".join(symbol["pathComponents"])}')
    if checked == 0:
        print("check-doc-comments: no public symbol found; is this the right symbol graph?", file=sys.stderr)
        return 1
    for name in undocumented:
        print(f"check-doc-comments: no doc comment on {name}", file=sys.stderr)
    print(f"check-doc-comments: {checked} public declarations, {len(undocumented)} without a doc comment")
    return 1 if undocumented else 0


if __name__ == "__main__":
    sys.exit(main())
