"""The learned event filter: features, the drop decision, its trace, the model file."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from hadath.errors import DataError
from hadath.events.coder import EventCoder
from hadath.events.eventfilter import (
    EventFilter,
    FilterModel,
    article_features,
    model_problems,
    read_model,
    shipped_filter,
)
from hadath.events.explain import explain_sentence
from hadath.model import Article

from .conftest import default_pipeline

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_eventfilter.py"
TRAINED = {"data": "invented", "events": {"coded": 1}, "l2": 1.0, "command": "test", "date": "2026-11-29"}
# an air strike and a meeting, one sentence
TWO_ACTS = "قصفت الطائرات الروسية مواقع المعارضة في ريف حلب، ثم اجتمع وزير الخارجية الأمريكي مع نظيره الروسي في جنيف."
# two attacks in one sentence: the second is told after the first
TWO_ATTACKS = "هاجم مسلحون حاجزا للشرطة في سيناء وقصفت المدفعية مواقع المسلحين."


def model(weights: dict[str, float], bias: float = 0.0, threshold: float = 0.5) -> FilterModel:
    return FilterModel.model_validate(
        {"threshold": threshold, "bias": bias, "weights": weights, "trained": TRAINED}
    )


def coded(text: str, event_filter: EventFilter | None) -> Article:
    """The article as the pipeline codes it with a given filter (the shipped one put back)."""
    coder = default_pipeline().stage(EventCoder)
    shipped, coder.filter = coder.filter, event_filter
    try:
        return default_pipeline()(text, published="2016-09-20")
    finally:
        coder.filter = shipped


def test_features_tell_the_type_the_rule_and_the_words_around_the_trigger() -> None:
    article = coded(TWO_ACTS, None)
    meeting = next(e for e in article.events if e.event_type == "CONSULT")
    feats = article_features(article, [meeting])[0]
    assert {"type=CONSULT", "family=VSO", "modality=asserted"} <= set(feats)
    assert any(f.startswith("actor=yes&recipient=") for f in feats)
    assert "prev=ثم" in feats and "events=1" in feats


def test_an_act_of_a_type_told_earlier_in_the_sentence_is_a_twin() -> None:
    article = coded(TWO_ATTACKS, None)
    first, second = article_features(article, article.events)
    assert "twin=later" in first and "rank=0" in first
    assert "twin=earlier" in second and "rank=1" in second


def test_an_event_the_model_judges_false_is_dropped() -> None:
    judge = EventFilter(model({"type=ASSAULT": 8.0}, bias=-4.0))
    kept = coded(TWO_ACTS, judge)
    assert [e.event_type for e in kept.events] == ["ASSAULT"]
    assert {e.event_type for e in coded(TWO_ACTS, None).events} == {"ASSAULT", "CONSULT"}


def test_a_threshold_of_zero_keeps_every_event() -> None:
    judge = EventFilter(model({"type=ASSAULT": 8.0}, bias=-4.0, threshold=0.0))
    assert len(coded(TWO_ACTS, judge).events) == 2


def test_explain_says_the_filter_dropped_an_event_and_why() -> None:
    coder = default_pipeline().stage(EventCoder)
    shipped, coder.filter = coder.filter, EventFilter(model({"type=CONSULT": -8.0}, bias=4.0))
    try:
        article = Article(doc_id="t", text=TWO_ACTS, published="2016-09-20")
        report = explain_sentence(article, 0, "invented", default_pipeline())
    finally:
        coder.filter = shipped
    meeting = next(t for t in report["triggers"] if t["entry"]["event_type"] == "CONSULT")
    assert meeting["decision"] == "filtered"
    assert "event filter" in meeting["reason"] and "type=CONSULT -8.00" in meeting["reason"]
    assert meeting["rule"].startswith("verb:اجتمع:")  # the rule that coded it stays traceable


def test_a_model_with_an_unknown_feature_family_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown feature"):
        model({"colour=red": 1.0})


def test_a_bad_model_file_is_one_data_error(tmp_path: Path) -> None:
    path = tmp_path / "eventfilter.yaml"
    path.write_text("threshold: 2\nbias: 0\nweights: {}\n", encoding="utf-8")
    with pytest.raises(DataError, match="threshold"):
        read_model(path)


def test_the_shipped_model_if_any_is_valid() -> None:
    assert model_problems() == []


def test_the_shipped_pipeline_filters_with_the_shipped_model() -> None:
    shipped = shipped_filter()
    assert shipped is not None, "a model ships in data/models/eventfilter.yaml"
    assert 0.0 < shipped.model.threshold < 0.5  # chosen by cross-validation for F1


def test_the_training_script_learns_from_a_tiny_gold_file(tmp_path: Path) -> None:
    # the strike is gold, the meeting is not: the meeting's type weighs against it
    strike = {"sentence": TWO_ACTS, "trigger": "قصفت", "event_type": "ASSAULT", "cameo": "", "mode": "",
              "modality": "asserted", "actor": [], "recipient": [], "location": None, "date": None,
              "date_text": None}  # fmt: skip
    record = {"doc_id": "invented-1", "published": "2016-09-20", "title": "", "text": TWO_ACTS,
              "quotes": [], "entities": [], "events": [strike]}  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("train_eventfilter", SCRIPT)
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    sys.modules["train_eventfilter"] = script
    spec.loader.exec_module(script)
    out = tmp_path / "eventfilter.yaml"
    assert script.main([str(gold), "--folds", "1", "--min-docs", "1", "--write", str(out)]) == 0
    written = read_model(out)
    assert written.weights["type=CONSULT"] < 0 < written.weights["type=ASSAULT"]
    assert written.threshold == 0.0  # no cross-validation: no threshold is chosen, nothing dropped
