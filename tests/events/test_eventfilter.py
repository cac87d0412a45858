"""The learned event filter: features, the drop decision, its trace, the model file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from hadath.errors import DataError
from hadath.events.coder import EventCoder
from hadath.events.eventfilter import (
    EventFilter,
    FilterModel,
    article_features,
    candidate_features,
    model_problems,
    read_model,
    shipped_filter,
)
from hadath.events.explain import explain_sentence
from hadath.model import Article
from tests.loading import load_module

from .conftest import default_pipeline

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_eventfilter.py"
TRAINED = {"data": "invented", "events": {"coded": 1}, "l2": 1.0, "command": "test", "date": "2026-11-29"}
# an air strike and a meeting, one sentence
TWO_ACTS = "قصفت الطائرات الروسية مواقع المعارضة في ريف حلب، ثم اجتمع وزير الخارجية الأمريكي مع نظيره الروسي في جنيف."
# two attacks in one sentence: the second is told after the first
TWO_ATTACKS = "هاجم مسلحون حاجزا للشرطة في سيناء وقصفت المدفعية مواقع المسلحين."


# a meeting told only as the subject of what a spokesman said: nobody is named for it
TOPIC_NOUN = "وأكد المتحدث باسم الخارجية الأردنية أن الاجتماع كان مثمرا."
# a visit named by its possessive pronoun: the minister is who visits
POSSESSED_VISIT = "ظهر وزير الدفاع التركي في بغداد أمس، وقال خلال زيارته إن بلاده مستعدة للتعاون."


def model(
    weights: dict[str, float], bias: float = 0.0, threshold: float = 0.5, topic_threshold: float | None = None
) -> FilterModel:
    return FilterModel.model_validate(
        {
            "threshold": threshold,
            "topic_threshold": topic_threshold,
            "bias": bias,
            "weights": weights,
            "trained": TRAINED,
        }
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
    script = load_module("train_eventfilter", SCRIPT)
    out = tmp_path / "eventfilter.yaml"
    assert script.main([str(gold), "--folds", "1", "--min-docs", "1", "--write", str(out)]) == 0
    written = read_model(out)
    assert written.weights["type=CONSULT"] < 0 < written.weights["type=ASSAULT"]
    assert written.threshold == 0.0  # no cross-validation: no threshold is chosen, nothing dropped
    assert written.topic_threshold is None  # nor one for topic candidates: the coder hands none over


def test_a_noun_with_no_argument_stays_a_topic_unless_the_filter_learned_topics() -> None:
    assert coded(TOPIC_NOUN, None).events == []
    assert coded(TOPIC_NOUN, EventFilter(model({}, threshold=0.0))).events == []  # no topic threshold


def test_a_filter_that_learned_topics_keeps_or_drops_the_candidate() -> None:
    kept = coded(TOPIC_NOUN, EventFilter(model({}, threshold=0.0, topic_threshold=0.0))).events
    assert [(e.event_type, e.trigger) for e in kept] == [("CONSULT", "الاجتماع")]
    assert ":noun:topic" in kept[0].rule
    judge = EventFilter(model({"rule=noun:topic&type=CONSULT": -8.0}, threshold=0.0, topic_threshold=0.5))
    assert coded(TOPIC_NOUN, judge).events == []


def test_a_topic_candidate_with_a_possessive_pronoun_is_done_by_the_name_it_stands_for() -> None:
    judge = EventFilter(model({}, threshold=0.0, topic_threshold=0.0))
    visit = next(e for e in coded(POSSESSED_VISIT, judge).events if e.event_type == "CONSULT")
    assert visit.trigger == "زيارته" and visit.rule.endswith("+possessor")
    assert [a.text for a in visit.actor] == ["وزير الدفاع التركي"]


def test_a_topic_candidate_is_done_by_the_first_name_of_its_sentence_before_it() -> None:
    # the minister spoke of the talks; the journalist of «مؤتمر صحفي» is nearer but no doer
    text = "وأكد وزير الخارجية الأردني في مؤتمر صحفي أن المحادثات كانت بناءة."
    talks = coded(text, EventFilter(model({}, threshold=0.0, topic_threshold=0.0))).events
    assert [(e.trigger, [a.text for a in e.actor]) for e in talks] == [
        ("المحادثات", ["وزير الخارجية الأردني"])
    ]
    assert talks[0].rule.endswith(":noun:topic+before")


def test_a_rights_group_that_tells_of_a_bombardment_is_not_its_doer() -> None:
    text = "وقال المرصد السوري لحقوق الإنسان إن القصف استمر طوال الليل."
    shelling = coded(text, EventFilter(model({}, threshold=0.0, topic_threshold=0.0))).events
    assert [(e.trigger, e.actor) for e in shelling] == [("القصف", [])]


def test_a_kept_topic_goes_on_with_the_recipient_of_the_act_told_before_it() -> None:
    # the review names no party: it is done at the meeting the sentence before told, once kept
    text = "واستقبل أمير الكويت في قصره أمس رئيس الوزراء الأردني. وشهد الاستقبال الذي دام ساعة استعراض آفاق الشراكة الثنائية."
    judge = EventFilter(model({}, threshold=0.0, topic_threshold=0.0))
    review = [e for e in coded(text, judge).events if e.trigger == "استعراض"]
    assert [[r.text for r in e.recipient] for e in review] == [["رئيس الوزراء الأردني"]]


def test_topic_candidates_leave_the_coded_events_and_their_features_alone() -> None:
    text = f"{TWO_ACTS} {TOPIC_NOUN}"
    plain = coded(text, EventFilter(model({}, threshold=0.0)))
    judge = EventFilter(model({}, threshold=0.0, topic_threshold=0.0))
    with_topics = coded(text, judge)
    assert [e.trigger for e in with_topics.events] == [e.trigger for e in plain.events] + ["الاجتماع"]
    regular = with_topics.events[:-1]
    assert article_features(with_topics, regular) == article_features(plain, plain.events)
    topic = candidate_features(with_topics, regular, with_topics.events[-1:])[0]
    # the doer is the first name before it (the spokesman), and the word before is أن
    assert "rule=noun:topic&prev=ان" in topic and "rule=noun:topic&type=CONSULT&tag=before" in topic
