"""AID in the shipped lexicon: the general verbs of giving, sending and hosting are aid only with
relief, arms or refugees in reach, and silent in their other senses.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import default_pipeline, event_types


def _aid_events(text: str) -> list[tuple[str, list[str]]]:
    """(trigger, actor texts) of the AID events coded in ``text``."""
    article = default_pipeline()(text, published="2016-09-20")
    return [(e.trigger, [a.text for a in e.actor]) for e in article.events if e.event_type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        # the relief adjective heads the relative clause the giver is named in
        "وتشمل الشحنة المواد الطبية والإغاثية التي يقدمها الهلال الأحمر القطري للنازحين في عرسال.",
        # relief supplies handed out, a passive with the goods after it
        "وقُدمت خلال الأسبوع كل المستلزمات الطبية لمرضى المخيم.",
        # arms airdropped to a fighting side
        "ألقت مصادر الضوء على الذخائر التي أنزلتها المروحيات الروسية لقوات النظام في ريف اللاذقية.",
        # an air bridge of relief
        "وأعلنت تركيا عن جسر جوي لإيصال الخيام والبطانيات إلى المناطق المنكوبة في الإكوادور.",
        # air cover given to a fighting side
        "وتوفر مقاتلات التحالف غطاء جويا للقوات الحكومية المتقدمة نحو المطار.",
        # refugees taken in
        "وتواصل تركيا استيعاب اللاجئين الفارين من الحرب في سوريا رغم الضغوط الاقتصادية.",
        # the party helped between the noun and في: aid given, not help to do
        "وتواصل الإمارات مساعدة اللاجئين السوريين في الأردن.",
        # a medical team sent to the hurt
        "وأرسلت وزارة الصحة الأردنية فريقا طبيا إلى مخيم الزعتري لعلاج المصابين.",
        "وأرسلت الجمعية الطواقم الطبية إلى القرى التي ضربها الزلزال.",
        # the wounded carried off for care
        "ونقلت مروحيات الجيش المصابين إلى مستشفيات العاصمة بعد انهيار المبنى.",
        # a plane or ship named after the place it reached, carrying the relief told after it
        "وصلت إلى مطار عدن مساء الخميس طائرة كويتية ثالثة تحمل أدوية ومساعدات غذائية.",
        "وصلت إلى ميناء الحديدة أمس سفينتان تركيتان وثالثة عمانية محملة بمساعدات طبية للأهالي.",
        # the shipment heads the relative clause of the verb it arrived by
        "وقال المحافظ إن شحنة الأدوية التي وصلت إلى المستشفى يوم الأحد تكفي لشهرين.",
    ],
)  # fmt: skip
def test_relief_in_reach_makes_aid(text: str) -> None:
    assert "AID" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # presenting a project to humanity, a resignation, an offer
        "وقال الرئيس إن بلاده تقدم للإنسانية نموذجا في التسامح والتعايش.",
        "قدم وزير الصحة استقالته إلى رئيس الوزراء مساء أمس.",
        # a bridge is a building; the present ينزل is descending
        "افتتح أمير المنطقة جسر الملك فهد الجديد على طريق الدمام.",
        "تنزل الأمطار بغزارة على المرتفعات الغربية منذ صباح الأحد.",
        # taking in students or traffic
        "وتعمل الوزارة على استيعاب الطلاب الجدد في المدارس الحكومية.",
        # a legal cover
        "وقال إن الحكومة توفر الغطاء القانوني لعمليات الاستيطان.",
        # an assistant's title
        "وقالت مساعدة وزير الخارجية الأمريكي لشؤون أفريقيا إن واشنطن تتابع الانتخابات في كينيا.",
        "وحضرت الحفل مساعدة المدير العام للتعليم في منطقة القصيم.",
        # help to do something: المساعدة في، المساعدة على
        "وطلبت الشرطة من السكان المساعدة في العثور على الطفل المفقود.",
        "واتهمت النيابة الموظف بالمساعدة على تهريب الوثائق إلى الخارج.",
        # aid needed, no aid given
        "وتقول المنظمة إن نصف سكان الإقليم بحاجة إلى المساعدة العاجلة.",
        # getting aid in, what a truce or a call is for
        "وتهدف الهدنة إلى ضمان وصول المساعدات الغذائية إلى سكان المدن المحاصرة.",
        "ودعت الوكالة الأطراف المتحاربة إلى تسهيل إيصال المعونات إلى القرى المعزولة.",
        # relief naming a body's trade, or the last word of its name: no relief given
        "ويعمل فريق الإغاثة الكويتي في المخيمات منذ أسبوعين.",
        # support offered with no one named: praise or a call, no aid given
        "وأكد الوزير أهمية الاستمرار في تقديم الدعم خلال المرحلة المقبلة.",
        "وأشاد المحافظ بما تقدمه الجمعية من دعم ورعاية للمواهب الشابة.",
        # a bank's lending, a student's scholarship
        "وأعلن المصرف عن توسيع التمويل العقاري للمواطنين بشروط ميسرة.",
        "وأعلنت السفارة عن منحة دراسية للطلاب اليمنيين في الجامعات البريطانية.",
        "واستقبل الوزير وفد اللجنة الوطنية العليا للإغاثة في مكتبه.",
        # what arrives carries no relief: a shipment named far past تحمل is another clause's
        "ووصل الوفد إلى جنيف على متن طائرة تحمل شعار المنظمة الدولية، فيما تناقش اللجنة شحنات الوقود.",
        # goods moved in general
        "ونقلت الشركة مقرها الرئيسي إلى دبي مطلع العام.",
    ],
)  # fmt: skip
def test_other_senses_are_no_aid(text: str) -> None:
    assert "AID" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # support given (تقديم الدعم، ما قدمته من دعم) is material help, not words of backing
        "وأكدت ألمانيا أنها ستواصل تقديم الدعم العسكري لقوات الحكومة العراقية في الموصل.",
        "وشكر رئيس الوزراء الليبي تركيا على ما قدمته من دعم للجيش الليبي خلال الحصار.",
        "وتواصل اليابان تقديم الدعم الإنساني للاجئين في المخيمات الأردنية.",
    ],
)  # fmt: skip
def test_support_given_is_aid(text: str) -> None:
    assert "AID" in event_types(text)


def test_the_giver_of_airdropped_arms_is_who_dropped_them() -> None:
    events = _aid_events("وقلبت الأسلحة التي أنزلتها طائرات التحالف للمقاتلين موازين القوى في الجبهة.")
    assert any(trigger == "أنزلتها" and "التحالف" in " ".join(actor) for trigger, actor in events)


def test_backing_named_after_min_is_military_aid_from_that_giver() -> None:
    events = _aid_events("وسيطرت الفصائل المسلحة المدعومة من تركيا على بلدة جديدة في ريف حلب.")
    assert any(trigger == "المدعومة" and actor == ["تركيا"] for trigger, actor in events)


def test_backing_with_b_is_no_aid() -> None:
    # مدعومة بـ is said of markets and devices as well
    assert "AID" not in event_types("وأغلقت البورصة مرتفعة مدعومة بنتائج قوية لشركات الاتصالات.")


def _aid_arguments(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(trigger, actor texts, recipient texts) of the AID events coded in ``text``."""
    article = default_pipeline()(text, published="2016-09-20")
    return [
        (e.trigger, [a.text for a in e.actor], [r.text for r in e.recipient])
        for e in article.events
        if e.event_type == "AID"
    ]


def test_the_genitive_of_a_relief_act_is_whom_it_reaches() -> None:
    # إغاثة الشعب: the people are relieved; who relieves is named before
    events = _aid_arguments("وتأتي القافلة ضمن جهود الكويت لإغاثة الشعب السوري في المخيمات.")
    assert ("لإغاثة", ["الكويت"], ["الشعب السوري"]) in events


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        # the plural names the goods given, its genitive their giver
        ("وتوزعت مساعدات الأمم المتحدة على سكان البلدة المحاصرة.", "الأمم المتحدة"),
        # بمساعدة: with the help of
        ("ووصلت قوات الحكومة إلى المطار بمساعدة طيران التحالف.", "التحالف"),
    ],
)  # fmt: skip
def test_the_genitive_of_aid_given_or_lent_is_the_giver(text: str, giver: str) -> None:
    assert any(giver in " ".join(actor) for _, actor, _ in _aid_arguments(text))


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("وتدرب فرنسا القوات المالية على مكافحة الإرهاب.", "القوات"),
        ("ونقلت مروحيات الجيش المصابين إلى مستشفيات العاصمة بعد انهيار المبنى.", "المصابين"),
        ("واستقبلت ألمانيا اللاجئين الفارين من الحرب خلال الصيف الماضي.", "اللاجئين"),
    ],
)  # fmt: skip
def test_the_party_an_aid_verb_takes_is_whom_the_aid_is_for(text: str, receiver: str) -> None:
    assert any(receiver in recipients for _, _, recipients in _aid_arguments(text))


def test_an_adjective_of_the_party_trained_is_no_giver() -> None:
    # the adjective after goods names who gives them; after a party, it is that party's
    trained = _aid_arguments("وتواصل بعثة الحلف تدريب القوات الأفغانية في كابول.")
    assert trained and all("الأفغانية" not in actor for _, actor, _ in trained)
    given = _aid_arguments("وتتواصل عمليات تقديم المساعدات الأمريكية للنازحين في الموصل.")
    assert any(actor == ["الأمريكية"] for _, actor, _ in given)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        # the vehicles supplied head the relative clause, the verb's ب + pronoun their trace
        ("وتقدمت الكتائب بالمدرعات التي زودها بها الجيش الأردني نحو الحدود.", "الأردني"),
        ("وحسمت الأسلحة الجديدة التي أمدتهم بها روسيا معركة الجسر.", "روسيا"),
    ],
)  # fmt: skip
def test_goods_supplied_before_the_verb_make_aid(text: str, giver: str) -> None:
    assert any(giver in " ".join(actor) for _, actor, _ in _aid_arguments(text))


def test_the_masdar_of_supplying_needs_the_goods() -> None:
    assert "AID" in event_types("واتهمت المحكمة الخلية بإمداد المتمردين بالأسلحة والذخيرة.")
    # supply lines are no aid given
    assert "AID" not in event_types("وقطعت القوات طرق الإمداد بين المدينتين الأسبوع الماضي.")
