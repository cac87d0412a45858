"""The event coder: triggers plus argument units make events, with modality and provenance.

Rules, per trigger, inside its clause (the tokens between the neighbouring triggers):

- verbs: the subject is the first unmarked actor after the verb (VSO), else the nearest
  unmarked actor before it (SVO), else the subject of the previous event or quote
  (dropped subject); the recipient is the next actor after the verb that is unmarked
  (direct object) or marked by a recipient preposition (مع، على، ضد، إلى، ل).
- nouns and masdars: the recipient is the name governed by the noun (قصف قافلة،
  غارة على ...), the actor an agent (من قبل، على يد) or the nearest actor before it; a
  noun with no argument at all is a topic, not an event, and is dropped.
- one-sided violence: victims (civilian nouns) found in the subject slot of an assault
  verb are recipients (قتل 20 مدنيا is passive in meaning).
- reciprocal triggers (تتبادلان الاتهامات) take the actors as recipients too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from hadath.events.arguments import Unit, build_units
from hadath.events.ontology import quad_class
from hadath.events.particles import is_particle
from hadath.events.triggers import TriggerIndex, TriggerMatch
from hadath.kb import KnowledgeBase
from hadath.mentions.entities import focus_country
from hadath.model import Actor, Article, Event, Mention, Token
from hadath.pipeline import Stage
from hadath.resolve.actors import ActorResolver, parse_date
from hadath.text.clitics import PRONOUN_SUFFIXES

SUBJECT_REACH = 8  # tokens after a verb within which its subject is looked for
FRONTED_GAP = 3  # a name this close before a verb is its fronted subject (كيري، قد عقد)
VICTIM_SECTORS = ("CVL", "REF", "MED", "NGO", "EDU")
ARMED_SECTORS = ("MIL", "REB", "UAF", "COP", "SPY", "CRM")
FORCE_TYPES = ("ASSAULT", "COERCE")
NEGATION_REACH = 2
CLAIM_TYPES = ("ACCUSE",)


@dataclass(slots=True)
class SentenceView:
    """One sentence's tokens, mentions and argument units."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    mentions: list[Mention]
    units: list[Unit]


class EventCoder(Stage):
    """Assigns ``Article.events`` from trigger matches and argument units."""

    name = "events"
    requires = ("tokens", "mentions")
    assigns = ("events",)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self.index = TriggerIndex(kb.triggers, kb.lexicon)
        self.resolver = ActorResolver(kb)

    def process(self, article: Article) -> Article:
        on = parse_date(article.published)
        focus = focus_country(article, self.kb)
        events: list[Event] = []
        last_subject: Unit | None = None
        for view in sentence_views(article, self.resolver, on, focus):
            triggers = self.index.find(view.tokens)
            for k, trig in enumerate(triggers):
                lo = triggers[k - 1].reach + 1 if k else 0
                hi = triggers[k + 1].first - 1 if k + 1 < len(triggers) else len(view.tokens) - 1
                event, subject = self._code(article, view, trig, lo, hi, last_subject, triggers[:k])
                if subject is not None and subject.is_actor:
                    last_subject = subject
                if event:
                    events.append(event)
            last_subject = _last_actor(view.units) or last_subject
        article.events = merge_clause_events(events)
        self.stats.update("events", len(article.events))
        return article

    def _code(
        self,
        article: Article,
        view: SentenceView,
        trig: TriggerMatch,
        lo: int,
        hi: int,
        last_subject: Unit | None,
        earlier: Sequence[TriggerMatch],
    ) -> tuple[Event | None, Unit | None]:
        units = [u for u in view.units if lo <= u.first <= hi and u.is_actor and not _covers(u, trig)]
        if trig.is_verb:
            pronoun_subject = trig.first > 0 and is_pronoun_complementizer(view.tokens[trig.first - 1].norm)
            actor, recipient, rule = _verb_arguments(trig, units, last_subject, pronoun_subject)
        else:
            actor, recipient, rule = _noun_arguments(trig, units)
            if actor is None and recipient is None:
                return None, None
        actors = actor.actors() if actor else []
        recipients = recipient.actors() if recipient else []
        if actor and recipient is None and _is_victim(actor) and trig.entry.event_type == "ASSAULT":
            actors, recipients, rule = [], actors, rule + "+victims"
        if trig.entry.reciprocal and actors and not recipients:
            recipients = [
                Actor(a.start, a.end, a.text, a.entity, a.country, a.sector, a.kb_id) for a in actors
            ]
        tokens = view.tokens
        t_start, t_end = tokens[trig.first].start, tokens[trig.last].end
        event = Event(
            sentence_start=view.start,
            sentence_end=view.end,
            trigger_start=t_start,
            trigger_end=t_end,
            trigger=article.text[t_start:t_end],
            event_type=trig.entry.event_type,
            cameo=trig.entry.cameo,
            sentence=article.text[view.start : view.end],
            mode=trig.entry.mode,
            modality=modality(tokens, trig, earlier),
            actor=actors,
            recipient=recipients,
            quad_class=quad_class(trig.entry.cameo),
            confidence=_confidence(trig, actors, recipients),
            rule=f"{trig.entry.pos}:{trig.entry.lemma}:{rule}",
        )
        return event, actor


def sentence_views(
    article: Article, resolver: ActorResolver, on: dt.date | None, focus: str
) -> list[SentenceView]:
    """Tokens, mentions and units of every sentence of an article."""
    tokens_by: dict[int, list[Token]] = {}
    for t in article.tokens:
        tokens_by.setdefault(t.sentence, []).append(t)
    mentions_by: dict[int, list[Mention]] = {}
    for m in article.mentions:
        mentions_by.setdefault(m.sentence, []).append(m)
    views = []
    for s in article.sentences:
        toks = tokens_by.get(s.index, [])
        if not toks:
            continue
        ments = sorted(mentions_by.get(s.index, []), key=lambda m: m.start)
        units = build_units(toks, ments, resolver, on, focus)
        for u in units:
            for m in u.mentions:
                if not m.text:
                    m.text = article.text[m.start : m.end]
        views.append(SentenceView(s.index, s.start, s.end, toks, ments, units))
    return views


def _verb_arguments(
    trig: TriggerMatch, units: list[Unit], last_subject: Unit | None, pronoun_subject: bool
) -> tuple[Unit | None, Unit | None, str]:
    after = [u for u in units if u.first > trig.last]
    before = [u for u in units if u.last < trig.first]
    if pronoun_subject and last_subject is not None:
        # أكد أنه سيلتقي X: the subject is the pronoun's referent, X is the object
        recipient = next((u for u in after if u.marker in ("", "recipient")), None)
        return last_subject, recipient, "pronoun"
    fronted = next((u for u in reversed(before) if not u.marker), None)
    if fronted is not None and trig.first - fronted.last <= FRONTED_GAP:
        # روسيا تتهم واشنطن: a name right before the verb is its subject (SVO)
        recipient = next((u for u in after if _recipient_like(u)), None)
        return fronted, recipient, "SVO"
    subject = next((u for u in after if not u.marker and u.first - trig.last <= SUBJECT_REACH), None)
    rule = "VSO"
    if subject is None:
        subject = next((u for u in reversed(before) if not u.marker), None)
        rule = "SVO"
    if subject is None and last_subject is not None:
        subject, rule = last_subject, "dropped"
    rest = [
        u for u in after if u is not subject and (subject is None or u.first > subject.first or rule != "VSO")
    ]
    recipient = next((u for u in rest if _recipient_like(u)), None)
    return subject, recipient, rule


def _recipient_like(u: Unit) -> bool:
    """A direct object, or a name after a recipient preposition (مع، على، ضد، ل، ب)."""
    return not u.marker or u.marker == "recipient" or (u.marker == "locative" and u.marker_word == "ب")


def _noun_arguments(trig: TriggerMatch, units: list[Unit]) -> tuple[Unit | None, Unit | None, str]:
    after = [u for u in units if u.first > trig.last]
    before = [u for u in units if u.last < trig.first]
    governed = next((u for u in after if u.first - trig.last <= 3 and u.marker in ("", "recipient")), None)
    agent = next((u for u in after if u.marker == "agent"), None)
    if agent:
        return agent, governed if governed is not agent else None, "noun:agent"
    if governed and not governed.marker and trig.entry.event_type in FORCE_TYPES and _is_armed(governed):
        # قصف قوات النظام: an armed force in the genitive of an act of force is its agent
        return governed, None, "noun:genitive-agent"
    actor = next((u for u in reversed(before) if not u.marker and trig.first - u.last <= 6), None)
    if actor and _is_victim(actor) and trig.entry.event_type in FORCE_TYPES:
        return None, actor, "noun:victims"
    return actor, governed, "noun"


def _covers(u: Unit, trig: TriggerMatch) -> bool:
    """Whether a unit sits on the trigger's own words."""
    return any(u.first <= k <= u.last for k in {trig.first, trig.last, trig.head})


def _is_armed(u: Unit) -> bool:
    return all(i.sector in ARMED_SECTORS for i in u.identities)


def is_pronoun_complementizer(norm: str) -> bool:
    """أنه، أنها، بأنهم ...: a complementizer carrying the subject as a pronoun suffix."""
    for head in ("ان", "بان", "لان"):
        if norm.startswith(head) and norm[len(head) :] in PRONOUN_SUFFIXES:
            return True
    return False


def _is_victim(u: Unit) -> bool:
    return all(i.kind == "generic" and i.sector in VICTIM_SECTORS for i in u.identities)


def _last_actor(units: list[Unit]) -> Unit | None:
    for u in reversed(units):
        if u.is_actor and u.identities[0].label in ("PER", "ORG", "GPE"):
            return u
    return None


def modality(tokens: Sequence[Token], trig: TriggerMatch, earlier: Sequence[TriggerMatch]) -> str:
    """asserted, negated, future, hypothetical or claimed, from the words around a trigger."""
    window = [tokens[j].norm for j in range(max(0, trig.first - NEGATION_REACH), trig.first)]
    head = tokens[trig.first]
    if any(is_particle("negation", w) for w in window) or head.norm.startswith(("لم", "لن")):
        return "negated"
    if (
        (
            any(is_particle("claim", tokens[j].norm) for j in range(0, trig.first))
            or any(e.entry.event_type in CLAIM_TYPES for e in earlier)
        )
        and trig.entry.event_type not in CLAIM_TYPES
        and head.prefixes[-1:] == ("ب",)
    ):
        return "claimed"
    if trig.future or any(is_particle("future", w) for w in window):
        return "future"
    if any(is_particle("conditional", tokens[j].norm) for j in range(max(0, trig.first - 6), trig.first)):
        return "hypothetical"
    return "asserted"


def _confidence(trig: TriggerMatch, actors: list[Actor], recipients: list[Actor]) -> float:
    score = 0.4 + (0.15 if trig.is_verb else 0.0) + (0.25 if actors else 0.0) + (0.1 if recipients else 0.0)
    return round(min(score, 0.95), 2)


def merge_clause_events(events: list[Event]) -> list[Event]:
    """One event per act: a noun trigger of the same type in the sentence of another event
    (قتل 20 مدنيا بقصف ...) adds its arguments to that event instead of standing alone."""
    out: list[Event] = []
    for event in events:
        host = next(
            (e for e in out if e.sentence_start == event.sentence_start and e.event_type == event.event_type
             and ((event.rule.startswith(("noun", "verb")) and ":noun" in event.rule) or ":noun" in e.rule)),
            None,
        )  # fmt: skip
        if host is None:
            out.append(event)
            continue
        _absorb(host, event)
    return out


def _absorb(host: Event, other: Event) -> None:
    if ":noun" in host.rule and ":noun" not in other.rule:
        host.trigger, host.trigger_start, host.trigger_end = (
            other.trigger,
            other.trigger_start,
            other.trigger_end,
        )
        host.rule, host.cameo, host.mode = other.rule, other.cameo, other.mode or host.mode
    spans = {(a.start, a.end) for a in host.actor + host.recipient}
    host.actor += [a for a in other.actor if (a.start, a.end) not in spans]
    host.recipient += [a for a in other.recipient if (a.start, a.end) not in spans]
    host.confidence = max(host.confidence, other.confidence)
