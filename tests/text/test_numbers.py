"""Number words shared by the event coder and the PLOVER size (words written for these tests)."""

from __future__ import annotations

import pytest

from hadath.events.particles import is_number_word as coder_is_number_word
from hadath.export.plover_fields import lexicon
from hadath.kb.lexicon import LEXICON_TABLES, table_problems
from hadath.text.normalize import normalize
from hadath.text.numbers import is_count_word, is_number_word, number_words


def test_number_table_is_valid() -> None:
    schema = LEXICON_TABLES["lexicon/ar/numbers.tsv"]
    assert table_problems("lexicon/ar/numbers.tsv", schema, frozenset()) == []


@pytest.mark.parametrize(
    ("word", "value"),
    [("خمسة", 5), ("عشرين", 20), ("مائة", 100), ("إحدى", 1)],
)
def test_number_words_have_their_values(word: str, value: int) -> None:
    assert number_words().numbers[normalize(word)] == value


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ثلاثة", True), ("وعشرين", True), ("فأربعة", True), ("آلاف", False), ("وزير", False)],
)
def test_is_number_word_counts_words_with_and_without_a_conjunction(word: str, expected: bool) -> None:
    assert is_number_word(normalize(word)) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("40", True), ("و44", True), ("ثلاثة", True), ("فألف", True), ("آلاف", True), ("واحد", True),
     ("و", False), ("وزير", False), ("ف3ب", False)],
)  # fmt: skip
def test_is_count_word_takes_digits_and_multipliers_too(word: str, expected: bool) -> None:
    assert is_count_word(normalize(word)) is expected


def test_a_word_can_be_a_number_and_a_multiplier() -> None:
    words = number_words()
    assert words.numbers[normalize("مئة")] == words.multipliers[normalize("مئة")] == 100
    assert normalize("مليون") in words.multipliers and normalize("مليون") not in words.numbers


def test_coder_and_plover_size_read_the_same_words() -> None:
    assert coder_is_number_word is is_number_word
    assert lexicon().numbers == number_words().numbers
    assert lexicon().multipliers == number_words().multipliers
