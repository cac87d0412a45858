"""Deduplication over a day's Parquet events: the hook of the scale-out second stage.

The sharded run writes events partitioned by day; :func:`cluster_day` receives the events
of days ``D-1..D+1`` and returns day ``D``'s rows with their cluster. It makes the same
decisions as the store (:mod:`hadath.dedup.cluster`, the same settings and similarity),
feeding mentions in a fixed order (publication time, article id, position), so the
result does not depend on which worker ran which day. A cluster is named after its
founding mention (``doc_id:position``); an event reported over more days than the window
may be named differently in two days' outputs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from hadath.dedup import minhash
from hadath.dedup.cluster import MemoryClusters
from hadath.dedup.mention import MentionView, day_range, place_of_row
from hadath.dedup.settings import DedupSettings, default_settings
from hadath.dedup.sources import ArticleSource, independent_sources
from hadath.dedup.text import clause, content_stems, make_similarity

if TYPE_CHECKING:
    import pyarrow as pa

PARTITION = "day"
CLUSTER_COLUMNS: tuple[str, ...] = ("cluster", "cluster_sources", "cluster_mentions", "cluster_link")


def cluster_day(events: pa.Table, day: str, settings: DedupSettings | None = None) -> pa.Table:
    """Day ``day``'s rows of ``events`` (which hold the neighbouring days too), clustered."""
    import pyarrow as pa

    settings = settings or default_settings()
    rows = sorted(events.to_pylist(), key=lambda r: (r.get("published") or "", r["doc_id"], r["position"]))
    articles = {doc: i for i, doc in enumerate(dict.fromkeys(r["doc_id"] for r in rows))}
    copies = _copies(rows, articles, settings)
    memory = MemoryClusters(make_similarity("words"), settings)
    for key, row in enumerate(rows):
        memory.add(
            _view(key, row, articles[row["doc_id"]], memory, settings),
            copies.get(articles[row["doc_id"]], frozenset()),
        )
    members: dict[int, list[int]] = defaultdict(list)
    for key, cluster in memory.cluster_of.items():
        members[cluster].append(key)
    roots = _copy_roots(copies)
    out = []
    for key, row in enumerate(rows):
        if row[PARTITION] != day:
            continue
        cluster = memory.cluster_of[key]
        group = members[cluster]
        founder = rows[cluster]
        link = memory.links[key]
        sources = independent_sources(
            ArticleSource(
                articles[rows[k]["doc_id"]],
                rows[k].get("source") or "",
                roots.get(articles[rows[k]["doc_id"]]),
            )
            for k in group
        )
        out.append({**row, "cluster": f"{founder['doc_id']}:{founder['position']}", "cluster_sources": sources,
                    "cluster_mentions": len(group),
                    "cluster_link": json.dumps(link.to_dict(), ensure_ascii=False) if link else None})  # fmt: skip
    schema = events.schema.append(pa.field("cluster", pa.string())).append(
        pa.field("cluster_sources", pa.int32())
    )
    schema = schema.append(pa.field("cluster_mentions", pa.int32())).append(
        pa.field("cluster_link", pa.string())
    )
    return pa.Table.from_pylist(out, schema=schema)


def _view(
    key: int, row: dict[str, Any], article: int, memory: MemoryClusters, settings: DedupSettings
) -> MentionView:
    sentence = row.get("sentence") or ""
    offset = row.get("sentence_start") or 0
    text = clause(
        sentence,
        (row["trigger_start"] or 0) - offset,
        (row["trigger_end"] or 0) - offset,
        settings.clause_words,
    )
    first, last = day_range(row.get("date"), row.get("date_precision") or "")
    place = place_of_row(row)
    return MentionView(
        key=key, article=article, event_type=row["event_type"], modality=row.get("modality") or "asserted",
        first_day=first, last_day=last, actors=_named(row.get("actor")), recipients=_named(row.get("recipient")),
        place=place, clause=memory.similarity.encode([text])[0], stems=content_stems(text),
        confidence=row.get("confidence") or 0.0,
    )  # fmt: skip


def _named(actors_json: str | None) -> frozenset[str]:
    actors = json.loads(actors_json) if actors_json else []
    return frozenset(a["entity"].casefold() for a in actors if a.get("kb_id") and a.get("entity"))


def _copies(
    rows: list[dict[str, Any]], articles: dict[str, int], settings: DedupSettings
) -> dict[int, frozenset[int]]:
    """For each article, the other articles of the window it copies or is copied by."""
    signatures: dict[int, tuple[Any, int]] = {}
    for row in rows:
        sig = minhash.from_text(row.get("article_minhash") or "")
        if sig is not None:
            signatures[articles[row["doc_id"]]] = (sig, row.get("article_shingles") or 0)
    buckets: dict[str, list[int]] = defaultdict(list)
    for article, (sig, _) in sorted(signatures.items()):
        for band in minhash.band_keys(sig, settings.copies):
            buckets[band].append(article)
    linked: dict[int, set[int]] = defaultdict(set)
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if b in linked[a]:
                    continue
                (sa, na), (sb, nb) = signatures[a], signatures[b]
                if minhash.containment(minhash.similarity(sa, sb), na, nb) >= settings.copies.min_containment:
                    linked[a].add(b)
                    linked[b].add(a)
    return {a: frozenset(b) for a, b in linked.items()}


def _copy_roots(copies: dict[int, frozenset[int]]) -> dict[int, int]:
    """Each copied article's earliest copy partner, the way the store points ``copy_of``."""
    return {a: min(others) for a, others in copies.items() if others and min(others) < a}
