"""Closed-class words read around triggers, from ``data/lexicon/ar/particles.tsv``."""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import cache
from importlib import resources

from hadath.text.normalize import normalize


@cache
def particles() -> dict[str, frozenset[str]]:
    """Normalized particle words by kind (negation, future, locative, recipient ...)."""
    text = resources.files("hadath.data").joinpath("lexicon/ar/particles.tsv").read_text(encoding="utf-8")
    table: dict[str, set[str]] = defaultdict(set)
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    for kind, word in csv.reader(lines, delimiter="\t"):
        table[kind].add(normalize(word))
    return {k: frozenset(v) for k, v in table.items()}


def is_particle(kind: str, word: str) -> bool:
    """Whether a normalized word (or its form without و/ف) is a particle of a kind."""
    words = particles().get(kind, frozenset())
    return word in words or (word[:1] in "وف" and word[1:] in words)
