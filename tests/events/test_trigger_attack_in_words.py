"""An attack told as done in words (a statement, tweets, a sharp tongue) is criticism, ACCUSE
111, not an act of force; an attack with words of force around it stays ASSAULT.

The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import default_pipeline, event_types


def _types(text: str) -> list[tuple[str, str]]:
    article = default_pipeline()(text, published="2016-03-10")
    return [(e.event_type, e.trigger) for e in article.events if e.trigger.strip("ب") in TRIGGERS]


TRIGGERS = {"هاجم", "هجومه", "هجوما", "شن", "وشن", "يهاجم"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجم وزير الخارجية الإيراني السعودية في تصريحات للصحفيين أمس.", [("ACCUSE", "هاجم")]),
        ("وواصل أردوغان هجومه على الاتحاد الأوروبي في سلسلة تغريدات على حسابه.", [("ACCUSE", "هجومه")]),
        # و before the doubled verb شن: the light verb and its object are one act
        ("وشن رئيس البرلمان هجوما لاذعا على الحكومة.", [("ACCUSE", "وشن")]),
        (
            "هاجم رئيس الحزب الحاكم في البلاد، زعيم المعارضة، واصفا إياه بالعاجز عن تقديم أي بديل.",
            [("ACCUSE", "هاجم")],
        ),
        ("هاجم مسلحون نقطة تفتيش للجيش في شمال سيناء.", [("ASSAULT", "هاجم")]),
    ],
)
def test_an_attack_in_words_is_criticism(text: str, expected: list[tuple[str, str]]) -> None:
    assert _types(text) == expected


def test_a_claimed_attack_told_by_a_statement_is_still_force() -> None:
    # قائلة is the claim's speech; مسؤوليتها and قتلى tell of force
    text = "وأعلنت الحركة مسؤوليتها عن الهجوم على الثكنة قائلة إن مقاتليها قتلوا عشرة جنود."
    assert "ACCUSE" not in event_types(text)
