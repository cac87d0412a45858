"""Who an act is done to, on sentences we wrote: the coder's recipient rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hadath.events.coder import SIDES_TAG, _sides_named
from hadath.events.confidence import party_recipients
from hadath.model import Actor, Event

from .conftest import default_pipeline, event_arguments


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        # a relative clause on the subject names no object: the name past it is the target
        ("قصفت مقاتلات التحالف الذي تقوده السعودية مواقع للمتمردين في صعدة.", "ASSAULT", ["للمتمردين"]),
        # nor does an affiliation participle that is part of the subject's name
        ("هاجمت القوات الموالية للحكومة مواقع للمسلحين قرب المدينة.", "ASSAULT", ["للمسلحين"]),
        # ... or one after it, chained with another (الذي تقوده ... والمتحالف مع ...)
        (
            "استعاد التحالف العربي الذي تقوده السعودية والمتحالف مع مقاتلين موالين للرئيس"
            " أجزاء من المدينة من المتمردين.",
            "ASSAULT",
            ["المتمردين"],
        ),
    ],
)
def test_the_subjects_own_phrase_is_no_object(text: str, event_type: str, recipients: list[str]) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]


def test_a_name_that_is_no_nisba_is_no_adjective_of_the_noun_before() -> None:
    # المتمردون الحوثيون is one group; المتمردون الحكومة الليبية are subject and object
    assert event_arguments("واتهم المتمردون الحكومة الليبية بعرقلة المحادثات.", "ACCUSE") == [
        (["المتمردون"], ["الحكومة الليبية"])
    ]
    assert event_arguments("وقصف المسلحون الحوثيون مواقع الجيش.", "ASSAULT") == [
        (["المسلحون الحوثيون"], ["الجيش"])
    ]


def test_the_party_after_min_of_an_act_taking_its_recipient_with_min_is_the_recipient() -> None:
    # تطهير takes its recipient with من: those driven out are not who cleared the ground
    # (القوات, a common noun of forces, is who clears it)
    assert event_arguments("وتمكنت القوات من تطهير المحافظة بالكامل من مسلحي داعش.", "ASSAULT") == [
        (["القوات"], ["داعش"])
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("واستمر القتال بين الجيش السوري ومقاتلي داعش قرب حمص.", "ASSAULT", ["الجيش السوري", "داعش"]),
        ("وتناولت المشاورات بين مصر والأردن العلاقات الثنائية.", "CONSULT", ["مصر", "الأردن"]),
    ],
)
def test_the_sides_named_after_bayna_act_on_each_other(text: str, event_type: str, sides: list[str]) -> None:
    # a noun whose entry is not reciprocal still names both sides after بين: each is the
    # other's recipient
    assert event_arguments(text, event_type) == [(sides, sides)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # ground taken: who held it, in a relative clause on the place ...
        ("سيطرت قوات المعارضة على بلدة تقع شرق المدينة كانت تحت سيطرة قوات النظام.", "قوات النظام"),
        # ... or after من however far the place's own words run
        (
            "استعادت القوات الحكومية السيطرة على عدد من القرى الجبلية في الريف الشمالي من مسلحي التنظيم.",
            "التنظيم",
        ),
        ("وسيطرت وحدات الجيش على البلدة من دون مقاومة تذكر من المسلحين.", "المسلحين"),
        # ground struck: who holds it
        ("قصفت المدفعية التركية قرية يسيطر عليها المقاتلون الأكراد شرق النهر.", "المقاتلون الأكراد"),
    ],
)
def test_who_holds_the_ground_an_act_of_force_is_on_is_its_recipient(text: str, holder: str) -> None:
    assert event_arguments(text, "ASSAULT")[0][1] == [holder]


def test_a_place_held_in_a_clause_told_in_contrast_is_no_ground_of_the_act_before() -> None:
    # فيما opens another act: the army holds the sites the rebels shelled, not the hill taken
    taken = event_arguments("سيطرت القوات على التلة، فيما قصف المتمردون مواقع تحت سيطرة الجيش.", "ASSAULT")
    assert taken[0] == (["القوات"], [])


def test_ground_taken_after_a_fight_was_taken_from_the_side_fought() -> None:
    assert event_arguments(
        "سيطرت قوات الجيش على البلدة بعد اشتباكات عنيفة مع مسلحي المعارضة.", "ASSAULT"
    ) == [
        (["الجيش"], ["المعارضة"]),
        (["الجيش"], ["المعارضة"]),
    ]


def test_the_fighters_a_light_verb_of_force_takes_as_object_are_its_recipient() -> None:
    # طرد is matched with its object (مسلحي): the name that word begins is who is driven out
    assert event_arguments("طردت قوات الأمن مسلحي التنظيم من الحي الشرقي.", "ASSAULT") == [
        (["قوات الأمن"], ["التنظيم"])
    ]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a verb of aiming right after the act and its adjectives ...
        ("وشنت مقاتلات أمريكية غارات عنيفة تستهدف المسلحين الحوثيين قرب الحدود.", ["المسلحين الحوثيين"]),
        # ... in a relative clause on it, past the genitive naming who acts
        ("وأدانت الحكومة هجمات المسلحين التي تستهدف قوات الشرطة في المدينة.", ["قوات الشرطة"]),
    ],
)
def test_whom_a_verb_of_aiming_after_an_act_of_force_aims_at_is_its_recipient(
    text: str, recipients: list[str]
) -> None:
    assert event_arguments(text, "ASSAULT")[0][1] == recipients


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the holder's name after an office and where it serves is the subject's, not the object
        ("دعا السفير السعودي في القاهرة أحمد قطان إيران إلى وقف تدخلاتها.", ["إيران"]),
        # the genitive of a noun of kin in construct is the subject's too
        ("ودعا والد الصحفي السلطات الفرنسية إلى التحرك لإطلاق سراحه.", ["السلطات الفرنسية"]),
    ],
)
def test_names_in_the_subjects_phrase_after_the_verb_are_no_object(text: str, recipients: list[str]) -> None:
    assert [r for _, r in event_arguments(text, "REQUEST")] == [recipients]


def test_a_noun_not_of_kin_heads_no_genitive_subject_before_the_object() -> None:
    # خبراء الحكومة could be "the government's experts"; in news the government is called
    text = "ودعا خبراء الحكومة اللبنانية إلى إيجاد حل شامل لأزمة النفايات."
    assert [r for _, r in event_arguments(text, "REQUEST")] == [["الحكومة اللبنانية"]]


def test_the_chooser_gives_no_name_the_rules_read_in_the_subjects_phrase_as_object() -> None:
    # with no name as object in the sentence, the learned chooser would take the holder's name;
    # whom he met is only the common noun after the subject's phrase (+called, not the chooser's)
    article = default_pipeline()("التقى السفير الإسرائيلي في واشنطن رون ديرمر أعضاء في الكونجرس.")
    (event,) = [e for e in article.events if e.event_type == "CONSULT"]
    assert [r.text for r in event.recipient] == ["أعضاء"]
    assert "recipient" not in event.rule.partition("+model:")[2]


def test_who_held_ground_taken_comes_before_a_name_of_no_force_taken_for_the_object() -> None:
    # the president's name ends the subject's long phrase; the rebels held the town
    text = (
        "سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي على زنجبار،"
        " عاصمة محافظة أبين في جنوب البلاد، التي كانت في أيدي المتمردين الحوثيين."
    )
    assert event_arguments(text, "ASSAULT")[0][1] == ["المتمردين الحوثيين"]


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        # a number word before a partitive من counts the victims: the party is no source
        ("وأعلن الجيش مقتل ثمانية من مسلحي التنظيم في اشتباكات قرب الحدود.", "ASSAULT", ["التنظيم"]),
        # the count fills the slot after the noun's preposition, the name after من is whom
        ("وأصدر الرئيس قرارا بالعفو عن أربعة من المعتقلين السياسيين.", "RETREAT", ["المعتقلين"]),
    ],
)
def test_people_counted_with_a_partitive_min_are_the_recipient(
    text: str, event_type: str, recipients: list[str]
) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("وقال الوزير الذي يعتزم زيارة الأردن الشهر المقبل إن العلاقات متينة.", "الأردن"),
        ("وأكد الرئيس خلال زيارته فرنسا أن التعاون مستمر.", "فرنسا"),
    ],
)
def test_a_state_in_the_genitive_of_a_visit_is_the_place_visited(text: str, state: str) -> None:
    # زيارة الأردن is a visit to Jordan, not Jordan's visit (زيارة الوزير is the minister's)
    [(actors, recipients)] = event_arguments(text, "CONSULT")
    assert recipients == [state] and state not in actors


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        (
            "والتقى الرئيس المصري والعاهل الأردني في القاهرة أمس.",
            "CONSULT",
            ["الرئيس المصري", "العاهل الأردني"],
        ),
        ("وتعاونت مصر والأردن في مكافحة التهريب على الحدود.", "COOPERATE", ["مصر", "الأردن"]),
    ],
)
def test_two_parties_meeting_or_cooperating_with_no_one_else_named_act_on_each_other(
    text: str, event_type: str, sides: list[str]
) -> None:
    # a meeting or cooperation between the subject's members is done by each to the other
    assert event_arguments(text, event_type) == [(sides, sides)]


def test_people_counted_with_the_accusative_adda_before_min_are_the_recipient() -> None:
    # عددا (accusative of عدد) counts too: the party after its partitive من is the object
    events = event_arguments("وقتلت قوات الأمن عددا من المسلحين في اشتباك قرب المدينة.", "ASSAULT")
    assert [r for _, r in events] == [["المسلحين"]]


def test_a_visit_reaches_the_place_after_a_negated_adjective() -> None:
    # غير معلنة is one modifier of the visit: the place after إلى is still where it goes
    events = event_arguments("ووصل الوزير أمس في زيارة غير معلنة إلى بغداد لبحث الأوضاع الأمنية.", "CONSULT")
    assert ["بغداد"] in [r for _, r in events]


@pytest.mark.parametrize(
    ("text", "event_type", "arguments"),
    [
        # one name between اتهم and its charge: the object; who accuses was named before
        (
            "أدلى وزير الداخلية التركي بتصريحات للصحفيين في أنقرة، واتهم حزب العمال الكردستاني"
            " بالوقوف وراء التفجير.",
            "ACCUSE",
            (["وزير الداخلية التركي"], ["حزب العمال الكردستاني"]),
        ),
        # ... and so between شكر and على
        (
            "زار الرئيس الصومالي أنقرة في مطلع الشهر، وشكر تركيا على دعمها لبلاده.",
            "SUPPORT",
            (["الرئيس الصومالي"], ["تركيا"]),
        ),
        # two names before the charge are subject and object, the subject a list of names
        (
            "وتتهم باريس ولندن الحكومة السورية باستخدام أسلحة محظورة.",
            "ACCUSE",
            (["باريس", "لندن"], ["الحكومة السورية"]),
        ),
    ],
)
def test_a_lone_name_before_what_a_verb_charges_or_calls_for_is_its_object(
    text: str, event_type: str, arguments: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, event_type)[0] == arguments


@pytest.mark.parametrize(
    ("text", "fallen"),
    [
        ("وأكدت مصادر طبية مقتل قوات الأمن في الهجوم.", "قوات الأمن"),
        ("وتحدثت المصادر عن قتل عناصر الشرطة المحلية داخل مركزهم.", "الشرطة"),
    ],
)
def test_the_genitive_of_a_killing_is_who_died_even_when_armed(text: str, fallen: str) -> None:
    # قتل takes genitive: recipient, so an armed genitive is no doer (unlike قصف قوات النظام)
    [(actors, recipients)] = event_arguments(text, "ASSAULT")
    assert fallen in " ".join(recipients)
    assert fallen not in " ".join(actors)


def test_the_genitive_of_a_withdrawal_is_who_withdraws() -> None:
    # انسحاب names who pulls out in its genitive, as زيارة names who visits
    assert [a for a, _ in event_arguments("أكد الجيش انسحاب المسلحين من المدينة.", "RETREAT")] == [
        ["المسلحين"]
    ]


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        ("أعلنت الحكومة إطلاق سراح الناشطين المعتقلين منذ الشهر الماضي.", (["الحكومة"], ["الناشطين"])),
        ("وأعلنت الشرطة إخلاء سبيل الصحفي بعد التحقيق معه.", (["الشرطة"], ["الصحفي"])),
    ],
)
def test_the_genitive_of_a_release_is_whom_it_frees(
    text: str, arguments: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, "RETREAT") == [arguments]


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        ("وشن التنظيم هجوما على الحاجز خلف 9 قتلى من الجنود.", "ASSAULT", ["قتلى", "الجنود"]),
        ("وقصفت المدفعية قرية جبلية صباح اليوم ما أوقع جرحى من المدنيين.", "ASSAULT", ["جرحى", "المدنيين"]),
    ],
)
def test_the_body_counted_victims_are_from_is_a_recipient(
    text: str, event_type: str, recipients: list[str]
) -> None:
    # the victims' noun alone names no one; the body after من is whom the act befell
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "اجتمع وزير الخارجية الأردني أمس في مقر وزارة الخارجية بعمان مع رئيس الوزراء اللبناني.",
            "رئيس الوزراء اللبناني",
        ),
        (
            "التقى رئيس الوزراء العراقي صباح اليوم في مقر الحكومة ببغداد مع السفير الأمريكي.",
            "السفير الأمريكي",
        ),
    ],
)
def test_a_name_closing_a_place_phrase_gives_way_to_the_partner_after_maa(text: str, partner: str) -> None:
    # the name in في مقر ... tells where they met; whom they met is marked by مع further on
    assert [r for _, r in event_arguments(text, "CONSULT")] == [[partner]]


@pytest.mark.parametrize(
    "text",
    [
        "وعقد ولي العهد الأردني ووزير الخارجية الفرنسي اجتماعا مطولا في عمان.",
        "وأجرى رئيس الوزراء الإيطالي والمستشارة الألمانية محادثات هاتفية أمس.",
        "واستعرض الرئيس التونسي ورئيس الوزراء الجزائري العلاقات بين البلدين.",
    ],
)
def test_two_subjects_holding_a_meeting_meet_each_other(text: str) -> None:
    # عقد/أجرى/استعرض with a coordinated subject: each side is the other's recipient
    [(actors, recipients)] = event_arguments(text, "CONSULT")
    assert len(actors) == 2 and recipients == actors


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "طالب الناشط الحقوقي سالم العتيبي، وزير العدل السعودي، بالإفراج عن المعتقلين.",
            "وزير العدل السعودي",
        ),
        (
            "ناشد أحد المواطنين، خالد الشمري، وزير الداخلية السعودي بالتدخل لحل مشكلته.",
            "وزير الداخلية السعودي",
        ),
    ],
)
def test_a_name_set_off_by_commas_after_the_subject_is_its_apposition(text: str, recipient: str) -> None:
    # the name between commas says who the subject is; the name after it is whom it asks
    assert [r for _, r in event_arguments(text, "REQUEST")] == [[recipient]]


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        # a title with the person's name right after it: one subject, the next name is asked
        (
            "ناشد المحامي الليبي سالم الورفلي وزير العدل التونسي بالتدخل في القضية.",
            "REQUEST",
            ["وزير العدل التونسي"],
        ),
        # a title and its adjective, a comma, then who the person is: no one else is called on
        ("دعا الكاتب السياسي، فهد الزهراني، إلى مقاطعة منتجات الشركة.", "REQUEST", []),
        # an office in construct with the body it serves, then the holder's name
        (
            "انتقد سفير الأردن، عمر الخطيب، بشدة ممارسات الحكومة الإسرائيلية في القدس.",
            "ACCUSE",
            ["الحكومة الإسرائيلية"],
        ),
    ],
)
def test_the_name_right_after_a_subject_naming_no_one_is_who_it_is(
    text: str, event_type: str, recipients: list[str]
) -> None:
    # the name says who the title or the office is: the subject's own, not the verb's object
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        # the office a person's name holds, in construct with the state it serves, says who
        # the subject is: the name after it is whom the call is aimed at
        ("دعا الشيخ محمد بن زايد أمير دولة الإمارات الحكومة إلى الإصلاح.", "REQUEST", ["الحكومة"]),
        # with no later name the office's holder is whom the act reaches
        ("استقبل الشيخ محمد بن زايد أمير دولة الإمارات.", "CONSULT", ["أمير دولة الإمارات"]),
        # an office of another state than the person's is the object
        ("استقبل عبدالفتاح السيسي وزير خارجية الأردن.", "CONSULT", ["وزير خارجية الأردن"]),
    ],
)
def test_the_office_a_named_subject_holds_is_no_object(
    text: str, event_type: str, recipients: list[str]
) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]


def test_a_list_of_those_met_is_no_apposition() -> None:
    # a name after the comma joined by و goes on the list: the first name stays the object
    assert [
        r
        for _, r in event_arguments("استقبل الرئيس المصري أمس أيمن الصفدي، ووزير الدفاع الأمريكي.", "CONSULT")
    ] == [["أيمن الصفدي"]]


def test_whom_an_act_of_force_befell_is_named_after_its_verb_of_outcome() -> None:
    # سقوط is no trigger: the victims after أدت إلى سقوط قتلى في صفوف are the raids' recipient
    assert [
        r
        for _, r in event_arguments(
            "وذكرت المصادر أن الغارات أدت إلى سقوط قتلى في صفوف المتمردين.", "ASSAULT"
        )
    ] == [["المتمردين"]]


def test_whom_the_outcome_befell_may_stand_a_few_words_past_its_noun() -> None:
    # احتراق is no trigger; the owners of what burned, past its count and adjective, are hit
    text = "وذكرت المصادر أن الغارات التركية أسفرت عن احتراق عدد كبير من الآليات العسكرية للمتمردين."
    assert [r for _, r in event_arguments(text, "ASSAULT")] == [["للمتمردين"]]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the pronoun on the verb stands for the nearest earlier name it agrees with
        (
            "وقال ذوو الطلاب الأربعة إن الشرطة اعتقلتهم خلال مظاهرة في العاصمة.",
            "COERCE",
            [(["الشرطة"], ["الطلاب"])],
        ),
        # ... never for the verb's own subject, named between
        (
            "وذكرت عائلة الصحفي عمر حداد أن الميليشيا اعتقلته ليلا من منزله.",
            "COERCE",
            [(["الميليشيا"], ["الصحفي عمر حداد"])],
        ),
    ],
)
def test_a_verbs_object_pronoun_names_its_recipient(
    text: str, event_type: str, expected: list[tuple[list[str], list[str]]]
) -> None:
    assert event_arguments(text, event_type) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the pronoun on the preposition the act takes its recipient with names it, as one on
        # the verb does: the nearest earlier name it agrees with
        (
            "ولجأ عشرات اللاجئين إلى الجبال، لكن الشرطة قبضت عليهم بعد يومين.",
            "COERCE",
            [(["الشرطة"], ["اللاجئين"])],
        ),
        (
            "وأعلن البيت الأبيض أن كوبا دولة جارة وأن واشنطن تفاوضت معها بحسن نية.",
            "CONSULT",
            [(["واشنطن"], ["كوبا"])],
        ),
        # ... past the relative clause whose verb carries the thing imposed as its own pronoun
        (
            "وعاد الكاتب سامي الخطيب إلى عمله بعد رفع القيود التي فرضتها عليه السلطات.",
            "COERCE",
            [(["السلطات"], ["الكاتب سامي الخطيب"])],
        ),
    ],
)
def test_a_prepositions_pronoun_names_the_recipient(
    text: str, event_type: str, expected: list[tuple[list[str], list[str]]]
) -> None:
    assert event_arguments(text, event_type) == expected


def test_a_verb_joined_by_wa_goes_on_with_whom_the_act_before_reached() -> None:
    # طالبتهم after و stands for the students the grants were for, after ل; with ثم the
    # pronoun is read as before (unmarked names only), and finds none
    first = "وأعلنت الوزارة عن منح جديدة للطلاب المتفوقين، وطالبتهم بتقديم أوراقهم قبل نهاية الشهر."
    assert event_arguments(first, "REQUEST") == [(["الوزارة"], ["للطلاب"])]
    then = "وأعلنت الوزارة عن منح جديدة للطلاب المتفوقين، ثم طالبتهم بتقديم أوراقهم قبل نهاية الشهر."
    assert event_arguments(then, "REQUEST") == [(["الوزارة"], [])]


def test_the_pronoun_after_ground_taken_is_the_place() -> None:
    # عليها is the town the army holds, not the government named before it
    assert event_arguments("وأكدت الحكومة أن البلدة هادئة منذ أن سيطر عليها الجيش.", "ASSAULT") == [
        (["الجيش"], [])
    ]


def test_the_singular_object_pronoun_stands_for_no_sound_plural() -> None:
    # ه is one man: not the armed men before the verb, but the engineer before them
    events = event_arguments(
        "وأكد شقيق المهندس سليم عواد أن مسلحين مجهولين اختطفوه على طريق المطار.", "ASSAULT"
    )
    assert [r for _, r in events] == [["المهندس سليم عواد"]]


def test_a_masdars_pronoun_read_as_a_verbs_names_no_recipient() -> None:
    # سيطرتها is "its control", the opposition's own: not "she controlled it"
    assert event_arguments("وأعلنت المعارضة المسلحة سيطرتها على البلدة بعد معارك عنيفة.", "ASSAULT") == [
        (["المعارضة المسلحة"], [])
    ]


def _recipients(text: str) -> list[tuple[str, str, str]]:
    article = default_pipeline()(text, published="2016-09-20")
    return [
        (r.text, r.country, r.sector)
        for e in article.events
        if e.event_type == "ASSAULT"
        for r in e.recipient
    ]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a town struck, after the noun of a settlement or alone, stands for its people
        ("قصفت الطائرات الحربية السورية بلدة كفرنبل في ريف إدلب صباح اليوم.", "بلدة كفرنبل"),
        ("وقصفت المدفعية الزبداني بعشرات القذائف.", "الزبداني"),
        ("استهدف مقاتلو المعارضة بلدتي نبل والزهراء بالقذائف.", "بلدتي نبل"),
        # the town after a light verb's noun and its preposition (شن غارات على)
        ("وشنت الطائرات غارات مكثفة على مدينة الزبداني طوال الليل.", "مدينة الزبداني"),
    ],
)
def test_a_town_an_act_of_force_is_done_to_is_its_residents(text: str, recipient: str) -> None:
    assert (recipient, "SYR", "CVL") in _recipients(text)


@pytest.mark.parametrize(
    "text",
    [
        # a site is no one's home; a province is land, not the people of one town
        "وقصفت المدفعية مطار كويرس العسكري.",
        "قصفت الطائرات محافظة إدلب.",
    ],
)
def test_a_site_or_a_province_struck_names_no_residents(text: str) -> None:
    assert all(sector != "CVL" for _, _, sector in _recipients(text))


def test_a_town_is_no_recipient_when_the_act_names_one() -> None:
    # who is struck in the town is the recipient, not its people
    assert _recipients("قصف الجيش مواقع المسلحين في بلدة كفرنبل.") == [("المسلحين", "SYR", "UAF")]


def test_a_town_taken_is_taken_from_its_holder_not_its_residents() -> None:
    # ground taken names who held it, never the town's people
    assert all(
        sector != "CVL" for _, _, sector in _recipients("واستعادت القوات الحكومية السيطرة على بلدة كفرنبل.")
    )


@pytest.mark.parametrize(
    ("text", "event_type", "thing"),
    [
        # a verb's bare object that no name holds: a thing struck
        ("وقال الجيش إن المسلحين أحرقوا مخزنا قرب السوق.", "ASSAULT", "مخزنا"),
        # past a subject named after the verb
        ("هاجم مسلحون فندقا في المدينة الساحلية.", "ASSAULT", "فندقا"),
        # ... and past the subject's adjectives: another one's, a ون plural (an object would be
        # in ين)
        ("وهاجم مسلحون آخرون حاجزا قرب الجسر.", "ASSAULT", "حاجزا"),
        ("وهاجم المسلحون الآخرون مخفرا قرب الجسر.", "ASSAULT", "مخفرا"),
        ("وهاجم مسلحون ملثمون فندقا في المدينة.", "ASSAULT", "فندقا"),
        # ... an adjective a name may also read is the subject's, no object (مجهولون، المجهولون)
        ("وهاجم مسلحون مجهولون مخفرا قرب الجسر.", "ASSAULT", "مخفرا"),
        ("وهاجم المسلحون المجهولون قافلة في الصحراء.", "ASSAULT", "قافلة"),
        # ... and past a subject read as the noun after a lede's verb, never the subject itself
        ("وقصفت طائرات أخرى مستودعا قرب المطار.", "ASSAULT", "مستودعا"),
        # a masdar in construct with it
        ("وندد الوزير باختطاف شاحنة محملة بالأدوية.", "ASSAULT", "شاحنة"),
        # after the preposition the act takes its recipient with, with the adjective that follows
        ("وشن المسلحون هجمات على حافلات سياحية في الصحراء.", "ASSAULT", "حافلات سياحية"),
    ],
)
def test_a_thing_struck_with_no_party_named_is_the_recipient(text: str, event_type: str, thing: str) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [[thing]]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        # a nisba after the subject may be the verb's object, a noun: it stays the recipient
        ("واتهمت الحكومة الانفصاليين الموالين للجارة بقصف المدينة.", "ACCUSE", "الانفصاليين"),
        ("وأقنع الوزير الكويتيين بالمشروع.", "REQUEST", "الكويتيين"),
        ("وزار الرئيس أوباما كينيا أمس.", "CONSULT", "كينيا"),
    ],
)
def test_a_nisba_after_the_subject_may_be_the_object(text: str, event_type: str, recipient: str) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [[recipient]]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the masdar's own adjective and a definite masdar's adverb are no thing struck
        ("وقعت اشتباكات عنيفة في المدينة.", "ASSAULT"),
        ("وطالب الأهالي بالقتل قصاصا للجاني.", "ASSAULT"),
        ("وتعرضت البلدة لقصف كثيف من المدفعية.", "ASSAULT"),
        # a light verb's object is its own word; the adjective after it is not struck
        ("ونصبت القوات كمينا محكما قرب الحدود.", "ASSAULT"),
        # the means after ب
        ("وقصف الطيران بالصواريخ طوال الليل.", "ASSAULT"),
    ],
)
def test_no_thing_struck_is_read_in_an_adjective_an_adverb_or_the_means(text: str, event_type: str) -> None:
    assert all(not recipients for _, recipients in event_arguments(text, event_type))


def test_a_thing_struck_gives_way_to_a_party_and_is_no_party_to_the_filter() -> None:
    # the party whose things are struck is the recipient, not the things
    assert [r for _, r in event_arguments("قصف الطيران مخازن للمتمردين قرب الحدود.", "ASSAULT")] == [
        ["للمتمردين"]
    ]
    events = default_pipeline()(
        "وقال الجيش إن المسلحين أحرقوا مخزنا قرب السوق.", published="2016-09-20"
    ).events
    struck = [e for e in events if e.event_type == "ASSAULT"]
    assert struck and all(e.rule.endswith("+struck") for e in struck)
    assert all(party_recipients(e) == [] for e in struck)


def test_the_object_past_the_place_and_the_date_that_open_the_clause() -> None:
    # the ministry closes where he received the envoy; the date and the comma end the adjuncts,
    # so the name after is whom he received
    text = "استقبل وزير الداخلية الأردني في مكتبه بمقر وزارة الداخلية مساء الاثنين، سفير الاتحاد الأوروبي لدى عمان."
    assert [r for _, r in event_arguments(text, "CONSULT")] == [["الاتحاد الأوروبي"]]


def test_the_object_of_a_masdar_after_its_genitive_agent() -> None:
    # the union demands (genitive agent), the government is demanded of (the masdar's object)
    text = "جاء ذلك بعد يومين من مطالبة الجامعة العربية الحكومة العراقية بحماية المدنيين."
    assert event_arguments(text, "REQUEST") == [(["الجامعة العربية"], ["الحكومة العراقية"])]


@pytest.mark.parametrize(
    ("text", "event_type", "reached"),
    [
        # the genitive of targeting, chasing or attacking is the target, armed or not
        ("وواصلت الطائرات استهداف المسلحين في الوادي.", "ASSAULT", "المسلحين"),
        ("وأعلن الجيش استمرار مطاردة عناصر التنظيم في الجبال.", "ASSAULT", "التنظيم"),
        ("وتتهم السلطات الجماعة بمهاجمة قوات الشرطة في المدينة.", "ASSAULT", "الشرطة"),
        # ... and so is that of persuading or backing someone
        ("ويسعى الرئيس إلى إقناع الكونغرس بتمرير القانون.", "REQUEST", "الكونغرس"),
        ("وأكدت القبائل عزمها مساندة الجيش الوطني في المعركة.", "SUPPORT", "الجيش"),
    ],
)
def test_the_genitive_of_an_act_aimed_at_a_party_is_whom_it_reaches(
    text: str, event_type: str, reached: str
) -> None:
    # these entries take genitive: recipient; the default reads the genitive as who acts
    [(actors, recipients)] = event_arguments(text, event_type)
    assert reached in " ".join(recipients)
    assert reached not in " ".join(actors)


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        (
            "وقال مسؤول إن لقاء جمع وزير الخارجية الأمريكي بوزير الخارجية الصيني في بكين تناول الأزمة.",
            (["وزير الخارجية الأمريكي"], ["وزير الخارجية الصيني"]),
        ),
        (
            "وتناولت المباحثات التي جمعت الرئيس المصري مع العاهل الأردني في القاهرة العلاقات الثنائية.",
            (["الرئيس المصري"], ["العاهل الأردني"]),
        ),
    ],
)
def test_a_meeting_that_brought_two_sides_together_names_them_after_the_verb(
    text: str, arguments: tuple[list[str], list[str]]
) -> None:
    # جمع after a noun of meeting: its object meets the name after ب or مع (particles kind gather)
    assert event_arguments(text, "CONSULT") == [arguments]


def test_a_lone_name_before_an_unsplit_b_charge_is_the_object() -> None:
    # بشن keeps its ب unsplit and would pass for the indefinite name's adjective: the charge
    # still opens there, so the lone name is whom the speaker named before accuses
    assert event_arguments("وقال الوزير إن بلاده ترفض الاتفاق، واتهم فرنسا بشن حملة إعلامية.", "ACCUSE") == [
        (["الوزير"], ["فرنسا"])
    ]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the second name, right before the charge, is the object; the first is the subject
        ("اتهم رئيس حزب المعارضة الرئيس الفرنسي بعرقلة الإصلاحات.", "المعارضة", "الرئيس الفرنسي"),
        (
            "اتهم تقرير صادر عن منظمة العفو الدولية، ميليشيات الحوثي بممارسة انتهاكات.",
            "منظمة العفو الدولية",
            "ميليشيات الحوثي",
        ),
    ],
)
def test_the_name_right_before_the_charge_is_the_accused(text: str, actor: str, recipient: str) -> None:
    assert event_arguments(text, "ACCUSE") == [([actor], [recipient])]


def test_a_condemned_attack_named_by_its_nisba_is_aimed_at_that_party() -> None:
    # القصف التركي: the nisba names who shelled, so the condemnation is aimed at it
    assert event_arguments("أدانت الحكومة العراقية القصف التركي لقرى الشمال.", "ACCUSE") == [
        (["الحكومة العراقية"], ["التركي"])
    ]


def test_where_a_condemnation_was_said_may_stand_before_the_act_it_judges() -> None:
    # في بيان على موقعها الرسمي: the medium between the verb and its object keeps the object
    text = "وكانت الحكومة العراقية أدانت في بيان على موقعها الرسمي القصف التركي لقرى الشمال."
    assert [r for _, r in event_arguments(text, "ACCUSE")] == [["التركي"]]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("اجتمع الوزير أمس بمديري المدارس في المنطقة الشرقية.", "CONSULT"),
        ("ودعا المحافظ مديري المستشفيات إلى رفع الجاهزية.", "REQUEST"),
    ],
)
def test_directors_of_a_body_are_whom_an_official_meets_or_calls_on(text: str, event_type: str) -> None:
    # مديري in construct (directors of schools, hospitals) names a group of officials
    assert [r for _, r in event_arguments(text, event_type)] == [["مديري"]]


def _party(text: str, entity: str, start: int) -> Actor:
    return Actor(start=start, end=start + len(text), text=text, entity=entity)


def _event(actors: list[Actor], recipients: list[Actor], start: int) -> Event:
    return Event(
        start, start + 40, start + 1, start + 5, "اتفق", "AGREE", "030", actor=actors, recipient=recipients
    )


def test_a_dual_whose_parties_already_act_gets_no_sides_tag() -> None:
    """الطرفان given the two parties named before, but only those it does not already name:
    one that names them all is left as it was, its rule untagged."""
    army, rebels = _party("الجيش", "army", 0), _party("المتمردين", "rebels", 10)
    told = _event([army], [rebels], 0)
    dual = _event([_party("الطرفان", "both sides", 60), replace(army), replace(rebels)], [], 50)
    fresh = _event([_party("الجانبان", "both sides", 110)], [], 100)
    to_actors, _ = _sides_named([told, dual, fresh])
    assert [event for event, _ in to_actors] == [fresh]
    assert dual.rule == "" and fresh.rule == SIDES_TAG
    assert [a.entity for a in fresh.actor] == ["both sides", "army", "rebels"]


def test_a_dual_recipient_of_one_party_is_the_other_party() -> None:
    """One party named as the actor of an act on الطرفين: the dual stands for the other party
    named before, which joins the recipients; the party already acting is not added again."""
    army, rebels = _party("الجيش", "army", 0), _party("المتمردين", "rebels", 10)
    told = _event([army], [rebels], 0)
    shelled = _event([replace(army)], [_party("الطرفين", "both sides", 60)], 50)
    _, to_recipients = _sides_named([told, shelled])
    assert [event for event, _ in to_recipients] == [shelled]
    assert [a.entity for a in shelled.recipient] == ["both sides", "rebels"]
    assert shelled.rule == SIDES_TAG


def test_a_dual_recipient_with_no_actor_is_left_alone() -> None:
    """With no party acting, nothing says which side the dual leaves out: no recipient is added."""
    told = _event([_party("الجيش", "army", 0)], [_party("المتمردين", "rebels", 10)], 0)
    nobody = _event([], [_party("الطرفين", "both sides", 60)], 50)
    _, to_recipients = _sides_named([told, nobody])
    assert to_recipients == [] and nobody.rule == ""


def test_security_forces_warning_both_sides_warn_the_party_they_fought() -> None:
    # الطرفين after one party acts: the party named with it before joins the recipients
    text = "هاجمت قوات الأمن المحتجين وسط المدينة. وحذرت قوات الأمن الطرفين من العودة إلى العنف."
    assert event_arguments(text, "THREATEN") == [(["قوات الأمن"], ["الطرفين", "المحتجين"])]


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        # a common noun no list names, between the subject and the word opening the call
        ("وطالب المدير الأمهات بمراقبة أطفالهن.", "REQUEST", ["الأمهات"]),
        # past a comma after the subject, and two nouns joined by و
        ("ودعا الطبيب سامر الخطيب، الآباء والأمهات إلى الفحص المبكر.", "REQUEST", ["الآباء والأمهات"]),
        # a noun in construct before ل and a masdar
        ("ودعت البلدية أصحاب المطاعم للالتزام بالأنظمة.", "REQUEST", ["أصحاب المطاعم"]),
    ],
)
def test_the_common_noun_a_call_is_made_to_is_its_recipient(
    text: str, event_type: str, recipients: list[str]
) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]


def test_a_call_with_no_object_before_its_word_has_no_recipient() -> None:
    # دعا إلى الحوار: the verb's object is left out, what it calls for is no one
    assert event_arguments("ودعا المدير إلى الهدوء.", "REQUEST") == [(["المدير"], [])]


def test_the_common_noun_a_call_is_made_to_is_no_party() -> None:
    # given once the events are judged, as a thing struck is: what reads parties never saw it
    article = default_pipeline()("وطالب المدير الأمهات بمراقبة أطفالهن.", published="2016-09-20")
    (event,) = [e for e in article.events if e.event_type == "REQUEST"]
    assert event.rule.endswith("+called") and party_recipients(event) == []


def test_a_separate_pronoun_before_the_call_is_no_common_noun() -> None:
    # متهما إياه: the pronoun stands for the contractor named before, no noun to give as a recipient
    events = event_arguments("وقال المدير إن المقاول لم يدفع الرواتب، متهما إياه بالمماطلة.", "ACCUSE")
    assert events == [(["المدير"], [])]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a verb of meeting takes the common noun after its subject, with its genitive
        ("والتقى الوفد أعضاء الجالية في المدينة.", ["أعضاء الجالية"]),
        # ... an indefinite genitive after a noun in construct too
        ("وزار الرئيس عدة بلدان خلال الشهر.", ["عدة بلدان"]),
    ],
)
def test_the_common_noun_a_verb_of_meeting_takes_is_its_recipient(text: str, recipients: list[str]) -> None:
    assert [r for _, r in event_arguments(text, "CONSULT")] == [recipients]


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        # civilians a light verb of force acts on (فرق matched with its object, or its masdar)
        # are whom it is done to, like any other party
        ("وحاولت الشرطة تفريق المتظاهرين في وسط المدينة.", (["الشرطة"], ["المتظاهرين"])),
        ("وفرقت قوات الشرطة المحتجين أمام مبنى البلدية.", (["قوات الشرطة"], ["المحتجين"])),
    ],
)
def test_civilians_a_light_verb_of_force_acts_on_are_its_recipient(
    text: str, arguments: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, "COERCE") == [arguments]


def test_the_dead_a_light_verb_of_falling_names_are_no_object_of_it() -> None:
    # سقط قتلى (object_is_subject): the dead are what came about, told apart by the victims'
    # rules, neither doer nor recipient
    assert event_arguments("وسقط قتلى في القصف على البلدة.", "ASSAULT") == [([], [])]


@pytest.mark.parametrize(
    ("text", "event_type", "arguments"),
    [
        # a bare noun of people after the genitive and its adjectives is the masdar's object
        (
            "وذكرت الصحيفة أن اعتقال الشرطة التركية صحفيين أجانب أثار غضبا واسعا.",
            "COERCE",
            (["الشرطة التركية"], ["صحفيين أجانب"]),
        ),
        (
            "وانتقدت المنظمة احتجاز السلطات المصرية ناشطين في القاهرة.",
            "COERCE",
            (["السلطات المصرية"], ["ناشطين"]),
        ),
    ],
)
def test_a_bare_noun_of_people_after_a_masdars_genitive_is_its_object(
    text: str, event_type: str, arguments: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, event_type) == [arguments]


def test_a_masdars_lone_genitive_is_still_whom_an_arrest_reaches() -> None:
    assert [r for _, r in event_arguments("وأعلنت الوزارة اعتقال الناشط في العاصمة.", "COERCE")] == [
        ["الناشط"]
    ]


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        # an armed genitive with another party's sites as the masdar's bare object strikes them
        ("وتواصل استهداف طيران التحالف مواقع الحوثيين في صعدة.", (["التحالف"], ["الحوثيين"])),
        ("وتواصل استهداف الجيش مواقع عسكرية للحوثيين في صعدة.", (["الجيش"], ["للحوثيين"])),
    ],
)
def test_an_armed_genitive_strikes_the_sites_after_it(
    text: str, arguments: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, "ASSAULT") == [arguments]


def test_a_phrase_joined_by_wa_after_a_masdars_genitive_is_no_object_of_it() -> None:
    # مقتل ضابط وإصابة جنود: the wounded are no object of the officer's death
    events = event_arguments("وأدى القصف إلى مقتل ضابط وإصابة جنود آخرين.", "ASSAULT")
    assert events and all(a != ["ضابط"] for a, _ in events)


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        # people counted in a party's ranks are that party's
        ("وأفاد المرصد بمصرع 12 شخصا في صفوف قوات النظام خلال المعارك.", "ASSAULT", ["قوات النظام"]),
        ("وأدى الانفجار إلى مقتل خمسة أشخاص بين صفوف المصلين.", "ASSAULT", ["المصلين"]),
    ],
)
def test_people_in_a_partys_ranks_are_that_party(text: str, event_type: str, recipients: list[str]) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a town that undergoes an act of force, after its verb or before it, is struck at its people
        ("وتتعرض مدينة دوما لقصف عنيف منذ أيام.", "مدينة دوما"),
        ("يذكر أن بلدة كفرنبل تتعرض لقصف مدفعي منذ الصباح.", "بلدة كفرنبل"),
    ],
)
def test_a_town_undergoing_an_attack_is_struck_at_its_people(text: str, recipient: str) -> None:
    article = default_pipeline()(text, published="2016-09-20")
    events = [e for e in article.events if e.event_type == "ASSAULT"]
    assert [[r.text for r in e.recipient] for e in events] == [[recipient]]
    assert all(e.recipient[0].entity.startswith("residents of") for e in events)


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        # the pronoun on a verb joined by و right after another verb's object stands for it
        ("انتقد الرئيس الفرنسي إيران وحذرها من مواصلة التدخل في المنطقة.", "THREATEN", ["إيران"]),
        ("انتقدت الوزيرة الحكومة السورية وحذرتها من عواقب الهجوم.", "THREATEN", ["الحكومة السورية"]),
    ],
)
def test_a_joined_verbs_pronoun_stands_for_the_object_before(
    text: str, event_type: str, recipients: list[str]
) -> None:
    assert [r for _, r in event_arguments(text, event_type)] == [recipients]
