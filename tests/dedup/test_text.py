"""The event clause and the two clause similarities."""

from __future__ import annotations

import pytest

from hadath.dedup.text import WordOverlap, clause, content_stems, make_similarity


def test_clause_is_the_words_around_the_trigger() -> None:
    sentence = "قال المتحدث إن الطائرات قصفت القافلة قرب المدينة مساء أمس ثم عادت إلى قواعدها سالمة"
    start = sentence.index("قصفت")
    assert clause(sentence, start, start + 4, 2) == "إن الطائرات قصفت القافلة قرب"
    assert clause(sentence, -5, -1, 2) == sentence


def test_word_overlap_reads_through_clitics() -> None:
    words = WordOverlap()
    a, b = words.encode(["بالقصف على القافلة", "القصف والقافلة"])
    assert words.similarity(a, b) == 1.0
    assert words.similarity(a, "") == 0.0


def test_content_stems_drop_short_particles() -> None:
    assert "في" not in content_stems("في المدينة")


def test_unknown_similarity_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown clause similarity"):
        make_similarity("cosine")
