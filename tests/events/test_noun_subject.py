"""A common noun of a body or a group right after a verb, which no list makes a mention, is the
verb's subject (events/noun_subject.py): not a name further on, nor who acted before.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from hadath.events.noun_subject import _nouns, noun_subject
from hadath.kb.names import SUBJECT_NOUNS_FILE, subject_nouns
from hadath.kb.validate import lexicon_problems
from hadath.text.normalize import normalize

from .conftest import default_pipeline, event_arguments


@pytest.mark.parametrize(
    ("text", "event_type", "subject"),
    [
        ("أعلنت وزارة الصحة خطة جديدة. وطلبت الشركات من الوزارة تأجيل العمل بها.", "REQUEST", "الشركات"),
        (
            "التقى أردوغان نظيره الروسي بوتين في موسكو. واتفق الرئيسان على توسيع التعاون في مجال الطاقة.",
            "AGREE",
            "الرئيسان",
        ),
        ("انقطع الطريق منذ شهر. ويطالب أهالي القرية بإعادة فتحه.", "REQUEST", "أهالي القرية"),
        ("انتقد مغردون تصريحات الوزير. واتهم آخرون الحكومة بالتقصير.", "ACCUSE", "آخرون"),
        ("رفض أردوغان التقرير. ويعارض البعض الخطة الجديدة للنقل.", "REJECT", "البعض"),
        ("ناقشت اللجنة المالية في البرلمان مشروع الموازنة مع الوزير.", "CONSULT", "اللجنة المالية"),
        # a quantity word before the noun opens the subject with it
        ("ناقش البرلمان القانون الجديد أمس. ودعت بعض الأطراف الحكومة إلى سحبه.", "REQUEST", "بعض الأطراف"),
    ],
)
def test_a_body_or_group_after_the_verb_is_its_subject(text: str, event_type: str, subject: str) -> None:
    events = event_arguments(text, event_type)
    # the subject comes first; a dual one (الرئيسان) is followed by the two it stands for
    assert events and events[-1][0][0] == subject


@pytest.mark.parametrize("adjective", ["العسكري", "الميداني"])
def test_a_body_with_its_adjective_leaves_the_object_to_the_verb(adjective: str) -> None:
    # العسكري alone is read as soldiers: after the hospital it is its adjective, no object; the
    # wounded after it are whom the hospital took in
    events = event_arguments(f"استقبل المستشفى {adjective} الجرحى القادمين من الجبهة.", "AID")
    assert events == [([f"المستشفى {adjective}"], ["الجرحى"])]


def test_the_named_object_after_it_stays_the_recipient() -> None:
    events = event_arguments("واتهم آخرون الحكومة بالتقصير في حماية المدنيين.", "ACCUSE")
    assert events == [(["آخرون"], ["الحكومة"])]


def test_a_noun_of_the_other_gender_is_the_object() -> None:
    # دعا is masculine, اللجنة feminine: the committee is called on, Erdogan calls (the
    # committee, no name, is the recipient only as the common noun before إلى: +called)
    events = event_arguments("انتقد أردوغان التقرير ودعا اللجنة إلى مراجعته.", "REQUEST")
    assert events == [(["أردوغان"], ["اللجنة"])]


def test_a_name_in_construct_after_the_head_is_left_to_the_coder() -> None:
    # قيادة التحالف: the coalition, a name, acts through its command
    article = default_pipeline()("وأعلنت قيادة التحالف هدنة إنسانية لمدة خمسة أيام.", published="2016-09-20")
    assert article.events and all(a.text == "التحالف" for e in article.events for a in e.actor)


def test_the_noun_adds_no_entity() -> None:
    article = default_pipeline()(
        "وطلبت الشركات من الوزارة تأجيل العمل بالنظام الجديد.", published="2016-09-20"
    )
    assert all("الشركات" not in e["text"] for e in article.entities())


def test_the_noun_is_no_antecedent_of_a_later_dropped_subject() -> None:
    text = "وصل أردوغان إلى برلين أمس. وطلبت الشركات مهلة إضافية. ودعا إلى تعزيز التعاون مع ألمانيا."
    assert event_arguments(text, "REQUEST")[-1][0] == ["أردوغان"]


def test_every_shipped_subject_noun_is_read() -> None:
    words = [normalize(row.word) for row in subject_nouns()]
    assert {"نواب", "اطراف", "رييسان", "اهالي"} <= set(words)
    assert [w for w in words if w not in _nouns()] == []


def test_the_table_keeps_its_schema() -> None:
    assert [p for p in lexicon_problems() if p.path.endswith(SUBJECT_NOUNS_FILE)] == []


def test_nothing_past_the_sentence_end() -> None:
    assert noun_subject([], 0, [], "", frozenset(), "") is None


@pytest.mark.parametrize(
    ("text", "event_type", "subject"),
    [
        (
            "دعت الممثلة الفرنسية المعتزلة إلى حماية الحيوانات البرية.",
            "REQUEST",
            "الممثلة الفرنسية",
        ),
        ("استنكر علماء المدينة الاعتداء على المسجد يوم الجمعة.", "ACCUSE", "علماء المدينة"),
    ],
)
def test_the_storys_first_verb_takes_the_noun_after_it(text: str, event_type: str, subject: str) -> None:
    # nobody acted before to carry, and no rule names a subject: the noun after the verb is it
    events = event_arguments(text, event_type)
    assert events and events[0][0] == [subject]


def test_a_function_word_after_the_first_verb_is_no_subject() -> None:
    events = event_arguments("ندد بما وصفه بالاعتداء على المدنيين في القرية.", "ACCUSE")
    assert all("بما" not in " ".join(actors) for actors, _ in events)


@pytest.mark.parametrize(
    ("text", "event_type", "subject"),
    [
        (
            "أعلنت وزارة الدفاع أن القوات الحكومية تقدمت نحو البلدة. وشنت طائرات أخرى غارات على مواقع المتمردين.",
            "ASSAULT",
            "طائرات أخرى",
        ),
        (
            "قالت الشرطة إن الجيش دخل القرية. وقصفت مروحية أخرى موقعا للمسلحين قرب الجسر.",
            "ASSAULT",
            "مروحية أخرى",
        ),
        # a nisba of every ending of lexicon/ar/nisba_endings.txt but the bare ي: dual, plural
        (
            "قالت الشرطة إن الجيش دخل القرية. وقصفت طائرتان حربيتان موقعا للمسلحين قرب الجسر.",
            "ASSAULT",
            "طائرتان حربيتان",
        ),
        (
            "قالت الشرطة إن الجيش دخل القرية. وقصفت مقاتلات حربيات موقعا للمسلحين قرب الجسر.",
            "ASSAULT",
            "مقاتلات حربيات",
        ),
        # a sound masculine plural in its subject's form, ون (an object's is ين)
        (
            "قالت الشرطة إن الجيش دخل القرية. وقصف طيارون آخرون موقعا للمسلحين قرب الجسر.",
            "ASSAULT",
            "طيارون آخرون",
        ),
    ],
)
def test_an_indefinite_noun_before_the_object_is_the_subject(
    text: str, event_type: str, subject: str
) -> None:
    # not who acted before: the first of two bare noun phrases after the verb is its subject
    events = event_arguments(text, event_type)
    assert events and events[-1][0] == [subject]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # no object after the phrase: it may be the object itself
        ("قال الجيش إنه تقدم نحو البلدة. وشن غارات أخرى على مواقع المتمردين.", "ASSAULT"),
        # a nisba before a definite word may be a noun in construct: وزراء is no indefinite subject
        (
            "اجتمع الوزراء في القاهرة أمس. ودعا وزراء خارجية الدول العربية المجتمع الدولي إلى التحرك.",
            "REQUEST",
        ),
    ],
)
def test_an_indefinite_noun_is_no_subject_without_a_plain_object_after_it(text: str, event_type: str) -> None:
    events = event_arguments(text, event_type)
    assert not any(actors and actors[0].startswith(("غارات", "وزراء خارجية")) for actors, _ in events)


def test_a_feminine_verb_takes_no_masculine_plural_as_its_indefinite_subject() -> None:
    # a verb agrees with its subject: a ون plural is no feminine verb's subject
    text = "قالت الشرطة إن الجيش دخل القرية. وقصفت طيارون آخرون موقعا للمسلحين قرب الجسر."
    assert all("طيارون" not in " ".join(actors) for actors, _ in event_arguments(text, "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "event_type", "subject"),
    [
        (
            "زار الوزير المدينة أمس. وأكد المتحدث أن الطائرات المشاركة في العملية قصفت مواقع المسلحين.",
            "ASSAULT",
            "الطائرات المشاركة في العملية",
        ),
        (
            "وصل المبعوث إلى العاصمة أمس. وقال إن عددا من النواب طالبوا الحكومة بالاستقالة.",
            "REQUEST",
            "عددا من النواب",
        ),
    ],
)
def test_the_noun_phrase_after_that_is_the_subject(text: str, event_type: str, subject: str) -> None:
    # إن/أن opens a nominal clause: its noun phrase acts, not who acted in the story before
    events = event_arguments(text, event_type)
    assert events and events[-1][0] == [subject]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a predicate after the definite noun: the verb is not the noun's
        ("أعلن الجيش أن العمليات مستمرة وقصفت مواقع المسلحين.", "ASSAULT"),
        # a relative clause in the phrase: the verb is the relative clause's
        ("قال الوزير إن الاتهامات التي توجهها المعارضة باطلة.", "ACCUSE"),
    ],
)
def test_no_phrase_subject_past_a_predicate_or_a_relative(text: str, event_type: str) -> None:
    events = event_arguments(text, event_type)
    assert events and not any(
        actors and actors[0].startswith(("العمليات", "الاتهامات")) for actors, _ in events
    )
