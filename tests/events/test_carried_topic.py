"""A sentence with no event gives the story a new topic only in a name that stands free: one
behind a preposition of a recipient or a place (للبشير، في السودان) leaves the subject before
to the next verb whose subject is dropped (coder._first_actor)."""

from __future__ import annotations

import pytest

from .conftest import default_pipeline

OPENING = "انتقد حزب الأمة القومي قرارات الحكومة الأخيرة. "


def _actors(text: str, event_type: str) -> list[list[str]]:
    article = default_pipeline()(text, published="2016-09-20")
    return [[a.text for a in e.actor] for e in article.events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("between", "then", "event_type"),
    [
        (
            "ولم يكن الكلام موجها للبشير وحده. ",
            "ووزع لاحقا مساعدات غذائية على الأسر الفقيرة في الأحياء الشرقية.",
            "AID",
        ),
        (
            "والطقس في السودان حار جدا هذه الأيام. ",
            "ورفض لاحقا المشاركة في الحوار مع الحكومة.",
            "REJECT",
        ),
    ],
)
def test_a_name_behind_a_preposition_is_no_new_topic(between: str, then: str, event_type: str) -> None:
    assert _actors(OPENING + between + then, event_type) == [["حزب الأمة القومي"]]


def test_a_free_name_of_an_eventless_sentence_is_the_new_topic() -> None:
    text = OPENING + "وكانت المعارضة السودانية ضعيفة طوال العقد الماضي. ورفضت لاحقا المشاركة في الحوار."
    assert _actors(text, "REJECT") == [["المعارضة السودانية"]]
