"""Search terms: what a word is indexed under and what a query asks for."""

from __future__ import annotations

import pytest

from hadath.store.db import SqliteDatabase
from hadath.store.postgres import PostgresDatabase
from hadath.store.search import index_terms, query_groups, word_terms


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بالمفاوضات", {"بالمفاوضات", "المفاوضات", "مفاوضات"}),
        ("والمفاوضات", {"والمفاوضات", "المفاوضات", "مفاوضات"}),
        ("مفاوضات", {"مفاوضات"}),
        ("زيارته", {"زيارته", "زياره"}),
    ],
)
def test_word_terms_include_clitic_free_stems(word: str, expected: set[str]) -> None:
    assert expected <= set(word_terms(word, word))


def test_index_terms_normalized_and_deduplicated() -> None:
    terms = index_terms("وصل الوفدُ إلى القاهرة، ثم الوفد إلى عمّان في ٢٠٢٤.", "القاهرة")
    words = terms.split()
    assert len(words) == len(set(words))
    assert {"الوفد", "وفد", "القاهره", "قاهره", "عمان", "2024"} <= set(words)
    assert "،" not in terms
    assert "." not in terms


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("بالمفاوضات", [["بالمفاوضات", "مفاوضات"]]),
        ("مفاوضات", [["مفاوضات"]]),
        ("القاهرة اليوم", [["القاهره", "قاهره"], ["اليوم", "يوم"]]),
        ("مفاوضات مفاوضات", [["مفاوضات"]]),
        ('"; DROP TABLE x; --', [["drop"], ["table"], ["x"]]),
        ("؟!", []),
    ],
)
def test_query_groups(query: str, expected: list[list[str]]) -> None:
    assert query_groups(query) == expected


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        (SqliteDatabase, '("بالمفاوضات" OR "مفاوضات") AND ("يوم")'),
        (PostgresDatabase, "(بالمفاوضات | مفاوضات) & (يوم)"),
    ],
)
def test_match_expression(backend: type, expected: str) -> None:
    groups = [["بالمفاوضات", "مفاوضات"], ["يوم"]]
    assert backend.match_expression(None, groups) == expected
