"""Deduplication quality on labelled event-mention pairs, and what it costs.

    python bench/dedup.py CORPUS.jsonl.gz bench/dedup/pairs.jsonl [--similarity words|embedding]
        [--coded /tmp/coded.jsonl] [--settings FILE] [--json]

Codes every corpus article published on the days the labelled pairs come from (as
``hadath run`` would, in corpus order), saves them into a fresh SQLite store, which links
copies and clusters events as it saves, then asks of every labelled pair whether its two
mentions ended in one cluster. Reports pair precision, recall and F1 on all pairs and on
the two halves (odd pair numbers were used to tune ``data/dedup.yaml``, even ones were
not), on the pairs whose two mentions the labeller judged real events (the others count
the coder's false events against the deduplicator), per stratum, and the store's clusters, copies and seconds spent saving.
``--coded`` keeps the coded articles in a file, so other settings re-run only the store.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hadath.dedup.settings import default_settings, read_settings
from hadath.ingest import read_sources
from hadath.kb import load_kb
from hadath.model import Article
from hadath.pipeline import Pipeline
from hadath.store import SqliteStore, StoreOptions, content_hash


def days_of(corpus: Path, doc_ids: set[str]) -> set[str]:
    return {r["published"][:10] for r in _records(corpus) if r["id"] in doc_ids}


def _records(corpus: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as source:
        for line in source:
            yield json.loads(line)


def coded_articles(corpus: Path, days: set[str], cache: Path | None) -> list[Article]:
    """The articles of ``days``, coded (read back from ``cache`` when it exists)."""
    if cache is not None and cache.exists():
        with cache.open(encoding="utf-8") as lines:
            return [Article.from_dict(json.loads(line)) for line in lines]
    with tempfile.TemporaryDirectory() as scratch:
        subset = Path(scratch) / "days.jsonl"
        with subset.open("w", encoding="utf-8") as sink:
            for record in _records(corpus):
                if record.get("published", "")[:10] in days:
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        pipeline = Pipeline.default(load_kb(), on_error="skip")
        admitted = (a for a in read_sources([str(subset)]) if isinstance(a, Article))
        articles = [r for r in pipeline.pipe(admitted) if isinstance(r, Article)]
    if cache is not None:
        with cache.open("w", encoding="utf-8") as sink:
            for article in articles:
                sink.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return articles


def cluster_of_mentions(store: SqliteStore) -> dict[tuple[str, int, int], int]:
    rows = store.db.query(
        "SELECT a.doc_id, e.trigger_start, e.trigger_end, e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id"
    )
    return {(r["doc_id"], r["trigger_start"], r["trigger_end"]): r["cluster_id"] for r in rows}


def save_all(
    articles: list[Article], path: Path, options: StoreOptions
) -> tuple[dict[tuple[str, int, int], int], dict[str, Any], float]:
    """Save the articles in order; the cluster of every mention, the store's counts, seconds spent.

    An article whose text repeats an earlier one is not stored again; its mentions are
    the earlier article's, at the same offsets.
    """
    with SqliteStore(path, options=options) as store:
        started = time.perf_counter()
        for article in articles:
            store.save(article)
        seconds = time.perf_counter() - started
        clusters = cluster_of_mentions(store)
        stored = {
            r["content_hash"]: r["doc_id"]
            for r in store.db.query("SELECT doc_id, content_hash FROM articles")
        }
        counts = store.db.query(
            "SELECT (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM clusters) AS clusters, "
            "(SELECT COUNT(*) FROM clusters WHERE mentions > 1) AS merged_clusters, "
            "(SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL) AS copies, "
            "(SELECT COUNT(*) FROM articles) AS articles"
        )[0]
    for article in articles:
        original = stored.get(content_hash(article), article.doc_id)
        if original != article.doc_id:
            for event in article.events:
                key = (original, event.trigger_start, event.trigger_end)
                if key in clusters:
                    clusters[(article.doc_id, event.trigger_start, event.trigger_end)] = clusters[key]
    return clusters, counts, seconds


def scores(decisions: list[tuple[bool, bool]]) -> dict[str, float | int]:
    """Pair precision/recall/F1 from (merged, labelled same) decisions."""
    tp = sum(1 for merged, same in decisions if merged and same)
    fp = sum(1 for merged, same in decisions if merged and not same)
    fn = sum(1 for merged, same in decisions if not merged and same)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pairs": len(decisions), "same": tp + fn, "merged": tp + fp, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(f, 3)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--similarity", default="words", choices=("words", "embedding"))
    parser.add_argument("--settings", type=Path, help="a dedup.yaml to use instead of the shipped one")
    parser.add_argument("--coded", type=Path, help="cache of the coded articles")
    parser.add_argument("--db", type=Path, help="keep the store here (for hadath explain-cluster)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    pairs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    doc_ids = {p[side]["doc_id"] for p in pairs for side in ("a", "b")}
    articles = coded_articles(args.corpus, days_of(args.corpus, doc_ids), args.coded)
    settings = read_settings(args.settings) if args.settings else default_settings()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "dedup.db"
        path.unlink(missing_ok=True)
        clusters, counts, seconds = save_all(articles, path, StoreOptions(settings, args.similarity))
    decided: dict[str, list[tuple[bool, bool]]] = {}
    missing = 0
    for pair in pairs:
        keys = [(pair[s]["doc_id"], pair[s]["trigger_start"], pair[s]["trigger_end"]) for s in ("a", "b")]
        if any(k not in clusters for k in keys):
            missing += 1  # the coder no longer finds one of the mentions: the pair cannot be decided
            continue
        decision = (clusters[keys[0]] == clusters[keys[1]], pair["label"] == "same")
        half = "tune (odd)" if pair["pair"] % 2 else "test (even)"
        groups = ["all", half, f"stratum {pair['stratum']}"]
        if not pair.get("not_event"):
            groups.append("both real events")
        for group in groups:
            decided.setdefault(group, []).append(decision)
    report = {
        "similarity": args.similarity, "saved_articles_per_s": round(len(articles) / seconds, 1),
        "missing_pairs": missing, **counts, "scores": {k: scores(v) for k, v in sorted(decided.items())},
    }  # fmt: skip
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            if key != "scores":
                print(f"{key}: {value}")
        print(f"{'pairs':<28}{'n':>5}{'same':>6}{'merged':>8}{'P':>7}{'R':>7}{'F1':>7}")
        for group, s in report["scores"].items():  # type: ignore[union-attr]
            print(
                f"{group:<28}{s['pairs']:>5}{s['same']:>6}{s['merged']:>8}{s['precision']:>7}{s['recall']:>7}{s['f1']:>7}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
