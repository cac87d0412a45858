"""Which clause similarity separates same-event pairs best: word overlap or sentence embeddings.

    python bench/dedup_text.py CORPUS.jsonl.gz bench/dedup/pairs.jsonl

For every labelled pair, reads both event clauses from the corpus (trigger and sentence
offsets), scores them with each similarity, picks on the odd (tuning) pairs the threshold
that maximises F1 of "same event" and reports precision, recall and F1 at that threshold
on the even (held-out) pairs, plus the area under the ROC curve on all pairs. Only the
text signal is measured here; bench/dedup.py measures the whole decision.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any

from hadath.dedup.settings import default_settings
from hadath.dedup.text import clause, make_similarity


def texts(corpus: Path, doc_ids: set[str]) -> dict[str, str]:
    opener = gzip.open if corpus.name.endswith(".gz") else open
    found: dict[str, str] = {}
    with opener(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in doc_ids:
                found[record["id"]] = record["text"]
    return found


def mention_clause(mention: dict[str, Any], text: str, words: int) -> str:
    sentence = text[mention["sentence_start"] : mention["sentence_end"]]
    offset = mention["sentence_start"]
    return clause(sentence, mention["trigger_start"] - offset, mention["trigger_end"] - offset, words)


def f1_at(scored: list[tuple[float, bool]], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for s, same in scored if s >= threshold and same)
    fp = sum(1 for s, same in scored if s >= threshold and not same)
    fn = sum(1 for s, same in scored if s < threshold and same)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def auc(scored: list[tuple[float, bool]]) -> float:
    pos = [s for s, same in scored if same]
    neg = [s for s, same in scored if not same]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg)) if pos and neg else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("pairs", type=Path)
    args = parser.parse_args(argv)
    pairs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = texts(args.corpus, {p[s]["doc_id"] for p in pairs for s in ("a", "b")})
    words = default_settings().clause_words
    clauses = [[mention_clause(p[s], corpus[p[s]["doc_id"]], words) for s in ("a", "b")] for p in pairs]
    print(f"{'similarity':<12}{'AUC':>7}{'threshold':>11}{'P':>7}{'R':>7}{'F1':>7}  (held-out even pairs)")
    for name in ("words", "embedding"):
        similarity = make_similarity(name)
        scored = []
        for pair, (a, b) in zip(pairs, clauses, strict=True):
            left, right = similarity.encode([a, b])
            scored.append((pair["pair"], similarity.similarity(left, right), pair["label"] == "same"))
        tune = [(s, y) for n, s, y in scored if n % 2]
        test = [(s, y) for n, s, y in scored if not n % 2]
        threshold = max((s for s, _ in tune), key=lambda t: (f1_at(tune, t)[2], -t))
        p, r, f = f1_at(test, threshold)
        print(
            f"{name:<12}{auc([(s, y) for _, s, y in scored]):>7.3f}{threshold:>11.3f}{p:>7.3f}{r:>7.3f}{f:>7.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
