"""Holding up traffic (عرقل المحتجون حركة المرور) is obstruction, a protest (PROTEST 144);
holding up a plan, talks or a delivery is no protest.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "عرقل مئات سائقي الشاحنات حركة المرور على الطريق السريع احتجاجا على رفع الضرائب.",
        "وتجمع العشرات أمام المحكمة وعرقلوا السير في الشارع الرئيسي لساعات.",
    ],
)
def test_holding_up_traffic_is_a_protest(text: str) -> None:
    assert "PROTEST" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "اتهم رئيس الحزب الحكومة بعرقلة المساعي لتشكيل ائتلاف جديد.",
        "وقال المسؤول إن نقص الوقود يعرقل وصول الأدوية إلى المستشفيات.",
    ],
)
def test_holding_up_other_things_is_silent(text: str) -> None:
    assert "PROTEST" not in event_types(text)
