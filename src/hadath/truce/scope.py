"""Whether a stored event is a reported violation of a truce: pure functions over event rows.

A :class:`Scope` is a truce made ready for matching (days as ISO text, area units and places
resolved through the gazetteer, sides and exemptions as id sets and country/sector patterns,
forbidden acts and truce words as search terms). :meth:`Scope.decide` takes one event row (a
dict with the columns of ``events``, its JSON columns decoded) and says what it is for the
truce, in this order:

1. ``not_forbidden``: its type, mode, CAMEO code or words are not an act the truce forbids;
2. ``undated`` / ``out_of_time``: not dated to a day, or dated outside the truce's days;
3. ``unplaced`` / ``out_of_area``: no place, or a place outside the area (a place known only
   to its country or first-level unit is inside a radius or polygon only if the whole of it is
   named by the area: a country or admin1 entry);
4. ``modality``: said not to have happened, or only threatened (negated, future,
   hypothetical), unless the truce counts those;
5. by its actors: ``violation`` when an actor is a member of a side (and the event is not
   aimed only at exempted groups), ``exempted`` when an actor is exempted (or every target
   is), ``unattributed`` when no actor is named or none is known (no knowledge-base id and no
   country: "gunmen", "unknown aircraft"), ``not_party`` for known actors that are not bound
   by the truce (a third state, the UN).

``violation`` and ``unattributed`` are the reported violations; the second are kept apart in
counts (they are violations of the truce by no identified side).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal[
    "violation", "unattributed", "exempted", "not_party", "not_forbidden", "undated", "out_of_time",
    "unplaced", "out_of_area", "modality",
]  # fmt: skip
REPORTED: frozenset[str] = frozenset({"violation", "unattributed"})
EARTH_KM = 6371.0
# Places known only this coarsely are not points: their centre says nothing about a radius.
COARSE: frozenset[str] = frozenset({"country", "admin1"})
ActorKind = Literal["side", "exempt", "unknown", "other"]


@dataclass(frozen=True, slots=True)
class Members:
    """Actors named by ids and by (country, sector) patterns; ``None`` in a pattern is any."""

    ids: frozenset[str] = frozenset()
    patterns: tuple[tuple[str | None, str | None], ...] = ()

    def has_id(self, actor: Mapping[str, Any]) -> bool:
        kb_id = actor.get("kb_id") or ""
        return bool(kb_id) and kb_id in self.ids

    def pattern_score(self, actor: Mapping[str, Any]) -> int:
        """How specifically a pattern names the actor: 2 country and sector, 1 one of them, 0 none."""
        country, sector = actor.get("country") or "", actor.get("sector") or ""
        best = 0
        for want_country, want_sector in self.patterns:
            if want_country is not None and want_country != country:
                continue
            if want_sector is not None and want_sector != sector:
                continue
            best = max(best, (want_country is not None) + (want_sector is not None))
        return best


@dataclass(frozen=True, slots=True)
class SideRule:
    """A side of the truce and its members."""

    id: str
    name: str
    name_ar: str
    members: Members


@dataclass(frozen=True, slots=True)
class ActRule:
    """A forbidden act: the type, and the modes, CAMEO prefixes and words that narrow it (all must hold)."""

    type: str
    name: str
    modes: frozenset[str] = frozenset()
    cameo: tuple[str, ...] = ()
    words: tuple[tuple[str, ...], ...] = ()  # per word, the terms any of which is that word

    def holds(self, row: Mapping[str, Any], terms: frozenset[str]) -> bool:
        if row.get("event_type") != self.type:
            return False
        if self.modes and (row.get("mode") or "") not in self.modes:
            return False
        if self.cameo and not (row.get("cameo") or "").startswith(self.cameo):
            return False
        return not self.words or any(terms.intersection(word) for word in self.words)


@dataclass(frozen=True, slots=True)
class Circle:
    """A named place and the radius around it."""

    name: str
    lat: float
    lon: float
    radius_km: float


@dataclass(frozen=True, slots=True)
class Verdict:
    """What an event is for a truce, and why."""

    status: Status
    act: str = ""
    area: str = ""
    sides: tuple[str, ...] = ()

    @property
    def reported(self) -> bool:
        """A reported violation: attributed to a side, or to no identified one."""
        return self.status in REPORTED


@dataclass(frozen=True, slots=True)
class Link:
    """Why an ACCUSE or REJECT event belongs to a truce, and who accuses or denies whom."""

    kind: Literal["accusation", "denial"]
    names_truce: bool
    accuser: tuple[str, ...]  # sides among the actors
    accused: tuple[str, ...]  # sides among the recipients


@dataclass(frozen=True, slots=True)
class Scope:
    """A truce ready to match stored events (built by :func:`hadath.truce.load.build_scope`).

    Days are ISO ``YYYY-MM-DD`` text, compared as text like the store's dates.
    """

    truce_id: str
    first_day: str
    last_day: str | None
    accusations_last_day: str | None
    countries: frozenset[str] = frozenset()
    admin1_places: Mapping[str, str] = field(default_factory=dict)  # place id -> its unit's name
    circles: tuple[Circle, ...] = ()
    polygons: tuple[tuple[tuple[float, float], ...], ...] = ()
    sides: tuple[SideRule, ...] = ()
    exempt: Members = Members()
    acts: tuple[ActRule, ...] = ()
    modalities: frozenset[str] = frozenset({"asserted", "claimed"})
    phrases: tuple[tuple[tuple[str, ...], ...], ...] = ()  # each truce phrase: its words' terms
    # Countries every place inside the area belongs to (None: the area has radii or polygons,
    # which may cross borders): lets the store skip events placed elsewhere.
    area_countries: frozenset[str] | None = None

    # -- single tests ----------------------------------------------------------------------

    def in_days(self, day: str | None, last: str | None = None) -> bool:
        """Whether a day (``YYYY-MM-DD``) falls within the truce (or up to ``last`` instead of its end)."""
        if not is_day(day):
            return False
        end = last if last is not None else self.last_day
        return day >= self.first_day and (end is None or day <= end)

    def act_of(self, row: Mapping[str, Any], terms: frozenset[str]) -> ActRule | None:
        """The first forbidden act the event is, or None."""
        return next((act for act in self.acts if act.holds(row, terms)), None)

    def area_of(self, place: Mapping[str, Any] | None) -> str | None:
        """Which part of the area holds a place (``SYR``, ``Aleppo Governorate``, ``Aleppo +30 km``), or None."""
        if not place:
            return None
        country = place.get("country") or ""
        if country in self.countries:
            return country
        unit = self.admin1_places.get(place.get("kb_id") or "")
        if unit:
            return unit
        lat, lon = place.get("lat"), place.get("lon")
        if lat is None or lon is None or (place.get("precision") or "") in COARSE:
            return None
        for circle in self.circles:
            if distance_km(lat, lon, circle.lat, circle.lon) <= circle.radius_km:
                return f"{circle.name} +{circle.radius_km:g} km"
        for number, ring in enumerate(self.polygons, start=1):
            if inside(lon, lat, ring):
                return f"polygon {number}"
        return None

    def classify(self, actor: Mapping[str, Any]) -> tuple[ActorKind, str | None]:
        """An actor's standing: a side (and which), exempted, unknown (nothing identifies it) or other.

        Ids decide before patterns, exemptions before sides, and among patterns the most
        specific wins (``YEM REB`` over ``YEM``).
        """
        if self.exempt.has_id(actor):
            return "exempt", None
        for side in self.sides:
            if side.members.has_id(actor):
                return "side", side.id
        if self.exempt.pattern_score(actor):
            return "exempt", None
        scores = [(side.members.pattern_score(actor), -n, side.id) for n, side in enumerate(self.sides)]
        best = max(scores, default=(0, 0, ""))
        if best[0]:
            return "side", best[2]
        if not (actor.get("kb_id") or actor.get("country")):
            return "unknown", None
        return "other", None

    def sides_of(self, actors: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
        """The sides among some actors, in the order met, each once."""
        found = (self.classify(a) for a in actors)
        return tuple(dict.fromkeys(side for kind, side in found if kind == "side" and side))

    def names_truce(self, terms: frozenset[str]) -> bool:
        """Whether a text (its search terms) names the truce: every word of one phrase is there."""
        return any(all(terms.intersection(word) for word in phrase) for phrase in self.phrases)

    def link(self, row: Mapping[str, Any], day: str | None, terms: frozenset[str]) -> Link | None:
        """Whether an ACCUSE or REJECT event on ``day`` is about the truce, and how.

        It is when it falls between the truce's first day and ``accusations_after_days``
        after its end, and its sentence names the truce, or it accuses a side, or (a denial or
        rejection) a side makes it.
        """
        kinds: dict[str, Literal["accusation", "denial"]] = {"ACCUSE": "accusation", "REJECT": "denial"}
        kind = kinds.get(row.get("event_type") or "")
        if kind is None or not self.in_days(day, self.accusations_last_day):
            return None
        names = self.names_truce(terms)
        accuser = self.sides_of(row.get("actor") or [])
        accused = self.sides_of(row.get("recipient") or [])
        if names or accused or (kind == "denial" and accuser):
            return Link(kind, names, accuser, accused)
        return None

    # -- the decision ----------------------------------------------------------------------

    def decide(self, row: Mapping[str, Any], terms: frozenset[str] = frozenset()) -> Verdict:
        """What a stored event is for this truce (see the module's docstring for the order)."""
        act = self.act_of(row, terms)
        if act is None:
            return Verdict("not_forbidden")
        if not is_day(row.get("date")):
            return Verdict("undated", act.name)
        if not self.in_days(row["date"]):
            return Verdict("out_of_time", act.name)
        place = row.get("location")
        if not place:
            return Verdict("unplaced", act.name)
        area = self.area_of(place)
        if area is None:
            return Verdict("out_of_area", act.name)
        if (row.get("modality") or "asserted") not in self.modalities:
            return Verdict("modality", act.name, area)
        return self._attribute(row, act.name, area)

    def _attribute(self, row: Mapping[str, Any], act: str, area: str) -> Verdict:
        actors: Sequence[Mapping[str, Any]] = row.get("actor") or []
        recipients: Sequence[Mapping[str, Any]] = row.get("recipient") or []
        kinds = [self.classify(a)[0] for a in actors]
        targets_exempt = bool(recipients) and all(self.classify(r)[0] == "exempt" for r in recipients)
        sides = self.sides_of(actors)
        if sides:
            return Verdict("exempted" if targets_exempt else "violation", act, area, sides)
        if "exempt" in kinds or targets_exempt:
            return Verdict("exempted", act, area)
        if all(kind == "unknown" for kind in kinds):
            return Verdict("unattributed", act, area)
        return Verdict("not_party", act, area)


def is_day(value: Any) -> bool:
    """Whether a stored date is a day (``YYYY-MM-DD``), not a week, month or year."""
    return isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def inside(x: float, y: float, ring: Sequence[tuple[float, float]]) -> bool:
    """Whether point (x, y) lies inside a polygon ring of (x, y) points (even-odd rule).

    A ray from the point towards +x crosses the ring's edges an odd number of times exactly
    when the point is inside. The ring may be closed (last point = first) or not.
    """
    crossings = False
    count = len(ring)
    for i in range(count):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % count]
        if (y1 > y) != (y2 > y):  # the edge spans the ray's height (half-open: no double count)
            x_at = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < x_at:
                crossings = not crossings
    return crossings
