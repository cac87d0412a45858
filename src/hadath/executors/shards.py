"""Shards: the unit of work of a scaled-out run, and reading one of them.

A shard is one input file, or a fixed-size slice of the lines of a big JSONL(.gz) file, on
a local path or any filesystem fsspec knows. :func:`plan_shards` expands inputs exactly as
ingest does (directories walked in sorted order, globs sorted), so the shards in plan order
hold the documents in the order the single-process path reads them. :func:`read_shard`
reads one shard through ingest's public reader, so a document gets the same id, metadata
and rejection whichever engine reads it.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import logging
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Literal

from hadath.errors import ConfigError
from hadath.ingest import IngestSettings, Rejected, SourceReader
from hadath.ingest.sources import expand_input, format_of
from hadath.model import Article

logger = logging.getLogger(__name__)

ShardKind = Literal["file", "slice", "missing"]
DEFAULT_LINES_PER_SHARD = 1000
_GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_CHUNK = 1 << 16
# What a JSONL line outside a slice is replaced by: one cheap record that ingest rejects,
# so its line keeps its number and the reader does not mistake the stream for text.
_HIDDEN_LINE = b"{}\n"
_GZIP_ERRORS = (EOFError, OSError, zlib.error)


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: a file, a slice of JSONL lines ``[first, stop)``, or a missing input.

    Line numbers are ingest's (``meta["line"]``, 1 for the first record); ``stop`` is
    ``None`` for a slice that runs to the end of its file.
    """

    index: int
    path: str
    kind: ShardKind = "file"
    first: int = 1
    stop: int | None = None

    @property
    def key(self) -> str:
        """A stable name for the shard's outputs and completion marker."""
        ident = f"{self.kind}|{self.path}|{self.first}|{self.stop}"
        return hashlib.sha1(ident.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @property
    def label(self) -> str:
        """The shard for people: the path, with the line range of a slice."""
        if self.kind != "slice":
            return self.path
        return f"{self.path}:{self.first}-{'' if self.stop is None else self.stop - 1}"

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index, "path": self.path, "kind": self.kind, "first": self.first,
                "stop": self.stop}  # fmt: skip


def is_remote(path: str) -> bool:
    """Whether a path is an fsspec URL (``s3://``, ``file://``...) rather than a local path."""
    return "://" in path


def plan_shards(
    inputs: Sequence[str], *, lines_per_shard: int | None = DEFAULT_LINES_PER_SHARD
) -> list[Shard]:
    """The shards of some inputs, in the order the single-process path reads their documents.

    Args:
        inputs: files, directories, globs, or fsspec URLs of them (``-`` is refused).
        lines_per_shard: JSONL files with more lines are cut into slices of this many;
            ``None`` keeps every file whole.

    Raises:
        ConfigError: an input is ``-`` (standard input cannot be sharded).
    """
    if lines_per_shard is not None and lines_per_shard < 1:
        raise ConfigError("lines per shard must be at least 1")
    shards: list[Shard] = []
    for item in inputs:
        if item == "-":
            raise ConfigError("standard input cannot be sharded; use --engine local to read -")
        paths = _expand_remote(item) if is_remote(item) else expand_input(item)
        if not paths:
            shards.append(Shard(len(shards), item, "missing"))
            continue
        for path in paths:
            for first, stop in _slices(path, lines_per_shard):
                kind: ShardKind = "file" if (first, stop) == (1, None) else "slice"
                shards.append(Shard(len(shards), path, kind, first, stop))
    return shards


def _expand_remote(url: str) -> list[str]:
    """An fsspec URL's files, as ingest expands local inputs: sorted, hidden names skipped."""
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(url)
    if fs.isdir(path):
        found = fs.find(path)
    elif fs.exists(path):
        found = [path]
    else:
        found = fs.glob(path)
    names = sorted(p for p in found if not any(part.startswith(".") for part in p.split("/")[1:]))
    kept = [p for p in names if format_of(p) or "." not in p.rsplit("/", 1)[-1]]
    return [fs.unstrip_protocol(p) for p in kept]


def _slices(path: str, lines_per_shard: int | None) -> list[tuple[int, int | None]]:
    """Line ranges ``[first, stop)`` that cover a file: one unless it is a big JSONL file."""
    whole: list[tuple[int, int | None]] = [(1, None)]
    if lines_per_shard is None or format_of(path) != "jsonl":
        return whole
    try:
        with open_decompressed(path) as stream:
            head = stream.read(_CHUNK)
            if not head.removeprefix(_BOM).lstrip().startswith(b"{"):
                return whole  # a JSON array, or not JSON at all: ingest reads it whole
            lines = head.count(b"\n") + _count_newlines(stream) + 1
    except (*_GZIP_ERRORS, ValueError):
        return whole  # ingest reports what is wrong with it, once
    if lines <= lines_per_shard:
        return whole
    starts = list(range(1, lines + 1, lines_per_shard))
    return [(s, s + lines_per_shard) for s in starts[:-1]] + [(starts[-1], None)]


def _count_newlines(stream: IO[bytes]) -> int:
    count = 0
    while chunk := stream.read(_CHUNK * 16):
        count += chunk.count(b"\n")
    return count


@contextmanager
def open_decompressed(path: str) -> Iterator[IO[bytes]]:
    """A binary stream of a file's content, gunzipped when it starts with the gzip magic."""
    if is_remote(path):
        import fsspec

        opener = fsspec.open(path, "rb")
    else:
        opener = open(path, "rb")  # noqa: SIM115 - closed by the with below
    with opener as raw:
        buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)
        if buffered.peek(2)[:2] == _GZIP_MAGIC:
            with gzip.GzipFile(fileobj=buffered) as stream:
                yield stream
        else:
            yield buffered


def read_shard(shard: Shard, settings: IngestSettings | None = None) -> Iterator[Article | Rejected]:
    """The documents of one shard, as ingest yields them, in file order."""
    reader = SourceReader(settings or IngestSettings())
    if shard.kind == "missing":
        yield Rejected(shard.path, "not_found")
    elif shard.kind == "slice":
        yield from _read_slice(shard, reader)
    elif is_remote(shard.path):
        with open_remote(shard.path) as stream:
            yield from reader.read_stream(stream, shard.path)
    else:
        yield from reader.read_path(shard.path)


@contextmanager
def open_remote(url: str) -> Iterator[IO[bytes]]:
    """A remote file as a raw binary stream (ingest itself tells gzip and format)."""
    import fsspec

    with fsspec.open(url, "rb") as raw:
        yield raw


def _read_slice(shard: Shard, reader: SourceReader) -> Iterator[Article | Rejected]:
    """The records of a JSONL slice, numbered as if the whole file had been read."""
    stop = shard.stop if shard.stop is not None else float("inf")
    with open_decompressed(shard.path) as source:
        sliced = SliceStream(source, shard.first, shard.stop)
        for item in reader.read_stream(io.BufferedReader(sliced), shard.path):
            line = _line_of(item, shard.path)
            if line is None:
                # A file-level error (a truncated gzip): the slice it happened in reports it.
                if not sliced.error_before_slice:
                    yield item
            elif shard.first <= line < stop:
                yield item


def _line_of(item: Article | Rejected, path: str) -> int | None:
    if isinstance(item, Article):
        return int(item.meta["line"]) if "line" in item.meta else None
    number = item.path.removeprefix(f"{path}:")
    return int(number) if number != item.path and number.isdigit() else None


class SliceStream(io.RawIOBase):
    """A JSONL stream in which only the lines ``[first, stop)`` are kept as they are.

    Each other non-blank line before ``first`` becomes ``{}`` (so the lines keep their
    numbers at almost no parsing cost), blank lines stay blank, and the stream ends at
    ``stop``. Numbers follow ingest: the line holding the first non-blank byte is line 1.
    ``error_before_slice`` tells whether a decompression error struck before the slice.
    """

    def __init__(self, source: IO[bytes], first: int, stop: int | None) -> None:
        super().__init__()
        self._source = source
        self._first = first
        self._stop = stop
        self._pending = b""
        self._chunks = self._filtered()
        self._before = first > 1
        self.error_before_slice = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        # Fill the whole buffer when possible: ingest tells the format from one peek.
        filled = 0
        while filled < len(buffer):
            if not self._pending:
                chunk = next(self._chunks, None)
                if chunk is None:
                    break
                self._pending = chunk
            n = min(len(buffer) - filled, len(self._pending))
            buffer[filled : filled + n] = self._pending[:n]
            self._pending = self._pending[n:]
            filled += n
        return filled

    def _read_line_start(self, first_line: bool) -> bytes:
        try:
            piece = self._source.readline(_CHUNK)
        except _GZIP_ERRORS:
            self.error_before_slice = self._before
            raise
        return piece.removeprefix(_BOM) if first_line else piece

    def _filtered(self) -> Iterator[bytes]:
        number = 0
        first_line = True
        while piece := self._read_line_start(first_line):
            first_line = False
            while not piece.strip() and not piece.endswith(b"\n"):
                more = self._read_line_start(False)
                if not more:
                    break
                piece += more
            if not piece.strip():
                number += 1 if number else 0
                yield b"\n" if piece.endswith(b"\n") else b""
                continue
            number += 1
            if self._stop is not None and number >= self._stop:
                return
            self._before = number < self._first
            if self._before:
                yield _HIDDEN_LINE
                for _dropped in self._rest_of_line(piece):
                    pass
                continue
            yield piece
            yield from self._rest_of_line(piece)
            self._before = number + 1 < self._first

    def _rest_of_line(self, piece: bytes) -> Iterator[bytes]:
        """The rest of a line longer than one read."""
        while not piece.endswith(b"\n"):
            piece = self._read_line_start(False)
            if not piece:
                return
            yield piece
