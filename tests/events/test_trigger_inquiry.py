"""An inquiry told by the singular masdar تحقيق or the verb حقق, which also mean achieving:
only a preposition right after them (في، مع، بشأن، حول) makes them an inquiry (ACCUSE 090).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وبدأت وزارة العدل الأمريكية تحقيقا في صفقة شراء الطائرات المروحية.",
        "وقالت مصادر قضائية إن النيابة العامة بدأت التحقيق مع رئيس البلدية السابق.",
        "وأنهت هيئة النزاهة العراقية تحقيقها بشأن عقود الكهرباء المتعثرة.",
        "وأكد المتحدث أن الشرطة البلجيكية تحقق في ملابسات إطلاق النار قرب المحطة.",
        "وكانت لجنة برلمانية قد حققت مع قادة الأجهزة الأمنية بعد الهجوم.",
    ],
)
def test_inquiry_with_a_preposition_is_coded(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتعمل الحكومة على تحقيق أهداف الخطة الخمسية قبل نهاية العام.",
        "حقق المنتخب المغربي فوزا كبيرا على نظيره التونسي.",
        "وقال الوزير إن الاقتصاد يحقق نموا متسارعا هذا العام.",
    ],
)
def test_achieving_is_no_inquiry(text: str) -> None:
    assert "ACCUSE" not in event_types(text)
