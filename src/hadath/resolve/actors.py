"""Resolve a matched name to an identity: entity, country, sector, KB id.

Offices are resolved to whoever held them on the article's date (وزير الخارجية الأمريكي
on 2016-09-20 is John Kerry); capitals used as metonyms act for their state; common nouns
of unnamed groups take the country the article is about when they imply one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from hadath.kb import KnowledgeBase
from hadath.kb.index import Candidate
from hadath.kb.names import generic_of, sector_heads
from hadath.kb.query import office_seat
from hadath.kb.schema import Tenure
from hadath.memo import Memo
from hadath.model import Actor, Mention

# Which reading of an ambiguous name wins when nothing in the context decides.
_PRIORITY = {
    "actor": 0,
    "office": 1,
    "group": 2,
    "country": 3,
    "capital": 4,
    "generic": 5,
    "place": 6,
    "unknown": 7,
}


@dataclass(frozen=True, slots=True)
class Identity:
    """What a mention refers to, as event arguments and entities report it."""

    entity: str
    country: str
    sector: str
    kb_id: str
    label: str
    kind: str
    is_source: bool = False
    # the country is the article's: a common noun that names none (``context`` in actor_nouns.tsv)
    country_of_article: bool = False

    def actor(self, m: Mention) -> Actor:
        """The event party a mention of this identity names (the one place an identity's fields
        are copied onto an ``Actor``, so a field added to both reaches every argument)."""
        return Actor(
            m.start,
            m.end,
            m.text,
            self.entity,
            self.country,
            self.sector,
            self.kb_id,
            self.country_of_article,
        )


def parse_date(value: str | None) -> dt.date | None:
    """The calendar day of an ISO date or datetime string, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class ActorResolver:
    """Turns alias candidates into identities, using office tenures and dates."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._tenures: dict[str, list[tuple[Tenure, str]]] = defaultdict(list)
        for actor in kb.actors.values():
            for t in actor.holds:
                seat = office_seat(kb.offices[t.office]) if t.office in kb.offices else ""
                self._tenures[f"{t.office}:{seat or actor.country}"].append((t, actor.id))
        self._heads = sector_heads()
        # Why: every stage asks for the identities of the same few names again and again;
        # the answer depends on the candidate, the day and the focus alone (the KB is fixed)
        self._identities: Memo[tuple[Candidate, dt.date | None, str], Identity] = Memo(self._identity_of)
        # ... and the argument units ask it of every mention's ``kind:ref`` (why: a key of plain
        # strings hashes and compares at C level; a Candidate key runs its dataclass methods)
        self._ref_identities: Memo[tuple[str, str, dt.date | None, str], Identity] = Memo(
            self._ref_identity_of
        )

    def holder(self, office_key: str, on: dt.date | None) -> str | None:
        """The actor id holding ``office:ISO3`` on a date (the latest holder if no date)."""
        tenures = self._tenures.get(office_key, [])
        if not tenures:
            return None
        if on is None:
            return max(tenures, key=lambda t: t[0].start)[1]
        return next((actor_id for tenure, actor_id in tenures if tenure.covers(on)), None)

    def choose(self, candidates: tuple[Candidate, ...], on: dt.date | None = None) -> Candidate:
        """The candidate to prefer when the context does not decide."""
        valid = [c for c in candidates if self._valid(c, on)] or list(candidates)
        return min(valid, key=lambda c: _PRIORITY[c.kind])

    def _valid(self, cand: Candidate, on: dt.date | None) -> bool:
        if cand.kind != "actor" or on is None:
            return True
        actor = self.kb.actors.get(cand.ref)
        if actor is None:
            return False
        return (actor.valid_from is None or actor.valid_from <= on) and (
            actor.valid_to is None or on <= actor.valid_to
        )

    def identity(self, cand: Candidate, on: dt.date | None = None, focus: str = "") -> Identity:
        """The identity a candidate stands for on a date, in an article about ``focus``."""
        return self._identities[cand, on, focus]

    def ref_identity(self, ref: str, label: str, on: dt.date | None = None, focus: str = "") -> Identity:
        """:meth:`identity` of a mention's reference ``kind:id`` and label."""
        return self._ref_identities[ref, label, on, focus]

    def _ref_identity_of(self, key: tuple[str, str, dt.date | None, str]) -> Identity:
        ref, label, on, focus = key
        kind, _, ident = ref.partition(":")
        return self.identity(Candidate(kind, ident, label), on, focus)  # type: ignore[arg-type]

    def _identity_of(self, key: tuple[Candidate, dt.date | None, str]) -> Identity:
        cand, on, focus = key
        if cand.kind == "actor":
            a = self.kb.actors[cand.ref]
            return Identity(a.name, a.country, a.sector, a.id, a.type, "actor", a.source)
        if cand.kind in ("country", "capital"):
            c = self.kb.countries[cand.ref]
            return Identity(c.name, c.iso3, "GOV", c.qid or c.iso3, "GPE", cand.kind)
        if cand.kind == "office":
            return self._office_identity(cand.ref, on)
        if cand.kind == "group":
            head_index, _, iso3 = cand.ref.partition(":")
            head = self._heads[int(head_index)]
            c = self.kb.countries[iso3]
            return Identity(f"{c.name} {head.english}", iso3, head.sector, "", "ORG", "group")
        if cand.kind == "unknown":
            label, _, rest = cand.ref.partition(":")
            sector, _, country = rest.partition(":")  # an office phrase gives a country
            return Identity("", country, sector, "", label, "unknown")
        if cand.kind == "generic":
            g, iso3 = generic_of(cand.ref)
            if iso3 in self.kb.countries:
                return Identity(
                    f"{self.kb.countries[iso3].name} {g.entity}", iso3, g.sector, "", "", "generic"
                )
            country = focus if g.of_article_country else g.country
            # المملكة، السلطنة: a common noun that stands for one state is that state's name
            label = "GPE" if g.sector == "GOV" and g.country in self.kb.countries else ""
            return Identity(
                g.entity, country, g.sector, "", label, "generic", country_of_article=g.of_article_country
            )
        p = self.kb.places[cand.ref]
        return Identity(p.name, p.country, "", p.id, cand.label, "place")

    def _office_identity(self, office_key: str, on: dt.date | None) -> Identity:
        office_id, iso3 = office_key.split(":")
        holder = self.holder(office_key, on)
        office = self.kb.offices[office_id]
        if holder:
            a = self.kb.actors[holder]
            return Identity(a.name, iso3, office.sector, a.id, "PER", "office")
        if iso3 not in self.kb.countries:  # an office of an international body (IGO): no country
            return Identity(office.name, iso3, office.sector, "", "PER", "office")
        country = self.kb.countries[iso3].name
        return Identity(f"{office.name} of {country}", iso3, office.sector, "", "PER", "office")
