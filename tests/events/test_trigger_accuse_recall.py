"""Disapproval told in ways the accusation lexicon first missed: displeasure voiced as a lack
(أعرب عن عدم رضاه), a complaint with شكا, the من of شكا and سخر past a short subject
(required_past_subject), a person called wicked (وصفه بأنه شرير), and a quote that condemns
in its own words (جريمة نكراء، اعتداء آثم، خائن).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    "text",
    [
        "وأعربت النقابة عن عدم رضاها عن مشروع قانون العمل الجديد.",
        "وعبر نواب المعارضة عن عدم ثقتهم بوعود الحكومة بخفض الأسعار.",
        "وأبدى رئيس البلدية عدم ارتياحه من تأخر أعمال الصيانة في الطريق.",
    ],
)
def test_displeasure_voiced_as_a_lack_is_disapproval(text: str) -> None:
    assert "ACCUSE" in event_types(text)


def test_a_complaint_of_something_is_one() -> None:
    text = "وقال رئيس الاتحاد إن العمال شكوا من تأخر صرف الرواتب هذا الشهر."
    assert "ACCUSE" in event_types(text)
    actors = [a for a, _ in event_arguments(text, "ACCUSE")]
    assert any("العمال" in " ".join(a) for a in actors)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("وشكا المزارعون من ارتفاع أسعار الأسمدة هذا الموسم.", "المزارعون"),
        ("وسخر نواب المعارضة من وعود الحكومة بخفض الأسعار.", "المعارضة"),
        ("وشكت الأم مرارا من إهمال إدارة المدرسة.", "الأم"),
    ],
)
def test_min_may_follow_past_a_short_subject(text: str, doer: str) -> None:
    # required_past_subject: the subject (or an adverb) between the verb and its من
    actors = [a for a, _ in event_arguments(text, "ACCUSE")]
    assert any(doer in " ".join(a) for a in actors)


def test_harnessing_for_a_purpose_is_no_mocking() -> None:
    # سخّر ... من أجل: the words between are no subject (كل opens an object)
    assert "ACCUSE" not in event_types("وسخرت الدولة كل إمكاناتها من أجل إنجاح الموسم.")


@pytest.mark.parametrize(
    "text",
    [
        # the accusative of شك (doubt), no complaint
        "وقال المحلل إن هناك شكا كبيرا في نجاح الخطة الجديدة.",
        # شكّت: suspecting, with ب and no من
        "وطلبت الوزارة من الأسر أن تبلغ إذا شكت بتغير سلوك أبنائها.",
    ],
)
def test_sak_without_min_is_no_complaint(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def test_calling_someone_wicked_is_disapproval() -> None:
    text = "ووصفت الممثلة المعروفة في بيان الصياد بأنه «شرير» يستحق العقاب."
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الجمعية في بيان إن حرق المزرعة «جريمة نكراء» لا يقبلها أحد.",
        "وقال محافظ المدينة: «ما جرى للمستشفى اعتداء آثم على المرضى».",
        "وقال المتحدث باسم الحزب إن زعيم العصابة «خائن لبلده».",
        "وقال وزير الإعلام إن تصريحات السفير «عارية من الصحة».",
        "وقال رئيس اللجنة إن الشركة «غير جديرة بالثقة» بعد ما جرى.",
    ],
)
def test_a_quote_that_condemns_in_its_own_words(text: str) -> None:
    assert "ACCUSE" in event_types(text)
