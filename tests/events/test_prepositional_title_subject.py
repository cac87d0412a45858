"""A bare name right after a title or a noun with the article that a preposition opens (مع رئيس
البرلمان فلان) is in the preposition's phrase: whom the act reaches, not the verb's subject. A
title that opens the name's own span starts a new noun phrase, and a phrase inside a title (النائب
عن كتلة) leaves its holder the subject.

The sentences are written for these tests.
"""

from __future__ import annotations

from .conftest import event_arguments


def test_name_after_a_title_behind_with_is_the_partner() -> None:
    events = event_arguments(
        "وقال المبعوث الأممي إنه عقد اجتماعا مع رئيس البرلمان نبيه بري في بيروت.", "CONSULT"
    )
    assert events
    actors, recipients = events[0]
    assert "نبيه بري" not in actors
    assert recipients == ["نبيه بري"]


def test_working_with_a_titled_name_after_a_dropped_subject() -> None:
    text = "وزارت الوزيرة الكندية مدينة بيروت، وعملت مع وزير الخارجية أيمن الصفدي على خطة لإغاثة اللاجئين."
    events = event_arguments(text, "COOPERATE")
    assert events
    actors, recipients = events[0]
    assert "أيمن الصفدي" not in actors
    assert recipients == ["أيمن الصفدي"]


def test_a_phrase_inside_the_title_leaves_the_holder_the_subject() -> None:
    events = event_arguments("ودعا النائب عن كتلة الوفاق محمد سالم إلى إجراء انتخابات مبكرة.", "REQUEST")
    assert events
    assert events[0][0] == ["محمد سالم"]


def test_a_title_opening_the_name_starts_a_new_phrase() -> None:
    text = "وطالبت لجنة حماية الصحفيين في رسالة وزير الداخلية التونسي هشام المشيشي بالإفراج عن المدون."
    events = event_arguments(text, "REQUEST")
    assert events
    assert events[0][1] == ["وزير الداخلية التونسي هشام المشيشي"]
