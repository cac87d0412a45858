"""An index of every name the knowledge base knows, matched over tokens across clitics.

Aliases are normalized word tuples. The first word of an alias is looked up among the
clitic readings of a token (وبالولايات -> الولايات), the following words must equal the
next tokens' normalized forms. Each alias maps to one or more :class:`Candidate` records;
choosing among them is resolution's job, not the index's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from hadath.memo import FormFlag, Memo
from hadath.model import Token
from hadath.text.clitics import ARTICLE, PROCLITIC_LETTERS, form_stems, segmentations
from hadath.text.normalize import normalize

CandidateKind = Literal["actor", "country", "capital", "office", "place", "generic", "group", "unknown"]
MIN_ALIAS_CHARS = 3
# The most letters of proclitics a reading strips: a conjunction, لل or a preposition, the article (وللأ...)
MAX_PROCLITIC_CHARS = 5


@dataclass(frozen=True, slots=True)
class Candidate:
    """What an alias may refer to: a kind, an id within that kind, an entity type."""

    kind: CandidateKind
    ref: str
    label: str  # PER ORG GPE LOC FAC

    def __reduce__(self) -> tuple[type[Candidate], tuple[str, str, str]]:
        # Rebuilt through __init__: the dataclass default (__setstate__ over fields()) made
        # unpickling the cached index several times slower.
        return (type(self), (self.kind, self.ref, self.label))


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """A match over tokens ``[first, last]``; ``skip`` normalized chars of the first token are clitics."""

    first: int
    last: int
    skip: int
    alias: tuple[str, ...]
    candidates: tuple[Candidate, ...]


def alias_key(name: str) -> tuple[str, ...]:
    """The normalized word tuple of a name, punctuation removed."""
    words = normalize(name).replace("-", " ").replace('"', " ").split()
    return tuple(w.strip(".,;:'()") for w in words if w.strip(".,;:'()"))


class AliasIndex:
    """Normalized aliases by first word; longest match first."""

    def __init__(self) -> None:
        # one-word aliases by their word; every alias by its words
        self._single: dict[str, list[Candidate]] = {}
        self._entries: dict[tuple[str, ...], list[Candidate]] = {}
        self._first_words: set[str] = set()
        # the clitic readings' stems (hadath.text.clitics.form_stems) a first word is read
        # from: the word, and without its article (first_word_forms puts it back)
        self._first_stems: set[str] = set()
        # Why: the proper prefixes (two words or more) of longer aliases let match_at walk
        # the tokens once, stopping where no alias goes on, instead of trying every alias
        # sharing the first two words (office titles times countries: hundreds per pair).
        self._stems: set[tuple[str, ...]] = set()
        # Why: most tokens start no alias; remembering which readings of a word do lets
        # match_at skip them with one dict look-up. Cleared whenever an alias is added.
        self._heads: Memo[str, tuple[tuple[str, int], ...]] = Memo(self._alias_heads)
        # the same, noted on the tokens' word forms for find_all's scan of every token
        self._starts = FormFlag("alias_head", self._starts_alias)

    def add(self, name: str, candidate: Candidate) -> None:
        key = alias_key(name)
        if not key or sum(len(w) for w in key) < MIN_ALIAS_CHARS:
            return
        cands = self._entries.get(key)
        if cands is None:
            cands = self._entries[key] = []
            self._first_words.add(key[0])
            self._first_stems.update({key[0], key[0].removeprefix(ARTICLE)})
            if len(key) == 1:
                self._single[key[0]] = cands
            self._stems.update(key[:n] for n in range(2, len(key)))
        if candidate not in cands:
            cands.append(candidate)
        self._heads.clear()
        self._starts.renew()

    def add_all(self, names: Iterable[str], candidate: Candidate) -> None:
        for name in names:
            self.add(name, candidate)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: str) -> bool:
        return alias_key(name) in self._entries

    def lookup(self, name: str) -> list[Candidate]:
        return list(self._entries.get(alias_key(name), ()))

    def words(self) -> set[str]:
        """Every normalized word of every alias (for the tokenizer's lexicon)."""
        return {w for key in self._entries for w in key}

    def match_at(self, tokens: Sequence[Token], i: int) -> AliasMatch | None:
        """The longest alias starting at token ``i`` (clitics allowed on its first word)."""
        heads = self._heads[tokens[i].norm]
        if not heads:
            return None
        best: AliasMatch | None = None
        following = (
            tokens[i + 1].norm
            if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence
            else None
        )
        for form, skip in heads:
            key = self._longest(tokens, i, (form, following)) if following else None
            if key and not (best and len(key) <= best.last - best.first + 1):
                best = AliasMatch(i, i + len(key) - 1, skip, key, tuple(self._entries[key]))
            single = self._single.get(form)
            if single and best is None:
                best = AliasMatch(i, i, skip, (form,), tuple(single))
        return best

    def _longest(self, tokens: Sequence[Token], i: int, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """The longest alias of two words or more that starts with ``key`` (the first two
        words, read at token ``i``) and goes on with the next tokens of the sentence."""
        found = key if key in self._entries else None
        j = i + len(key)
        while key in self._stems and j < len(tokens) and tokens[j].sentence == tokens[i].sentence:
            key += (tokens[j].norm,)
            if key in self._entries:
                found = key
            j += 1
        return found

    def _alias_heads(self, norm: str) -> tuple[tuple[str, int], ...]:
        """The readings of a word (:func:`first_word_forms`) that some alias starts with."""
        if not self._may_head(norm):
            return ()
        return tuple((form, skip) for form, skip in first_word_forms(norm) if form in self._first_words)

    def _may_head(self, norm: str) -> bool:
        """Whether some reading of a word may be an alias's first word: every reading is the
        word without up to :data:`MAX_PROCLITIC_CHARS` letters of proclitics, perhaps with
        the article put back (للأمم -> الأمم). Why: most new words start no alias, and this
        spares listing their segmentations."""
        first = self._first_words
        for k in range(min(len(norm), MAX_PROCLITIC_CHARS) + 1):  # a loop: no generator per word
            if k and norm[k - 1] not in PROCLITIC_LETTERS:
                return False  # a reading strips proclitics only: no later one can start here
            rest = norm[k:]
            if rest in first or ARTICLE + rest in first:
                return True
        return False

    def _starts_alias(self, token: Token) -> bool:
        # most words have no reading any alias starts with: the shared stems answer them
        return (
            token.is_word
            and not form_stems(token).isdisjoint(self._first_stems)
            and bool(self._heads[token.norm])
        )

    def find_all(self, tokens: Sequence[Token]) -> list[AliasMatch]:
        """Non-overlapping longest matches, left to right."""
        out: list[AliasMatch] = []
        # most tokens start no alias: a note on each word form picks out those that may
        starts = self._starts.where(tokens)
        free = 0  # the first token not inside a match already found
        for i in starts:
            if i >= free and (m := self.match_at(tokens, i)):
                out.append(m)
                free = m.last + 1
        return out


@lru_cache(maxsize=200_000)
def first_word_forms(norm: str) -> tuple[tuple[str, int], ...]:
    """Readings of a token usable as an alias's first word, with the clitic length to skip.

    A reading keeps its article (والولايات -> الولايات) and has no pronoun suffix.
    """
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for seg in segmentations(norm):
        if seg.suffix:
            continue
        if seg.has_article:
            # the span starts at the article; a fused لل (للأمم) is kept whole
            form, skip = ARTICLE + seg.stem, seg.prefix_length - 2
        else:
            form, skip = seg.stem, seg.prefix_length
        if form not in seen:
            seen.add(form)
            out.append((form, skip))
    return tuple(out)
