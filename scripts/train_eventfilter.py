"""Train the learned event filter (``hadath.events.eventfilter``) on gold files.

    python scripts/train_eventfilter.py GOLD.jsonl [MORE.jsonl ...] [--corpus CORPUS.jsonl.gz]
        [--folds 5] [--repeats 5] [--l2 1.0] [--min-docs 3] [--sessions N ...] [--write [PATH]]

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
the best mean beats it with two standard errors of that difference: over the splits (of the
per-repeat differences) and over the articles (a bootstrap of the articles, 1000 resamples
drawn with a fixed seed). Every threshold is scored on the same splits and resamples, so the
differences are paired. The pipeline runs once; each repeat only refits the model on the
collected features.

The rule that chooses the threshold: take the threshold with the best mean F1; write the
lowest threshold (the one that drops the fewest events) whose mean F1 is below that best by
no more than the noise of their paired difference, the larger of its two standard errors.
The split noise alone is small next to the article noise (on the 555 training articles, 0.25
against 0.30: 0.0002 against 0.0007), and whether a lead holds on other articles is the
article noise's question. So every threshold below the one written loses to the best by
more than that noise; a flat stretch of F1 (0.25 to 0.35, say) resolves to its lowest end,
not to whichever end one split or one sample favours.
The coder hands the collector its topic candidates too (nouns with no argument, rule
``noun:topic``); with the events' threshold fixed, theirs is chosen by the same rule and
written as ``topic_threshold``, keeping none of them counted as the highest threshold of all
(written as no ``topic_threshold``): it is chosen only when the best beats every threshold that
keeps some candidates by more than the noise.
``--sessions`` names the annotation sessions of the gold articles (how many articles each
holds, in file order; the last takes the rest: ``--sessions 166 191`` for the training set, see
``bench/gold/README.md``) and adds a report that chooses nothing: each threshold's F1 on every
session by a model fitted on the other sessions, and the threshold best for each. Sessions
disagree on how many of the coded events are right, so a threshold that holds across articles
of the same sessions need not hold for another session's annotators (as dev's and the
held-out set's).
``--write`` fits on everything and writes ``src/hadath/data/models/eventfilter.yaml`` (or PATH).
Retraining after the gold grows is the same command with the new files added.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
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
    return held_out_probabilities(docs, fold, range(folds), l2, min_docs)


def held_out_probabilities(
    docs: Sequence[Doc], fold: Mapping[str, int], folds: Iterable[int], l2: float, min_docs: int
) -> dict[str, list[float]]:
    """Each event's probability from a model fitted on the articles of every other fold."""
    probs: dict[str, list[float]] = {}
    for k in folds:
        bias, weights = fit([d for d in docs if fold[d.doc_id] != k], l2, min_docs)
        model = to_model(bias, weights, 0.0, training_info("train_eventfilter.py", [], {"coded": 0}, l2))
        probs.update(predict(model, [d for d in docs if fold[d.doc_id] == k]))
    return probs


def session_of(docs: Sequence[Doc], sizes: Sequence[int]) -> dict[str, int]:
    """Each article's annotation session: runs of the given sizes in file order, the last
    session taking the articles after them."""
    ends = list(accumulate(sizes))
    return {d.doc_id: bisect_right(ends, k) for k, d in enumerate(docs)}


def print_sessions(
    docs: Sequence[Doc], session: Mapping[str, int], l2: float, min_docs: int, threshold: float
) -> None:
    """Leave one annotation session out: each threshold's type F1 on every session by a model
    fitted on the others (why: sessions code some mentions differently, repeats and background
    acts above all, so the threshold best for the sessions fitted on need not hold for
    another; the articles of one session are no test of that)."""
    sessions = sorted(set(session.values()))
    probs = held_out_probabilities(docs, session, sessions, l2, min_docs)
    groups = [[d for d in docs if session[d.doc_id] == s] for s in sessions]
    for k, group in enumerate(groups):
        print(f"   session {k}: {len(group)} articles, rules alone {tally(group, probs, 0.0).line()}")
    print_session_table(groups, probs, "threshold", THRESHOLDS, lambda t: (t, NO_TOPICS))
    topic_thresholds = (*TOPIC_THRESHOLDS, NO_TOPICS)
    print_session_table(groups, probs, "topic threshold", topic_thresholds, lambda t: (threshold, t))


def print_session_table(
    groups: Sequence[Sequence[Doc]],
    probs: dict[str, list[float]],
    what: str,
    thresholds: Sequence[float],
    cut: Callable[[float], tuple[float, float]],
) -> None:
    """One row a threshold of ``what``: its type F1 on each session's articles (``groups``, with
    the probabilities of a model fitted on the other sessions), marked where it is the session's
    best; ``cut`` turns the threshold into the event and topic thresholds it is tallied at."""
    f1s = {t: [tally(g, probs, *cut(t)).f1() for g in groups] for t in thresholds}
    best = [max(f1s, key=lambda t, k=k: (f1s[t][k], -t)) for k in range(len(groups))]
    for t, row in f1s.items():
        name = "none" if t == NO_TOPICS else f"{t:.2f}"
        marks = "".join(f"  (best for session {k})" for k, b in enumerate(best) if b == t)
        print(f"   left-out session, {what} {name}: F1 by session "
              f"{' '.join(f'{f:.4f}' for f in row)} mean {np.mean(row):.4f}{marks}")  # fmt: skip


# tallies[threshold][repeat][article]: what each article gives at that threshold in that repeat
Scores = Mapping[float, Sequence[Sequence[Tally]]]
RESAMPLES = 1000  # bootstrap resamples of the articles
SEED = 0  # the resamples are drawn the same way every run, so a refit reads the same noise


def article_tallies(
    docs: Sequence[Doc], probs: dict[str, list[float]], threshold: float, topic_threshold: float = NO_TOPICS
) -> list[Tally]:
    return [tally([doc], probs, threshold, topic_threshold) for doc in docs]


def summed(tallies: Sequence[Tally]) -> Tally:
    return Tally(sum(t.tp for t in tallies), sum(t.pred for t in tallies), sum(t.gold for t in tallies))


def repeat_f1s(scores: Sequence[Sequence[Tally]]) -> list[float]:
    """Type F1 of each repeat over all its articles."""
    return [summed(articles).f1() for articles in scores]


def mean_f1(scores: Sequence[Sequence[Tally]]) -> float:
    return float(np.mean(repeat_f1s(scores)))


def resampled_f1(scores: Sequence[Sequence[Tally]], resamples: np.ndarray) -> np.ndarray:
    """The mean F1 over the repeats in each bootstrap resample (row: how often each article is drawn)."""
    counts = np.array([[(a.tp, a.pred, a.gold) for a in articles] for articles in scores], dtype=float)
    tp, pred, gold = (counts[..., i] @ resamples.T for i in range(3))  # repeats x resamples
    return (2 * tp / np.maximum(pred + gold, 1.0)).mean(axis=0)


def draw_resamples(articles: int) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    return rng.multinomial(articles, np.full(articles, 1.0 / articles), size=RESAMPLES)


@dataclass(slots=True, frozen=True)
class Gap:
    """How far the best threshold's mean F1 beats another's, and the noise of that difference."""

    mean: float
    split_se: float  # standard error of the per-repeat differences (the splits)
    article_se: float  # bootstrap standard error over the articles (the sample)

    @property
    def noise(self) -> float:
        return max(self.split_se, self.article_se)


def gap_to(best: Sequence[Sequence[Tally]], other: Sequence[Sequence[Tally]], resamples: np.ndarray) -> Gap:
    """The paired difference best - other: every threshold is scored on the same splits and
    the same resampled articles."""
    diffs = np.subtract(repeat_f1s(best), repeat_f1s(other))
    split_se = float(diffs.std(ddof=1) / np.sqrt(len(diffs))) if len(diffs) > 1 else 0.0
    article_se = float(np.std(resampled_f1(best, resamples) - resampled_f1(other, resamples)))
    return Gap(float(diffs.mean()), split_se, article_se)


def best_mean(scores: Scores) -> float:
    """The threshold with the best mean F1 over the repeats (on a tie the lower one)."""
    return max(scores, key=lambda t: (mean_f1(scores[t]), -t))


def gaps_to_best(scores: Scores) -> tuple[float, dict[float, Gap]]:
    """The threshold with the best mean F1 and how far it beats each threshold: every threshold
    is compared on the same splits and the same resampled articles (drawn once)."""
    best = best_mean(scores)
    resamples = draw_resamples(len(scores[best][0]))
    return best, {t: gap_to(scores[best], scores[t], resamples) for t in sorted(scores)}


def choose_threshold(scores: Scores) -> float:
    """The threshold the stated rule chooses (see lowest_within_noise)."""
    return lowest_within_noise(gaps_to_best(scores)[1])


def lowest_within_noise(gaps: dict[float, Gap]) -> float:
    """The lowest threshold (the fewest dropped events) that the best mean F1 beats by no more
    than the noise of their difference: every lower threshold loses to the best by more than
    one standard error, over the splits and over the articles, whichever is larger."""
    return next(t for t in sorted(gaps) if gaps[t].mean <= gaps[t].noise + 1e-12)


def print_choice(what: str, scores: Scores, best: float, gaps: dict[float, Gap], chosen: float) -> None:
    """Per threshold: mean F1 over the repeats, its spread (sd and range across repeats), how
    far the best mean beats it with both standard errors, and the counts summed over the repeats."""
    for t in sorted(scores):
        f1s = repeat_f1s(scores[t])
        sd = float(np.std(f1s, ddof=1)) if len(f1s) > 1 else 0.0
        gap = gaps[t]
        name = "none" if t == NO_TOPICS else f"{t:.2f}"
        mark = ("  <- chosen" if t == chosen else "") + ("  (best mean)" if t == best else "")
        total = summed([a for articles in scores[t] for a in articles])
        print(f"   cross-validated, {what} {name}: mean F1 {np.mean(f1s):.4f} sd {sd:.4f} "
              f"[{min(f1s):.4f}-{max(f1s):.4f}], best - this {gap.mean:+.4f} "
              f"se splits {gap.split_se:.4f} articles {gap.article_se:.4f}; "
              f"summed over the repeats {total.line()}{mark}")  # fmt: skip


def choose_and_print(what: str, scores: Scores) -> float:
    """The threshold the stated rule chooses, with the table it was chosen from."""
    best, gaps = gaps_to_best(scores)
    chosen = lowest_within_noise(gaps)
    print_choice(what, scores, best, gaps, chosen)
    return chosen


def choose_topic_threshold(
    docs: Sequence[Doc], probs: Sequence[dict[str, list[float]]], threshold: float
) -> float | None:
    """The topic candidates' threshold by the same rule (the events' own fixed), keeping none of
    them counted as the highest threshold of all; None when that is chosen (the coder then hands
    over none)."""
    thresholds = (*TOPIC_THRESHOLDS, NO_TOPICS)
    scores = {t: [article_tallies(docs, p, threshold, t) for p in probs] for t in thresholds}
    chosen = choose_and_print("topic threshold", scores)
    return None if chosen == NO_TOPICS else chosen


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = training_parser("train_eventfilter.py", __doc__.split("\n\n")[0], 3.0, model_path())
    parser.add_argument("--repeats", type=int, default=5, help="cross-validation splits, each of --folds")
    parser.add_argument("--min-docs", type=int, default=3, help="articles a word feature must occur in")
    parser.add_argument("--report-on", type=Path, nargs="*", default=[], help="gold files to score only")
    parser.add_argument(
        "--sessions",
        type=int,
        nargs="*",
        default=[],
        help="articles of each annotation session in file order but the last (it takes the rest): "
        "reports each threshold's F1 on every session by a model fitted on the others",
    )
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
        scores = {t: [article_tallies(docs, p, t) for p in probs] for t in THRESHOLDS}
        threshold = choose_and_print("threshold", scores)
        topic_threshold = choose_topic_threshold(docs, probs, threshold)
    if args.sessions:
        print_sessions(docs, session_of(docs, args.sessions), args.l2, args.min_docs, threshold)
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
