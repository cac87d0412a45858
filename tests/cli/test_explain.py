"""``hadath explain-cluster``: why mentions were merged and neighbours kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hadath.cli.app import app
from hadath.store import open_store

from ..store.test_clusters import ALEPPO, DAMASCUS, SHELLING, STRIKE, STRIKE_RETOLD, report

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "h.db"
    with open_store(path) as store:
        store.save(report("a", "outlet-a", STRIKE, "قصفت", place=ALEPPO))
        store.save(report("b", "outlet-b", STRIKE_RETOLD, "استهدفت", tail="وأكد شهود وقوع انفجارات متتالية."))
        # Same day, same type, same actor, but far away: compared and kept apart.
        store.save(report("c", "outlet-c", SHELLING.replace("سقطت", "قصفت روسية"), "قصفت", place=DAMASCUS,
                          tail="ولم تعلن أي جهة مسؤوليتها."))  # fmt: skip
    return path


def test_explains_merges_and_what_was_kept_apart(db: Path) -> None:
    result = runner.invoke(app, ["explain-cluster", "1", "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2 mentions in 2 articles, 2 independent sources" in out
    assert "founded the cluster" in out
    assert "by shared_participant" in out and "shared russia" in out
    assert "kept apart from" in out and "km apart" in out


def test_json_report(db: Path) -> None:
    result = runner.invoke(app, ["explain-cluster", "1", "--db", str(db), "--json"])
    data = json.loads(result.stdout)
    assert data["cluster"]["mentions"] == 2
    assert data["mentions"][1]["link"]["rule"] == "shared_participant"


def test_unknown_cluster_and_missing_store_are_one_line(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["explain-cluster", "99", "--db", str(db)])
    assert result.exit_code == 2 and "no cluster 99" in result.stderr
    result = runner.invoke(app, ["explain-cluster", "1", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 2 and "no such database file" in result.stderr
