"""Whether two mentions tell one event: conflicts first, then the merge rules, in order.

Every decision is a :class:`Comparison` that says what was measured and which rule or
conflict decided, so a cluster can always be explained (``hadath explain-cluster``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hadath.dedup.mention import MentionView, PlaceView
from hadath.dedup.settings import DedupSettings, MergeRule
from hadath.dedup.text import ClauseSimilarity

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Comparison:
    """The decision on one pair: merged by ``rule``, or kept apart by ``conflicts``."""

    other: int
    merged: bool
    rule: str = ""
    rank: int = 0  # the rule's position: lower is stronger evidence
    text: float = 0.0
    shared: tuple[str, ...] = ()
    day_gap: int | None = None
    place_km: float | None = None
    same_copy: bool = False
    conflicts: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "with": self.other, "merged": self.merged, "rule": self.rule, "text": round(self.text, 3),
            "shared": list(self.shared), "day_gap": self.day_gap, "same_copy": self.same_copy,
        }  # fmt: skip
        if self.place_km is not None:
            data["place_km"] = round(self.place_km, 1)
        if self.conflicts:
            data["conflicts"] = list(self.conflicts)
        return data

    def reason(self) -> str:
        """One line for people."""
        if self.merged:
            facts = [f"text {self.text:.2f}"]
            if self.shared:
                facts.append("shared " + ", ".join(self.shared))
            if self.same_copy:
                facts.append("articles are copies")
            if self.place_km is not None:
                facts.append(f"places {self.place_km:.0f} km apart")
            return f"merged with #{self.other} by {self.rule}: {'; '.join(facts)}"
        why = "; ".join(self.conflicts) or f"no rule holds (text {self.text:.2f})"
        return f"kept apart from #{self.other}: {why}"


def distance_km(a: PlaceView, b: PlaceView) -> float:
    """Great-circle distance between two fine places."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def day_gap(new: MentionView, old: MentionView) -> int | None:
    """Days between the two date ranges (0 when they overlap); ``None`` when one is undated."""
    if new.first_day is None or old.first_day is None or new.last_day is None or old.last_day is None:
        return None
    return max(0, new.first_day - old.last_day, old.first_day - new.last_day)


def _participant_conflict(new: MentionView, old: MentionView, symmetric: bool) -> str:
    if symmetric:
        if new.participants and old.participants and not new.participants & old.participants:
            return "no participant in common"
        return ""
    if new.actors and old.actors and not new.actors & old.actors:
        return "different actors"
    if new.recipients and old.recipients and not new.recipients & old.recipients:
        return "different recipients"
    return ""


def _place_facts(new: MentionView, old: MentionView, settings: DedupSettings) -> tuple[float | None, str]:
    """(distance in km between two fine places or None, a conflict or '')."""
    a, b = new.place, old.place
    if a is None or b is None:
        return None, ""
    if a.country and b.country and a.country != b.country:
        return None, f"places in different countries ({a.country}, {b.country})"
    if not (a.fine and b.fine):
        return None, ""
    km = 0.0 if a.name == b.name else distance_km(a, b)
    if km > settings.place_conflict_km:
        return km, f"places {km:.0f} km apart ({a.name}, {b.name})"
    return km, ""


def compare(
    new: MentionView,
    old: MentionView,
    *,
    same_copy: bool,
    similarity: ClauseSimilarity,
    settings: DedupSettings,
) -> Comparison:
    """Decide whether ``new`` tells the event ``old`` tells."""
    gap = day_gap(new, old)
    km, place_conflict = _place_facts(new, old, settings)
    conflicts = [
        c
        for c in (
            "" if new.event_type == old.event_type else f"types differ ({new.event_type}, {old.event_type})",
            "undated" if gap is None else "",
            f"dates {gap} days apart" if gap is not None and gap > settings.window_days else "",
            "" if new.article != old.article else "same article",
            ""
            if settings.modalities_compatible(new.modality, old.modality)
            else f"modalities differ ({new.modality}, {old.modality})",
            _participant_conflict(new, old, new.event_type in settings.symmetric_types),
            place_conflict,
        )
        if c
    ]
    shared = tuple(sorted(new.participants & old.participants))
    text = similarity.similarity(new.clause, old.clause)
    facts = {
        "other": old.key,
        "text": text,
        "shared": shared,
        "day_gap": gap,
        "place_km": km,
        "same_copy": same_copy,
    }
    if conflicts:
        return Comparison(merged=False, conflicts=tuple(conflicts), **facts)  # type: ignore[arg-type]
    same_place = km is not None and km <= settings.place_same_km
    for rank, rule in enumerate(settings.rules):
        if _holds(rule, same_copy=same_copy, shared=len(shared), same_place=same_place, text=text):
            return Comparison(merged=True, rule=rule.name, rank=rank, **facts)  # type: ignore[arg-type]
    return Comparison(merged=False, **facts)  # type: ignore[arg-type]


def _holds(rule: MergeRule, *, same_copy: bool, shared: int, same_place: bool, text: float) -> bool:
    return (
        (same_copy or not rule.same_copy)
        and shared >= rule.min_shared
        and (same_place or not rule.same_place)
        and text >= rule.min_text
    )


def best_match(comparisons: Sequence[Comparison]) -> Comparison | None:
    """The strongest merging comparison: the earliest rule, then the most alike text, then the oldest."""
    merged = [c for c in comparisons if c.merged]
    return min(merged, key=lambda c: (c.rank, -c.text, c.other)) if merged else None
