"""Days of events told with a present verb, in the shipped lexicon. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import default_pipeline

PUBLISHED = "2016-09-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a past that reads as a stem with a pronoun on (توج + ه) is still a past: the last Sunday
        ("توجه الوزير الأردني إلى القاهرة الأحد.", "2016-09-18"),
        # a present opening the sentence: the coming Sunday
        ("يتوجه الوزير الأردني إلى القاهرة الأحد.", "2016-09-25"),
    ],
)
def test_a_present_verb_opening_its_sentence_is_dated_to_come(text: str, day: str) -> None:
    article = default_pipeline()(text, published=PUBLISHED)
    assert [e.date for e in article.events] == [day]
