"""Particle kinds whose rows are verb lemmas (data/lexicon/ar/particles.tsv): their forms come
from the inflection generator, as the triggers' and cues' do."""

from __future__ import annotations

import pytest

from hadath.errors import DataError
from hadath.events.particles import PARTICLES_FILE, is_particle, particle_verb_forms, relative_genders
from hadath.kb.lexicon import LEXICON_TABLES, PARTICLE_VERB_KINDS, data_rows, table_problems
from hadath.text.normalize import normalize
from tests.events.conftest import event_arguments
from tests.lexicon_text import serve_rows


def test_particles_table_keeps_its_schema() -> None:
    assert table_problems(PARTICLES_FILE, LEXICON_TABLES[PARTICLES_FILE], frozenset()) == []


def test_verb_kinds_list_lemmas_with_their_present() -> None:
    rows = [row for row in data_rows(PARTICLES_FILE, 4) if row[0] in PARTICLE_VERB_KINDS]
    assert rows
    assert all(present for _, _, present, _ in rows)


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        ("doer", "قامت"),
        ("doer", "يقومون"),
        ("doer", "سيقوم"),  # the future س is generated with the present
        ("doer", "قاما"),  # a dual no hand list had
        ("perpetrate", "شنت"),
        ("perpetrate", "يرتكبون"),
        ("perpetrate", "أطلقت"),
        ("enabler", "تمكنتا"),
        ("enabler", "سيتمكنون"),
        ("result", "أسفرت"),
        ("result", "ستسفر"),
        ("result", "أدت"),
        ("result", "يؤدي"),
        ("undertake", "واصلوا"),
        ("undertake", "سيواصلون"),
        ("undertake", "استأنفت"),
        ("endeavour", "ستشارك"),
        ("endeavour", "يسعون"),
        ("endeavour", "حرصت"),
        ("endeavour", "أقدموا"),
        ("purpose", "توجهت"),
        ("purpose", "سيصل"),
        ("purpose", "أرسلت"),
        ("purpose", "يزورون"),
    ],
)
def test_verb_particles_take_every_third_person_form(kind: str, word: str) -> None:
    assert is_particle(kind, normalize(word))


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        ("result", "يود"),  # "wants", written like the jussive of يؤدي
        ("result", "سيودون"),  # left out with the future س too
        ("undertake", "تابعا"),  # the accusative of the noun تابع
        ("undertake", "نواصل"),  # a first person is never read (أبدا is not بدأ)
        ("endeavour", "يقدم"),  # «presents» (قدّم), written like the present of أقدم
        ("endeavour", "حرص"),  # the masdar, written like the past
        ("endeavour", "تضطر"),  # لا تضطر، قد يضطر: what one may have to do, no act
        ("ability", "استطاعت"),  # a past tells the act was done: ability keeps its words as written
    ],
)
def test_left_out_and_other_forms_are_no_particles(kind: str, word: str) -> None:
    assert not is_particle(kind, normalize(word))


def test_a_verb_row_needs_a_present_form() -> None:
    with pytest.raises(DataError):
        particle_verb_forms("قام", "قوم", [])


def test_the_schema_catches_a_verb_row_without_present_and_a_word_row_with_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schema = LEXICON_TABLES[PARTICLES_FILE]
    serve_rows(monkeypatch, "doer\tقام\ndoer\tقام\tيقوم\nnegation\tلم\tيلم\nnegation\tلن\n")
    problems = table_problems(PARTICLES_FILE, schema, frozenset())
    assert [line for line, _ in problems] == [1, 3]
    assert "needs column 3" in problems[0][1] and "has no column 3" in problems[1][1]


def test_a_dual_form_of_qama_makes_the_name_after_it_the_doer() -> None:
    # قاما بهما: a dual the generator makes (no hand list had it); the gunmen did both attacks
    text = "وأدانت الوزارة الهجومين اللذين قاما بهما مسلحون على نقطتين للشرطة."
    assert event_arguments(text, "ASSAULT") == [(["مسلحون"], ["للشرطة"])]


def test_the_singular_relatives_carry_the_gender_of_their_verb() -> None:
    assert relative_genders() == {normalize("الذي"): "m", normalize("التي"): "f"}


def test_the_schema_allows_a_gender_to_relatives_only_and_only_m_or_f(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schema = LEXICON_TABLES[PARTICLES_FILE]
    serve_rows(monkeypatch, "relative\tالذي\t\t\tm\nrelative\tالتي\t\t\tx\nnegation\tلم\t\t\tf\n")
    problems = table_problems(PARTICLES_FILE, schema, frozenset())
    assert [line for line, _ in problems] == [2, 3]
    assert "not one of" in problems[0][1] and "has no column 5" in problems[1][1]
