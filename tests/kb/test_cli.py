"""`hadath kb` wiring: exit codes and output of each command."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("وزير الخارجية الأميركي", "2016-09-20", "John Kerry"),
        ("وزير الخارجية الأميركي", "2018-06-01", "Mike Pompeo"),
        ("الرئيس الفرنسي", "2016-09-20", "François Hollande"),
        ("ولي العهد السعودي", "2018-06-01", "Mohammed bin Salman"),
        ("المبعوث الأممي إلى سوريا", "2016-09-20", "Staffan de Mistura"),
    ],
)
def test_cli_kb_lookup_resolves_roles_by_date(phrase: str, day: str, holder: str) -> None:
    result = runner.invoke(app, ["kb", "lookup", phrase, "--date", day])
    assert result.exit_code == 0, result.output
    office_row = result.output.splitlines()[0].split("\t")
    assert office_row[0] == "office"
    assert holder in office_row[-1]


def test_cli_kb_validate_prints_one_line_per_problem(write_layer: WriteLayer) -> None:
    long_id = "hd:per/" + "x" * 120
    overlay = write_layer({"actors/bad.yaml": BAD.replace("hd:per/test_person", long_id)})
    result = runner.invoke(app, ["kb", "validate", str(overlay)])
    [line] = [x for x in result.stdout.splitlines() if "ZZZ" in x]
    assert long_id in line and line.endswith("unknown country ZZZ")


def test_cli_kb_lookup_nothing() -> None:
    assert runner.invoke(app, ["kb", "lookup", "zzzzqqq"]).exit_code == 1


def test_cli_kb_stats() -> None:
    result = runner.invoke(app, ["kb", "stats"])
    assert result.exit_code == 0
    assert "actors" in result.output and "data hash" in result.output
    assert "aliases" in result.output and "compiled cache" in result.output


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
