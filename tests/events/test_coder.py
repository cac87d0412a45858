"""The event coder on sentences we wrote, one clause shape per line."""

from __future__ import annotations

import pytest

from hadath.model import Actor, Article

from .conftest import default_pipeline, event_arguments


def _events(pipeline, text: str) -> list[tuple[str, list[str], list[str], str]]:
    article: Article = pipeline(text, published="2016-09-20")
    for e in article.events:
        assert article.text[e.trigger_start : e.trigger_end] == e.trigger
        for arg in e.actor + e.recipient:
            assert article.text[arg.start : arg.end] == arg.text
    return [
        (e.event_type, [a.entity for a in e.actor], [r.entity for r in e.recipient], e.modality)
        for e in article.events
    ]


def _actors_of(text: str, trigger: str) -> list[Actor]:
    """The actors of the event the word ``trigger`` is coded as (StopIteration: none is)."""
    event = next(e for e in default_pipeline()(text, published="2016-09-20").events if e.trigger == trigger)
    return event.actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # VSO with a prepositional recipient
        ("التقى كيري مع لافروف في نيويورك.", [("CONSULT", ["John Kerry"], ["Sergey Lavrov"], "asserted")]),
        # SVO, a state as actor
        ("روسيا تتهم واشنطن بعرقلة الاتفاق.", [("ACCUSE", ["Russia"], ["United States"], "asserted")]),
        # future with س, negation with لم
        ("سيلتقي كيري لافروف غدا.", [("CONSULT", ["John Kerry"], ["Sergey Lavrov"], "future")]),
        ("لم يلتق كيري لافروف.", [("CONSULT", ["John Kerry"], ["Sergey Lavrov"], "negated")]),
        # a light verb with the subject between verb and object
        ("عقد كيري ولافروف اجتماعا مطولا.", [("CONSULT", ["John Kerry", "Sergey Lavrov"], [], "asserted")]),
        # apposition: an office and its holder are one argument
        (
            "التقى كيري وزير الخارجية الروسي، سيرغي لافروف.",
            [("CONSULT", ["John Kerry"], ["Sergey Lavrov"], "asserted")],
        ),
        # reciprocal accusations
        (
            "تتبادل روسيا والولايات المتحدة الاتهامات.",
            [("ACCUSE", ["Russia", "United States"], ["Russia", "United States"], "asserted")],
        ),
        # one-sided violence: victims are recipients, the armed force in the genitive is the actor
        (
            "قتل 20 مدنيا بقصف قوات النظام على حلب.",
            [("ASSAULT", ["Syrian Arab Army"], ["civilians"], "asserted")],
        ),
        # one act told by a noun and the verb right after it is one event
        (
            "أسفر قصف قوات النظام على حلب عن مقتل مدنيين.",
            [("ASSAULT", ["Syrian Arab Army"], ["civilians"], "asserted")],
        ),
        # an act of force named by a noun, with a place but nobody named, is still reported; the
        # town it is done to stands for its people
        ("وتواصل قصف حلب منذ الصباح.", [("ASSAULT", [], ["residents of Aleppo"], "asserted")]),
        # the genitive of a meeting noun is who meets
        (
            "وتأتي دعوة كيري إلى لافروف بعد أيام من التصعيد.",
            [("REQUEST", ["John Kerry"], ["Sergey Lavrov"], "asserted")],
        ),
        # a reported act with nobody named in its clause is done by who acts earlier in the sentence
        (
            "قوات النظام قصفت حلب ثم بدأت حملة اعتقال في أحيائها.",
            [
                ("ASSAULT", ["Syrian Arab Army"], ["residents of Aleppo"], "asserted"),
                ("COERCE", ["Syrian Arab Army"], [], "asserted"),
            ],
        ),
        # «بين X وY» after a noun names the sides of the act, each acting on the other
        (
            "وتواصل القصف بين قوات النظام والمسلحين.",
            [("ASSAULT", ["Syrian Arab Army", "armed men"], ["Syrian Arab Army", "armed men"], "asserted")],
        ),
        # a ceasefire is no act of force
        ("دعت روسيا إلى وقف إطلاق النار في حلب.", [("REQUEST", ["Russia"], [], "asserted")]),
        # an act told after a time word is still told: the town was taken, the meeting held
        (
            "عاد السكان إلى البلدة بعد تحريرها من المسلحين.",
            [("ASSAULT", [], ["armed men"], "asserted")],
        ),
        (
            "غادر كيري قبل بدء الاجتماع مع لافروف.",
            [("CONSULT", ["John Kerry"], ["Sergey Lavrov"], "asserted")],
        ),
        # a masdar that names nobody is a topic, not an event
        ("تبقى مسألة الاعتقال مطروحة.", []),
        # a country adjective after an event noun names who acts
        ("تواصل القصف الروسي على حلب.", [("ASSAULT", ["Russia"], [], "asserted")]),
        ("تواصل القصف الروسي والسوري على حلب.", [("ASSAULT", ["Russia", "Syria"], [], "asserted")]),
        # a force named by a head, modifiers and a country adjective, as the agent of a noun
        (
            "رغم استئناف القصف من قبل طائرات العدوان الروسي.",
            [("ASSAULT", ["Russia aircraft"], [], "asserted")],
        ),
        (
            "قصفت طائرات حربية روسية حلب.",
            [("ASSAULT", ["Russia aircraft"], ["residents of Aleppo"], "asserted")],
        ),
        # a head noun before a named force joins it: the owner is the agent
        (
            "استمر القصف من قبل طائرات قوات النظام على حلب.",
            [("ASSAULT", ["Syrian Arab Army"], [], "asserted")],
        ),
        # a visited capital right after a visit verb is the host, not the visitor
        ("زار موسكو وزير الخارجية الأمريكي.", [("CONSULT", ["John Kerry"], ["Russia"], "asserted")]),
        # victims in the subject slot are the target; the armed unit after ب is who acted
        (
            "قتل مدنيون برصاص قوات النظام في حلب.",
            [("ASSAULT", ["Syrian Arab Army"], ["civilians"], "asserted")],
        ),
        # a head noun refers back to the organisation named in full before it
        (
            "أعلن تنظيم الدولة مسؤوليته. وهدد التنظيم روسيا.",
            [("THREATEN", ["Islamic State"], ["Russia"], "asserted")],
        ),
        # an object word is no attack on its own, even with a place; with someone acting it is
        ("ضبطت الشرطة عبوات ناسفة في حلب.", []),
        ("قتل مدنيون بعبوة ناسفة في حلب.", [("ASSAULT", [], ["civilians"], "asserted")]),
        # a denial verb negates its object and its أن-clause, up to the end of its clause
        ("نفت روسيا أن تكون قصفت حلب.", [("ASSAULT", ["Russia"], ["residents of Aleppo"], "negated")]),
        (
            "نفت موسكو قصف حلب، لكنها هددت واشنطن.",
            [
                ("ASSAULT", ["Russia"], ["residents of Aleppo"], "negated"),
                ("THREATEN", ["Russia"], ["United States"], "asserted"),
            ],
        ),
        # "من X" after an act of force: who it comes from, or whom a place is taken from
        # (the town that undergoes it is struck at its people, as the town it is done to is)
        (
            "تعرضت حلب لقصف عنيف من قوات النظام.",
            [("ASSAULT", ["Syrian Arab Army"], ["residents of Aleppo"], "asserted")],
        ),
        (
            "حررت قوات النظام حلب من تنظيم الدولة.",
            [("ASSAULT", ["Syrian Arab Army"], ["Islamic State"], "asserted")],
        ),
        (
            "أعلن الجيش السوري تحرير حلب من داعش.",
            [("ASSAULT", ["Syrian Arab Army"], ["Islamic State"], "asserted")],
        ),
        # a partitive من (عشرات من) marks nothing: the counted are the victims
        ("قتل عشرات من المدنيين في حلب.", [("ASSAULT", [], ["civilians"], "asserted")]),
        # a state's people killed are victims, not actors
        (
            "قتل ثلاثة سوريين بقصف قوات النظام.",
            [("ASSAULT", ["Syrian Arab Army"], ["Syria people"], "asserted")],
        ),
        # people counted in the subject slot of an act of force with no object are its victims;
        # the act named after في by a noun with a country adjective gives the doer
        (
            "قالت المصادر إن 7 من عناصر تنظيم الدولة قتلوا في القصف الروسي.",
            [("ASSAULT", ["Russia"], ["Islamic State"], "asserted")],
        ),
        # a noun with the article heads no genitive: the word after it is an adjective
        ("تواصل القصف الانتحاري في حلب.", [("ASSAULT", [], [], "asserted")]),
        # a relative clause: the name before الذي acts; with an object pronoun it is the object
        (
            "انتقدت روسيا كيري الذي اتهم موسكو بعرقلة الاتفاق.",
            [("ACCUSE", ["John Kerry"], ["Russia"], "asserted")],
        ),
        ("وصل لافروف الذي اتهمه كيري بالكذب.", [("ACCUSE", ["John Kerry"], ["Sergey Lavrov"], "asserted")]),
        # a news agency is a source, never an actor
        ("هددت واشنطن موسكو بحسب رويترز.", [("THREATEN", ["United States"], ["Russia"], "asserted")]),
    ],
)
def test_event_coder_clause_shapes(tiny_pipeline, text: str, expected: list) -> None:
    assert _events(tiny_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine verb has no masculine subject: the men are the object, the subject is dropped
        ("ودعت المسلحين إلى الانسحاب.", [("REQUEST", ["Russia"], ["armed men"], "asserted")]),
        # a name before a conjunction ends the clause before it: the verb's subject follows it
        ("وقصف الجيش المتمردين ولم تقصف روسيا المدينة.", [("ASSAULT", ["Russia"], [], "negated")]),
        # a masculine verb with a masculine name after it: that name is the subject
        ("ودعا المسلحون إلى الانسحاب.", [("REQUEST", ["armed men"], [], "asserted")]),
        # a feminine verb before a sector head and its masculine genitive: the head agrees, so
        # the name is the subject, not the object of a dropped one
        ("وقصفت مدفعية الجيش التركي مواقع المتمردين.", [("ASSAULT", ["army"], ["rebels"], "asserted")]),
    ],
)
def test_a_verb_agrees_in_gender_with_its_subject(tiny_pipeline, text: str, expected: list) -> None:
    assert _events(tiny_pipeline, "قصفت روسيا حلب. " + text)[-1:] == expected


def test_a_reported_act_with_nobody_named_takes_the_storys_last_actor(tiny_pipeline) -> None:
    events = _events(tiny_pipeline, "قصفت روسيا مواقع في حلب. وتواصل القصف على أحياء حلب الشرقية.")
    assert events[-1] == ("ASSAULT", ["Russia"], [], "asserted")


def test_an_act_of_force_is_never_inherited_by_a_rights_group() -> None:
    text = "وثقت منظمة هيومن رايتس ووتش الأضرار في المدينة. وتواصل القصف على أحياء حلب الشرقية."
    events = default_pipeline()(text, published="2016-09-20").events
    assert [(e.event_type, e.actor) for e in events] == [("ASSAULT", [])]


def test_a_state_behind_ala_does_not_become_the_storys_topic() -> None:
    # طهران is only what the eased limits reach: the next sentence's verb is not done by it
    # (the parties named right after the verb are its subject: events/noun_subject.py)
    text = "وسيخفف الاتفاق القيود المفروضة على طهران. وطالبت الأحزاب بإنهاء العقوبات."
    assert event_arguments(text, "REQUEST") == [(["الأحزاب"], [])]


def test_the_pronoun_of_anna_stands_for_a_body_of_its_gender(tiny_pipeline) -> None:
    # ه may stand for a masculine body, not only a person: the army, not the story's last actor
    found = _events(
        tiny_pipeline, "التقى كيري لافروف في نيويورك. وفي حلب، قال الجيش السوري إنه قصف مواقع تنظيم الدولة."
    )
    assert found[-1] == ("ASSAULT", ["Syrian Arab Army"], ["Islamic State"], "asserted")


def test_a_verb_with_an_object_pronoun_takes_the_name_after_it_as_subject(tiny_pipeline) -> None:
    # روسيا اتهمها كيري: the pronoun ها is the object, كيري the subject, not روسيا
    found = _events(tiny_pipeline, "وقال لافروف إن روسيا اتهمها كيري بالكذب مرارا.")
    assert [(event_type, actors) for event_type, actors, _, _ in found] == [("ACCUSE", ["John Kerry"])]


def test_victims_with_no_doer_named_were_struck_by_who_acted_earlier_in_the_sentence(tiny_pipeline) -> None:
    found = _events(tiny_pipeline, "قصفت قوات النظام حلب أمس، وقتل 20 مدنيا.")
    assert found[-1] == ("ASSAULT", ["Syrian Arab Army"], ["civilians"], "asserted")


def test_event_coder_dropped_subject_takes_previous_actor(tiny_pipeline) -> None:
    found = _events(tiny_pipeline, "وصل كيري إلى جنيف. وأكد أنه سيلتقي لافروف.")
    assert found == [("CONSULT", ["John Kerry"], ["Sergey Lavrov"], "future")]


def test_event_carries_place_date_and_provenance(tiny_pipeline) -> None:
    article = tiny_pipeline("قصفت قوات النظام حلب أمس.", published="2016-09-20")
    (event,) = article.events
    assert event.location is not None and event.location.name == "Aleppo"
    assert (event.date, event.date_precision) == ("2016-09-19", "day")
    assert event.quad_class == 4
    assert event.rule.startswith("verb:قصف")
    assert 0 < event.confidence <= 1


def test_event_date_keeps_a_coarser_precision(tiny_pipeline) -> None:
    article = tiny_pipeline("قصفت قوات النظام حلب مرارا خلال الشهر الماضي.", published="2016-09-20")
    (event,) = article.events
    assert (event.date, event.date_precision) == ("2016-08", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat made with something (a ب-complement) needs no named target
        ("هدد المجلس بفرض عقوبات على الأطراف المتحاربة.", ["THREATEN"]),
        # a threat to security, or a host in a place, is no event
        ("تهدد الأزمة أمن البلاد واستقرار المنطقة.", []),
        ("استقبل المستشفى بالرياض حالات جديدة.", []),
    ],
)
def test_a_needed_recipient_may_be_a_b_complement(text: str, expected: list[str]) -> None:
    events = default_pipeline()(text, published="2016-09-20").events
    assert [e.event_type for e in events if e.event_type in ("THREATEN", "CONSULT")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host receiving the wounded gives aid; receiving a head of state is a meeting
        ("استقبل المستشفى العسكري الجرحى القادمين من الجبهة.", ("AID", "073")),
        ("استقبل الملك الأردني الرئيس الفلسطيني في عمان.", ("CONSULT", "043")),
        # support given to an armed force is military aid
        ("دعمت الولايات المتحدة الجيش العراقي في معاركه.", ("AID", "072")),
    ],
)
def test_the_recipient_decides_the_sense(text: str, expected: tuple[str, str]) -> None:
    events = default_pipeline()(text, published="2016-09-20").events
    assert expected in [(e.event_type, e.cameo) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people held by an armed group outside the state are abducted; by the police, arrested
        ("احتجز تنظيم داعش عشرات العائلات الفارة من القتال في ريف حلب.", ("ASSAULT", "181")),
        ("اقتاد مسلحو حركة الشباب ثلاثة مزارعين إلى جهة مجهولة.", ("ASSAULT", "181")),
        ("احتجزت الشرطة التركية ثلاثة مهربين قرب الحدود.", ("COERCE", "173")),
        # fighters the group takes in battle are prisoners, as any side takes them
        ("احتجز تنظيم داعش عددا من جنود الجيش العراقي بعد المعركة.", ("COERCE", "173")),
    ],
)
def test_the_doer_decides_the_sense(text: str, expected: tuple[str, str]) -> None:
    events = default_pipeline()(text, published="2016-09-20").events
    assert expected in [(e.event_type, e.cameo) for e in events]


def test_a_verb_telling_what_a_meeting_did_is_that_meeting() -> None:
    text = "التقى وزير الخارجية الأمريكي نظيره الروسي في جنيف وبحثا الأزمة السورية."
    events = default_pipeline()(text, published="2016-09-20").events
    assert [e.event_type for e in events] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a circumstantial participle (مطالبا، داعيا) is done by the main clause's subject; the
        # name after it is its object, not its subject
        (
            "وقال وزير الخارجية الفرنسي في مؤتمر صحفي إن الوضع في حلب خطير، مطالبا روسيا بالضغط على النظام.",
            ("REQUEST", ["Jean-Marc Ayrault"], ["Russia"]),
        ),
        (
            "وأكد الرئيس المصري أن بلاده لن تتراجع عن موقفها، داعيا الحكومة الإثيوبية إلى الحوار.",
            ("REQUEST", ["Abdel Fattah el-Sisi"], ["Government of Ethiopia"]),
        ),
        # a masdar of purpose after ل (لقمع، لطرد) has no subject of its own: the name after it
        # is its object, who acts is the subject of its clause
        (
            "واستخدمت الشرطة الغاز المسيل للدموع لقمع المعارضة في العاصمة.",
            ("COERCE", ["police"], ["opposition"]),
        ),
        (
            "وأرسل الجيش التركي تعزيزات كبيرة إلى الحدود لقصف حزب العمال الكردستاني.",
            ("ASSAULT", ["Turkey Army"], ["Kurdistan Workers' Party"]),
        ),
        # a plural verb has its subject before it: the name after it is its object
        (
            "تظاهر آلاف الطلاب في طهران أمس، وطالبوا الحكومة الإيرانية بالإفراج عن المعتقلين.",
            ("REQUEST", ["students"], ["Government of Iran"]),
        ),
        # a verb's object pronoun with its subject after it stands for the name fronted before it
        (
            "وكان المعارض الروسي أليكسي نافالني قد اعتقلته الشرطة الروسية في موسكو أمس.",
            ("COERCE", ["Russia Police"], ["Alexei Navalny"]),
        ),
        # the body named with ل after an organ no list knows (الأمانة العامة) acts: no recipient
        (
            "وانتقدت الأمانة العامة لجامعة الدول العربية التصريحات التي أدلى بها وزير الخارجية الإيراني محمد جواد ظريف.",
            ("ACCUSE", ["Arab League"], ["Mohammad Javad Zarif"]),
        ),
        # a relative pronoun after a noun that is no name is the verb's subject: the name after
        # the verb is its object, who acts is carried from before
        (
            "قصفت روسيا مواقع في حلب. وقال سكان إن الطائرات التي قصفت تنظيم الدولة حلقت على ارتفاع منخفض.",
            ("ASSAULT", ["Russia"], ["Islamic State"]),
        ),
        # a name that took the relative pronoun in is still its head, who acts
        (
            "قصفت روسيا حلب. وقال الوزير إن المبعوث اليمني الذي زار الرياض الأسبوع الماضي لم يحمل أي مبادرة.",
            ("CONSULT", ["المبعوث اليمني"], ["Saudi Arabia"]),
        ),
        # a name after من is never a verb's subject; it is the recipient of a verb that takes
        # its recipient with من (طلب من)
        (
            "ووافقت الحكومة على الهدنة ثم عادت ورفضت الاتفاق بضغط من إيران.",
            ("REJECT", ["government"], []),
        ),
        (
            "ودعت روسيا إلى اجتماع طارئ. ويطلب مشروع القرار من الأمين العام للأمم المتحدة تقديم تقرير.",
            ("REQUEST", ["Russia"], ["Ban Ki-moon"]),
        ),
        # a subject after a long title that heads a named body is still the verb's subject
        (
            "بحث المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا ستافان دي ميستورا مع وزير الخارجية الروسي تطورات الوضع في حلب.",
            ("CONSULT", ["Staffan de Mistura"], ["Sergey Lavrov"]),
        ),
        # ... unless a preposition with a pronoun after the verb stands for it: the subject follows
        ("قصفت روسيا حلب. وقال إن الاجتماع الذي دعا إليه كيري سيعقد غدا.", ("REQUEST", ["John Kerry"], [])),
        # the speaker before a quotation does not act in the words quoted: the name after the verb does
        (
            "وقال كيري «تهدد روسيا المعارضة السورية».",
            ("THREATEN", ["Russia"], ["Syria opposition"]),
        ),
        # ... but a quoted name is the subject of the verb after it
        ("وقال إن «داعش» يقصف حلب.", ("ASSAULT", ["Islamic State"], ["residents of Aleppo"])),
        # the two sides named by a dual noun (الجانبان، الوزيرين) act on each other
        ("وبحث الجانبان سبل تعزيز العلاقات الثنائية.", ("CONSULT", ["both sides"], ["both sides"])),
        ("وذكرت الوكالة أن الوزيرين ناقشا تطورات الأزمة.", ("CONSULT", ["ministers"], ["ministers"])),
        # a verb judging an act named right after it is aimed at who does the act
        (
            "رحبت القيادة الفلسطينية بدعوة مصر إلى عقد اجتماع عاجل.",
            ("SUPPORT", ["Palestinian leadership"], ["Egypt"]),
        ),
        # an office in apposition to the subject names the subject again, not the object
        (
            "استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر في الدوحة أمس وزير الخارجية الأمريكي جون كيري.",
            ("CONSULT", ["Tamim bin Hamad Al Thani"], ["John Kerry"]),
        ),
        # an auxiliary between the relative pronoun and its verb (التي كان يزورها) keeps the
        # antecedent in the pronoun's slot
        (
            "ورحب الرئيس الإيراني بالسعودية التي كان يزورها وزير الخارجية الأمريكي جون كيري أمس.",
            ("CONSULT", ["John Kerry"], ["Saudi Arabia"]),
        ),
        # a force named past أن (قبل أن يتدخل الجيش) acts in its own clause: the victims' killer
        # is who acted before
        (
            "شن تنظيم داعش هجوما على البلدة، وقتل 20 مدنيا قبل أن يتدخل الجيش العراقي.",
            ("ASSAULT", ["Islamic State"], ["civilians"]),
        ),
        # a name in the genitive of a noun after a preposition is no subject: it is the object
        (
            "وصل وزير الخارجية الأمريكي جون كيري إلى موسكو. وأشاد بموقف روسيا من الهدنة.",
            ("SUPPORT", ["John Kerry"], ["Russia"]),
        ),
        # ... as is a name after a noun that still carries the ب a ب-verb governs (بدور)
        (
            "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي في جنيف. وأشاد بدور روسيا في التوصل إلى الهدنة.",
            ("SUPPORT", ["John Kerry"], ["Russia"]),
        ),
        # a feminine verb has no masculine singular noun for subject, with the article or without
        # (حزب الله، ضابط شرطة، التحالف): the noun is the object, the subject is who acted before
        (
            "عقدت الحكومة اللبنانية اجتماعا أمس، وطالبت حزب الله بتسليم سلاحه إلى الجيش.",
            ("REQUEST", ["Government of Lebanon"], ["Hezbollah"]),
        ),
        (
            "قصفت الطائرات الروسية مقرا للشرطة في إدلب وقتلت ضابط شرطة.",
            ("ASSAULT", ["Russia aircraft"], ["officers"]),
        ),
        (
            "وجهت تركيا انتقادات حادة للتحالف الدولي، واتهمت التحالف بدعم المقاتلين الأكراد.",
            ("ACCUSE", ["Turkey"], ["coalition"]),
        ),
        # a relative pronoun after a name's adjectives still stands for the name
        (
            "وحذرت الحكومة اليمنية من جماعة الحوثيين المسلحة التي هاجمت مواقع الجيش أمس.",
            ("ASSAULT", ["Houthis"], ["army"]),
        ),
        # ... also past a comma that closes a person's name or titles (الوزيرة، التي تزور)
        (
            "التقى الرئيس التونسي أمس وزيرة الخارجية الإيطالية، التي تزور تونس لبحث ملف الهجرة.",
            ("CONSULT", ["Paolo Gentiloni"], ["Tunisia"]),
        ),
        # ... also when the name carries the fused لل, as definite as ال (للمعارضة المعتدلة)
        (
            "وقدمت واشنطن دعما عسكريا للمعارضة المعتدلة التي تقاتل التنظيم في الشمال.",
            ("ASSAULT", ["opposition"], ["militant group"]),
        ),
        # a common noun of a member before في or من, after أن (a quotation mark may open
        # there): the body it belongs to acts
        (
            "وذكرت الصحيفة أن ضابطا رفيعا في الجيش الأردني زار بغداد أمس.",
            ("CONSULT", ["Jordan Armed Forces"], ["Iraq"]),
        ),
        (
            'وأعلن المتحدث أن "وحدة من الشرطة اعتقلت خمسة مهربين" في الميناء.',
            ("COERCE", ["police"], ["smugglers"]),
        ),
        # a verb in the words reported has its own subject after إن/أن, not the sentence's
        # topic who reports (a quotation mark or a relative clause may stand between)
        (
            "وقالت الخارجية التركية في بيان إن الجيش التركي وقوات البيشمركة «نسقا» العمليات ضد التنظيم.",
            ("COOPERATE", ["Turkey Army", "Peshmerga"], ["militant group"]),
        ),
        (
            "وذكرت وزارة الداخلية المصرية أن قوات الأمن المركزي التي انتشرت في الميدان اعتقلت عشرات المحتجين.",
            ("COERCE", ["security forces"], ["protesters"]),
        ),
        # a masdar of force right after a name is the object of that name's verb: the name
        # acts, the masdar's genitive is whom the act reaches
        (
            "وحاولت القوات العراقية تطويق مسلحي داعش غرب المدينة.",
            ("ASSAULT", ["Iraqi Army"], ["Islamic State"]),
        ),
        # a masculine verb before an office and its feminine genitive: the office agrees, so
        # the body is the subject; with the holder named after, the holder is
        (
            "ودعا زعيم المعارضة التركية الحكومة إلى الحوار.",
            ("REQUEST", ["Turkey opposition"], ["government"]),
        ),
        (
            "وأشاد رئيس حركة النهضة التونسية راشد الغنوشي بالاتفاق الجديد.",
            ("SUPPORT", ["Rached Ghannouchi"], ["Ennahda Movement"]),
        ),
        # a feminine verb before a common noun of no known gender (دول) in construct with a
        # masculine name: the noun agrees, so the name's body is the subject, not the object
        (
            "استنكرت دول مجلس التعاون الخليجي بقوة الاعتداء على السفارة في بغداد.",
            ("ACCUSE", ["Gulf Cooperation Council"], []),
        ),
        # the same head with a person named after the body: the person is the subject
        (
            "ودعا أمين سر حركة فتح في رام الله الدكتور سمير الحلبي الحكومة الإسرائيلية إلى وقف الاستيطان.",
            ("REQUEST", ["سمير الحلبي"], ["Government of Israel"]),
        ),
        # an organisation's head no list names, of a place (in construct, or after في): the
        # place stands for the body that acts
        (
            "وقعت جامعة تبوك اتفاقية شراكة مع صندوق التنمية الزراعية.",
            ("SUPPORT", ["Tabuk"], ["صندوق التنمية الزراعية"]),
        ),
        ("قضت محكمة في ألمانيا بسجن شاب سوري ثلاث سنوات.", ("COERCE", ["Germany"], ["Syria young men"])),
        # a name closing a prepositional phrase before the verb (إلى جالية الجزائر، لجالية
        # المغرب) is no fronted subject: the name after the verb is
        (
            "وفي رسالة إلى جالية الجزائر انتقد الرئيس الفرنسي فرانسوا هولاند خطة التقشف الألمانية.",
            ("ACCUSE", ["François Hollande"], []),
        ),
        (
            "وفي كلمة مصورة لجالية المغرب انتقد الرئيس الفرنسي فرانسوا هولاند خطة التقشف الألمانية.",
            ("ACCUSE", ["François Hollande"], []),
        ),
    ],
)
def test_verb_arguments_in_news_sentences(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    events = default_pipeline()(text, published="2016-09-20").events
    coded = [(e.event_type, [a.entity for a in e.actor], [r.entity for r in e.recipient]) for e in events]
    assert expected in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past passive written with its vowel: the name after it suffered the act; the act's
        # noun names who did it
        (
            "قُتل القيادي في حركة حماس محمد الضيف بغارة إسرائيلية على غزة.",
            ("ASSAULT", ["Israel"], ["Mohammed Deif"]),
        ),
        # an agent after على يد is who acts
        (
            "اعتُقل المعارض الروسي أليكسي نافالني على يد الشرطة الروسية في موسكو.",
            ("COERCE", ["Russia Police"], ["Alexei Navalny"]),
        ),
        # ... and after على أيدي, the plural of the same hand
        (
            "اعتُقل ثلاثة صحفيين على أيدي الشرطة التركية في إسطنبول.",
            ("COERCE", ["Turkey Police"], ["journalists"]),
        ),
        # the vowel on the third letter of استفعل, and nobody named as acting
        ("استُهدف الرئيس الأفغاني أشرف غني بهجوم في كابول.", ("ASSAULT", [], ["Ashraf Ghani"])),
        # letters only the passive has (اغتال -> اغتيل), unvocalized
        ("اغتيل الرئيس اللبناني رفيق الحريري بتفجير في بيروت.", ("ASSAULT", [], ["Rafic Hariri"])),
        # unvocalized, but an agent right after the name tells the passive
        ("وقتل الجنود على يد تنظيم داعش في الموصل.", ("ASSAULT", ["Islamic State"], ["soldiers"])),
        # a plural passive agrees with the name before it
        ("وقال إن الجنود الأتراك قُتلوا في انفجار عبوة ناسفة.", ("ASSAULT", [], ["Turkey soldiers"])),
        # a present passive: a damma on the prefix where the active has a fatha (يُعتقل) ...
        (
            "وتخشى منظمات حقوقية أن يُعتقل المعارض الروسي أليكسي نافالني فور عودته إلى موسكو.",
            ("COERCE", [], ["Alexei Navalny"]),
        ),
        # ... or, where the active has a damma too (يُعدِم), a fatha written inside the word
        ("وتخشى عائلته أن يُعدَم رفيق الحريري.", ("ASSAULT", [], ["Rafic Hariri"])),
    ],
)
def test_a_passive_verb_takes_its_name_as_recipient(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    events = default_pipeline()(text, published="2016-09-20").events
    coded = [(e.event_type, [a.entity for a in e.actor], [r.entity for r in e.recipient]) for e in events]
    assert expected in coded


def test_a_first_person_present_is_no_passive() -> None:
    # أُوصي is "I recommend" as well as "it was recommended": read as active
    events = default_pipeline()("وقالت الوزيرة: أُوصي الحكومة بزيادة الدعم.", published="2016-09-20").events
    assert [":passive" in e.rule for e in events] == [False]


def test_a_present_with_only_a_damma_on_its_prefix_is_no_passive() -> None:
    # يُهاجم is the active of هاجم as written with its prefix vowel: the forces attack
    events = default_pipeline()(
        "تُهاجم القوات السورية مواقع تنظيم داعش في ريف حلب يوميا.", published="2016-09-20"
    ).events
    coded = [(e.event_type, [a.entity for a in e.actor], [r.entity for r in e.recipient]) for e in events]
    assert coded == [("ASSAULT", ["Syria armed forces"], ["Islamic State"])]


def test_an_agent_of_a_word_between_tells_no_passive() -> None:
    # من قبل روسيا belongs to المدعومة, not to the verb, which stays active
    events = default_pipeline()(
        "وهاجمت القوات الحكومية المدعومة من قبل روسيا مواقع المعارضة في حماة.", published="2016-09-20"
    )
    assert [(e.event_type, ":passive" in e.rule) for e in events.events] == [("ASSAULT", False)]


def test_an_act_going_on_with_nobody_named_to_act_on_keeps_the_recipient() -> None:
    # the same type by the same actor, in the next sentence: the same recipient
    text = "التقى كيري لافروف في جنيف. وبحث معه تطورات الأزمة السورية."
    events = default_pipeline()(text, published="2016-09-20").events
    coded = [(e.trigger, [a.entity for a in e.actor], [r.entity for r in e.recipient]) for e in events]
    assert coded[-1] == ("وبحث", ["John Kerry"], ["Sergey Lavrov"])


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        # a judging verb's object noun with a relative clause whose verb takes it back with a
        # pronoun (أدلى بها، يقوم بها): who made what the noun names is the recipient
        (
            "وانتقدت الأمانة العامة لجامعة الدول العربية التصريحات التي أدلى بها وزير الخارجية الإيراني محمد جواد ظريف.",
            "ACCUSE",
            ["Mohammad Javad Zarif"],
        ),
        (
            "وانتقدت المعارضة السورية الزيارة التي من المقرر أن يقوم بها المبعوث الأممي ستافان دي ميستورا إلى دمشق.",
            "ACCUSE",
            ["Staffan de Mistura"],
        ),
        # ... or من right after the noun
        (
            "ورحبت الحكومة اليمنية بالمبادرة المقدمة من الأمم المتحدة لوقف القتال.",
            "SUPPORT",
            ["United Nations"],
        ),
        # a dual verb, like a plural one, has its subject before it: the name after is its object
        (
            "وقال مصدر أمني إن انتحاريين اثنين يرتديان أحزمة ناسفة استهدفا قوات الأمن العراقية في الأنبار.",
            "ASSAULT",
            ["Iraq security forces"],
        ),
        # companies of a state, by its adjective, are who a sanction falls on
        (
            "وفرضت الحكومة الأمريكية عقوبات جديدة على شركات روسية تعمل في قطاع الطاقة.",
            "SANCTION",
            ["Russia companies"],
        ),
    ],
)
def test_the_recipient_of_a_verb(text: str, event_type: str, recipient: list[str]) -> None:
    events = default_pipeline()(text, published="2016-09-20").events
    assert recipient in [[r.entity for r in e.recipient] for e in events if e.event_type == event_type]


def test_a_participle_after_reported_words_is_the_speakers_act() -> None:
    # وأضاف أن روسيا ...، داعيا: the state named in the words reported does not call; the
    # speaker carried from before does
    events = _events(
        default_pipeline(),
        "التقى كيري لافروف في جنيف. وأضاف أن روسيا لم تحترم الهدنة، داعيا موسكو إلى وقف القصف فورا.",
    )
    assert events[-1] == ("REQUEST", ["John Kerry"], ["Russia"], "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # وطالب with no subject after a speaker whose words named a state: the speaker demands,
        # as the quote stage follows him, not the state his words were about
        (
            "وقال وزير الخارجية الأردني إن الطائرات الإسرائيلية قصفت مواقع في غزة. "
            "وطالب بتحقيق دولي عاجل في الهجوم.",
            "وطالب",
            "Nasser Judeh",
        ),
        # a condemnation and a participle after the minister's words on the attackers
        (
            "وقال وزير الخارجية اليمني إن مسلحي الحوثي أطلقوا صواريخ على مدينة تعز. "
            "وندد بالقصف، مطالبا مجلس الأمن بموقف حازم.",
            "وندد",
            "Abdulmalik al-Mekhlafi",
        ),
        (
            "وقال وزير الخارجية اليمني إن مسلحي الحوثي أطلقوا صواريخ على مدينة تعز. "
            "وندد بالقصف، مطالبا مجلس الأمن بموقف حازم.",
            "مطالبا",
            "Abdulmalik al-Mekhlafi",
        ),
        # a participle after an agency quoting someone: the one quoted calls, not the agency
        (
            "نقلت وكالة الأنباء الرسمية عن وزير الداخلية قوله إن الحكومة السورية ترفض الحل، "
            "داعيا الأمم المتحدة إلى التدخل.",
            "داعيا",
            "وزير الداخلية",
        ),
        # a first person verb in words said in a later sentence: who says them demands
        (
            "وقال رئيس الوزراء العراقي في كلمة أمام البرلمان إن الطائرات التركية قصفت قرى في دهوك. "
            "وأضاف: «نطالب أنقرة بوقف هذه الغارات فورا».",
            "نطالب",
            "Haider al-Abadi",
        ),
        # a name after the verb the rules read as its object (the verb is feminine) is no
        # speaker, though the quote stage reads it so: who acted before calls
        (
            "واجتمعت الأمانة العامة لتيار المستقبل في بيروت أمس. ودعت حزب الله إلى الانسحاب من سوريا.",
            "ودعت",
            "Future Movement",
        ),
    ],
)
def test_a_cue_verb_with_no_subject_is_done_by_who_speaks(text: str, trigger: str, actor: str) -> None:
    assert [a.entity for a in _actors_of(text, trigger)] == [actor]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a person the knowledge base does not know, right after a cue verb the rules found no
        # subject for: the quote stage reads him as who speaks, so he calls, not the minister
        (
            "زار وزير الخارجية الألماني طهران أمس. "
            "ودعا ماركوس هولتز إلى حماية استثمارات الشركات الأوروبية في إيران.",
            "ودعا",
            "ماركوس هولتز",
        ),
        # a known name right after the verb that the rules passed over is whom the verb calls
        # on, though the quote stage reads it as the speaker: who acted before appeals
        (
            "وصل رئيس الوزراء العراقي إلى نيويورك أمس. وناشد الأمم المتحدة بدعم النازحين في الأنبار.",
            "وناشد",
            "رئيس الوزراء العراقي",
        ),
        # a name after a preposition, or a word that is no name, speaks nothing
        (
            "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي في جنيف. "
            "وأشاد بموقف دول الخليج من الأزمة السورية.",
            "وأشاد",
            "وزير الخارجية الأمريكي جون كيري",
        ),
        (
            "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي في جنيف. وندد بما وصفه بتدخل إيران في اليمن.",
            "وندد",
            "وزير الخارجية الأمريكي جون كيري",
        ),
    ],
)
def test_a_cue_verbs_unread_subject_is_the_quote_stages_speaker(text: str, trigger: str, actor: str) -> None:
    assert [a.text for a in _actors_of(text, trigger)] == [actor]


def test_a_pronoun_opening_the_words_said_stands_for_who_says_them() -> None:
    # إنهم opens the partners' words and no name of the sentence fits it: the partners
    # support, not the artillery of the sentence before
    text = "شنت المدفعية التركية قصفا على قرى حدودية شمال العراق. وقال شركاء غربيون لأنقرة إنهم يؤيدون خطتها لضبط الحدود."
    assert [a.text for a in _actors_of(text, "يؤيدون")] == ["شركاء غربيون لأنقرة"]


def test_a_pronoun_inside_the_words_said_is_not_the_speaker() -> None:
    # إلا أنهم inside the source's words goes on with others than the source
    text = (
        "اجتمع وزير الخارجية القطري مع المبعوث الأممي في الدوحة. "
        "وقال مصدر مطلع: «عرض الوسطاء هدنة على الحوثيين، إلا أنهم رفضوها»."
    )
    assert "مصدر مطلع" not in [a.text for a in _actors_of(text, "رفضوها")]


def test_a_participle_is_the_act_of_the_nearest_reporting_verbs_subject() -> None:
    # وفي لقاء مع نظيره X، قال Y إن ...، داعيا: the counterpart named first does not call
    events = _events(
        default_pipeline(),
        "وفي مؤتمر صحافي مع نظيره التركي مولود جاويش أوغلو في أنقرة، قال وزير الخارجية الإيراني "
        "محمد جواد ظريف إن بلاده تريد السلام، داعيا دول المنطقة إلى الحوار.",
    )
    assert [(e[0], e[1]) for e in events if e[0] == "REQUEST"] == [("REQUEST", ["Mohammad Javad Zarif"])]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # وأضاف with no subject continues the minister of the sentence before, as the quote
        # stage follows him: he blames, not the state named in his words
        (
            "التقى وزير الخارجية السعودي عادل الجبير نظيره البريطاني في لندن. "
            "وأضاف أن الحوثيين قصفوا المدن، محملا إيران مسؤولية التصعيد.",
            "محملا",
        ),
        (
            "وصل وزير الخارجية السعودي عادل الجبير إلى لندن أمس. "
            "وتابع أن مسلحي الحوثي يزرعون الألغام في القرى، واصفا ذلك بجرائم حرب.",
            "واصفا",
        ),
    ],
)
def test_a_participle_is_the_act_of_whom_the_quote_stage_says_speaks(text: str, trigger: str) -> None:
    assert [a.entity for a in _actors_of(text, trigger)] == ["Adel al-Jubeir"]


def test_the_noun_phrase_after_inna_is_the_subject_not_the_speaker() -> None:
    # وقالت روسيا إن قيادة التحالف وعدت: who promised is named after إن, not who speaks
    events = _events(default_pipeline(), "وقالت روسيا إن قيادة التحالف وعدت المجلس المحلي بإرسال الدعم.")
    assert [(e[0], e[1]) for e in events] == [("AGREE", ["coalition"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker named before the colon calls; the name after أدعو is who is called on
        (
            "وتابع المبعوث الأممي ستيفن جونز: «أدعو كل الأطراف إلى وقف القتال فورا».",
            (["المبعوث الأممي ستيفن جونز"], ["كل الأطراف"]),
        ),
        # the one who speaks after a side phrase naming another: the reporting verb's subject
        (
            "وخلال لقائه نظيره الروسي سيرغي لافروف في موسكو، قال وزير الخارجية الأمريكي جون كيري: "
            "«ندعو الحكومة السورية إلى وقف القصف».",
            (["وزير الخارجية الأمريكي جون كيري"], ["الحكومة السورية"]),
        ),
        # the words open in a sentence that names nobody: the speaker carried from before
        (
            "ودعا الرئيس الفرنسي فرانسوا هولاند الأطراف إلى الحوار. وأضاف: «نطالب المجتمع الدولي بتحمل مسؤولياته».",
            (["الرئيس الفرنسي فرانسوا هولاند"], ["المجتمع الدولي"]),
        ),
    ],
)
def test_a_first_person_verb_is_the_speakers_act(text: str, expected: tuple[list[str], list[str]]) -> None:
    article = default_pipeline()(text, published="2016-09-20")
    requests = [e for e in article.events if e.event_type == "REQUEST"]
    assert ([a.text for a in requests[-1].actor], [r.text for r in requests[-1].recipient]) == expected


def test_a_dropped_subject_agrees_with_its_verb() -> None:
    # the last subject (the government, feminine) does not fit a masculine verb: the one
    # before it, who spoke, does
    text = (
        "وانتقد رئيس الوزراء الفلسطيني رامي الحمد الله الحكومة الإسرائيلية بشدة. "
        "وأكد أن الحكومة الإسرائيلية هاجمت المصلين في القدس. "
        "وطالب بوقف الاعتداءات على المصلين فورا."
    )
    events = default_pipeline()(text, published="2016-09-20").events
    assert [[a.entity for a in e.actor] for e in events if e.event_type == "REQUEST"] == [["Rami Hamdallah"]]


def test_a_plural_pronoun_does_not_stand_for_one_person() -> None:
    # أكد أنهم: not the governor who speaks, the armed men told of before
    text = "وذكر المحافظ أن المسلحين حاصروا البلدة، وأكد أنهم خطفوا عشرة من السكان."
    assert (["المسلحين"], ["السكان"]) in event_arguments(text, "ASSAULT")


def test_a_name_in_apposition_to_a_suffixed_noun_after_a_preposition_is_no_subject() -> None:
    # مع نظيره الأردني فلان: the name says who «his counterpart» is, whom the act is with; the
    # subject is carried from the sentence before
    text = (
        "حط سامح شكري رحاله في عمان صباح الأحد. "
        "وعقد بعد وصوله لقاء مطولا مع نظيره الأردني ناصر جودة في مقر الوزارة."
    )
    events = default_pipeline()(text, published="2016-09-20").events
    coded = [(e.event_type, [a.entity for a in e.actor], [r.entity for r in e.recipient]) for e in events]
    assert ("CONSULT", ["Sameh Shoukry"], ["Nasser Judeh"]) in coded


def test_a_name_in_construct_with_a_prepositional_common_noun_is_no_subject() -> None:
    # مع مقاتلي "حركة الشباب": the movement names whose fighters were met, after مع; the
    # quotation marks around it break no chain. The coordinated verb goes on with its subject
    text = 'وصلت القوات إلى القرية، واشتبكت مع مقاتلي "حركة الشباب" قرب السوق.'
    assert (["القوات"], ["مقاتلي"]) in event_arguments(text, "ASSAULT")


def test_a_quoted_name_after_a_preposition_is_no_subject() -> None:
    text = 'دخلت الشرطة المبنى فجر الأحد، واشتبكت مع عناصر تنظيم "داعش" في الطابق الأول.'
    assert [actor for actor, _ in event_arguments(text, "ASSAULT")] == [["الشرطة"]]


def test_a_dual_noun_stands_for_the_two_parties_named_before() -> None:
    """الطرفين names the two parties of the last event that named both: they join it as actors,
    and, where it is the recipient too, as recipients."""
    text = "هاجمت قوات الجيش مواقع المتمردين في الجبل أمس. واستمرت المعارك بين الطرفين حتى المساء."
    events = default_pipeline()(text, published="2016-09-20").events
    battle = next(e for e in events if e.rule.endswith("+sides"))
    assert [a.entity for a in battle.actor] == ["both sides", "army", "rebels"]
    assert [r.entity for r in battle.recipient] == ["both sides", "army", "rebels"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # انتشر and احتشد take no object: the force after them is their subject, who acts
        ("وانتشر مئات من عناصر الشرطة في محيط الملعب قبل المباراة.", "عناصر الشرطة"),
        ("واحتشدت قوات كبيرة من الجيش قرب الحدود الشمالية.", "الجيش"),
        # ... whatever the subject rules read: a place after it, or victims told before
        ("واحتشدت مئات من قوات الأمن حول السفارة.", "قوات الأمن"),
        ("وقتل خمسة أشخاص في الهجوم. ثم احتشدت قوات الجيش قرب المدينة.", "الجيش"),
    ],
)
def test_the_force_after_an_intransitive_light_verb_acts(text: str, actor: str) -> None:
    found = [a for a, _ in event_arguments(text, "MOBILIZE")]
    assert found and all(actor in " ".join(names) for names in found)
