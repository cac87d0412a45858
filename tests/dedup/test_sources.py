"""Independent sources: outlets count once, copies count with their original."""

from __future__ import annotations

from hadath.dedup.sources import ArticleSource, independent_sources


def test_distinct_outlets_are_independent() -> None:
    assert independent_sources([ArticleSource(1, "a"), ArticleSource(2, "b"), ArticleSource(3, "c")]) == 3


def test_one_outlet_is_one_source() -> None:
    assert independent_sources([ArticleSource(1, "a"), ArticleSource(2, "a")]) == 1


def test_a_wire_story_republished_five_times_is_one_source() -> None:
    copies = [ArticleSource(1, "agency")] + [ArticleSource(i, f"outlet{i}", 1) for i in range(2, 6)]
    assert independent_sources(copies) == 1


def test_count_does_not_depend_on_order() -> None:
    items = [ArticleSource(1, "x"), ArticleSource(2, "y", 1), ArticleSource(3, "x"), ArticleSource(4, "z")]
    assert independent_sources(items) == independent_sources(reversed(items)) == 2


def test_unknown_outlets_count_per_article() -> None:
    assert independent_sources([ArticleSource(1, ""), ArticleSource(2, "")]) == 2
