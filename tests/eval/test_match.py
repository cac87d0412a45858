from __future__ import annotations

import pytest

from hadath.eval.gold import Arg, SpanRef
from hadath.eval.match import (
    args_match,
    greedy_match,
    haversine_km,
    normalize_name,
    overlap,
    same_sentence,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("إدلب", "ادلب"),
        ("آمنة", "امنه"),
        ("مستشفى", "مستشفي"),
        ("سَيْرغي  لافـــروف", "سيرغي لافروف"),
        ("  John   KERRY ", "john kerry"),
        ("ﻻ", "لا"),  # NFKC folds the presentation form
    ],
)
def test_normalize_name_unifies_variants(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_keeps_distinct_letters_apart() -> None:
    assert normalize_name("حلب") != normalize_name("حلبا")
    assert normalize_name(None) == ""


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), 1.0),
        ((0, 10), (5, 30), 0.5),  # half of the shorter one
        ((0, 10), (10, 20), 0.0),
        ((0, 4), (0, 100), 1.0),  # a short span inside a long one overlaps fully
        (None, (0, 1), 0.0),
    ],
)
def test_overlap_is_relative_to_the_shorter_span(
    a: tuple[int, int], b: tuple[int, int], expected: float
) -> None:
    assert overlap(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ((100, 200), (100, 200), True),
        ((100, 200), (150, 250), True),
        ((100, 200), (160, 260), False),  # overlap 0.4
        ((100, 200), (0, 400), True),  # 400 chars: within gold length + 300
        ((100, 200), (0, 401), False),  # swallows too much
        ((0, 200), (0, 600), True),  # 3x the gold sentence
        ((0, 200), (0, 601), False),
        ((0, 10), None, False),
    ],
)
def test_same_sentence(gold: tuple[int, int], system: tuple[int, int] | None, expected: bool) -> None:
    assert same_sentence(gold, system) is expected


DOC = "قال الرئيس السوري بشار الأسد إن الجيش السوري سيواصل عملياته."


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ([], [], True),  # no gold actor: anything goes
        ([Arg(entity="Bashar al-Assad")], [Arg(entity="bashar  al-assad")], True),
        ([Arg(country="SYR", sector="GOV")], [Arg(country="SYR", sector="GOV")], True),
        ([Arg(country="SYR", sector="GOV")], [Arg(country="SYR", sector="MIL")], False),
        ([Arg(country="SYR")], [Arg(country="SYR")], False),  # sector empty: no country+sector test
        ([Arg(span=SpanRef("الرئيس السوري بشار الأسد"))], [Arg(span=SpanRef("بشار الأسد"))], True),
        ([Arg(span=SpanRef("بشار الأسد"))], [Arg(span=SpanRef(start=20, end=29))], True),
        ([Arg(span=SpanRef("بشار الأسد"))], [Arg(span=SpanRef("الجيش السوري"))], False),
        ([Arg(entity="Bashar al-Assad")], [], False),
    ],
)
def test_args_match(gold: list[Arg], system: list[Arg], expected: bool) -> None:
    assert args_match(gold, system, DOC) is expected


def test_span_ref_looks_from_the_sentence_start_then_anywhere() -> None:
    doc = "دمشق أولا. ثم دمشق ثانيا."
    assert SpanRef("دمشق").locate(doc, within=11) == (14, 18)
    assert SpanRef("أولا").locate(doc, within=11) == (5, 9)  # not after: first occurrence anywhere
    assert SpanRef("حلب").locate(doc) is None
    assert SpanRef().locate(doc) is None


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((33.51, 36.29), (33.51, 36.29), 0.0),
        ((33.51, 36.29), (36.20, 37.16), 310.0),  # Damascus to Aleppo
        ((0.0, 0.0), (1.0, 0.0), 111.2),
    ],
)
def test_haversine_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(a, b) == pytest.approx(km, abs=5)


def test_greedy_match_uses_each_system_item_once_in_gold_order() -> None:
    pairs = greedy_match(["a", "a", "b"], ["a", "b", "b"], lambda g, s: g == s)
    assert pairs == [("a", "a"), ("b", "b")]
