"""A second act of one type in a sentence: seizing ground (انتزع) told after another act of
force, or in a relative clause with an object pronoun, is coded as an act of its own; a win,
a medal or a confession wrested is no seizure.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


def test_seizure_after_another_act_is_a_second_event() -> None:
    text = "قصفت الطائرات الحربية مواقع المتمردين في الجبل ثم انتزعت القوات البرية التلة منهم."
    assert len(event_arguments(text, "ASSAULT")) == 2


def test_seizure_in_a_relative_clause_names_its_doer() -> None:
    text = "وتطالب كييف باستعادة الأقاليم التي انتزعتها موسكو منها قبل عامين."
    assert any("موسكو" in actors for actors, _ in event_arguments(text, "ASSAULT"))


def test_party_after_from_is_who_lost_the_ground() -> None:
    text = "انتزعت فصائل المعارضة معبرا حدوديا من قوات النظام بعد معارك عنيفة."
    assert any("قوات النظام" in recipients for _, recipients in event_arguments(text, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "انتزع العداء الكيني الميدالية الذهبية وحقق الصدارة في السباق.",
        "انتزع الفريق الضيف الفوز في الدقيقة الأخيرة من المباراة.",
        "ونجح المحامي في انتزاع اعتراف من الشركة بالخطأ.",
    ],
)
def test_what_is_wrested_without_force_is_no_seizure(text: str) -> None:
    assert "ASSAULT" not in event_types(text)
