"""Knowledge access: actors, offices, countries, places, triggers and cues as typed records.

``load_kb()`` reads the shipped data files (``hadath/data``), then any overlay directories
(records with the same id replace shipped ones), validates them and returns one
:class:`KnowledgeBase`. Nothing here decides anything about an article: ``mentions/`` and
``resolve/`` do that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hadath.kb.schema import (
    ActorRecord,
    CountryRecord,
    CueRecord,
    OfficeRecord,
    PlaceRecord,
    TriggerRecord,
)


@dataclass(slots=True)
class KnowledgeBase:
    """Every record the pipeline can match against, keyed by id."""

    actors: dict[str, ActorRecord] = field(default_factory=dict)
    offices: dict[str, OfficeRecord] = field(default_factory=dict)
    countries: dict[str, CountryRecord] = field(default_factory=dict)  # by ISO3
    places: dict[str, PlaceRecord] = field(default_factory=dict)  # by GeoNames id
    triggers: list[TriggerRecord] = field(default_factory=list)
    cues: list[CueRecord] = field(default_factory=list)
    # Normalized words that must never be split into clitics (names, foreign words).
    lexicon: frozenset[str] = frozenset()
    data_hash: str = ""

    def types_switched(self, switch: str) -> frozenset[str]:
        """The event types whose trigger files set a type-wide switch (``violence``,
        ``asking``, ...; ``schema.SWITCH_ROOTS``), for rules that read an event, not its
        trigger."""
        return frozenset(e.event_type for e in self.triggers if getattr(e, switch))

    def gazetteer_place(self, ref: str) -> PlaceRecord | None:
        """The gazetteer record a mention's ``place:ID`` ref names; None for any other ref: a
        country, a capital or an actor is read as a place only where its reader says so
        (``EventPlacer.place_record``)."""
        kind, _, key = ref.partition(":")
        return self.places.get(key) if kind == "place" else None


def load_kb(*overlays: str) -> KnowledgeBase:
    """The shipped knowledge base, with overlay directories applied in order."""
    from hadath.kb.load import load_knowledge

    return load_knowledge(overlays)


__all__ = ["KnowledgeBase", "load_kb"]
