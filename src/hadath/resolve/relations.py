"""How a place name relates to where an event happened, from the words around it.

"على بعد 20 كم شمال حلب" puts the event 20 km north of Aleppo; "جنوب غرب دمشق"، "في محيط
حمص"، "على أطراف المدينة"، "ريف إدلب" put it near the named place; "شمال العراق" names a
part of a country. "بلدة دوما التابعة لمحافظة ريف دمشق" and "X في ريف Y" name the unit that
contains a place, which tells apart places sharing a name. The words live in
``data/lexicon/ar/place_cues.tsv``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from hadath.kb.lexicon import data_rows
from hadath.text.normalize import normalize, normalize_slice, normalize_span, normalized_whole

KM_PER_DEGREE = 111.2
# A direction naming a part of a country or province ("شمال العراق") moves the point this far
# from the unit's centre toward that side: a country's or a province's part, not a point near it.
PART_OFFSET_KM = {"country": 250.0, "admin1": 40.0, "region": 40.0}
OPPOSITE_SIDES = 0.1  # length of the summed unit vectors of two sides facing each other
CUE_WINDOW = 60  # characters before a name searched for its cue phrase
LINK_WINDOW = 40  # characters after a name searched for the unit containing it


@dataclass(frozen=True, slots=True)
class PlaceCues:
    """Normalized cue words by kind."""

    directions: dict[str, int]
    near: frozenset[str]
    units: dict[str, int]
    distance: frozenset[str]
    heads: frozenset[str]
    settlements: frozenset[str]  # the heads of a place people live in (بلدة، قرية، مخيم)
    links: frozenset[str]
    parts: frozenset[str]
    seats: frozenset[str]
    country_words: frozenset[str]
    clauses: frozenset[str]
    relatives: frozenset[str]  # the clause words whose clause describes the name before them
    hosts: frozenset[str]  # stems of the words for hosting an event (تستضيف، باستضافتها)
    targets: frozenset[str]  # words before the place a material act reaches (على، إلى)
    undergoes: frozenset[str]  # a word before a material act whose place precedes it (تحت)
    anaphors: dict[str, int]  # المدينة، المحافظة: the last place named of this specificity
    idioms: frozenset[str]  # a place's name and the word after it that make a common phrase
    times: frozenset[str]  # words that tell an act as before or after another (بعد تحريرها)
    titles: frozenset[str]  # nouns of office whose place after في is part of the title (السفير في لبنان)
    topics: frozenset[str]  # nouns whose place after في is the matter's, not the talk's (الأزمة في اليمن)
    gatherings: frozenset[str]  # stems of words for a meeting, a visit or an arrival (لقائهما، وصل)


@cache
def place_cues() -> PlaceCues:
    """The shipped place cue words, normalized."""
    tables: dict[str, dict[str, int]] = {}
    for kind, word, value in data_rows("lexicon/ar/place_cues.tsv", 3):
        tables.setdefault(kind, {})[normalize(word)] = int(value)
    kinds = (
        "near",
        "distance",
        "head",
        "link",
        "part",
        "seat",
        "country_word",
        "clause",
        "host",
        "target",
        "idiom",
        "time",
        "title",
        "topic",
        "gathering",
    )
    words = {k: frozenset(tables.get(k, {})) for k in kinds}
    return PlaceCues(
        tables.get("direction", {}), words["near"], tables.get("unit", {}), words["distance"],
        words["head"],
        frozenset(w for w, v in tables.get("head", {}).items() if v == 1), words["link"], words["part"],
        words["seat"], words["country_word"],
        words["clause"], frozenset(w for w, v in tables.get("clause", {}).items() if v == 1),
        words["host"], frozenset(w for w, v in tables.get("target", {}).items() if v == 0),
        frozenset(w for w, v in tables.get("target", {}).items() if v == 1), tables.get("anaphor", {}),
        words["idiom"], words["time"], words["title"], words["topic"], words["gathering"],
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Relation:
    """Where an event lies with respect to a named place.

    ``kind`` is ``at`` (the place itself), ``near`` (its surroundings), ``offset`` (a distance
    and a bearing from it) or ``part`` (a side of a country or province); ``start`` is where
    the cue phrase begins in the text (the name's own start for ``at``); ``sides``: how many
    sides a ``part`` joins («شمال وغرب العراق»: two).
    """

    kind: str
    start: int
    bearing: int | None = None
    km: float | None = None
    sides: int = 1


def _alternation(words: object) -> str:
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _cue_pattern() -> re.Pattern[str]:
    """A cue phrase that ends where a place name begins (matched on normalized text)."""
    cues = place_cues()
    lead = r"(?<![\w])(?:[وف]?(?:ب|ل|في\s+|الي\s+|علي\s+|من\s+)?)"
    distance = (
        rf"(?:(?<![\w])(?P<dist>{_alternation(cues.distance)})\s+(?:نحو\s+|حوالي\s+|قرابه\s+)?"
        rf"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>{_alternation(cues.units)})\s+)"
    )
    sides = _alternation(cues.directions)
    # "شمال وغرب العراق": two sides joined name the part between them
    direction = rf"(?:{lead}(?P<dir>{sides})(?:\s+و(?P<dir2>{sides}))?\s+(?:من\s+)?)"
    near = rf"(?:{lead}(?P<near>{_alternation(cues.near)})\s+(?:من\s+)?)"
    head = rf"(?:{lead}(?:ال)?(?:{_alternation(cues.heads)})\s+)?"
    # "من" alone opens nothing: it counts only after a distance ("على بعد 5 كم من حلب")
    return re.compile(rf"{distance}?(?:{direction}|{near}|من\s+){head}[وفبل]?$")


@lru_cache(maxsize=4096)  # why: asked again for each event of the name's sentence
def relation_before(text: str, start: int) -> Relation:
    """How the words just before a place name at ``start`` relate the event to it."""
    window_start = max(0, start - CUE_WINDOW)
    window, offsets = normalize_span(text, window_start, start)
    m = _cue_pattern().search(window)
    if m is None or not (m["num"] or m["dir"] or m["near"]):
        return Relation("at", start)
    cues = place_cues()
    cue_start = window_start + offsets[min(m.start(g) for g in ("dist", "dir", "near") if m[g])]
    bearing = _bearing(m["dir"], m["dir2"]) if m["dir"] else None
    if m["num"]:
        metres = float(m["num"].replace(",", ".")) * cues.units[re.sub(r"\s+", " ", m["unit"])]
        return Relation("offset", cue_start, bearing, metres / 1000)
    if bearing is not None:
        return Relation("part", cue_start, bearing, sides=2 if m["dir2"] else 1)
    return Relation("near", cue_start)


def _bearing(side: str, other: str | None) -> int | None:
    """The compass bearing of a side word, or of the part between two joined sides."""
    directions = place_cues().directions
    first = directions.get(re.sub(r"\s+", " ", side))
    second = directions.get(re.sub(r"\s+", " ", other)) if other else None
    if first is None or second is None:
        return first
    x = math.sin(math.radians(first)) + math.sin(math.radians(second))
    y = math.cos(math.radians(first)) + math.cos(math.radians(second))
    if math.hypot(x, y) < OPPOSITE_SIDES:
        return None  # "شمال وجنوب البلاد": opposite sides, the whole of it
    return round(math.degrees(math.atan2(x, y))) % 360


def offset_point(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) toward a compass bearing (flat-earth; short distances)."""
    rad = math.radians(bearing)
    dlat = km * math.cos(rad) / KM_PER_DEGREE
    dlon = km * math.sin(rad) / (KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.01))
    return max(-90.0, min(90.0, lat + dlat)), (lon + dlon + 180) % 360 - 180


def placed(relation: Relation, lat: float, lon: float, precision: str) -> tuple[float, float, str]:
    """The point and precision an event takes from a place and its relation.

    An offset ("20 كم شمال حلب") moves the point and is ``relative``; a side of a country or
    province ("شمال العراق") moves toward that side and stays a ``region``; a side of a city
    or the surroundings of any place ("جنوب حلب"، "ريف حماة") keep the point and are ``near``.
    """
    if relation.kind == "offset" and relation.km is not None:
        bearing = relation.bearing if relation.bearing is not None else 0
        km = relation.km if relation.bearing is not None else 0.0  # "على بعد 5 كم من": near, no side
        la, lo = offset_point(lat, lon, bearing, km)
        return la, lo, "relative"
    if relation.kind == "part" and relation.bearing is not None:
        km = PART_OFFSET_KM.get(precision)
        if km is None:
            return lat, lon, "near"
        la, lo = offset_point(lat, lon, relation.bearing, km)
        return la, lo, "region"
    if relation.kind == "near":
        return lat, lon, "near"
    return lat, lon, precision


@cache
def _link_pattern() -> re.Pattern[str]:
    """Words joining a place to the unit containing it, up to that unit's name."""
    cues = place_cues()
    heads = _alternation(cues.heads | cues.near)
    links = _alternation(cues.links)
    return re.compile(rf"^\s*(?:\(\s*)?(?:(?:[وف]?(?:{links}))\s*)?(?:(?:ال)?(?:{heads})\s+)?(?:ال)?$")


def links_to(text: str, end: int, next_start: int) -> bool:
    """Whether the words between a name ending at ``end`` and the next name starting at
    ``next_start`` say the second contains the first ("التابعة لمحافظة"، "في ريف"، "بمدينة")."""
    between = text[end:next_start]
    if next_start < end or next_start - end > LINK_WINDOW or not between.strip():
        return False  # two names side by side (قصفت روسيا حلب) are no containment
    return _link_pattern().match(normalize(between)) is not None


def written_anywhere(text: str, stems: frozenset[str]) -> bool:
    """Whether one of the stems is in the text's normalization anywhere. Why: a test of the
    words around each name for a stem (:func:`hosts`) can only hold then, and each character
    normalizes on its own, so a window's normalization is a slice of the whole's; one search
    per article spares the test of every name in most articles."""
    whole = normalized_whole(text)
    return any(stem in whole for stem in stems)


def hosts(text: str, start: int, end: int) -> bool:
    """Whether a name is told as hosting what happens, by a word for hosting right before it
    («تستضيفها المملكة المغربية») or right after it («رحبت المغرب باستضافتها»)."""
    before = normalize_slice(text, max(0, start - CUE_WINDOW), start).split()[-1:]
    after = normalize_slice(text, end, end + CUE_WINDOW).split()[:1]
    stems = place_cues().hosts
    return any(stem in word for word in before + after for stem in stems)


def in_idiom(text: str, start: int, end: int) -> bool:
    """Whether a place's name, with a clitic fused before it and the words after it, makes a
    common phrase («مسقط رأسه»: one's birthplace, not Muscat; «بحجة»: on the pretext)."""
    idioms = place_cues().idioms
    first, last = max(0, start - 1), end + CUE_WINDOW
    # Why: asked of every name, and the idioms are a few letters long. Normalizing works
    # letter by letter, so a shorter window normalizes to a prefix of the full one; once
    # that prefix is as long as the longest idiom it gives the same answer.
    longest = max(map(len, idioms), default=0)
    written = normalize(text[first : min(last, first + 2 * longest + 1)]).lstrip()
    if len(written) < longest:
        written = normalize(text[first:last]).lstrip()
    return written.startswith(tuple(idioms))
