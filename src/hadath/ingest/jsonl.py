"""JSON Lines dumps (plain or gzip): one article per line, field names configurable.

A bad line never stops a file: it becomes a :class:`Rejected` for ``path:LINE`` and
reading goes on. The text of a record is taken exactly as given (no furniture filter),
since JSONL dumps are usually already clean and gold files quote their text verbatim.
A ``.json`` file holding one array of records is read the same way.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from typing import IO, Any

from hadath.errors import ConfigError
from hadath.ingest.dates import normalize_published
from hadath.ingest.rejected import Rejected
from hadath.model import Article

logger = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which record keys fill which article fields; the first key present wins.

    A key may be a dotted path into nested objects (``meta.published``).
    """

    doc_id: tuple[str, ...] = ("id", "doc_id")
    url: tuple[str, ...] = ("url",)
    title: tuple[str, ...] = ("title",)
    text: tuple[str, ...] = ("text", "content")
    published: tuple[str, ...] = ("published", "date")
    source: tuple[str, ...] = ("source",)
    author: tuple[str, ...] = ("author",)

    @classmethod
    def parse(cls, specs: Iterable[str]) -> FieldMap:
        """The default map with ``FIELD=KEY[,KEY...]`` overrides (``--field text=body``).

        Raises:
            ConfigError: An unknown field name or a spec without ``=``.
        """
        known = {f.name for f in fields(cls)}
        changes: dict[str, tuple[str, ...]] = {}
        for spec in specs:
            name, sep, keys = spec.partition("=")
            name = name.strip()
            if not sep or name not in known or not keys.strip():
                raise ConfigError(
                    f"bad field mapping {spec!r}: use FIELD=KEY with FIELD one of {sorted(known)}"
                )
            changes[name] = tuple(k.strip() for k in keys.split(",") if k.strip())
        return replace(cls(), **changes)

    def get(self, record: dict[str, Any], name: str) -> Any:
        """The value of the first of ``name``'s keys present in ``record`` and not empty."""
        for key in getattr(self, name):
            value = _lookup(record, key)
            if value not in (None, ""):
                return value
        return None


def _lookup(record: dict[str, Any], key: str) -> Any:
    if key in record:
        return record[key]
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def read_jsonl(path: str, field_map: FieldMap, max_line_bytes: int) -> Iterator[Article | Rejected]:
    """Every record of a ``.jsonl``/``.ndjson``/``.json`` file, gzip or not.

    Args:
        path: The file; gzip is recognised by its magic bytes, and a ``.gz`` name
            without them is ``not_gzip``.
        field_map: Record keys for article fields.
        max_line_bytes: Longer lines are ``too_large`` and skipped unread.

    Yields:
        Articles without language or hash (``doc_id`` is the record's id or ``""``),
        and rejections for bad lines; a corrupt or truncated gzip ends the file with
        one more rejection after what could be read.
    """
    with open(path, "rb") as raw:
        magic = raw.read(2)
        raw.seek(0)
        if magic == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw) as stream:
                yield from read_jsonl_stream(stream, path, field_map, max_line_bytes)
        elif path.endswith(".gz"):
            yield Rejected(path, "not_gzip")
        else:
            yield from read_jsonl_stream(raw, path, field_map, max_line_bytes)


def read_jsonl_stream(
    stream: IO[bytes], path: str, field_map: FieldMap, max_line_bytes: int
) -> Iterator[Article | Rejected]:
    """Records from an open binary stream (a file, a gzip stream, stdin)."""
    try:
        first = _peek_first_char(stream)
        if first == b"[":
            yield from _read_array(stream.read(max_line_bytes + 1), path, field_map, max_line_bytes)
            return
        for number, line in _lines(stream, max_line_bytes, first):
            if line is None:
                yield Rejected(f"{path}:{number}", "too_large", f"line over {max_line_bytes} bytes")
            elif line.strip():
                yield parse_line(line, path, number, field_map)
    except EOFError as err:
        yield Rejected(path, "truncated_gzip", str(err))
    except (gzip.BadGzipFile, zlib.error) as err:
        yield Rejected(path, "bad_gzip", str(err))


def _peek_first_char(stream: IO[bytes]) -> bytes:
    """Consume a UTF-8 BOM and leading whitespace; return the bytes read after them."""
    byte = stream.read(1)
    if byte == _BOM[:1]:
        rest = stream.read(2)
        if rest != _BOM[1:]:
            return byte + rest
        byte = stream.read(1)
    while byte and byte.isspace():
        byte = stream.read(1)
    return byte


def _lines(stream: IO[bytes], limit: int, first: bytes) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; ``None`` for a line over ``limit`` bytes, which is skipped unread."""
    pending = first
    number = 0
    while True:
        line = pending + stream.readline(limit + 1 - len(pending))
        pending = b""
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
        else:
            yield number, line


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _read_array(data: bytes, path: str, field_map: FieldMap, limit: int) -> Iterator[Article | Rejected]:
    if len(data) > limit:
        yield Rejected(path, "too_large", f"JSON array over {limit} bytes")
        return
    try:
        records = json.loads(b"[" + data)
    except (ValueError, UnicodeDecodeError) as err:
        yield Rejected(path, "bad_json", str(err))
        return
    if not isinstance(records, list):
        yield Rejected(path, "bad_record", "not an array of records")
        return
    for index, record in enumerate(records, start=1):
        yield to_article(record, path, index, field_map)


def parse_line(line: bytes, path: str, number: int, field_map: FieldMap) -> Article | Rejected:
    """Line ``number`` of a JSONL file as an article, or ``bad_json``/``bad_record``."""
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return Rejected(where, "bad_json", "not UTF-8")
    except ValueError as err:
        return Rejected(where, "bad_json", str(err))
    return to_article(record, path, number, field_map)


def to_article(record: Any, path: str, number: int, field_map: FieldMap) -> Article | Rejected:
    """Record ``number`` of a file as an article (``meta["line"]`` set), or ``bad_record``."""
    where = f"{path}:{number}"
    if not isinstance(record, dict):
        return Rejected(where, "bad_record", f"a JSON {type(record).__name__}, not an object")
    text = field_map.get(record, "text")
    if not isinstance(text, str) or not text.strip():
        return Rejected(where, "bad_record", f"no text in {list(field_map.text)}")
    raw_published = field_map.get(record, "published")
    article = Article(
        doc_id=_as_str(field_map.get(record, "doc_id")),
        text=text,
        title=_as_str(field_map.get(record, "title")).strip(),
        url=_as_str(field_map.get(record, "url")).strip(),
        published=normalize_published(raw_published),
        source=_as_str(field_map.get(record, "source")).strip(),
        author=_as_str(field_map.get(record, "author")).strip(),
        meta={"format": "jsonl", "encoding": "utf-8", "extractor": "", "line": number},
    )
    if raw_published is not None and article.published is None:
        logger.debug("%s: unreadable date %r", where, raw_published)
        article.meta["published_raw"] = str(raw_published)
    return article


def _as_str(value: Any) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value)
