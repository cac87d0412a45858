"""Accusations and criticism told with a long subject or as a participle: the object of a
light verb of disapproval past its usual reach (أعرب ... عن قلقه، وصف ... بأنه «جريمة»), and
the circumstantial participles of accusing and condemning (متهما، منددة).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    "text",
    [
        # a long subject and an adverb put the object after عن past the usual eight words
        "أعرب وزير الخارجية الكندي ميلاني جولي مساء أمس الأحد في اتصال مع نظيره للهند عن قلقها من حملة الاعتقالات.",
        "وعبر المرصد الأورومتوسطي لحقوق الإنسان في جنيف، عن قلقه من ترحيل اللاجئين قسرا.",
        # what the act is called comes after a long subject and object, right after بأنه
        "ووصف رئيس الوزراء الهولندي مارك روته في مؤتمر صحفي الحريق الذي طال المسجد بأنه «عمل إجرامي».",
    ],
)
def test_far_object_after_its_mark_is_disapproval(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a harsh word far on, in a clause of its own and after no ب, names nothing
        "ووصفت الروائية في كتابها الجديد الحياة اليومية في القرية الجبلية وعادات أهلها في الأعراس والمواسم، حيث تتعرض النساء لأحكام همجية.",
        # عن far on, with no word of disapproval after it
        "وأعرب رئيس الوزراء الياباني فوميو كيشيدا في ختام القمة التي عقدت في طوكيو أمس عن امتنانه للضيوف.",
    ],
)
def test_far_word_without_its_mark_is_no_event(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم الشرطة إن الاشتباك استمر ساعتين، متهما المهربين بإطلاق النار أولا.",
        "وأصدرت النقابة بيانا، منددة باعتقال ثلاثة من أعضائها في العاصمة.",
        "ودعت الجمعية إلى وقف الحملة، مستنكرة تشويه سمعة المتطوعين.",
        "ونشرت المنظمة تقريرها السنوي، منتقدة أوضاع السجون في البلاد.",
    ],
)
def test_participle_of_accusing_is_the_main_subject_act(text: str) -> None:
    assert "ACCUSE" in event_types(text)


def test_participle_accuser_is_the_main_clause_subject() -> None:
    text = "وقال المتحدث باسم الشرطة إن الاشتباك استمر ساعتين، متهما المهربين بإطلاق النار أولا."
    actors = [actor for actor, _ in event_arguments(text, "ACCUSE")]
    assert any("المتحدث" in " ".join(a) or "الشرطة" in " ".join(a) for a in actors)


def test_a_noun_written_like_a_participle_is_no_call() -> None:
    # داعية written with teh marbuta is a preacher, so it is no listed form of دعا
    assert "REQUEST" not in event_types("وألقى داعية معروف محاضرة عن بر الوالدين في المسجد الكبير.")


@pytest.mark.parametrize(
    "text",
    [
        # the plural present of أدان, listed since the generator does not make it
        "وقال رئيس البلدية إن السكان يدينون حرق المزارع ويطالبون بمعاقبة الفاعلين.",
        # an inquiry about something (يحقق حول)
        "وقال مسؤول في الشرطة: نحقق حول ملابسات اختفاء الشحنة من الميناء.",
        # a quote calling an act unacceptable is the speaker's disapproval
        'وقال وزير الخارجية الماليزي إن تصريحات السفير "غير مقبولة" وتمس سيادة بلاده.',
    ],
)
def test_more_ways_to_accuse(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # intercepting someone, and objecting with no على after the verb
        "وحاول المهاجم دخول السوق لكن أفراد الحراسة اعترضوه عند البوابة.",
        # achieving with an object pronoun, even with في after it
        "وأشاد المدرب بالنتائج التي حققها في الموسم الماضي لاعبو الفريق الأول.",
    ],
)
def test_no_accusation_in_other_senses(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def test_condemned_act_read_as_a_verb_gives_its_doer_as_recipient() -> None:
    # قصف right after the subject is the masdar object of دانت, though it reads as a verb
    text = "دانت منظمة أطباء بلا حدود الأحد قصف المتمردين للأحياء السكنية في المدينة."
    recipients = [r for _, r in event_arguments(text, "ACCUSE")]
    assert any("المتمردين" in " ".join(r) for r in recipients)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the same reach for the other words said after عن: thanks, refusal, readiness
        (
            "وأعرب رئيس الوزراء الياباني فوميو كيشيدا في ختام القمة التي عقدت أمس عن امتنانه للضيوف.",
            "SUPPORT",
        ),
        ("وأعرب المتحدث باسم وزارة الخارجية الصينية في مؤتمره الصحفي اليومي أمس عن رفضه للعقوبات.", "REJECT"),
        ("وأعرب رئيس المجلس الرئاسي الليبي في كلمة ألقاها مساء أمس الأحد عن استعداده للحوار.", "AGREE"),
    ],
)
def test_far_object_after_its_mark_in_other_types(text: str, event_type: str) -> None:
    assert event_type in event_types(text)
