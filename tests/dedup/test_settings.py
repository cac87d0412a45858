"""The deduplication settings file: the shipped one is sound, a broken one is one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.dedup.settings import default_settings, read_settings, settings_path
from hadath.errors import DataError
from hadath.kb.validate import dedup_settings_problems


def test_shipped_settings_are_valid() -> None:
    settings = default_settings()
    assert settings.rules[0].name == "same_copy"
    assert settings.copies.rows * settings.copies.bands == settings.copies.permutations
    assert dedup_settings_problems() == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("symmetric_types: [MEET]", "not PLOVER types"),
        ("window_days: -1", "window_days"),
        ("rules: []", "at least one rule"),
        ("colour: blue", "colour"),
    ],
)
def test_broken_settings_name_the_file(tmp_path: Path, change: str, message: str) -> None:
    key = change.split(":")[0]
    lines = settings_path().read_text(encoding="utf-8").splitlines()
    if key == "rules":
        lines = lines[: lines.index("rules:")]
    kept = [line for line in lines if not line.startswith(f"{key}:")]
    path = tmp_path / "dedup.yaml"
    path.write_text("\n".join([*kept, change]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as caught:
        read_settings(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_unreadable_settings_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        read_settings(tmp_path / "missing.yaml")
