"""Two mentions are one event only when nothing conflicts and a merge rule holds."""

from __future__ import annotations

from collections.abc import Callable

from hadath.dedup.decide import best_match, compare
from hadath.dedup.mention import MentionView, day_range
from hadath.dedup.settings import default_settings
from hadath.dedup.text import WordOverlap

from .conftest import ALEPPO, ANADAN, DAMASCUS, SYRIA

View = Callable[..., MentionView]
SETTINGS = default_settings()
WORDS = WordOverlap()
STRIKE = "قصفت طائرات حربية قافلة مساعدات إنسانية في ريف حلب الغربي"
STRIKE_RETOLD = "استهدفت طائرات حربية قافلة المساعدات الإنسانية بريف حلب"
MEETING = "التقى الوزيران في جنيف لبحث وقف إطلاق النار"


def decide(new: MentionView, old: MentionView, *, same_copy: bool = False):
    return compare(new, old, same_copy=same_copy, similarity=WORDS, settings=SETTINGS)


def test_shared_actor_and_alike_words_merge(view: View) -> None:
    result = decide(view(2, text=STRIKE_RETOLD, actors={"russia"}), view(1, text=STRIKE, actors={"russia"}))
    assert result.merged and result.rule == "shared_participant"
    assert result.shared == ("russia",)
    assert "merged with #1 by shared_participant" in result.reason()


def test_copies_merge_on_little_overlap(view: View) -> None:
    result = decide(view(2, text=STRIKE_RETOLD), view(1, text=STRIKE), same_copy=True)
    assert result.merged and result.rule == "same_copy"


def test_other_types_never_merge(view: View) -> None:
    result = decide(view(2, text=STRIKE, event_type="PROTEST"), view(1, text=STRIKE))
    assert not result.merged and "types differ" in result.conflicts[0]


def test_dates_beyond_the_window_conflict(view: View) -> None:
    result = decide(view(2, text=STRIKE, day="2016-09-22"), view(1, text=STRIKE), same_copy=True)
    assert not result.merged and result.conflicts == ("dates 3 days apart",)


def test_a_week_overlapping_the_day_is_no_conflict(view: View) -> None:
    monday, sunday = day_range("2016-W38", "week")
    new = view(2, text=STRIKE, actors={"russia"})
    week = MentionView(
        **{**{s: getattr(new, s) for s in new.__slots__}, "first_day": monday, "last_day": sunday}
    )
    assert decide(week, view(1, text=STRIKE, actors={"russia"})).merged


def test_different_actors_conflict_in_a_directed_type(view: View) -> None:
    result = decide(
        view(2, text=STRIKE, actors={"russia"}), view(1, text=STRIKE, actors={"syria"}), same_copy=True
    )
    assert not result.merged and "different actors" in result.conflicts


def test_swapped_roles_meet_in_a_symmetric_type(view: View) -> None:
    new = view(2, text=MEETING, event_type="CONSULT", actors={"lavrov"}, recipients={"kerry"})
    old = view(1, text=MEETING, event_type="CONSULT", actors={"kerry"}, recipients={"lavrov"})
    assert decide(new, old).merged


def test_far_apart_towns_conflict(view: View) -> None:
    result = decide(view(2, text=STRIKE, place=DAMASCUS), view(1, text=STRIKE, place=ALEPPO), same_copy=True)
    assert not result.merged and result.place_km is not None and result.place_km > 300


def test_near_town_counts_as_the_same_place(view: View) -> None:
    result = decide(view(2, text=STRIKE_RETOLD, place=ANADAN), view(1, text=STRIKE, place=ALEPPO))
    assert result.merged and result.rule == "same_place"


def test_a_country_is_compatible_with_its_towns(view: View) -> None:
    result = decide(
        view(2, text=STRIKE, place=SYRIA, actors={"russia"}),
        view(1, text=STRIKE, place=ALEPPO, actors={"russia"}),
    )
    assert result.merged and result.place_km is None


def test_denied_and_asserted_are_kept_apart(view: View) -> None:
    result = decide(view(2, text=STRIKE, modality="negated"), view(1, text=STRIKE), same_copy=True)
    assert not result.merged and "modalities differ" in result.conflicts[0]


def test_claimed_and_asserted_may_merge(view: View) -> None:
    assert decide(view(2, text=STRIKE, modality="claimed"), view(1, text=STRIKE), same_copy=True).merged


def test_unlike_words_without_shared_evidence_stay_apart(view: View) -> None:
    result = decide(view(2, text=MEETING, actors={"russia"}), view(1, text=STRIKE, actors={"russia"}))
    assert not result.merged and not result.conflicts
    assert "no rule holds" in result.reason()


def test_best_match_prefers_the_stronger_rule_then_the_closer_text(view: View) -> None:
    old_copy, old_actor = view(1, text=STRIKE_RETOLD), view(3, text=STRIKE, actors={"russia"})
    new = view(2, text=STRIKE, actors={"russia"})
    best = best_match([decide(new, old_actor), decide(new, old_copy, same_copy=True)])
    assert best is not None and best.other == 1 and best.rule == "same_copy"
    assert best_match([decide(view(4, text=MEETING), view(5, text=STRIKE))]) is None
