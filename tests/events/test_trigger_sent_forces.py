"""Forces sent or moving (MOBILIZE): a force told before a passive أرسل (وحدات ... أرسلت
إلى), and one force (قوة) as the subject of a verb of moving; a thing sent that is no force
is no mobilization.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وذكر البيان أن مروحيات ووحدات من القوات الخاصة أرسلت إلى الجزيرة فجرا.",
        "وتحركت قوة من الحرس الجمهوري نحو المطار بعد منتصف الليل.",
        "واتجهت قوة عسكرية من الشمال إلى أطراف المدينة.",
    ],
)  # fmt: skip
def test_a_force_sent_or_moving_is_a_mobilization(text: str) -> None:
    assert "MOBILIZE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a letter sent
        "وذكر البيان أن رسالة أرسلت إلى الأمين العام أمس.",
        # a delegation heading to talks
        "وتوجه وفد الحكومة إلى جنيف للمشاركة في المحادثات.",
    ],
)  # fmt: skip
def test_what_is_no_force_is_no_mobilization(text: str) -> None:
    assert "MOBILIZE" not in event_types(text)
