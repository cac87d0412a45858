"""List the event coder's argument misses on a gold file, by cause, to guide general fixes.

For every gold event matched by type (same sentence, same type), says whether the actor and
the recipient were found, missed or wrong, with the trigger, the rule that coded the event and
the two sides' argument texts. Prints to the terminal only: gold text is never written out.

Usage: ``python bench/event_misses.py GOLD.jsonl [--type ASSAULT] [--only actor|recipient]
[--summary]``
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from hadath.eval import read_gold, run_system
from hadath.eval.gold import Arg, DocRecord, EventRecord, parse_record
from hadath.eval.match import args_match, greedy_match, same_sentence


def _texts(args: tuple[Arg, ...]) -> str:
    return " | ".join(f"{a.span.text or ''}={a.entity}" for a in args) or "-"


def _verdict(gold: tuple[Arg, ...], system: tuple[Arg, ...], doc: str, within: int | None) -> str:
    if not gold:
        return "free"
    if not system:
        return "missed"
    return "ok" if args_match(gold, system, doc, within) else "wrong"


def _pairs(gold: DocRecord, system: DocRecord) -> list[tuple[EventRecord, EventRecord, int | None]]:
    doc = gold.text
    g_loc = [(e, e.sentence.locate(doc)) for e in gold.events]
    s_loc = [(e, e.sentence.locate(doc)) for e in system.events]

    def accept(g: tuple, s: tuple) -> bool:
        return g[0].event_type == s[0].event_type and same_sentence(g[1], s[1])

    return [(g[0], s[0], g[1][0] if g[1] else None) for g, s in greedy_match(g_loc, s_loc, accept)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--type", default="", help="only this event type")
    parser.add_argument("--only", choices=("actor", "recipient"), default="actor")
    parser.add_argument("--summary", action="store_true", help="counts only")
    parser.add_argument("--context", action="store_true", help="also print the sentence")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    records = run_system(gold.values())
    counts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for record in records:
        g_doc = gold[str(record["doc_id"])]
        s_doc = parse_record(record, strict=False)
        rule_of = {(e["sentence_start"], e["trigger"]): e["rule"] for e in record.get("events", [])}
        for g, s, within in _pairs(g_doc, s_doc):
            if args.type and g.event_type != args.type:
                continue
            g_args = g.actor if args.only == "actor" else g.recipient
            s_args = s.actor if args.only == "actor" else s.recipient
            verdict = _verdict(g_args, s_args, g_doc.text, within)
            counts[verdict] += 1
            rule = rule_of.get((s.sentence.start, s.trigger), "?")
            if verdict in ("missed", "wrong"):
                rules[f"{verdict} {rule.split(':')[-1]}"] += 1
            if args.summary or verdict in ("ok", "free"):
                continue
            print(f"[{verdict}] {g.event_type} «{s.trigger}» rule={rule}")
            print(f"   gold:   {_texts(g_args)}")
            print(f"   system: {_texts(s_args)}")
            if args.context and within is not None:
                span = g.sentence.locate(g_doc.text)
                print(f"   {g_doc.text[span[0] : span[1]] if span else ''}")
    print(dict(counts))
    for rule, n in rules.most_common():
        print(f"{n:4d}  {rule}")


if __name__ == "__main__":
    main()
