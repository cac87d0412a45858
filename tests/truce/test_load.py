"""Truce records: the shipped ones, the days they count, bad files as one line, ``hadath truce add/list/validate``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from hadath.cli.app import app
from hadath.kb import load_kb
from hadath.truce.load import (
    SHIPPED_DIR,
    TruceError,
    add_truce,
    get_truce,
    load_truces,
    read_truce,
    truce_files,
)
from hadath.truce.schema import first_day, last_day

runner = CliRunner()

GOOD = {
    "id": "test-aleppo",
    "name": "Test truce around Aleppo",
    "start": "2016-09-12T19:00:00+03:00",
    "end": "2016-09-20",
    "area": {"places": [{"place": "170063", "radius_km": 30}]},
    "parties": [
        {"id": "government", "name": "Government", "members": ["hd:syr/army", "SYR MIL", "RUS MIL"]},
        {"id": "opposition", "name": "Opposition", "members": ["SYR REB"]},
    ],
    "exemptions": ["Q2429253"],
    "sources": [{"title": "Written for the tests", "date": "2016-09-09"}],
}


def write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    return path


def test_shipped_truces_load_and_name_their_sources() -> None:
    truces = load_truces()
    assert {"syria-us-russia-2016-09", "syria-coh-2016-02", "yemen-coalition-2015-07", "yemen-un-pause-2015-07",
            "yemen-truce-2015-05", "gaza-2014-08"} <= set(truces)  # fmt: skip
    for path in truce_files(SHIPPED_DIR):
        truce = read_truce(path, "shipped")
        assert path.stem == truce.id
        assert truce.record.sources and all(s.title for s in truce.record.sources)
        assert truce.origin == "shipped"


def test_shipped_truce_facts() -> None:
    sept = get_truce("syria-us-russia-2016-09")
    assert sept.record.announced == dt.date(2016, 9, 9)
    days = (sept.scope.first_day, sept.scope.last_day)
    assert days == ("2016-09-13", "2016-10-02")  # from sunset on the 12th
    assert {"Q2429253", "hd:syr/jabhat_fatah_al_sham"} <= sept.scope.exempt.ids
    yemen = get_truce("yemen-coalition-2015-07")
    assert (yemen.scope.first_day, yemen.scope.last_day) == ("2015-07-27", "2015-07-31")
    assert get_truce("syria-coh-2016-02").scope.last_day is None  # open-ended


def test_shipped_party_members_exist_in_the_knowledge_base() -> None:
    kb = load_kb()
    for truce in load_truces().values():
        for member in (m for side in truce.record.parties for m in side.members):
            if ":" in member or member.startswith("Q"):
                assert member in kb.actors, (truce.id, member)


@pytest.mark.parametrize(
    ("start", "day"),
    [
        (dt.datetime(2015, 7, 26, 23, 59), dt.date(2015, 7, 27)),
        (dt.datetime(2015, 8, 12, 6, 0), dt.date(2015, 8, 12)),
        (dt.datetime(2016, 2, 27, 0, 0), dt.date(2016, 2, 27)),
        (dt.date(2016, 2, 27), dt.date(2016, 2, 27)),
    ],
)
def test_first_day_counts_days_the_truce_held_most_of(start: dt.date, day: dt.date) -> None:
    assert first_day(start) == day


@pytest.mark.parametrize(
    ("end", "day"),
    [
        (dt.datetime(2015, 7, 31, 23, 59), dt.date(2015, 7, 31)),
        (dt.datetime(2016, 10, 3, 0, 0), dt.date(2016, 10, 2)),
        (dt.date(2016, 9, 20), dt.date(2016, 9, 20)),
        (None, None),
    ],
)
def test_last_day(end: dt.date | None, day: dt.date | None) -> None:
    assert last_day(end) == day


def test_a_user_truce_is_read_and_resolved(tmp_path: Path) -> None:
    truce = read_truce(write(tmp_path, "t.yaml", GOOD))
    assert truce.scope.first_day == "2016-09-13" and truce.scope.last_day == "2016-09-20"
    (circle,) = truce.scope.circles
    assert circle.name == "Aleppo" and circle.radius_km == 30
    assert truce.scope.area_countries is None  # a radius may cross a border: no country shortcut


BAD_CASES = {
    "unknown_field": ({**GOOD, "colour": "red"}, "colour"),
    "bad_pattern": ({**GOOD, "exemptions": ["SYRIA REB"]}, "neither an actor id"),
    "unknown_actor": ({**GOOD, "exemptions": ["hd:syr/no_such_group"]}, "no actor 'hd:syr/no_such_group'"),
    "end_before_start": ({**GOOD, "end": "2016-09-01"}, "end is not after start"),
    "exempt_member": ({**GOOD, "exemptions": ["SYR REB"]}, "exempted and a member"),
    "no_area": ({**GOOD, "area": {}}, "the area needs"),
    "unknown_place": ({**GOOD, "area": {"places": [{"place": "999999999", "radius_km": 5}]}}, "no place"),
    "not_admin1": ({**GOOD, "area": {"admin1": ["170063"]}}, "not a first-level unit"),
    "flat_polygon": ({**GOOD, "area": {"polygons": [[[36, 35], [37, 36]]]}}, "three distinct"),
    "no_sources": ({k: v for k, v in GOOD.items() if k != "sources"}, "sources"),
    "not_yaml": ("id: [unclosed\n", "not YAML"),
    "a_list": ("- 1\n- 2\n", "one mapping"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_a_bad_truce_file_is_one_line_naming_file_and_reason(tmp_path: Path, case: str) -> None:
    data, reason = BAD_CASES[case]
    path = write(tmp_path, f"{case}.yaml", data)
    with pytest.raises(TruceError) as caught:
        read_truce(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_add_copies_a_checked_file_and_a_user_truce_replaces_a_shipped_one(
    tmp_path: Path, truce_dir: Path
) -> None:
    target = add_truce(write(tmp_path, "mine.yaml", GOOD))
    assert target == truce_dir / "test-aleppo.yaml"
    assert load_truces()["test-aleppo"].origin == "user"
    with pytest.raises(TruceError, match="already added"):
        add_truce(write(tmp_path, "again.yaml", GOOD))
    shipped = get_truce("syria-us-russia-2016-09")
    override = yaml.safe_load(shipped.path.read_text(encoding="utf-8"))
    override["end"] = "2016-09-19T19:00:00+03:00"  # end it when the Syrian army declared it over
    add_truce(write(tmp_path, "override.yaml", override))
    replaced = get_truce("syria-us-russia-2016-09")
    assert replaced.origin == "user" and replaced.scope.last_day == "2016-09-19"


def test_cli_add_list_show_validate(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", GOOD)
    result = runner.invoke(app, ["truce", "add", str(good)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["truce", "list"])
    assert listed.exit_code == 0
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines()}
    days, area, sides, origin = rows["test-aleppo"][1:5]
    assert (days, area, sides, origin) == (
        "2016-09-13..2016-09-20",
        "Aleppo +30 km",
        "government,opposition",
        "user",
    )
    assert rows["yemen-coalition-2015-07"][4] == "shipped"
    shown = runner.invoke(app, ["truce", "show", "test-aleppo"])
    assert '"first_day": "2016-09-13"' in shown.stdout
    checked = runner.invoke(app, ["truce", "validate", str(good)])
    assert checked.exit_code == 0 and "ok (test-aleppo" in checked.stdout


def test_cli_add_of_a_bad_file_is_one_line_and_no_traceback(tmp_path: Path, truce_dir: Path) -> None:
    bad = write(tmp_path, "bad.yaml", {**GOOD, "exemptions": ["hd:syr/no_such_group"]})
    result = runner.invoke(app, ["truce", "add", str(bad)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    (line,) = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert str(bad) in line and "no actor 'hd:syr/no_such_group'" in line
    assert not truce_dir.exists() or not list(truce_dir.iterdir())
    missing = runner.invoke(app, ["truce", "add", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "cannot read" in missing.stderr


def test_cli_unknown_truce(tmp_path: Path) -> None:
    result = runner.invoke(app, ["truce", "show", "no-such-truce"])
    assert result.exit_code == 2
    assert "no-such-truce: no such truce" in result.stderr
