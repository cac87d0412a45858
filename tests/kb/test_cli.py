"""`hadath kb` wiring: exit codes and output of each command."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from hadath.cli.kb import app as kb_app

from .conftest import WriteLayer

runner = CliRunner()
app = typer.Typer()
app.add_typer(kb_app, name="kb")

GOOD = "- {id: hd:per/test_person, name: Test Person, type: PER, country: SYR, sector: GOV, names: [شخص للاختبار]}\n"
BAD = "- {id: hd:per/test_person, name: Test Person, type: PER, country: ZZZ, names: [شخص للاختبار]}\n"


def test_cli_kb_validate_shipped() -> None:
    result = runner.invoke(app, ["kb", "validate"])
    assert result.exit_code == 0, result.output


def test_cli_kb_validate_bad_overlay(write_layer: WriteLayer) -> None:
    overlay = write_layer({"actors/bad.yaml": BAD})
    result = runner.invoke(app, ["kb", "validate", str(overlay)])
    assert result.exit_code == 1
    assert "unknown country ZZZ" in result.output


def test_cli_kb_lookup_role_on_date() -> None:
    result = runner.invoke(app, ["kb", "lookup", "وزير الخارجية الأمريكي", "--date", "2016-09-20"])
    assert result.exit_code == 0, result.output
    assert "John Kerry" in result.output


def test_cli_kb_lookup_nothing() -> None:
    assert runner.invoke(app, ["kb", "lookup", "zzzzqqq"]).exit_code == 1


def test_cli_kb_stats() -> None:
    result = runner.invoke(app, ["kb", "stats"])
    assert result.exit_code == 0
    assert "actors" in result.output and "data hash" in result.output


def test_cli_kb_add_validates_then_copies(tmp_path: Path) -> None:
    good, bad, overlay = tmp_path / "good.yaml", tmp_path / "bad.yaml", tmp_path / "overlay"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    result = runner.invoke(app, ["kb", "add", str(bad), "--to", str(overlay)])
    assert result.exit_code == 1
    assert not (overlay / "actors" / "bad.yaml").exists()
    result = runner.invoke(app, ["kb", "add", str(good), "--to", str(overlay)])
    assert result.exit_code == 0, result.output
    assert (overlay / "actors" / "good.yaml").read_text(encoding="utf-8") == GOOD
