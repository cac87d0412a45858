"""Triggers added where the gold codes an act the lexicon had no word for: persuading a party
(أقنع، إقناع) is an appeal; seizing persons or goods told by a count (ضبط 37 متسللا) is an
arrest; fighters fleeing a front (فرت عناصر الميليشيا) pull back; treating the wounded
(علاج الجرحى) is relief; an incident named a terrorist one (الحادث الإرهابي) is an attack; a body that listens to a
briefing (استمعت اللجنة إلى إفادة) consults. The second test keeps the other senses of these words silent:
keeping something in check (ضبط النفس، ضبط الأسعار), «exactly» (بالضبط), «provided» (وفر),
civilians who flee, a cure for a disease, a road accident, and listening to music.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # persuading, told by the masdar after a verb of trying and by the verb
        ("تحاول الإدارة الأمريكية إقناع الكونغرس بتمرير حزمة المساعدات.", "REQUEST"),
        ("أقنع الوسيط العماني الطرفين بالعودة إلى المفاوضات في مسقط.", "REQUEST"),
        # seizing told by a count, a quantity or a plural masdar
        ("ضبطت شرطة الحدود 52 متسللا خلال حملة أمنية في المنطقة الجنوبية.", "COERCE"),
        ("ضبطت الدوريات نحو عشرين بندقية وذخائر في مخبأ قرب القرية.", "COERCE"),
        ("وحققت شرطة الجمارك ضبطيات كبيرة من المخدرات في الميناء.", "COERCE"),
        # fighters captured, told by a count
        ("وتمكنت القبائل من أسر أعداد من عناصر الميليشيا في الكمين.", "COERCE"),
        # armed men fleeing
        ("فرت عناصر الميليشيا من مواقعها في الجبل بعد ساعات من القصف.", "RETREAT"),
        ("وأكد المصدر أن عشرات المسلحين فروا باتجاه الصحراء تاركين أسلحتهم.", "RETREAT"),
        # treating the wounded of a crisis
        ("أرسلت الجمعية فريقا من الأطباء لعلاج الجرحى في مستشفيات المدينة المحاصرة.", "AID"),
        # an incident named a terrorist one
        ("زار المحافظ مصابي الحادث الإرهابي الذي وقع قرب مبنى البلدية.", "ASSAULT"),
        # a body hearing a briefing
        ("واستمع أعضاء مجلس الشيوخ إلى شرح من وزير الدفاع عن خطة الانسحاب.", "CONSULT"),
        # held, as a state after كان or ما زال
        ("وقال المحامي إن موكله ما زال محتجزا في مركز الشرطة منذ أسبوعين.", "COERCE"),
        ("وكان الصحفي معتقلا في سجن عسكري قبل أن تفرج عنه السلطات.", "COERCE"),
    ],
)
def test_recall_triggers_are_coded(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # ضبط as keeping in check, and بالضبط «exactly»
        ("دعا الأمين العام جميع الأطراف إلى ضبط النفس وتجنب التصعيد.", "COERCE"),
        ("تعمل الوزارة على ضبط الأسعار في الأسواق قبل شهر رمضان.", "COERCE"),
        ("لا أحد يعرف بالضبط عدد الذين غادروا البلدة.", "COERCE"),
        # وفر is «provided», and civilians who flee pull back from nothing
        ("وفرت البلدية المياه والكهرباء لسكان الحي الجديد.", "RETREAT"),
        ("فر آلاف المدنيين من القرى الحدودية إلى المخيمات.", "RETREAT"),
        # a cure for a disease, a patient's own treatment
        ("أعلن باحثون عن دواء جديد لعلاج السكري من النوع الثاني.", "AID"),
        ("ويتلقى اللاعب العلاج في ألمانيا بعد إصابته في الركبة.", "AID"),
        # an accident on the road
        ("توفي ثلاثة أشخاص في حادث مروري على الطريق الساحلي.", "ASSAULT"),
        # listening to music
        ("يستمع الشباب إلى الموسيقى في المقاهي حتى ساعة متأخرة.", "CONSULT"),
        # detainees counted: a noun, no act told
        ("وتضم الزنازين الجديدة أكثر من ثلاثمئة معتقل من مختلف المحافظات.", "COERCE"),
    ],
)
def test_other_senses_are_silent(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)
