"""Which type a trigger word codes, or none: senses of SUPPORT, COERCE, ACCUSE, RETREAT,
MOBILIZE, SANCTION, PROTEST and ASSAULT words that are a statement, a place or a topic, and
words whose type depends on whom the act reaches.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # نوه إلى / بأن: "pointed out that", a statement, no praise
        ("ونوه المتحدث إلى أن الاجتماع المقبل سيعقد في الرياض.", "SUPPORT"),
        ("قال الوزير إن المشروع يسير وفق الخطة، منوها بأن الوزارة ستعلن النتائج قريبا.", "SUPPORT"),
        # أرحب: a district of Sanaa, and the comparative "wider"
        ("اندلعت اشتباكات عنيفة في مديرية أرحب شمال صنعاء.", "SUPPORT"),
        ("تطمح الشركة إلى آفاق أرحب في الأسواق الآسيوية.", "SUPPORT"),
        # recruitment named as a topic is no force mobilized
        ("وأكد الوزير أن الحكومة ستتصدى لعمليات التجنيد عبر مواقع التواصل الاجتماعي.", "MOBILIZE"),
        # لمنع: an aim (in order to prevent), no ban imposed on anyone
        ("وشدد الوزير على ضرورة العمل لمنع الإرهابيين من الوصول إلى الأسلحة.", "COERCE"),
        # تقدم as قدم's present (provides), and a team that leads a match
        ("وتفقد الوزير القوات الأميركية التي تقدم المشورة للجيش العراقي في قاعدة الأسد.", "ASSAULT"),
        ("وتقدم الفريق الزائر بهدف في الدقيقة العاشرة.", "ASSAULT"),
        # prices falling, and backing down from a stance, are no retreat of forces
        ("تراجعت أسعار النفط في الأسواق العالمية بعد صدور بيانات المخزون.", "RETREAT"),
        ("وقال المحلل إن الحوثيين تراجعوا عن مواقفهم السابقة من الحوار.", "RETREAT"),
        # أسر: families, no capture
        ("كرم المحافظ أسر الشهداء من الجنود في حفل أقيم بمقر الإمارة.", "COERCE"),
        # ثمن the price paid for a stance, no praise
        ("وقال المحلل إن المعارضين دفعوا ثمن مواقفهم من الحكومة غاليا.", "SUPPORT"),
        # قاطع the adjective "decisive", مقاطعة a province
        ("وينتظر أن يحدد المجلس موعد قاطع لبدء المفاوضات بين الحزبين.", "PROTEST"),
        ("وأضاف بيان سلطات المقاطعة أن متمردين هاجموا مركزا للشرطة ليلا.", "SANCTION"),
        # an advance to be eased is no advance yet
        ("وقال المتحدث إن الاتفاق مع القبائل سيسهم في تسهيل تقدم الثوار نحو مركز المحافظة.", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_statement_place_or_topic_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type", "not_type"),
    [
        # driving an armed group out of ground is force, deporting civilians is coercion
        ("طرد الجيش الصومالي حركة الشباب من بلدة ساحلية جنوب العاصمة.", "ASSAULT", "COERCE"),
        ("طردت السلطات الماليزية مئات العمال الأجانب المخالفين.", "COERCE", "ASSAULT"),
        # warplanes deployed to a base
        ("نشرت فرنسا مقاتلات من طراز رافال في قاعدة جوية بالأردن.", "MOBILIZE", "ASSAULT"),
        # a ban imposed stays coercion
        ("منعت السلطات المصرية الصحفيين من دخول المحكمة.", "COERCE", "ASSAULT"),
        # an armed force that advances, with or without a direction
        ("وتقدمت قوات المقاومة الشعبية من الجهة الشمالية للمدينة.", "ASSAULT", "REQUEST"),
        ("أحرز الجيش تقدما في محيط المطار بعد معارك عنيفة.", "ASSAULT", "SUPPORT"),
        # forces falling back or leaving their positions, and a truce announced
        ("تراجعت قوات المتمردين إلى أطراف البلدة بعد يومين من المعارك.", "RETREAT", "CONCEDE"),
        ("ترك مسلحو الحركة مواقعهم في التلال المطلة على المدينة.", "RETREAT", "ASSAULT"),
        ("وقرر التحالف الإعلان عن هدنة إنسانية في اليمن لمدة أسبوع.", "RETREAT", "AGREE"),
        # an invitation accepted is no call made by the one who accepts it
        ("وقبلت الحكومة الدعوة إلى جولة جديدة من المحادثات في الدوحة.", "AGREE", "REQUEST"),
        # من قبل is «by»: the call after it is still a call, no invitation accepted
        ("قصفت القرى من قبل المليشيات رغم دعوة الأمم المتحدة إلى حماية المدنيين.", "REQUEST", "AGREE"),
        # fighters captured in battle
        ("وأسر الثوار عددا من المسلحين في مواجهات قرب المطار.", "COERCE", "AID"),
        # ثمن with what is praised
        ("وثمنت الحكومة الأردنية الدور المصري في التهدئة بين الفصائل.", "SUPPORT", "ACCUSE"),
        # holding a hostage, told by the masdar, is abduction, not an arrest
        ("طالبت الحكومة بالإفراج عن الصحفي بعد احتجازه رهينة لدى المسلحين شهرين.", "ASSAULT", "COERCE"),
        # praise with ب stays praise
        ("ونوه الوزير بجهود الدفاع المدني في إخماد الحريق.", "SUPPORT", "ACCUSE"),
    ],
)  # fmt: skip
def test_the_type_a_trigger_codes(text: str, event_type: str, not_type: str) -> None:
    types = event_types(text)
    assert event_type in types
    assert not_type not in types
