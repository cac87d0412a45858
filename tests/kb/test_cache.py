"""The compiled knowledge cache: where it lives, hits, invalidation, corruption, no cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.kb import cache as kb_cache
from hadath.kb import load as kb_load
from hadath.kb.index import Candidate
from hadath.kb.load import load_layers
from hadath.kb.names import build_alias_index

from .conftest import WriteLayer

ACTORS = """
- {id: hd:per/first_person, name: First Person, type: PER, names: [رجل الاختبار]}
- {id: hd:org/test_group, name: Test Group, type: ORG, names: [جماعة الاختبار]}
"""


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache directory for this test."""
    home = tmp_path / "cache"
    monkeypatch.setenv(kb_cache.CACHE_ENV, str(home))
    return home


def _entries(home: Path, name: str) -> list[Path]:
    return sorted(home.glob(f"{name}-*.pickle"))


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise AssertionError("parsed although the cache holds this data")

    monkeypatch.setattr(kb_load, "_parse_sources", fail)


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(kb_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert kb_cache.cache_dir() == tmp_path / "xdg" / "hadath"
    monkeypatch.setenv(kb_cache.CACHE_ENV, str(tmp_path / "mine"))
    assert kb_cache.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv(kb_cache.CACHE_ENV, "off")
    assert kb_cache.cache_dir() is None


def test_second_load_comes_from_the_cache(
    write_layer: WriteLayer, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layer = write_layer({"actors/a.yaml": ACTORS})
    first = load_layers([str(layer)])
    assert len(_entries(cache_home, "kb")) == 1
    _no_parsing(monkeypatch)
    again = load_layers([str(layer)])
    assert again.actors == first.actors
    assert again.data_hash == first.data_hash
    assert again.lexicon == first.lexicon


def test_changed_or_added_file_is_never_served_stale(write_layer: WriteLayer, cache_home: Path) -> None:
    layer = write_layer({"actors/a.yaml": ACTORS})
    load_layers([str(layer)])
    (layer / "actors" / "a.yaml").write_text(ACTORS.replace("First Person", "Renamed"), encoding="utf-8")
    assert load_layers([str(layer)]).actors["hd:per/first_person"].name == "Renamed"
    overlay = write_layer({"actors/b.yaml": "- {id: hd:per/other, name: Other, type: PER, names: [آخر]}\n"})
    assert "hd:per/other" in load_layers([str(layer), str(overlay)]).actors
    assert len(_entries(cache_home, "kb")) == 3


def test_changed_code_changes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = kb_cache.cache_key("kb", "data")
    monkeypatch.setattr(kb_cache, "code_version", lambda: "another version")
    assert kb_cache.cache_key("kb", "data") != before


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05\x95truncated"])
def test_corrupt_cache_file_is_ignored_and_rebuilt(
    write_layer: WriteLayer, cache_home: Path, garbage: bytes
) -> None:
    layer = write_layer({"actors/a.yaml": ACTORS})
    first = load_layers([str(layer)])
    [entry] = _entries(cache_home, "kb")
    entry.write_bytes(garbage)
    assert load_layers([str(layer)]).actors == first.actors
    assert entry.stat().st_size > len(garbage)  # rewritten whole


def test_entry_of_another_key_is_a_miss(cache_home: Path) -> None:
    kb_cache.write_entry("thing", "key-one", 1)
    [entry] = _entries(cache_home, "thing")
    entry.rename(entry.with_name("thing-key-two.pickle"))
    assert kb_cache.read_entry("thing", "key-two") is None


def test_unwritable_cache_falls_back_to_no_cache(
    write_layer: WriteLayer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(kb_cache.CACHE_ENV, str(blocker / "cache"))
    layer = write_layer({"actors/a.yaml": ACTORS})
    assert "hd:per/first_person" in load_layers([str(layer)]).actors


def test_cache_off_writes_nothing(
    write_layer: WriteLayer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(kb_cache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_layers([str(write_layer({"actors/a.yaml": ACTORS}))])
    assert not (tmp_path / "xdg").exists()


def test_writes_leave_no_temporary_files_and_old_entries_are_pruned(cache_home: Path) -> None:
    for i in range(kb_cache.KEEP_PER_NAME + 3):
        kb_cache.write_entry("thing", f"key{i:02d}", i)
    assert len(_entries(cache_home, "thing")) == kb_cache.KEEP_PER_NAME
    assert not list(cache_home.glob(".*tmp"))


def test_alias_index_is_cached_with_the_same_matches(
    write_layer: WriteLayer, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hadath.kb import names

    kb = load_layers([str(write_layer({"actors/a.yaml": ACTORS}))])
    built = build_alias_index(kb)
    assert len(_entries(cache_home, "aliases")) == 1
    monkeypatch.setattr(names, "_build_alias_index", lambda _: pytest.fail("rebuilt"))
    again = build_alias_index(kb)
    assert len(again) == len(built)
    assert again.lookup("جماعة الاختبار") == [Candidate("actor", "hd:org/test_group", "ORG")]
