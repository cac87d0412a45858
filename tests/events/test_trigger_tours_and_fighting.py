"""Triggers added where the gold codes an act the lexicon had no word for: an official's tour
(جولة, an indefinite or possessed noun) is a visit; an armed force fighting a party (يحارب)
is an attack; imprisoning someone (سجنت، يسجن) is an arrest; a place falling into a party's
hands is taken by force, «في يد» and «في أيدي» as «بيد»; a force using arms, artillery or
rockets fights (190), and arms named chemical keep the code of weapons of mass destruction (204);
threatening to reject something (هددوا برفضه) is a threat with no one threatened named. The
third test keeps the other senses silent: a tour already told (خلال الجولة), a round of a game,
a state fighting terrorism or corruption, and the bare سجن, mostly the prison itself. A round
of talks (جولة جديدة من المفاوضات) is the talks, one consultation, not a tour besides.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from hadath.events.triggers import TriggerIndex
from hadath.kb import load_kb
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer

from .conftest import default_pipeline, event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("واختتم رئيس الوزراء الهندي جولته الآسيوية بزيارة إلى سنغافورة.", "CONSULT"),
        ("يبدأ المبعوث الأممي غدا جولة تقوده إلى عمان والقاهرة.", "CONSULT"),
        ("ويحارب الجيش النظامي المتمردين في الغابات الشمالية منذ عامين.", "ASSAULT"),
        ("تسجن السلطات المحلية الناشطين دون محاكمة منذ بداية العام.", "COERCE"),
        ("وسقطت البلدة الحدودية في أيدي المسلحين بعد حصار دام شهرين.", "ASSAULT"),
        ("ويستخدم المتمردون الصواريخ وقذائف الهاون في معارك الأطراف الشرقية.", "ASSAULT"),
        ("وهدد نواب المعارضة برفضه إذا عرض على البرلمان بصيغته الحالية.", "THREATEN"),
    ],
)
def test_new_triggers_are_coded(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("استخدمت قوات النظام الأسلحة الثقيلة في قصف البلدة.", "190"),
        ("اتهمت المنظمة الجيش بأنه استخدم الأسلحة الكيماوية ضد سكان القرية.", "204"),
    ],
)
def test_arms_named_chemical_keep_their_code(text: str, cameo: str) -> None:
    article = default_pipeline()(text, published="2016-09-20")
    assert cameo in {e.cameo for e in article.events if e.event_type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وقال المدير في نهاية الجولة إن العمل في المشروع يسير وفق الخطة.", "CONSULT"),
        ("فاز الفريق في الجولة الأخيرة من الدوري بهدفين دون رد.", "CONSULT"),
        ("وخسر النادي جولة الذهاب من بطولة الكأس أمام منافسه.", "CONSULT"),
        ("تحارب الحكومة الفساد في المؤسسات العامة بقوانين جديدة.", "ASSAULT"),
        ("قال المحامي إن موكله نقل إلى مستشفى سجن المدينة المركزي.", "COERCE"),
    ],
)
def test_other_senses_stay_silent(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "واتفق الوزيران على عقد جولة جديدة من المشاورات في جنيف مطلع الشهر القادم.",
        "وتستضيف العاصمة العمانية جولة مفاوضات بين الوفدين الأسبوع المقبل.",
        "وانتهت جولة ثالثة من المحادثات بين الطرفين دون اتفاق.",
        "وعقد الطرفان جولات من الحوار في الكويت خلال الصيف.",
    ],
)
def test_a_round_of_talks_offers_no_tour(text: str) -> None:
    """The round (جولة) is the talks themselves, coded by their own noun if at all."""
    kb = load_kb()
    tokens = Tokenizer(kb.lexicon)(SentenceSplitter()(Article("t", text))).tokens
    assert "جولة" not in {m.entry.lemma for m in TriggerIndex(kb.triggers).find(tokens)}
