"""PLOVER ``context`` and ``size`` of an event, from the words of its sentence.

``context`` lists the PLOVER context labels whose cue words occur in the sentence;
``size`` is the largest count of people (killed, wounded, protesters, arrested ...) written
near the trigger, in digits or Arabic number words. Labels, cue words and people words live
in ``data/plover.yaml`` (schema :class:`PloverCues`, checked by ``hadath kb validate``); the
number words are the shared ones of ``data/lexicon/ar/numbers.tsv`` (:mod:`hadath.text.numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from hadath.errors import DataError
from hadath.kb.load import read_yaml_model
from hadath.kb.schema import ARABIC_LETTER
from hadath.text.clitics import segmentations
from hadath.text.normalize import normalize
from hadath.text.numbers import number_words

WORD = re.compile(r"[\w\u0600-\u06FF]+(?:[,.]\d{3})*")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _all_arabic(words: Sequence[str]) -> Sequence[str]:
    bad = [w for w in words if not ARABIC_LETTER.search(w)]
    if bad:
        raise ValueError(f"no Arabic letter in {bad}")
    return words


class SizeCues(_Strict):
    """Where counts of people are read: reaches in words, and the words for people."""

    trigger_reach: int = Field(ge=1, le=60)
    number_reach: int = Field(ge=1, le=5)
    people: list[str]

    _people = field_validator("people")(_all_arabic)


class PloverCues(_Strict):
    """The contents of ``data/plover.yaml``."""

    contexts: dict[str, list[str]]
    size: SizeCues

    @field_validator("contexts")
    @classmethod
    def _labels(cls, contexts: dict[str, list[str]]) -> dict[str, list[str]]:
        for label, cues in contexts.items():
            if not re.fullmatch(r"[a-z_]+", label):
                raise ValueError(f"context label {label!r} is not a PLOVER name (lower case, _)")
            _all_arabic(cues)
        return contexts


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The cues, normalized for look-ups."""

    context_of: dict[str, frozenset[str]]  # normalized cue word -> labels
    people: frozenset[str]
    numbers: dict[str, int]
    multipliers: dict[str, int]
    trigger_reach: int
    number_reach: int


def cues_path() -> Path:
    return Path(str(resources.files("hadath") / "data" / "plover.yaml"))


def read_cues(path: Path) -> PloverCues:
    return read_yaml_model(path, PloverCues)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues = read_cues(cues_path())
    context_of: dict[str, set[str]] = {}
    for label, words in cues.contexts.items():
        for w in words:
            context_of.setdefault(normalize(w), set()).add(label)
    size = cues.size
    return Lexicon(
        context_of={w: frozenset(labels) for w, labels in context_of.items()},
        people=frozenset(normalize(w) for w in size.people),
        numbers=number_words().numbers,
        multipliers=number_words().multipliers,
        trigger_reach=size.trigger_reach,
        number_reach=size.number_reach,
    )


def _readings(word: str) -> set[str]:
    """A normalized word and its clitic-free stems."""
    return {word} | {seg.stem for seg in segmentations(word)}


def event_context(sentence: str) -> list[str]:
    """PLOVER context labels cued by the words of a sentence, sorted."""
    lex = lexicon()
    labels: set[str] = set()
    for match in WORD.finditer(sentence):
        for reading in _readings(normalize(match.group())):
            labels |= lex.context_of.get(reading, frozenset())
    return sorted(labels)


def _number(words: Sequence[str], lex: Lexicon) -> int | None:
    """The count written by a run of words (digits, or number words joined by و)."""
    total, current, seen = 0, 0, False
    for word in words:
        digits = word.replace(",", "").replace(".", "")
        bare = word[1:] if word.startswith("و") and len(word) > 2 else word
        if digits.isdigit():
            current, seen = current + int(digits), True
        elif bare in lex.multipliers and (current or bare not in lex.numbers):
            total, current, seen = total + max(current, 1) * lex.multipliers[bare], 0, True
        elif bare in lex.numbers:
            current, seen = current + lex.numbers[bare], True
        else:
            total, current = 0, 0  # a word between numbers breaks the run
            seen = False
    return total + current if seen else None


def _is_people(word: str, lex: Lexicon) -> bool:
    return bool(_readings(word) & lex.people)


def event_size(sentence: str, trigger_offset: int) -> int | None:
    """The largest count of people written near the trigger (None when none is written).

    Args:
        sentence: the event's sentence.
        trigger_offset: where the trigger starts, in characters from the sentence start.
    """
    lex = lexicon()
    words = [(m.start(), normalize(m.group())) for m in WORD.finditer(sentence)]
    at = next((i for i, (start, _) in enumerate(words) if start >= trigger_offset), len(words))
    counts = []
    for i, (_, word) in enumerate(words):
        if abs(i - at) > lex.trigger_reach or not _is_people(word, lex):
            continue
        before = [w for _, w in words[max(0, i - lex.number_reach) : i]]
        count = _number(before, lex)
        if count:
            counts.append(count)
    return max(counts) if counts else None


def plover_extras(row: dict[str, Any]) -> tuple[list[str], int | None]:
    """``context`` and ``size`` of one stored event row."""
    sentence = row.get("sentence") or ""
    offset = (row.get("trigger_start") or 0) - (row.get("sentence_start") or 0)
    return event_context(sentence), event_size(sentence, max(0, offset))


def plover_cues_problems() -> list[DataError]:
    """The shipped ``data/plover.yaml`` checked against its schema: the error, if any."""
    try:
        read_cues(cues_path())
    except DataError as err:
        return [err]
    return []
