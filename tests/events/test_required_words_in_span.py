"""The words an entry needs right after it (``required_after``) that qualify it are part of
the trigger, never its argument: the adjective صحفي of a joint press conference is no group of
journalists, and a house arrest's جبرية or an air campaign's جوية are no name. A phrase opened
by a particle (حرب على، مدعومة من) opens the argument and stays outside the trigger.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from hadath.events.coder import EventCoder
from hadath.events.triggers import TriggerMatch
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer

from .conftest import default_pipeline, event_arguments


def _triggers(text: str) -> list[TriggerMatch]:
    """The trigger matches of the shipped lexicon in ``text``."""
    article = Tokenizer()(SentenceSplitter()(Article("t", text)))
    return default_pipeline().stage(EventCoder).index.find(article.tokens)


def test_a_joint_press_conference_has_no_journalist_actor() -> None:
    text = "وتحدث رئيس الوزراء الإيطالي في مؤتمر صحفي مشترك مع الرئيس التونسي عن ملف الهجرة."
    assert event_arguments(text, "CONSULT") == [(["رئيس الوزراء الإيطالي"], ["الرئيس التونسي"])]


def test_the_qualifying_words_end_the_trigger() -> None:
    text = "وظهر الوزيران في مؤتمر صحافي مشترك في العاصمة الأردنية."
    match = next(m for m in _triggers(text) if m.entry.lemma == "مؤتمر")
    assert match.last == match.first + 2


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("وأعلنت الحكومة حربا على الجماعات المسلحة في الجنوب.", "حرب"),
        # باتجاه is a function word, no particle: it opens where the advance goes
        ("وواصلت الوحدات التقدم باتجاه القرى الواقعة شرق النهر.", "تقدم"),
    ],
)
def test_a_phrase_opened_by_a_particle_stays_outside(text: str, lemma: str) -> None:
    match = next(m for m in _triggers(text) if m.entry.lemma == lemma)
    assert match.last == match.first


def test_a_joint_press_conference_right_after_the_meeting_is_no_second_meeting() -> None:
    # the words excluded after it are read past its qualifying words (صحفي مشترك)
    closing = "وتحدث الوزيران في مؤتمر صحفي مشترك عقب الاجتماع عن تعاون البلدين في الطاقة."
    assert not any(m.entry.lemma == "مؤتمر" for m in _triggers(closing))
    later = "وتحدث الوزيران في مؤتمر صحفي مشترك في اليوم التالي عن تعاون البلدين في الطاقة."
    assert any(m.entry.lemma == "مؤتمر" for m in _triggers(later))
