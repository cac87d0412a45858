from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hadath.ingest import Rejected
from hadath.ingest.warc import read_warc, record_id
from hadath.model import Article
from hadath.stats import Stats

from .conftest import PNG_BYTES, page, warc_bytes

Write = Callable[[str, bytes | str], Path]
DATED = '<meta property="article:published_time" content="2016-09-20T18:05:00+03:00">'
RECORDS = [
    (
        "request",
        "https://a.example/1",
        b"GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n",
        "application/http; msgtype=request",
    ),
    ("response", "https://a.example/1", page(head=DATED).encode(), "text/html; charset=utf-8"),
    ("response", "https://a.example/logo.png", PNG_BYTES, "image/png"),
    ("response", "https://a.example/2", page().encode("windows-1256"), "text/html"),
    ("metadata", "https://a.example/2", b"via: test", "application/warc-fields"),
]


def read(path: Path, stats: Stats | None = None) -> list[Article | Rejected]:
    return list(read_warc(str(path), max_record_bytes=1 << 20, stats=stats or Stats()))


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(write: Write, name: str, gzip: bool) -> None:
    stats = Stats()
    results = read(write(name, warc_bytes(RECORDS, gzip=gzip)), stats)
    assert all(isinstance(r, Article) for r in results)
    first, second = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.url, first.published) == ("https://a.example/1", "2016-09-20T18:05:00+03:00")
    # No date in the page: the crawl date stands in.
    assert second.url == "https://a.example/2"
    assert second.published and second.published.endswith("Z")
    assert second.meta["encoding"] == "windows-1256"
    assert first.doc_id != second.doc_id and len(first.doc_id) == 36
    assert stats.counts["warc_skipped_request"] == 1
    assert stats.counts["warc_skipped_metadata"] == 1
    assert stats.counts["warc_skipped_non_html"] == 1


def test_truncated_warc_gz_yields_pages_then_bad_warc(write: Write) -> None:
    records = [RECORDS[1]] * 5
    data = warc_bytes(records)
    results = read(write("crawl.warc.gz", data[: len(data) - 200]))
    assert [type(r).__name__ for r in results] == ["Article"] * 4 + ["Rejected"]
    assert isinstance(results[-1], Rejected) and results[-1].reason == "bad_warc"


def test_truncated_plain_warc_is_bad_warc(write: Write) -> None:
    data = warc_bytes([RECORDS[1]] * 2, gzip=False)
    results = read(write("crawl.warc", data[: len(data) - 300]))
    assert isinstance(results[0], Article)
    assert isinstance(results[-1], Rejected) and results[-1].reason == "bad_warc"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("crawl.warc", b"this is not a crawl file\n", "bad_warc"),
        ("crawl.warc.gz", b"WARC/1.0\r\n", "not_gzip"),
        ("crawl.warc.gz", b"\x1f\x8b\x08\x00garbage", "bad_warc"),
    ],
)
def test_broken_warc(write: Write, name: str, data: bytes, reason: str) -> None:
    [rejected] = read(write(name, data))
    assert isinstance(rejected, Rejected) and rejected.reason == reason


def test_warc_record_over_the_limit(write: Write) -> None:
    path = write("crawl.warc.gz", warc_bytes([RECORDS[1]]))
    [rejected] = read_warc(str(path), max_record_bytes=100, stats=Stats())
    assert isinstance(rejected, Rejected) and rejected.reason == "too_large"
    assert rejected.path.startswith(str(path) + "#")


def test_record_id() -> None:
    assert (
        record_id("<urn:uuid:4fa1fd41-a172-4122-9c78-f2baf917d95a>", "u")
        == "4fa1fd41-a172-4122-9c78-f2baf917d95a"
    )
    by_url = record_id("", "https://a.example/1")
    assert by_url.startswith("url-") and len(by_url) == 20
    assert by_url == record_id("", "https://a.example/1") != record_id("", "https://a.example/2")
