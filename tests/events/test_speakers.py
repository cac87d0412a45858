"""Who speaks, as the quote stage found it, read by the event coder (events/speakers.py)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from hadath.errors import ConfigError
from hadath.events.coder import EventCoder, _quoted_speaker
from hadath.events.speakers import QuoteSpeakers
from hadath.mentions.quotes import QuoteFinder
from hadath.model import Actor, Quote
from hadath.pipeline import Pipeline

from .conftest import default_pipeline

MINISTER = Actor(0, 10, "الوزير", "الوزير")
ENVOY = Actor(60, 70, "المبعوث", "المبعوث")


def _quote(cue_start: int, content: tuple[int, int], speaker: Actor | None) -> Quote:
    return Quote(cue_start, cue_start + 4, "قال", content[0], content[1], "", speaker=speaker)


def test_the_speaker_of_a_cue_and_of_the_words_said() -> None:
    speakers = QuoteSpeakers(
        [_quote(12, (20, 50), MINISTER), _quote(72, (80, 120), ENVOY), _quote(130, (140, 160), None)]
    )
    assert speakers.at_cue(12) is MINISTER
    assert speakers.at_cue(72) is ENVOY
    assert speakers.at_cue(13) is None  # no cue starts there
    assert speakers.at_cue(130) is None  # a quote that names nobody
    assert speakers.saying(20) is MINISTER
    assert speakers.saying(119) is ENVOY
    assert speakers.saying(50) is None  # past the minister's words
    assert speakers.saying(150) is None
    assert speakers.opening(20) is MINISTER  # the minister's words open there
    assert speakers.opening(80) is ENVOY
    assert speakers.opening(30) is None  # inside the minister's words, not where they open
    assert speakers.opening(10) is None  # before anyone's words
    assert speakers.opening(140) is None  # words that name nobody


def test_words_around_a_nested_quote_stay_the_outer_speakers() -> None:
    # قال الوزير إن المبعوث أكد ...: the envoy's quote lies inside the minister's words
    speakers = QuoteSpeakers([_quote(12, (20, 90), MINISTER), _quote(40, (50, 70), ENVOY)])
    assert speakers.at_cue(40) is ENVOY
    assert speakers.saying(60) is MINISTER
    assert speakers.saying(80) is MINISTER  # past the envoy's words, still the minister's
    assert speakers.opening(50) is None


def test_the_coder_runs_after_the_quote_stage_it_reads() -> None:
    stages = default_pipeline().stages
    names = [s.name for s in stages]
    assert names.index("quotes") < names.index("events")
    coder, finder = default_pipeline().stage(EventCoder), default_pipeline().stage(QuoteFinder)
    swapped = [finder if s is coder else coder if s is finder else s for s in stages]
    with pytest.raises(ConfigError, match="quotes"):
        Pipeline(swapped)


@pytest.mark.parametrize(
    ("rule", "speaks"),
    [
        ("dropped", True),
        ("dropped+circumstantial", True),
        # a verb joined by و that took its chain's subject named none of its own either
        ("dropped+chain", True),
        ("dropped+circumstantial+chain", True),
        ("VSO", False),  # a subject of its own
        ("SVO+chain", False),
    ],
)
def test_a_cue_with_no_subject_of_its_own_is_done_by_who_speaks(rule: str, speaks: bool) -> None:
    view: Any = SimpleNamespace(tokens=[SimpleNamespace(start=40)])
    cue: Any = SimpleNamespace(first=0)
    ctx: Any = SimpleNamespace(speakers=QuoteSpeakers([_quote(40, (50, 90), MINISTER)]))
    assert (_quoted_speaker(view, cue, rule, ctx) is MINISTER) is speaks
