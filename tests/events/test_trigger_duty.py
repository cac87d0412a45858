"""What a named party must do, said by someone (يجب على الحكومة أن، يتوجب على الدول): a
demand of that party (REQUEST 100). Without على right after the verb (يجب أن يكون) no party
is asked and nothing is coded.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وقال المفوض الأوروبي إنه يجب على الحكومة المجرية احترام استقلال القضاء.",
        "وأكد الاتحاد الأفريقي أنه يتوجب على الأطراف الليبية العودة إلى الحوار.",
    ],
)
def test_duty_of_a_named_party_is_a_demand(text: str) -> None:
    assert "REQUEST" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "ويرى خبراء الاقتصاد أن الموازنة يجب أن تكون أكثر توازنا في العام المقبل.",
        "ووجب التنويه بأن مواعيد الرحلات تغيرت بسبب الأحوال الجوية.",
    ],
)
def test_duty_with_no_party_is_silent(text: str) -> None:
    assert "REQUEST" not in event_types(text)
