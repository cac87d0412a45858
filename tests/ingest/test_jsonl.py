from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from hadath.errors import ConfigError
from hadath.ingest import FieldMap, Rejected
from hadath.ingest.jsonl import read_jsonl
from hadath.model import Article

from .conftest import BODY, PARAGRAPHS, TITLE

LIMIT = 1 << 20
Write = Callable[[str, bytes | str], Path]


def record(n: int, **extra: object) -> str:
    fields = {"id": f"doc-{n}", "title": TITLE, "text": PARAGRAPHS[n % 3], "published": "2016-09-20"}
    fields.update(extra)
    return json.dumps(fields, ensure_ascii=False)


def summary(results: list[Article | Rejected]) -> list[str]:
    return [r.doc_id if isinstance(r, Article) else f"{r.path.rsplit('/', 1)[1]} {r.reason}" for r in results]


def test_jsonl_bad_line_is_rejected_and_reading_goes_on(write: Write) -> None:
    lines = [record(1), "{not json", record(2, text=None), "[1, 2]", "", record(3)]
    path = write("a.jsonl", "\n".join(lines) + "\n")
    results = list(read_jsonl(str(path), FieldMap(), LIMIT))
    assert summary(results) == [
        "doc-1",
        "a.jsonl:2 bad_json",
        "a.jsonl:3 bad_record",
        "a.jsonl:4 bad_record",
        "doc-3",
    ]
    first = results[0]
    assert isinstance(first, Article)
    assert (first.title, first.text, first.published, first.meta["line"]) == (
        TITLE,
        PARAGRAPHS[1],
        "2016-09-20",
        1,
    )


def test_jsonl_field_names_and_fallbacks(write: Write) -> None:
    line = json.dumps({"doc_id": 7, "content": BODY, "date": "2016-09-20 18:00:00", "source": "الأفق"})
    [article] = read_jsonl(str(write("a.ndjson", line)), FieldMap(), LIMIT)
    assert isinstance(article, Article)
    assert (article.doc_id, article.text, article.published, article.source) == (
        "7",
        BODY,
        "2016-09-20T18:00:00",
        "الأفق",
    )


def test_jsonl_custom_field_map(write: Write) -> None:
    line = json.dumps({"key": "k1", "body": BODY, "meta": {"time": "2016-09-21"}})
    field_map = FieldMap.parse(["text=body", "doc_id=key", "published=meta.time"])
    [article] = read_jsonl(str(write("a.jsonl", line)), field_map, LIMIT)
    assert isinstance(article, Article)
    assert (article.doc_id, article.text, article.published) == ("k1", BODY, "2016-09-21")


def test_jsonl_unreadable_date_is_kept_raw(write: Write) -> None:
    [article] = read_jsonl(str(write("a.jsonl", record(1, published="قريبا"))), FieldMap(), LIMIT)
    assert isinstance(article, Article)
    assert (article.published, article.meta["published_raw"]) == (None, "قريبا")


@pytest.mark.parametrize("spec", ["text", "body=text", "text="])
def test_field_map_bad_spec(spec: str) -> None:
    with pytest.raises(ConfigError):
        FieldMap.parse([spec])


def test_field_map_several_keys() -> None:
    assert FieldMap.parse(["text=body, article"]).text == ("body", "article")


def test_jsonl_gz(write: Write) -> None:
    data = gzip.compress(("\n".join(record(n) for n in range(3)) + "\n").encode())
    results = list(read_jsonl(str(write("a.jsonl.gz", data)), FieldMap(), LIMIT))
    assert summary(results) == ["doc-0", "doc-1", "doc-2"]


def test_fake_gz_is_not_gzip(write: Write) -> None:
    assert summary(list(read_jsonl(str(write("a.jsonl.gz", record(1))), FieldMap(), LIMIT))) == [
        "a.jsonl.gz not_gzip"
    ]


def test_truncated_gz_yields_what_was_read(write: Write) -> None:
    data = gzip.compress(("\n".join(record(n) for n in range(200)) + "\n").encode())
    results = list(read_jsonl(str(write("a.jsonl.gz", data[: len(data) // 2])), FieldMap(), LIMIT))
    assert summary(results)[:3] == ["doc-0", "doc-1", "doc-2"]
    assert summary(results)[-1] == "a.jsonl.gz truncated_gzip"
    assert sum(isinstance(r, Article) for r in results) > 10


def test_corrupt_gz_is_bad_gzip(write: Write) -> None:
    data = bytearray(gzip.compress(("\n".join(record(n) for n in range(50)) + "\n").encode()))
    data[-6] ^= 0xFF  # the CRC no longer matches
    results = list(read_jsonl(str(write("a.jsonl.gz", bytes(data))), FieldMap(), LIMIT))
    assert summary(results)[-1] == "a.jsonl.gz bad_gzip"


def test_long_line_is_too_large_and_skipped(write: Write) -> None:
    lines = [record(1), record(2, text="ب" * 1000), record(3)]
    results = list(read_jsonl(str(write("a.jsonl", "\n".join(lines))), FieldMap(), 1000))
    assert summary(results) == ["doc-1", "a.jsonl:2 too_large", "doc-3"]


def test_json_array_and_bom(write: Write) -> None:
    data = b"\xef\xbb\xbf  [" + ",".join([record(1), record(2)]).encode() + b"]"
    assert summary(list(read_jsonl(str(write("a.json", data)), FieldMap(), LIMIT))) == ["doc-1", "doc-2"]


def test_invalid_utf8_line_is_bad_json(write: Write) -> None:
    data = record(1).encode() + b"\n" + b'{"text": "\xff\xfe"}\n'
    assert summary(list(read_jsonl(str(write("a.jsonl", data)), FieldMap(), LIMIT))) == [
        "doc-1",
        "a.jsonl:2 bad_json",
    ]
