"""Triggers news writes in constructions the lexicon's words alone missed: the circumstantial
participle of a light verb, which needs the light verb's object as the verb does (محملا
الحكومة المسؤولية، معربا عن قلقه); help in a fight named by its giver (بدعم من طيران
التحالف، بدعم جوي من), which is aid, not the content of the verb before it; praise told
with أثنى, written like the number اثني; what a thing is called after بأن (وصف الهجوم بأنه
عمل إجرامي); a force deploying or massing, named after the verb (انتشرت قوات الجيش،
احتشدت قوات المعارضة); shelter, relief or arms provided (وفرت لهم ملاذات آمنة); bases or airspace
lent to another's forces (سمحت للتحالف باستخدام قواعدها); mocking (سخر من); fighters
captured, counted as "others" (وأسر 30 آخرين). The second test keeps the other senses silent.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a light verb's participle with its object
        ("وحذر الوزير من عواقب التصعيد، محملا الحكومة مسؤولية سلامة الأسرى.", "ACCUSE"),
        ("وتحدث المندوب عن الأوضاع في المنطقة معربا عن قلقه من تصاعد العنف.", "ACCUSE"),
        ("وأكد الوزير تمسك بلاده بالحل السياسي، مبديا رغبتها في العودة إلى المفاوضات.", "AGREE"),
        # help in a fight, after the verb of the act it helped
        ("وسيطرت القوات الحكومية بدعم من طيران التحالف على مطار المدينة الساحلية.", "AID"),
        ("وتقدمت فصائل المعارضة بدعم جوي من التحالف نحو بلدة قرب الحدود.", "AID"),
        ("وأشار التقرير إلى الدعم العسكري الروسي للحكومة السورية.", "AID"),
        # praise with أثنى and its participle
        ("وأثنى الرئيس الفلسطيني على الموقف الأردني الثابت تجاه القدس.", "SUPPORT"),
        ("والتقى الوزير قادة الوحدات المشاركة مثنيا على أدائهم في الميدان.", "SUPPORT"),
        # what a thing is called, after بأن
        ("ووصف وزير الداخلية تفجير المسجد بأنه عمل إجرامي جبان.", "ACCUSE"),
        # a force deploying or massing, named after the verb
        ("وانتشرت قوات الجيش في شوارع العاصمة بعد إعلان حظر التجول.", "MOBILIZE"),
        ("واحتشدت قوات المعارضة على أطراف المدينة استعدادا لاقتحامها.", "MOBILIZE"),
        # relief or arms provided
        ("ووفرت المنظمة الدولية مواد غذائية وأدوية لآلاف النازحين في المخيمات.", "AID"),
        ("وتقدمت المدرعات التي وفرتها قوات التحالف نحو القاعدة الجوية.", "AID"),
        # bases lent, mocking, fighters captured
        ("وسمحت الحكومة الأردنية لطائرات التحالف باستخدام قواعدها الجوية في الشمال.", "COOPERATE"),
        ("وكان زعيم المعارضة قد سخر من وعود الحكومة بتحسين الأوضاع الاقتصادية.", "ACCUSE"),
        ("وقتلت القوات الحكومية عشرة مسلحين في كمين وأسرت 30 آخرين.", "COERCE"),
    ],
)
def test_constructions_are_coded(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a plane loaded with goods bears no blame
        ("وصلت إلى المطار طائرة محملة بالمواد الغذائية والأدوية.", "ACCUSE"),
        # sponsorship, a market, a force's own aircraft: no second party helps in a fight
        ("أقيم المعرض في العاصمة بدعم من وزارة الثقافة.", "AID"),
        ("وارتفع المؤشر العام للسوق بدعم من قطاع البنوك.", "AID"),
        ("ونفذت الشرطة مداهمات في أحياء المدينة بدعم من المروحيات.", "AID"),
        # help asked for stays the request's content
        ("وطالب رئيس الوزراء بدعم من قوات التحالف لاستعادة المدينة.", "AID"),
        # اثني عشر is twelve
        ("واعتقلت الشرطة اثني عشر شخصا في المدينة.", "SUPPORT"),
        # what something is called in praise, or a complementizer after any other light verb
        ("ووصف الوزير الزيارة بأنها ناجحة ومثمرة.", "ACCUSE"),
        # a disease or a rumour spreading, a crowd massing
        ("وانتشر الوباء في القرى الجنوبية خلال الأسابيع الماضية.", "MOBILIZE"),
        ("واحتشد آلاف المشجعين في الملعب لمتابعة المباراة النهائية.", "MOBILIZE"),
        # providing jobs or saving time is no aid
        ("وتهدف الخطة إلى توفير فرص العمل للشباب في المحافظات.", "AID"),
        # rules that allow, harnessing means
        ("وتسمح القواعد الجديدة للمستثمرين بتملك العقارات في المدن الكبرى.", "COOPERATE"),
        ("وسخر الوزير كل إمكانات الوزارة لخدمة ضيوف الرحمن.", "ACCUSE"),
    ],
)
def test_other_senses_are_silent(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


def test_help_names_its_giver_and_the_side_helped() -> None:
    arguments = event_arguments(
        "وسيطرت القوات الحكومية بدعم من طيران التحالف على مطار المدينة الساحلية.", "AID"
    )
    assert arguments
    actors, recipients = arguments[0]
    assert "التحالف" in " ".join(actors)
    assert "القوات الحكومية" in " ".join(recipients)
