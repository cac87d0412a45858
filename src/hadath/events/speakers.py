"""Who speaks, as the quote stage found it, for the event coder.

The quote stage (``mentions/quotes.py``) runs before the coder and follows who speaks from
sentence to sentence: the name after a cue, the sentence's topic, the previous speaker for a
cue with a dropped subject (وأضاف، وطالب), the speaker a participle continues (داعيا). The
coder reads its answer instead of guessing again, for the verbs it codes that are themselves
cues with no subject named (their doer is who speaks) and for first person verbs in someone's
words (ندعو: who says them).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter

from hadath.model import Actor, Quote

_CONTENT_START = attrgetter("content_start")


class QuoteSpeakers:
    """The speakers of an article's quotes, by where their cues and their words are."""

    __slots__ = ("_by_cue", "_said")

    def __init__(self, quotes: Sequence[Quote] = ()) -> None:
        self._by_cue = {q.cue_start: q.speaker for q in quotes if q.speaker is not None}
        # by where the words start, for bisection; the quote stage's words never cross, but a
        # quote may lie inside another's reported words (قال إن الرئيس أكد): the words are told
        # by the outer speaker, so the inner quote is left out here
        said: list[Quote] = []
        for quote in sorted((q for q in quotes if q.speaker is not None), key=_CONTENT_START):
            if not said or quote.content_start >= said[-1].content_end:
                said.append(quote)
        self._said = said

    def at_cue(self, start: int) -> Actor | None:
        """Who speaks through the cue word that starts at ``start`` (None: no quote's cue)."""
        return self._by_cue.get(start)

    def saying(self, offset: int) -> Actor | None:
        """Who says the words ``offset`` lies in (None: no one's quoted words)."""
        k = bisect_right(self._said, offset, key=_CONTENT_START) - 1
        if k < 0 or offset >= self._said[k].content_end:
            return None
        return self._said[k].speaker

    def opening(self, offset: int) -> Actor | None:
        """Who says the words that open right at ``offset`` (None: no one's words open there)."""
        k = bisect_right(self._said, offset, key=_CONTENT_START) - 1
        return self._said[k].speaker if k >= 0 and self._said[k].content_start == offset else None


NO_SPEAKERS = QuoteSpeakers()
