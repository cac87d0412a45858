"""Verbs of movement and seizure that are acts of force only when an armed force moves into a place
(trigger entries with ``armed_doer`` and ``place_object``): forces entering a town take it;
a delegation, a convoy of aid, an officer, a truce «entering into force» or a company entering
a market do not. Chasing and sinking (``armed_doer`` alone) are force only when an armed
force does them: photographers chasing a star or rain flooding a town are not.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments, event_types


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("دخل مقاتلو الفصائل بلدة الشيخ مسكين بعد يومين من المعارك.", "الفصائل"),
        ("ودخلت قوات الجيش إلى مدينة الرمادي صباح الأحد.", "الجيش"),
        ("وتمكنت القوات العراقية من دخول حرم الجامعة بعد حصار طويل.", "القوات العراقية"),
        ("احتل مسلحو التنظيم قرية الخان بعد ساعات من القتال.", "التنظيم"),
        ("طاردت وحدات الجيش فلول المسلحين في الجبال المحيطة بالبلدة.", "الجيش"),
        ("واصلت قوات الأمن مطاردة عناصر الخلية في الصحراء.", "قوات الأمن"),
        ("أغرقت البحرية المصرية زورقا للمهربين قبالة الساحل.", "البحرية المصرية"),
    ],
)  # fmt: skip
def test_armed_force_moving_in_chasing_or_sinking_is_an_assault(text: str, actor: str) -> None:
    actors = [a for found, _ in event_arguments(text, "ASSAULT") for a in found]
    assert actor in actors


@pytest.mark.parametrize(
    "text",
    [
        # who enters bears no arms
        "دخل وفد الأمم المتحدة إلى مدينة حمص لتفقد أوضاع السكان.",
        "دخلت قافلة مساعدات غذائية إلى مدينة تعز أمس.",
        # one officer who enters a town visits it
        "دخل اللواء عبد الله صبيحي مدينة عدن مساء الخميس.",
        # no place reached: a truce entering into force, a company entering a market
        "دخلت الهدنة بين الطرفين حيز التنفيذ منتصف الليل.",
        "قال المدير إن الشركة ستدخل السوق الإيرانية العام المقبل.",
        # the occupation named as a power, not an act of occupying a place
        "أدانت الحكومة ممارسات الاحتلال الإسرائيلي في القدس.",
        "احتل المنتخب المركز الثالث في البطولة الآسيوية.",
        # who chases bears no arms
        "طارد المصورون الممثلة الأمريكية في شوارع باريس.",
        # a market flooded with goods, land flooded by rain
        "اتهم التجار الشركات الصينية بإغراق السوق بالبضائع الرخيصة.",
        "أغرقت الأمطار الغزيرة أحياء واسعة من المدينة.",
    ],
)  # fmt: skip
def test_the_same_words_without_arms_or_place_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in event_types(text)
