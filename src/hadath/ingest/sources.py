"""The entry point of ingest: paths, directories, globs and stdin in; articles out.

:func:`read_sources` owns what every format shares (as datatrove's base reader does):
expanding inputs in a deterministic order, choosing the format, size limits, document
ids, the language check, the default publication date and provenance in
``Article.meta``. Each format module adds only its reading function. Nothing here
raises on a bad input: it yields a :class:`~hadath.ingest.rejected.Rejected` and goes on.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import logging
import os
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from hadath.errors import InputError
from hadath.ingest.dates import normalize_published
from hadath.ingest.html import read_html
from hadath.ingest.jsonl import FieldMap, read_jsonl, read_jsonl_stream
from hadath.ingest.language import detect_language
from hadath.ingest.rejected import Rejected
from hadath.ingest.text import read_text
from hadath.ingest.warc import read_warc, read_warc_stream
from hadath.model import Article
from hadath.stats import Stats

logger = logging.getLogger(__name__)

STDIN = "-"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Name endings (after an optional .gz) and the reader each one goes to.
SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".warc": "warc",
}  # fmt: skip
_GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|table)\b",
    re.IGNORECASE | re.DOTALL,
)
_GLOB_CHARS = frozenset("*?[")
# How much of an input is looked at to tell its format.
_SNIFF_BYTES = 4096


@dataclass(slots=True)
class IngestSettings:
    """How sources are read.

    Attributes:
        field_map: JSONL record keys for article fields.
        max_bytes: Largest single document (a text or HTML file, a JSONL line, a WARC
            record); larger ones are rejected as ``too_large`` without being read.
        published: ISO date for articles whose source gives none (``--published``).
        languages: ISO 639-1 codes an article may be in; others are ``not_arabic``.
    """

    field_map: FieldMap = field(default_factory=FieldMap)
    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None
    languages: tuple[str, ...] = ("ar",)


def read_sources(
    inputs: Sequence[str],
    settings: IngestSettings | None = None,
    *,
    stats: Stats | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | Rejected]:
    """Articles from files, directories (recursive, sorted), globs and ``-`` (stdin).

    Args:
        inputs: Paths, directories, glob patterns, or ``-`` for standard input.
        settings: Reading settings; defaults when ``None``.
        stats: Receives counters: ``files``, ``articles``, ``format_<fmt>``,
            ``rejected_<reason>``, ``warc_skipped_<type>``, ``skipped_extension``.
        stdin: The stream ``-`` reads; ``sys.stdin.buffer`` by default.

    Yields:
        Articles with ``doc_id``, ``language`` and ``meta`` (``path``, ``format``,
        ``encoding``, ``extractor``, ``content_hash``) set, and rejections.
    """
    return SourceReader(settings, stats=stats, stdin=stdin).read(inputs)


class SourceReader:
    """One ingest run: settings, counters, and the document ids given out so far."""

    def __init__(
        self,
        settings: IngestSettings | None = None,
        *,
        stats: Stats | None = None,
        stdin: IO[bytes] | None = None,
    ) -> None:
        self.settings = settings or IngestSettings()
        self.stats = stats if stats is not None else Stats()
        self._stdin = stdin
        self._ids: set[str] = set()
        self._published = normalize_published(self.settings.published) if self.settings.published else None
        if self.settings.published and not self._published:
            logger.warning("--published %r is not a date; ignored", self.settings.published)

    def read(self, inputs: Sequence[str]) -> Iterator[Article | Rejected]:
        """Every article of every input, in input order, directories sorted."""
        for item in inputs:
            for result in self._read_input(item):
                self.stats.update("articles" if isinstance(result, Article) else f"rejected_{result.reason}")
                yield result

    def _read_input(self, item: str) -> Iterator[Article | Rejected]:
        if item == STDIN:
            yield from self.read_stream(self._stdin or sys.stdin.buffer, "<stdin>")
            return
        paths = expand_input(item, self.stats)
        if paths is None:
            yield Rejected(item, "not_found")
            return
        for path in paths:
            yield from self.read_path(path)

    def read_path(self, path: str) -> Iterator[Article | Rejected]:
        """The articles of one file, its format told by its name or, failing that, its bytes."""
        self.stats.update("files")
        try:
            fmt = format_of(path) or sniff_file(path)
        except OSError as err:
            yield _os_rejection(path, err)
            return
        self.stats.update(f"format_{fmt}")
        try:
            if fmt == "jsonl":
                records = read_jsonl(path, self.settings.field_map, self.settings.max_bytes)
                yield from self._finish_all(records, path, fmt)
            elif fmt == "warc":
                pages = read_warc(path, max_record_bytes=self.settings.max_bytes, stats=self.stats)
                yield from self._finish_all(pages, path, fmt)
            else:
                yield self._read_document(read_limited(path, self.settings.max_bytes), path, fmt)
        except InputError as err:
            yield Rejected.from_error(err)
        except OSError as err:
            yield _os_rejection(path, err)

    def read_stream(self, stream: IO[bytes], name: str) -> Iterator[Article | Rejected]:
        """The articles of a binary stream, gzip or not: JSONL, WARC, HTML or text by its first bytes."""
        self.stats.update("files")
        reader = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)
        gzipped = reader.peek(2)[:2] == _GZIP_MAGIC
        fmt = sniff_bytes(_gunzip_peek(reader.peek(_SNIFF_BYTES)) if gzipped else reader.peek(_SNIFF_BYTES))
        self.stats.update(f"format_{fmt}")
        if fmt == "warc":
            # The WARC reader decompresses itself, so that it can tell a truncated stream.
            pages = read_warc_stream(reader, name, max_record_bytes=self.settings.max_bytes, stats=self.stats)
            yield from self._finish_all(pages, name, fmt)
            return
        source: IO[bytes] = gzip.GzipFile(fileobj=reader) if gzipped else reader
        if fmt == "jsonl":
            records = read_jsonl_stream(source, name, self.settings.field_map, self.settings.max_bytes)
            yield from self._finish_all(records, name, fmt)
            return
        try:
            yield self.read_bytes(_read_bounded(source, name, self.settings.max_bytes), name, fmt)
        except InputError as err:
            yield Rejected.from_error(err)

    def read_bytes(self, data: bytes, name: str, fmt: str | None = None) -> Article | Rejected:
        """One text or HTML document from bytes in memory (``fmt`` sniffed when ``None``)."""
        try:
            return self._read_document(data, name, fmt or sniff_bytes(data[:_SNIFF_BYTES]))
        except InputError as err:
            return Rejected.from_error(err)

    def _read_document(self, data: bytes, path: str, fmt: str) -> Article | Rejected:
        article = read_html(data, path) if fmt == "html" else read_text(data, path)
        return self._finish(article, path, fmt)

    def _finish_all(
        self, results: Iterator[Article | Rejected], path: str, fmt: str
    ) -> Iterator[Article | Rejected]:
        for result in results:
            yield self._finish(result, path, fmt) if isinstance(result, Article) else result

    def _finish(self, article: Article, path: str, fmt: str) -> Article | Rejected:
        """Language check, id, default date and provenance: what every format shares."""
        where = _where(article, path)
        if not article.text.strip():
            return Rejected(where, "empty_text")
        language = detect_language(article.text)
        if language not in self.settings.languages:
            return Rejected(where, "not_arabic", f"detected {language or 'unknown'}")
        article.language = language
        content_hash = hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest()
        if not article.doc_id:
            article.doc_id = self._new_id(path, article, content_hash)
        if not article.published:
            article.published = self._published
        meta = {"path": path, "format": fmt, "encoding": "", "extractor": ""}
        meta.update(article.meta)
        # A WARC page's HTML reader says "html"; the container is what was read.
        meta.update(format=fmt, content_hash=content_hash)
        article.meta = meta
        return article

    def _new_id(self, path: str, article: Article, content_hash: str) -> str:
        """``stem``, ``stem-LINE`` for a JSONL record, ``stem-HASH`` when already taken."""
        stem = "stdin" if path == "<stdin>" else _stem(path)
        line = article.meta.get("line")
        doc_id = f"{stem}-{line}" if line else stem
        if doc_id in self._ids:
            doc_id = f"{doc_id}-{content_hash[:8]}"
        self._ids.add(doc_id)
        return doc_id


def _where(article: Article, path: str) -> str:
    """Where a record sits in its file: ``path:LINE`` (JSONL), ``path#OFFSET`` (WARC)."""
    if "line" in article.meta:
        return f"{path}:{article.meta['line']}"
    if "warc_offset" in article.meta:
        return f"{path}#{article.meta['warc_offset']}"
    return path


def _stem(path: str) -> str:
    name = Path(path).name
    for ending in (".gz", *SUFFIX_FORMATS):
        name = name.removesuffix(ending)
    return name or "doc"


def _os_rejection(path: str, err: OSError) -> Rejected:
    reason = "not_found" if isinstance(err, FileNotFoundError) else "unreadable"
    return Rejected(path, reason, err.strerror or str(err))


def expand_input(item: str, stats: Stats | None = None) -> list[str] | None:
    """The files an input names: itself, a directory's files, or a glob's matches.

    Directories are walked recursively in sorted order, skipping hidden entries and
    files whose extension names no supported format (counted as ``skipped_extension``);
    files without an extension are kept and sniffed.

    Returns:
        The paths, or ``None`` when nothing exists under that name.
    """
    if os.path.isdir(item):
        return _walk(item, stats)
    if os.path.exists(item):
        return [item]
    if _GLOB_CHARS & set(item):
        matches = sorted(glob.glob(item, recursive=True))
        files: list[str] = []
        for match in matches:
            files.extend(_walk(match, stats) if os.path.isdir(match) else [match])
        return files or None
    return None


def _walk(directory: str, stats: Stats | None) -> list[str]:
    files: list[str] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            if format_of(name) or "." not in name:
                files.append(os.path.join(root, name))
            elif stats is not None:
                stats.update("skipped_extension")
    return files


def format_of(path: str) -> str | None:
    """The format a file name announces (``txt``, ``html``, ``jsonl``, ``warc``), if any."""
    name = path.lower().removesuffix(".gz")
    return SUFFIX_FORMATS.get(os.path.splitext(name)[1])


def sniff_file(path: str) -> str:
    """The format of a file whose name says nothing, from its first bytes (gzip looked into)."""
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    return sniff_bytes(_gunzip_peek(head) if head.startswith(_GZIP_MAGIC) else head)


def sniff_bytes(head: bytes) -> str:
    """``warc``, ``jsonl``, ``html`` or ``txt`` from the first bytes of a source."""
    start = head.removeprefix(_BOM).lstrip()
    if start.startswith(b"WARC/"):
        return "warc"
    if start[:1] in (b"{", b"["):
        return "jsonl"
    if _HTML_START.match(start):
        return "html"
    return "txt"


def read_limited(path: str, max_bytes: int) -> bytes:
    """The bytes of one document file, refused before reading when over ``max_bytes``.

    A ``.gz`` file is decompressed, up to ``max_bytes`` of output.

    Raises:
        InputError: ``too_large``, ``not_gzip``, ``truncated_gzip`` or ``bad_gzip``.
        OSError: The file cannot be opened or read.
    """
    size = os.stat(path).st_size
    if size > max_bytes:
        raise InputError(path, "too_large", f"{size} bytes, limit {max_bytes}")
    with open(path, "rb") as handle:
        if not path.lower().endswith(".gz"):
            return handle.read()
        if handle.read(2) != _GZIP_MAGIC:
            raise InputError(path, "not_gzip")
        handle.seek(0)
        with gzip.GzipFile(fileobj=handle) as stream:
            return _read_bounded(stream, path, max_bytes)


def _read_bounded(stream: IO[bytes], path: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from a (possibly gzip) stream, or the error it stands for."""
    try:
        data = stream.read(max_bytes + 1)
    except EOFError as err:
        raise InputError(path, "truncated_gzip", str(err)) from None
    except (gzip.BadGzipFile, zlib.error) as err:
        raise InputError(path, "bad_gzip", str(err)) from None
    if len(data) > max_bytes:
        raise InputError(path, "too_large", f"over {max_bytes} bytes")
    return data


def _gunzip_peek(head: bytes) -> bytes:
    """The start of what gzip bytes hold, from as much of the stream as is at hand."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, _SNIFF_BYTES)
    except zlib.error:
        return b""
