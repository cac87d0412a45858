"""Giving oneself up: «سلم نفسه» (and its masdar, «بتسليم أنفسهم») is surrender, a pull-back
(RETREAT 0874), not a release of prisoners (0841). Handing over anything else is no retreat.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import default_pipeline, event_types


@pytest.mark.parametrize(
    "text",
    [
        "سلم قائد الكتيبة نفسه مع عشرين من رجاله إلى الجيش بعد حصار دام أسبوعا.",
        "وبادر عشرات المسلحين بتسليم أنفسهم إلى قوات الأمن في البلدة.",
    ],
)
def test_giving_oneself_up_is_a_retreat(text: str) -> None:
    assert "RETREAT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "سلم الموظف نفس التقرير إلى المدير مرتين.",
    ],
)
def test_other_handovers_are_silent(text: str) -> None:
    assert "RETREAT" not in event_types(text)


def test_giving_oneself_up_is_surrender_not_release() -> None:
    text = "سلم قائد الكتيبة نفسه مع عشرين من رجاله إلى الجيش بعد حصار دام أسبوعا."
    events = default_pipeline()(text, published="2016-09-20").events
    assert [e.cameo for e in events if e.event_type == "RETREAT"] == ["0874"]
