"""A dropped subject agrees with its verb: a bare common noun of people in the sound masculine
plural (مسلحون، عسكريين) is masculine, so a feminine verb after it goes back to the subject
before that agrees (coder._unit_gender, coder._agreeing_subject)."""

from __future__ import annotations

import pytest

from .conftest import default_pipeline

STORY = "أعلنت الحكومة العراقية حظر التجول في المدينة. وهاجم مسلحون نقطة تفتيش للشرطة جنوب بغداد. "


def _actors(text: str, event_type: str) -> list[list[str]]:
    article = default_pipeline()(text, published="2016-09-20")
    return [[a.text for a in e.actor] for e in article.events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("then", "actor"),
    [
        ("ورفضت لاحقا التفاوض مع أي جهة.", "الحكومة العراقية"),  # feminine: not the gunmen
        ("ورفض لاحقا التفاوض مع أي جهة.", "مسلحون"),  # masculine: the gunmen go on
    ],
)
def test_a_dropped_subject_agrees_with_a_sound_plural(then: str, actor: str) -> None:
    assert _actors(STORY + then, "REJECT") == [[actor]]
