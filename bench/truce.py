"""Reported violations per day of a truce over a coded store, against the days around it.

    python bench/truce.py STORE [--truce yemen-coalition-2015-07] [--around 5]
        [--labels bench/truce/labels.jsonl] [--sample N --seed S] [--json]

STORE is a SQLite file written by ``hadath run --db`` (read as it is: no migration, no
write) or a postgresql:// URL. For the truce's own days, and for as many days before its
start and after its end (the same rules, the window moved), prints per day: the articles
published that day or the next, the reported violations (canonical events), those
attributed to each side and unattributed, those only claimed, and those told by two or more
independent sources; then the accusations and denials linked to the truce, and the seconds
the report took.

``--labels`` scores the monitor on violations a person read (one JSON line per canonical
event: ``{"id": 123, "real": true, "why": "..."}``, ``real`` meaning the sentence reports an
act the truce forbids, by or against a side, in its area, on a truce day): precision, and
precision of the attributed and unattributed ones apart. ``--sample N`` prints N violations
drawn at random (with ``--seed``) for such a reading.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hadath.store import POSTGRES_SCHEMES, open_store
from hadath.store.db import Database, SqliteDatabase
from hadath.truce.load import Truce, get_truce
from hadath.truce.violations import Monitor


def open_db(target: str) -> Database:
    if target.startswith(POSTGRES_SCHEMES):
        return open_store(target).db
    if not Path(target).is_file():
        sys.exit(f"{target}: no such database file")
    return SqliteDatabase(target)  # the store's own tables, read as they are


def shifted(truce: Truce, first: dt.date, last: dt.date) -> Truce:
    """The same truce over other days."""
    scope = dataclasses.replace(
        truce.scope, first_day=first.isoformat(), last_day=last.isoformat(),
        accusations_last_day=(last + dt.timedelta(days=truce.record.accusations_after_days)).isoformat(),
    )  # fmt: skip
    return dataclasses.replace(truce, scope=scope)


def day_rows(report: dict[str, Any], sides: list[str]) -> list[dict[str, Any]]:
    multi = Counter(v["day"] for v in report["violations"] if v["sources"] >= 2)
    rows = []
    for d in report["series"]:
        rows.append({
            "day": d["day"], "articles": d["articles"], "violations": d["violations"],
            **{s: d["by_side"][s] for s in sides}, "unattributed": d["unattributed"], "claimed": d["claimed"],
            "two_sources": multi.get(d["day"], 0),
        })  # fmt: skip
    return rows


def window(db: Database, truce: Truce, label: str) -> dict[str, Any]:
    started = time.perf_counter()
    report = Monitor(db, truce).report()
    seconds = time.perf_counter() - started
    sides = [s.id for s in truce.scope.sides]
    rows = day_rows(report, sides)
    with_data = [r for r in rows if r["articles"] > 0 or r["violations"] > 0]
    kinds = Counter(a["kind"] for a in report["accusations"])
    return {
        "label": label, "first_day": truce.scope.first_day, "last_day": truce.scope.last_day, "days": rows,
        "violations": len(report["violations"]), "days_with_data": len(with_data),
        "per_day": round(len(report["violations"]) / len(with_data), 1) if with_data else None,
        "two_sources_per_day": round(sum(r["two_sources"] for r in rows) / len(with_data), 1) if with_data else None,
        "unattributed": report["summary"]["unattributed"], "claimed": report["summary"]["claimed"],
        "by_side": {s: sum(r[s] for r in rows) for s in sides},
        "accusations": dict(kinds), "linked_accusations": sum(bool(a["violations"]) for a in report["accusations"]),
        "seconds": round(seconds, 2), "report": report,
    }  # fmt: skip


def print_window(w: dict[str, Any], sides: list[str]) -> None:
    print(f"\n## {w['label']}: {w['first_day']} .. {w['last_day']}")
    head = ["day", "articles", "violations", *sides, "unattributed", "claimed", "two_sources"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in w["days"]:
        print("| " + " | ".join(str(r[h]) for h in head) + " |")
    print(
        f"{w['violations']} reported violations over {w['days_with_data']} days with data: {w['per_day']} a day "
        f"({w['two_sources_per_day']} a day told by 2+ sources); {w['unattributed']} unattributed, "
        f"{w['claimed']} claimed only; by side {w['by_side']}; accusations {w['accusations']} "
        f"({w['linked_accusations']} linked to a violation); report in {w['seconds']} s"
    )


def score(labels_path: Path, violations: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision on labelled violations, matched by a report's article and sentence (stable across
    stores coded from the same corpus); a label with no article is matched by canonical event id."""
    by_report = {
        (r["doc_id"], r["sentence_start"], v["event_type"]): v for v in violations for r in v["reports"]
    }
    by_id = {v["id"]: v for v in violations}
    judged: list[tuple[dict[str, Any], bool]] = []
    labelled = 0
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        labelled += 1
        if item.get("doc_id"):  # a store coded anew has other ids: the sentence is the key
            found = by_report.get((item["doc_id"], item.get("sentence_start"), item.get("event_type")))
        else:
            found = by_id.get(int(item["id"]))
        if found is not None:
            judged.append((found, bool(item["real"])))

    def share(items: list[tuple[dict[str, Any], bool]]) -> str | None:
        return f"{sum(real for _, real in items)}/{len(items)}" if items else None

    return {
        "labelled": labelled, "found": len(judged), "real": share(judged),
        "attributed": share([(v, r) for v, r in judged if v["attributed"]]),
        "unattributed": share([(v, r) for v, r in judged if not v["attributed"]]),
        "two_sources": share([(v, r) for v, r in judged if v["sources"] >= 2]),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--truce", default="yemen-coalition-2015-07")
    parser.add_argument("--around", type=int, default=5, help="days before and after to compare with")
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    db = open_db(args.store)
    truce = get_truce(args.truce)
    sides = [s.id for s in truce.scope.sides]
    first = dt.date.fromisoformat(truce.scope.first_day)
    last = dt.date.fromisoformat(truce.scope.last_day or truce.scope.first_day)
    span = dt.timedelta(days=args.around)
    windows = [window(db, truce, "truce")]
    if args.around:
        one = dt.timedelta(days=1)
        windows.append(window(db, shifted(truce, first - span, first - one), "before (same rules)"))
        windows.append(window(db, shifted(truce, last + one, last + span), "after (same rules)"))
    violations = windows[0]["report"]["violations"]
    out: dict[str, Any] = {"truce": truce.id, "store": args.store,
                           "windows": [{k: v for k, v in w.items() if k != "report"} for w in windows]}  # fmt: skip
    if args.labels:
        out["labels"] = score(args.labels, violations)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for w in windows:
            print_window(w, sides)
        if args.labels:
            print(f"\nlabelled: {out['labels']}")
    if args.sample:
        rng = random.Random(args.seed)
        for v in sorted(rng.sample(violations, min(args.sample, len(violations))), key=lambda v: v["id"]):
            place = (v["place"] or {}).get("name")
            url = v["reports"][0]["url"] if v["reports"] else ""
            print(json.dumps({"id": v["id"], "day": v["day"], "sides": v["sides"], "actors": v["actors"],
                              "place": place, "modality": v["modality"], "sources": v["sources"],
                              "sentence": v["sentence"], "url": url}, ensure_ascii=False), file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
