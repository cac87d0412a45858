"""Shards: planning in ingest's order, and JSONL slices that read as the whole file reads."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from hadath.errors import ConfigError
from hadath.executors.shards import plan_shards, read_shard
from hadath.ingest import read_sources
from hadath.model import Article

TEXT = "التقى وزير الخارجية نظيره في العاصمة لبحث العلاقات الثنائية بين البلدين."
# Leading BOM and blank lines, a bad line, a record with an id, English, no text, indentation.
LINES = (
    "", "  ", json.dumps({"text": TEXT}, ensure_ascii=False), "{bad json", "",
    json.dumps({"id": "x7", "text": TEXT + " ثانيا"}, ensure_ascii=False),
    json.dumps({"text": "The minister met his counterpart in the capital today."}),
    json.dumps({"title": "بلا نص"}, ensure_ascii=False),
    "   " + json.dumps({"text": TEXT + " ثالثا"}, ensure_ascii=False),
    json.dumps({"text": TEXT + " رابعا"}, ensure_ascii=False),
)  # fmt: skip


def _key(item: object) -> tuple:
    if isinstance(item, Article):
        return ("article", item.doc_id, item.meta.get("line"), item.text)
    return ("rejected", item.path, item.reason)  # type: ignore[attr-defined]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
@pytest.mark.parametrize("lines_per_shard", [1, 2, 3, 4, 100])
def test_slices_read_as_the_whole_file(tmp_path: Path, name: str, lines_per_shard: int) -> None:
    path = _write(tmp_path / name, ("\ufeff" + "\n".join(LINES * 2) + "\n").encode())
    whole = [_key(x) for x in read_sources([str(path)])]
    shards = plan_shards([str(path)], lines_per_shard=lines_per_shard)
    assert [_key(x) for s in shards for x in read_shard(s)] == whole
    assert len(shards) > 1 or lines_per_shard == 100


def test_truncated_gzip_is_reported_once(tmp_path: Path) -> None:
    data = gzip.compress(("\n".join(LINES * 20) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    whole = [_key(x) for x in read_sources([str(path)])]
    sharded = [_key(x) for s in plan_shards([str(path)], lines_per_shard=5) for x in read_shard(s)]
    assert sharded == whole
    assert sum(1 for k in sharded if k[-1] == "truncated_gzip") == 1


def test_plan_follows_ingest_order_and_keeps_missing_inputs(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "notes.pdf", ".hidden.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    shards = plan_shards([str(tmp_path), str(tmp_path / "nowhere.txt")])
    assert [Path(s.path).name for s in shards] == ["a.html", "b.txt", "nowhere.txt"]
    assert [s.kind for s in shards] == ["file", "file", "missing"]
    assert [x.reason for x in read_shard(shards[-1])] == ["not_found"]
    assert len({s.key for s in shards}) == 3


def test_fsspec_urls_are_expanded_and_read(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("عنوان\n" + TEXT, encoding="utf-8")
    (tmp_path / "two.jsonl").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    shards = plan_shards([f"file://{tmp_path}"], lines_per_shard=3)
    local = [_key(x) for x in read_sources([str(tmp_path)])]
    remote = [_key(x) for s in shards for x in read_shard(s)]
    assert [k[0] for k in remote] == [k[0] for k in local]
    assert [k[-1] for k in remote if k[0] == "article"] == [k[-1] for k in local if k[0] == "article"]


def test_stdin_and_bad_slice_size_are_refused() -> None:
    with pytest.raises(ConfigError):
        plan_shards(["-"])
    with pytest.raises(ConfigError):
        plan_shards(["x.jsonl"], lines_per_shard=0)
