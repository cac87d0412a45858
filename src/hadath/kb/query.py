"""Look-ups over a loaded :class:`KnowledgeBase`: by name, by id, and who held an office when.

Names match on their normalized form (the same ``normalize`` that articles go through), as
substrings; exact matches rank first. Role phrases are built from the offices and countries:
an office name with a country adjective ("وزير الخارجية" + "الأمريكي"), or a construct form
with a country name ("وزير خارجية" + "روسيا"), or the bare office name (country unknown).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from hadath.kb import KnowledgeBase
from hadath.kb.schema import ActorRecord, CountryRecord, OfficeRecord, PlaceRecord

logger = logging.getLogger(__name__)


def _norm(s: str) -> str:
    from hadath.text.normalize import normalize

    return " ".join(normalize(s).split())


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """An office named in a phrase, with the country when the phrase gives it."""

    phrase: str  # the normalized phrase that matched
    office: OfficeRecord
    country: str  # ISO3, or "" when the phrase names no country


@dataclass(slots=True)
class _Index:
    actors: list[tuple[ActorRecord, tuple[str, ...]]]
    places: list[tuple[PlaceRecord, tuple[str, ...]]]
    roles: dict[str, tuple[str, str]]


_INDEXES: dict[str, _Index] = {}


# Nouns that are feminine without a feminine ending (the adjective after them is feminine).
_FEMININE_NOUNS = frozenset({"الحرب", "الدار", "الأرض", "النفس"})


def is_feminine(word: str) -> bool:
    """Whether an adjective agreeing with ``word`` is feminine: a teh marbuta, a feminine plural
    (المخابرات، القوات) or a noun known to be feminine (الحرب)."""
    return word.endswith("ة") or (len(word) > 3 and word.endswith("ات")) or word in _FEMININE_NOUNS


def name_genders(name: str, feminine: bool = False) -> list[bool]:
    """The genders a country adjective after ``name`` may take (False: masculine): that of the
    head (وزير الخارجية الأمريكي، وزيرة الخارجية الأمريكية), and the feminine after a feminine
    last noun (رئيس الحكومة التونسية) or when ``feminine``. A masculine last noun adds nothing:
    it is a human plural or not what the adjective qualifies (رئيسة الوزراء البريطانية)."""
    words = name.split()
    genders = {is_feminine(words[0])} | ({True} if feminine or is_feminine(words[-1]) else set())
    return sorted(genders)


def office_seat(office: OfficeRecord) -> str:
    """The one seat an office's names name by themselves (ISO3 or IGO), else ""."""
    return office.countries[0] if len(office.countries) == 1 else ""


def office_phrases(office: OfficeRecord, country: CountryRecord) -> list[str]:
    """The phrases naming an office of one country: the office with the country's adjective
    in the gender of the head or the last noun (وزير الخارجية الأمريكي، وزيرة الخارجية
    الأمريكية، رئيس الحكومة التونسية), its construct form with the country's name (وزير خارجية
    روسيا), and the bare names when this country is the office's only seat (قائد الحرس الثوري).
    An office restricted to other seats (``countries``) has no phrase for this country."""
    if office.countries and country.iso3 not in office.countries:
        return []
    bare = list(office.names) if office_seat(office) == country.iso3 else []
    forms = {False: country.adjectives, True: country.adjectives_feminine}
    with_adjective = [
        f"{n} {a}" for n in office.names for g in name_genders(n, office.feminine) for a in forms[g]
    ]
    construct = [f"{c} {n}" for c in office.construct_names for n in country.names]
    return bare + with_adjective + construct


def office_seats(kb: KnowledgeBase, office: OfficeRecord) -> list[tuple[str, list[str]]]:
    """``(seat, phrases)`` for every seat of an office that has phrases: the countries, and an
    international body (IGO) whose office is named by its names alone (المبعوث الأممي إلى سوريا)."""
    seats = [(iso3, office_phrases(office, c)) for iso3, c in kb.countries.items()]
    seat = office_seat(office)
    if seat and seat not in kb.countries:
        seats.append((seat, list(office.names)))
    return [(iso3, phrases) for iso3, phrases in seats if phrases]


def role_phrases(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    """Every normalized role phrase -> ``(office id, ISO3, IGO or "")``."""
    return _index(kb).roles


def _build_roles(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    roles: dict[str, tuple[str, str]] = {}
    for office in kb.offices.values():
        for seat, phrases in office_seats(kb, office):
            for phrase in phrases:
                roles.setdefault(_norm(phrase), (office.id, seat))
        for name in office.names:
            roles.setdefault(_norm(name), (office.id, office_seat(office)))
    return roles


def _index(kb: KnowledgeBase) -> _Index:
    key = kb.data_hash or str(id(kb))
    if key not in _INDEXES:
        _INDEXES[key] = _Index(
            actors=[(a, tuple(_norm(n) for n in a.names)) for a in kb.actors.values()],
            places=[(p, tuple(_norm(n) for n in p.names)) for p in kb.places.values()],
            roles=_build_roles(kb),
        )
    return _INDEXES[key]


def _rank(query: str, english: str, norms: tuple[str, ...]) -> int | None:
    """0 for an exact name, 1 for a substring of a name, 2 for the English name; None: no match."""
    if query in norms or query == english.lower():
        return 0
    if any(query in n for n in norms):
        return 1
    return 2 if query in english.lower() else None


def _search(items: list[tuple[Any, tuple[str, ...]]], text: str, limit: int) -> list[Any]:
    query = _norm(text)
    if not query:
        return []
    hits = [
        (r, len(rec.name), i, rec)
        for i, (rec, norms) in enumerate(items)
        if (r := _rank(query, rec.name, norms)) is not None
    ]
    return [rec for *_, rec in sorted(hits, key=lambda h: h[:3])[:limit]]


def find_actors(kb: KnowledgeBase, text: str, limit: int = 20) -> list[ActorRecord]:
    """Actors whose Arabic or English name contains ``text``, exact matches first."""
    return _search(_index(kb).actors, text, limit)


def find_places(kb: KnowledgeBase, text: str, limit: int = 20) -> list[PlaceRecord]:
    """Places whose Arabic or English name contains ``text``, exact matches first."""
    return _search(_index(kb).places, text, limit)


def get_record(
    kb: KnowledgeBase, record_id: str
) -> ActorRecord | PlaceRecord | OfficeRecord | CountryRecord | None:
    """The actor, place, office or country (by ISO3) with this id, or None."""
    for table in (kb.actors, kb.places, kb.offices, kb.countries):
        if record_id in table:
            return table[record_id]  # type: ignore[return-value]
    return None


def holds_on(actor: ActorRecord, office: str, on: dt.date) -> bool:
    """Whether ``actor`` held ``office`` on day ``on`` (a tenure ends the day it ``end``s)."""
    return any(t.office == office and t.covers(on) for t in actor.holds)


def office_holders(kb: KnowledgeBase, office: str, country: str, on: dt.date) -> list[ActorRecord]:
    """Who held ``office`` of ``country`` on ``on``; ``country`` "" accepts any country, and so
    does the one seat of an office (an Egyptian holds the Arab League's, seat IGO)."""
    if office in kb.offices and country == office_seat(kb.offices[office]):
        country = ""
    return [
        a for a in kb.actors.values()
        if (not country or a.country == country) and holds_on(a, office, on)
    ]  # fmt: skip


def find_roles(kb: KnowledgeBase, text: str) -> list[RoleMatch]:
    """The role phrases inside ``text``, longest first, none inside a longer one."""
    query = _norm(text)
    padded = f" {query} "
    found = sorted((p for p in _index(kb).roles if f" {p} " in padded), key=len, reverse=True)
    kept: list[str] = []
    for phrase in found:
        if not any(phrase in longer for longer in kept):
            kept.append(phrase)
    roles = _index(kb).roles
    return [RoleMatch(p, kb.offices[roles[p][0]], roles[p][1]) for p in kept]


__all__ = [
    "RoleMatch", "find_actors", "find_places", "find_roles", "get_record", "holds_on", "is_feminine",
    "name_genders", "office_holders", "office_phrases", "office_seat", "office_seats", "role_phrases",
]  # fmt: skip
