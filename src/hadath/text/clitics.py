"""Clitic segmentation of normalized Arabic words.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future marker (س), the
article (ال) and pronoun suffixes (ه ها هم ...) joined to the word. ``segmentations``
lists every plausible split of a normalized word, least stripped first; lexicon look-ups
decide among them, so that names and foreign words stay whole (لافروف، فرانس).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

CONJUNCTIONS: tuple[str, ...] = ("و", "ف")
PREPOSITIONS: tuple[str, ...] = ("ب", "ل", "ك")
FUTURE = "س"
ARTICLE = "ال"
# Longest first, so هما is tried before ها and ه.
PRONOUN_SUFFIXES: tuple[str, ...] = ("كما", "هما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Segmentation:
    """One reading of a word: proclitics, stem and pronoun suffix (all normalized)."""

    prefixes: tuple[str, ...]
    stem: str
    suffix: str = ""

    @property
    def prefix_length(self) -> int:
        """Characters of the normalized word taken by the proclitics (ال included)."""
        return sum(len(p) for p in self.prefixes if p != "ل+ال") + (2 if "ل+ال" in self.prefixes else 0)

    @property
    def has_article(self) -> bool:
        return ARTICLE in self.prefixes or "ل+ال" in self.prefixes


def _proclitic_splits(word: str) -> list[tuple[tuple[str, ...], str]]:
    """Splits of the proclitics only: conjunction, then preposition or future, then article."""
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    heads: list[tuple[tuple[str, ...], str]] = [((), word)]
    if word[:1] in CONJUNCTIONS and len(word) > MIN_STEM + 1:
        heads.append(((word[0],), word[1:]))
    for pre, rest in list(heads):
        if rest.startswith("لل") and len(rest) > MIN_STEM + 2:
            # لل = ل + ال with the alef dropped: للأمم -> ل + ال + أمم
            out.append(((*pre, "ل+ال"), rest[2:]))
        if rest[:1] in PREPOSITIONS and len(rest) > MIN_STEM + 1:
            out.append(((*pre, rest[0]), rest[1:]))
        if rest[:1] == FUTURE and len(rest) > MIN_STEM + 2:
            out.append(((*pre, FUTURE), rest[1:]))
        if pre:
            out.append((pre, rest))
    with_article: list[tuple[tuple[str, ...], str]] = []
    for pre, rest in out:
        if rest.startswith(ARTICLE) and len(rest) >= MIN_STEM + 2 and FUTURE not in pre and "ل+ال" not in pre:
            with_article.append(((*pre, ARTICLE), rest[2:]))
    seen: set[tuple[tuple[str, ...], str]] = set()
    result = []
    for item in out + with_article:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result


@lru_cache(maxsize=200_000)
def segmentations(word: str) -> tuple[Segmentation, ...]:
    """Every plausible split of a normalized word, least stripped first."""
    results: list[Segmentation] = []
    for prefixes, rest in _proclitic_splits(word):
        results.append(Segmentation(prefixes, rest))
        if ARTICLE in prefixes or "ل+ال" in prefixes:
            continue  # the article and a possessive suffix never go together
        for suffix in PRONOUN_SUFFIXES:
            if rest.endswith(suffix) and len(rest) - len(suffix) >= MIN_STEM + 1:
                stem = rest[: -len(suffix)]
                # teh marbuta becomes ت before a suffix: زيارته -> زياره + ه
                if stem.endswith("ت"):
                    results.append(Segmentation(prefixes, stem[:-1] + "ه", suffix))
                results.append(Segmentation(prefixes, stem, suffix))
    return tuple(results)


def best_segmentation(word: str, lexicon: frozenset[str] | set[str]) -> Segmentation:
    """The reading a tokenizer commits to: a known word stays whole; else strip only safe clitics.

    Without a lexicon entry, a conjunction or preposition is split off only before the
    article (والولايات، بالمدينة, للأمم), which no word starts with by accident.
    """
    if word in lexicon or len(word) <= MIN_STEM + 1:
        return Segmentation((), word)
    candidates = segmentations(word)
    for seg in candidates:
        if seg.stem in lexicon and seg.prefixes:
            return seg
    for seg in candidates:
        if not seg.suffix and seg.has_article and seg.prefixes[-1] in (ARTICLE, "ل+ال"):
            return seg
    return Segmentation((), word)
