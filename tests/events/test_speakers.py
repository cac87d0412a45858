"""Who speaks, as the quote stage found it, read by the event coder (events/speakers.py)."""

from __future__ import annotations

import pytest

from hadath.errors import ConfigError
from hadath.events.coder import EventCoder
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


def test_the_coder_runs_after_the_quote_stage_it_reads() -> None:
    stages = default_pipeline().stages
    names = [s.name for s in stages]
    assert names.index("quotes") < names.index("events")
    coder, finder = default_pipeline().stage(EventCoder), default_pipeline().stage(QuoteFinder)
    swapped = [finder if s is coder else coder if s is finder else s for s in stages]
    with pytest.raises(ConfigError, match="quotes"):
        Pipeline(swapped)
