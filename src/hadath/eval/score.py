"""Scores of system output against gold, exactly as the gold guideline defines them.

Per article: events matched greedily in gold order at three levels (type, type+actor,
type+actor+recipient), location (within 161 km) and date (same day) among the type-level
matches, quotes (content overlap and speaker identified), and entities (distinct
normalized text and type, also text alone). Article scores add up to the overall result;
precision, recall and F1 come with their tp/pred/gold counts, overall and per event type.
An article missing from the system output predicts nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hadath.eval.gold import Arg, DocRecord, EventRecord, QuoteRecord, Span
from hadath.eval.match import (
    LOCATION_TOLERANCE_KM,
    MIN_OVERLAP,
    args_match,
    greedy_match,
    haversine_km,
    normalize_name,
    overlap,
    same_sentence,
)

LEVELS: tuple[str, ...] = ("type", "type+actor", "type+actor+recipient")
DIGITS = 3  # the reference scorer rounds every ratio to three decimals


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(slots=True)
class PRF:
    """True positives, predictions and gold items, with precision, recall and F1."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.pred)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    def to_dict(self) -> dict[str, Any]:
        """``p``, ``r``, ``f1`` (rounded) and the three counts."""
        return {
            "p": round(self.precision, DIGITS), "r": round(self.recall, DIGITS),
            "f1": round(self.f1, DIGITS), "tp": self.tp, "pred": self.pred, "gold": self.gold,
        }  # fmt: skip


@dataclass(slots=True)
class Accuracy:
    """Correct out of n; ``value`` is None when there was nothing to judge."""

    correct: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.n if self.n else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.n + other.n)

    def to_dict(self) -> dict[str, Any]:
        """``acc`` (rounded, or None) and ``n``."""
        value = self.value
        return {"acc": None if value is None else round(value, DIGITS), "n": self.n}


def _level_prfs() -> dict[str, PRF]:
    return {level: PRF() for level in LEVELS}


@dataclass(slots=True)
class ArticleScore:
    """One article's counts: events per level and per type, location, date, quotes, entities."""

    doc_id: str
    has_output: bool = False
    events: dict[str, PRF] = field(default_factory=_level_prfs)
    by_type: dict[str, dict[str, PRF]] = field(default_factory=dict)
    location: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    quotes: PRF = field(default_factory=PRF)
    entities: PRF = field(default_factory=PRF)
    entities_untyped: PRF = field(default_factory=PRF)

    def to_dict(self) -> dict[str, Any]:
        """Counts only (per-article ratios are too small to read)."""
        return {
            "doc_id": self.doc_id,
            "has_output": self.has_output,
            "gold_events": self.events["type"].gold,
            "pred_events": self.events["type"].pred,
            **{f"tp_{level}": self.events[level].tp for level in LEVELS},
            "quotes": {"tp": self.quotes.tp, "pred": self.quotes.pred, "gold": self.quotes.gold},
            "entities": {"tp": self.entities.tp, "pred": self.entities.pred, "gold": self.entities.gold},
        }


@dataclass(slots=True)
class EvalResult:
    """Every score of one evaluation, and the per-article counts they add up from."""

    levels: dict[str, PRF] = field(default_factory=_level_prfs)
    location: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    quotes: PRF = field(default_factory=PRF)
    entities: PRF = field(default_factory=PRF)
    entities_untyped: PRF = field(default_factory=PRF)
    per_type: dict[str, dict[str, PRF]] = field(default_factory=dict)
    articles: list[ArticleScore] = field(default_factory=list)

    @property
    def with_output(self) -> int:
        """How many gold articles the system output covers."""
        return sum(a.has_output for a in self.articles)

    def add(self, article: ArticleScore) -> None:
        """Add one article's counts to the totals."""
        self.articles.append(article)
        for level in LEVELS:
            self.levels[level] += article.events[level]
        for event_type, prfs in article.by_type.items():
            totals = self.per_type.setdefault(event_type, _level_prfs())
            for level in LEVELS:
                totals[level] += prfs[level]
        self.location += article.location
        self.date += article.date
        self.quotes += article.quotes
        self.entities += article.entities
        self.entities_untyped += article.entities_untyped

    def to_dict(self, *, per_article: bool = True) -> dict[str, Any]:
        """The JSON form: the reference scorer's keys, then ``per_type`` and ``per_article``."""
        out: dict[str, Any] = {level: self.levels[level].to_dict() for level in LEVELS}
        out["location_acc161"] = self.location.to_dict()
        out["date_acc"] = self.date.to_dict()
        out["quotes"] = self.quotes.to_dict()
        out["entities"] = self.entities.to_dict()
        out["entities_untyped"] = self.entities_untyped.to_dict()
        out["articles"] = {"gold": len(self.articles), "with_output": self.with_output}
        out["per_type"] = {
            t: {level: prfs[level].to_dict() for level in LEVELS} for t, prfs in sorted(self.per_type.items())
        }
        if per_article:
            out["per_article"] = [a.to_dict() for a in self.articles]
        return out


@dataclass(frozen=True, slots=True)
class _Located:
    """An event with its sentence span found in the gold text (None when not found)."""

    event: EventRecord
    span: Span | None


def _event_accepts(level: int, doc: str) -> Callable[[_Located, _Located], bool]:
    """The test a (gold, system) event pair must pass at one level."""

    def accept(g: _Located, s: _Located) -> bool:
        if g.event.event_type != s.event.event_type or not same_sentence(g.span, s.span):
            return False
        within = g.span[0] if g.span else None
        if level >= 1 and not args_match(g.event.actor, s.event.actor, doc, within):
            return False
        return level < 2 or args_match(g.event.recipient, s.event.recipient, doc, within)

    return accept


def _judge_place_and_date(pairs: Sequence[tuple[_Located, _Located]], score: ArticleScore) -> None:
    for g, s in pairs:
        gold_loc, sys_loc = g.event.location, s.event.location
        if gold_loc and gold_loc.lat is not None and gold_loc.lon is not None:
            score.location.n += 1
            if sys_loc and sys_loc.lat is not None and sys_loc.lon is not None:
                km = haversine_km((gold_loc.lat, gold_loc.lon), (sys_loc.lat, sys_loc.lon))
                score.location.correct += km <= LOCATION_TOLERANCE_KM
        if g.event.date:
            score.date.n += 1
            score.date.correct += (s.event.date or "")[:10] == g.event.date


def _score_events(gold: DocRecord, system: DocRecord, score: ArticleScore) -> None:
    doc = gold.text
    gold_events = [_Located(e, e.sentence.locate(doc)) for e in gold.events]
    sys_events = [_Located(e, e.sentence.locate(doc)) for e in system.events]
    gold_types = Counter(e.event_type for e in gold.events)
    pred_types = Counter(e.event_type for e in system.events)
    for event_type in gold_types.keys() | pred_types.keys():
        score.by_type[event_type] = {
            level: PRF(0, pred_types[event_type], gold_types[event_type]) for level in LEVELS
        }
    for i, level in enumerate(LEVELS):
        pairs = greedy_match(gold_events, sys_events, _event_accepts(i, doc))
        score.events[level] = PRF(len(pairs), len(sys_events), len(gold_events))
        for g, _ in pairs:
            score.by_type[g.event.event_type][level].tp += 1
        if i == 0:
            _judge_place_and_date(pairs, score)


def matched_system_events(gold: DocRecord, system: DocRecord, level: str) -> list[bool]:
    """For each system event, in order, whether the scoring pairs it with a gold event at a
    level of :data:`LEVELS` (what calibration measures confidence against)."""
    doc = gold.text
    gold_events = [_Located(e, e.sentence.locate(doc)) for e in gold.events]
    sys_events = [_Located(e, e.sentence.locate(doc)) for e in system.events]
    pairs = greedy_match(gold_events, sys_events, _event_accepts(LEVELS.index(level), doc))
    paired = {id(s) for _, s in pairs}
    return [id(s) in paired for s in sys_events]


def _speaker(quote: QuoteRecord) -> list[Arg]:
    # A quote without a speaker is compared as an empty argument, which identifies nothing.
    return [quote.speaker or Arg()]


def _score_quotes(gold: DocRecord, system: DocRecord) -> PRF:
    doc = gold.text

    def accept(g: QuoteRecord, s: QuoteRecord) -> bool:
        same_content = overlap(g.content.locate(doc), s.content.locate(doc)) >= MIN_OVERLAP
        return same_content and args_match(_speaker(g), _speaker(s), doc)

    pairs = greedy_match(gold.quotes, system.quotes, accept)
    return PRF(len(pairs), len(system.quotes), len(gold.quotes))


def _score_entities(gold: DocRecord, system: DocRecord, score: ArticleScore) -> None:
    gold_keys = {(normalize_name(e.text), e.type) for e in gold.entities}
    sys_keys = {(normalize_name(e.text), e.type) for e in system.entities}
    score.entities = PRF(len(gold_keys & sys_keys), len(sys_keys), len(gold_keys))
    # Untyped: the same denominators as typed, so the two are directly comparable.
    same_text = {t for t, _ in gold_keys} & {t for t, _ in sys_keys}
    score.entities_untyped = PRF(len(same_text), len(sys_keys), len(gold_keys))


def score_article(gold: DocRecord, system: DocRecord | None) -> ArticleScore:
    """Score one article's system record (None: the system said nothing) against gold."""
    score = ArticleScore(doc_id=gold.doc_id, has_output=system is not None)
    system = system or DocRecord(doc_id=gold.doc_id)
    _score_events(gold, system, score)
    score.quotes = _score_quotes(gold, system)
    _score_entities(gold, system, score)
    return score


def score(gold: Mapping[str, DocRecord], system: Mapping[str, DocRecord]) -> EvalResult:
    """Score system records against gold records, both keyed by ``doc_id``.

    System records for articles not in gold are ignored; gold articles without a system
    record count as predicting nothing.
    """
    result = EvalResult()
    for doc_id, gold_doc in gold.items():
        result.add(score_article(gold_doc, system.get(doc_id)))
    return result
