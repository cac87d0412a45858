from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hadath.eval import evaluate
from hadath.eval.gold import parse_record, read_gold
from hadath.eval.score import LEVELS, PRF, score

from .records import MEETING, STRIKE, TEXT, arg, event, gold_record

GOLD_FILE = Path(__file__).resolve().parents[1] / "gold" / "gold.jsonl"


def run(system: dict[str, Any] | None, gold: dict[str, Any] | None = None) -> dict[str, Any]:
    """Score one system record (None: no output) against one gold record, as JSON."""
    gold = gold or gold_record()
    gold_docs = {gold["doc_id"]: parse_record(gold)}
    sys_docs = {system["doc_id"]: parse_record(system, strict=False)} if system else {}
    return score(gold_docs, sys_docs).to_dict()


def system_from_gold(**events: Any) -> dict[str, Any]:
    record = copy.deepcopy(gold_record())
    record.update(events)
    return record


def test_perfect_system_scores_one_everywhere() -> None:
    out = run(gold_record())
    for key in (*LEVELS, "quotes", "entities", "entities_untyped"):
        if out[key]["gold"]:
            assert (out[key]["p"], out[key]["r"], out[key]["f1"]) == (1.0, 1.0, 1.0), key
    assert out["location_acc161"] == {"acc": 1.0, "n": 2}
    assert out["date_acc"] == {"acc": 1.0, "n": 1}
    assert out["articles"] == {"gold": 1, "with_output": 1}


def test_shipped_gold_set_scores_one_against_itself() -> None:
    out = evaluate(GOLD_FILE, GOLD_FILE).to_dict()
    assert all(out[level]["f1"] == 1.0 for level in LEVELS)
    assert out["quotes"]["f1"] == out["entities"]["f1"] == 1.0


def test_missing_article_predicts_nothing() -> None:
    out = run(None)
    assert out["type"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 2}
    assert out["entities"]["gold"] == 3
    assert out["articles"] == {"gold": 1, "with_output": 0}
    assert out["per_article"][0]["has_output"] is False


def test_empty_system_has_zero_recall() -> None:
    out = run({"doc_id": "t1", "events": [], "quotes": [], "entities": []})
    assert out["type"]["r"] == 0.0 and out["type"]["gold"] == 2
    assert out["articles"]["with_output"] == 1


def test_type_mismatch_is_no_match() -> None:
    out = run(system_from_gold(events=[event(MEETING, "AGREE", [arg("فيصل المقداد")])]))
    assert out["type"]["tp"] == 0 and out["type"]["pred"] == 1
    assert out["per_type"]["AGREE"]["type"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 1, "gold": 0}
    assert out["per_type"]["CONSULT"]["type"]["gold"] == 1


def test_each_system_event_matches_at_most_one_gold_event() -> None:
    gold = gold_record()
    gold["events"].append(event(STRIKE, "ASSAULT"))  # the same strike annotated twice
    out = run({"doc_id": "t1", "events": [event(STRIKE, "ASSAULT")]}, gold)
    assert out["type"]["tp"] == 1 and out["type"]["gold"] == 3


def test_sentence_by_offsets_and_partial_sentence_match() -> None:
    start = TEXT.index(STRIKE)
    half = {"sentence_start": start, "sentence_end": start + len(STRIKE) // 2 + 2, "event_type": "ASSAULT"}
    out = run({"doc_id": "t1", "events": [half]})
    assert out["type"]["tp"] == 1


def test_whole_article_as_sentence_is_too_long() -> None:
    gold = gold_record()
    gold["text"] = TEXT + "\n" + "وتابع المراسل تغطية الأحداث في المنطقة الشمالية. " * 8
    gold["events"] = [event(MEETING, "CONSULT")]
    whole = {"sentence_start": 0, "sentence_end": len(gold["text"]), "event_type": "CONSULT"}
    assert len(gold["text"]) > len(MEETING) + 300
    assert run({"doc_id": "t1", "events": [whole]}, gold)["type"]["tp"] == 0


@pytest.mark.parametrize(
    ("actor", "matched"),
    [
        ([arg("", "Russian Armed Forces")], True),  # same entity
        ([arg("", "Russian Aerospace Forces", "RUS", "MIL")], True),  # country + sector
        ([arg("", "Russian Aerospace Forces", "RUS", "GOV")], False),  # sector differs
        ([arg("طائرات حربية")], True),  # span overlap (the shorter one is inside)
        ([arg("مدنيين", "civilians", "SYR", "CVL")], False),  # the victims, not the perpetrator
        ([], False),
    ],
)
def test_type_plus_actor_level(actor: list[dict[str, str]], matched: bool) -> None:
    out = run({"doc_id": "t1", "events": [event(STRIKE, "ASSAULT", actor)]})
    assert out["type"]["tp"] == 1
    assert out["type+actor"]["tp"] == int(matched)
    assert out["per_type"]["ASSAULT"]["type+actor"]["tp"] == int(matched)


def test_gold_event_without_actor_accepts_any_actor() -> None:
    gold = gold_record()
    gold["events"] = [event(STRIKE, "ASSAULT")]
    out = run(
        {"doc_id": "t1", "events": [event(STRIKE, "ASSAULT", [arg("أي أحد", "Somebody", "ZZZ", "CRM")])]},
        gold,
    )
    assert out["type+actor+recipient"]["tp"] == 1


def test_recipient_level_needs_the_recipient_too() -> None:
    ev = event(STRIKE, "ASSAULT", [arg("طائرات حربية روسية")], [arg("بلدة")])
    out = run({"doc_id": "t1", "events": [ev]})
    assert (out["type"]["tp"], out["type+actor"]["tp"], out["type+actor+recipient"]["tp"]) == (1, 1, 0)


@pytest.mark.parametrize(
    ("lat", "lon", "right"),
    [
        (35.93, 36.63, True),
        (36.20, 37.16, True),  # Aleppo: about 60 km from the Idlib point
        (33.51, 36.29, False),  # Damascus: about 270 km away
        (None, None, False),  # no coordinates
    ],
)
def test_location_within_161_km(lat: float | None, lon: float | None, right: bool) -> None:
    loc = {"text": "x", "lat": lat, "lon": lon} if lat is not None else None
    out = run({"doc_id": "t1", "events": [event(STRIKE, "ASSAULT", location=loc)]})
    assert out["location_acc161"] == {"acc": 1.0 if right else 0.0, "n": 1}


@pytest.mark.parametrize(("date", "right"), [("2021-10-10", True), ("2021-10-10T08:00:00", True),
                                             ("2021-10-09", False), (None, False)])  # fmt: skip
def test_date_is_the_calendar_day(date: str | None, right: bool) -> None:
    out = run({"doc_id": "t1", "events": [event(MEETING, "CONSULT", date=date)]})
    assert out["date_acc"] == {"acc": 1.0 if right else 0.0, "n": 1}


def test_location_and_date_only_among_type_matches() -> None:
    far = {"text": "x", "lat": 0.0, "lon": 0.0}
    out = run({"doc_id": "t1", "events": [event(MEETING, "AGREE", location=far, date="2021-10-10")]})
    assert out["location_acc161"] == {"acc": None, "n": 0}
    assert out["date_acc"] == {"acc": None, "n": 0}


QUOTE_TEXT = "وقال المتحدث باسم الوزارة أحمد الصحاف إن الوزير سيزور موسكو الشهر المقبل لبحث الملفات العالقة."
CONTENT = "الوزير سيزور موسكو الشهر المقبل لبحث الملفات العالقة"
SPEAKER = arg("أحمد الصحاف", "Ahmad al-Sahhaf", "IRQ", "GOV")


def quote_gold() -> dict[str, Any]:
    return {"doc_id": "q1", "text": QUOTE_TEXT, "events": [], "entities": [],
            "quotes": [{"speaker": SPEAKER, "cue": "قال", "content": CONTENT, "direct": False}]}  # fmt: skip


@pytest.mark.parametrize(
    ("content", "speaker", "matched"),
    [
        (CONTENT, SPEAKER, True),
        ("الوزير سيزور موسكو", arg("الصحاف"), True),  # a part of the content; speaker by span
        (CONTENT, arg("", "", "IRQ", "GOV"), True),  # speaker by country + sector
        (CONTENT, arg("المتحدث", "Someone else", "IRQ", "MIL"), False),
        ("لبحث الملفات العالقة.", SPEAKER, True),  # the shorter span is inside
        ({"start": 0, "end": 30}, SPEAKER, False),  # the wrong words
        (CONTENT, None, False),
    ],
)
def test_quotes(content: Any, speaker: dict[str, str] | None, matched: bool) -> None:
    system = {"doc_id": "q1", "quotes": [{"speaker": speaker, "content": content}]}
    out = run(system, quote_gold())["quotes"]
    assert out["tp"] == int(matched) and out["pred"] == 1 and out["gold"] == 1


def test_gold_quote_without_speaker_never_matches() -> None:
    gold = quote_gold()
    gold["quotes"][0]["speaker"] = None
    out = run({"doc_id": "q1", "quotes": [{"speaker": SPEAKER, "content": CONTENT}]}, gold)
    assert out["quotes"]["tp"] == 0


def test_entities_typed_untyped_and_distinct() -> None:
    system = {"doc_id": "t1", "entities": [
        {"text": "دمشق", "type": "GPE"},
        {"text": "دمشق", "type": "GPE"},  # a repetition counts once
        {"text": "فيصل المقداد", "type": "ORG"},  # right text, wrong type
        {"text": "ريف ادلب", "type": "LOC"},  # alef variant: normalized away
        {"text": "حلب", "type": "GPE"},
    ]}  # fmt: skip
    out = run(system)
    assert out["entities"] == {"p": 0.5, "r": 0.667, "f1": 0.571, "tp": 2, "pred": 4, "gold": 3}
    assert out["entities_untyped"]["tp"] == 3


def test_per_article_counts_and_totals_add_up() -> None:
    gold2 = gold_record() | {"doc_id": "t2"}
    gold_docs = {d["doc_id"]: parse_record(d) for d in (gold_record(), gold2)}
    sys_docs = {"t1": parse_record(gold_record(), strict=False)}
    result = score(gold_docs, sys_docs)
    rows = result.to_dict()["per_article"]
    assert [(r["doc_id"], r["gold_events"], r["pred_events"], r["tp_type"]) for r in rows] == [
        ("t1", 2, 2, 2), ("t2", 2, 0, 0),
    ]  # fmt: skip
    assert result.levels["type"] == PRF(tp=2, pred=2, gold=4)
    assert result.to_dict(per_article=False).keys() >= {"per_type", "articles"}
    assert "per_article" not in result.to_dict(per_article=False)


def test_prf_arithmetic() -> None:
    prf = PRF(tp=3, pred=4, gold=6)
    assert (prf.precision, prf.recall) == (0.75, 0.5)
    assert prf.f1 == pytest.approx(0.6)
    assert PRF().f1 == 0.0
    assert (prf + PRF(1, 1, 1)) == PRF(4, 5, 7)


def test_system_articles_not_in_gold_are_ignored(write_jsonl: Callable[..., Path]) -> None:
    gold = write_jsonl("g.jsonl", [gold_record()])
    system = write_jsonl("s.jsonl", [gold_record(), gold_record() | {"doc_id": "other"}])
    out = evaluate(gold, system).to_dict()
    assert out["type"]["pred"] == 2 and out["articles"]["gold"] == 1
    assert read_gold(gold).keys() == {"t1"}
