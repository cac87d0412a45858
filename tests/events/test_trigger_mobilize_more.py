"""Mobilization read from verbs that are general alone: tightening guards or security measures
(شدد), aircraft flying over a place (حلق) and recruiting named people (جند/تجنيد), each with
its object; the same verbs with other words are no mobilization (a quote cue شدد على, prices
soaring, recruitment as a topic).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "شددت الشرطة الحراسة على مقار البعثات الأجنبية بعد التهديدات.",
        "وشددت وزارة الداخلية التدابير الأمنية حول المطار الدولي.",
        "حلقت مروحيات الجيش فوق أحياء المدينة طوال ليلة الجمعة.",
        "وقال السكان إن الطائرات المسيرة تحلق فوق القرية منذ الصباح.",
        "تسعى الجماعة إلى تجنيد الشباب في القرى النائية لتعويض خسائرها.",
        "واتهمت النيابة الموقوفين بتجنيد أعضاء للخلية عبر الإنترنت.",
        "ونشرت الشرطة مدرعات عند مداخل الحي بعد الاشتباكات.",
    ],
)  # fmt: skip
def test_guards_aircraft_and_recruits_are_a_mobilization(text: str) -> None:
    assert "MOBILIZE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a quote cue, not tightening
        "شدد رئيس الوزراء على أهمية الحوار بين الأحزاب.",
        # prices soaring
        "حلقت أسعار الخضار عاليا في الأسواق هذا الأسبوع.",
        # recruitment as a topic, nobody recruited named
        "ناقش المؤتمر ظاهرة التجنيد عبر وسائل التواصل.",
    ],
)  # fmt: skip
def test_the_same_verbs_without_their_objects_are_no_mobilization(text: str) -> None:
    assert "MOBILIZE" not in event_types(text)
