"""WARC crawl files (plain or gzip): every HTML page in them, through the HTML reader.

``response`` and ``resource`` records whose content type is HTML become articles, with
the record's ``WARC-Target-URI`` as URL and its ``WARC-Date`` as the publication date
when the page itself gives none. Other records (requests, metadata, images, robots.txt)
are skipped and counted. A file that is not a WARC, or that breaks off (truncated gzip,
a record shorter than its ``Content-Length``), ends with a ``bad_warc`` rejection after
the pages read up to that point.

Gzip is decompressed here rather than by warcio, because warcio treats a truncated
gzip stream as a normal end of file.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import logging
import zlib
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from hadath.errors import InputError
from hadath.ingest.dates import normalize_published
from hadath.ingest.html import read_html
from hadath.ingest.rejected import Rejected
from hadath.model import Article
from hadath.stats import Stats

logger = logging.getLogger(__name__)

_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = ("response", "resource")


class _GuardedStream(io.RawIOBase):
    """A gzip stream that ends, instead of raising, where the data breaks; it remembers why."""

    def __init__(self, stream: gzip.GzipFile) -> None:
        super().__init__()
        self._stream = stream
        self.error = ""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:
        if self.error:
            return 0
        try:
            # read1 returns what one decompression step gives, so little is lost
            # (never a whole record read earlier) when the next step fails.
            data = self._stream.read1(len(buffer))
        except EOFError:
            self.error = "the gzip stream ends early"
            return 0
        except (gzip.BadGzipFile, zlib.error) as err:
            self.error = f"corrupt gzip data: {err}"
            return 0
        buffer[: len(data)] = data
        return len(data)


def read_warc(path: str, *, max_record_bytes: int, stats: Stats) -> Iterator[Article | Rejected]:
    """Every HTML page of a ``.warc`` or ``.warc.gz`` file.

    Args:
        path: The file; gzip is recognised by its magic bytes, and a ``.gz`` name
            without them is ``not_gzip``.
        max_record_bytes: A record longer than this is ``too_large`` and skipped.
        stats: Receives ``warc_records``, ``warc_skipped_<record type>`` for records
            that are not pages and ``warc_skipped_non_html`` for pages that are not HTML.

    Yields:
        Articles (``doc_id`` from the record id, ``meta["warc_offset"]`` set) and
        rejections for pages that give no article; ``bad_warc`` ends a broken file.
    """
    with open(path, "rb") as raw:
        if path.endswith(".gz") and raw.read(2) != _GZIP_MAGIC:
            yield Rejected(path, "not_gzip")
            return
        raw.seek(0)
        yield from read_warc_stream(raw, path, max_record_bytes=max_record_bytes, stats=stats)


def read_warc_stream(
    raw: IO[bytes], path: str, *, max_record_bytes: int, stats: Stats
) -> Iterator[Article | Rejected]:
    """As :func:`read_warc`, from an open binary stream (a file, stdin)."""
    source = io.BufferedReader(raw) if not isinstance(raw, io.BufferedReader) else raw
    guard = _GuardedStream(gzip.GzipFile(fileobj=source)) if source.peek(2)[:2] == _GZIP_MAGIC else None
    reader = io.BufferedReader(guard) if guard is not None else source
    if not reader.peek(len(_WARC_MAGIC)).startswith(_WARC_MAGIC):
        yield Rejected(path, "bad_warc", guard.error if guard and guard.error else "no WARC header")
        return
    broken = yield from _records(reader, path, max_record_bytes, stats)
    if guard is not None and guard.error:
        broken = guard.error
    if broken:
        yield Rejected(path, "bad_warc", broken)


def _records(
    stream: IO[bytes], path: str, max_record_bytes: int, stats: Stats
) -> Iterator[Article | Rejected]:
    """Pages from the records; returns why the file broke off, ``""`` when it did not."""
    iterator = ArchiveIterator(stream)
    try:
        for record in iterator:
            stats.update("warc_records")
            # get_record_offset() would consume the record; .offset is its start, for now.
            where = f"{path}#{iterator.offset}"
            if record.rec_type not in _PAGE_RECORDS:
                stats.update(f"warc_skipped_{record.rec_type}")
                continue
            if not _is_html(record):
                stats.update("warc_skipped_non_html")
                continue
            if record.length and record.length > max_record_bytes:
                yield Rejected(where, "too_large", f"record of {record.length} bytes")
                continue
            payload = record.content_stream().read()
            if record.raw_stream.limit > 0:
                return f"record at {where} ends {record.raw_stream.limit} bytes early"
            yield _page(record, payload, where, path)
    except ArchiveLoadFailed as err:
        return str(err)
    if iterator.err_count:
        logger.warning("%s: %d records with a wrong Content-Length", path, iterator.err_count)
    return ""


def _is_html(record: ArcWarcRecord) -> bool:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    content_type = (headers.get_header("Content-Type") or "") if headers is not None else ""
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _page(record: ArcWarcRecord, payload: bytes, where: str, path: str) -> Article | Rejected:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    try:
        article = read_html(payload, where, url=url)
    except InputError as err:
        return Rejected.from_error(err)
    if article.published is None:
        article.published = normalize_published(record.rec_headers.get_header("WARC-Date"))
    article.doc_id = record_id(record.rec_headers.get_header("WARC-Record-ID") or "", url)
    article.meta.update(path=path, warc_offset=int(where.rsplit("#", 1)[1]))
    return article


def record_id(warc_record_id: str, url: str) -> str:
    """A document id for a WARC record: its UUID, or a hash of its URL when it has none."""
    uuid = warc_record_id.strip("<>").removeprefix("urn:uuid:")
    if uuid:
        return uuid
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
