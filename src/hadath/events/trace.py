"""Why the coder did what it did: an optional collector the event coder reports to.

``EventCoder.trace`` is None by default and every hook is guarded by ``if self.trace``, so
coding costs nothing extra unless someone asks (``hadath explain``). A trace records, for
the sentences it watches, every trigger candidate the lexicon found, and for each one
whether it was dropped before coding (inside a name, a noun a number counts, an entry's
guard unmet, the content of another verb, a hold an act ends: ``clause_triggers`` says which),
rejected by a rule (with the rule's reason), coded as an event (with its arguments and
how they were found), merged into another event of its sentence, or dropped by the learned
event filter (with its probability and the features that weighed most).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hadath.events.particles import particle_kinds as particle_kind_set
from hadath.model import Actor, Event, Mention, Token

if TYPE_CHECKING:
    from hadath.events.arguments import Unit
    from hadath.events.coder import SentenceView
    from hadath.events.triggers import TriggerMatch
    from hadath.resolve.actors import Identity

MODALITY_WINDOW = 6  # words before a trigger shown with their particle kinds

# Why a trigger was dropped before coding, as a function that words it: the coder drops
# triggers in every sentence, and the text is only wanted when a trace shows it.
DropReason = Callable[[], str]


@dataclass(slots=True)
class ArgumentNote:
    """One argument slot as the coder filled it: the unit's names and how they were found."""

    role: str
    names: list[dict[str, Any]]
    marker: str
    marker_word: str
    # why a rule added the argument after the clause's names were read (+residents), after the
    # clause was traced (a judged act's doer, ground taken from the side fought, a recipient
    # going on) or once the events were merged and judged (+struck, +story-doer); empty for an
    # argument found among those names
    added_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "names": self.names,
            "marker": self.marker,
            "marker_word": self.marker_word,
            "added_by": self.added_by,
        }


@dataclass(slots=True)
class TriggerNote:
    """One trigger candidate and what became of it."""

    first: int
    last: int
    head: int
    entry: dict[str, Any]
    is_verb: bool
    decision: str = "candidate"  # dropped, rejected, coded, merged, filtered
    reason: str = ""
    rule: str = ""
    arguments: list[ArgumentNote] = field(default_factory=list)
    added: list[ArgumentNote] = field(default_factory=list)  # arguments a rule added (CoderTrace.added)
    event: Event | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tokens": [self.first, self.last], "head": self.head, "entry": self.entry,
            "read_as": "verb" if self.is_verb else "noun", "decision": self.decision,
            "reason": self.reason, "rule": self.rule,
            "arguments": [a.to_dict() for a in (*self.arguments, *self.added)],
        }  # fmt: skip


@dataclass(slots=True)
class SentenceNote:
    """What the coder saw in one sentence."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    triggers: list[TriggerNote] = field(default_factory=list)


def entry_of(trig: TriggerMatch) -> dict[str, Any]:
    """The lexicon entry a trigger came from: its file (by type), part of speech and lemma."""
    e = trig.entry
    return {
        "file": f"triggers/{e.event_type.lower()}.yaml", "event_type": e.event_type,
        "pos": e.pos, "lemma": e.lemma, "cameo": e.cameo, "mode": e.mode,
    }  # fmt: skip


class CoderTrace:
    """Collects the coder's decisions for the sentences it is asked about (all when None)."""

    def __init__(self, sentences: Sequence[int] | None = None) -> None:
        self.watch = set(sentences) if sentences is not None else None
        self.sentences: dict[int, SentenceNote] = {}
        self._current: SentenceNote | None = None

    def sentence(
        self, view: SentenceView, found: Sequence[TriggerMatch], dropped: Mapping[int, DropReason]
    ) -> None:
        """A sentence's trigger candidates, and why each one dropped before coding was (by its
        place in ``found``, as ``clause_triggers`` says)."""
        if self.watch is not None and view.index not in self.watch:
            self._current = None
            return
        note = SentenceNote(view.index, view.start, view.end, list(view.tokens))
        for n, trig in enumerate(found):
            tn = TriggerNote(trig.first, trig.last, trig.head, entry_of(trig), trig.is_verb)
            if n in dropped:
                tn.decision, tn.reason = "dropped", dropped[n]()
            note.triggers.append(tn)
        self.sentences[view.index] = note
        self._current = note

    def _note(self, trig: TriggerMatch) -> TriggerNote | None:
        if self._current is None:
            return None
        return next((t for t in self._current.triggers if t.first == trig.first), None)

    def reject(self, trig: TriggerMatch, reason: str) -> None:
        tn = self._note(trig)
        if tn is not None:
            tn.decision, tn.reason, tn.is_verb = "rejected", reason, trig.is_verb

    def coded(
        self, trig: TriggerMatch, event: Event | None, subject: Unit | None, recipient: Unit | None
    ) -> None:
        tn = self._note(trig)
        if tn is None or event is None:
            return
        tn.decision, tn.event, tn.rule, tn.is_verb = "coded", event, event.rule, trig.is_verb
        # +victims: the subject slot held the victims, so they became the recipients
        victims = event.rule.endswith("+victims")
        slots = (
            (("recipient", subject), ("actor", None))
            if victims
            else (("actor", subject), ("recipient", recipient))
        )
        tn.arguments = [_argument(role, unit) for role, unit in slots if unit is not None]

    def added(self, trig: TriggerMatch, role: str, actors: Sequence[Actor], why: str) -> None:
        """Arguments a rule gave the trigger's event besides the names of its clause (the people
        of a town shelled, the body counted victims come from), with the rule's reason."""
        tn = self._note(trig)
        if tn is not None:
            _add(tn, role, actors, why)

    def added_late(self, event: Event, role: str, actors: Sequence[Actor], why: str) -> None:
        """Arguments a rule gave an event after its clause was traced (a judged act's doer) or
        once the events were merged and judged (a thing struck, the story's attacker, a dual's
        two parties), noted on the trigger that coded the event."""
        if not actors:
            return
        for tn in self._notes_coding(event):
            tn.rule = event.rule  # the step may have added its tag to the rule (+struck, +story-doer, +sides)
            _add(tn, role, actors, why)

    def merged(self, before: Sequence[Event], after: Sequence[Event]) -> None:
        """Events of the clause that were folded into another event of their sentence."""
        kept = {id(e) for e in after}
        for note in self.sentences.values():
            for tn in note.triggers:
                if tn.event is not None and id(tn.event) not in kept and any(e is tn.event for e in before):
                    host = next(
                        (
                            e
                            for e in after
                            if e.sentence_start == tn.event.sentence_start
                            and e.event_type == tn.event.event_type
                        ),
                        None,
                    )
                    tn.decision = "merged"
                    tn.reason = (
                        f"one act told twice: folded into the event of {host.trigger!r}" if host else "merged"
                    )

    def filtered(self, dropped: Sequence[tuple[Event, str]]) -> None:
        """Events the learned event filter dropped, with its reason."""
        for event, reason in dropped:
            for tn in self._notes_coding(event):
                tn.decision, tn.reason = "filtered", reason

    def _notes_coding(self, event: Event) -> Iterator[TriggerNote]:
        """The notes of the triggers that coded an event."""
        for note in self.sentences.values():
            for tn in note.triggers:
                if tn.event is event:
                    yield tn


def _add(tn: TriggerNote, role: str, actors: Sequence[Actor], why: str) -> None:
    """Notes on a trigger the arguments a rule gave its event, with the rule's reason."""
    if actors:
        tn.added.append(ArgumentNote(role, [_actor_name(a) for a in actors], "", "", why))


def _argument(role: str, unit: Unit) -> ArgumentNote:
    names = [_name(m, i) for m, i in zip(unit.mentions, unit.identities, strict=True)]
    return ArgumentNote(role, names, unit.marker, unit.marker_word)


def _name(m: Mention, i: Identity) -> dict[str, Any]:
    """A name of the clause: the argument it makes, with its mention kind and matching rule."""
    return {**_actor_name(i.actor(m)), "kind": i.kind, "matched_by": m.rule}


def _actor_name(a: Actor) -> dict[str, Any]:
    """An argument a rule made rather than resolved from one mention: no mention kind or rule."""
    return {
        "text": a.text, "start": a.start, "end": a.end, "entity": a.entity, "kb_id": a.kb_id,
        "kind": "", "sector": a.sector, "country": a.country, "matched_by": "",
    }  # fmt: skip


def particle_kinds(word: str) -> list[str]:
    """The particle kinds a normalized word belongs to (negation, future, claim ...), in order:
    the coder's own memoized reading (particles.particle_kinds), so the trace says what it used."""
    return sorted(particle_kind_set(word))


def modality_cues(tokens: Sequence[Token], first: int) -> list[tuple[str, list[str]]]:
    """The words just before a trigger that are particles, with their kinds."""
    window = tokens[max(0, first - MODALITY_WINDOW) : first]
    return [(t.norm, kinds) for t in window if (kinds := particle_kinds(t.norm))]
