"""Words the gold codes as acts that no trigger entry matched at all: a violent death told by
مصرع (أسفرت المعارك عن مصرع، لقي مصرعه), fighters taking flight told by the masdar الهرب, a
raid told by دهم (حملة دهم), house arrest (الإقامة الجبرية), a joint press conference of two
sides (مؤتمر صحفي مشترك) and attending a visitor's reception (حضر الاستقبال). The second test
keeps the other senses of these words silent: a death on the road or in a flood, «their father»
(والدهم, read as و + الدهم), a stay or a residence (الإقامة), a conference of one side, and a
wedding reception.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # fighters fleeing, told by the masdar with ب or ل joined
        ("ولما اقتربت الأرتال من البلدة بادر عناصر الميليشيا بالهرب نحو الجبال.", "RETREAT"),
        # a raid, the verb and the masdar after حملة
        ("دهمت قوة من الشرطة شقة في حي شعبي واعتقلت ثلاثة مطلوبين.", "COERCE"),
        ("ونفذ الجيش حملة دهم في ثلاث قرى شمال المدينة.", "COERCE"),
        # house arrest
        ("فرضت السلطات الإقامة الجبرية على زعيم المعارضة منذ الشهر الماضي.", "COERCE"),
        # two sides before the press together
        ("وقال الوزير في مؤتمر صحافي مشترك مع نظيره الأردني إن الحدود ستفتح قريبا.", "CONSULT"),
        # attending the reception of a visiting guest
        ("حضر الاستقبال وزير الخارجية وعدد من كبار المسؤولين.", "CONSULT"),
    ],
)
def test_uncovered_words_are_coded(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # «their father», not a raid
        ("وقال الأطفال إن والدهم يعمل في مصنع للإسمنت.", "COERCE"),
        # a stay or a residence, no arrest
        ("مددت السلطات الألمانية إقامة اللاجئين السوريين عاما آخر.", "COERCE"),
        # a conference of one side only
        ("وقال المتحدث في مؤتمر صحفي عقده في مقر الوزارة إن التحقيق مستمر.", "CONSULT"),
        # a wedding reception
        ("أقامت العائلة حفل الاستقبال في قاعة كبيرة وسط المدينة.", "CONSULT"),
    ],
)
def test_other_senses_stay_silent(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)
