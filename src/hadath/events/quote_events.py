"""Events told by what someone said: a quote that accuses, threatens, rejects or demands.

«وصف الوزير الغارات بأنها جريمة حرب» has no accusation verb, yet the minister accuses. When a
quote's content holds one of the phrases of ``lexicon/ar/quote_acts.tsv`` and the coder found
no event of that type in the sentence, the speaker becomes the actor of that event, and the
first party named in the content (not the speaker) its recipient. The trigger is the phrase,
so the event points at the words that make it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import attrgetter, itemgetter

from hadath.events.ontology import quad_class
from hadath.kb import KnowledgeBase
from hadath.kb.index import Candidate
from hadath.kb.lexicon import data_rows
from hadath.model import Actor, Article, Event, Mention, Quote, Token
from hadath.pipeline import Stage
from hadath.resolve.actors import ActorResolver, parse_date
from hadath.text.clitics import ARTICLE, FIRST_PERSON_SUFFIXES, FUSED_ARTICLE, without_article
from hadath.text.normalize import normalize

QUOTE_ACTS_FILE = "lexicon/ar/quote_acts.tsv"
PARTY_LABELS = ("PER", "ORG", "GPE")
BASE_CONFIDENCE = 0.5  # no calibration is fitted for these yet: an even guess, said as such


@dataclass(frozen=True, slots=True)
class QuoteAct:
    """A phrase that, said by someone, is an act of one type."""

    event_type: str
    cameo: str
    words: tuple[str, ...]


@cache
def acts_by_first_word() -> dict[str, tuple[QuoteAct, ...]]:
    """The phrases by their first word (article off), longest first, for a one-look-up scan."""
    table: dict[str, list[QuoteAct]] = {}
    for act in quote_acts():
        table.setdefault(_bare(act.words[0]), []).append(act)
    return {word: tuple(acts) for word, acts in table.items()}


@cache
def quote_acts() -> tuple[QuoteAct, ...]:
    """The shipped phrases, longest first so that a longer phrase wins where both match."""
    rows = data_rows(QUOTE_ACTS_FILE, 3)
    acts = [QuoteAct(kind, cameo, tuple(normalize(phrase).split())) for kind, cameo, phrase in rows]
    return tuple(sorted(acts, key=lambda a: -len(a.words)))


def _bare(word: str) -> str:
    return without_article(word) if word.startswith(ARTICLE) and len(word) > 4 else word


_NORM, _STEM, _START, _END = attrgetter("norm"), attrgetter("stem"), attrgetter("start"), attrgetter("end")
_ACTS = itemgetter(1)  # of a word's reading: the acts that may start at it


@lru_cache(maxsize=200_000)  # why: a quote's every word is read; news repeats its words
def _word_reading(norm: str, stem: str) -> tuple[frozenset[str], tuple[QuoteAct, ...]]:
    """The forms a phrase word may match (the token as written, and without its clitics), and
    the acts whose phrase may start at it, longest first."""
    forms = frozenset((norm, stem, _bare(stem)))
    by_first = acts_by_first_word()
    candidates = {a for f in forms for a in by_first.get(_bare(f), ())}
    return forms, tuple(sorted(candidates, key=lambda a: -len(a.words)))


def find_act(tokens: Sequence[Token]) -> tuple[QuoteAct, int, int] | None:
    """The first phrase of a quote act in a run of tokens: (act, first, last token index)."""
    # why: a quote's every token is read; the memo is asked at C level (map), not per loop step
    readings = list(map(_word_reading, map(_NORM, tokens), map(_STEM, tokens)))
    # and only the words some act may start at are walked (most start none)
    for i in compress(range(len(readings)), map(_ACTS, readings)):
        for act in readings[i][1]:
            n = len(act.words)
            if i + n <= len(tokens) and all(
                w in readings[i + k][0] or _bare(w) in readings[i + k][0] for k, w in enumerate(act.words)
            ):
                return act, i, i + n - 1
    return None


class QuoteEvents(Stage):
    """Adds to ``Article.events`` the acts told by quotes (after the quote finder)."""

    name = "quote_events"
    requires = ("tokens", "mentions", "events", "quotes")
    assigns = ("events",)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.resolver = ActorResolver(kb)
        # the types of a demand (their files set ``asking``): the one asked is named right
        # after its phrase, unless it is the speaker's own duty (يتعين علينا)
        self.demand_types = kb.types_switched("asking")

    def process(self, article: Article) -> Article:
        added = [e for q in article.quotes if (e := self._event(article, q)) is not None]
        if added:
            article.events = sorted(article.events + added, key=lambda e: e.trigger_start)
        self.stats.update("quote_events", len(added))
        return article

    def _event(self, article: Article, quote: Quote) -> Event | None:
        if quote.speaker is None or not quote.speaker.entity:
            return None
        tokens = _tokens_within(article.tokens, quote.content_start, quote.content_end)
        found = find_act(tokens)
        if found is None:
            return None
        act, first, last = found
        demand = act.event_type in self.demand_types
        if demand and _own_duty(tokens[last]):
            return None
        start, end = tokens[first].start, tokens[last].end
        sentence = _sentence_of(article, start)
        if any(e.event_type == act.event_type and e.sentence_start == sentence[0] for e in article.events):
            return None  # the coder told this act already (اتهم، رفض، هدد ...)
        recipient = self._named_party(article, quote, _addressee_from(tokens, last) if demand else None)
        if not recipient and _refers_back(act, tokens[first]):
            return None
        return Event(
            sentence_start=sentence[0],
            sentence_end=sentence[1],
            trigger_start=start,
            trigger_end=end,
            trigger=article.text[start:end],
            event_type=act.event_type,
            cameo=act.cameo,
            sentence=article.text[sentence[0] : sentence[1]],
            modality="asserted",
            actor=[quote.speaker],
            recipient=recipient,
            quad_class=quad_class(act.cameo),
            confidence=BASE_CONFIDENCE,
            rule=f"quote:{act.event_type.lower()}:{' '.join(act.words)}",
        )

    def _named_party(self, article: Article, quote: Quote, start: int | None = None) -> list[Actor]:
        """The first state, organisation or person named in the content, not the speaker; for a
        demand, the one named right after its phrase when there is one (offset ``start``)."""
        on = parse_date(article.published)
        mentions = _content_mentions(article.mentions, quote)
        if start is not None:
            # the one asked may be unnamed (يجب على المجتمع الدولي، نطالب الحكومة)
            asked = [m for m in article.mentions if m.start == start and m.kind == "actor"]
            mentions = asked + mentions
        for m in mentions:
            kind, _, ref = m.ref.partition(":")
            if kind == "unknown":
                continue
            ident = self.resolver.identity(Candidate(kind, ref, m.label), on)  # type: ignore[arg-type]
            if quote.speaker is None or ident.entity != quote.speaker.entity:
                return [ident.actor(m)]
        return []


def _own_duty(last: Token) -> bool:
    """Whether a demand's phrase ends on the speaker's own pronoun (يتعين علينا، لا بد لنا):
    a duty his side takes on, asked of no one else."""
    return last.suffix in FIRST_PERSON_SUFFIXES


def _refers_back(act: QuoteAct, first: Token) -> bool:
    """Whether the phrase's first word carries the article its entry has none of (هذا العمل
    الإرهابي الجبان): with no party named in the quote, the speaker names an act already told,
    he does not label anyone's act (وصف الهجوم بأنه عمل إرهابي)."""
    definite = ARTICLE in first.prefixes or FUSED_ARTICLE in first.prefixes or first.stem.startswith(ARTICLE)
    return definite and not act.words[0].startswith(ARTICLE)


def _addressee_from(tokens: Sequence[Token], last: int) -> int | None:
    """Where the one asked is named, for a demand: the start of the word right after its
    phrase (يجب على روسيا، نطالب المجتمع الدولي), or None."""
    if last + 1 >= len(tokens):
        return None
    return tokens[last + 1].start


def _content_mentions(mentions: Sequence[Mention], quote: Quote) -> list[Mention]:
    return [
        m
        for m in mentions
        if quote.content_start <= m.start
        and m.end <= quote.content_end
        and m.kind == "actor"
        and m.label in PARTY_LABELS
    ]


def _tokens_within(tokens: Sequence[Token], start: int, end: int) -> Sequence[Token]:
    """The tokens inside ``[start, end)``: tokens are in text order, so two bisections."""
    first = bisect_left(tokens, start, key=_START)
    last = bisect_right(tokens, end, key=_END)
    return tokens[first:last]


def _sentence_of(article: Article, offset: int) -> tuple[int, int]:
    for s in article.sentences:
        if s.start <= offset < s.end:
            return s.start, s.end
    return offset, offset
