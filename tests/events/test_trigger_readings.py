"""Readings of trigger words: تلقّى that is no form of ألقى, a source asking not to be named,
an attack blamed on a party (نسب الهجوم إلى), «يجب أن» that asks no party, cooperation that
is only a topic or a purpose, and a masdar after خلال that leaves the verb before it its object.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an attack blamed on a party, also in a relative clause
        ("وتصاعد التوتر منذ الهجوم الانتحاري الذي نسبته السلطات التركية إلى تنظيم داعش.", "ACCUSE"),
    ],
)  # fmt: skip
def test_the_event_is_found(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a source asking not to be named demands nothing
        ("وقال مسؤول أمني للوكالة طالبا عدم كشف هويته إن التحقيقات ما زالت جارية.", "REQUEST"),
        # a ratio is no attribution
        ("وارتفع المؤشر العام للسوق بما نسبته اثنان في المائة خلال جلسة أمس.", "ACCUSE"),
        # what ought to be, of a thing, asks no party
        ("وقال الوزير: «الاتفاق يجب أن يكون خطوة أولى نحو سلام دائم في المنطقة».", "REQUEST"),
        # cooperation to be strengthened, wished for or a purpose is no joint act
        ("وقال الوزير إن الإعلان المشترك سيعزز التعاون بين البلدين في مجالات الطاقة.", "COOPERATE"),
        ("ووقع الجانبان أمس بروتوكولا للتعاون في مجال النقل البحري.", "COOPERATE"),
        ("وقال قادة المعارضة إنهم لا يريدون التعاون مع الحكومة الحالية.", "COOPERATE"),
    ],
)  # fmt: skip
def test_no_event_of_that_type(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


def test_the_receiver_of_aid_is_not_its_giver() -> None:
    """تلقّى (received) normalizes like the present تُلقي of ألقى (airdropped): the party
    that receives aid is no one dropping it."""
    text = "وتلقى اليمن مساعدات غذائية عاجلة من السعودية خلال الأسبوع الماضي."
    assert all("اليمن" not in actors for actors, _ in event_arguments(text, "AID"))


def test_a_masdar_after_during_leaves_the_verb_its_object() -> None:
    """خلال اجتماعه is an adjunct of time inside the verb's clause: the name after it is
    still the verb's object."""
    text = "وطالب الرئيس اليمني خلال اجتماعه أمس وزير الخارجية البريطاني بدعم الحكومة الشرعية."
    assert any("وزير الخارجية البريطاني" in recipients for _, recipients in event_arguments(text, "REQUEST"))
