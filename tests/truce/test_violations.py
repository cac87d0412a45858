"""Reported violations of the September 2016 truce in a store of the test articles, on both backends.

The acceptance cases of issue 10: a violation inside the scope; one outside the area; one
before the start; one by an exempted group; one only claimed by the other side; a denial;
two outlets reporting the same strike (counted once, with both sources).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from hadath.kb.lexicon import LEXICON_TABLES, table_problems
from hadath.store import open_store
from hadath.truce.load import get_truce
from hadath.truce.violations import EVENT_COLUMNS, QUOTE_KINDS_FILE, Monitor, _quote_kind, decode

from . import articles as ta


@pytest.fixture(scope="module")
def report(filled: str) -> Iterator[dict[str, Any]]:
    with open_store(filled) as store:
        yield Monitor(store.db, get_truce(ta.TRUCE)).report()


def by_sentence(report: dict[str, Any], sentence: str) -> dict[str, Any] | None:
    return next(
        (v for v in report["violations"] if any(r["sentence"] == sentence for r in v["reports"])), None
    )


def test_a_strike_in_scope_is_a_violation_of_its_side(report: dict[str, Any]) -> None:
    v = by_sentence(report, ta.STRIKE_A)
    assert v is not None
    assert (v["day"], v["status"], v["sides"], v["modality"]) == (
        "2016-09-18",
        "violation",
        ["government"],
        "asserted",
    )
    assert v["place"]["name"] == "Aleppo" and v["area"] == "SYR" and v["act"] == "ASSAULT"


def test_two_outlets_telling_one_strike_count_once_with_both_sources(report: dict[str, Any]) -> None:
    a, b = by_sentence(report, ta.STRIKE_A), by_sentence(report, ta.STRIKE_B)
    assert a is not None and a is b  # one canonical event
    assert a["sources"] == 2 and a["mentions"] == 2
    assert {r["source"] for r in a["reports"]} == {"agency.test", "daily.test"}
    assert sum(d["violations"] for d in report["series"] if d["day"] == "2016-09-18") == 1


@pytest.mark.parametrize(
    "sentence",
    [ta.ARSAL_S, ta.BEFORE_S, ta.ISIS_S, ta.JFS_S, ta.TURKEY_S],
    ids=[
        "outside_the_area",
        "before_the_start",
        "by_an_exempted_group",
        "on_an_exempted_group",
        "not_a_party",
    ],
)
def test_events_out_of_scope_are_no_violations(report: dict[str, Any], sentence: str) -> None:
    assert by_sentence(report, sentence) is None


def test_why_events_are_out_of_scope(filled: str) -> None:
    with open_store(filled) as store:
        monitor = Monitor(store.db, get_truce(ta.TRUCE))
        rows = store.db.query("SELECT id FROM events")
        hits = monitor.judge(monitor.candidates())
        every_row = store.db.query(
            f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
        )
        everything = monitor.judge(decode(r) for r in every_row)
    assert len(everything) == len(rows)
    status = {h.row["sentence"]: h.verdict.status for h in everything if h.row["event_type"] == "ASSAULT"}
    assert status[ta.ARSAL_S] == "out_of_area"
    assert status[ta.BEFORE_S] == "out_of_time"
    assert status[ta.ISIS_S] == "exempted" and status[ta.JFS_S] == "exempted"
    assert status[ta.TURKEY_S] == "not_party"
    assert status[ta.CONVOY_S] == "unattributed"
    # The store is asked only for candidates: placed in Syria, dated within the truce's days.
    assert {h.row["sentence"] for h in hits} >= {ta.STRIKE_A, ta.CONVOY_S, ta.CLAIM_S, ta.ISIS_S}
    assert not {h.row["sentence"] for h in hits} & {ta.ARSAL_S, ta.BEFORE_S}


def test_a_strike_one_side_only_claims_is_shown_as_claimed(report: dict[str, Any]) -> None:
    v = by_sentence(report, ta.CLAIM_S)
    assert v is not None
    assert (v["status"], v["sides"], v["modality"]) == ("violation", ["opposition"], "claimed")
    day = next(d for d in report["series"] if d["day"] == "2016-09-22")
    assert (day["claimed"], day["asserted"]) == (1, 0)


def test_the_denial_is_linked_to_the_claimed_violation(report: dict[str, Any]) -> None:
    claimed = by_sentence(report, ta.CLAIM_S)
    assert claimed is not None
    denials = [a for a in report["accusations"] if a["kind"] == "denial"]
    event = next(a for a in denials if a["origin"] == "event")
    assert event["text"] == ta.DENIAL_S and event["accuser"]["sides"] == ["opposition"]
    assert event["violations"] == [claimed["id"]]  # same day, same place
    quoted = next(a for a in denials if a["origin"] == "quote")
    assert quoted["violations"] == [claimed["id"]]  # the quote repeats the act in its article


def test_mutual_accusations_between_the_sponsors_are_linked_to_the_truce(report: dict[str, Any]) -> None:
    pairs = {
        (tuple(a["accuser"]["sides"]), tuple(a["accused"]["sides"]))
        for a in report["accusations"]
        if a["kind"] == "accusation" and a["names_truce"]
    }
    assert {(("us",), ("government",)), (("government",), ("us",))} <= pairs


def test_the_convoy_struck_by_no_one_named_is_an_unattributed_violation(report: dict[str, Any]) -> None:
    v = by_sentence(report, ta.CONVOY_S)
    assert v is not None
    assert (v["day"], v["status"], v["sides"], v["attributed"]) == ("2016-09-19", "unattributed", [], False)
    assert report["summary"]["unattributed"] == 1


def test_series_summary_and_compliance(report: dict[str, Any]) -> None:
    series = {d["day"]: d for d in report["series"]}
    assert list(series) == sorted(series) and min(series) == "2016-09-13" and max(series) == "2016-10-02"
    assert series["2016-09-18"]["by_side"] == {"government": 1, "opposition": 0, "us": 0}
    assert series["2016-09-19"]["unattributed"] == 1
    assert not series["2016-09-14"]["has_data"]  # no article published on the 14th or 15th
    assert series["2016-09-21"]["quiet"]  # articles that day, none reporting a violation
    summary = report["summary"]
    assert (summary["violations"], summary["attributed"], summary["claimed"]) == (3, 2, 1)
    assert summary["quiet_days"] == sum(d["quiet"] for d in report["series"])
    government = next(s for s in summary["sides"] if s["id"] == "government")
    assert government["violations"] == 1 and government["quiet_days"] == summary["days_with_data"] - 1


def test_aggregates_by_party_and_place(filled: str, report: dict[str, Any]) -> None:
    with open_store(filled) as store:
        monitor = Monitor(store.db, get_truce(ta.TRUCE))
        parties = {b["key"]: b["count"] for b in monitor.aggregate("party", report["violations"])}
        places = monitor.aggregate("place", report["violations"])
    assert parties == {"government": 1, "opposition": 1, "us": 0, "unattributed": 1}
    assert places[0]["key"] == "Aleppo" and places[0]["count"] == 3 and places[0]["lat"] == 36.2


def test_minimum_sources_keeps_the_strike_two_outlets_told(filled: str) -> None:
    with open_store(filled) as store:
        found = Monitor(store.db, get_truce(ta.TRUCE), min_sources=2).violations()
    assert [v["sentence"] for v in found] == [ta.STRIKE_A]


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("نفى", "denial"),
        ("ونفت", "denial"),
        ("فاتهم", "accusation"),
        ("حملت", "accusation"),
        ("قال", "statement"),
    ],
)
def test_a_quotes_cue_makes_it_a_denial_an_accusation_or_a_statement(cue: str, kind: str) -> None:
    assert _quote_kind(cue) == kind


def test_the_cues_of_quote_kinds_keep_their_schema() -> None:
    assert table_problems(QUOTE_KINDS_FILE, LEXICON_TABLES[QUOTE_KINDS_FILE], frozenset()) == []
