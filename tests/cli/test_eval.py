"""Wiring of ``hadath eval``: options, exit codes and what goes to stdout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from hadath.cli.app import app
from hadath.errors import DataError

TEXT = "الرياض - واس\nاستقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم وزير الخارجية الأميركي."
SENTENCE = TEXT.split("\n")[1]
GOLD = {
    "doc_id": "c1", "published": "2022-07-15", "text": TEXT,
    "events": [{"sentence": SENTENCE, "trigger": "استقبل", "event_type": "CONSULT", "cameo": "043",
                "actor": [{"text": "محمد بن سلمان", "entity": "Mohammed bin Salman", "country": "SAU", "sector": "GOV"}],
                "recipient": [], "location": None, "date": "2022-07-15"}],
    "quotes": [], "entities": [{"text": "محمد بن سلمان", "type": "PER", "entity": "Mohammed bin Salman"}],
}  # fmt: skip
SYSTEM = {"doc_id": "c1", "events": [dict(GOLD["events"][0], event_type="AGREE")],
          "entities": GOLD["entities"]}  # fmt: skip

runner = CliRunner()


def _write(path: Path, record: dict[str, Any]) -> Path:
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_eval_json(tmp_path: Path) -> None:
    gold, system = _write(tmp_path / "g.jsonl", GOLD), _write(tmp_path / "s.jsonl", SYSTEM)
    result = runner.invoke(app, ["eval", str(gold), "--system", str(system), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["type"]["tp"] == 0 and out["type"]["pred"] == 1
    assert out["entities"]["f1"] == 1.0
    assert out["per_type"]["AGREE"]["type"]["pred"] == 1


def test_eval_tables(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", GOLD)
    result = runner.invoke(app, ["eval", str(gold), "--system", str(gold), "--per-article"])
    assert result.exit_code == 0, result.output
    assert "Events" in result.stdout and "Per event type" in result.stdout and "c1" in result.stdout
    assert "1.000" in result.stdout


def test_eval_bad_gold_line_is_a_data_error(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--system", str(gold)])
    assert result.exit_code != 0
    assert isinstance(result.exception, DataError)
    assert str(result.exception) == f"{gold}:1: text: missing (an offsets-only gold file needs --corpus)"


def _corpus_and_offsets(tmp_path: Path) -> tuple[Path, Path]:
    """A one-article corpus and GOLD in offsets-only form (no text), as bench/gold keeps it."""
    corpus = tmp_path / "corpus.jsonl"
    _write(corpus, {"id": "c1", "title": "", "text": TEXT, "published": "2022-07-15"})
    start = TEXT.index(SENTENCE)
    trigger, actor = TEXT.index("استقبل"), TEXT.index("محمد بن سلمان")
    span = [actor, actor + len("محمد بن سلمان")]
    event = dict(GOLD["events"][0], sentence=[start, len(TEXT)], trigger=[trigger, trigger + len("استقبل")])
    event["actor"] = [dict(event["actor"][0], text=span)]
    offsets = {k: v for k, v in GOLD.items() if k != "text"}
    offsets |= {"events": [event], "entities": [dict(GOLD["entities"][0], text=span)]}
    return corpus, _write(tmp_path / "offsets.jsonl", offsets)


def test_eval_joins_an_offsets_only_gold_file_with_its_corpus(tmp_path: Path) -> None:
    corpus, offsets = _corpus_and_offsets(tmp_path)
    system = _write(tmp_path / "s.jsonl", GOLD)
    result = runner.invoke(
        app, ["eval", str(offsets), "--system", str(system), "--corpus", str(corpus), "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["type+actor"]["f1"] == 1.0 and out["entities"]["f1"] == 1.0


def test_eval_offsets_only_gold_outside_its_corpus_is_one_line(tmp_path: Path) -> None:
    _, offsets = _corpus_and_offsets(tmp_path)
    other = _write(tmp_path / "other.jsonl", {"id": "c2", "title": "", "text": TEXT})
    result = runner.invoke(app, ["eval", str(offsets), "--system", str(offsets), "--corpus", str(other)])
    assert result.exit_code != 0
    assert str(result.exception) == f"{offsets}:1: doc id 'c1' is not in {other}"


def test_eval_refuses_system_with_save_system(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", GOLD)
    result = runner.invoke(
        app, ["eval", str(gold), "--system", str(gold), "--save-system", str(tmp_path / "o")]
    )
    assert result.exit_code == 2
