import pytest

from hadath.kb import KnowledgeBase
from hadath.mentions.entities import EntityMatcher
from hadath.mentions.names import NameChunker, known_verb_forms
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def _names(kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(Article("t", text))))
    article = NameChunker.from_kb(kb, known_verb_forms(kb))(article)
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
    return [(m.text, m.ref) for m in article.mentions if m.ref.startswith("unknown:")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استقبل الدكتور سامر بن خالد العتيبي وفدا.", [("الدكتور سامر بن خالد العتيبي", "unknown:PER:")]),
        ("صرح اللواء أحمد الحربي للصحفيين.", [("اللواء أحمد الحربي", "unknown:PER:MIL")]),
        # foreign ranks, clergy and feminine titles open a name too
        ("صرح الجنرال توماس ميلر للصحفيين.", [("الجنرال توماس ميلر", "unknown:PER:MIL")]),
        ("وقال الحاخام يوسف ليفي في كلمة إن الوضع خطير.", [("الحاخام يوسف ليفي", "unknown:PER:REL")]),
        ("وكانت الدكتورة هند السالم أول المتحدثين.", [("الدكتورة هند السالم", "unknown:PER:")]),
        # an under-secretary's office: its ministry, then the holder's name
        (
            "وأوضح وكيل وزارة الصحة للشؤون الفنية سامي الشهري أن الحملة مستمرة.",
            [("وكيل وزارة الصحة للشؤون الفنية سامي الشهري", "unknown:PER:GOV:")],
        ),
        ("أعلنت وزارة الصحة العامة عن حملة.", [("وزارة الصحة العامة", "unknown:ORG:GOV")]),
        ("ووزعت جمعية البر الخيرية سلالا غذائية.", [("جمعية البر الخيرية", "unknown:ORG:NGO")]),
        # a bare head noun names nobody in particular
        ("وأكدت الوزارة أن العمل مستمر.", []),
        # a known name is never swallowed by a chunk
        ("التقى الدكتور كيري بالصحفيين.", []),
        # a name stops at a particle or a known verb
        ("قال الشيخ سالم في بيان إن الحوار مستمر.", [("الشيخ سالم", "unknown:PER:")]),
        # an office phrase with a country adjective, then maybe the holder's name
        (
            "وصل وزير الزراعة السوري سمير حداد إلى بيروت.",
            [("وزير الزراعة السوري سمير حداد", "unknown:PER:GOV:SYR")],
        ),
        ("وقال مسؤول أمريكي إن المحادثات مستمرة.", [("مسؤول أمريكي", "unknown:PER:GOV:USA")]),
        # the complement gives the sector: a party leader is a party's
        (
            "التقى زعيم الحزب الروسي نواف كريم الصحفيين.",
            [("زعيم الحزب الروسي نواف كريم", "unknown:PER:PTY:RUS")],
        ),
        # a time word after the phrase is no name; a phrase with neither name nor country that
        # stands alone after a verb is its unnamed holder, a description with no country
        ("وصل وزير الزراعة السوري مساء أمس.", [("وزير الزراعة السوري", "unknown:PER:GOV:SYR")]),
        ("وقال وزير الزراعة إن الموسم جيد.", [("وزير الزراعة", "unknown:PER:GOV:")]),
        # آل links a given name to the family name after it, which ends the name
        ("وأكد الشيخ سعد آل مرزوق أن اللقاء مثمر.", [("الشيخ سعد آل مرزوق", "unknown:PER:")]),
        (
            "وقال الأمير ماجد آل سعود نائب أمير المنطقة إن العمل جار.",
            [("الأمير ماجد آل سعود", "unknown:PER:GOV")],
        ),
        # a particle with a pronoun (إنه), a verb with one (فقتلهم) or a relative pronoun (التي)
        # ends a name
        ("وقال الدكتور سامر حداد إنه سيزور المدينة.", [("الدكتور سامر حداد", "unknown:PER:")]),
        ("وأكد الشيخ سالم عمر فقتلهم.", [("الشيخ سالم عمر", "unknown:PER:")]),
        ("ووزعت جمعية البر التي تأسست قبل عام سلالا.", [("جمعية البر", "unknown:ORG:NGO")]),
        # a known office, maybe السابق, then a holder the knowledge base does not know: one person
        (
            "وقال وزير الخارجية الأمريكي السابق جون ميلر إن الاتفاق سيئ.",
            [("وزير الخارجية الأمريكي السابق جون ميلر", "unknown:PER:GOV:USA")],
        ),
        # ... but no name when a clitic, a function word or a plural noun opens the next phrase
        ("وقال وزير الخارجية الأمريكي لطرح المبادرة إن الوقت مناسب.", []),
        ("وقال وزير الخارجية الأمريكي عند وصوله إن الوقت مناسب.", []),
        ("وبحث المبعوث مع وزير الخارجية الأمريكي تطورات الأزمة.", []),
        # a nationality before a foreign name (not before the verb's object), and a trade noun
        # with adjectives before a name, even when the noun alone names a group (الخبير)
        ("وانتقد الروسي ميخائيل سوروكين القرار.", [("الروسي ميخائيل سوروكين", "unknown:PER:")]),
        (
            "وطالب الخبير الأمني سالم آل مرزوق بتشديد الرقابة.",
            [("الخبير الأمني سالم آل مرزوق", "unknown:PER:")],
        ),
        # a given name with ال inside it (خالد، سالم) is no clitic and article
        (
            "وصل وزير الزراعة السوري خالد حداد إلى بيروت.",
            [("وزير الزراعة السوري خالد حداد", "unknown:PER:GOV:SYR")],
        ),
        # ... but an adjective after a definite noun, or words no name has, make no name
        ("وارتفع سعر النفط الأمريكي الخفيف أمس.", []),
        ("وقال إن الموقف السعودي كان واضحا.", []),
        ("وكان الموقف التركي بات معروفا.", []),
        # a definite office head takes an adjective but no genitive: a definite verbal noun after
        # it is the object of the verb the office is the subject of
        ("ورفض الوزير الاتفاق بشدة.", []),
        ("وأجرى مساعد الوزير الاتصال بنظيره.", []),
        # ... nor does a holder's name: the definite act after it is the verb's object
        (
            "وانتقد وزير الزراعة السوري خالد حداد الزيارة.",
            [("وزير الزراعة السوري خالد حداد", "unknown:PER:GOV:SYR")],
        ),
        ("وانتقد المسؤول الأمريكي التفجير أمس.", [("المسؤول الأمريكي", "unknown:PER:GOV:USA")]),
        # ... and the name ends before the next office (نائبة رئيس الوزراء)
        (
            "والتقى وزير الخارجية الأمريكي جون ميلر نائب رئيس الوزراء.",
            [("وزير الخارجية الأمريكي جون ميلر", "unknown:PER:GOV:USA")],
        ),
    ],
)
def test_name_chunker_finds_unknown_people_and_organisations(
    tiny_kb: KnowledgeBase, text: str, expected: list
) -> None:
    assert _names(tiny_kb, text) == expected


def test_an_office_holders_name_is_the_entity(tiny_pipeline) -> None:
    article = tiny_pipeline(Article("t", "التقى وزير الزراعة السوري سمير حداد نظيره في دمشق."))
    assert {"text": "سمير حداد", "type": "PER", "entity": "سمير حداد"} in article.entities()
    assert all(e["text"] != "وزير الزراعة السوري سمير حداد" for e in article.entities())
    (meeting,) = article.events
    assert (meeting.actor[0].country, meeting.actor[0].sector) == ("SYR", "GOV")


def test_unknown_names_act_in_events(tiny_pipeline) -> None:
    article = tiny_pipeline("اعتقلت شرطة المرور عشرات المتظاهرين أمس.", published="2016-09-20")
    (event,) = article.events
    assert [a.text for a in event.actor] == ["شرطة المرور"]
    assert event.actor[0].sector == "COP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific before an office: the office phrase opens at the next word
        ("وأعلن معالي وزير النقل أن الطريق سيفتح.", []),
        # an honorific before a title, and a title of two words, stay before the name
        ("وقال سماحة الشيخ ناصر العلي إن الصلح قريب.", [("سماحة الشيخ ناصر العلي", "unknown:PER:REL")]),
        ("وقال آية الله حسين الموسوي إن الصلح قريب.", [("آية الله حسين الموسوي", "unknown:PER:REL")]),
        ("وقال اللواء الركن سالم الحربي إن الجبهة هادئة.", [("اللواء الركن سالم الحربي", "unknown:PER:MIL")]),
        ("التقى النائب د. هاني العمر الصحفيين.", [("النائب د. هاني العمر", "unknown:PER:LEG")]),
        # a name beginning with ف right after a title is a name, not ف and a verb (يصل)
        ("واستقبل الأمير فيصل بن خالد، أمس، الوفد.", [("الأمير فيصل بن خالد", "unknown:PER:GOV")]),
        # a verbal noun behind ب and an ordinal are no names
        ("وأمر ولي العهد بتقديم المساعدات للمتضررين.", []),
        ("وقال النائب الثاني لرئيس الوزراء إن الخطة جاهزة.", []),
        # a title after an office phrase opens the holder's name
        (
            "التقى وزير الزراعة السوري الدكتور سمير حداد الصحفيين.",
            [("وزير الزراعة السوري الدكتور سمير حداد", "unknown:PER:GOV:SYR")],
        ),
        # an honorific and a title alone stand for a person with no name given
        ("وبحث سمو الأمير مع الوفد سبل التعاون.", [("سمو الأمير", "unknown:PER:GOV:")]),
    ],
)
def test_titles_honorifics_and_office_holders(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _names(tiny_kb, text) == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("استقبل الدكتور سامر بن خالد العتيبي وفدا.", "سامر بن خالد العتيبي"),
        ("التقى وزير الزراعة السوري الدكتور سمير حداد الصحفيين.", "سمير حداد"),
        ("وقال سماحة الشيخ ناصر العلي إن الصلح قريب.", "ناصر العلي"),
    ],
)
def test_a_titled_persons_entity_is_the_name_alone(tiny_pipeline, text: str, entity: str) -> None:
    people = [e["text"] for e in tiny_pipeline(Article("t", text)).entities() if e["type"] == "PER"]
    assert people == [entity]


def test_an_honorific_and_a_title_without_a_name_list_no_entity(tiny_pipeline) -> None:
    article = tiny_pipeline(Article("t", "وبحث سمو الأمير مع الوفد سبل التعاون."))
    assert article.entities() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common given name and a family name with the article
        ("وقال خالد الماربي إن الأسعار ارتفعت.", [("خالد الماربي", "unknown:PER:")]),
        # two given names, and a lineage with بن
        ("وأوضح يوسف سامي أن الماء انقطع.", [("يوسف سامي", "unknown:PER:")]),
        ("وأضاف فهد بن سالم أن الطريق مغلق.", [("فهد بن سالم", "unknown:PER:")]),
        # a و and the next given name open the next person of a list
        (
            "وشارك في الحفل ماجد الشمري وسارة العلي.",
            [("ماجد الشمري", "unknown:PER:"), ("سارة العلي", "unknown:PER:")],
        ),
        # على is علي once normalized: no name; nor a given name after a facility's head
        ("وسيطر الجيش على الأرض.", []),
        ("وافتتح ستاد ماجد الدولي أمس.", []),
        # a given name followed by common words only is no name
        ("وقال محمد إن الأمر انتهى.", []),
        # a family name without the article, one word or two, and a lineage with بو
        ("وأكد نادر شحادة أن المعبر سيفتح.", [("نادر شحادة", "unknown:PER:")]),
        ("وانتقد سالم ثابت مرعي قرار البلدية.", [("سالم ثابت مرعي", "unknown:PER:")]),
        ("ولحن الأغنية يوسف بو حمد.", [("يوسف بو حمد", "unknown:PER:")]),
        # no object pronoun, present-tense verb or conjunction continues such a name
        ("ورحب نبيل بمواقفكم الثابتة.", []),
        ("وقال خالد يبحث عن عمل.", []),
        # a given name after آل is the family's name, not a new person
        ("وحضر الحفل المحافظ زيد آل حسين افتتح المعرض.", []),
    ],
)
def test_given_names_open_a_persons_name(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _names(tiny_kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign given name and a family name without the article
        ("وانتقد ديفيد كارلتون خطة الحكومة.", [("ديفيد كارلتون", "unknown:PER:")]),
        # such a family name may open with ل or with a letter the clitic reader splits off
        ("ووصل توماس ليندكفيست إلى الرياض أمس.", [("توماس ليندكفيست", "unknown:PER:")]),
        ("وتحدث روبرت بلانت عن الاتفاق.", [("روبرت بلانت", "unknown:PER:")]),
        # it takes no article, so a definite word after it is none of the name; nor is an office
        # in the accusative
        ("وظهر جون ماركهام المتهم بالسرقة أمام القاضي.", [("جون ماركهام", "unknown:PER:")]),
        ("وانتخب المؤتمر ستيفن كول رئيسا للجمعية.", [("ستيفن كول", "unknown:PER:")]),
        # a و after the given name is "and"
        ("وصل جون وماري إلى لندن.", []),
    ],
)
def test_foreign_given_names_open_a_persons_name(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _names(tiny_kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of a trade, maybe a country adjective, then a name of two words
        ("وأحيت الحفل المطربة نادين حداد مساء أمس.", [("المطربة نادين حداد", "unknown:PER:")]),
        ("وأفرج عن المصور السوري كامل بدران أمس.", [("المصور السوري كامل بدران", "unknown:PER:")]),
        # a state or a part a person is in: young, accused, held, leading, teaching, reporting
        ("واعتقلت دورية الشاب فيصل العمري قرب السوق.", [("الشاب فيصل العمري", "unknown:PER:")]),
        ("ومثل المتهم كريم الزهراني أمام القاضي.", [("المتهم كريم الزهراني", "unknown:PER:")]),
        ("وبرأت المحكمة المتهمة سلمى الحارثي.", [("المتهمة سلمى الحارثي", "unknown:PER:")]),
        ("وأفرجت السلطات عن الأسير سامي الجعبري.", [("الأسير سامي الجعبري", "unknown:PER:")]),
        ("وأضربت الأسيرة هبة النجار عن الطعام.", [("الأسيرة هبة النجار", "unknown:PER:")]),
        ("وظهر الرهينة ماركو بيلين في تسجيل.", [("الرهينة ماركو بيلين", "unknown:PER:")]),
        ("واعتقل القيادي ماجد العتيق في كمين.", [("القيادي ماجد العتيق", "unknown:PER:")]),
        ("وترشحت القيادية منى الشامي للمجلس.", [("القيادية منى الشامي", "unknown:PER:")]),
        ("وفاز المعلم سعد الفيفي بالجائزة.", [("المعلم سعد الفيفي", "unknown:PER:")]),
        ("واشتكت المعلمة نوال القحطاني من النقل.", [("المعلمة نوال القحطاني", "unknown:PER:")]),
        ("وقال الصحافي جان موريل إن الطريق مغلق.", [("الصحافي جان موريل", "unknown:PER:")]),
        ("وقالت الصحافية ليلى حداد إن اللجان أغلقت.", [("الصحافية ليلى حداد", "unknown:PER:")]),
        # one word, a present-tense verb or a word with the article after it is no name
        ("وقال الطفل إنه خائف.", []),
        ("وما زال الطفل يعاني من الحروق.", []),
        ("وتحدث الباحث المعروف عن الدراسة.", []),
    ],
)
def test_a_trade_noun_may_open_a_name(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _names(tiny_kb, text) == expected


def test_a_plural_of_leaders_after_an_office_is_no_holders_name(tiny_kb: KnowledgeBase) -> None:
    """رؤساء الكتل is a group the office addresses, not the name of who holds it."""
    found = _names(tiny_kb, "وطالب رئيس البرلمان العراقي رؤساء الكتل بالإصلاح.")
    assert all("رؤساء" not in text for text, _ in found)


def _bare_offices(kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(Article("t", text, published="2016-09-20"))))
    article = NameChunker.from_kb(kb, known_verb_forms(kb))(article)
    return [(m.text, m.ref) for m in article.mentions if m.rule == "name:bare-office"]


def test_an_office_alone_after_a_verb_is_the_holder_told_of_before(tiny_kb: KnowledgeBase) -> None:
    text = "واستقبل وزير الخارجية الروسي الوفد. وقال الوزير إن الحوار مستمر."
    assert _bare_offices(tiny_kb, text) == [("الوزير", "office:foreign_minister:RUS")]


def test_an_office_after_an_honorific_is_the_holder_of_a_later_bare_office(tiny_kb: KnowledgeBase) -> None:
    text = "واستقبل معالي وزير الخارجية الروسي الوفد. وقال الوزير إن الحوار مستمر."
    assert _bare_offices(tiny_kb, text) == [("الوزير", "office:foreign_minister:RUS")]


def test_an_office_and_its_complement_after_a_verb_is_the_holder_told_of_before(
    tiny_kb: KnowledgeBase,
) -> None:
    text = "ووصل وزير الزراعة السوري خالد حداد إلى السوق. ثم دعا وزير الزراعة في كلمة التجار إلى خفض الأسعار."
    assert _bare_offices(tiny_kb, text) == [("وزير الزراعة", "unknown:PER:GOV:SYR")]


@pytest.mark.parametrize(
    "text",
    [
        # nobody held the office before in the story and the phrase goes on after في: a name
        # or a body may still follow, so no unnamed holder is coded
        "ثم دعا وزير الزراعة في كلمة التجار إلى خفض الأسعار.",
        # the phrase goes on with و or a ب phrase, or describes the name before the comma
        "ثم التقى مدير الشؤون الفنية والإدارية التجار.",
        "ثم وصف المتحدث الرسمي باسم الوزارة الاتفاق بأنه مهم.",
        "وقال العميد سالم الفهد، المتحدث الأمني إن الطريق مغلق.",
        # the holder's name follows after a comma
        "ووصل وزير الزراعة السوري خالد حداد إلى السوق. ثم دعا وزير الزراعة، الدكتور خالد حداد، التجار.",
    ],
)
def test_an_office_and_its_complement_with_no_holder_told_or_a_name_after_is_no_reference(
    tiny_kb: KnowledgeBase, text: str
) -> None:
    assert _bare_offices(tiny_kb, text) == []


def test_an_office_phrase_standing_alone_is_its_unnamed_holder(tiny_kb: KnowledgeBase) -> None:
    """Nobody held the office before, but the phrase ends plainly: the unnamed holder, whom the
    coder may make an argument (the one consulted here)."""
    text = "وبحث الرئيس الفرنسي الخطة مع وزير العدل."
    assert _bare_offices(tiny_kb, text) == [("وزير العدل", "unknown:PER:GOV:")]


@pytest.mark.parametrize(
    "text",
    [
        "وأكد أن المدخل الرئيس للمدينة مغلق.",  # an adjective after a definite noun
        "وأشاد وكيل المحافظ بالمتطوعين.",  # a genitive of another office
        "وقال الرئيس كيري إن الحوار مستمر.",  # a title before a name
    ],
)
def test_an_office_alone_after_a_noun_or_before_a_name_is_no_person(
    tiny_kb: KnowledgeBase, text: str
) -> None:
    assert _bare_offices(tiny_kb, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's head and the place it serves: that place's body, in its country
        ("وأصدرت محكمة حلب حكما بسجن المتهم.", [("محكمة حلب", "unknown:ORG:JUD:SYR")]),
        ("وافتتح مستشفى دمشق العام جناحا جديدا.", [("مستشفى دمشق العام", "unknown:ORG:HLH:SYR")]),
        # a unit of land before a place is a place, no body
        ("وسيطر المسلحون على مديرية حلب.", []),
    ],
)
def test_a_body_named_by_its_place(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _names(tiny_kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite head and the words of its name: adjectives and a ل-phrase
        (
            "وعقدت اللجنة الوطنية للتخطيط العمراني اجتماعا في الرياض.",
            [("اللجنة الوطنية للتخطيط العمراني", "unknown:ORG:")],
        ),
        (
            "وطالبت الهيئة العليا للرقابة المالية بفتح تحقيق.",
            [("الهيئة العليا للرقابة المالية", "unknown:ORG:GOV")],
        ),
        # a country adjective makes one adjective enough
        ("وطالب الاتحاد السوري بإعادة المباراة.", [("الاتحاد السوري", "unknown:ORG:")]),
        # the conjunction opens the next party; و is no part of the span
        ("ووقعت الجمعية الخيرية الأهلية والمركز اتفاقا.", [("الجمعية الخيرية الأهلية", "unknown:ORG:NGO")]),
        # one plain adjective describes a body; an ordinal, a title or a word of belonging ends it
        ("وأصدرت المؤسسة الدينية بيانا.", []),
        ("وحصل المركز الثاني على الجائزة.", []),
        ("وكرم المركز الدكتور سالم العتيبي.", [("الدكتور سالم العتيبي", "unknown:PER:")]),
        # a state part's head with an adjective is a force, not a name (mentions.groups)
        ("وانتشرت القوات الخاصة الجديدة في المدينة.", []),
        # a definite word not in the feminine after a feminine head is no adjective of it:
        # the verb's object (the head alone names nobody in particular)
        ("وناشدت الهيئة المجتمع المدني دعم الأسر النازحة.", []),
    ],
)
def test_a_definite_head_opens_a_name_with_its_adjectives(
    tiny_kb: KnowledgeBase, text: str, expected: list
) -> None:
    assert _names(tiny_kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ل, a verbal noun without the article and its definite genitive: the body's purpose
        (
            "وضبطت اللجنة الوطنية لمكافحة المخدرات شحنة في الميناء.",
            [("اللجنة الوطنية لمكافحة المخدرات", "unknown:ORG:")],
        ),
        (
            "ونظمت الهيئة العامة لرعاية الشباب بطولة للناشئين.",
            [("الهيئة العامة لرعاية الشباب", "unknown:ORG:GOV")],
        ),
        (
            "وحذر المركز الوطني لمكافحة الإرهاب من رسائل مجهولة.",
            [("المركز الوطني لمكافحة الإرهاب", "unknown:ORG:")],
        ),
        # the chain goes on after the purpose phrase with definite words
        (
            "وافتتحت الجمعية الأهلية لرعاية الأيتام الخيرية فرعا جديدا.",
            [("الجمعية الأهلية لرعاية الأيتام الخيرية", "unknown:ORG:NGO")],
        ),
        # no genitive after the noun, or a pronoun on it: no purpose, the body stays undescribed
        ("وأكدت اللجنة الوطنية لمكافحة هذه الظاهرة جهودها.", []),
        ("وقالت الهيئة العامة لرعايتها إن الخطة جاهزة.", []),
    ],
)
def test_a_body_named_with_its_purpose(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _names(tiny_kb, text) == expected


def test_an_act_of_the_trigger_lexicon_after_a_body_is_no_purpose(tiny_kb: KnowledgeBase) -> None:
    # تهديد is an act the sentence tells of, not the committee's name
    assert _names(tiny_kb, "ونفت اللجنة الوطنية لتهديد المزارعين أي صلة.") == []


@pytest.mark.parametrize(
    "text",
    ["ورفعت اللجنة الوطنية لوزير المالية توصياتها.", "وسلمت الجمعية الخيرية لسامر الحربي منحة دراسية."],
)
def test_an_office_or_a_given_name_after_ل_is_the_party_a_body_acts_on(
    tiny_kb: KnowledgeBase, text: str
) -> None:
    assert not any(name.startswith(("اللجنة", "الجمعية")) for name, _ in _names(tiny_kb, text))


def _appositive(kb: KnowledgeBase, text: str) -> list[str]:
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(Article("t", text))))
    article = NameChunker.from_kb(kb, known_verb_forms(kb))(article)
    return [m.text for m in article.mentions if m.rule == "name:appositive"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name no list knows, after a verb, then its office: the office says it is a name
        ("وقال هانس بيرغمان رئيس الوفد الأوروبي إن الجولة كانت مثمرة.", ["هانس بيرغمان"]),
        ("والتقى ريكاردو فيتالي، المتحدث باسم البعثة، عددا من الزوار.", ["ريكاردو فيتالي"]),
        ("ودعا رامون مندوزا غارسيا وزير الزراعة إلى ترشيد المياه.", ["رامون مندوزا غارسيا"]),
        # a noun of speech is no word of a name: a statement from an office
        ("وأفاد بيان مكتب رئيس الحكومة بأن الاجتماع تأجل.", []),
        # a title's pronoun stands for someone named before, not a new name
        ("وقال معاليه رئيس اللجنة إن العمل جار.", []),
        # after a preposition the words are no subject a verb opens
        ("وصلت برقية من ماركو فيتالي رئيس البعثة.", []),
    ],
)
def test_a_name_before_its_office_after_a_verb(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _appositive(tiny_kb, text) == expected


def _far_holders(kb: KnowledgeBase, text: str) -> list[str]:
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(Article("t", text))))
    article = NameChunker.from_kb(kb, known_verb_forms(kb))(article)
    return [m.text for m in article.mentions if m.rule == "name:far-office"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office whose complement goes through a ب/في phrase, then the holder's name
        ("وزار مدير عام الصحة بمحافظة الطائف غوران كوبلاند المستشفى الجديد.", ["غوران كوبلاند"]),
        ("ورأى عضو لجنة المياه في البلدية الكبرى زكري الحمداني أن الحل قريب.", ["زكري الحمداني"]),
        # no ب/في phrase: the office chunk's own holder rule, not this one
        ("وقال مدير الجمارك رامي قشقري إن الشحنة وصلت.", []),
        # a country adjective or a speech noun after the complement is no name
        ("وقال رئيس فريق الخبراء في الوكالة الدولية الأمريكي إن العمل جار.", []),
        ("وذكر مدير الأمن في المدينة بيان صدر أمس.", []),
    ],
)
def test_a_holder_named_after_a_long_office_phrase(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _far_holders(tiny_kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, its country adjective, maybe where it serves, then a name of two bare words
        (
            "وقال السفير الأمريكي مارك سميث إن بلاده تدعم الحل.",
            [("السفير الأمريكي مارك سميث", "unknown:PER:GOV:USA")],
        ),
        (
            "وقال السفير الروسي في دمشق، هانس شميت، إن بلاده تدعم الحل.",
            [("السفير الروسي في دمشق، هانس شميت", "unknown:PER:GOV:RUS")],
        ),
        ("وانتقد الكاتب السوري هاني الشمري القرار.", [("الكاتب السوري هاني الشمري", "unknown:PER:CVL:SYR")]),
        # a common given name opens the name though it reads as a preposition once normalized
        (
            "وقال السفير الروسي لدى سوريا علي حمدان في حديث إن التعاون مستمر.",
            [("السفير الروسي لدى سوريا علي حمدان", "unknown:PER:GOV:RUS")],
        ),
        # no name after the adjective: a word of time follows
        ("وقال السفير الروسي يوم الأحد إن بلاده تدعم الحل.", [("السفير الروسي", "unknown:PER:GOV")]),
    ],
)
def test_a_title_and_its_country_adjective_before_a_name(
    tiny_kb: KnowledgeBase, text: str, expected: list
) -> None:
    assert _names(tiny_kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الناشط ماريو فيلاني إن الحصار مستمر.", [("الناشط ماريو فيلاني", "unknown:PER:CVL")]),
        # the group reads a title with a definite word or nothing after it
        ("وقال الجندي الإسرائيلي إن الحصار مستمر.", []),
        ("وقال الناشط إن الحصار مستمر.", []),
    ],
)
def test_a_title_a_group_reads_too_opens_a_name(tiny_pipeline, text: str, expected: list) -> None:
    article = tiny_pipeline(Article("t", text))
    assert [(m.text, m.ref) for m in article.mentions if m.ref.startswith("unknown:")] == expected


def test_a_conjunction_on_a_particle_ends_a_name(tiny_kb: KnowledgeBase) -> None:
    found = _names(tiny_kb, "وبحسب السفير حمدان فإن المصنع سيفتح قريبا.")
    assert found == [("السفير حمدان", "unknown:PER:GOV")]


@pytest.mark.parametrize(
    ("bare", "expected"),
    [
        ("اقتراح", True),  # the verbal noun of a derived verb: a definite office head takes none
        ("تنفيذي", False),  # an office's nisba adjective (الرئيس التنفيذي)
        # every ending of lexicon/ar/nisba_endings.txt, plural ones too (المستشارون الاقتصاديون)
        ("اقتصاديون", False),
        ("تنفيذيتين", False),
    ],
)
def test_an_office_complement_tells_an_act_noun_from_a_nisba_adjective(bare: str, expected: bool) -> None:
    assert NameChunker()._object_noun(bare) is expected


@pytest.mark.parametrize(
    ("text", "swallowed"),
    [
        # a definite head takes no genitive: a group's noun after it is the verb's object
        ("ودعا الرئيس البرلمان إلى إقرار الميزانية.", "البرلمان"),
        ("وخاطب الملك الشعب في كلمة مساء أمس.", "الشعب"),
        # a feminine noun is no adjective of a masculine head
        ("ودعا الوزير الهيئة المستقلة إلى التحقيق.", "الهيئة"),
    ],
)
def test_a_definite_noun_after_a_bare_title_is_no_part_of_a_name(
    tiny_kb: KnowledgeBase, text: str, swallowed: str
) -> None:
    assert not any(swallowed in name for name, _ in _names(tiny_kb, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الرئيس التنفيذي إن الأرباح زادت.", [("الرئيس التنفيذي", "unknown:PER:GOV:")]),
        ("واستقبل الرئيس ناصر العلي الوفد.", [("ناصر العلي", "unknown:PER:")]),
    ],
)
def test_a_title_still_takes_its_adjective_and_the_name_after_it(
    tiny_kb: KnowledgeBase, text: str, expected: list
) -> None:
    assert _names(tiny_kb, text) == expected
