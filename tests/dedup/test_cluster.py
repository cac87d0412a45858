"""Online clustering in memory: order-determined, incremental, explained."""

from __future__ import annotations

from collections.abc import Callable

from hadath.dedup.cluster import MemoryClusters, may_match
from hadath.dedup.mention import MentionView, day_range
from hadath.dedup.settings import default_settings
from hadath.dedup.text import WordOverlap

from .conftest import ALEPPO, DAMASCUS

View = Callable[..., MentionView]
STRIKE = "قصفت طائرات حربية قافلة مساعدات إنسانية في ريف حلب الغربي"
STRIKE_RETOLD = "استهدفت طائرات حربية قافلة المساعدات الإنسانية بريف حلب"
OTHER_STRIKE = "سقطت قذائف هاون على حي سكني في وسط العاصمة وأوقعت جرحى"


def clusters() -> MemoryClusters:
    return MemoryClusters(WordOverlap(), default_settings())


def test_reports_of_one_event_share_a_cluster(view: View) -> None:
    memory = clusters()
    first = memory.add(view(1, text=STRIKE, actors={"russia"}, place=ALEPPO))
    second = memory.add(view(2, text=STRIKE_RETOLD, actors={"russia"}, day="2016-09-20"))
    third = memory.add(view(3, text=OTHER_STRIKE, place=DAMASCUS))
    assert first == second == 1 and third == 3
    link = memory.links[2]
    assert link is not None and link.other == 1 and link.rule == "shared_participant"
    assert memory.links[1] is None


def test_nothing_shared_means_never_compared(view: View) -> None:
    settings = default_settings()
    a, b = view(1, text=STRIKE), view(2, text=OTHER_STRIKE)
    assert not may_match(b, a, frozenset(), settings)
    assert may_match(b, a, frozenset({1}), settings)
    memory = clusters()
    memory.add_all([a, b])
    assert memory.cluster_of == {1: 1, 2: 2}


def test_shared_words_are_enough_to_compare(view: View) -> None:
    a, b = view(1, text=STRIKE), view(2, text=STRIKE_RETOLD)
    assert may_match(b, a, frozenset(), default_settings())


def test_a_mention_matching_two_clusters_merges_them(view: View) -> None:
    memory = clusters()
    memory.add(view(1, text=STRIKE, actors={"russia"}))
    memory.add(view(2, text=STRIKE_RETOLD, place=ALEPPO))
    assert memory.cluster_of == {1: 1, 2: 2}
    memory.add(view(3, text=STRIKE, actors={"russia"}, place=ALEPPO))
    assert memory.cluster_of == {1: 1, 2: 1, 3: 1}


def test_copies_are_compared_without_shared_names(view: View) -> None:
    memory = clusters()
    memory.add_all([view(1, text=STRIKE), view(2, text=STRIKE_RETOLD)], copies={2: frozenset({1})})
    assert memory.cluster_of[2] == 1


def test_same_input_same_clusters(view: View) -> None:
    views = [
        view(i, text=t, actors={"russia"}, day=d)
        for i, (t, d) in enumerate(
            [(STRIKE, "2016-09-19"), (OTHER_STRIKE, "2016-09-19"), (STRIKE_RETOLD, "2016-09-20")], 1
        )
    ]
    one, two = clusters(), clusters()
    one.add_all(views)
    two.add_all(views)
    assert one.cluster_of == two.cluster_of


def test_undated_mentions_stay_alone(view: View) -> None:
    memory = clusters()
    memory.add(view(1, text=STRIKE, actors={"russia"}))
    undated = view(2, text=STRIKE, actors={"russia"})
    undated = MentionView(
        **{**{s: getattr(undated, s) for s in undated.__slots__}, "first_day": None, "last_day": None}
    )
    assert memory.add(undated) == 2


def test_an_event_told_day_after_day_does_not_chain(view: View) -> None:
    memory = clusters()
    days = ["2016-09-19", "2016-09-20", "2016-09-21"]
    for key, day in enumerate(days, 1):
        memory.add(view(key, text=STRIKE, actors={"russia"}, place=ALEPPO, day=day))
    assert memory.cluster_of == {1: 1, 2: 1, 3: 3}
    assert memory.spans[1] == (view(day=days[0]).first_day, view(day=days[1]).first_day)


def test_a_week_joins_but_never_bridges(view: View) -> None:
    memory = clusters()
    memory.add(view(1, text=STRIKE, actors={"russia"}, day="2016-09-19"))
    memory.add(view(2, text=STRIKE, actors={"russia"}, day="2016-09-23"))
    week = view(3, text=STRIKE, actors={"russia"}, day="2016-09-21")
    monday, sunday = day_range("2016-W38", "week")
    week = MentionView(
        **{**{s: getattr(week, s) for s in week.__slots__}, "first_day": monday, "last_day": sunday}
    )
    memory.add(week)
    assert memory.cluster_of[1] != memory.cluster_of[2]
    assert memory.cluster_of[3] in (1, 2)


def test_bridging_keeps_the_span_in_the_window(view: View) -> None:
    memory = clusters()
    memory.add(view(1, text=STRIKE, actors={"russia"}, day="2016-09-19"))
    memory.add(view(2, text=STRIKE, place=ALEPPO, day="2016-09-21"))
    # Day 20 matches both, but one event cannot span the 19th to the 21st.
    memory.add(view(3, text=STRIKE, actors={"russia"}, place=ALEPPO, day="2016-09-20"))
    assert memory.cluster_of[1] != memory.cluster_of[2]
    assert memory.cluster_of[3] == 1
