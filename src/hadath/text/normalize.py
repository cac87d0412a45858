"""Arabic normalization for matching, with a map back to original offsets.

Matching happens on a normalized view; output keeps the original text. ``normalize`` is
used for lexicon keys and token forms; ``normalize_with_map`` also returns, for every
normalized character, the offset of the original character it came from, so a match in
the normalized view becomes a span of the article.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from hadath.memo import Memo

# Harakat, Quranic marks, superscript alef: removed.
_DIACRITICS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
# Tatweel and invisible format characters: removed.
_REMOVED = _DIACRITICS | frozenset(
    "\u0640\u200b\u200c\u200d\u200e\u200f\ufeff\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u00ad"
)
_MAPPED: dict[str, str] = {
    # alef variants, hamza carriers, alef maksura, teh marbuta
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي",
    "ؤ": "و", "ة": "ه", "ۀ": "ه", "ھ": "ه", "ک": "ك", "گ": "ك",
    # number signs (the punctuation marks are _ARABIC_MARKS, merged below)
    "٪": "%", "٫": ".", "٬": ",",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-",
}  # fmt: skip
# Arabic punctuation marks and the Latin ones normalize writes for them
_ARABIC_MARKS = {"،": ",", "؛": ";", "؟": "?"}
_MAPPED.update(_ARABIC_MARKS)
# What ends a clause inside a sentence, as normalize writes it (tokens' ``norm``): a comma or a
# semicolon, and the stronger stops. Raw text spells them in either script (in_raw_text).
CLAUSE_COMMAS = frozenset({",", ";"})
CLAUSE_BREAKS = CLAUSE_COMMAS | {".", ":"}
COMMAS = frozenset({","})


def in_raw_text(marks: frozenset[str]) -> frozenset[str]:
    """Normalized punctuation ``marks`` as raw text may spell them: each one, and each Arabic
    mark that normalizes to one of them (، for ,)."""
    return marks | {mark for mark, out in _ARABIC_MARKS.items() if out in marks}


@lru_cache(maxsize=16)
def _breaks_pattern(marks: frozenset[str]) -> re.Pattern[str]:
    """What of ``marks`` breaks a clause in text: each mark, but a comma between two digits
    groups a number's thousands (1,500) and breaks nothing."""
    others = "".join(sorted(marks - COMMAS))
    alternatives = [f"[{re.escape(others)}]"] if others else []
    if COMMAS & marks:
        alternatives.append(r"(?<!\d),|,(?!\d)")
    return re.compile("|".join(alternatives) or "(?!)")


def has_clause_break(text: str, marks: frozenset[str]) -> bool:
    """Whether one of ``marks`` breaks a clause in ``text`` (a thousands comma does not)."""
    return _breaks_pattern(marks).search(text) is not None


def last_clause_break(text: str, marks: frozenset[str]) -> int:
    """The offset of the last of ``marks`` in ``text`` that breaks a clause, or -1."""
    found = -1
    for match in _breaks_pattern(marks).finditer(text):
        found = match.start()
    return found


def first_clause_break(text: str, start: int, end: int, marks: frozenset[str]) -> int:
    """The offset of the first of ``marks`` from ``start`` before ``end`` that breaks a
    clause, or ``end``; the digits around a comma are read past both bounds. The search stops
    one past ``end``: that character is all a comma just before ``end`` needs to be judged."""
    match = _breaks_pattern(marks).search(text, start, end + 1)
    return match.start() if match and match.start() < end else end


for _zero in (0x0660, 0x06F0):  # Arabic-Indic and Persian digits
    for _i in range(10):
        _MAPPED[chr(_zero + _i)] = str(_i)
_SPACES = frozenset(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
)


@lru_cache(maxsize=4096)
def _char(c: str) -> str:
    """The normalized form of one character (possibly empty or several characters)."""
    if c in _REMOVED:
        return ""
    if c in _SPACES:
        return " "
    if c in _MAPPED:
        return _MAPPED[c]
    if "\ufb50" <= c <= "\ufeff" or "\uff00" <= c <= "\uffef":  # presentation forms, full width
        out = unicodedata.normalize("NFKC", c)
        return "".join(_char(x) if x != c else x for x in out)
    return c.lower()


class _Table(dict[int, str]):
    """``str.translate`` table filled on first sight of each code point from :func:`_char`.

    Why: translating in C is an order of magnitude faster than joining ``_char`` per
    character, and the table stays small (one entry per distinct character ever seen).
    ``odd`` is a pattern for the characters seen so far that do not map to exactly one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.odd: re.Pattern[str] | None = None  # None while no such character was seen
        self._odd_chars: set[str] = set()
        self._lock = threading.Lock()  # threads filling the table must not lose a character

    def __missing__(self, code: int) -> str:
        out = _char(chr(code))
        if len(out) != 1:
            with self._lock:
                self._odd_chars.add(chr(code))
                self.odd = re.compile("[" + re.escape("".join(sorted(self._odd_chars))) + "]")
        self[code] = out
        return out


_TABLE = _Table()


def _translated(text: str) -> str:
    return text.translate(_TABLE)


# Why: ``str.translate`` looks each character of an Arabic word up in the table, a few
# microseconds a word; news repeats its words, so each short text is translated once and then
# read in one look-up.
_KNOWN: Memo[str, str] = Memo(_translated, limit=200_000)
# Texts longer than this are normalized by :func:`_changed`'s pattern, shorter ones by ``translate``
# (once per text, :data:`_KNOWN`).
_LONG = 64


@lru_cache(maxsize=1)
def _changed() -> re.Pattern[str]:
    """A pattern for the characters :func:`_char` changes (and for every astral one, looked
    up in the table too): every other character normalizes to itself.

    Why: ``str.translate`` looks every character of an Arabic text up in the table, most of
    them to keep it; a C-level search finds the few to change in a fraction of that time.
    """
    changed = set(_REMOVED) | set(_SPACES) | set(_MAPPED)
    changed.update(c for c in map(chr, range(0xFB50, 0xFFF0)))  # presentation forms, full width
    changed.update(c for c in map(chr, range(0x10000)) if c.lower() != c)
    changed -= {chr(c) for c in range(0xD800, 0xE000)}  # lone surrogates stay as they are
    return re.compile("[" + re.escape("".join(sorted(changed))) + "\U00010000-\U0010ffff]")


def _replacement(m: re.Match[str]) -> str:
    return _TABLE[ord(m.group())]


@lru_cache(maxsize=1)
def _frequent() -> tuple[tuple[str, str], ...]:
    """The characters an Arabic text changes most often (one in twelve of its characters:
    teh marbuta, hamza carriers, alef maksura, Arabic punctuation, guillemets, harakat,
    tatweel), each with what it becomes, which normalizes to itself.

    Why: :func:`_changed`'s pattern calls Python once per character it finds; ``str.replace``
    changes all of one character at C speed, leaving the pattern the rare ones.
    """
    chars = "ةأإآىئؤ،؛؟«»\u0640" + "".join(map(chr, range(0x064B, 0x0653)))
    # each is looked up in the table once, as the pattern would: the offset map needs to know
    # the characters that do not map to exactly one (harakat, tatweel)
    pairs = tuple((c, _TABLE[ord(c)]) for c in chars)
    # replaced once, each must stay so; a check that python -O keeps, unlike an assert
    if unstable := sorted({x for _, out in pairs for x in out if _char(x) != x}):
        raise ValueError(f"normalizing changes these again: {unstable}")
    return pairs


def normalize(text: str) -> str:
    """Normalize a string for matching: no diacritics, unified letters, ASCII digits."""
    if len(text) > _LONG:
        for char, out in _frequent():
            text = text.replace(char, out)
        return _changed().sub(_replacement, text)
    return _KNOWN[text]


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalized text and, per normalized character, its original offset.

    The map has one extra final entry, ``len(text)``, so that an exclusive end offset
    ``e`` in the normalized text maps to ``offsets[e]`` in the original.
    """
    last = _last_whole
    if last is not None and last[0] is text:  # the text normalize_span read: hand it out again
        return last[1], list(last[2])
    norm, offsets, _ = _with_map(text)
    return norm, offsets


def normalize_span(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``normalize_with_map(text[start:end])``, read off the normalization of all of ``text``.

    Why: the date matcher normalizes an article sentence by sentence and the event placer
    all of it; with the last text's normalization kept (and handed out again by
    :func:`normalize_with_map` for that same text), each character is normalized once.
    Each character is normalized on its own, so a span's normalization is a slice of the
    whole's.
    """
    norm, offsets, bent = _whole(text)
    end = min(end, len(text))
    start = min(start, end)
    if not bent:  # one normalized character per original one: the map is the identity
        return norm[start:end], list(range(end - start + 1))
    lo, hi = bisect_left(offsets, start), bisect_left(offsets, end)
    span = list(map((-start).__add__, offsets[lo:hi]))
    span.append(end - start)
    return norm[lo:hi], span


def normalized_whole(text: str) -> str:
    """``normalize(text)``, kept for the last text as :func:`normalize_span` keeps it."""
    return _whole(text)[0]


def normalized_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where ``normalize_span(text, start, end)``'s text lies in ``normalized_whole(text)``."""
    _, offsets, bent = _whole(text)
    end = min(end, len(text))
    start = min(start, end)
    if not bent:
        return start, end
    return bisect_left(offsets, start), bisect_left(offsets, end)


def normalize_slice(text: str, start: int, end: int) -> str:
    """``normalize(text[start:end])`` without a map, read off the normalization of all of
    ``text`` as :func:`normalize_span` does (why: the place resolver reads a few words
    around every name of an article)."""
    norm, offsets, bent = _whole(text)
    end = min(end, len(text))
    start = min(max(start, 0), end)
    if not bent:
        return norm[start:end]
    return norm[bisect_left(offsets, start) : bisect_left(offsets, end)]


def _whole(text: str) -> tuple[str, list[int], bool]:
    """The normalization of all of ``text``, its map and whether it bends, kept for the last text."""
    global _last_whole
    last = _last_whole
    if last is None or last[0] is not text:
        last = _last_whole = (text, *_with_map(text))
    return last[1], last[2], last[3]


# The last text normalize_span read: (text, its normalization, its map, whether the map bends).
_last_whole: tuple[str, str, list[int], bool] | None = None


def _with_map(text: str) -> tuple[str, list[int], bool]:
    """The normalized text, its offset map, and whether the map bends (is no identity)."""
    norm = normalize(text)  # also fills the table (and its odd pattern) for ``text``
    # Most characters map to exactly one; only removed or expanded ones bend the map.
    # Why a pattern: a C-level search finds them far faster than a set of the text's characters.
    odd = _TABLE.odd
    if odd is None or (first := odd.search(text)) is None:
        return norm, list(range(len(text) + 1)), False
    offsets: list[int] = []
    done = 0
    for m in odd.finditer(text, first.start()):
        i = m.start()
        offsets.extend(range(done, i))
        offsets.extend([i] * len(_TABLE[ord(text[i])]))
        done = i + 1
    offsets.extend(range(done, len(text) + 1))
    return norm, offsets, True


_TRAILING = _DIACRITICS | {"\u0640"}


def original_span(text: str, offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a normalized ``[start, end)`` span to the original ``text``.

    The end moves past diacritics and tatweel attached to the last letter, so the span
    covers the whole written word.
    """
    o_start = offsets[start]
    o_end = offsets[end - 1] + 1 if end > start else o_start
    while o_end < len(text) and text[o_end] in _TRAILING:
        o_end += 1
    return o_start, o_end
