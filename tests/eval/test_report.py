from __future__ import annotations

import json

from rich.console import Console

from hadath.eval.gold import parse_record
from hadath.eval.report import print_report, to_json
from hadath.eval.score import EvalResult, score

from .records import gold_record


def _result() -> EvalResult:
    gold = {"t1": parse_record(gold_record())}
    system = {"t1": parse_record({"doc_id": "t1", "events": gold_record()["events"][:1]}, strict=False)}
    return score(gold, system)


def _render(result: EvalResult, **kw: bool) -> str:
    console = Console(record=True, width=200)
    print_report(result, console, **kw)
    return console.export_text()


def test_tables_show_every_section_and_number() -> None:
    text = _render(_result())
    for heading in ("Events", "Location and date", "Quotes and entities", "Per event type"):
        assert heading in text
    assert "type+actor+recipient" in text
    assert "CONSULT" in text and "ASSAULT" in text
    assert "1.000" in text and "0.500" in text  # precision 1/1, recall 1/2
    assert "Per article" not in text


def test_per_article_table_on_request() -> None:
    text = _render(_result(), per_article=True)
    assert "Per article" in text and "t1" in text


def test_empty_result_renders() -> None:
    text = _render(EvalResult())
    assert "0 gold" in text and "-" in text


def test_json_has_the_reference_keys_and_more() -> None:
    out = json.loads(to_json(_result()))
    assert out["type"] == {"p": 1.0, "r": 0.5, "f1": 0.667, "tp": 1, "pred": 1, "gold": 2}
    assert out["location_acc161"] == {"acc": 1.0, "n": 1}
    assert set(out) >= {"type+actor", "type+actor+recipient", "date_acc", "quotes", "entities",
                        "entities_untyped", "articles", "per_type", "per_article"}  # fmt: skip
    assert out["per_type"]["ASSAULT"]["type"]["gold"] == 1
