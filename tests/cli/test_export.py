"""``hadath export``: formats, filters, files and stdout, and its one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from hadath.cli.app import app
from hadath.model import Actor, Article, Event
from hadath.store import open_store

TEXT = "اعتقلت الشرطة ثلاثة أشخاص في الرياض بعد احتجاج أمام الوزارة."

runner = CliRunner()


def _article(doc_id: str, event_type: str, cameo: str, date: str) -> Article:
    start = TEXT.index("اعتقلت")
    event = Event(
        sentence_start=0, sentence_end=len(TEXT), trigger_start=start, trigger_end=start + 6, trigger="اعتقلت",
        event_type=event_type, cameo=cameo, sentence=TEXT, date=date,
        actor=[Actor(TEXT.index("الشرطة"), TEXT.index("الشرطة") + 6, "الشرطة", entity="police", country="SAU",
                     sector="COP")],
    )  # fmt: skip
    return Article(doc_id=doc_id, text=f"{TEXT} {doc_id}", published=date, events=[event])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "h.db"
    with open_store(path) as store:
        store.save(_article("a", "COERCE", "173", "2015-01-10"))
        store.save(_article("b", "PROTEST", "141", "2015-02-10"))
    return path


def test_export_plover_to_stdout(db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "plover-json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["event"] for r in records] == [["COERCE"], ["PROTEST"]]
    assert "2 events written to stdout" in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--type", "PROTEST"], ["b"]),
        (["--date-from", "2015-02-01"], ["b"]),
        (["--date-to", "2015-01-31"], ["a"]),
        (["--actor", "Police"], ["a", "b"]),
        (["--actor-country", "SAU", "--type", "COERCE"], ["a"]),
        (["--country", "SAU"], []),
        (["--q", "بالرياض"], ["a", "b"]),
    ],
)
def test_export_filters(db: Path, tmp_path: Path, args: list[str], expected: list[str]) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["doc_id"] for r in rows] == expected


def test_export_parquet_and_tsv_files(db: Path, tmp_path: Path) -> None:
    parquet, tsv = tmp_path / "out" / "e.parquet", tmp_path / "e.tsv"
    assert runner.invoke(app, ["export", "--db", str(db), "-f", "parquet", "-o", str(parquet)]).exit_code == 0
    assert pq.read_table(parquet).num_rows == 2
    assert runner.invoke(app, ["export", "--db", str(db), "-f", "cameo-tsv", "-o", str(tsv)]).exit_code == 0
    header, first, _ = tsv.read_text(encoding="utf-8").splitlines()
    assert header.startswith("EventID\tDate")
    assert "\tSAUCOP\t" in first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml", "--db", "{db}"], "choose one of"),
        (["--format", "csv", "--db", "{tmp}/missing.db"], "missing.db: no such database file"),
    ],
)
def test_export_errors_exit_2(db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", *(a.format(tmp=tmp_path, db=db) for a in args)])
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert not (tmp_path / "missing.db").exists()  # no empty store left behind
