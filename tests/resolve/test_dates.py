"""Event dates from the pipeline: future weekdays, spans of days, done verbs. Our own sentences."""

from __future__ import annotations

import pytest

from hadath.events.coder import EventCoder
from hadath.kb import KnowledgeBase
from hadath.model import Event
from hadath.pipeline import Pipeline
from hadath.resolve.dates import _read_as_noun

PUBLISHED = "2016-09-20"  # a Tuesday


@pytest.fixture(scope="module")
def rules_pipeline(tiny_kb: KnowledgeBase) -> Pipeline:
    """The rules' events without the learned filter: whether it keeps a bare act noun
    (اللقاء) is the filter's judgement, not what a date test is about."""
    pipeline = Pipeline.default(tiny_kb)
    pipeline.stage(EventCoder).filter = None
    return pipeline


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("سيلتقي كيري لافروف في جنيف يوم الجمعة.", "2016-09-23"),  # told as to come: the coming Friday
        ("التقى كيري لافروف في جنيف يوم الجمعة.", "2016-09-16"),  # told as done: the last one
        ("سيلتقي كيري لافروف في جنيف الجمعة الماضية.", "2016-09-16"),  # written as past: kept
        ("سيلتقي كيري لافروف في جنيف الخميس المقبل.", "2016-09-22"),
        ("سيلتقي كيري لافروف في جنيف غداً.", "2016-09-21"),
        ("التقى كيري لافروف في جنيف أمس الأول.", "2016-09-18"),
        # a present opening its sentence tells an act to come, as س does
        ("يلتقي كيري لافروف في جنيف يوم الجمعة.", "2016-09-23"),
        ("ويلتقي كيري لافروف في جنيف الخميس المقبل.", "2016-09-22"),
    ],
)
def test_event_days(tiny_pipeline: Pipeline, text: str, day: str) -> None:
    doc = tiny_pipeline(text, published=PUBLISHED)
    assert [e.date for e in doc.events] == [day]


def test_a_span_of_days_dates_the_event_from_its_start(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("قصف الجيش حلب ما بين 10 و15 أيلول.", published=PUBLISHED)
    event = doc.events[0]
    assert (event.date, event.date_precision) == ("2016-09-10/2016-09-15", "range")


def _days(doc) -> list[str | None]:
    return [e.date for e in doc.events]


def test_one_date_governs_every_event_of_its_sentence(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("التقى كيري لافروف أمس في جنيف وقصف الجيش حلب.", published=PUBLISHED)
    assert _days(doc) == ["2016-09-19", "2016-09-19"]


def test_the_narrative_day_is_an_events_not_a_relative_clauses(tiny_pipeline: Pipeline) -> None:
    # «الأحد الماضي» dates the truce, no event: the next sentence is told on the meeting's day
    text = "التقى كيري لافروف أمس في جنيف لبحث الهدنة التي بدأت الأحد الماضي. وقصف الجيش حلب."
    doc = tiny_pipeline(text, published=PUBLISHED)
    assert _days(doc) == ["2016-09-19", "2016-09-19"]
    assert doc.events[1].date_text is None  # carried, not read in its sentence


def test_a_sentence_names_its_main_day_first(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("كان الطقس باردا أمس الأحد وحارا يوم الاثنين. وقصف الجيش حلب.", published=PUBLISHED)
    assert _days(doc) == ["2016-09-18"]


def test_the_lead_takes_the_day_told_after_it(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("التقى كيري لافروف في جنيف. وقصف الجيش حلب أمس.", published=PUBLISHED)
    assert _days(doc) == ["2016-09-19", "2016-09-19"]


def test_an_undated_article_stays_undated(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("التقى كيري لافروف في جنيف. وقصف الجيش حلب.", published=PUBLISHED)
    assert _days(doc) == [None, None]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the act named after «بعد يوم من» is a day before the sentence's day
        ("قصف الجيش حلب أمس بعد يوم من اللقاء.", ["2016-09-19", "2016-09-18"]),
        ("قصف الجيش حلب أمس قبل يومين من اللقاء.", ["2016-09-19", "2016-09-21"]),
        # no day in the sentence: relative to the narrative day, not to publication
        ("قصف الجيش حلب أمس. وقصف الجيش دمشق بعد يوم من اللقاء.", ["2016-09-19", "2016-09-19", "2016-09-18"]),
    ],
)
def test_the_day_after_another_event(rules_pipeline: Pipeline, text: str, days: list[str]) -> None:
    assert _days(rules_pipeline(text, published=PUBLISHED)) == days


def test_an_act_still_to_come_takes_no_narrative_day(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("قصف الجيش حلب أمس. وسيلتقي كيري لافروف في جنيف.", published=PUBLISHED)
    assert [(e.date, e.modality) for e in doc.events] == [("2016-09-19", "asserted"), (None, "future")]


def test_the_lead_takes_no_background_day(tiny_pipeline: Pipeline) -> None:
    text = "التقى كيري لافروف في جنيف. وكان الجيش قد قصف حلب في 3 آب 2015."
    assert _days(tiny_pipeline(text, published=PUBLISHED)) == [None, "2015-08-03"]


def test_the_lead_takes_the_latest_day_of_the_week_told(tiny_pipeline: Pipeline) -> None:
    # a news lead tells the newest act: the bombing told as before it («الأحد») is background
    text = "التقى كيري لافروف في جنيف. وكان الجيش قد قصف حلب الأحد. وقصف الجيش دمشق أمس."
    doc = tiny_pipeline(text, published=PUBLISHED)
    assert _days(doc) == ["2016-09-19", "2016-09-18", "2016-09-19"]


def test_a_reported_clause_is_dated_by_its_own_date(tiny_pipeline: Pipeline) -> None:
    # the statement is Tuesday's, the raid Monday's; the next sentence tells the raid's day
    text = (
        "قال الجيش اليوم الثلاثاء إن طائراته قصفت مواقع المسلحين في ريف حلب الشمالي مساء أمس. "
        "وأضاف أن المدفعية قصفت إدلب."
    )
    doc = tiny_pipeline(text, published=PUBLISHED)
    assert _days(doc) == ["2016-09-19", "2016-09-19"]


def test_a_reported_clause_without_a_date_takes_its_sentences(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("قال الجيش الأحد إن طائراته قصفت حلب.", published=PUBLISHED)
    assert _days(doc) == ["2016-09-18"]


def test_a_noun_event_takes_the_day_of_its_own_relative_clause(rules_pipeline: Pipeline) -> None:
    # the shelling is told in its clause (أول من أمس); the visit in the main one (أمس)
    text = "زار الوزير حلب أمس بعد القصف الذي استهدف أحياءها أول من أمس."
    doc = rules_pipeline(text, published=PUBLISHED)
    days = {e.trigger: e.date for e in doc.events}
    assert days.get("القصف") == "2016-09-18"
    assert days.get("زار") == "2016-09-19"


def test_a_present_inside_a_sentence_keeps_the_past_weekday(tiny_pipeline: Pipeline) -> None:
    # «يلتقي» tells what the Friday's trip was for, not an act to come
    doc = tiny_pipeline("سافر كيري إلى جنيف يوم الجمعة يلتقي لافروف.", published=PUBLISHED)
    assert [(e.trigger, e.date) for e in doc.events] == [("يلتقي", "2016-09-16")]


def test_two_days_joined_date_the_event_from_the_first(tiny_pipeline: Pipeline) -> None:
    doc = tiny_pipeline("والتقى كيري لافروف في جنيف في الرابع والخامس من أيلول.", published=PUBLISHED)
    assert [e.date for e in doc.events] == ["2016-09-04/2016-09-05"]


@pytest.mark.parametrize(
    ("rule", "as_noun"),
    [
        ("noun:اجتماع:noun", True),
        ("verb:قصف:noun:agent+model:recipient", True),  # a masdar, its doer found after it
        ("light:شن:noun:topic", True),
        ("verb:قصف:VSO", False),
        ("verb:التقى:pronoun", False),  # a pronoun is no noun rule
        ("noun:هجوم:relative", False),
    ],
)
def test_a_trigger_is_read_as_a_noun_by_its_argument_rule(rule: str, as_noun: bool) -> None:
    event = Event(0, 10, 0, 3, "x", "ASSAULT", "190", rule=rule)
    assert _read_as_noun(event) is as_noun
