"""``hadath truce report`` (CSV and JSON) and ``hadath truce watch`` over a store being filled."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from hadath.cli.app import app
from hadath.store import open_store
from hadath.truce.load import get_truce
from hadath.truce.watch import Watcher, alert_line

from . import articles as ta

runner = CliRunner()


def test_report_json_holds_everything(filled: str) -> None:
    result = runner.invoke(app, ["truce", "report", ta.TRUCE, "--db", filled, "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {"truce", "summary", "series", "violations", "accusations"}
    assert report["truce"]["id"] == ta.TRUCE and report["summary"]["violations"] == 3
    assert "3 reported violations (1 unattributed)" in result.stderr


def test_report_csv_tables(filled: str, tmp_path: Path) -> None:
    out = tmp_path / "v.csv"
    result = runner.invoke(app, ["truce", "report", ta.TRUCE, "--db", filled, "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["day"] for r in rows] == ["2016-09-18", "2016-09-19", "2016-09-22"]
    strike = rows[0]
    assert (strike["sides"], strike["sources"], strike["outlets"]) == (
        "government",
        "2",
        "agency.test; daily.test",
    )
    assert rows[2]["modality"] == "claimed" and rows[2]["accusations"]  # the denials linked to it
    series = runner.invoke(
        app, ["truce", "report", ta.TRUCE, "--db", filled, "-f", "csv", "--table", "series"]
    )
    days = list(csv.DictReader(io.StringIO(series.stdout)))
    assert len(days) == 20 and {"side_government", "side_opposition", "side_us", "quiet"} <= set(days[0])
    accusations = runner.invoke(
        app, ["truce", "report", ta.TRUCE, "--db", filled, "-f", "csv", "--table", "accusations"]
    )
    kinds = {r["kind"] for r in csv.DictReader(io.StringIO(accusations.stdout))}
    assert {"accusation", "denial"} <= kinds


def test_report_errors_are_one_line(filled: str, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["truce", "report", ta.TRUCE, "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such database file" in missing.stderr
    unknown = runner.invoke(app, ["truce", "report", "no-such-truce", "--db", filled])
    assert unknown.exit_code == 2 and "no such truce" in unknown.stderr
    bad = runner.invoke(app, ["truce", "report", ta.TRUCE, "--db", filled, "--format", "xml"])
    assert bad.exit_code == 2


def test_watch_tells_each_new_violation_once_across_restarts(empty_target: str, tmp_path: Path) -> None:
    truce = get_truce(ta.TRUCE)
    state = tmp_path / "watch.json"
    with open_store(empty_target) as store:
        store.save(ta.others())  # nothing in it is a violation
        assert Watcher(store.db, truce, state).poll() == []
        store.save(ta.strike_a())
        first = Watcher(store.db, truce, state).poll()  # a new process: the state file carries over
        assert [v["sentence"] for v in first] == [ta.STRIKE_A]
        store.save(ta.strike_b())  # the same strike from another outlet: a source, not an alert
        watcher = Watcher(store.db, truce, state)
        assert watcher.poll() == []
        store.save(ta.convoy())
        store.save(ta.claims())
        found = watcher.poll()
        assert [v["sentence"] for v in found] == [ta.CONVOY_S, ta.CLAIM_S]
        assert watcher.poll() == []
        assert Watcher(store.db, truce, state).poll() == []  # restarted: nothing twice
    assert "unattributed" in alert_line(found[0]) and "event=" in alert_line(found[0])


def test_watch_cli_once_and_new_only(empty_target: str, tmp_path: Path) -> None:
    with open_store(empty_target) as store:
        store.save(ta.strike_a())
    db = empty_target
    state = tmp_path / "cli.json"
    skipped = runner.invoke(
        app, ["truce", "watch", ta.TRUCE, "--db", db, "--once", "--new-only", "--state", str(state)]
    )
    assert skipped.exit_code == 0, skipped.output
    assert skipped.stdout == ""
    with open_store(empty_target) as store:
        store.save(ta.convoy())
    told = runner.invoke(
        app, ["truce", "watch", ta.TRUCE, "--db", db, "--once", "--json", "--state", str(state)]
    )
    (line,) = told.stdout.splitlines()
    assert json.loads(line)["sentence"] == ta.CONVOY_S
    again = runner.invoke(app, ["truce", "watch", ta.TRUCE, "--db", db, "--once", "--state", str(state)])
    assert again.stdout == ""
