#!/usr/bin/env python3
"""Convert a gold file to offsets only and back, so that gold on corpus articles can be kept
in the repository without the corpus text (the format: :mod:`hadath.eval.offsets`).

usage:
    gold_offsets.py strip GOLD.jsonl OUT.jsonl
    gold_offsets.py join CORPUS.jsonl.gz OFFSETS.jsonl OUT.jsonl

``hadath eval OFFSETS.jsonl --corpus CORPUS.jsonl.gz`` scores an offsets-only file without
writing the joined one. Any problem (a missing file or doc id, a span not in the text, an
offset beyond it, a bad line) ends the run with one line ``gold_offsets: FILE: reason`` and
exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hadath.eval.offsets import GoldOffsetError, join_file, strip_file


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line: ``strip GOLD OUT`` or ``join CORPUS OFFSETS OUT``."""
    parser = argparse.ArgumentParser(prog="gold_offsets.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    strip = commands.add_parser("strip", help="gold file -> offsets-only file (no corpus text)")
    strip.add_argument("gold", type=Path)
    strip.add_argument("out", type=Path)
    join = commands.add_parser("join", help="corpus + offsets-only file -> full gold file")
    join.add_argument("corpus", type=Path)
    join.add_argument("offsets", type=Path)
    join.add_argument("out", type=Path)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run one command; a problem is one line on stderr and exit status 1."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "strip":
            count = strip_file(args.gold, args.out)
        else:
            count = join_file(args.corpus, args.offsets, args.out)
    except GoldOffsetError as err:
        print(f"gold_offsets: {err}", file=sys.stderr)
        return 1
    print(f"{args.command}: {count} records -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
