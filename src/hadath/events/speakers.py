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

from hadath.model import Actor, Quote


class QuoteSpeakers:
    """The speakers of an article's quotes, by where their cues and their words are."""

    __slots__ = ("_by_cue", "_content_ends", "_content_speakers", "_content_starts")

    def __init__(self, quotes: Sequence[Quote] = ()) -> None:
        self._by_cue = {q.cue_start: q.speaker for q in quotes if q.speaker is not None}
        # by where the words start, for bisection; the quote stage's words never overlap
        said = sorted(
            ((q.content_start, q.content_end, q.speaker) for q in quotes if q.speaker is not None),
            key=lambda item: item[0],
        )
        self._content_starts = [start for start, _, _ in said]
        self._content_ends = [end for _, end, _ in said]
        self._content_speakers = [speaker for _, _, speaker in said]

    def at_cue(self, start: int) -> Actor | None:
        """Who speaks through the cue word that starts at ``start`` (None: no quote's cue)."""
        return self._by_cue.get(start)

    def saying(self, offset: int) -> Actor | None:
        """Who says the words ``offset`` lies in (None: no one's quoted words)."""
        k = bisect_right(self._content_starts, offset) - 1
        if k < 0 or offset >= self._content_ends[k]:
            return None
        return self._content_speakers[k]


NO_SPEAKERS = QuoteSpeakers()
