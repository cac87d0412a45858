"""Train the learned argument chooser (``hadath.events.argmodel``) on gold files.

    python scripts/train_argmodel.py GOLD.jsonl [MORE.jsonl ...] [--corpus CORPUS.jsonl.gz]
        [--folds 5] [--l2 1.0] [--tune] [--write [PATH]]

Each gold file holds full records (with ``text``) or offsets-only ones (as
``bench/gold/corpus_train.jsonl``), which are joined with ``--corpus`` at run time (no corpus
text is ever stored). The pipeline runs over every article with the rules alone; for each
coded event that a gold event of the same type in the same sentence stands for, every
candidate name is labelled right for a role when it matches a gold argument of that role
the way ``hadath eval`` does (``args_match``). Events whose gold role is empty, or where no
candidate is right, teach nothing for that role and are left out.

The model per role is a conditional logit (a softmax over an event's candidates) fitted by
gradient descent with an L2 penalty (numpy). The report gives, by article-level k-fold
cross-validation, how often the role is right at each margin (how much the model's best name
must beat the rules' choice to replace it); with ``--tune`` each role's margin is the best
one that is surely better than keeping the rules' choice (see ``best_margin``).
``--write`` fits on everything and writes ``src/hadath/data/models/argmodel.yaml`` (or PATH).
"""

from __future__ import annotations

import argparse
import math
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from hadath.eval.gold import Arg, DocRecord, SpanRef
from hadath.eval.match import args_match, same_sentence
from hadath.eval.training import read_gold_docs, training_info, training_parser, write_model
from hadath.events.argmodel import ROLES, ArgChooser, ArgModel, Candidate, Slot, describe, model_path
from hadath.events.coder import EventCoder
from hadath.model import Actor, Article
from hadath.pipeline import Pipeline

MARGINS = (None, 0.0, 0.5, 1.0, 1.5, 2.0)  # None: the rules' choice always stays
# A role the rules left empty is filled when a name beats nobody. The fill is not tuned: the
# scorer accepts any name where the gold role is empty, and those events teach nothing here,
# so cross-validation on the events with a gold role would always favour filling more (on the
# training set, half of the extra fills of a lower fill land on events whose gold role is empty).
FILL = 0.0
# a margin replaces "never" only when the events it makes right outnumber those it makes wrong
# by this many standard deviations of a fair coin (a sign test), so noise never overrides rules
SURE = 2.0
STEPS = 400
RATE = 0.1


@dataclass(slots=True)
class Seen:
    """One coded event as the chooser saw it, with the labels of its candidates."""

    doc_id: str
    sentence: tuple[int, int]
    event_type: str
    rules: dict[str, list[Actor]]
    found: list[Candidate]
    right: dict[str, list[bool]] = field(default_factory=dict)  # per role, per candidate
    rules_right: dict[str, bool] = field(default_factory=dict)


class Collector(ArgChooser):
    """Records what the chooser would see and leaves the rules' choice as it is."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.doc_id = ""

    def revise(self, view, trig, ctx, units, rule, event_type, actors, recipients):  # type: ignore[override]
        slot = Slot(view, trig, ctx, units, rule, event_type)
        rules = {"actor": actors, "recipient": recipients}
        found = describe(slot, actors, recipients)
        self.seen.append(Seen(self.doc_id, (view.start, view.end), event_type, rules, found))
        return actors, recipients, ""


def collect(golds: Iterable[DocRecord]) -> list[Seen]:
    """Run the rules-only pipeline over the gold articles and record every coded event."""
    pipeline = Pipeline.default(on_error="skip")
    coder = pipeline.stage(EventCoder)
    collector = Collector()
    coder.chooser = collector
    for gold in golds:
        collector.doc_id = gold.doc_id
        pipeline(Article(doc_id=gold.doc_id, text=gold.text, title=gold.title, published=gold.published))
    return collector.seen


def _args(actors: list[Actor]) -> list[Arg]:
    return [Arg(SpanRef(start=a.start, end=a.end), a.entity, a.country, a.sector) for a in actors]


def label(seen: list[Seen], golds: dict[str, DocRecord]) -> None:
    """Mark each candidate right or wrong per role against the gold events it stands for."""
    for s in seen:
        gold = golds[s.doc_id]
        paired = [
            g
            for g in gold.events
            if g.event_type == s.event_type and same_sentence(g.sentence.locate(gold.text), s.sentence)
        ]
        for role in ROLES:
            wanted = [getattr(g, role) for g in paired if getattr(g, role)]
            if wanted:
                within = paired[0].sentence.locate(gold.text)
                at = within[0] if within else None
                named = [_matches(wanted, c.actors, gold.text, at) for c in s.found[:-1]]
                s.right[role] = [*named, not any(named)]  # nobody is right when no name is
                s.rules_right[role] = _matches(wanted, s.rules[role], gold.text, at)


def _matches(wanted: list, actors: list[Actor], text: str, at: int | None) -> bool:
    """Whether some system argument matches the gold arguments of some paired event."""
    system = _args(actors)
    return bool(system) and any(args_match(gold_args, system, text, at) for gold_args in wanted)


@dataclass(slots=True)
class Design:
    """The candidates of the events that teach a role, as feature index lists."""

    events: list[Seen]
    rows: list[list[int]]  # feature indices per candidate, events one after another
    starts: np.ndarray  # first row of each event
    y: np.ndarray


def design(seen: list[Seen], role: str, names: dict[str, int], grow: bool) -> Design:
    events = [s for s in seen if role in s.right]
    rows, starts, y = [], [], []
    for s in events:
        starts.append(len(rows))
        for c, ok in zip(s.found, s.right[role], strict=True):
            if grow:
                for f in c.features:
                    names.setdefault(f, len(names))
            rows.append([names[f] for f in c.features if f in names])
            y.append(1.0 if ok else 0.0)
    return Design(events, rows, np.array(starts, dtype=np.int64), np.array(y))


def _scores(d: Design, w: np.ndarray) -> np.ndarray:
    lengths = np.array([len(r) for r in d.rows])
    flat = np.array([i for r in d.rows for i in r], dtype=np.int64)
    ends = np.cumsum(lengths)
    sums = np.concatenate([[0.0], np.cumsum(w[flat])]) if len(flat) else np.zeros(1)
    return sums[ends] - sums[ends - lengths]


def fit(d: Design, size: int, l2: float) -> np.ndarray:
    """Conditional logit by Adam on the mean negative log share of the right candidates."""
    w = np.zeros(size)
    if not d.events:
        return w
    lengths = np.array([len(r) for r in d.rows])
    flat = np.array([i for r in d.rows for i in r], dtype=np.int64)
    group = np.repeat(np.arange(len(d.starts)), np.diff(np.append(d.starts, len(d.rows))))
    n = len(d.starts)
    m, v = np.zeros(size), np.zeros(size)
    for step in range(1, STEPS + 1):
        s = _scores(d, w)
        top = np.full(n, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        total = np.bincount(group, e, n)
        p = e / total[group]
        right = np.bincount(group, d.y, n)
        coef = (p - d.y / right[group]) / n
        grad = np.bincount(flat, np.repeat(coef, lengths), size) + l2 * w / n
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def to_model(
    weights: dict[str, dict[str, float]], margin: dict[str, float], fill: dict[str, float], info: dict
) -> ArgModel:
    return ArgModel.model_validate({"margin": margin, "fill": fill, "weights": weights, "trained": info})


def _weights(w: np.ndarray, names: dict[str, int]) -> dict[str, float]:
    return {f: round(float(w[i]), 4) for f, i in sorted(names.items()) if abs(w[i]) >= 1e-3}


def outcome(model: ArgModel, s: Seen, role: str) -> bool:
    """Whether the role is right after the model's look at one event (the other role as the
    rules chose it)."""
    other = s.rules["recipient" if role == "actor" else "actor"]
    chosen = ArgChooser(model)._choose(role, s.found, s.rules[role], other, _features)
    if chosen is s.rules[role]:
        return s.rules_right[role]
    return s.right[role][next(k for k, c in enumerate(s.found) if c.actors is chosen)]


def _features(c: Candidate) -> list[str]:
    return c.features  # training describes every candidate up front


@dataclass(slots=True)
class Tally:
    """Cross-validated outcome of one margin for one role: right events, and against the
    rules' choice (margin None) the events it made right and those it made wrong."""

    right: int = 0
    gained: int = 0
    lost: int = 0

    def sure(self) -> bool:
        """Whether the gain over the rules is more than noise (a sign test)."""
        changed = self.gained + self.lost
        return changed > 0 and self.gained - self.lost > SURE * math.sqrt(changed)


def cross_validate(
    seen: list[Seen], folds: int, l2: float, margins: Sequence[float | None]
) -> dict[str, dict[float | None, Tally]]:
    """Per role and margin: how the events come out on held-out folds only (fill FILL)."""
    fold_of = {s.doc_id: zlib.crc32(s.doc_id.encode("utf-8")) % folds for s in seen}
    tally: dict[str, dict[float | None, Tally]] = {r: {m: Tally() for m in margins} for r in ROLES}
    for k in range(folds):
        train = [s for s in seen if fold_of[s.doc_id] != k]
        test = [s for s in seen if fold_of[s.doc_id] == k and s.right]
        weights = {}
        for role in ROLES:
            names: dict[str, int] = {}
            d = design(train, role, names, grow=True)
            weights[role] = _weights(fit(d, len(names), l2), names)
        fills = dict.fromkeys(ROLES, FILL)
        never = to_model(weights, dict.fromkeys(ROLES), fills, training_info("train_argmodel.py", [], {}, l2))
        for role in ROLES:
            events = [s for s in test if role in s.right]
            base = [outcome(never, s, role) for s in events]
            for margin in margins:
                model = to_model(
                    weights,
                    dict.fromkeys(ROLES, margin),
                    fills,
                    training_info("train_argmodel.py", [], {}, l2),
                )
                got = [outcome(model, s, role) for s in events] if margin is not None else base
                t = tally[role][margin]
                t.right += sum(got)
                t.gained += sum(g and not b for g, b in zip(got, base, strict=True))
                t.lost += sum(b and not g for g, b in zip(got, base, strict=True))
    return tally


def best_margin(tally: dict[float | None, Tally]) -> float | None:
    """The margin with the most right events among those surely better than the rules'
    choice (on a tie the larger, which changes fewer); None when none is sure."""
    sure = [m for m, t in tally.items() if m is not None and t.sure()]
    return max(sure, key=lambda m: (tally[m].right, m), default=None)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = training_parser("train_argmodel.py", __doc__.split("\n\n")[0], 1.0, model_path())
    parser.add_argument(
        "--tune",
        action="store_true",
        help="choose each role's margin by cross-validation: the one with the most right events "
        "among those surely better than the rules' choice (by default the model never replaces a "
        "name the rules chose); an empty role is filled when a name beats nobody either way",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    golds = read_gold_docs(args.gold, args.corpus, "train_argmodel")
    by_id = {g.doc_id: g for g in golds}
    seen = collect(golds)
    label(seen, by_id)
    counts = {role: sum(1 for s in seen if role in s.right) for role in ROLES}
    named = {role: sum(1 for s in seen if any(s.right.get(role, [])[:-1])) for role in ROLES}
    print(f"{len(golds)} articles, {len(seen)} coded events; events with a gold role: {counts}; "
          f"with a right name among the candidates: {named}")  # fmt: skip
    margin: dict[str, float | None] = dict.fromkeys(ROLES)
    fill: dict[str, float | None] = dict.fromkeys(ROLES, FILL)
    if args.folds > 1:
        tally = cross_validate(seen, args.folds, args.l2, MARGINS if args.tune else (None,))
        for role in ROLES:
            rules = sum(s.rules_right[role] for s in seen if role in s.rules_right)
            if args.tune:
                margin[role] = best_margin(tally[role])
            print(f"{role}: rules alone right {rules}/{counts[role]}; written margin {margin[role]}; "
                  f"cross-validated (fill {FILL}):")  # fmt: skip
            for key, t in tally[role].items():
                print(
                    f"   margin {key!s:>5}: right {t.right}, +{t.gained} -{t.lost}{' (sure)' if t.sure() else ''}"
                )
    if args.write:
        weights = {}
        for role in ROLES:
            names: dict[str, int] = {}
            d = design(seen, role, names, grow=True)
            weights[role] = _weights(fit(d, len(names), args.l2), names)
        model = to_model(
            weights, margin, fill, training_info("train_argmodel.py", args.gold, counts, args.l2)
        )
        write_model(
            args.write, model, "The learned argument chooser (hadath.events.argmodel)", "train_argmodel.py"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
