"""Groups that no name tells become arguments an event can take (sentences we wrote)."""

from __future__ import annotations

import pytest

from .conftest import default_pipeline, event_arguments


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "ودعت الخارجية الأمريكية كل الأطراف إلى ضبط النفس.",
            "REQUEST",
            (["الخارجية الأمريكية"], ["كل الأطراف"]),
        ),
        (
            "وطالب رئيس البرلمان العراقي رؤساء الكتل السياسية بدعم الحكومة.",
            "REQUEST",
            (["رئيس البرلمان العراقي"], ["الكتل السياسية"]),
        ),
        (
            "وشكرت الحكومة اليمنية الدول الشقيقة على دعمها.",
            "SUPPORT",
            (["الحكومة اليمنية"], ["الدول الشقيقة"]),
        ),
        ("واعتقلت الشرطة 15 ناشطا قرب مبنى البرلمان.", "COERCE", (["الشرطة"], ["ناشطا"])),
    ],
)
def test_a_group_without_a_name_fills_the_recipient(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


def test_counted_armed_men_in_the_genitive_of_a_killing_are_its_victims() -> None:
    """مقتل 25 مسلحا: the number counts who died; an armed noun counted is no agent."""
    assert (["الجيش"], ["مسلحا"]) in event_arguments("وأعلن الجيش عن مقتل 25 مسلحا في اشتباكات.", "ASSAULT")


def test_an_office_alone_is_the_subject_not_the_group_after_it() -> None:
    """وناشد الوزير الدول المانحة: the minister appeals; the donors are whom he appeals to."""
    text = "واستقبل وزير الخارجية الروسي الوفد. وناشد الوزير الدول المانحة دعم اللاجئين."
    assert (["الوزير"], ["الدول المانحة"]) in event_arguments(text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "واعتقل المسلحون الحوثيون عشرات الناشطين في صنعاء.",
            "COERCE",
            (["المسلحون الحوثيون"], ["الناشطين"]),
        ),
        (
            "وقصف المتمردون الحوثيون أحياء سكنية في مدينة تعز.",
            "ASSAULT",
            (["المتمردون الحوثيون"], ["أحياء سكنية"]),
        ),
    ],
)
def test_a_named_group_as_the_adjective_of_fighters_is_one_actor(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    """المتمردون الحوثيون: the group's name describes the fighters; it is not their object."""
    assert expected in event_arguments(text, event_type)


def test_an_act_noun_in_the_accusative_is_no_office_holders_name() -> None:
    """أجرى وزير ... اتصالا هاتفيا: the act noun is the light verb's object, not the name of who
    holds the office."""
    text = "وأجرى وزير الزراعة السوري اتصالا هاتفيا مع نظيره العراقي."
    assert (["وزير الزراعة السوري"], []) in event_arguments(text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # after ب the act noun is what the verb goes on to (أشاد ... بزيارة)
        ("وأشاد السفير بزيارة رئيس الوزراء الهندي لأبوظبي.", "بزيارة"),
        # a definite head takes no genitive: the definite act noun after it is the verb's object
        ("واستنكر البرلمان الاعتداء على المصلين في المسجد.", "الاعتداء"),
    ],
)
def test_an_act_noun_after_a_head_word_is_no_part_of_a_name(text: str, act: str) -> None:
    article = default_pipeline()(text, published="2016-09-20")
    assert all(act not in m.text for m in article.mentions)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "وأعلنت النيابة العامة أنها وجهت اتهامات إلى ثلاثة موظفين.",
            "ACCUSE",
            (["النيابة العامة"], ["موظفين"]),
        ),
        ("وقالت مصادر محلية إن المقاومة سيطرت على التلة بعد اشتباكات عنيفة.", "ASSAULT", (["المقاومة"], [])),
        # the people counted after a number are its object, known to a list or not
        ("وأكد مسؤول أن القوات الأمنية اعتقلت خمسة مطلوبين في الحي.", "COERCE", (["القوات"], ["مطلوبين"])),
        ("ودعا خبراء الحكومة إلى معالجة أزمة المياه.", "REQUEST", (["خبراء"], ["الحكومة"])),
        ("وقصف سلاح الجو مواقع المسلحين شرق المدينة.", "ASSAULT", (["سلاح الجو"], ["المسلحين"])),
    ],
)
def test_a_body_named_by_a_common_noun_is_the_actor(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    """النيابة العامة، المقاومة، القوات، خبراء، سلاح الجو: no name, yet who acts."""
    assert expected in event_arguments(text, event_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of belonging after the noun, the owner after لـ: the noun with the
        # owner's country; the owner is neither actor apart nor the object
        (
            "وقصفت طائرات حربية تابعة للتحالف مواقع المتمردين.",
            ("طائرات حربية تابعة للتحالف", "IGO", "MIL", ["المتمردين"]),
        ),
        # the owner's title stays inside; the owner is a person of a state
        (
            "وهاجمت القوات الموالية للرئيس اليمني عبد ربه منصور هادي معسكرا للحوثيين.",
            ("القوات الموالية للرئيس اليمني عبد ربه منصور هادي", "YEM", "MIL", ["للحوثيين"]),
        ),
    ],
)
def test_a_force_and_its_owner_after_an_adjective_of_belonging_are_one_actor(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    article = default_pipeline()(text, published="2016-09-20")
    [event] = [e for e in article.events if e.event_type == "ASSAULT"]
    [actor] = event.actor
    assert (actor.text, actor.country, actor.sector, [r.text for r in event.recipient]) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("استقبل الرئيس وفدا من الوسطاء. وأعلن الجيش أنه سيطر على المعبر الحدودي.", "ASSAULT", ["الجيش"]),
        ("التقى الوزير نظيره الفرنسي. وأكدت الشرطة أنها اعتقلت ثلاثة مشتبه بهم.", "COERCE", ["الشرطة"]),
    ],
)
def test_the_pronoun_of_anna_stands_for_a_body_named_by_a_common_noun(
    text: str, event_type: str, expected: list[str]
) -> None:
    """وأعلن الجيش أنه سيطر: the army, not the person of the sentence before."""
    assert [actor for actor, _ in event_arguments(text, event_type)] == [expected]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("وقال المتحدث إن الشرطة تمكنت أمس من اعتقال ثلاثة مهربين.", "COERCE", (["الشرطة"], ["مهربين"])),
        # who helped stands between تمكن and من; the subject of تمكن still acts
        ("وتمكن مقاتلو القبائل بدعم من طائرات التحالف من السيطرة على المعسكر.", "ASSAULT", (["مقاتلو"], [])),
    ],
)
def test_the_subject_of_tamakkana_does_the_act_its_min_complement_names(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    """تمكنت الشرطة من اعتقال: the police arrest."""
    assert expected in event_arguments(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the first conjunct's adjective between: the two act together, neither is the object
        (
            "وسيطر الجيش الوطني والمقاومة الشعبية أمس على تلال تطل على الطريق الساحلي.",
            "ASSAULT",
            (["الجيش", "المقاومة الشعبية"], []),
        ),
        # the masdar of a verb with such a subject is done by all its conjuncts
        (
            "وتمكن الجيش الوطني والمقاومة الشعبية من تطهير الحي من عناصر تنظيم القاعدة.",
            "ASSAULT",
            (["الجيش", "المقاومة الشعبية"], ["تنظيم القاعدة"]),
        ),
    ],
)
def test_names_joined_by_wa_past_the_first_ones_adjectives_act_together(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


def test_a_marked_first_conjunct_keeps_the_later_one_apart() -> None:
    # إلى marks the army as whom the tanks go to; the resistance after it stays the doer
    arguments = event_arguments(
        "وأرسلت قيادة التحالف دبابات إلى الجيش الوطني والمقاومة لتحرير مدينة تعز.", "ASSAULT"
    )
    assert (["المقاومة"], []) in arguments


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the name's first letter ب is no preposition: the name is the verb's subject
        ("وانتقد الرئيس باراك أوباما قرار الكونغرس الأخير.", "ACCUSE", (["باراك أوباما"], ["الكونغرس"])),
        # after ب as a clitic the name is still marked (the verb's recipient after ب)
        ("ونددت المعارضة ببشار الأسد في بيانها.", "ACCUSE", (["المعارضة"], ["بشار الأسد"])),
    ],
)
def test_a_name_starting_with_b_is_not_marked_by_it(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # some of a group's people before من and the group: the group acts through them
        (
            "هاجم عناصر من حركة الشباب صباح اليوم ثكنة للجيش الكيني.",
            "ASSAULT",
            (["حركة الشباب"], ["للجيش الكيني"]),
        ),
        ("وقتل مسلحون من الحوثيين أربعة مدنيين قرب تعز.", "ASSAULT", (["الحوثيين"], ["مدنيين"])),
        # and is what befell: the count and the noun stand in the object's place
        (
            "وقتلت القوات الحكومية 20 مسلحا من تنظيم داعش في ريف الموصل.",
            "ASSAULT",
            (["القوات الحكومية"], ["تنظيم داعش"]),
        ),
        # the group's name in quotation marks, after a word that says what it is or alone
        ("وأعلن الجيش مقتل 15 عنصرا من تنظيم «داعش» في غارة قرب الموصل.", "ASSAULT", (["الجيش"], ["داعش"])),
        ("وأعلن الجيش مقتل 15 عنصرا من «داعش» في غارة قرب الموصل.", "ASSAULT", (["الجيش"], ["داعش"])),
    ],
)
def test_a_group_after_some_of_its_people_and_min_acts_through_them(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


def test_a_state_after_people_and_min_is_their_origin() -> None:
    # جنود من تشاد: soldiers from Chad; the state is where they come from, not a unit with them
    arguments = event_arguments("وقتل جنود من تشاد ثلاثة مسلحين قرب بحيرة تشاد.", "ASSAULT")
    assert arguments  # the act is coded, so the check below is not vacuous
    assert all("تشاد" not in actors for actors, _ in arguments)


@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت الشرطة العشرات من المتظاهرين في الساحة.",
        "واعتقلت الشرطة المئات من المتظاهرين قرب البرلمان.",
        "واعتقلت الشرطة أعدادا من المتظاهرين مساء أمس.",
    ],
)
def test_a_count_with_the_article_makes_min_partitive(text: str) -> None:
    # العشرات من: some of the protesters were arrested, no party an act came from
    assert (["الشرطة"], ["المتظاهرين"]) in event_arguments(text, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت القيادة القضاء على مقاتلين من التنظيم قرب الحدود.",
        "أعلنت القيادة القضاء على مقاتلي التنظيم قرب الحدود.",
    ],
)
def test_a_light_nouns_object_of_a_groups_people_names_whom_it_reaches(text: str) -> None:
    # the fighters are the object word of القضاء على and open the name of their group
    assert ([], ["التنظيم"]) in event_arguments(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a spokesman of a body before باسم: the body speaks and acts through him
        ("واتهم متحدث باسم الحوثيين السعودية بقصف المدارس.", "ACCUSE", (["الحوثيين"], ["السعودية"])),
        # past an adjective of the spokesman (الرسمي)
        (
            "وانتقد الناطق الرسمي باسم حركة حماس الاحتلال الإسرائيلي بشدة.",
            "ACCUSE",
            (["حركة حماس"], ["الاحتلال الإسرائيلي"]),
        ),
    ],
)
def test_a_body_after_a_spokesman_and_bism_speaks_through_him(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


def test_a_titled_person_right_after_an_office_is_its_guest_not_its_holder() -> None:
    """المستشارة الألمانية السفير الأمريكي: a title opens a second person, whom the office meets."""
    expected = (["المستشارة الألمانية"], ["السفير الأمريكي"])
    assert expected in event_arguments("والتقت المستشارة الألمانية السفير الأمريكي في برلين.", "CONSULT")


def test_a_person_named_after_a_body_as_subject_is_the_verbs_object() -> None:
    """اعتقلت السلطات فلان: a body or a plural names no one person, so the name after it is no
    apposition of the subject but whom the verb acts on."""
    expected = (["السلطات"], ["خالد الماربي"])
    assert expected in event_arguments("اعتقلت السلطات خالد الماربي في المطار.", "COERCE")
