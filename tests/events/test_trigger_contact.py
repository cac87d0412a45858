"""Getting in touch with someone named (تواصل مع: CONSULT); the same verb going on, its
masdar told as a charge or a state, or a contact with no one named, is no meeting.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الوزارة إنها تواصلت مع السفارة الإيطالية في القاهرة بشأن الطلاب المحتجزين.",
        "وأكدت الحكومة الكويتية أنها ستتواصل مع الجانب العراقي خلال الأيام المقبلة.",
    ],
)  # fmt: skip
def test_getting_in_touch_with_someone_named_is_a_contact(text: str) -> None:
    assert "CONSULT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # going on, no one contacted
        "وتواصلت الاشتباكات في أطراف البلدة حتى ساعات الصباح.",
        # his being in touch, told as a charge
        "ووجهت النيابة إليه تهمة تواصله مع جهات أجنبية.",
        # a state of being in touch, not an act
        "وكان القيادي على تواصل مع مهربين في الجنوب.",
    ],
)  # fmt: skip
def test_the_verb_in_another_sense_is_no_contact(text: str) -> None:
    assert "CONSULT" not in event_types(text)
