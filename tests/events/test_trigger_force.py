"""Force the lexicon once missed: looting (نهب), harassment (مضايقات), restriction
(تقييد), a ban on travel or entry (منعه من السفر) whoever it bars, a penalty told in the
passive (عوقب), and fighters wiped out (تصفية). Each sentence is coded through the word it
shows; the sentences of the last test keep the word's other sense silent.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # looting, by verb and by masdar
        ("نهبت عصابات مسلحة مستودعات الوقود في الميناء ليلة أمس.", "COERCE"),
        ("اتهم المحافظ الميليشيات بنهب شحنات الطحين المخصصة للنازحين.", "COERCE"),
        # harassment, singular and plural
        ("يتعرض المراسلون لمضايقات متكررة من عناصر الأمن عند نقاط التفتيش.", "COERCE"),
        ("اشتكى الأطباء من مضايقة عناصر الميليشيا لهم داخل المستشفيات.", "COERCE"),
        # a restriction imposed on people's movement or worship
        ("ندد المجلس بتقييد الشرطة دخول المصلين إلى الكنيسة يوم العيد.", "COERCE"),
        # a journey barred, with no named party barred
        ("منعت قوات الأمن عشرات الطلاب من دخول الحرم الجامعي صباح اليوم.", "COERCE"),
        ("قررت المحكمة سجن رجل الأعمال ومنعه من السفر ثلاث سنوات.", "COERCE"),
        # a penalty told in the passive
        ("وعوقب المتهمون الثلاثة بالسجن عشر سنوات بتهمة إحراق مركز الشرطة.", "COERCE"),
        # fighters or their last pockets wiped out
        ("قالت القيادة إن وحداتها أكملت تصفية خلايا المسلحين في الضواحي.", "ASSAULT"),
    ],
)  # fmt: skip
def test_the_word_makes_the_event(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


def test_the_looter_is_the_actor() -> None:
    args = event_arguments("نهب مسلحو التنظيم خزينة البنك المركزي في المدينة.", "COERCE")
    assert args and any("التنظيم" in " ".join(actors) for actors, _ in args)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # winding up a cause or accounts, and a tournament's qualifiers, kill no one
        ("حذر الرئيس من مخططات تهدف إلى تصفية القضية الوطنية.", "ASSAULT"),
        ("تأهل المنتخب إلى الدور النهائي من تصفيات البطولة القارية.", "ASSAULT"),
    ],
)  # fmt: skip
def test_another_sense_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)
