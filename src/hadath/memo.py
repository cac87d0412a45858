"""A bounded per-object memo for pure functions of one hashable key.

``functools.lru_cache`` is the memo for module-level functions; a stage whose answer also
depends on its own fixed state (a lexicon, an alias index) keeps a :class:`Memo` instead,
so that the cache dies with the object and a hit costs one C-level dict look-up. A yes/no
question asked of every token (does it open a name?) is a :class:`FormFlag`, noted on the
word forms the tokens share.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DEFAULT_LIMIT = 500_000  # entries; a cluster worker sees millions of word forms
_FORM = attrgetter("form")


class Memo(dict[K, V], Generic[K, V]):
    """``memo[key]`` is ``compute(key)``, computed once; emptied when it reaches ``limit``.

    ``compute`` must be pure for the owner's lifetime; an owner whose state changes
    calls :meth:`clear`. A memo pickles empty: its content is a cache, not state.
    """

    def __init__(self, compute: Callable[[K], V], limit: int = DEFAULT_LIMIT) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()  # crude but bounded; the hot words come back within an article
        value = self[key] = self.compute(key)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.compute, self.limit))


class FormFlag:
    """A yes/no fact of word forms, noted on each token's :class:`~hadath.model.WordForm`.

    ``test(token)`` must depend on the token's form alone (its norm, stem, clitics) and on
    the owner's fixed state. :meth:`where` answers it for a sentence's tokens, working it
    out once per form: the answer is noted in the form's ``slot`` as this flag's own
    ``yes`` or ``no`` marker, so a note another flag wrote there reads as missing. An owner
    whose state changes calls :meth:`renew`.
    """

    __slots__ = ("_get", "no", "slot", "test", "yes")

    def __init__(self, slot: str, test: Callable[[Any], bool]) -> None:
        self.slot = slot
        self.test = test
        self._get = attrgetter(slot)
        self.yes, self.no = object(), object()

    def renew(self) -> None:
        """Forget every note written so far (new markers)."""
        self.yes, self.no = object(), object()

    def note(self, token: Any) -> bool:
        """Work the fact out for a token and note it on its form."""
        value = bool(self.test(token))
        setattr(token.form, self.slot, self.yes if value else self.no)
        return value

    def where(self, tokens: Sequence[Any]) -> list[int]:
        """Indices of the tokens for which the fact holds."""
        yes = self.yes
        # Why: seven flags ask this of every token of every sentence; once every form is
        # noted (most sentences after the first articles), the notes are read, counted and
        # picked at C speed, with no Python step per token
        notes = list(map(self._get, map(_FORM, tokens)))
        # the no count first: for most flags, most sentences hold no word of theirs, and a
        # match (one identity test) is what count finds cheapest
        unfound = notes.count(self.no)
        if unfound == len(notes):
            return []
        found = notes.count(yes)
        if found + unfound != len(notes):
            return self._noting(tokens, notes)
        return list(compress(range(len(notes)), map(is_, notes, repeat(yes)))) if found else []

    def _noting(self, tokens: Sequence[Any], notes: list[object]) -> list[int]:
        """:meth:`where` for a sentence some of whose forms are not noted yet (``notes``: each
        token's note as read), noting those. Why one pass over the notes read, not a pass to pick
        the missing ones first: in an article not seen before most sentences have new forms,
        and the picking cost more than it spared. Why the noting is written out here rather than
        calling :meth:`note`: a new form is met once per flag, seven flags a word, and two calls
        less each were a measurable part of a first pass over new articles."""
        yes, no, get, test, slot = self.yes, self.no, self._get, self.test, self.slot
        found: list[int] = []
        for i, note in enumerate(notes):
            if note is not yes and note is not no:
                token = tokens[i]
                # an earlier token of its form may have noted it since the notes were read
                note = get(token.form)
                if note is not yes and note is not no:
                    note = yes if test(token) else no
                    setattr(token.form, slot, note)
            if note is yes:
                found.append(i)
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.slot, self.test))
