"""Quotes: who said what, from reporting verbs (قال، أكد، أوضح ...) and quotation marks.

A cue verb from ``data/cues.yaml`` opens a quote. Its content is the text inside the
quotation marks that follow a colon (direct), else the clause after أن/إن (indirect), to
the end of the sentence. The speaker is the first name after the cue (VSO), else the
nearest before it (SVO), else the last actor of the article (dropped subject).
"""

from __future__ import annotations

from collections.abc import Sequence

from hadath.events.arguments import Unit
from hadath.events.coder import TOPIC_START, is_pronoun_complementizer, sentence_views
from hadath.events.particles import is_particle
from hadath.events.triggers import verb_readings
from hadath.kb import KnowledgeBase
from hadath.mentions.entities import focus_country
from hadath.model import Actor, Article, Quote, Token
from hadath.pipeline import Stage
from hadath.resolve.actors import ActorResolver, parse_date
from hadath.text.inflect import verb_forms
from hadath.text.normalize import normalize

QUOTE_OPEN = '"«“'
QUOTE_CLOSE = '"»”'
SPEAKER_REACH = 8
MAX_SPEAKER_WORDS = 6
# A word of these kinds ends the words that name a speaker after a cue.
SPEAKER_STOPS = (
    "complementizer",
    "locative",
    "recipient",
    "temporal",
    "nominal",
    "negation",
    "future",
    "adjunct",
)


class QuoteFinder(Stage):
    """Assigns ``Article.quotes``."""

    name = "quotes"
    requires = ("tokens", "mentions")
    assigns = ("quotes",)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self.resolver = ActorResolver(kb)
        self.lexicon = kb.lexicon
        self.cue_forms: set[str] = set()
        for cue in kb.cues:
            if cue.kind == "verb":
                self.cue_forms.update(verb_forms(cue.lemma, cue.present))
            self.cue_forms.update(normalize(f) for f in cue.forms)

    def process(self, article: Article) -> Article:
        on = parse_date(article.published)
        quotes: list[Quote] = []
        last_speaker: Unit | None = None
        for view in sentence_views(article, self.resolver, on, focus_country(article, self.kb)):
            for i, tok in enumerate(view.tokens):
                if not self._is_cue(tok):
                    continue
                quote, speaker = self._quote(
                    article, view.tokens, view.units, i, view.start, view.end, last_speaker
                )
                if quote:
                    quotes.append(quote)
                    last_speaker = speaker or last_speaker
                    break  # one cue per sentence: later cues are usually inside the content
            for u in view.units:
                if u.is_actor and u.identities[0].label in ("PER", "ORG", "GPE"):
                    last_speaker = u
        article.quotes = quotes
        self.stats.update("quotes", len(quotes))
        return article

    def _is_cue(self, tok: Token) -> bool:
        if not tok.is_word:
            return False
        return any(stem in self.cue_forms for stem, _, _ in verb_readings(tok.norm, self.lexicon))

    def _quote(
        self,
        article: Article,
        tokens: Sequence[Token],
        units: Sequence[Unit],
        i: int,
        s_start: int,
        s_end: int,
        last_speaker: Unit | None,
    ) -> tuple[Quote | None, Unit | None]:
        content = _content_span(article.text, tokens, i, s_end)
        if content is None:
            return None, None
        c_start, c_end, direct = content
        speaker = _speaker(units, i, c_start, tokens)
        actor = speaker.actors()[0] if speaker else _words_between(article.text, tokens, i, c_start)
        if actor is None and last_speaker is not None:
            speaker, actor = last_speaker, last_speaker.actors()[0]
        cue = tokens[i]
        return Quote(
            cue_start=cue.start, cue_end=cue.end, cue=article.text[cue.start : cue.end],
            content_start=c_start, content_end=c_end, content=article.text[c_start:c_end],
            speaker=Actor(actor.start, actor.end, actor.text, actor.entity, actor.country, actor.sector, actor.kb_id) if actor else None,
            direct=direct, sentence_start=s_start, sentence_end=s_end,
            rule="quote:direct" if direct else "quote:indirect",
        ), speaker  # fmt: skip


def _content_span(text: str, tokens: Sequence[Token], i: int, s_end: int) -> tuple[int, int, bool] | None:
    """Where the reported words are: inside quotation marks after a colon, or after أن/إن."""
    for j in range(i + 1, len(tokens)):
        norm = tokens[j].norm
        if norm == ":":
            return _quoted(text, tokens[j].end, s_end) or _rest(text, tokens[j].end, s_end)
        if is_particle("complementizer", norm) or is_pronoun_complementizer(norm):
            return _rest(text, tokens[j].end, s_end)
    return None


def _quoted(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    open_at = next((k for k in range(start, end) if text[k] in QUOTE_OPEN), None)
    if open_at is None or text[start:open_at].strip():
        return None
    close_at = next((k for k in range(open_at + 1, end) if text[k] in QUOTE_CLOSE), end)
    c_start, c_end = open_at + 1, close_at
    while c_end > c_start and text[c_end - 1] in " .":
        c_end -= 1
    return (c_start, c_end, True) if c_end > c_start else None


def _rest(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in ' .،,"»”':
        end -= 1
    return (start, end, False) if end > start else None


def _words_between(text: str, tokens: Sequence[Token], i: int, content_start: int) -> Actor | None:
    """The speaker no name list knows, by position: the words between the cue and what was
    said (وأوضح رأفت الصباغ أن ...، أكدت مصادر عسكرية أن ...)."""
    words = []
    for tok in tokens[i + 1 :]:
        if tok.start >= content_start or not tok.is_word or _ends_speaker(tok.norm):
            break
        words.append(tok)
    if not words or len(words) > MAX_SPEAKER_WORDS or not all(t.norm.isalpha() for t in words):
        return None
    start, end = words[0].start, words[-1].end
    return Actor(start, end, text[start:end], text[start:end])


def _ends_speaker(norm: str) -> bool:
    return any(is_particle(kind, norm) for kind in SPEAKER_STOPS)


def _speaker(units: Sequence[Unit], i: int, content_start: int, tokens: Sequence[Token]) -> Unit | None:
    actors = [u for u in units if u.is_actor]
    after = [
        u
        for u in actors
        if i < u.first and tokens[u.first].start < content_start and u.first - i <= SPEAKER_REACH
    ]
    if after:
        return after[0]
    topic = (
        actors[0]
        if actors and actors[0].first <= TOPIC_START and not actors[0].marker and actors[0].last < i
        else None
    )
    if topic is not None:
        return topic  # "كيري" وفي تصريحات ... أكد أن: the sentence opens with the speaker
    before = [u for u in actors if u.last < i]
    return before[-1] if before else None
