"""A threat told in the past tense is one made, even with no one named (وهدد المحتجون بالتصعيد
... past a comma); the present and the masdar with no one named tell a danger (يهدد
الاستقرار، التهديدات التي تواجه القطاع) and stay silent. Sentences we wrote."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وهدد المحتجون، في حال استمرار إغلاق المصنع، بالتصعيد.",
        "وهددت النقابة في بيانها الأخير، بإضراب شامل إن لم تصرف الرواتب.",
    ],
)
def test_a_threat_in_the_past_needs_no_one_named(text: str) -> None:
    assert "THREATEN" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "ويرى خبراء أن الجفاف يهدد محاصيل القمح في الجنوب هذا العام.",
        "وتحدث التقرير عن التهديدات التي تواجه قطاع السياحة في البلاد.",
    ],
)
def test_the_present_and_the_masdar_still_need_one(text: str) -> None:
    assert "THREATEN" not in event_types(text)
