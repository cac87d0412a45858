from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.ingest import FieldMap, IngestSettings, Rejected, SourceReader, read_sources
from hadath.ingest.sources import expand_input, format_of, sniff_bytes
from hadath.model import Article
from hadath.stats import Stats

from .conftest import BODY, ENGLISH, PNG_BYTES, TITLE, page, warc_bytes

Write = Callable[[str, bytes | str], Path]
ARTICLE = f"{TITLE}\n\n{TITLE}\n{BODY}\n"


def only(results: list[Article | Rejected]) -> Article | Rejected:
    assert len(results) == 1, results
    return results[0]


def reason(results: list[Article | Rejected]) -> str:
    result = only(results)
    assert isinstance(result, Rejected), result
    return result.reason


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("photo.html", PNG_BYTES, "binary_file"),
        ("empty.txt", b"", "empty_file"),
        ("empty.html", "<html><body><script>x()</script></body></html>", "empty_text"),
        ("english.txt", ENGLISH, "not_arabic"),
        ("fake.txt.gz", ARTICLE, "not_gzip"),
        ("cut.txt.gz", gzip.compress(ARTICLE.encode() * 50)[:200], "truncated_gzip"),
        ("fake.jsonl.gz", '{"text": "نص"}', "not_gzip"),
    ],
)
def test_bad_inputs_are_rejected_with_a_reason(
    write: Write, name: str, data: bytes | str, expected: str
) -> None:
    assert reason(list(read_sources([str(write(name, data))]))) == expected


def test_not_arabic_detail_names_the_language(write: Write) -> None:
    result = only(list(read_sources([str(write("english.html", page(ENGLISH)))])))
    assert isinstance(result, Rejected) and result.detail == "detected en"


def test_missing_path_is_not_found(tmp_path: Path) -> None:
    assert reason(list(read_sources([str(tmp_path / "nothing.txt")]))) == "not_found"
    assert reason(list(read_sources([str(tmp_path / "*.none")]))) == "not_found"


def test_big_file_is_too_large_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    result = only(list(read_sources([str(path)])))
    assert isinstance(result, Rejected) and result.reason == "too_large"


def test_small_limit(write: Write) -> None:
    path = write("a.txt", ARTICLE)
    assert reason(list(read_sources([str(path)], IngestSettings(max_bytes=100)))) == "too_large"


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1256", "iso-8859-6", "utf-16"])
def test_text_files_in_every_encoding_read_alike(write: Write, encoding: str) -> None:
    article = only(list(read_sources([str(write("a.txt", ARTICLE.encode(encoding)))])))
    assert isinstance(article, Article)
    assert (article.title, article.text, article.language) == (TITLE, BODY, "ar")
    assert article.meta["encoding"] == {"utf-16": "utf-16-le"}.get(encoding, encoding)


def test_article_meta_and_ids(write: Write) -> None:
    path = write("news/a.txt", ARTICLE)
    article = only(list(read_sources([str(path)], IngestSettings(published="2016-09-20"))))
    assert isinstance(article, Article)
    assert article.doc_id == "a"
    assert article.published == "2016-09-20"
    assert article.meta == {
        "path": str(path),
        "format": "txt",
        "encoding": "utf-8",
        "extractor": "",
        "content_hash": hashlib.sha1(BODY.encode()).hexdigest(),
    }


def test_directory_is_walked_sorted_and_ids_stay_unique(write: Write, tmp_path: Path) -> None:
    write("d/b/story.txt", ARTICLE)
    write("d/a/story.html", page())
    write("d/a/.hidden.txt", ARTICLE)
    write("d/a/style.css", "body {}")
    write("d/c/feed.jsonl", json.dumps({"text": BODY}) + "\n" + json.dumps({"id": "x9", "text": BODY}))
    stats = Stats()
    results = list(read_sources([str(tmp_path / "d")], stats=stats))
    assert all(isinstance(r, Article) for r in results)
    ids = [r.doc_id for r in results if isinstance(r, Article)]
    assert ids[0] == "story" and ids[1].startswith("story-") and ids[2:] == ["feed-1", "x9"]
    assert [r.meta["format"] for r in results if isinstance(r, Article)] == ["html", "txt", "jsonl", "jsonl"]
    assert stats.counts["skipped_extension"] == 1
    assert stats.counts["articles"] == 4
    assert stats.counts["files"] == 3


def test_glob_and_rejection_counts(write: Write, tmp_path: Path) -> None:
    write("g/1.txt", ARTICLE)
    write("g/2.txt", ENGLISH)
    stats = Stats()
    results = list(read_sources([str(tmp_path / "g" / "*.txt")], stats=stats))
    assert [type(r).__name__ for r in results] == ["Article", "Rejected"]
    assert stats.counts["rejected_not_arabic"] == 1


def test_jsonl_through_sources_with_field_map(write: Write) -> None:
    lines = [json.dumps({"key": "k1", "body": BODY}), "oops", json.dumps({"key": "k2", "body": ENGLISH})]
    path = write("feed.jsonl", "\n".join(lines))
    field_map = FieldMap.parse(["text=body", "doc_id=key"])
    results = list(read_sources([str(path)], IngestSettings(field_map=field_map)))
    assert [(r.doc_id if isinstance(r, Article) else r.reason) for r in results] == [
        "k1",
        "bad_json",
        "not_arabic",
    ]
    assert isinstance(results[1], Rejected) and results[1].path == f"{path}:2"
    assert isinstance(results[2], Rejected) and results[2].path == f"{path}:3"


def test_warc_through_sources(write: Write) -> None:
    data = warc_bytes([("response", "https://a.example/1", page().encode(), "text/html")])
    article = only(list(read_sources([str(write("crawl.warc.gz", data))])))
    assert isinstance(article, Article)
    assert (article.text, article.meta["format"], article.meta["extractor"]) == (BODY, "warc", "trafilatura")


def test_unknown_extension_is_sniffed(write: Write) -> None:
    results = list(read_sources([str(write("feed.dump", json.dumps({"id": "j1", "text": BODY})))]))
    assert [r.doc_id for r in results if isinstance(r, Article)] == ["j1"]
    html = only(list(read_sources([str(write("page.asp", page()))])))
    assert isinstance(html, Article) and html.meta["format"] == "html"


def test_gzipped_single_document(write: Write) -> None:
    article = only(list(read_sources([str(write("a.html.gz", gzip.compress(page().encode())))])))
    assert isinstance(article, Article) and article.text == BODY


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (json.dumps({"id": "s1", "text": BODY}).encode() + b"\n", "jsonl"),
        (page().encode(), "html"),
        (ARTICLE.encode(), "txt"),
        (warc_bytes([("response", "https://a.example/1", page().encode(), "text/html")]), "warc"),
    ],
)
def test_stdin(data: bytes, fmt: str) -> None:
    article = only(list(read_sources(["-"], stdin=io.BytesIO(data))))
    assert isinstance(article, Article)
    assert article.text == BODY
    assert article.meta["format"] == fmt
    assert article.meta["path"] == "<stdin>"


def test_stdin_too_large() -> None:
    results = list(read_sources(["-"], IngestSettings(max_bytes=10), stdin=io.BytesIO(ARTICLE.encode())))
    assert reason(results) == "too_large"


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b'\xef\xbb\xbf  {"a": 1}', "jsonl"),
        (b"[{}]", "jsonl"),
        (b"WARC/1.0\r\n", "warc"),
        (b"<!-- x -->\n<!DOCTYPE html>", "html"),
        (b"  <div>", "html"),
        ("<نص".encode(), "txt"),
        (b"", "txt"),
    ],
)
def test_sniff_bytes(head: bytes, fmt: str) -> None:
    assert sniff_bytes(head) == fmt


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.TXT", "txt"),
        ("a.htm", "html"),
        ("a.jsonl.gz", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.warc.gz", "warc"),
        ("a.gz", None),
        ("a.pdf", None),
    ],
)
def test_format_of(name: str, fmt: str | None) -> None:
    assert format_of(name) == fmt


def test_expand_input_file_and_missing(write: Write, tmp_path: Path) -> None:
    path = write("a.txt", ARTICLE)
    assert expand_input(str(path)) == [str(path)]
    assert expand_input(str(tmp_path / "b.txt")) is None


def test_bad_published_setting_is_ignored(write: Write) -> None:
    article = only(list(read_sources([str(write("a.txt", ARTICLE))], IngestSettings(published="soon"))))
    assert isinstance(article, Article) and article.published is None


_READER = SourceReader()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_article_or_rejected_from_text(data: bytes) -> None:
    assert isinstance(_READER.read_bytes(data, "x.txt", "txt"), Article | Rejected)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=2000), st.text(max_size=500).map(lambda t: f"<html><body><p>{t}</p>".encode())
    )
)
def test_any_bytes_give_article_or_rejected_from_html(data: bytes) -> None:
    assert isinstance(_READER.read_bytes(data, "x.html", "html"), Article | Rejected)
