"""The forms of the quote cues' reporting verbs (data/cues.yaml), derived in one place for the
quote finder (mentions/quotes.py), which opens a quote at them, and for the event coder
(events/coder.py), which asks who speaks in the nearest one before the words reported."""

from __future__ import annotations

from collections.abc import Sequence

from hadath.kb.schema import CueRecord
from hadath.text.inflect import Form, verb_forms
from hadath.text.normalize import normalize

MIN_PRESENT_LETTERS = 3  # shorter present forms of a cue are left out


def cue_verb_forms(cue: CueRecord) -> dict[str, Form]:
    """A verb cue's third person forms (قال، قالت، يقول، قالوا), without the present forms
    too short to tell from other words: the jussive ير، تر of رأى is a letter pair in many
    words. Why third person only: أقول، نؤكد، نصف are the speaker's own words inside a quote."""
    return {
        form: info
        for form, info in verb_forms(cue.lemma, cue.present, persons=(3,)).items()
        if info.kind != "present" or len(form) >= MIN_PRESENT_LETTERS
    }


def cue_homographs(cues: Sequence[CueRecord]) -> frozenset[str]:
    """The normalized cue forms also written like a common other word (بين the preposition)."""
    return frozenset(normalize(w) for cue in cues for w in cue.homographs)


def reporting_verb_forms(cues: Sequence[CueRecord]) -> frozenset[str]:
    """The forms of every verb cue (قال، أكد، يقول، حث) but its homographs: words that
    report speech wherever they stand."""
    homographs = cue_homographs(cues)
    return frozenset(
        form for cue in cues if cue.kind == "verb" for form in cue_verb_forms(cue) if form not in homographs
    )
