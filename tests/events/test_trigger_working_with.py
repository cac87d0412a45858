"""Working with another party named (عمل مع: COOPERATE); عمل with no party after it, or
working together (معا), is no cooperation.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن بلاده تعمل مع الحكومة الفرنسية على إعادة تأهيل المرفأ.",
        "وأضاف أن الوزارة عملت مع الأمم المتحدة طوال أشهر لإعادة فتح المدارس.",
    ],
)  # fmt: skip
def test_working_with_a_named_party_is_cooperation(text: str) -> None:
    assert "COOPERATE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # together, no party named
        "ودعا الرئيس الأحزاب إلى أن تعمل معا من أجل إنجاح الانتخابات.",
        # any work
        "يعمل المستشفى الميداني على مدار الساعة منذ بداية الأزمة.",
    ],
)  # fmt: skip
def test_work_without_a_party_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in event_types(text)
