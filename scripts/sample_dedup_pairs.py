"""Sample event-mention pairs from a corpus for people to label as the same event or not.

    python scripts/sample_dedup_pairs.py CORPUS.jsonl.gz --days 2015-08-06 2015-08-07 \
        -n 240 --out /tmp/pairs-to-label.jsonl [--seed 7]

Codes every article published on the given days, then draws pairs of events from two
different articles that a deduplicator would have to decide on: same event type, dates at
most a day apart. The draw is stratified so that easy and hard pairs are both present:
pairs sharing a named participant, pairs sharing a place, and pairs sharing only type and
day. Each line of the output holds both mentions (article id, trigger and sentence offsets)
and, for the person labelling, both sentences and the articles' titles. The project keeps
only ids, offsets and labels (``bench/dedup/pairs.jsonl``), never the text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import sys
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

from hadath.ingest import read_sources
from hadath.kb import load_kb
from hadath.model import Article, Event
from hadath.pipeline import Pipeline

# Word overlap (Jaccard) above which two sentences count as telling much the same.
SIMILAR_WORDS = 0.3


def articles_of_days(corpus: Path, days: set[str], tmp: Path) -> Path:
    """The corpus records published on ``days``, copied to a JSONL file."""
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as source, tmp.open("w", encoding="utf-8") as sink:
        for line in source:
            if json.loads(line).get("published", "")[:10] in days:
                sink.write(line)
    return tmp


def coded(path: Path) -> Iterator[Article]:
    pipeline = Pipeline.default(load_kb(), on_error="skip")
    admitted = (a for a in read_sources([str(path)]) if isinstance(a, Article))
    for result in pipeline.pipe(admitted):
        if isinstance(result, Article):
            yield result


def named(event: Event) -> set[str]:
    return {a.entity for a in (*event.actor, *event.recipient) if a.entity and a.kb_id}


def mention(article: Article, event: Event) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id, "source": article.source, "event_type": event.event_type,
        "trigger_start": event.trigger_start, "trigger_end": event.trigger_end,
        "sentence_start": event.sentence_start, "sentence_end": event.sentence_end,
        "date": event.date, "trigger": event.trigger, "sentence": event.sentence,
        "title": article.title, "actors": sorted(named(event)),
        "place": event.location.name if event.location else "", "words": words(event.sentence),
    }  # fmt: skip


def words(sentence: str) -> frozenset[str]:
    return frozenset(w for w in sentence.split() if len(w) > 2)


def stratum(a: dict[str, Any], b: dict[str, Any]) -> str:
    wa, wb = a["words"], b["words"]
    if wa and wb and len(wa & wb) / len(wa | wb) >= SIMILAR_WORDS:
        return "similar_text"
    if set(a["actors"]) & set(b["actors"]):
        return "shared_participant"
    if a["place"] and a["place"] == b["place"]:
        return "shared_place"
    return "type_and_day"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--days", nargs="+", required=True)
    parser.add_argument("-n", type=int, default=240)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    subset = articles_of_days(args.corpus, set(args.days), args.out.with_suffix(".articles.jsonl"))
    mentions = [mention(art, ev) for art in coded(subset) for ev in art.events if ev.date_precision == "day"]
    by_type: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        by_type.setdefault(m["event_type"], []).append(m)
    strata: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for group in by_type.values():
        for a, b in combinations(group, 2):
            if a["doc_id"] != b["doc_id"] and abs(_day(a["date"]) - _day(b["date"])) <= 1:
                strata.setdefault(stratum(a, b), []).append((a, b))
    rng = random.Random(args.seed)
    shares = {"similar_text": 0.35, "shared_participant": 0.3, "shared_place": 0.15, "type_and_day": 0.2}
    with args.out.open("w", encoding="utf-8") as sink:
        number = 0
        for name, share in shares.items():
            pool = strata.get(name, [])
            for a, b in rng.sample(pool, min(len(pool), round(args.n * share))):
                number += 1
                line = {"pair": number, "stratum": name, "a": _public(a), "b": _public(b)}
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(
        f"{len(mentions)} dated mentions; strata: { {k: len(v) for k, v in strata.items()} }", file=sys.stderr
    )
    return 0


def _public(m: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in m.items() if k != "words"}


def _day(date: str) -> int:
    return dt.date.fromisoformat(date).toordinal()


if __name__ == "__main__":
    raise SystemExit(main())
