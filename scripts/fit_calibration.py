"""Fit the event confidence model and report how well confidences match outcomes.

    python scripts/fit_calibration.py GOLD.jsonl [MORE.jsonl ...] [--corpus CORPUS.jsonl.gz] [--folds 5]
        [--l2 1.0] [--report-on OTHER.jsonl] [--write] [--compare-eval]

GOLD files are full gold records or offsets-only ones (``bench/gold/corpus_train.jsonl``),
joined with ``--corpus`` at run time.

Runs the pipeline over the gold articles with the rule-of-thumb confidence (the coder's
``_confidence``, "before"), labels every system event as right or wrong at type level and at
type+actor level exactly as ``hadath eval`` matches events, and computes each event's
features (:mod:`hadath.events.confidence`). Then:

- without ``--report-on``: k-fold cross-validation by article on GOLD; the "after" table is
  made only of held-out predictions (each article's events scored by a model that never
  saw that article);
- with ``--report-on OTHER``: the model is fitted on all of GOLD and scored on OTHER.

``--write`` fits on all of GOLD and writes ``src/hadath/data/calibration.yaml``. Re-run it
whenever the coder changes: the features of events move with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from hadath.errors import HadathError
from hadath.eval.calibration import (
    Bin,
    Features,
    article_folds,
    brier,
    expected_calibration_error,
    fit_logistic,
    predict,
    reliability,
)
from hadath.eval.gold import DocRecord, parse_record, read_gold
from hadath.eval.score import matched_system_events
from hadath.events.coder import EventCoder
from hadath.events.confidence import calibration_path, event_features, shipped_calibration
from hadath.model import Article
from hadath.pipeline import Pipeline

OUTCOMES = ("type", "type+actor")


@dataclass(slots=True)
class Labelled:
    """Every system event of a gold set: article, features, heuristic confidence, outcomes."""

    doc_ids: list[str]
    features: list[Features]
    heuristic: list[float]
    outcomes: dict[str, list[bool]]


def read_golds(paths: list[Path], corpus: Path | None) -> dict[str, DocRecord]:
    """The records of all gold files by doc id; offsets-only files joined with the corpus."""
    return {doc.doc_id: doc for path in paths for doc in read_gold(path, corpus).values()}


def names(paths: list[Path]) -> str:
    return " + ".join(p.name for p in paths)


def label_events(gold: dict[str, DocRecord]) -> Labelled:
    pipeline = Pipeline.default(on_error="skip")
    coder = pipeline.stage(EventCoder)
    coder.calibration = None  # the rule-of-thumb confidence is the "before"
    data = Labelled([], [], [], {o: [] for o in OUTCOMES})
    docs = list(gold.values())
    articles = [Article(doc_id=d.doc_id, text=d.text, title=d.title, published=d.published) for d in docs]
    for doc, article in zip(docs, pipeline.pipe(articles), strict=True):
        if not isinstance(article, Article):
            print(f"{doc.doc_id}: {article.reason}: {article.detail}", file=sys.stderr)
            continue  # a failed article has no events to label
        system = parse_record(article.to_dict(), strict=False)
        for outcome in OUTCOMES:
            data.outcomes[outcome] += matched_system_events(doc, system, outcome)
        for event in article.events:
            data.doc_ids.append(doc.doc_id)
            data.features.append(event_features(event, coder.index))
            data.heuristic.append(event.confidence)
    return data


def cross_validated(data: Labelled, target: str, folds: int, l2: float) -> list[float]:
    fold_of = article_folds(data.doc_ids, folds)
    out = [0.0] * len(fold_of)
    for k in range(folds):
        train = [i for i, f in enumerate(fold_of) if f != k]
        intercept, weights = fit_logistic(
            [data.features[i] for i in train], [data.outcomes[target][i] for i in train], l2
        )
        for i, f in enumerate(fold_of):
            if f == k:
                out[i] = predict(intercept, weights, data.features[i])
    return out


def table_lines(title: str, confidences: list[float], outcomes: dict[str, list[bool]]) -> list[str]:
    table: list[Bin] = reliability(confidences, outcomes)
    lines = [f"\n{title} ({len(confidences)} events)\n",
             "| confidence | events | mean confidence | correct, type | correct, type+actor |",
             "|---|---|---|---|---|"]  # fmt: skip
    for b in table:
        lines.append(
            f"| {b.low:.1f}–{b.high:.1f} | {b.n} | {b.confidence:.3f} | "
            f"{b.correct['type']:.3f} | {b.correct['type+actor']:.3f} |"
        )
    for outcome in OUTCOMES:
        ece = expected_calibration_error(table, outcome)
        lines.append(
            f"\nECE against {outcome}: **{ece:.3f}**; Brier {brier(confidences, outcomes[outcome]):.3f}"
        )
    return lines


def write_calibration(data: Labelled, target: str, l2: float, folds: int, source: str, command: str) -> Path:
    intercept, weights = fit_logistic(data.features, data.outcomes[target], l2)
    body = {
        "target": target,
        "intercept": round(intercept, 4),
        "weights": {f: {v: round(w, 4) for v, w in sorted(vals.items())} for f, vals in sorted(weights.items())},
        "fit": {"data": source, "events": len(data.features), "folds": folds, "l2": l2,
                "command": command, "date": dt.date.today().isoformat()},
    }  # fmt: skip
    header = (
        "# Event confidence: a logistic model over features of each coded event (schema and\n"
        "# features: hadath.events.confidence; checked by `hadath kb validate`). Written by\n"
        "# scripts/fit_calibration.py --write; re-run it when the coder changes.\n"
    )
    path = calibration_path()
    path.write_text(header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def eval_lines(gold: str) -> list[str]:
    """Scores with the shipped calibration and without it: they must be identical, since
    calibration only sets confidences."""
    from hadath.eval import evaluate

    lines = [
        "\n| confidence | type F1 | type+actor F1 | type+actor+recipient F1 | predicted |",
        "|---|---|---|---|---|",
    ]
    for name, calibrated in (("rule of thumb", False), ("calibrated", True)):
        pipeline = Pipeline.default(on_error="skip")
        if not calibrated:
            pipeline.stage(EventCoder).calibration = None
        levels = evaluate(gold, pipeline=pipeline).levels
        f1s = " | ".join(f"{levels[o].f1:.3f}" for o in (*OUTCOMES, "type+actor+recipient"))
        lines.append(f"| {name} | {f1s} | {levels['type'].pred} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "gold", nargs="+", type=Path, help="gold JSONL files to fit on (and to cross-validate on)"
    )
    parser.add_argument("--corpus", type=Path, help="the corpus, for offsets-only gold files")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=3.0, help="L2 penalty on the weights")
    parser.add_argument("--target", choices=OUTCOMES, default="type")
    parser.add_argument("--report-on", help="another gold JSONL: fit on GOLD, report there")
    parser.add_argument("--write", action="store_true", help="write data/calibration.yaml")
    parser.add_argument(
        "--compare-eval", action="store_true", help="score the first GOLD file with and without calibration"
    )
    args = parser.parse_args(argv)
    try:
        data = label_events(read_golds(args.gold, args.corpus))
        held_out = label_events(read_gold(args.report_on, args.corpus)) if args.report_on else data
    except (HadathError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.report_on:
        intercept, weights = fit_logistic(data.features, data.outcomes[args.target], args.l2)
        after = [predict(intercept, weights, f) for f in held_out.features]
        how = f"fitted on {names(args.gold)}, scored on {args.report_on}"
    else:
        after = cross_validated(data, args.target, args.folds, args.l2)
        how = f"{args.folds}-fold cross-validation by article on {names(args.gold)}, held-out predictions"
    lines = table_lines("Before: rule-of-thumb confidence", held_out.heuristic, held_out.outcomes)
    lines += table_lines(f"After: calibrated ({how})", after, held_out.outcomes)
    print("\n".join(lines))
    if args.write:
        command = "python scripts/fit_calibration.py " + " ".join(argv if argv is not None else sys.argv[1:])
        path = write_calibration(data, args.target, args.l2, args.folds, names(args.gold), command)
        print(f"\nwrote {path}")
        shipped_calibration.cache_clear()  # the comparison below uses what was just written
    if args.compare_eval:
        print("\n".join(eval_lines(str(args.gold[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
