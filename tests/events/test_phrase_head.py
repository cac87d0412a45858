"""A name inside the phrase of the name before it (a relative clause, an affiliation
participle, a noun of backing) does not act for a trigger after the phrase: the phrase's head
does. Sentences we wrote."""

from __future__ import annotations

import pytest

from .conftest import event_arguments


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # the possessive pronoun of a noun stands for the head, not the name in its relative clause
        (
            "وفي الأثناء واصلت الفصائل التي تدعمها تركيا منذ أشهر هجماتها على مواقع التنظيم.",
            "ASSAULT",
            "الفصائل",
        ),
        # a noun's doer is the head before the relative clause's name
        (
            "وباشرت حركة النهضة التي يرأسها راشد الغنوشي منذ يومين محادثات مع حزب نداء تونس.",
            "CONSULT",
            "حركة النهضة",
        ),
        # and before a noun of backing with its backer
        (
            "وتمكن المقاتلون الأكراد بدعم من طيران التحالف الذي تقوده واشنطن خلال يومين من استعادة البلدة.",
            "ASSAULT",
            "المقاتلون الأكراد",
        ),
    ],
)
def test_phrase_head_acts(text: str, event_type: str, actor: str) -> None:
    events = event_arguments(text, event_type)
    assert events, f"no {event_type} event"
    assert events[0][0] == [actor]


def test_a_body_after_an_affiliation_participle_acts_for_a_subject_without_a_name() -> None:
    """أن مجموعة ... موالية لـX هاجمت: the group has no name of its own, the body it belongs
    to acts, not who reports it."""
    text = "وأفاد شهود بأن مجموعة مسلحة موالية لتنظيم داعش هاجمت حاجزا أمنيا شرق الرمادي."
    events = event_arguments(text, "ASSAULT")
    assert events and events[0][0] == ["تنظيم داعش"]
