"""The prepositions table the coder reads (data/lexicon/ar/prepositions.tsv)."""

from __future__ import annotations

from hadath.events.particles import prepositions
from hadath.kb.lexicon import LEXICON_TABLES, table_problems
from hadath.text.normalize import normalize

PREPOSITIONS_FILE = "lexicon/ar/prepositions.tsv"


def test_prepositions_table_keeps_its_schema() -> None:
    assert table_problems(PREPOSITIONS_FILE, LEXICON_TABLES[PREPOSITIONS_FILE], frozenset()) == []


def test_result_prepositions_are_normalized_and_include_the_joined_ones() -> None:
    result = prepositions("result")
    assert normalize("إلى") in result
    assert {"ب", "ل"} <= result


def test_member_prepositions() -> None:
    assert prepositions("member") == frozenset({"من", "في"})


def test_unknown_kind_has_no_prepositions() -> None:
    assert prepositions("nothing") == frozenset()


def test_ascription_is_the_preposition_before_who_an_act_is_laid_on() -> None:
    assert prepositions("ascription") == frozenset({normalize("إلى")})
