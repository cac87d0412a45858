"""Train the learned event filter (``hadath.events.eventfilter``) on gold files.

    python scripts/train_eventfilter.py GOLD.jsonl [MORE.jsonl ...] [--corpus CORPUS.jsonl.gz]
        [--folds 5] [--repeats 5] [--l2 1.0] [--min-docs 3] [--write [PATH]]

Each gold file holds full records (with ``text``) or offsets-only ones (as
``bench/gold/corpus_train.jsonl``), which are joined with ``--corpus`` at run time (no corpus
text is ever stored). The pipeline runs over every article with the filter off; each event
the coder made is labelled right when the scoring pairs it with a gold event at type level
(``matched_system_events``, as ``hadath eval`` does), and described by the filter's features.
A word of the text is a feature only when it occurs in ``--min-docs`` articles or more.

The model is a logistic regression fitted by gradient descent with an L2 penalty (numpy).
The report gives, by article-level k-fold cross-validation repeated ``--repeats`` times (each
repeat its own split: folds by crc32 of the article id salted by the repeat number; repeat 0
unsalted), type precision, recall and F1 of the rules alone and with the filter at each
threshold: the mean F1 over the repeats, its spread (sd and range across repeats), and how far
the best mean beats it (the mean of the per-repeat differences and its standard error; every
threshold is scored on the same splits, so the difference is paired). The pipeline runs once;
each repeat only refits the model on the collected features.

The rule that chooses the threshold: take the threshold with the best mean F1; write the
lowest threshold (the one that drops the fewest events) whose mean F1 is below that best by
no more than one standard error of their paired per-repeat difference. So every threshold
below the one written loses to the best by more than the noise of the splits; a flat stretch
of F1 (0.25 to 0.35, say) resolves to its lowest end, not to whichever end one split favours.
The coder hands the collector its topic candidates too (nouns with no argument, rule
``noun:topic``); with the events' threshold fixed, theirs is chosen by the same rule and
written as ``topic_threshold``, keeping none of them counted as the highest threshold of all
(written as no ``topic_threshold``): it is chosen only when the best beats every threshold that
keeps some candidates by more than the noise.
``--write`` fits on everything and writes ``src/hadath/data/models/eventfilter.yaml`` (or PATH).
Retraining after the gold grows is the same command with the new files added.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from hadath.eval.gold import DocRecord, parse_record
from hadath.eval.score import matched_system_events
from hadath.eval.training import read_gold_docs, training_info, training_parser, write_model
from hadath.events.coder import EventCoder, is_topic_candidate
from hadath.events.eventfilter import (
    WORD_FAMILIES,
    EventFilter,
    FilterModel,
    article_features,
    candidate_features,
    model_path,
    with_candidates,
)
from hadath.model import Article, Event
from hadath.pipeline import Pipeline

THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 15))  # 0.0: the rules alone
TOPIC_THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(4, 19))  # for the topic candidates
STEPS = 600
RATE = 0.05


@dataclass(slots=True)
class Doc:
    """One article's coded events: features and whether each is right; the other events of
    the output (told by quotes) only count."""

    doc_id: str
    features: list[list[str]] = field(default_factory=list)
    right: list[bool] = field(default_factory=list)
    topic: list[bool] = field(default_factory=list)  # a topic candidate (its own threshold)
    other_right: int = 0
    other: int = 0
    gold: int = 0


class Collector(EventFilter):
    """Records what the filter would see and keeps every event."""

    def __init__(self) -> None:
        self.seen: dict[int, list[str]] = {}

    @property
    def judges_topics(self) -> bool:
        return True  # the coder hands over its topic candidates, to be labelled too

    def keep(
        self, article: Article, events: list[Event], candidates: Sequence[Event] = (), *, explain: bool = True
    ) -> tuple[list[Event], list[tuple[Event, str]]]:
        for event, feats in zip(events, article_features(article, events), strict=True):
            self.seen[id(event)] = feats
        for event, feats in zip(candidates, candidate_features(article, events, candidates), strict=True):
            self.seen[id(event)] = feats
        return with_candidates(events, candidates), []


def collect(golds: Sequence[DocRecord]) -> list[Doc]:
    """Run the pipeline with the filter off over the gold articles; label every event."""
    pipeline = Pipeline.default(on_error="skip")
    coder = pipeline.stage(EventCoder)
    collector = Collector()
    coder.filter = collector
    docs = []
    for gold in golds:
        collector.seen.clear()
        article = pipeline(
            Article(doc_id=gold.doc_id, text=gold.text, title=gold.title, published=gold.published)
        )
        system = parse_record(article.to_dict(), strict=False)
        matched = matched_system_events(gold, system, "type")
        doc = Doc(gold.doc_id, gold=len(gold.events))
        for event, ok in zip(article.events, matched, strict=True):
            feats = collector.seen.get(id(event))
            if feats is None:
                doc.other += 1
                doc.other_right += ok
            else:
                doc.features.append(feats)
                doc.right.append(ok)
                doc.topic.append(is_topic_candidate(event))
        docs.append(doc)
    return docs


def vocabulary(docs: Sequence[Doc], min_docs: int) -> set[str]:
    """The features a model may weigh: all but words of the text seen in too few articles."""
    in_docs: dict[str, int] = {}
    for doc in docs:
        for f in {f for feats in doc.features for f in feats}:
            in_docs[f] = in_docs.get(f, 0) + 1
    return {f for f, n in in_docs.items() if n >= min_docs or not _is_word(f)}


def _is_word(feature: str) -> bool:
    return any(atom.split("=", 1)[0] in WORD_FAMILIES for atom in feature.split("&"))


def fit(docs: Sequence[Doc], l2: float, min_docs: int) -> tuple[float, dict[str, float]]:
    """Logistic regression by Adam on the mean log loss plus an L2 penalty: bias and weights."""
    names = {f: i for i, f in enumerate(sorted(vocabulary(docs, min_docs)))}
    rows = [[names[f] for f in feats if f in names] for doc in docs for feats in doc.features]
    y = np.array([float(r) for doc in docs for r in doc.right])
    if not rows:
        return 0.0, {}
    lengths = np.array([len(r) for r in rows])
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    owner = np.repeat(np.arange(len(rows)), lengths)
    size, n = len(names) + 1, len(rows)  # the last weight is the bias
    w, m, v = np.zeros(size), np.zeros(size), np.zeros(size)
    for step in range(1, STEPS + 1):
        z = np.bincount(owner, w[flat], n) + w[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) / n
        grad = np.append(np.bincount(flat, err[owner], size - 1), err.sum())
        grad[:-1] += l2 * w[:-1] / n
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in names.items() if abs(w[i]) >= 1e-3}
    return round(float(w[-1]), 4), weights


def to_model(
    bias: float, weights: dict[str, float], threshold: float, info: dict, topic_threshold: float | None = None
) -> FilterModel:
    return FilterModel.model_validate(
        {
            "threshold": threshold,
            "topic_threshold": topic_threshold,
            "bias": bias,
            "weights": weights,
            "trained": info,
        }
    )


@dataclass(slots=True)
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def f1(self) -> float:
        return 2 * self.tp / (self.pred + self.gold) if self.pred + self.gold else 0.0

    def line(self) -> str:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return f"P {p:.3f} R {r:.3f} F1 {self.f1():.3f} ({self.tp}/{self.pred}/{self.gold})"


NO_TOPICS = 1.01  # a topic threshold that drops every candidate


def tally(
    docs: Sequence[Doc], probs: dict[str, list[float]], threshold: float, topic_threshold: float = NO_TOPICS
) -> Tally:
    """Type-level counts when the events below the threshold (the topic candidates below theirs)
    are dropped."""
    out = Tally()
    for doc in docs:
        kept = [
            ok
            for ok, p, topic in zip(doc.right, probs[doc.doc_id], doc.topic, strict=True)
            if p >= (topic_threshold if topic else threshold)
        ]
        out.tp += doc.other_right + sum(kept)
        out.pred += doc.other + len(kept)
        out.gold += doc.gold
    return out


def predict(model: FilterModel, docs: Sequence[Doc]) -> dict[str, list[float]]:
    return {doc.doc_id: [model.probability(f) for f in doc.features] for doc in docs}


def fold_of(doc_id: str, folds: int, repeat: int) -> int:
    """An article's fold in one repeat: by crc32 of its id, salted by the repeat number
    (repeat 0 unsalted, the split the script used before it repeated)."""
    key = doc_id if repeat == 0 else f"{repeat}:{doc_id}"
    return zlib.crc32(key.encode("utf-8")) % folds


def cross_validate(
    docs: Sequence[Doc], folds: int, l2: float, min_docs: int, repeat: int = 0
) -> dict[str, list[float]]:
    """Each event's probability from a model that never saw its article (one repeat's split)."""
    fold = {d.doc_id: fold_of(d.doc_id, folds, repeat) for d in docs}
    probs: dict[str, list[float]] = {}
    for k in range(folds):
        bias, weights = fit([d for d in docs if fold[d.doc_id] != k], l2, min_docs)
        model = to_model(bias, weights, 0.0, training_info("train_eventfilter.py", [], {"coded": 0}, l2))
        probs.update(predict(model, [d for d in docs if fold[d.doc_id] == k]))
    return probs


def mean_and_se(values: Sequence[float]) -> tuple[float, float]:
    """The mean and its standard error (0 for a single value)."""
    arr = np.asarray(values, dtype=float)
    se = float(arr.std(ddof=1) / np.sqrt(len(arr))) if len(arr) > 1 else 0.0
    return float(arr.mean()), se


def gap_to(best: Sequence[Tally], other: Sequence[Tally]) -> tuple[float, float]:
    """How far ``best`` beats ``other`` in F1: the mean of the per-repeat differences and its
    standard error (the repeats share their splits, so the difference is paired)."""
    return mean_and_se([b.f1() - o.f1() for b, o in zip(best, other, strict=True)])


def best_mean(tallies: Mapping[float, Sequence[Tally]]) -> float:
    """The threshold with the best mean F1 over the repeats (on a tie the lower one)."""
    return max(tallies, key=lambda t: (mean_f1(tallies[t]), -t))


def choose_threshold(tallies: Mapping[float, Sequence[Tally]]) -> float:
    """The lowest threshold (the fewest dropped events) that the best mean F1 beats by no more
    than one standard error of their paired per-repeat difference: every lower threshold loses
    to the best by more than the noise of the splits."""
    best = best_mean(tallies)
    for t in sorted(tallies):
        gap, se = gap_to(tallies[best], tallies[t])
        if gap <= se + 1e-12:
            return t
    return best  # not reached: the best is within no gap of itself


def mean_f1(tallies: Sequence[Tally]) -> float:
    return float(np.mean([t.f1() for t in tallies]))


def summed(tallies: Sequence[Tally]) -> Tally:
    return Tally(sum(t.tp for t in tallies), sum(t.pred for t in tallies), sum(t.gold for t in tallies))


def print_choice(what: str, tallies: Mapping[float, Sequence[Tally]], chosen: float) -> None:
    """Per threshold: mean F1 over the repeats, its spread (sd across repeats), how far the best
    mean beats it (paired, with its standard error) and the counts summed over the repeats."""
    best = best_mean(tallies)
    for t in sorted(tallies):
        f1s = [x.f1() for x in tallies[t]]
        sd = float(np.std(f1s, ddof=1)) if len(f1s) > 1 else 0.0
        gap, se = gap_to(tallies[best], tallies[t])
        name = "none" if t == NO_TOPICS else f"{t:.2f}"
        mark = ("  <- chosen" if t == chosen else "") + ("  (best mean)" if t == best else "")
        print(f"   cross-validated, {what} {name}: mean F1 {np.mean(f1s):.4f} sd {sd:.4f} "
              f"[{min(f1s):.4f}-{max(f1s):.4f}], best - this {gap:+.4f} se {se:.4f}; "
              f"summed over the repeats {summed(tallies[t]).line()}{mark}")  # fmt: skip


def choose_topic_threshold(
    docs: Sequence[Doc], probs: Sequence[dict[str, list[float]]], threshold: float
) -> float | None:
    """The topic candidates' threshold by the same rule (the events' own fixed), keeping none of
    them counted as the highest threshold of all; None when that is chosen (the coder then hands
    over none)."""
    tallies = {t: [tally(docs, p, threshold, t) for p in probs] for t in (*TOPIC_THRESHOLDS, NO_TOPICS)}
    chosen = choose_threshold(tallies)
    print_choice("topic threshold", tallies, chosen)
    return None if chosen == NO_TOPICS else chosen


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = training_parser("train_eventfilter.py", __doc__.split("\n\n")[0], 3.0, model_path())
    parser.add_argument("--repeats", type=int, default=5, help="cross-validation splits, each of --folds")
    parser.add_argument("--min-docs", type=int, default=3, help="articles a word feature must occur in")
    parser.add_argument("--report-on", type=Path, nargs="*", default=[], help="gold files to score only")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    docs = collect(read_gold_docs(args.gold, args.corpus, "train_eventfilter"))
    events = sum(len(d.right) for d in docs)
    print(f"{len(docs)} articles, {events} coded events, {sum(sum(d.right) for d in docs)} right; "
          f"{sum(d.other for d in docs)} other events")  # fmt: skip
    threshold, topic_threshold = 0.0, None
    if args.folds > 1:
        probs = [
            cross_validate(docs, args.folds, args.l2, args.min_docs, r) for r in range(max(args.repeats, 1))
        ]
        tallies = {t: [tally(docs, p, t) for p in probs] for t in THRESHOLDS}
        threshold = choose_threshold(tallies)
        print_choice("threshold", tallies, threshold)
        topic_threshold = choose_topic_threshold(docs, probs, threshold)
    bias, weights = fit(docs, args.l2, args.min_docs)
    model = to_model(
        bias,
        weights,
        threshold,
        training_info("train_eventfilter.py", args.gold, {"coded": events}, args.l2),
        topic_threshold,
    )
    for path in args.report_on:
        other = collect(read_gold_docs([path], args.corpus, "train_eventfilter"))
        probs = predict(model, other)
        topics = NO_TOPICS if topic_threshold is None else topic_threshold
        print(f"{path}: rules alone {tally(other, probs, 0.0).line()}; "
              f"with the filter {tally(other, probs, threshold, topics).line()}")  # fmt: skip
    if args.write:
        write_model(
            args.write, model, "The learned event filter (hadath.events.eventfilter)", "train_eventfilter.py"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
