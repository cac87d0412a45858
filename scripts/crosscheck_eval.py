#!/usr/bin/env python3
"""Cross-check ``hadath eval`` against a reference scorer on the same files.

usage: crosscheck_eval.py GOLD SYSTEM REFERENCE_SCORER [--perturb SEED]

Runs ``REFERENCE_SCORER GOLD SYSTEM --json`` in a subprocess and the project's scorer
in-process, compares every number the reference reports, prints each difference and exits
1 when there is any. With ``--perturb SEED``, SYSTEM is first written as a randomly damaged
copy of GOLD (events dropped, retyped, re-sentenced as offsets or stretched, actors and
recipients shifted, places moved, dates changed, quotes and entities altered, articles
left out, spurious events added), so that every matching rule is exercised.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

from hadath.eval import evaluate, write_jsonl
from hadath.eval.score import LEVELS

OTHER_TYPES = ("ASSAULT", "CONSULT", "AID", "ACCUSE", "COERCE", "REQUEST")
DECOY = {"text": "", "entity": "Nobody in particular", "country": "ZZZ", "sector": "CRM"}


def _shift_args(rng: random.Random, args: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Damage an argument list in one of several ways the scorer must tell apart."""
    choice = rng.randrange(6)
    if choice == 0:
        return []
    if choice == 1:  # identity kept only through country+sector
        return [{**a, "entity": a.get("entity", "") + " (other)", "text": ""} for a in args]
    if choice == 2:  # identity kept only through the span, given as offsets
        out = []
        for a in args:
            i = text.find(a.get("text") or "\x00")
            span = {"start": i, "end": i + len(a["text"])} if i >= 0 else None
            out.append({"span": span, "entity": "", "country": "", "sector": ""})
        return out
    if choice == 3:  # a half-overlapping span: last word(s) only
        return [{"text": (a.get("text") or "").split(" ")[-1], "entity": "", "country": "", "sector": ""}
                for a in args]  # fmt: skip
    if choice == 4:
        return [dict(DECOY)]
    return [{**a, "entity": "ال" + a.get("entity", "")} for a in args]


def _perturb_event(rng: random.Random, ev: dict[str, Any], text: str) -> list[dict[str, Any]]:
    if rng.random() < 0.15:
        return []
    ev = copy.deepcopy(ev)
    if rng.random() < 0.15:
        ev["event_type"] = rng.choice(OTHER_TYPES)
    if rng.random() < 0.3:  # sentence as offsets, possibly stretched past its neighbours
        i = text.find(ev["sentence"])
        stretch = rng.choice((0, 0, 40, 400, 2000))
        ev["sentence_start"], ev["sentence_end"] = (
            max(0, i - stretch),
            min(len(text), i + len(ev["sentence"])),
        )
    if rng.random() < 0.3:
        ev["actor"] = _shift_args(rng, ev.get("actor", []), text)
    if rng.random() < 0.3:
        ev["recipient"] = _shift_args(rng, ev.get("recipient", []), text)
    loc = ev.get("location")
    if loc and rng.random() < 0.4:
        ev["location"] = (
            None if rng.random() < 0.3 else {**loc, "lat": loc["lat"] + rng.choice((0.5, 1.0, 1.6, 3.0))}
        )
    if rng.random() < 0.3:
        ev["date"] = rng.choice((None, "2001-01-01", (ev.get("date") or "") + "T12:00:00"))
    out = [ev]
    if rng.random() < 0.1:  # a spurious duplicate competing for the same gold event
        out.append(copy.deepcopy(ev))
    return out


def _perturb_quote(rng: random.Random, q: dict[str, Any], text: str) -> list[dict[str, Any]]:
    r = rng.random()
    if r < 0.15:
        return []
    q = copy.deepcopy(q)
    if r < 0.3:
        q["speaker"] = dict(DECOY)
    elif r < 0.45:  # the content span slid right by a third (still a match) or two thirds (a miss)
        i, n = text.find(q["content"]), len(q["content"])
        shift = n * rng.choice((1, 2)) // 3
        q["content"] = {"start": i + shift, "end": i + shift + n} if i >= 0 else q["content"]
    elif r < 0.55:
        q["speaker"] = None
    return [q]


def _perturb_entities(rng: random.Random, ents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for e in ents:
        r = rng.random()
        if r < 0.15:
            continue
        if r < 0.3:
            e = {**e, "type": rng.choice(("PER", "ORG", "GPE", "LOC", "FAC"))}
        elif r < 0.4:
            e = {**e, "text": e["text"].replace("ا", "أ", 1)}  # normalization must forgive this
        out.append(e)
    return out


def perturb(gold_path: Path, out_path: Path, seed: int) -> None:
    """Write a damaged copy of the gold file as a system file."""
    rng = random.Random(seed)
    records = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if rng.random() < 0.05:
            continue  # an article the system never saw
        text = g["text"]
        events = [e for ev in g.get("events", []) for e in _perturb_event(rng, ev, text)]
        rng.shuffle(events)  # greedy matching must not depend on order luck
        quotes = [x for q in g.get("quotes", []) for x in _perturb_quote(rng, q, text)]
        records.append({"doc_id": g["doc_id"], "events": events, "quotes": quotes,
                        "entities": _perturb_entities(rng, g.get("entities", []))})  # fmt: skip
    write_jsonl(out_path, records)


def reference_scores(reference: Path, gold: Path, system: Path) -> dict[str, Any]:
    """What the reference scorer says, from its ``--json`` output."""
    done = subprocess.run(
        [sys.executable, str(reference), str(gold), str(system), "--json"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def differences(ours: Any, theirs: Any, where: str = "") -> list[str]:
    """Every place where the reference's value differs from ours (keys the reference has)."""
    if isinstance(theirs, dict):
        if not isinstance(ours, dict):
            return [f"{where}: ours {ours!r}, reference {theirs!r}"]
        out: list[str] = []
        for key, value in theirs.items():
            out += differences(ours.get(key, "<missing>"), value, f"{where}.{key}" if where else key)
        return out
    return [] if ours == theirs else [f"{where}: ours {ours!r}, reference {theirs!r}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("gold", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("reference", type=Path, help="the reference score.py")
    parser.add_argument("--perturb", type=int, metavar="SEED", help="first write SYSTEM as damaged GOLD")
    args = parser.parse_args()
    if args.perturb is not None:
        perturb(args.gold, args.system, args.perturb)
    theirs = reference_scores(args.reference, args.gold, args.system)
    ours = evaluate(args.gold, args.system).to_dict(per_article=False)
    diffs = differences(ours, theirs)
    for line in diffs:
        print(f"DIFF {line}")
    summary = ", ".join(f"{lv} F1 {ours[lv]['f1']}" for lv in LEVELS)
    print(f"{len(diffs)} differences over {len(theirs)} reference keys ({summary})")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
