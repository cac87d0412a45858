"""Triggers of the long tail that news writes in general constructions: a past plural
verb before an object pronoun, which drops the alif of وا (طالبوه، قتلوه); و/ف before a
doubled verb written with two letters (وحث، فشن); the plural of a circumstantial participle
(منددين، داعين), done by the main clause's subject; willingness named with who is willing
(استعداد طهران للتعاون); an air or military campaign (حملتها الجوية); an advance on ground
(التقدم باتجاه); standing by a side (الوقوف إلى جانب). The second test keeps the other
senses of these words silent.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the plural ending وا loses its alif before an object pronoun
        ("واعتقل الأهالي المشتبه به ثم طالبوه بالكشف عن شركائه.", "REQUEST"),
        ("أطلق المسلحون النار على الحارس فقتلوه على الفور.", "ASSAULT"),
        ("اتهموها بالتقصير في حماية المدنيين خلال الأزمة.", "ACCUSE"),
        # و/ف before a doubled verb written with two letters
        ("وحث رئيس الوزراء المواطنين على التعاون مع الأجهزة الأمنية.", "REQUEST"),
        ("فشن الجيش عملية واسعة على معاقل المتمردين قرب الحدود.", "ASSAULT"),
        # plural and singular circumstantial participles
        ("اعتصم العمال أمام مقر الشركة منددين بتأخر الرواتب.", "ACCUSE"),
        ("واختتم الوزير كلمته حاثا الدول المانحة على الوفاء بتعهداتها.", "REQUEST"),
        ("وأعلن الحزب مقاطعة الانتخابات مشترطا تشكيل حكومة محايدة.", "REQUEST"),
        # willingness, with who is willing in the genitive
        ("كشف المبعوث الأممي عن استعداد الحكومة للإفراج عن الأسرى.", "AGREE"),
        # an air or military campaign
        ("وتستمر الحملة العسكرية على معاقل التنظيم في الصحراء الغربية.", "ASSAULT"),
        ("بدأت الطائرات الروسية حملات جوية مكثفة في ريف إدلب.", "ASSAULT"),
        # an advance on ground told by the masdar
        ("وتمكنت وحدات الجيش من التقدم باتجاه مطار المدينة.", "ASSAULT"),
        # standing by a side
        ("أكد الوزير حرص بلاده على الوقوف إلى جانب الشعب الفلسطيني.", "SUPPORT"),
        ("وقفت الجامعة العربية إلى جانب الحكومة الصومالية في حربها على الإرهاب.", "SUPPORT"),
    ],
)
def test_long_tail_forms_are_coded(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # getting ready, not willingness: in preparation for a game, readiness of troops
        ("يواصل المنتخب تدريباته ضمن استعداده لمواجهة الكويت في التصفيات.", "AGREE"),
        ("وأكد القائد جاهزية واستعداد الوحدات لتنفيذ المهام.", "AGREE"),
        ("تكثف الجهات المعنية الاستعداد لموسم الأمطار.", "AGREE"),
        # a campaign of vaccination or of the media is no attack
        ("أطلقت وزارة الصحة حملة تطعيم ضد شلل الأطفال في المحافظات الجنوبية.", "ASSAULT"),
        ("بدأت الجمعية حملة إعلامية للتوعية بمخاطر المخدرات.", "ASSAULT"),
        # وقف is mostly the masdar «stopping»
        ("دعا المجلس إلى وقف إطلاق النار إلى جانب إدخال المساعدات الإنسانية.", "SUPPORT"),
        # progress in talks and applying to an office are no advance
        ("وأكد الوسيط أن المحادثات حققت بعض التقدم في ملف الأسرى.", "ASSAULT"),
        ("ودعت البلدية الراغبين إلى التقدم إلى مكاتبها لتسجيل طلباتهم.", "ASSAULT"),
        # a doubled verb after و is read only as an entry allows: ورد is «was mentioned»
        ("ورد في التقرير أن الحكومة ستعلن موقفها غدا.", "REJECT"),
        # a prayer is no call
        ("وتبادل الحضور التهاني داعين العلي القدير أن يحفظ البلاد.", "REQUEST"),
    ],
)
def test_long_tail_other_senses_are_silent(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


def test_plural_participle_is_done_by_the_main_subject() -> None:
    # منددين has no subject of its own: the protesters, not the ministry after it, condemn
    arguments = event_arguments("تظاهر مئات الطلاب أمام الجامعة منددين بقرار وزارة التعليم.", "ACCUSE")
    assert arguments and "الطلاب" in " ".join(arguments[0][0])
