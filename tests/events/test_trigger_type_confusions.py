"""Words the coder found at the right place but read as another type: armed forces on the move
are a deployment (MOBILIZE), not a visit; driving people from their homes and abusing prisoners
are coercion (COERCE), not an attack; a ban on supplying a state is an embargo (SANCTION), not
a ban at home; a trial is legal action brought against someone (ACCUSE 115), not an arrest; one party's own
protest, lodged or voiced (احتجاجها، عبر عن احتجاجه), is a complaint (ACCUSE), not a
demonstration.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "توجهت أرتال من الجيش الليبي نحو مدينة سرت فجر الأحد.",
        "وتوجهت التعزيزات العسكرية إلى جبهة المخا بعد ظهر السبت.",
        "اتجهت وحدات من الحرس الوطني إلى الحدود الشمالية بعد الهجوم.",
        "تحركت دبابات الجيش التركي نحو الشريط الحدودي مساء الخميس.",
    ],
)  # fmt: skip
def test_forces_on_the_move_are_a_deployment(text: str) -> None:
    assert "MOBILIZE" in event_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official on his way is on a visit, arriving goods are aid
        ("سيتوجه وزير الخارجية الهندي إلى طوكيو الأسبوع المقبل.", "CONSULT"),
        ("وصلت إلى ميناء الحديدة شحنة أدوية مقدمة من الكويت.", "AID"),
    ],
)  # fmt: skip
def test_officials_and_goods_that_go_are_no_deployment(text: str, expected: str) -> None:
    types = event_types(text)
    assert expected in types
    assert "MOBILIZE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "تتهم المنظمة الميليشيات بتهجير آلاف العائلات من قراها في ديالى.",
        "ونكلت حراسة السجن بالأسرى المضربين طوال الأسبوع الماضي.",
    ],
)  # fmt: skip
def test_displacing_and_abusing_people_is_coercion(text: str) -> None:
    types = event_types(text)
    assert "COERCE" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "قررت الحكومة اليابانية حظر إمداد كوريا الشمالية بالنفط المكرر.",
        "وأبقى مجلس الأمن الحظر على بيع الأسلحة إلى ليبيا لمدة عام.",
    ],
)  # fmt: skip
def test_a_ban_on_supplying_a_state_is_an_embargo(text: str) -> None:
    assert "SANCTION" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # the body named for a ban on chemical weapons imposes none
        "التقى الوزير مدير منظمة حظر الأسلحة الكيميائية في لاهاي.",
        # a ban at home on a party is coercion, not an embargo
        "حظرت المحكمة العليا نشاط الحزب المعارض في كل الولايات.",
    ],
)  # fmt: skip
def test_other_bans_are_no_embargo(text: str) -> None:
    assert "SANCTION" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وبدأت محكمة الاستئناف محاكمة ستة ضباط متهمين بتسريب وثائق سرية.",
        "أجلت المحكمة العسكرية في تونس محاكمة القيادي السابق إلى الشهر المقبل.",
    ],
)  # fmt: skip
def test_a_trial_is_legal_action_against_someone(text: str) -> None:
    types = event_types(text)
    assert "ACCUSE" in types
    assert "COERCE" not in types


@pytest.mark.parametrize(
    "text",
    [
        # a protest with the pronoun of the party that lodges it
        "سلمت الخارجية السفير الإيطالي مذكرة تتضمن احتجاجها على تصريحات وزيره.",
        "وسجلت البعثة الكندية احتجاجها لدى الأمم المتحدة على تأخير التصويت.",
        # protest voiced in words
        "وعبر رئيس النادي عن احتجاجه على قرار لجنة الحكام.",
        "وبعث العمدة رسالة إلى الحاكم معبرا عن الاحتجاج على نقل المستشفى من البلدة.",
    ],
)  # fmt: skip
def test_a_protest_lodged_by_one_party_is_a_complaint(text: str) -> None:
    types = event_types(text)
    assert "ACCUSE" in types
    assert "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "وخرج آلاف العمال في احتجاجات واسعة أمام مقر الحكومة.",
        "وخرج مئات الطلاب في احتجاج على رفع رسوم الجامعة.",
    ],
)  # fmt: skip
def test_protests_without_a_pronoun_stay_demonstrations(text: str) -> None:
    assert "PROTEST" in event_types(text)
