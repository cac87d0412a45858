"""A learned filter over the coder's events: drop the ones a model judges false.

The coder's rules code an event wherever a trigger and its clause pass them; some of those
events are not events of the article (a topic noun, a verb inside what someone said, an act
told twice). This module scores every coded event with a small logistic regression over
shallow features of what the coder saw: the trigger's entry and type, how it was read (verb
or noun, the rule family and its tags), modality, whether it has an actor or a recipient,
the words just before and after the trigger, the sentence's first word, quotation marks and
a colon before it, the particles before it, how many events its sentence has and whether
another of the same type is near, and where the sentence stands in the article. An event
whose probability of being right falls below the model's threshold is dropped; ``hadath
explain`` says so, with the probability and the features that weighed most.

A model may also have learned topic candidates: nouns of an act the rules found no argument
for (أن الاجتماع كان مثمرا، خلال زيارته), which are topics more often than events. The coder
hands them over only to such a model; they are judged after the coded events, with a few
features of their own and their own threshold (``topic_threshold``).

The weights live in ``data/models/eventfilter.yaml`` (schema below, checked by ``hadath kb
validate``) and are fitted by ``scripts/train_eventfilter.py`` on hand-annotated gold files,
the threshold chosen by article-level cross-validation for the best type F1. Without that
file the coder keeps every event it codes.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from pathlib import Path

from pydantic import Field, model_validator

from hadath.errors import DataError
from hadath.events.argmodel import TrainInfo, _Strict
from hadath.events.confidence import argument_rule_of, entry_of_rule, party_recipients, tags_of_rule
from hadath.events.particles import particle_kinds
from hadath.kb.load import ShippedModel
from hadath.model import Article, Event, Token
from hadath.text.tokens import tokens_by_sentence

_NORM = attrgetter("norm")
QUOTE_MARK = '"'  # every quotation mark («» “” ") normalizes to this
PARTICLE_WINDOW = 4  # words before a trigger whose particle kinds are features
# Feature families: a feature is ``family=value`` or a conjunction ``family=value&family=value``.
FAMILIES = frozenset(
    {
        "type", "entry", "family", "rule", "tag", "modality", "actor", "recipient", "sector",
        "trigger", "prev", "prev2", "next", "next2", "opens", "quote", "colon", "particle",
        "events", "twin", "repeat", "sentence", "at", "place", "date", "rank", "other", "prefix",
        "suffix", "named", "length",
    }
)  # fmt: skip
# the families whose values are words of the text (kept in the model only when frequent)
WORD_FAMILIES = frozenset({"trigger", "prev", "prev2", "next", "next2", "opens", "entry"})


class FilterModel(_Strict):
    """``p(right) = logistic(bias + sum of the weights of an event's features)``; an event
    with ``p`` below ``threshold`` is dropped. A topic candidate (a noun the rules found no
    argument for, rule ``noun:topic``) is kept only at ``topic_threshold`` or above; a model
    without one never learned such candidates, and the coder then hands it none."""

    threshold: float = Field(ge=0, le=1)
    topic_threshold: float | None = Field(default=None, ge=0, le=1)
    bias: float
    weights: dict[str, float]
    trained: TrainInfo

    @model_validator(mode="after")
    def _known(self) -> FilterModel:
        for name in self.weights:
            families = {atom.split("=", 1)[0] for atom in name.split("&")}
            if "=" not in name or not families <= FAMILIES:
                raise ValueError(f"weights: unknown feature {name!r}")
        return self

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))  # a C-level dot product
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest(self, features: Sequence[str], n: int = 4) -> list[tuple[str, float]]:
        """The features that weigh most on an event, by the size of their weight."""
        found = [(f, self.weights[f]) for f in features if f in self.weights]
        return sorted(found, key=lambda fw: -abs(fw[1]))[:n]


SHIPPED = ShippedModel("eventfilter.yaml", FilterModel)


def model_path() -> Path:
    return SHIPPED.path


def read_model(path: Path) -> FilterModel:
    """Read and check a model file; a bad one is a one-line :class:`DataError`."""
    return SHIPPED.read(path)


def shipped_model() -> FilterModel | None:
    """The shipped model, or None when the project ships none."""
    return SHIPPED.shipped


def model_problems() -> list[DataError]:
    """The shipped model file checked against its schema: the error, if any."""
    return SHIPPED.problems()


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


@lru_cache(maxsize=4096)  # why: four per event, over a few small counts
def _bucketed(family: str, n: int, edges: tuple[int, ...]) -> str:
    """The feature ``family=bucket`` of a count (:func:`_bucket`)."""
    return f"{family}={_bucket(n, edges)}"


@lru_cache(maxsize=20_000)  # why: asked of every event, and news repeats its rules
def _rule_parts(rule: str) -> tuple[str, str, tuple[str, ...]]:
    """The entry (pos:lemma), the rule of the arguments and its tags (+means, +model ...)."""
    return ":".join(entry_of_rule(rule)), argument_rule_of(rule), tuple(tags_of_rule(rule))


@lru_cache(maxsize=20_000)  # why: asked of every event; a few hundred rules recur
def _rule_features(rule: str) -> tuple[str, str, str, tuple[str, ...]]:
    """The entry=, family= and rule= features of a rule and its tag= features."""
    entry, core, tags = _rule_parts(rule)
    return (
        f"entry={entry}",
        f"family={core.split(':', 1)[0]}",
        f"rule={core}",
        tuple(f"tag={t}" for t in tags),
    )


@lru_cache(maxsize=50_000)  # why: asked of every event; news repeats these few combinations
def _conjunctions(
    kind: str, entry: str, family: str, modality: str, roles: str, twin: str, prefix: str
) -> tuple[str, ...]:
    """The conjoined features of an event, from its base features (``entry``: the entry=
    feature; ``twin``: the twin= value)."""
    return (
        *(f"{kind}&{f}" for f in (family, modality, roles, f"twin={twin}")),
        f"{family}&{roles}", f"{family}&{modality}", f"{family}&{prefix}",
        f"{entry}&{modality}", f"{entry}&{roles}",
    )  # fmt: skip


@lru_cache(maxsize=50_000)  # why: asked of every event; the words before triggers recur
def _particle_features(words: tuple[str, ...]) -> tuple[str, ...]:
    """The particle= features of the normalized words before a trigger, sorted."""
    return tuple(sorted({f"particle={p}" for word in words for p in particle_kinds(word)}))


@dataclass(slots=True)
class ArticleView:
    """What the filter reads of an article: its sentences' tokens and where they start."""

    sentences: list[list[Token]]
    starts: list[int]  # the first token's offset of each sentence
    places: list[int]  # the offsets of the place mentions
    dates: list[int]  # the offsets of the date mentions
    names: frozenset[int]  # where actor mentions start
    starts_of: dict[int, list[int]] = field(default_factory=dict)  # token offsets by sentence
    # why: the events of a sentence share these; each is read once per sentence
    facts_of: dict[int, SentenceFacts] = field(default_factory=dict)
    near_of: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # place= and date= by span

    @classmethod
    def of(cls, article: Article) -> ArticleView:
        sentences = [s for s in tokens_by_sentence(article.tokens) if s]
        places = sorted(m.start for m in article.mentions if m.kind == "place")
        dates = sorted(m.start for m in article.mentions if m.kind == "date")
        names = frozenset(m.start for m in article.mentions if m.kind == "actor")
        return cls(sentences, [s[0].start for s in sentences], places, dates, names)

    def locate(self, event: Event) -> tuple[int, list[Token], int, int]:
        """The sentence's position, its tokens, and the trigger's first and last token."""
        k = max(0, bisect_right(self.starts, event.trigger_start) - 1)
        tokens = self.sentences[k] if self.sentences else []
        starts = self._token_starts(k) if tokens else []
        first = max(0, bisect_right(starts, event.trigger_start) - 1)
        last = max(first, bisect_left(starts, event.trigger_end) - 1)
        return k, tokens, first, last

    def _token_starts(self, k: int) -> list[int]:
        if k not in self.starts_of:  # why: a sentence with several events is searched once
            self.starts_of[k] = [t.start for t in self.sentences[k]]
        return self.starts_of[k]

    def has(self, offsets: list[int], event: Event) -> bool:
        k = bisect_left(offsets, event.sentence_start)
        return k < len(offsets) and offsets[k] < event.sentence_end

    def facts(self, k: int, tokens: list[Token]) -> SentenceFacts:
        """The features of sentence ``k`` (its ``tokens``) that its events share."""
        if k not in self.facts_of:
            self.facts_of[k] = SentenceFacts.of(k, tokens)
        return self.facts_of[k]

    def near(self, event: Event) -> list[str]:
        """Whether a place and a date are named in the event's sentence."""
        span = (event.sentence_start, event.sentence_end)
        if span not in self.near_of:
            self.near_of[span] = [
                f"place={'yes' if self.has(self.places, event) else 'no'}",
                f"date={'yes' if self.has(self.dates, event) else 'no'}",
            ]
        return self.near_of[span]


@dataclass(slots=True, frozen=True)
class SentenceFacts:
    """What the filter reads of a sentence once for all its events."""

    opens: str  # the opens= feature
    sentence: str  # the sentence= feature (its position in the article)
    length: str  # the length= feature
    quotes: list[int]  # the positions of its quotation marks
    colon: int  # the position of its first colon (its length if none)

    @classmethod
    def of(cls, k: int, tokens: list[Token]) -> SentenceFacts:
        norms = [t.norm for t in tokens]
        return cls(
            opens=f"opens={_word(tokens, 0)}",
            sentence=f"sentence={_bucket(k, (0, 1, 2, 4, 8))}",
            length=f"length={_bucket(len(tokens), (10, 20, 30, 40, 50))}",
            quotes=[j for j, norm in enumerate(norms) if norm == QUOTE_MARK],
            colon=norms.index(":") if ":" in norms else len(tokens),
        )


def _word(tokens: Sequence[Token], k: int) -> str:
    if k < 0:
        return "<s>"
    if k >= len(tokens):
        return "</s>"
    return tokens[k].norm


def features(view: ArticleView, event: Event, same: Sequence[Event], types: Counter[str]) -> list[str]:
    """Every feature of one event among the events of its sentence (``same``, in order) and
    of its article (``types`` counts them by type)."""
    entry, family, rule, tag_features = _rule_features(event.rule)
    k, tokens, first, last = view.locate(event)
    kind = f"type={event.event_type}"
    modality = f"modality={event.modality}"
    roles = f"actor={'yes' if event.actor else 'no'}&recipient={'yes' if party_recipients(event) else 'no'}"
    facts = view.facts(k, tokens)
    quote = bisect_left(facts.quotes, first) % 2 == 1  # the marks before the trigger
    rank = next(j for j, e in enumerate(same) if e is event)
    # an act told twice in a sentence: the scoring pairs a gold event with the first
    twin = (
        "earlier"
        if any(e.event_type == event.event_type for e in same[:rank])
        else "later"
        if any(e.event_type == event.event_type for e in same[rank + 1 :])
        else "no"
    )
    head = tokens[first] if tokens else None
    after = tokens[last + 1].start if last + 1 < len(tokens) else -1
    prefix = f"prefix={'+'.join(head.prefixes) if head and head.prefixes else 'none'}"
    base = [
        kind, entry, family, rule, modality, roles,
        f"sector={event.actor[0].sector or 'none' if event.actor else 'nobody'}",
        f"trigger={_word(tokens, first)}", f"prev={_word(tokens, first - 1)}",
        f"prev2={_word(tokens, first - 2)}", f"next={_word(tokens, last + 1)}",
        f"next2={_word(tokens, last + 2)}", facts.opens,
        _bucketed("events", len(same), (1, 2, 3)), f"twin={twin}", _bucketed("rank", rank, (0, 1, 2)),
        _bucketed("repeat", types[event.event_type] - 1, (0, 1, 3, 6)),
        facts.sentence, _bucketed("at", first, (0, 1, 3, 6, 10, 20)), *view.near(event),
        f"named={'yes' if after in view.names else 'no'}", facts.length,
        prefix, f"suffix={head.suffix if head and head.suffix else 'none'}",
    ]  # fmt: skip
    base += sorted({f"other={e.event_type}" for e in same if e.event_type != event.event_type})
    base += tag_features
    if quote:
        base.append("quote=inside")
    if facts.colon < first:
        base.append("colon=before")
    base += _particle_features(tuple(map(_NORM, tokens[max(0, first - PARTICLE_WINDOW) : first])))
    out = [*base, *_conjunctions(kind, entry, family, modality, roles, twin, prefix)]
    if quote:
        out.append(f"{kind}&quote=inside")
    return out


def candidate_features(
    article: Article,
    events: Sequence[Event],
    candidates: Sequence[Event],
    view: ArticleView | None = None,
) -> list[list[str]]:
    """The features of each topic candidate, among the coded events and the other candidates
    (after them in their sentence), with the features only candidates have."""
    if not candidates:
        return []
    view = view or ArticleView.of(article)
    found = article_features(article, [*events, *candidates], view, since=len(events))
    return [feats + _topic_features(view, c) for c, feats in zip(candidates, found, strict=True)]


def _topic_features(view: ArticleView, event: Event) -> list[str]:
    """What tells a topic noun from an act the sentence reports: the word before it (a
    preposition of topic, a time word, a complementizer), its article and prefixes, where its
    doer came from (the rule's tag) and whether a verb or a name follows it."""
    _, core, tags = _rule_parts(event.rule)
    _, tokens, first, last = view.locate(event)
    kind, source = f"type={event.event_type}", f"tag={tags[0] if tags else 'none'}"
    prefix = f"prefix={'+'.join(tokens[first].prefixes) if tokens and tokens[first].prefixes else 'none'}"
    out = [f"rule={core}&{f}" for f in (kind, source, prefix, f"prev={_word(tokens, first - 1)}")]
    out += [f"rule={core}&{kind}&{source}", f"rule={core}&next={_word(tokens, last + 1)}"]
    return out


def article_features(
    article: Article, events: Sequence[Event], view: ArticleView | None = None, since: int = 0
) -> list[list[str]]:
    """The features of each of an article's events from the ``since``-th on, in order, among
    all of them (why: the topic candidates, judged among the coded events, need no features
    of those again)."""
    if len(events) <= since:
        return []
    view = view or ArticleView.of(article)
    types = Counter(e.event_type for e in events)
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_start, []).append(e)
    return [features(view, e, by_sentence[e.sentence_start], types) for e in events[since:]]


class EventFilter:
    """Drops the events its model judges false (see the module doc)."""

    def __init__(self, model: FilterModel) -> None:
        self.model = model

    def judge(
        self, article: Article, events: list[Event], view: ArticleView | None = None
    ) -> list[tuple[Event, float, list[str]]]:
        """Each event with its probability of being right and its features."""
        return [
            (e, self.model.probability(f), f)
            for e, f in zip(events, article_features(article, events, view), strict=True)
        ]

    @property
    def judges_topics(self) -> bool:
        """Whether the model learned topic candidates (the coder hands them over only then)."""
        return self.model.topic_threshold is not None

    def keep(
        self, article: Article, events: list[Event], candidates: Sequence[Event] = (), *, explain: bool = True
    ) -> tuple[list[Event], list[tuple[Event, str]]]:
        """The events kept, and the ones dropped with the reason (empty unless ``explain``: only
        a trace reads it). The topic candidates are judged after the coded events (whose
        features they do not change) and the ones kept go after the events of their sentence."""
        view = ArticleView.of(article)  # why: read once for the events and the candidates
        kept, dropped = self._sift(self.judge(article, events, view), self.model.threshold, explain)
        if candidates:
            found = candidate_features(article, events, candidates, view)
            judged = [(c, self.model.probability(f), f) for c, f in zip(candidates, found, strict=True)]
            threshold = self.model.topic_threshold
            chosen, unchosen = self._sift(judged, 1.0 if threshold is None else threshold, explain)
            kept, dropped = with_candidates(kept, chosen), dropped + unchosen
        return kept, dropped

    def _sift(
        self, judged: list[tuple[Event, float, list[str]]], threshold: float, explain: bool = True
    ) -> tuple[list[Event], list[tuple[Event, str]]]:
        kept, dropped = [], []
        for event, p, feats in judged:
            if p >= threshold:
                kept.append(event)
                continue
            if not explain:
                dropped.append((event, ""))
                continue
            weighed = ", ".join(f"{f} {w:+.2f}" for f, w in self.model.strongest(feats))
            dropped.append(
                (
                    event,
                    f"the event filter judged it false: p={p:.2f} < {threshold:.2f} ({weighed})",
                )
            )
        return kept, dropped


def with_candidates(events: list[Event], candidates: Sequence[Event]) -> list[Event]:
    """The events with each candidate put after the last event of its sentence or before."""
    out = list(events)
    for c in candidates:
        at = next((k for k in range(len(out), 0, -1) if out[k - 1].sentence_start <= c.sentence_start), 0)
        out.insert(at, c)
    return out


@lru_cache(maxsize=1)
def shipped_filter() -> EventFilter | None:
    model = shipped_model()
    return EventFilter(model) if model else None
