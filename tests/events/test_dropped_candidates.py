"""Trigger candidates the coder used to drop before coding although they tell an act: a verb of
movement whose place is the head of its relative clause (البلدة التي دخلتها القوات), a light
verb spelled like a name that takes its object past a subject (فتح مسلحون النار: not the
movement Fatah). The guards they passed still hold where the act is not told.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from hadath.events.coder import EventCoder
from hadath.events.trace import CoderTrace

from .conftest import default_pipeline, event_arguments, event_types


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("وعاد السكان إلى البلدة التي دخلتها قوات النظام قبل أسبوع.", "دخلتها", "قوات النظام"),
        ("استعاد الجيش المواقع التي احتلها المسلحون في الشتاء.", "احتلها", "المسلحون"),
    ],
)  # fmt: skip
def test_a_place_named_before_its_relative_clause_is_reached(text: str, trigger: str, actor: str) -> None:
    article = default_pipeline()(text, published="2016-09-20")
    found = [e for e in article.events if e.event_type == "ASSAULT" and e.trigger == trigger]
    assert found and actor in [a.text for a in found[0].actor]


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause's head is no place
        "وشكر الوزير الوفد الذي دخله الصحفيون بعد الاجتماع.",
        # no object pronoun: the relative clause's verb reaches nothing named
        "أغلقت الشرطة الشارع الذي دخل منه الموكب.",
    ],
)  # fmt: skip
def test_a_relative_clause_of_no_place_still_needs_one(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


def test_a_light_verb_spelled_like_a_name_takes_its_object_past_a_subject() -> None:
    text = "وأوضح البيان أن الاشتباك بدأ عندما فتح مسلحون من التنظيم النار على حاجز للجيش."
    # the armed men are some of the organisation's people: it acts through them
    assert any("التنظيم" in actors for actors, _ in event_arguments(text, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        # the word is the name's second word (حركة فتح), not a verb
        "وقال الناطق إن القيادي في حركة فتح نجا من إطلاق نار في المخيم.",
        # its object right after it: the name's word and a noun (فتح تحقيق) are as likely
        "طالب النواب بإعادة فتح تحقيق في صفقة السلاح.",
    ],
)  # fmt: skip
def test_fatah_in_a_name_heads_no_light_verb(text: str) -> None:
    coder = default_pipeline().stage(EventCoder)
    coder.trace = trace = CoderTrace(None)
    try:
        default_pipeline()(text, published="2016-09-20")
    finally:
        coder.trace = None
    notes = [t for note in trace.sentences.values() for t in note.triggers if t.entry["lemma"] == "فتح"]
    assert notes and all(t.decision == "dropped" for t in notes)


def test_no_subject_past_a_light_verbs_indefinite_object() -> None:
    # اجتماعا, the object right after عقد, stands where a subject would: the names past it are
    # no subject, and the minister who arrived goes on acting
    events = event_arguments(
        "وصل وزير الخارجية الأردني إلى بغداد أمس. "
        "وعقد اجتماعا مع رئيس البرلمان العراقي سليم الجبوري شارك فيه نواب ومسؤولون.",
        "CONSULT",
    )
    assert events and events[-1][0] == ["وزير الخارجية الأردني"]
