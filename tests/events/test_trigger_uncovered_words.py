"""Words the gold codes as acts that no trigger entry matched at all: a violent death told by
مصرع (أسفرت المعارك عن مصرع، لقي مصرعه), fighters taking flight told by the masdar الهرب, a
raid told by دهم (حملة دهم), house arrest (الإقامة الجبرية), a joint press conference of two
sides (مؤتمر صحفي مشترك), attending a visitor's reception (حضر الاستقبال), gunfire told by its
rounds (طلقات نارية), the sick carried off for care (نقل المرضى), a state of emergency
extended (تمديد حالة الطوارئ), a tour made or begun (قام بجولة، بدأ جولته) and an agreement
concluded or signed (الاتفاق المبرم بين، الاتفاقية الموقعة بين). The second test keeps the other
senses of these words silent: a death on the road or in a flood, «their father» (والدهم, read as
و + الدهم), a stay or a residence (الإقامة), a conference of one side, a wedding reception, a gun
salute, a group spreading (تمدد), a deadline extended, inspectors' rounds of shops, a round of a
league, a battle (موقعة) and a site (موقعه).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a violent death, as the result of fighting and as what befell the subject of لقي
        ("أسفر القتال على أطراف الوادي عن مصرع ستة مسلحين.", "ASSAULT"),
        ("لقي ثلاثة من عناصر الشرطة العراقية مصرعهم قرب الحدود مع سوريا.", "ASSAULT"),
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
        # gunfire told by its rounds
        ("وأصيب ثلاثة من عمال المنجم بالطلقات النارية التي أطلقها حراس الموقع.", "ASSAULT"),
        # the sick or the wounded carried off for care
        ("تولت فرق الهلال الأحمر نقل المرضى من المستشفى المحاصر إلى مدينة مجاورة.", "AID"),
        # a state of emergency extended, as one declared
        ("مدد البرلمان التركي حالة الطوارئ ثلاثة أشهر أخرى.", "COERCE"),
        # a tour made or begun
        ("وقام المبعوث الأممي بجولة شملت عمان والرياض قبل عودته إلى نيويورك.", "CONSULT"),
        ("وتبدأ المستشارة الألمانية غدا جولتها في دول البلقان.", "CONSULT"),
        # an agreement concluded between two sides
        ("وتراجعت أسعار القمح بعد الصفقة المبرمة بين روسيا وتركيا لتصدير الحبوب.", "SUPPORT"),
        ("وتسري بنود المعاهدة الموقعة بين اليابان والفلبين منذ الشهر الماضي.", "SUPPORT"),
    ],
)
def test_uncovered_words_are_coded(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a death by accident or disaster
        ("لقي سائق شاحنة مصرعه في حادث مروري على الطريق الدولي.", "ASSAULT"),
        ("أدت السيول الجارفة في الوادي إلى مصرع أربعة أطفال.", "ASSAULT"),
        # «their father», not a raid
        ("وقال الأطفال إن والدهم يعمل في مصنع للإسمنت.", "COERCE"),
        # a stay or a residence, no arrest
        ("مددت السلطات الألمانية إقامة اللاجئين السوريين عاما آخر.", "COERCE"),
        # a conference of one side only
        ("وقال المتحدث في مؤتمر صحفي عقده في مقر الوزارة إن التحقيق مستمر.", "CONSULT"),
        # a wedding reception
        ("أقامت العائلة حفل الاستقبال في قاعة كبيرة وسط المدينة.", "CONSULT"),
        # a gun salute for a guest
        ("أطلقت المدفعية إحدى وعشرين طلقة ترحيبا بالرئيس الزائر.", "ASSAULT"),
        # a group spreading (تمدد) or a deadline extended, no emergency
        ("ويخشى السكان من تمدد التنظيم نحو القرى الجنوبية.", "COERCE"),
        ("مددت الوزارة مهلة تسجيل الطلاب أسبوعا آخر.", "COERCE"),
        # inspectors' rounds of shops, and a round of a contest
        ("قام مراقبو البلدية بجولات تفتيشية على المطاعم في حي السلامة.", "CONSULT"),
        ("وتبدأ الجولة الثانية من الدوري مساء الخميس.", "CONSULT"),
        # a battle, and a site (موقعه) between two places
        ("وتحدث الكتاب عن موقعة حطين وأثرها في تاريخ المنطقة.", "SUPPORT"),
        ("واختار الجيش للمعسكر موقعه بين تلين شرق البلدة.", "SUPPORT"),
    ],
)
def test_other_senses_stay_silent(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


def test_a_violent_death_names_who_died() -> None:
    # مصرع takes the dead in its genitive as the recipient, as مقتل does
    events = event_arguments("أعلن الجيش مصرع أربعة عناصر من تنظيم داعش في الاشتباكات.", "ASSAULT")
    assert any("تنظيم داعش" in " ".join(recipients) for _, recipients in events)


def test_an_agreement_concluded_names_both_sides() -> None:
    # the sides after بين are who concluded it
    text = "ويلزم الاتفاق المبرم بين الأردن وإسرائيل الجانب الإسرائيلي بتزويد عمان بالمياه."
    events = event_arguments(text, "SUPPORT")
    assert any({"الأردن", "إسرائيل"} <= set(actors) for actors, _ in events)
