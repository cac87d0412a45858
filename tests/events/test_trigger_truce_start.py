"""A truce told as starting (بدأت الهدنة، أن تبدأ الهدنة) is the truce taking
effect, a RETREAT (0871) with no side named after it; the bare noun الهدنة, the topic of a
sentence (خرق الهدنة، صمود الهدنة), stays uncoded, as the noun entry needs a recipient.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "بدأت الهدنة في ريف حماة الشمالي صباح الجمعة ولمدة ثلاثة أيام.",
        "وتبدأ الهدنة بين القبائل المتنازعة غدا بإشراف لجنة من الوجهاء.",
        "وقررت اللجنة العسكرية أن تبدأ الهدنة عند الساعة السادسة من مساء السبت.",
    ],
)
def test_a_truce_that_starts_is_coded(text: str) -> None:
    assert "RETREAT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "واتهم المتحدث الفصائل بخرق الهدنة في الأحياء الشرقية.",
        "وقال المراسل إن الهدنة ما زالت صامدة في معظم أنحاء الإقليم.",
        "وبدأ الوسطاء جولة من المحادثات حول مصير المعابر.",
    ],
)
def test_a_truce_talked_of_is_not_coded(text: str) -> None:
    assert "RETREAT" not in event_types(text)
