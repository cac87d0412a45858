"""Actors and recipients of acts named by nouns and masdars, on sentences we wrote."""

from __future__ import annotations

import pytest

from .conftest import default_pipeline, event_arguments


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the target after على, past the noun's adjectives and the site its owner holds
        (
            "وجاءت الضربات الجوية التركية على معسكرات حزب العمال الكردستاني بعد تفجير في المدينة.",
            "ASSAULT",
            (["التركية"], ["حزب العمال الكردستاني"]),
        ),
        (
            "وتواصلت الغارات الجوية الروسية على مواقع المعارضة في ريف إدلب.",
            "ASSAULT",
            (["الروسية"], ["المعارضة"]),
        ),
        # the site's own adjective, then its holder after ل
        ("وتواصلت الغارات الجوية على مواقع عسكرية للحوثيين في صعدة.", "ASSAULT", ([], ["للحوثيين"])),
        # ضد after two adjectives
        ("وتتسع حملة المقاطعة الأوروبية الواسعة ضد إسرائيل.", "SANCTION", ([], ["إسرائيل"])),
        # an armed force written with ل right after an act of force acts; its target follows
        (
            "وتجددت الاشتباكات بعد هجوم لقوات النظام على تجمعات للمعارضة.",
            "ASSAULT",
            (["قوات النظام"], ["للمعارضة"]),
        ),
        # the subject of a verb of perpetrating whose pronoun is the act did it, even people
        # read as victims elsewhere: never turned round into whom it reached
        (
            "وجاء الهجوم الذي شنه مستوطنون على منزل في القرية بعد أيام من التوتر.",
            "ASSAULT",
            (["مستوطنون"], []),
        ),
        # أطلقها: launching is perpetrating too (particles.tsv): the subject fires the attacks
        (
            "وتواصلت الهجمات التي أطلقها الحوثيون على البلدات الحدودية طوال الليل.",
            "ASSAULT",
            (["الحوثيون"], []),
        ),
        # a meeting's other side after ب
        (
            "وقال البيان إن لقاء الملك عبدالله الثاني بالرئيس الفلسطيني محمود عباس تناول القضية.",
            "CONSULT",
            (["الملك عبدالله الثاني"], ["الرئيس الفلسطيني محمود عباس"]),
        ),
        # the party a place is freed from, through the grip it held (سيطرة is no act here)
        (
            "وأكد الوزير أن تحرير العاصمة صنعاء من سيطرة المليشيات المتمردة أولوية.",
            "ASSAULT",
            ([], ["المليشيات"]),
        ),
        (
            "وتمكن الجيش من استعادة البلدة من قبضة تنظيم داعش.",
            "ASSAULT",
            (["الجيش"], ["تنظيم داعش"]),
        ),
        # who does the act named by the noun, after «يقوم بها» in a relative clause
        (
            "وانتقدت المعارضة الزيارة التي من المقرر أن يقوم بها وزير الخارجية الفرنسي لوران فابيوس إلى طهران.",
            "CONSULT",
            (["وزير الخارجية الفرنسي لوران فابيوس"], ["طهران"]),
        ),
        # a verb of doing the act with the noun as its object pronoun: its subject does it
        (
            "وندد المجلس المحلي بالغارات التي شنتها الطائرات الروسية على مواقع المعارضة قرب كفرنبل.",
            "ASSAULT",
            (["الطائرات الروسية"], ["المعارضة"]),
        ),
        (
            "وقالت الشرطة إن الهجوم الذي تبناه تنظيم داعش أوقع خسائر في صفوف الحراس.",
            "ASSAULT",
            (["تنظيم داعش"], []),
        ),
        # the giver of aid or support after من, the receiver named before the noun
        ("ويحصل حزب الله على دعم عسكري من إيران.", "AID", (["إيران"], ["حزب الله"])),
        (
            "ونجح المقاتلون الأكراد بمساندة من طائرات التحالف الدولي في صد الهجوم.",
            "SUPPORT",
            (["التحالف الدولي"], ["المقاتلون الأكراد"]),
        ),
        # the other side of a meeting or joint work after مع, a few words on
        ("وبدأت فرنسا مناقشة مشروع القرار الجديد مع الصين قبل أسبوعين.", "CONSULT", (["فرنسا"], ["الصين"])),
    ],
)
def test_noun_arguments(text: str, event_type: str, expected: tuple[list[str], list[str]]) -> None:
    assert event_arguments(text, event_type) == [expected]


def test_an_armed_force_after_lam_is_the_agent_of_the_strike() -> None:
    (found,) = event_arguments(
        "وقتل ثلاثة مدنيين في غارة جوية لطيران النظام على بلدة في ريف حماة.", "ASSAULT"
    )
    assert found[0] == ["النظام"]


def test_taking_a_place_is_still_an_act() -> None:
    # السيطرة is an act unless it follows من or عن
    assert event_arguments("وأعلنت المعارضة السيطرة على البلدة.", "ASSAULT") == [(["المعارضة"], [])]


def test_the_genitive_before_a_charge_is_the_accused() -> None:
    # اتهام تركيا بدعم ...: Turkey is accused, not accusing
    (found,) = event_arguments("ودعت الجماعة إلى اتهام تركيا بدعم الإرهاب.", "ACCUSE")
    assert found[1] == ["تركيا"]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the recipient after ل past the noun's adjectives, a preposition its entry takes
        (
            "وأعلنت الحكومة السعودية تقديم مساعدات طبية عاجلة وإنسانية للنازحين السوريين.",
            "AID",
            (["الحكومة السعودية"], ["للنازحين"]),
        ),
        # a possessive on an act done by someone: who the pronoun can stand for acts (ه is no ministry)
        (
            "وأكد وزير الخارجية الأردني أن وزارة الدفاع لم تعلق على زيارته إلى بغداد.",
            "CONSULT",
            (["وزير الخارجية الأردني"], ["بغداد"]),
        ),
        # a possessive on an act of force done to someone: the pronoun names the target
        (
            "وكان الناشط الحقوقي محمد العلي قد اختفى في بغداد قبل أن تعلن الشرطة اعتقاله.",
            "COERCE",
            (["الشرطة"], ["محمد العلي"]),
        ),
        # after a passive auxiliary the name before is the patient, and nobody is named acting
        (
            "ونعى الحزب القيادي سامي الخطيب الذي تم اغتياله في بيروت.",
            "ASSAULT",
            ([], ["القيادي سامي الخطيب"]),
        ),
        # a state after ل past «قام بها» is where the visit went, not who made it
        ("وكانت آخر زيارة قام بها لموسكو قبل عامين.", "CONSULT", ([], ["موسكو"])),
        # an indefinite noun's relative clause has no pronoun: «يقوم بها» right after it
        (
            "وبحث الجانبان ترتيبات زيارة رسمية للعاصمة يقوم بها رئيس الوزراء العراقي الشهر المقبل.",
            "CONSULT",
            (["رئيس الوزراء العراقي"], []),
        ),
    ],
)
def test_possessors_relative_doers_and_far_recipients(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


def test_a_relative_verb_of_receiving_names_no_giver() -> None:
    # تلقتها: who received the aid is the relative verb's subject, not who gave it
    arguments = event_arguments("وأشاد المحافظ بالمساعدات التي تلقتها القرى المنكوبة.", "AID")
    assert all("القرى المنكوبة" not in actors for actors, _ in arguments)


def test_a_possessed_noun_in_teh_marbuta_is_no_verb() -> None:
    # وزارته is وزارة + ه (his ministry), not و + زارت + ه (and she visited him)
    article = default_pipeline()(
        "وأكد الوزير أن وزارته تتابع أوضاع المواطنين في الخارج.", published="2016-09-20"
    )
    assert [e.trigger for e in article.events if e.event_type == "CONSULT"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وتمكنت قوات الأمن من اعتقال المسلحين بعد ساعات من الهجوم على المركز.",
            (["قوات الأمن"], ["المسلحين"]),
        ),
        ("وواصلت الشرطة احتجاز عناصر الميليشيا في سجن المدينة.", (["الشرطة"], ["الميليشيا"])),
    ],
)
def test_the_armed_genitive_of_an_arrest_is_who_is_held(
    text: str, expected: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, "COERCE") == [expected]


def test_international_bodies_after_min_give_the_aid() -> None:
    # المساعدات القادمة من المنظمات الدولية: who gives may be a body no name tells
    text = "وأكد المحافظ أن المدينة تستقبل المساعدات الإنسانية والطبية القادمة من المنظمات الدولية والدول المانحة."
    (found,) = event_arguments(text, "AID")
    assert found[0] == ["المنظمات الدولية", "الدول المانحة"]


def test_the_accused_before_a_charge_the_tokenizer_left_whole() -> None:
    # باضطهاد keeps its ب: Turkey is still the accused, not the accuser
    (found,) = event_arguments("وردت عدة مواقع إخبارية باتهام تركيا باضطهاد المسلمين.", "ACCUSE")
    assert found[1] == ["تركيا"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of قام acts in its ب-noun, past a relative clause that describes it
        (
            "وأكد المصدر أن طائرات التحالف الذي تقوده السعودية لدعم الحكومة اليمنية قامت خلال الساعات الماضية بشن غارات على مقر المتمردين.",
            (["التحالف"], ["المتمردين"]),
        ),
        ("وقال الجيش إن مسلحين قاموا بمهاجمة نقطة تفتيش.", (["مسلحين"], [])),
    ],
)
def test_the_subject_of_qama_does_the_act_of_its_b_noun(
    text: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive with a target after على/ضد is who attacks, even people of a victim sector
        (
            "وبحث الاجتماع اعتداءات المستوطنين المتواصلة ضد المدنيين الفلسطينيين في الضفة.",
            (["المستوطنين"], ["المدنيين الفلسطينيين"]),
        ),
        (
            "وأدان البيان هجمات المتظاهرين على مقر حزب العدالة والتنمية.",
            (["المتظاهرين"], ["حزب العدالة والتنمية"]),
        ),
    ],
)
def test_a_genitive_before_the_target_is_who_attacks(
    text: str, expected: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, "ASSAULT") == [expected]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "وتلقت الحكومة اليمنية مساعدات عسكرية من الإمارات لمواجهة الحوثيين.",
            "AID",
            (["الإمارات"], ["الحكومة اليمنية"]),
        ),
        ("وحصل الجيش اللبناني على مساعدات أمريكية جديدة.", "AID", (["أمريكية"], ["الجيش اللبناني"])),
        # support received, a form that could be read as a verb (دعما: «they both supported»)
        (
            "وتلقت الفصائل المعارضة دعما متزايدا من تركيا خلال الشهر الماضي.",
            "AID",
            (["تركيا"], ["الفصائل المعارضة"]),
        ),
        # support received by no fighting side is still given: aid, the giver after من
        (
            "وتلقت وزارة الصحة اليمنية دعما ماليا من الحكومة الألمانية لإصلاح المستشفيات.",
            "AID",
            (["الحكومة الألمانية"], ["وزارة الصحة اليمنية"]),
        ),
        # the masdar of receiving after ب: who is said to receive support is its recipient
        (
            "وتتهم بغداد حزب العمال الكردستاني بتلقي دعم من جهات أجنبية ومن إيران.",
            "AID",
            (["إيران"], ["حزب العمال الكردستاني"]),
        ),
        # who received names no giver: nobody earlier in the story is made one
        (
            "وزار وزير الخارجية الأردني المخيم أمس. وحصلت الحكومة على مساعدات جديدة الأسبوع الماضي.",
            "AID",
            ([], ["الحكومة"]),
        ),
    ],
)
def test_who_receives_aid_is_its_recipient(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    """تلقت/حصلت على مساعدات: the subject of a verb of receiving is whom the aid reaches."""
    assert expected in event_arguments(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # تعرض ل: the subject is whom the act befell, the name after من who did it
        (
            "وتعرضت دورية للشرطة العراقية لهجوم من مسلحين قرب الحدود.",
            "ASSAULT",
            (["مسلحين"], ["للشرطة العراقية"]),
        ),
        ("وقال المتحدث إن الوزير تعرض لمحاولة اغتيال الليلة الماضية.", "ASSAULT", ([], ["الوزير"])),
        # a verb's form with ل after it is its masdar (لقصف), no purpose whose subject shells
        (
            "وتعرض الجيش اللبناني لقصف عنيف من قبل المسلحين قرب الحدود.",
            "ASSAULT",
            (["المسلحين"], ["الجيش اللبناني"]),
        ),
        # the verb in a relative clause: the clause's head underwent the act, past a comma too
        ("وتحدث المسؤول عن الجيش اللبناني الذي تعرض لهجوم قرب الحدود.", "ASSAULT", ([], ["الجيش اللبناني"])),
        (
            "والتقى الوزير بالناشط الحقوقي خالد يوسف، الذي تعرض لاعتداء الأسبوع الماضي.",
            "ASSAULT",
            ([], ["خالد يوسف"]),
        ),
        (
            "وزار الوزير الرئيس الفرنسي فرنسوا هولاند، الذي تعرض لانتقادات حادة من المعارضة.",
            "ACCUSE",
            (["المعارضة"], ["هولاند"]),
        ),
        # the masdar of undergoing with a pronoun: whom the pronoun stands for underwent it
        (
            "وأعلن الحزب الديمقراطي الكردستاني بعد تعرضه لقصف عنيف أنه سيرد.",
            "ASSAULT",
            ([], ["الحزب الديمقراطي الكردستاني"]),
        ),
        (
            "ونقل الجنود الأتراك إلى المستشفى إثر تعرضهم لهجوم من مسلحين.",
            "ASSAULT",
            (["مسلحين"], ["الجنود الأتراك"]),
        ),
        # ... not the subject of the verb before it when a name it does not stand for comes
        # between (مدينة الخليل): without the pronoun's reading the minister would attack
        (
            "وغادر الوزير الأردني مدينة الخليل بعد تعرضه لهجوم من مستوطنين.",
            "ASSAULT",
            ([], ["الوزير الأردني"]),
        ),
        # a verb of harm before its subject, then the act's noun after في or إثر
        ("أصيب أربعة من رجال الشرطة في هجوم على نقطة تفتيش شمال البلاد.", "ASSAULT", ([], ["رجال الشرطة"])),
        ("واستشهد جنديان من حرس الحدود إثر قصف على موقعهما.", "ASSAULT", ([], ["حرس الحدود"])),
        # a threat received that is no gift: the receiver is threatened, the name after من threatens
        ("وتلقت الحكومة تهديدات من التنظيم المتطرف.", "THREATEN", (["التنظيم المتطرف"], ["الحكومة"])),
    ],
)
def test_whom_an_act_befell_is_the_subject_of_a_verb_of_undergoing(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    """تعرض الموكب لهجوم، أصيب جنود في انفجار: the verb's subject is the act's recipient, not its actor."""
    assert expected in event_arguments(text, event_type)


def test_the_masdar_of_undergoing_is_not_undergone_by_a_name_its_pronoun_cannot_stand_for() -> None:
    """بعد تعرضها لهجوم: the feminine pronoun stands for the newspaper, not for the president
    who is the sentence's subject, so he is not whom the attack befell."""
    text = "وزار الرئيس الفرنسي إيمانويل ماكرون مقر الصحيفة بعد تعرضها لهجوم مسلح."
    assert all("ماكرون" not in " ".join(recipient) for _, recipient in event_arguments(text, "ASSAULT"))


def test_a_lam_masdar_of_purpose_is_still_read_as_a_verb_of_purpose() -> None:
    """توجهت القوات لقصف: with no verb of undergoing before it, ل + masdar tells a purpose."""
    text = "وتوجهت القوات إلى الجبهة لقصف مواقع المتمردين."
    assert (["القوات"], ["المتمردين"]) in event_arguments(text, "ASSAULT")


def test_a_reporter_before_a_clause_of_undergoing_is_not_its_recipient() -> None:
    """ذكر المرصد أن البلدة تتعرض لقصف: a name before أن is who reports, not whom the act befell."""
    text = "وذكرت منظمة العفو الدولية أن البلدة تتعرض لقصف متواصل منذ أيام."
    assert all(recipient != ["منظمة العفو الدولية"] for _, recipient in event_arguments(text, "ASSAULT"))


def test_a_recipient_after_lam_on_a_noun_of_people_no_name_covers() -> None:
    """تقديم المساعدات للأشقاء السوريين: ل on a word no name covers, the name right after it."""
    text = "ووجه الملك بتقديم المساعدات الطبية والإغاثية للأشقاء السودانيين في تشاد."
    assert ([], ["السودانيين"]) in event_arguments(text, "AID")


def test_acts_of_aid_in_one_sentence_reach_the_same_people() -> None:
    """وجه الملك بتقديم مساعدات للنازحين، وأمر الوزير بتسيير جسر جوي: one relief, one recipient."""
    text = (
        "وجه الملك بتقديم مساعدات عاجلة للنازحين السودانيين، وأمر وزير الدفاع السعودي "
        "بتأمين طائرات شحن لتسيير جسر جوي إلى مدينة أبشي."
    )
    assert (["وزير الدفاع السعودي"], ["للنازحين"]) in event_arguments(text, "AID")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessed noun heads no genitive: the name after لقائه is whom he met (hamza on ي)
        (
            "وأعرب رئيس الوزراء الياباني عن ارتياحه لنتائج لقائه الرئيس المصري في القاهرة.",
            (["رئيس الوزراء الياباني"], ["الرئيس المصري"]),
        ),
        # with a recipient named, the pronoun, not the story's last actor, says who acts
        (
            "التقى الملك عبدالله الثاني رئيس الوزراء العراقي في عمان. وقال وزير الخارجية الألماني إن زيارته لطهران ستبحث الملف النووي.",
            (["وزير الخارجية الألماني"], ["طهران"]),
        ),
    ],
)
def test_a_possessive_pronoun_names_who_meets(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert event_arguments(text, "CONSULT")[-1] == expected


def test_the_words_of_names_do_not_keep_qama_from_its_noun() -> None:
    # only the words outside names count between قام and its ب-noun: the government acts,
    # not the premier its relative clause names
    (found,) = event_arguments("وقامت الحكومة اليمنية التي يرأسها خالد بحاح بزيارة إلى عدن.", "CONSULT")
    assert found[0] == ["الحكومة اليمنية"]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the masdar is the object of a verb of undertaking: its subject acts, the genitive is
        # whom the act reaches, even for a noun whose genitive would otherwise act
        (
            "قرر الرئيس الفرنسي إيمانويل ماكرون استقبال رئيس الوزراء العراقي في باريس الأسبوع المقبل.",
            "CONSULT",
            (["الرئيس الفرنسي إيمانويل ماكرون"], ["رئيس الوزراء العراقي"]),
        ),
        # the first name after the verb is its subject, not the one nearest the masdar (the
        # armed men are some of the organisation's people: it acts through them)
        ("وحاول مسلحون من تنظيم داعش اقتحام البلدة ليلا.", "ASSAULT", (["تنظيم داعش"], [])),
    ],
)
def test_the_subject_of_a_verb_of_undertaking_does_its_masdar(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


def test_a_masdar_after_a_preposition_is_no_object_of_a_verb_of_undertaking() -> None:
    # في الإشراف: the noun is no object of واصلت, nor is the visit after it
    arguments = event_arguments(
        "وواصلت الوزارة عملها في الإشراف على زيارة الرئيس المصري عبد الفتاح السيسي إلى أبوظبي.", "CONSULT"
    )
    assert all(actor != ["الوزارة"] for actor, _ in arguments)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # ل joined to the masdar: the subject of يستعد acts, the armed genitive is the target
        (
            "وتستعد قوات البيشمركة لمهاجمة عناصر تنظيم داعش غرب الموصل.",
            "ASSAULT",
            (["البيشمركة"], ["تنظيم داعش"]),
        ),
        # في apart from the masdar, a ب-phrase of support between the subject and it
        (
            "ونجحت قوات الأمن الأفغانية بمساندة من طائرات حلف الأطلسي في صد مقاتلي حركة طالبان عن المدينة.",
            "ASSAULT",
            (["قوات الأمن الأفغانية"], ["حركة طالبان"]),
        ),
        # على, the subject's long name between (names are not counted in the gap)
        (
            "وعزم الرئيس التركي رجب طيب أردوغان على زيارة موسكو الشهر المقبل.",
            "CONSULT",
            (["الرئيس التركي رجب طيب أردوغان"], ["موسكو"]),
        ),
    ],
)
def test_the_subject_of_a_verb_of_endeavour_does_the_masdar_after_its_preposition(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


def test_a_masdar_inside_the_masdar_a_verb_of_endeavour_takes_is_not_its_own() -> None:
    # للحصول opens يسعى's complement: the approval after على is the parliament's, not the minister's
    arguments = event_arguments("ويسعى الوزير للحصول على موافقة البرلمان قبل نهاية الشهر.", "AGREE")
    assert all(actor != ["الوزير"] for actor, _ in arguments)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # أرسل: the government that sends troops backs the army, which is whom it reaches
        (
            "أرسلت الحكومة التركية قوات إلى الحدود لمساندة الجيش العراقي.",
            "SUPPORT",
            (["الحكومة التركية"], ["الجيش العراقي"]),
        ),
        # يزور: the visitor holds the talks; a comma sets the purpose off, the visited capital
        # is no actor
        (
            "يزور وزير الدفاع البريطاني أنقرة الأسبوع المقبل، لإجراء مباحثات مع نظيره التركي.",
            "CONSULT",
            (["وزير الدفاع البريطاني"], ["أنقرة"]),
        ),
    ],
)
def test_the_subject_of_a_verb_of_movement_or_sending_does_the_masdar_of_its_purpose(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    arguments = event_arguments(text, event_type)
    assert expected in arguments
    assert all(actor == expected[0] for actor, _ in arguments)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # the pronoun of عزم stands for the minister, who means to meet; the country adjective
        # of the counterpart after the masdar is no agent of it
        (
            "وأكد وزير الخارجية الإيراني محمد جواد ظريف عزمه لقاء نظيره السعودي عادل الجبير.",
            "CONSULT",
            (["وزير الخارجية الإيراني محمد جواد ظريف"], ["عادل الجبير"]),
        ),
        # اعتزامها: the government means to receive the delegation
        (
            "وأعلنت الحكومة الفرنسية أمس اعتزامها زيارة وفد من حركة حماس.",
            "CONSULT",
            (["الحكومة الفرنسية"], ["حركة حماس"]),
        ),
    ],
)
def test_whom_the_pronoun_of_a_noun_of_intent_stands_for_does_the_masdar(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a count in the genitive slot of an act its genitive does: who flees, not what befell
        ("وأدى القصف إلى فرار مئات المقاتلين من مواقعهم في الجبل.", "RETREAT", (["المقاتلين"], [])),
    ],
)
def test_a_counted_genitive_of_an_act_its_genitive_does_is_its_doer(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a file that reads من as the doer: who criticises follows من; who is criticised is named before
        (
            "وواجهت الحكومة المصرية انتقادات حادة من منظمة العفو الدولية بسبب سجن الصحفيين.",
            "ACCUSE",
            (["منظمة العفو الدولية"], ["الحكومة المصرية"]),
        ),
    ],
)
def test_a_name_after_min_right_after_an_act_noun_is_its_doer(
    text: str, event_type: str, expected: tuple[list[str], list[str]]
) -> None:
    assert expected in event_arguments(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # the words of when and where between the noun and «بين» do not count
        (
            "وتتواصل معارك ضارية منذ مطلع الشهر الماضي في ريف إدلب بين قوات النظام وفصائل المعارضة.",
            "ASSAULT",
            ["قوات النظام", "فصائل المعارضة"],
        ),
        (
            "وتدور اشتباكات عنيفة منذ صباح الأحد بين قوات الجيش والمسلحين الحوثيين في أطراف المدينة.",
            "ASSAULT",
            ["الجيش", "المسلحين الحوثيين"],
        ),
    ],
)
def test_the_sides_after_bayn_past_the_time_and_place(text: str, event_type: str, sides: list[str]) -> None:
    assert event_arguments(text, event_type) == [(sides, sides)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «من جهة» closes the first side: the names after it are the other side, whom it fights
        (
            "واندلع قتال في الضواحي بين قوات الأمن ورجال القبائل من جهة، ومسلحي حركة الشباب من جهة ثانية.",
            (["قوات الأمن", "رجال القبائل"], ["حركة الشباب"]),
        ),
        (
            "وتجدد القتال صباحا قرب الجسر بين الحرس الوطني من طرف وقبائل الشمال من طرف ثان.",
            (["الحرس الوطني"], ["قبائل"]),
        ),
    ],
)
def test_a_side_closed_by_min_jiha_acts_on_the_side_after_it(
    text: str, expected: tuple[list[str], list[str]]
) -> None:
    assert event_arguments(text, "ASSAULT") == [expected]


def test_bayn_past_other_words_names_another_nouns_sides() -> None:
    # تبادل الخبرات بين: «بين» is of the nouns after the visit, which is no act between them
    found = event_arguments("وقال الوزير إن الزيارة تهدف إلى تبادل الخبرات بين الأردن والمغرب.", "CONSULT")
    assert all("الأردن" not in actors for actors, _ in found)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a verb or participle of ascribing after the noun: who the act is laid on did it
        (
            "وشددت الحكومة الإجراءات بعد هجوم انتحاري نسب إلى جماعة بوكو حرام في مايدوغوري.",
            ["جماعة بوكو حرام"],
        ),
        ("ومنذ التفجير الدامي المنسوب إلى حركة الشباب في مقديشو أغلقت المحال.", ["حركة الشباب"]),
        ("وجاء القرار بعد تفجير نسبت الشرطة المسؤولية عنه إلى تنظيم القاعدة.", ["تنظيم القاعدة"]),
    ],
)
def test_the_one_an_act_is_ascribed_to_does_it(text: str, actors: list[str]) -> None:
    assert [found for found, _ in event_arguments(text, "ASSAULT")][:1] == [actors]


def test_a_body_named_after_min_through_its_head_noun_acts() -> None:
    # حكومة النيجر: the state is named through the body's bare head noun after من
    found = event_arguments("وبعد مناشدة من حكومة النيجر أرسلت المنظمة فريقا طبيا.", "REQUEST")
    assert found[0][0] == ["النيجر"]


def test_a_name_opened_by_a_forces_head_is_an_armed_genitive() -> None:
    # قوات الاتحاد الأفريقي: a union of states is no armed force, its forces are
    found = event_arguments("وجاء ذلك بعد استعادة قوات الاتحاد الأفريقي لبلدة مجاورة.", "ASSAULT")
    assert found[0][0] == ["الاتحاد الأفريقي"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer of a relative clause's verb past a descriptor and a bracket
        ("وأكد المبعوث أن القصف الذي نفذه تنظيم (داعش) على الأحياء الشرقية أرهق السكان.", (["داعش"], [])),
        ("وقال شهود إن الهجوم الذي نفذه تنظيم «القاعدة» أوقع قتلى.", (["القاعدة"], [])),
        # an indefinite noun's clause has no relative word: the verb with the act's pronoun is
        # no adjective of the noun, its subject did the act
        ("وأصيب حارسان في هجوم شنه مسلحان على نقطة تفتيش قرب البلدة.", (["مسلحان"], [])),
    ],
)
def test_the_named_doer_of_a_relative_clause(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert event_arguments(text, "ASSAULT")[0][0] == expected[0]


@pytest.mark.parametrize(
    ("text", "event_type", "actors"),
    [
        # an office's head, or a plural of members, in construct before the name: its people act
        ("ورحب البيان بنتائج اجتماع وزراء داخلية دول الخليج في الكويت.", "CONSULT", ["دول الخليج"]),
        ("وقال المحلل إن زيارة قادة حماس إلى طهران لم تكن مفاجئة.", "CONSULT", ["حماس"]),
        # the state after the office is whose minister visits, not the place visited
        (
            "وأشار المتحدث إلى أن زيارة وزير خارجية المملكة للعاصمة الأردنية تناولت ملف اللاجئين.",
            "CONSULT",
            ["المملكة"],
        ),
    ],
)
def test_the_people_of_a_name_in_the_genitive_slot_act(text: str, event_type: str, actors: list[str]) -> None:
    assert event_arguments(text, event_type)[0][0] == actors


@pytest.mark.parametrize(
    ("text", "event_type", "actors"),
    [
        ("وتعرضت عشرات الصحف للحجب بواسطة وزارة الإعلام في صنعاء.", "COERCE", ["وزارة الإعلام"]),
        ("وبعد تحريرها بواسطة مقاتلي العشائر عادت الأسر إلى القرية.", "ASSAULT", ["مقاتلي"]),
    ],
)
def test_the_name_after_bi_wasita_does_the_act(text: str, event_type: str, actors: list[str]) -> None:
    assert event_arguments(text, event_type)[0][0] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # an indefinite nisba after an act's indefinite noun describes it: who acts is named before
        ("وقال الجيش إن حركة الشباب تقف وراء هجوم انتحاري على ثكنة في الجنوب.", ["حركة الشباب"]),
        ("وتبنت حركة الشباب المسؤولية عن تفجير انتحاري استهدف فندقا في مقديشو.", ["حركة الشباب"]),
    ],
)
def test_a_nisba_after_an_act_is_no_doer(text: str, actors: list[str]) -> None:
    assert event_arguments(text, "ASSAULT")[0][0] == actors


def test_a_nisba_after_a_death_is_who_died() -> None:
    # مقتل عسكري: the genitive of a death is whom it befell, the word a soldier
    assert event_arguments("وأعلنت الشرطة مقتل عسكري في الكمين.", "ASSAULT")[0][1] == ["عسكري"]


@pytest.mark.parametrize(
    ("text", "event_type", "actors"),
    [
        # a country adjective past the act's genitive describes that genitive: the targets or the
        # one killed, not who acted
        ("واصل المستوطنون مهاجمة مزارع فلسطينية قرب نابلس أمس.", "ASSAULT", ["المستوطنون"]),
        ("أعلن الجيش مقتل جندي تركي في اشتباك قرب الحدود.", "ASSAULT", ["الجيش"]),
        # past the act's own adjective it still names who acts
        ("استمرت غارات جوية روسية على ريف إدلب أمس.", "ASSAULT", ["روسية"]),
        # a noun whose genitive is its doer is done by whom the adjective describes
        ("عبر اللاجئون الحدود بمساعدة شبكات تهريب تركية.", "AID", ["تركية"]),
    ],
)
def test_a_country_adjective_past_the_genitive_describes_it(
    text: str, event_type: str, actors: list[str]
) -> None:
    assert event_arguments(text, event_type)[0][0] == actors


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وأفرجت السلطات عن المتظاهرين بدون اعتقال أي منهم.", "COERCE"),
        ("وقالت الشرطة إنها احتجزت ثلاثة رجال من دون توجيه تهمة إليهم.", "ACCUSE"),
    ],
)
def test_an_act_noun_after_without_is_no_event(text: str, event_type: str) -> None:
    # دون، بدون (particles.tsv kind without): the act named after them is not done
    assert event_arguments(text, event_type) == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the relative verb is a trigger of its own (توجه), which closes the noun's clause
        ("ويخشى السكان الضربات التي توجهها طائرات التحالف إلى مخازن السلاح.", "التحالف"),
        # the clause closes at the noun's own adjective (الانتحاري), a trigger too
        ("وأدان الوزير الهجوم الانتحاري الذي نفذه مسلحون من التنظيم في السوق.", "التنظيم"),
    ],
)
def test_relative_doer_past_the_clause(text: str, doer: str) -> None:
    """The subject of a relative verb of doing right after the noun does the act, though the
    verb opens a clause of its own; the name before the noun does not."""
    (actors, _), *_ = event_arguments(text, "ASSAULT")
    assert actors == [doer]


def test_object_of_a_verb_of_doing_takes_its_subject() -> None:
    """A noun a verb of doing (عقد) takes as object is done by that verb's subject, not by the
    title apposed to it that stands nearest the noun."""
    (actors, recipients), *_ = event_arguments(
        "وعقد الشيخ محمد بن راشد نائب رئيس دولة الإمارات أمس اجتماعا مع الرئيس الفرنسي.", "CONSULT"
    )
    assert (actors, recipients) == (["الشيخ محمد بن راشد"], ["الرئيس الفرنسي"])


def test_capital_after_a_noun_of_talks_is_where_they_are_held() -> None:
    """A capital in the genitive of a noun of talks (محادثات القاهرة) is where they are held,
    no side of them: the speaker before, who took part, is read instead."""
    arguments = event_arguments(
        "وأكد وزير الخارجية السوداني أن محادثات القاهرة مع الوفد الإثيوبي كانت مثمرة.", "CONSULT"
    )
    assert arguments == [(["وزير الخارجية السوداني"], ["الوفد الإثيوبي"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after من جانب past the noun's adjectives does the act
        ("وتعرضت القرية لقصف مدفعي عنيف من جانب القوات الحكومية أمس.", [(["القوات الحكومية"], [])]),
        # a name joined by و after من جانب is the other side of a بين phrase, no agent
        ("واندلعت اشتباكات بين الجيش من جانب والمسلحين من جانب آخر قرب الحدود.", [(["الجيش"], ["المسلحين"])]),
    ],
)
def test_agent_after_from_side(text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    """«من جانب» right after a noun of an act names who does it."""
    assert event_arguments(text, "ASSAULT") == expected
