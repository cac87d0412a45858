"""Closed-class words read around triggers, from ``data/lexicon/ar/particles.tsv``."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from hadath.kb.lexicon import data_rows
from hadath.text.normalize import normalize


@cache
def particles() -> dict[str, frozenset[str]]:
    """Normalized particle words by kind (negation, future, locative, recipient ...)."""
    table: dict[str, set[str]] = defaultdict(set)
    for kind, word in data_rows("lexicon/ar/particles.tsv", 2):
        table[kind].add(normalize(word))
    return {k: frozenset(v) for k, v in table.items()}


def is_particle(kind: str, word: str) -> bool:
    """Whether a normalized word (or its form without و/ف) is a particle of a kind."""
    words = particles().get(kind, frozenset())
    return word in words or (word[:1] in "وف" and word[1:] in words)


def is_any_particle(word: str) -> bool:
    """Whether a normalized word is a particle of any kind."""
    return any(is_particle(kind, word) for kind in particles())


def is_number_word(word: str) -> bool:
    """Whether a normalized word is a cardinal number word (ثلاثة، عشرين، مئة)."""
    from hadath.export.plover_fields import lexicon

    return word in lexicon().numbers or (word[:1] in "وف" and word[1:] in lexicon().numbers)
