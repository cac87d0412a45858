"""Calibrated confidence: features of coded events, the model file, and that calibration only
changes confidences (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hadath.errors import DataError
from hadath.events.coder import EventCoder
from hadath.events.confidence import (
    FEATURES,
    Calibration,
    FitInfo,
    argument_rule,
    calibration_problems,
    identity_kind,
    is_quoted,
    read_calibration,
    rule_entry,
    rule_tags,
    shipped_calibration,
    trigger_kind,
)
from hadath.model import Actor, Event
from hadath.pipeline import Pipeline

TEXT = (
    "قصفت قوات النظام مدينة حلب. لم يلتق جون كيري سيرغي لافروف في دمشق. "
    "وقال لافروف: «سنلتقي كيري في نيويورك». واتهم كيري روسيا بقصف حلب."
)


def _event(rule: str, sentence: str = "", trigger_start: int = 0, **kw: Any) -> Event:
    return Event(0, len(sentence), trigger_start, trigger_start + 1, "x", "ASSAULT", "190",
                 sentence=sentence, rule=rule, **kw)  # fmt: skip


def _coder(pipeline: Pipeline) -> EventCoder:
    return pipeline.stage(EventCoder)


@pytest.mark.parametrize(
    ("rule", "kind"),
    [("verb:قصف:VSO", "verb"), ("verb:قصف:noun:agent", "masdar"), ("verb:قصف:complement", "masdar"),
     ("noun:هجوم:noun", "noun"), ("light:شن:SVO", "light"), ("verb:قتل:dropped+victims", "verb")],
)  # fmt: skip
def test_trigger_kind_from_entry_and_rule(rule: str, kind: str) -> None:
    assert trigger_kind(_event(rule)) == kind


@pytest.mark.parametrize(
    ("rule", "entry", "core", "tags"),
    [("verb:قصف:VSO", ("verb", "قصف"), "VSO", []),
     ("verb:قتل:dropped+victims+model:0.8", ("verb", "قتل"), "dropped", ["victims", "model"]),
     ("noun:هجوم", ("noun", "هجوم"), "", [])],
)  # fmt: skip
def test_a_rule_is_read_as_entry_argument_rule_and_tags(
    rule: str, entry: tuple[str, str], core: str, tags: list[str]
) -> None:
    event = _event(rule)
    assert (rule_entry(event), argument_rule(event), rule_tags(event)) == (entry, core, tags)


def test_identity_kinds() -> None:
    assert identity_kind([]) == "none"
    assert identity_kind([Actor(0, 3, "كيري", "John Kerry", "USA", "GOV", "Q22316")]) == "kb"
    assert identity_kind([Actor(0, 5, "مدنيين", "civilians", "", "CVL")]) == "described"
    assert identity_kind([Actor(0, 5, "خالد الحربي", "خالد الحربي")]) == "unknown"


def test_quoted_trigger_is_inside_guillemets() -> None:
    sentence = "وقال الوزير: «سنلتقي نظيرنا غدا» ثم غادر."
    assert is_quoted(_event("verb:التقى:VSO", sentence, sentence.index("سنلتقي")))
    assert not is_quoted(_event("verb:غادر:VSO", sentence, sentence.index("غادر")))


def test_shipped_calibration_is_valid_and_known() -> None:
    assert calibration_problems() == []
    model = shipped_calibration()
    assert set(model.weights) <= set(FEATURES)


def test_confidence_is_a_probability_from_weights() -> None:
    fit = FitInfo(data="t", events=1, folds=0, l2=1, command="c", date="2026-11-29")
    model = Calibration(target="type", intercept=0.0, weights={"modality": {"negated": -2.0}}, fit=fit)
    assert model.confidence({"modality": "asserted"}) == 0.5
    assert model.confidence({"modality": "negated"}) == pytest.approx(0.119, abs=1e-3)


def test_bad_calibration_file_is_one_line_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "calibration.yaml"
    bad.write_text("target: type\nintercept: 0\nweights: {colour: {red: 1}}\n"
                   "fit: {data: d, events: 1, folds: 0, l2: 1, command: c, date: x}\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(DataError) as err:
        read_calibration(bad)
    assert str(bad) in str(err.value) and "colour" in str(err.value) and "\n" not in str(err.value)


def test_calibration_changes_only_confidence(tiny_pipeline: Any) -> None:
    coder = _coder(tiny_pipeline)
    assert coder.trace is None  # off unless someone asks
    saved = coder.calibration
    try:
        coder.calibration = None
        before = tiny_pipeline(TEXT, published="2016-09-20").to_dict()["events"]
        coder.calibration = saved
        after = tiny_pipeline(TEXT, published="2016-09-20").to_dict()["events"]
    finally:
        coder.calibration = saved
    assert len(before) == len(after) >= 3
    strip = [{k: v for k, v in e.items() if k != "confidence"} for e in before]
    assert strip == [{k: v for k, v in e.items() if k != "confidence"} for e in after]
    assert all(0.0 <= e["confidence"] <= 1.0 for e in after)
    assert {e["modality"] for e in after} >= {"negated", "asserted"}
