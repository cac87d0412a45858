"""The one data model of Hadath.

Every shape that flows between stages lives here. Every span is a pair of character
offsets ``(start, end)`` into ``Article.text``, which never changes after ingest; the
``text`` fields kept beside offsets are convenience copies that always equal
``article.text[start:end]``.

The JSON form (``to_dict``/``from_dict``) follows the gold annotation guideline so that
system output and gold files are directly comparable; docs/FORMAT.md documents it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical", "claimed")
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "GPE", "LOC", "FAC")

Modality = Literal["asserted", "negated", "future", "hypothetical", "claimed"]
MentionKind = Literal["actor", "place", "date", "role", "source", "pronoun"]


@dataclass(slots=True)
class Sentence:
    """A sentence: offsets into the article text, and its position."""

    start: int
    end: int
    index: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "index": self.index}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Sentence:
        return cls(start=d["start"], end=d["end"], index=d.get("index", 0))


class WordForm:
    """Notes on one word form, shared by every token of that form one tokenizer made.

    Why: each stage asks of every token something that depends on its form alone (does it
    start an alias, open a name, cue a quote, head a group); news repeats its words, so each
    answer is worked out once per form and noted here, where reading it costs two attribute
    loads instead of a hash look-up in a large memo. A note is one of its reader's two
    markers (``yes``/``no``, see :class:`hadath.memo.FormFlag`), so a note another reader
    wrote (over another knowledge base) reads as missing; ``None`` is not yet noted. A
    token made by hand gets a form of its own. Notes are a cache: a form pickles empty.

    ``stems`` is the reading those tests share: the stems of every clitic reading of the
    word (:func:`hadath.text.clitics.form_stems`). A test of a form it has not noted yet
    first asks whether any of them is in its word list (:class:`hadath.text.clitics.StemKeys`);
    most words are in none, and one set test each answers them.
    """

    __slots__ = (
        "alias_head",
        "group_cue",
        "known_verb",
        "name_open",
        "office_open",
        "owner_head",
        "quote_cue",
        "stems",
        "trigger_stem",
    )

    def __init__(self) -> None:
        # the stems of all the word's clitic readings, the word itself among them; it depends
        # on the word alone, so every reader shares it (None: not read yet)
        self.stems: frozenset[str] | None = None
        self.alias_head: object = None  # some clitic reading starts a knowledge-base alias
        self.name_open: object = None  # may open a name or an office phrase (mentions.names)
        self.office_open: object = None  # is an office's head with no clitic (mentions.names)
        self.known_verb: object = None  # is a verb form the knowledge base knows (mentions.names)
        self.quote_cue: object = None  # is a quote cue verb (mentions.quotes)
        self.group_cue: object = None  # a group cue: a head, a demonym, a count, a dual (mentions.groups)
        self.owner_head: object = None  # a name after it acts through it (events.arguments)
        self.trigger_stem: object = None  # some reading may be a trigger's word (events.triggers)

    def __reduce__(self) -> tuple[type[WordForm], tuple[()]]:
        return (WordForm, ())


@dataclass(slots=True)
class Token:
    """A whitespace/punctuation token with its clitic analysis.

    ``norm`` is the normalized surface; ``stem`` the normalized form with ``prefixes``
    (proclitics such as و، ب، ال) and ``suffix`` (a pronoun enclitic) removed. ``form`` holds
    what the stages noted about the word form (:class:`WordForm`); it is not data.
    """

    start: int
    end: int
    norm: str
    stem: str
    sentence: int = 0
    prefixes: tuple[str, ...] = ()
    suffix: str = ""
    is_word: bool = True
    form: WordForm = field(default_factory=WordForm, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "norm": self.norm, "stem": self.stem,
            "sentence": self.sentence, "prefixes": list(self.prefixes), "suffix": self.suffix,
            "is_word": self.is_word,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Token:
        return cls(
            start=d["start"], end=d["end"], norm=d["norm"], stem=d["stem"],
            sentence=d.get("sentence", 0), prefixes=tuple(d.get("prefixes", ())),
            suffix=d.get("suffix", ""), is_word=d.get("is_word", True),
        )  # fmt: skip


@dataclass(slots=True)
class Mention:
    """A span that names something: an actor, a place, a date, a role, a news source.

    ``ref`` is the knowledge-base id it was matched to (actor id, GeoNames id, role id),
    ``label`` the entity type (PER, ORG, GPE, LOC, FAC) or "DATE".
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    label: str = ""
    ref: str = ""
    entity: str = ""  # canonical English name of what it names, when known
    sentence: int = 0
    rule: str = ""
    # the words of ``text`` that are the name itself when a title or an office opens the span
    # (الدكتور عبدالله الربيعة: عبدالله الربيعة); "" when the whole text is the name
    name: str = ""

    @property
    def ref_kind(self) -> str:
        """The kind of record ``ref`` names: what stands before its colon (place, country,
        capital, actor, unknown)."""
        return self.ref.partition(":")[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
            "label": self.label, "ref": self.ref, "entity": self.entity,
            "sentence": self.sentence, "rule": self.rule, "name": self.name,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(**{k: d[k] for k in ("start", "end", "text", "kind") if k in d},
                   label=d.get("label", ""), ref=d.get("ref", ""), entity=d.get("entity", ""),
                   sentence=d.get("sentence", 0),
                   rule=d.get("rule", ""), name=d.get("name", ""))  # fmt: skip


@dataclass(slots=True)
class Actor:
    """An event argument or quote speaker: a mention resolved to an identity.

    ``entity`` is the canonical English name, ``country`` ISO 3166 alpha-3 (or IGO/NGO),
    ``sector`` a PLOVER sector code. ``start``/``end`` locate the mention; for a pronoun
    or dropped subject they point at the nearest explicit mention, as the guideline says.
    """

    start: int
    end: int
    text: str
    entity: str = ""
    country: str = ""
    sector: str = ""
    kb_id: str = ""
    # the country is only the article's: a common noun that names no state (مدنيين، الجيش), so
    # it never tells an act belongs elsewhere than its scene; not written out, not compared
    country_of_article: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "entity": self.entity,
            "country": self.country, "sector": self.sector, "kb_id": self.kb_id,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(start=d.get("start", -1), end=d.get("end", -1), text=d.get("text", ""),
                   entity=d.get("entity", ""), country=d.get("country", ""),
                   sector=d.get("sector", ""), kb_id=d.get("kb_id", ""))  # fmt: skip


@dataclass(slots=True)
class Place:
    """A resolved location: gazetteer id, coordinates and how precise they are."""

    start: int
    end: int
    text: str
    name: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    kb_id: str = ""
    precision: str = ""  # country, admin1, admin2, city, sub-city

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "name": self.name,
            "country": self.country, "lat": self.lat, "lon": self.lon, "kb_id": self.kb_id,
            "precision": self.precision,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(start=d.get("start", -1), end=d.get("end", -1), text=d.get("text", ""),
                   name=d.get("name", ""), country=d.get("country", ""), lat=d.get("lat"),
                   lon=d.get("lon"), kb_id=d.get("kb_id", ""),
                   precision=d.get("precision", ""))  # fmt: skip


@dataclass(slots=True)
class Event:
    """Who did what to whom, where and when, with the characters that say so."""

    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    trigger: str
    event_type: str
    cameo: str
    sentence: str = ""
    mode: str = ""
    modality: Modality = "asserted"
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    location: Place | None = None
    date: str | None = None
    date_text: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    date_precision: str = ""  # day, week, month, year ("" when undated); ``date`` is ISO 8601 at it
    quad_class: int = 0
    confidence: float = 0.0
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "event_type": self.event_type,
            "cameo": self.cameo,
            "mode": self.mode,
            "modality": self.modality,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "date_text": self.date_text,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "quad_class": self.quad_class,
            "confidence": self.confidence,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        loc = d.get("location")
        return cls(
            sentence_start=d.get("sentence_start", -1),
            sentence_end=d.get("sentence_end", -1),
            trigger_start=d.get("trigger_start", -1),
            trigger_end=d.get("trigger_end", -1),
            trigger=d.get("trigger", ""),
            event_type=d["event_type"],
            cameo=d.get("cameo", ""),
            sentence=d.get("sentence", ""),
            mode=d.get("mode", ""),
            modality=d.get("modality", "asserted"),
            actor=[Actor.from_dict(a) for a in d.get("actor", [])],
            recipient=[Actor.from_dict(a) for a in d.get("recipient", [])],
            location=Place.from_dict(loc) if loc else None,
            date=d.get("date"),
            date_text=d.get("date_text"),
            date_start=d.get("date_start"),
            date_end=d.get("date_end"),
            date_precision=d.get("date_precision", ""),
            quad_class=d.get("quad_class", 0),
            confidence=d.get("confidence", 0.0),
            rule=d.get("rule", ""),
        )


@dataclass(slots=True)
class Quote:
    """Who said what: the speaker, the cue verb and the reported content."""

    cue_start: int
    cue_end: int
    cue: str
    content_start: int
    content_end: int
    content: str
    speaker: Actor | None = None
    direct: bool = False
    sentence_start: int = -1
    sentence_end: int = -1
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue, "cue_start": self.cue_start, "cue_end": self.cue_end,
            "content": self.content, "content_start": self.content_start,
            "content_end": self.content_end, "direct": self.direct,
            "sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
            "rule": self.rule,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        sp = d.get("speaker")
        return cls(
            cue_start=d.get("cue_start", -1), cue_end=d.get("cue_end", -1), cue=d.get("cue", ""),
            content_start=d.get("content_start", -1), content_end=d.get("content_end", -1),
            content=d.get("content", ""), speaker=Actor.from_dict(sp) if sp else None,
            direct=d.get("direct", False), sentence_start=d.get("sentence_start", -1),
            sentence_end=d.get("sentence_end", -1), rule=d.get("rule", ""),
        )  # fmt: skip


@dataclass(slots=True)
class Article:
    """One news article and everything the pipeline learned about it.

    ``text`` is the body as ingested (title kept apart, boilerplate removed) and is never
    modified afterwards; all offsets point into it.
    """

    doc_id: str
    text: str
    title: str = ""
    url: str = ""
    published: str | None = None  # ISO 8601 date or datetime
    source: str = ""  # outlet
    author: str = ""
    language: str = ""
    meta: dict[str, Any] = field(default_factory=dict)  # ingest provenance: format, encoding, extractor
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # The country the article is mostly about, counted once its mentions are final (FocusFinder);
    # "" when it names none. The coder, the quote finder and the placer read it.
    focus: str = ""

    def span(self, start: int, end: int) -> str:
        """The article characters between two offsets."""
        return self.text[start:end]

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence that contains a character offset."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def entities(self) -> list[dict[str, str]]:
        """Distinct named mentions in the gold ENTITY shape (text, type, entity)."""
        seen: set[tuple[str, str]] = set()
        out: list[dict[str, str]] = []
        for m in self.mentions:
            if m.kind not in ("actor", "place", "source") or not m.label or m.label == "DATE":
                continue
            if m.ref.startswith("office:"):  # a role phrase (وزير الخارجية الروسي) names no one
                continue
            if m.rule == "name:office" and not m.name:  # وزير الزراعة العراقي names no one
                continue
            text = m.name or m.text  # the name without its title or office (الدكتور X: X)
            key = (text, m.label)
            if key in seen:
                continue
            seen.add(key)
            out.append({"text": text, "type": m.label, "entity": m.entity})
        return out

    def to_dict(self, *, analysis: bool = False) -> dict[str, Any]:
        """The gold-format record; ``analysis=True`` adds sentences, tokens and mentions."""
        d: dict[str, Any] = {
            "doc_id": self.doc_id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "source": self.source,
            "author": self.author,
            "language": self.language,
            "meta": dict(self.meta),
            "text": self.text,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": self.entities(),
        }
        if analysis:
            d["sentences"] = [s.to_dict() for s in self.sentences]
            d["tokens"] = [t.to_dict() for t in self.tokens]
            d["mentions"] = [m.to_dict() for m in self.mentions]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            doc_id=str(d.get("doc_id", "")),
            text=d.get("text", ""),
            title=d.get("title", "") or "",
            url=d.get("url", "") or "",
            published=d.get("published"),
            source=d.get("source", "") or "",
            author=d.get("author", "") or "",
            language=d.get("language", "") or "",
            meta=dict(d.get("meta", {})),
            sentences=[Sentence.from_dict(s) for s in d.get("sentences", [])],
            tokens=[Token.from_dict(t) for t in d.get("tokens", [])],
            mentions=[Mention.from_dict(m) for m in d.get("mentions", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
        )
