"""Calibrated event confidence: a small logistic model over what the coder knows of an event.

The confidence of an event is the estimated chance that it is right at type level (a gold
event of the same type told in the same sentence), computed from a few categorical features
of the event as coded: what kind of word triggered it, whether that word can mean events of
other types, its modality, how the actor and the recipient were found, whether it is told
inside quotation marks, and its quad class. The weights live in ``data/calibration.yaml``
(schema below, checked by ``hadath kb validate``) and are fitted by
``scripts/fit_calibration.py``. Confidence never decides which events are emitted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hadath.errors import DataError
from hadath.kb.load import read_yaml_model
from hadath.model import EVENT_TYPES, MODALITIES, Actor, Event
from hadath.text.normalize import normalize

if TYPE_CHECKING:
    from hadath.events.triggers import TriggerIndex

# The argument rule of a verb that names no subject: it goes on with the last one (the coder
# makes it; here, since the coder reads this module)
DROPPED_RULE = "dropped"
# The argument rule of a verb after a pronoun complementizer (أنه، إنهم): whom the pronoun
# stands for does it (the coder makes it, as it does DROPPED_RULE)
PRONOUN_RULE = "pronoun"
# Argument rules of the verb path of the coder (``rule`` is ``pos:lemma:argument-rule``);
# any other rule on a verb entry means it was matched by its masdar.
VERB_RULES = ("VSO", "SVO", PRONOUN_RULE, DROPPED_RULE, "topic")
# How the actor slot was filled, grouped so that each group has enough events to weigh.
ACTOR_RULE_GROUPS: dict[str, str] = {
    "VSO": "clause", "SVO": "clause", "noun:agent": "clause", "noun:genitive-agent": "clause",
    "complement": "clause", PRONOUN_RULE: "pronoun", DROPPED_RULE: "carried", "topic": "carried",
    "noun": "near",
}  # fmt: skip
# the rule tag of a recipient that is a thing struck, named by a common noun and no party
# (coder._struck_thing): the learned filter and the calibration were fitted on events with no
# such recipient, so they read it as none
STRUCK_TAG = "+struck"
# likewise the common noun a call or a charge is aimed at with no party named (coder.
# _called_object_noun: دعا الوزير الآباء إلى)
CALLED_TAG = "+called"
OPEN_QUOTES = "«“\"'"  # a straight quote opens when an even number came before
CLOSE_QUOTES = "»”"

# Every feature the model knows and the values it can take.
FEATURES: dict[str, tuple[str, ...]] = {
    "trigger": ("verb", "masdar", "noun", "light"),
    "ambiguity": ("single", "shared"),
    "modality": MODALITIES,
    "actor": ("kb", "described", "unknown", "none"),
    "actor_rule": ("clause", "pronoun", "carried", "near", "none"),
    "recipient": ("kb", "described", "unknown", "none"),
    "quoted": ("no", "yes"),
    "quad": ("1", "2", "3", "4"),
    "event_type": EVENT_TYPES,
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FitInfo(_Strict):
    """Where the weights came from, so that a reader can re-run the fit."""

    data: str
    events: int = Field(ge=0)
    folds: int = Field(ge=0)
    l2: float = Field(ge=0)
    command: str
    date: str


class Calibration(_Strict):
    """A logistic model: ``confidence = 1 / (1 + exp(-(intercept + sum of weights)))``."""

    target: str = Field(pattern=r"^(type|type\+actor)$")
    intercept: float
    weights: dict[str, dict[str, float]]
    fit: FitInfo

    @model_validator(mode="after")
    def _known(self) -> Calibration:
        for feature, values in self.weights.items():
            if feature not in FEATURES:
                raise ValueError(f"weights: unknown feature {feature!r} (known: {sorted(FEATURES)})")
            unknown = set(values) - set(FEATURES[feature])
            if unknown:
                raise ValueError(f"weights.{feature}: unknown values {sorted(unknown)}")
        return self

    def contributions(self, features: dict[str, str]) -> list[tuple[str, str, float]]:
        """``(feature, value, weight)`` for every feature of an event; an unweighed value is 0."""
        return [(f, v, self.weights.get(f, {}).get(v, 0.0)) for f, v in features.items()]

    def confidence(self, features: dict[str, str]) -> float:
        score = self.intercept + sum(w for _, _, w in self.contributions(features))
        return round(1.0 / (1.0 + math.exp(-score)), 3)


def calibration_path() -> Path:
    return Path(str(resources.files("hadath") / "data" / "calibration.yaml"))


def read_calibration(path: Path) -> Calibration:
    """Read and check a calibration file; a bad one is a one-line :class:`DataError`."""
    return read_yaml_model(path, Calibration)


@lru_cache(maxsize=1)
def shipped_calibration() -> Calibration:
    return read_calibration(calibration_path())


def rule_entry(event: Event) -> tuple[str, str]:
    """The lexicon entry an event's rule names: its part of speech and lemma (``verb:قصف:VSO``
    gives verb, قصف)."""
    return entry_of_rule(event.rule)


def entry_of_rule(rule: str) -> tuple[str, str]:
    """:func:`rule_entry` of a rule."""
    pos, _, rest = rule.partition(":")
    return pos, rest.partition(":")[0]


def trigger_kind(event: Event) -> str:
    """verb, masdar, noun or light, from the lexicon entry's part of speech and the rule."""
    pos, _ = rule_entry(event)
    if pos in ("light", "noun"):
        return pos
    return "verb" if argument_rule(event) in VERB_RULES else "masdar"


def argument_rule(event: Event) -> str:
    """The rule that found the arguments, without the lemma and the ``+means`` marks."""
    return argument_rule_of(event.rule)


def argument_rule_of(rule: str) -> str:
    """:func:`argument_rule` of a rule."""
    return _after_entry(rule).split("+")[0]


def party_recipients(event: Event) -> list[Actor]:
    """The event's recipients that are parties: none when the recipient is a thing struck or
    the common noun a call or a meeting is aimed at (coder._give_thing_recipients)."""
    return [] if STRUCK_TAG in event.rule or CALLED_TAG in event.rule else event.recipient


def rule_tags(event: Event) -> list[str]:
    """The marks after the argument rule, each without its value (``verb:قصف:VSO+means+model:0.8``
    gives means, model)."""
    return tags_of_rule(event.rule)


def tags_of_rule(rule: str) -> list[str]:
    """:func:`rule_tags` of a rule."""
    return [tag.split(":", 1)[0] for tag in _after_entry(rule).split("+")[1:] if tag]


def _after_entry(rule: str) -> str:
    """What a rule says after its lexicon entry: the argument rule and its marks."""
    return rule.split(":", 2)[-1] if rule.count(":") >= 2 else ""


def identity_kind(actors: Sequence[Actor]) -> str:
    """kb (an identity the knowledge base holds), unknown (a name it does not know),
    described (a group, a generic noun, an office with no known holder) or none."""
    if not actors:
        return "none"
    first = actors[0]
    if first.kb_id:
        return "kb"
    if not first.entity or first.entity == first.text or not first.entity.isascii():
        return "unknown"
    return "described"


def actor_rule(event: Event) -> str:
    if not event.actor:
        return "none"
    return ACTOR_RULE_GROUPS.get(argument_rule(event), "clause")


def is_quoted(event: Event) -> bool:
    """Whether the trigger sits inside quotation marks of its sentence."""
    before = event.sentence[: max(0, event.trigger_start - event.sentence_start)]
    straight = before.count('"') % 2 == 1
    guillemets = sum(before.count(c) for c in "«“") > sum(before.count(c) for c in CLOSE_QUOTES)
    return straight or guillemets


def meanings(index: TriggerIndex, word: str) -> set[str]:
    """The event types a written word can trigger, over all its clitic readings."""
    return set(index.types_of[normalize(word)])


def event_features(event: Event, index: TriggerIndex) -> dict[str, str]:
    """The model's features of one coded event."""
    words = event.trigger.split()
    head_word = words[0] if words else event.trigger
    return {
        "trigger": trigger_kind(event),
        # meanings(index, head_word), memoized per written word
        "ambiguity": "shared" if len(index.types_of_written[head_word]) > 1 else "single",
        "modality": event.modality,
        "actor": identity_kind(event.actor),
        "actor_rule": actor_rule(event),
        "recipient": identity_kind(party_recipients(event)),
        "quoted": "yes" if is_quoted(event) else "no",
        "quad": str(event.quad_class or 1),
        "event_type": event.event_type,
    }


# The last calibration used and the confidence it gives each combination of feature values.
# Why: the features are a few categorical values, so news repeats their combinations; the
# calibration is held, so a new one (never the same object id reused) starts a new memo.
_scores: tuple[Calibration, dict[tuple[str, ...], float]] | None = None


def calibrate(events: Iterable[Event], index: TriggerIndex, calibration: Calibration) -> None:
    """Set every event's confidence from its features (nothing else changes)."""
    global _scores
    if _scores is None or _scores[0] is not calibration:
        _scores = (calibration, {})
    scores = _scores[1]
    for event in events:
        features = event_features(event, index)
        key = tuple(features.values())  # always the same features, in the same order
        confidence = scores.get(key)
        if confidence is None:
            confidence = scores[key] = calibration.confidence(features)
        event.confidence = confidence


def calibration_problems() -> list[DataError]:
    """The shipped calibration file checked against its schema: the error, if any."""
    try:
        read_calibration(calibration_path())
    except DataError as err:
        return [err]
    return []
