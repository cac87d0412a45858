"""Forms and objects of the three densest types (ASSAULT, COERCE, CONSULT) that news uses
and the lexicon once missed: a masdar of a final hamza with a possessive pronoun (لقائه),
a defective verb with an object pronoun (التقاه), and objects of light verbs (خاض حربا،
سقطت بيد، تفكيك خلية). Each sentence is coded only through the form it shows; the
sentences in the second test keep the word's other sense silent.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a hamza-final masdar before a possessive pronoun: the hamza sits on ي
        ("وأكد رئيس الوزراء خلال لقائه المبعوث الأممي أهمية الحل السياسي.", "CONSULT"),
        ("ندد البيان باستيلائهم على مقار الوزارات في العاصمة.", "ASSAULT"),
        # a defective verb before an object pronoun writes its ى as ا
        ("وكان الرئيس الفرنسي قد التقاه في باريس الشهر الماضي.", "CONSULT"),
        # a phone call told as a noun
        ("تلقى رئيس الوزراء العراقي مساء أمس اتصالا هاتفيا من نظيره التركي.", "CONSULT"),
        # a war waged on a party, by noun and by light verb
        ("تواصل الحكومة النيجيرية حربها ضد جماعة بوكو حرام في الشمال الشرقي.", "ASSAULT"),
        ("خاضت القوات الحكومية حربا طويلة مع المتمردين في الجنوب.", "ASSAULT"),
        ("شن الجيش الحرب على الجماعات المسلحة في المنطقة الحدودية.", "ASSAULT"),
        # a siege told with the masdar محاصرة
        ("تسعى القوات المشتركة لمحاصرة المدينة من جهاتها الأربع.", "ASSAULT"),
        # losses inflicted (تكبيد), fighters wiped out (القضاء على مقاتلين)
        ("أعلن الجيش تكبيد المسلحين خسائر كبيرة في الأرواح والعتاد.", "ASSAULT"),
        ("أعلنت القيادة القضاء على مقاتلين من التنظيم حاولوا التسلل جنوب المدينة.", "ASSAULT"),
        # a town fallen into a party's hands
        ("سقطت البلدة بيد المسلحين فجر اليوم.", "ASSAULT"),
        # operations stepped up
        ("كثف الجيش عملياته في ريف المحافظة الشرقي.", "ASSAULT"),
        # a cell dismantled, suspects referred to the investigators, quantities seized
        ("أعلنت الشرطة تفكيك خلية تهرب الأسلحة عبر الحدود الجنوبية.", "COERCE"),
        ("أحالت الشرطة المتهمين إلى هيئة التحقيق لاستكمال الإجراءات.", "COERCE"),
        ("ضبطت دوريات الحدود كمية من المخدرات في سيارة قادمة من الشمال.", "COERCE"),
        # a dialogue between parties
        ("تحاور ممثلو الأحزاب السياسية في العاصمة حول قانون الانتخابات.", "CONSULT"),
    ],
)  # fmt: skip
def test_the_form_or_object_makes_the_event(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # قضائي and اعتدائي are adjectives, not a masdar with the pronoun "my"
        ("أصدر المجلس القضائي قرارا بتعيين قضاة جدد في المحاكم الإدارية.", "ASSAULT"),
        # the telephone service, and a source speaking to a newspaper by phone
        ("اشتكى سكان القرية من ضعف الاتصال الهاتفي في المنطقة.", "CONSULT"),
        ("وقال المتحدث في اتصال هاتفي مع الصحيفة إن الوضع هادئ.", "CONSULT"),
        # a war on an ill is no force; a besieged city is no siege being laid
        ("أعلنت الحكومة الحرب على الفساد في المؤسسات العامة.", "ASSAULT"),
        ("وصلت قافلة الإغاثة إلى البلدة المحاصرة صباح اليوم.", "ASSAULT"),
        # dismantling a machine is no arrest
        ("بدأ الفنيون تفكيك الآلات القديمة في المصنع.", "COERCE"),
    ],
)  # fmt: skip
def test_another_sense_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)
