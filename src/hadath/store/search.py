"""Full-text search terms: Arabic words indexed the way the language layer reads them.

SQLite's FTS5 tokenizers and PostgreSQL's ``simple`` configuration split Arabic only on
spaces, so a search for مفاوضات would miss بالمفاوضات. The store therefore indexes, for
every word, its normalized form (:func:`hadath.text.normalize.normalize`) plus the stems
left when its proclitics (و، ف، ب، ل، ك، س، ال) are stripped and the stem the tokenizer
commits to (:func:`hadath.text.clitics.best_segmentation`). A query word matches when its
normalized form or its stem is among a document's terms, so بالمفاوضات, والمفاوضات and
مفاوضات find each other. Both backends index the same terms; only the index differs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hadath.text.clitics import best_segmentation, segmentations
from hadath.text.normalize import normalize
from hadath.text.tokens import tokenize

# A term is letters and digits only, so it is never FTS5 or tsquery syntax.
_TERM = re.compile(r"[^\W_]+")


def _words(text: str) -> list[tuple[str, str]]:
    """(normalized word, surface) for each word of a text; punctuation dropped."""
    out: list[tuple[str, str]] = []
    for start, end in tokenize(text):
        surface = text[start:end]
        norm = normalize(surface)
        if _TERM.fullmatch(norm):
            out.append((norm, surface))
    return out


def word_terms(norm: str, surface: str = "") -> list[str]:
    """What one normalized word is indexed under: itself, its proclitic-free stems, its best stem."""
    terms = [norm]
    terms.extend(s.stem for s in segmentations(norm) if not s.suffix)
    terms.append(best_segmentation(norm, surface=surface).stem)
    return [t for t in dict.fromkeys(terms) if _TERM.fullmatch(t)]


@lru_cache(maxsize=200_000)
def surface_terms(surface: str) -> tuple[str, ...]:
    """The terms of one word as written (none for punctuation); cached, as words repeat a lot."""
    norm = normalize(surface)
    return tuple(word_terms(norm, surface)) if _TERM.fullmatch(norm) else ()


def index_terms(*texts: str) -> str:
    """The space-separated, de-duplicated terms that index some texts (title, body, sentence).

    Each term appears once: the stores rank nothing, they only filter, so repeats would
    only make the index bigger.
    """
    seen: dict[str, None] = {}
    for text in texts:
        for surface in dict.fromkeys(text[start:end] for start, end in tokenize(text)):
            seen.update(dict.fromkeys(surface_terms(surface)))
    return " ".join(seen)


def query_groups(query: str) -> list[list[str]]:
    """A query as one group of alternative terms per word; a document must match every group.

    A word's alternatives are its normalized form and the stem the tokenizer reads in it,
    so the query بالمفاوضات becomes ``[["بالمفاوضات", "مفاوضات"]]``.
    """
    groups: list[list[str]] = []
    for norm, surface in _words(query):
        stem = best_segmentation(norm, surface=surface).stem
        group = [t for t in dict.fromkeys((norm, stem)) if _TERM.fullmatch(t)]
        if group and group not in groups:
            groups.append(group)
    return groups
