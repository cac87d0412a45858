"""Near-duplicate articles: MinHash signatures of word shingles, and LSH band keys.

Agencies' copy is republished by many outlets with small edits (a headline, a dateline,
a closing line). Two such articles share most of their word n-grams, so the Jaccard
similarity of their shingle sets is high; MinHash estimates it from fixed-size
signatures, and LSH bands find the candidates through an index instead of comparing every
pair. Words are compared after the project's normalization, so spelling variants of
hamza, ta marbuta and alif maqsura do not hide a copy.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np

from hadath.dedup.settings import CopySettings
from hadath.text.normalize import normalize

# The largest prime below 2**32: (a * x + b) mod P stays inside uint64 arithmetic.
_PRIME = np.uint64(4294967291)
_SEED = 20150721


@lru_cache(maxsize=8)
def _permutations(count: int) -> tuple[np.ndarray, np.ndarray]:
    """Fixed random (a, b) pairs: signatures are comparable across runs and machines."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, int(_PRIME), size=count, dtype=np.uint64)
    b = rng.integers(0, int(_PRIME), size=count, dtype=np.uint64)
    return a, b


def shingles(text: str, size: int) -> np.ndarray:
    """The distinct hashed word ``size``-grams of a text, after normalization."""
    words = normalize(text).split()
    if len(words) < size:
        return np.empty(0, dtype=np.uint64)
    grams = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))


def signature(text: str, settings: CopySettings) -> np.ndarray | None:
    """The MinHash signature of a text, or ``None`` when it is shorter than one shingle."""
    return signature_of(shingles(text, settings.shingle_words), settings)


def signature_of(hashed: np.ndarray, settings: CopySettings) -> np.ndarray | None:
    """The MinHash signature of hashed shingles (``None`` for none)."""
    if not hashed.size:
        return None
    a, b = _permutations(settings.permutations)
    values = (a[:, None] * hashed[None, :] + b[:, None]) % _PRIME
    return values.min(axis=1).astype(np.uint32)


def band_keys(sig: np.ndarray, settings: CopySettings) -> list[str]:
    """One key per band: two articles sharing any key are candidate copies."""
    rows = settings.rows
    return [
        f"{band}:{zlib.crc32(sig[band * rows : (band + 1) * rows].tobytes()):08x}"
        for band in range(settings.bands)
    ]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    if a.shape != b.shape:
        return 0.0
    return float(np.mean(a == b))


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """The share of the smaller shingle set found in the other, from their Jaccard and sizes.

    An outlet that runs the first half of an agency story, or adds its own paragraphs, has
    a low Jaccard with the full story but contains (or is contained in) most of it.
    """
    if not size_a or not size_b:
        return 0.0
    shared = jaccard / (1 + jaccard) * (size_a + size_b)
    return min(1.0, shared / min(size_a, size_b))


def to_text(sig: np.ndarray | None) -> str:
    """A signature as text for the store ('' for none)."""
    return "" if sig is None else sig.astype(">u4").tobytes().hex()


def from_text(text: str) -> np.ndarray | None:
    """The signature :func:`to_text` wrote."""
    return np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32) if text else None
