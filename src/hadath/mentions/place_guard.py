"""Keep small places from matching common words.

The gazetteer lists every village GeoNames names in Arabic, and many of those names are
also ordinary words or names of people. A *minor* place (a settlement of fewer than
:data:`MINOR_POPULATION` people, or of unknown size) is therefore read as a place only
where the text says a place follows (a cue word just before it: في، قرب، بلدة، قرية، مدينة;
or a fused ب: ببلدة، بداريا), or where it lies in the article's focus country. Larger places,
regions, units and sites match as before, except a name written with tanween (دومًا is
"always", not Douma) and a name in a common phrase (مسقط رأسه is one's birthplace, بحجة "on
the pretext"; ``idiom`` rows of ``lexicon/ar/place_cues.tsv``); words that are never places alone are in
``lexicon/ar/not_places.txt`` and never enter the index at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from hadath.kb import KnowledgeBase
from hadath.kb.index import AliasMatch, Candidate, alias_key
from hadath.kb.lexicon import data_lines
from hadath.model import Token
from hadath.resolve.relations import in_idiom
from hadath.text.clitics import CONJUNCTION_LETTERS, CONJUNCTIONS

PLACE_CUES_FILE = "lexicon/ar/place_guard_cues.txt"
# Below this many people a town is "minor". GeoNames gives 0 for places of unknown size;
# those are minor too. Measured on dev and on bench/places (docs/DATA.md).
MINOR_POPULATION = 20_000
MINOR_PRECISIONS = frozenset({"city"})
FUSED_CUES = "ب"  # a clitic preposition fused to the name: بداريا (في is never fused)
# Kinds of a candidate that name a place (a capital is a place too: «مسقط رأسه»)
PLACE_KINDS = frozenset({"place", "capital"})
# Tanween marks an indefinite common word (دومًا، درعًا); a place name is never written with it.
TANWEEN = frozenset("\u064b\u064c\u064d")

Matches = list[tuple[list[Token], AliasMatch]]


@cache
def place_cues() -> frozenset[str]:
    """Normalized words that announce a place name right after them."""
    return frozenset(word for line in data_lines(PLACE_CUES_FILE) for word in alias_key(line))


class PlaceGuard:
    """Drops minor-place readings of a name where neither a cue nor the focus country licenses them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.minor = frozenset(
            pid
            for pid, p in kb.places.items()
            if p.precision in MINOR_PRECISIONS and p.population < MINOR_POPULATION
        )
        self.country = {pid: kb.places[pid].country for pid in self.minor}
        self.cues = place_cues()

    def filter(self, text: str, matches: Matches, focus: str) -> Matches:
        """The matches with unlicensed minor places removed; a match left with none is dropped."""
        return self.licensed(self.unworded(text, matches), focus)

    def unworded(self, text: str, matches: Matches) -> Matches:
        """The matches without place readings of a word written with tanween or in a common
        phrase. Why apart from :meth:`licensed`: this does not depend on the focus country, so
        the entity matcher asks it once, not once per focus it tries."""
        out: Matches = []
        for tokens, match in matches:
            kept = match.candidates
            if not any(c.kind in PLACE_KINDS for c in kept):
                out.append((tokens, match))  # nothing here to drop (most names are no place)
                continue
            start, end = tokens[match.first].start, tokens[match.last].end
            if TANWEEN.intersection(text[start:end]):
                kept = tuple(c for c in kept if c.kind != "place")
            if in_idiom(text, start + match.skip, end):
                kept = tuple(c for c in kept if c.kind not in PLACE_KINDS)
            _keep(out, tokens, match, kept)
        return out

    def licensed(self, matches: Matches, focus: str) -> Matches:
        """The matches without the minor places neither a cue nor the focus country licenses."""
        out: Matches = []
        for tokens, match in matches:
            _keep(out, tokens, match, self._licensed(tokens, match, focus))
        return out

    def _licensed(self, tokens: Sequence[Token], match: AliasMatch, focus: str) -> tuple[Candidate, ...]:
        minor = [c for c in match.candidates if c.kind == "place" and c.ref in self.minor]
        if not minor or self.cued(tokens, match):
            return match.candidates
        return tuple(
            c for c in match.candidates if c not in minor or (focus and self.country[c.ref] == focus)
        )

    def cued(self, tokens: Sequence[Token], match: AliasMatch) -> bool:
        """Whether a cue word or a fused ب stands right before the name."""
        first = tokens[match.first]
        if first.norm[: match.skip].lstrip(CONJUNCTION_LETTERS).startswith(FUSED_CUES):
            return True
        if match.first == 0 or tokens[match.first - 1].sentence != first.sentence:
            return False
        before = tokens[match.first - 1].norm
        return before in self.cues or (before.startswith(CONJUNCTIONS) and before[1:] in self.cues)


def _keep(out: Matches, tokens: list[Token], match: AliasMatch, kept: tuple[Candidate, ...]) -> None:
    """Add a match narrowed to the candidates kept to ``out``, unless none is kept."""
    if kept == match.candidates:
        out.append((tokens, match))
    elif kept:
        out.append((tokens, AliasMatch(match.first, match.last, match.skip, match.alias, kept)))
