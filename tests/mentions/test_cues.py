"""The reporting verb forms the quote finder and the event coder share (mentions/cues.py)."""

from __future__ import annotations

import pytest

from hadath.kb.schema import CueRecord
from hadath.mentions.cues import cue_verb_forms, reporting_verb_forms
from hadath.mentions.quotes import _attribution_phrases


def test_cue_verb_forms_are_third_person_without_short_presents() -> None:
    forms = set(cue_verb_forms(CueRecord(lemma="رأى", present="يرى")))  # normalized: ى -> ي، أ -> ا
    assert {"راي", "رات", "يري", "تري"} <= forms
    assert not {"ير", "تر", "اري", "نري"} & forms


def test_short_past_forms_stay() -> None:
    assert "حث" in cue_verb_forms(CueRecord(lemma="حث", present="يحث"))


def test_reporting_verb_forms_leave_out_homographs_and_other_kinds() -> None:
    cues = [
        CueRecord(lemma="قال", present="يقول"),
        CueRecord(lemma="بين", present="يبين", homographs=["بين"]),
        CueRecord(lemma="بيان", kind="venue"),
    ]
    forms = reporting_verb_forms(cues)
    assert {"قال", "قالت", "يقول", "يبين"} <= forms
    assert not {"بين", "بيان"} & forms


def test_an_attribution_phrase_is_keyed_without_the_preposition_that_ends_it() -> None:
    cues = [
        CueRecord(lemma="نقلا عن", kind="attribution"),
        CueRecord(lemma="على لسان", kind="attribution"),
        CueRecord(lemma="عن", kind="attribution_end"),
    ]
    phrases = _attribution_phrases(cues)
    assert phrases["نقلا"] == [()]  # نقلا عن المتحدث: عن is left for the source's words
    assert phrases["علي"] == [("لسان",)]  # لسان is no preposition: it stays in the phrase


def test_an_attribution_end_is_one_word() -> None:
    with pytest.raises(ValueError, match="one word"):
        CueRecord(lemma="نقلا عن", kind="attribution_end")
