"""Measure the language layer against hand annotation joined with the corpus at run time.

    python scripts/measure_text_layer.py CORPUS.jsonl.gz [--errors]

``tests/text/data/segmentation_gold.tsv`` holds single words (doc id, offset, word, gold
segmentation); ``tests/text/data/sentence_gold.jsonl`` holds, per paragraph, the doc id,
the paragraph's character offsets and the gold sentence-boundary offsets, never text. The
script reads the corpus (SaudiNewsNet JSONL: ``id``, ``text``), checks that each word is
still at its offset, and prints clitic-segmentation accuracy (exact match of the whole
segmentation, per token) and sentence-boundary precision, recall and F1. Conventions:
docs/TEXT.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from hadath.kb import load_kb
from hadath.text.clitics import best_segmentation, parse_segmentation
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences

DATA = Path(__file__).resolve().parent.parent / "tests" / "text" / "data"


def read_corpus(path: Path, wanted: set[str]) -> dict[str, str]:
    """Texts of the wanted documents, by id."""
    texts: dict[str, str] = {}
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("id") in wanted:
                texts[record["id"]] = record.get("text") or ""
    return texts


def read_segmentation_gold(path: Path) -> list[dict[str, Any]]:
    """Rows of the segmentation gold file (comment lines and header skipped)."""
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r and not r[0].startswith("#")]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, r, strict=True)) for r in body]


def measure_segmentation(texts: dict[str, str], rows: list[dict[str, Any]], show: bool) -> dict[str, Any]:
    """Exact-match accuracy of ``best_segmentation`` with the shipped lexicon."""
    lexicon = load_kb().lexicon
    correct = total = missing = 0
    for row in rows:
        text, start, word = texts.get(row["doc_id"], ""), int(row["offset"]), row["word"]
        if text[start : start + len(word)] != word:
            missing += 1
            continue
        total += 1
        got = best_segmentation(normalize(word), lexicon, surface=word)
        gold = parse_segmentation(row["gold"])
        if got.parts == gold.parts:
            correct += 1
        elif show:
            print(f"seg\t{word}\tgold {gold}\tgot {got}")
    return {"tokens": total, "correct": correct, "accuracy": round(correct / total, 4) if total else 0.0,
            "missing": missing}  # fmt: skip


def measure_sentences(
    texts: dict[str, str], path: Path, show: bool, join_dateline: bool = False
) -> dict[str, Any]:
    """Precision, recall and F1 of sentence boundaries (sentence ends inside each paragraph)."""
    tp = pred = gold_n = paragraphs = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = texts.get(item["doc_id"], "")
        start, end = item["start"], item["end"]
        if not text or end > len(text):
            continue
        paragraphs += 1
        # internal boundaries only: the paragraph's own end is no decision
        gold = {b - start for b in item["boundaries"]}
        got = {e for _, e in split_sentences(text[start:end], join_dateline=join_dateline) if e < end - start}
        tp += len(gold & got)
        pred += len(got)
        gold_n += len(gold)
        if show and gold != got:
            print(f"sent\t{item['doc_id']}\t{start}\tmissed {sorted(gold - got)}\textra {sorted(got - gold)}")
    p = tp / pred if pred else 0.0
    r = tp / gold_n if gold_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"paragraphs": paragraphs, "boundaries": gold_n, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f1, 4)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Print both measurements as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="SaudiNewsNet JSONL(.gz)")
    parser.add_argument("--errors", action="store_true", help="List every disagreement first.")
    args = parser.parse_args(argv)
    seg_rows = read_segmentation_gold(DATA / "segmentation_gold.tsv")
    sent_path = DATA / "sentence_gold.jsonl"
    wanted = {r["doc_id"] for r in seg_rows}
    wanted |= {
        json.loads(line)["doc_id"] for line in sent_path.read_text(encoding="utf-8").splitlines() if line
    }
    texts = read_corpus(args.corpus, wanted)
    result = {
        "segmentation": measure_segmentation(texts, seg_rows, args.errors),
        "sentences": measure_sentences(texts, sent_path, args.errors),
        "sentences_join_dateline": measure_sentences(texts, sent_path, False, join_dateline=True),
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
