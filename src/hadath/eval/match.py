"""The matching rules of the gold guideline ("How this is scored"), one function each.

- Two event sentences correspond when they overlap by at least half of the shorter one and
  the system's is not much longer than the gold one (:func:`same_sentence`).
- An argument list identifies a gold one when some pair shares a normalized entity name,
  or a country and a sector (both non-empty), or overlapping mention spans
  (:func:`args_match`); a gold event with no actor accepts any.
- Greedy one-to-one matching in gold order (:func:`greedy_match`).
- Locations are right within 161 km (:func:`haversine_km`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from hadath.eval.gold import Arg, Span

# Arabic harakat, Quranic marks, superscript alef and tatweel: invisible to comparison.
_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ALEFS = re.compile(r"[إأآا]")
_SPACES = re.compile(r"\s+")

EARTH_RADIUS_KM = 6371.0
LOCATION_TOLERANCE_KM = 161.0
MIN_OVERLAP = 0.5

G = TypeVar("G")
S = TypeVar("S")


def normalize_name(text: str | None) -> str:
    """Normalize a name or mention for comparison, as the reference scorer does.

    NFKC, drop Arabic diacritics and tatweel, one alef, ى→ي, ة→ه, single spaces, lowercase.
    (hadath.text.normalize.normalize does more, e.g. hamza carriers and zero-width characters;
    the scores must follow the guideline's definition exactly, hence this narrower fold.)
    """
    s = _MARKS.sub("", unicodedata.normalize("NFKC", text or ""))
    s = _ALEFS.sub("ا", s).replace("ى", "ي").replace("ة", "ه")
    return _SPACES.sub(" ", s).strip().lower()


def overlap(a: Span | None, b: Span | None) -> float:
    """Shared characters as a share of the shorter span (0.0 when either is missing)."""
    if a is None or b is None:
        return 0.0
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared / max(1, min(a[1] - a[0], b[1] - b[0]))


def not_too_long(gold: Span, system: Span) -> bool:
    """A system sentence may differ from the gold one, but not swallow the article."""
    gold_len = gold[1] - gold[0]
    return system[1] - system[0] <= max(3 * gold_len, gold_len + 300)


def same_sentence(gold: Span | None, system: Span | None) -> bool:
    """Whether a system event's sentence stands for the gold event's sentence."""
    if gold is None or system is None:
        return False
    return overlap(gold, system) >= MIN_OVERLAP and not_too_long(gold, system)


def _identifies(gold: Arg, system: Arg, doc: str, within: int | None) -> bool:
    gold_name = normalize_name(gold.entity)
    if gold_name and gold_name == normalize_name(system.entity):
        return True
    if gold.country and gold.sector and (gold.country, gold.sector) == (system.country, system.sector):
        return True
    return overlap(gold.span.locate(doc, within), system.span.locate(doc, within)) >= MIN_OVERLAP


def args_match(gold: Sequence[Arg], system: Sequence[Arg], doc: str, within: int | None = None) -> bool:
    """Whether some system argument identifies some gold argument.

    Args:
        gold: the gold actors (or recipients, or a one-element speaker list).
        system: the system's.
        doc: the article text both spans point into.
        within: the gold event sentence's start; string spans of both sides are looked up
            from there.

    Returns:
        True when the gold list is empty (anything is accepted), or some pair shares a
        normalized entity, or a non-empty country and sector, or overlapping spans.
    """
    if not gold:
        return True
    return any(_identifies(g, s, doc, within) for g in gold for s in system)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two ``(lat, lon)`` points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def greedy_match(gold: Iterable[G], system: Sequence[S], accept: Callable[[G, S], bool]) -> list[tuple[G, S]]:
    """Pair each gold item, in order, with the first unused system item it accepts.

    Each system item is used at most once; this is the guideline's matching, not an optimal
    assignment, so the numbers agree with the reference scorer.
    """
    used: set[int] = set()
    pairs: list[tuple[G, S]] = []
    for g in gold:
        for j, s in enumerate(system):
            if j not in used and accept(g, s):
                used.add(j)
                pairs.append((g, s))
                break
    return pairs
