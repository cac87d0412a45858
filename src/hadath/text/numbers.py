"""Arabic cardinal number words and their values, from ``data/lexicon/ar/numbers.tsv``.

The event coder (is a word a count?) and the PLOVER export (how many people?) read the
same words; they live here, below both layers, so neither depends on the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from hadath.kb.lexicon import NUMBER_KINDS, data_rows
from hadath.text.clitics import without_conjunction
from hadath.text.normalize import normalize

# Word forms whose answers are remembered. Why: the entity matcher asks of the word before
# nearly every token whether it is a count, and news repeats its words.
WORD_CACHE = 100_000


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Normalized number words and their values, by kind."""

    numbers: dict[str, int]  # a count on its own: ثلاثة -> 3
    multipliers: dict[str, int]  # scales the count before it: آلاف -> 1000


@cache
def number_words() -> NumberWords:
    """The shipped number words, normalized."""
    tables: dict[str, dict[str, int]] = {kind: {} for kind in NUMBER_KINDS}
    for kind, word, value in data_rows("lexicon/ar/numbers.tsv", 3):
        tables[kind][normalize(word)] = int(value)
    return NumberWords(*(tables[kind] for kind in NUMBER_KINDS))


@lru_cache(maxsize=WORD_CACHE)
def is_number_word(word: str) -> bool:
    """Whether a normalized word (or its form without و/ف) is a cardinal number word."""
    numbers = number_words().numbers
    return word in numbers or without_conjunction(word) in numbers


@lru_cache(maxsize=WORD_CACHE)
def is_count_word(word: str) -> bool:
    """Whether a normalized word (or its form without و/ف) is a cardinal a counted noun may
    follow: digits, a number word or a multiplier (40، و44، ثلاثة، ألف)."""
    bare = without_conjunction(word)
    return bare.isdigit() or is_number_word(word) or bare in number_words().multipliers
