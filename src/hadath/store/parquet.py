"""Parquet output: events, quotes and mentions as tables partitioned by day.

Layout, under an output directory on any filesystem fsspec knows (a local path, ``s3://``,
``gs://``, ``file://``)::

    OUT/events/day=2016-09-20/part-<shard>.parquet
    OUT/quotes/day=2016-09-20/part-<shard>.parquet
    OUT/mentions/day=2016-09-20/part-<shard>.parquet

An event's day is its own resolved date, else its article's publication date, else
``unknown``; quotes and mentions take their article's day. Each writer call owns one
``part`` name, so writing the same shard again replaces its files instead of adding rows:
that is what makes a rerun idempotent. A file is written under a temporary name and then
moved into place, so a reader never sees half a file. Every row carries ``doc_id``,
``content_hash`` and character offsets into the article text, as the store does.

Read back with pyarrow or DuckDB, e.g. ``read_table(OUT, "events")`` or
``SELECT * FROM read_parquet('OUT/events/*/*.parquet', hive_partitioning=true)``.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from hadath.store.sqlite import content_hash

if TYPE_CHECKING:
    import pyarrow as pa

    from hadath.model import Article, Event, Quote

logger = logging.getLogger(__name__)

TABLES: tuple[str, ...] = ("events", "quotes", "mentions")
PARTITION = "day"
UNKNOWN_DAY = "unknown"

# Column name -> Arrow type name; each table starts with the article columns.
_ARTICLE_FIELDS: tuple[tuple[str, str], ...] = (
    ("doc_id", "string"), ("content_hash", "string"), ("url", "string"), ("source", "string"),
    ("published", "string"), ("position", "int32"),
)  # fmt: skip
_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (
        ("event_type", "string"), ("cameo", "string"), ("quad_class", "int8"), ("mode", "string"),
        ("modality", "string"), ("trigger", "string"), ("trigger_start", "int32"), ("trigger_end", "int32"),
        ("sentence", "string"), ("sentence_start", "int32"), ("sentence_end", "int32"),
        ("date", "string"), ("date_text", "string"), ("date_start", "int32"), ("date_end", "int32"),
        ("date_precision", "string"), ("actor_entities", "list"), ("recipient_entities", "list"), ("actor_countries", "list"),
        ("recipient_countries", "list"), ("actor", "string"), ("recipient", "string"),
        ("place_name", "string"), ("place_country", "string"), ("place_lat", "float64"),
        ("place_lon", "float64"), ("place_precision", "string"), ("place_kb_id", "string"),
        ("place_text", "string"), ("place_start", "int32"), ("place_end", "int32"),
        ("confidence", "float64"), ("rule", "string"), ("article_minhash", "string"),
        ("article_shingles", "int32"),
    ),
    "quotes": (
        ("speaker_text", "string"), ("speaker_entity", "string"), ("speaker_start", "int32"),
        ("speaker_end", "int32"), ("cue", "string"), ("cue_start", "int32"), ("cue_end", "int32"),
        ("content", "string"), ("content_start", "int32"), ("content_end", "int32"), ("direct", "bool"),
        ("sentence_start", "int32"), ("sentence_end", "int32"), ("rule", "string"),
    ),
    "mentions": (
        ("start", "int32"), ("end", "int32"), ("text", "string"), ("kind", "string"), ("label", "string"),
        ("ref", "string"), ("entity", "string"), ("sentence", "int32"), ("rule", "string"),
    ),
}  # fmt: skip

Row = dict[str, Any]


def schema(table: str) -> pa.Schema:
    """The Arrow schema of one table (``events``, ``quotes`` or ``mentions``)."""
    import pyarrow as pa

    types: dict[str, Callable[[], pa.DataType]] = {
        "string": pa.string, "int32": pa.int32, "int8": pa.int8, "float64": pa.float64,
        "bool": pa.bool_, "list": lambda: pa.list_(pa.string()),
    }  # fmt: skip
    return pa.schema([(name, types[kind]()) for name, kind in (*_ARTICLE_FIELDS, *_FIELDS[table])])


def day_of(value: str | None) -> str:
    """The ``YYYY-MM-DD`` partition value of an ISO date or datetime, or ``unknown``."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return UNKNOWN_DAY


def _article_columns(article: Article, position: int) -> Row:
    return {
        "doc_id": article.doc_id, "content_hash": content_hash(article), "url": article.url,
        "source": article.source, "published": article.published, "position": position,
    }  # fmt: skip


def _event_row(article: Article, position: int, event: Event) -> Row:
    d = event.to_dict()
    place = d["location"] or {}
    row = _article_columns(article, position)
    row.update({name: d[name] for name, _ in _FIELDS["events"] if name in d})
    row.update(
        actor_entities=[a.entity for a in event.actor if a.entity],
        recipient_entities=[a.entity for a in event.recipient if a.entity],
        actor_countries=[a.country for a in event.actor if a.country],
        recipient_countries=[a.country for a in event.recipient if a.country],
        actor=json.dumps(d["actor"], ensure_ascii=False),
        recipient=json.dumps(d["recipient"], ensure_ascii=False),
        **{f"place_{k}": place.get(k) for k in ("name", "country", "lat", "lon", "precision", "kb_id")},
        place_text=place.get("text"), place_start=place.get("start"), place_end=place.get("end"),
    )  # fmt: skip
    return row


def _with_signature(rows: list[Row], article: Article) -> list[Row]:
    """The article's MinHash signature on each of its event rows, for the deduplication stage."""
    if not rows:
        return rows
    from hadath.dedup import minhash
    from hadath.dedup.settings import default_settings

    copies = default_settings().copies
    hashed = minhash.shingles(f"{article.title}\n{article.text}", copies.shingle_words)
    signature = minhash.to_text(minhash.signature_of(hashed, copies))
    for row in rows:
        row.update(article_minhash=signature, article_shingles=int(hashed.size))
    return rows


def _quote_row(article: Article, position: int, quote: Quote) -> Row:
    d = quote.to_dict()
    speaker = quote.speaker
    row = _article_columns(article, position)
    row.update({name: d[name] for name, _ in _FIELDS["quotes"] if name in d})
    row.update(
        speaker_text=speaker.text if speaker else None, speaker_entity=speaker.entity if speaker else None,
        speaker_start=speaker.start if speaker else None, speaker_end=speaker.end if speaker else None,
    )  # fmt: skip
    return row


def rows(articles: Iterable[Article]) -> dict[str, dict[str, list[Row]]]:
    """The rows of every table, grouped by day: ``{table: {day: [row, ...]}}``."""
    out: dict[str, dict[str, list[Row]]] = {t: defaultdict(list) for t in TABLES}
    for article in articles:
        article_day = day_of(article.published)
        events = _with_signature([_event_row(article, i, e) for i, e in enumerate(article.events)], article)
        for event, row in zip(article.events, events, strict=True):
            event_day = day_of(event.date)
            out["events"][article_day if event_day == UNKNOWN_DAY else event_day].append(row)
        for i, quote in enumerate(article.quotes):
            out["quotes"][article_day].append(_quote_row(article, i, quote))
        for i, mention in enumerate(article.mentions):
            row = _article_columns(article, i)
            row.update(mention.to_dict())
            out["mentions"][article_day].append(row)
    return out


class ParquetWriter:
    """Writes the tables of a batch of articles under one part name, replacing earlier ones.

    Args:
        root: the output directory, a local path or an fsspec URL.
    """

    def __init__(self, root: str) -> None:
        from fsspec.core import url_to_fs

        self.fs, self.root = url_to_fs(root)
        self.fs.makedirs(self.root, exist_ok=True)

    def write(self, part: str, articles: Sequence[Article]) -> dict[str, int]:
        """Write (or rewrite) part ``part`` of every table from ``articles``.

        Files of this part left by an earlier attempt under days that no longer occur are
        removed, so a rerun leaves exactly one copy of each row.

        Returns:
            Rows written per table.
        """
        import pyarrow as pa

        written: dict[str, int] = {}
        grouped = rows(articles)
        for table, by_day in grouped.items():
            self.remove(part, table=table, keep_days=set(by_day))
            for day, table_rows in sorted(by_day.items()):
                data = pa.Table.from_pylist(table_rows, schema=schema(table))
                self._write_atomically(self._path(table, day, part), data)
            written[table] = sum(len(r) for r in by_day.values())
        return written

    def write_day(self, table: str, day: str, part: str, data: pa.Table) -> None:
        """Write (or replace) one part of one day of a table, e.g. a second stage's output."""
        if PARTITION in data.column_names:
            data = data.drop_columns([PARTITION])
        self._write_atomically(self._path(table, day, part), data)

    def days(self, table: str) -> list[str]:
        """The days a table has partitions for, sorted."""
        found = self.fs.glob(f"{self.root}/{table}/{PARTITION}=*")
        return sorted(p.rsplit("/", 1)[-1].removeprefix(f"{PARTITION}=") for p in found)

    def remove(self, part: str, *, table: str | None = None, keep_days: set[str] | None = None) -> int:
        """Delete part ``part`` of one table (or all), except under ``keep_days``; returns files removed."""
        removed = 0
        for path in self._part_files(part, table):
            day = path.rsplit("/", 2)[-2].removeprefix(f"{PARTITION}=")
            if keep_days is None or day not in keep_days:
                self.fs.rm(path)
                removed += 1
        return removed

    def parts(self) -> set[str]:
        """The part names present in any table."""
        found = self.fs.glob(f"{self.root}/*/{PARTITION}=*/part-*.parquet")
        return {p.rsplit("/", 1)[-1].removeprefix("part-").removesuffix(".parquet") for p in found}

    def _part_files(self, part: str, table: str | None) -> Iterator[str]:
        for name in (table,) if table else TABLES:
            yield from self.fs.glob(f"{self.root}/{name}/{PARTITION}=*/part-{part}.parquet")

    def _path(self, table: str, day: str, part: str) -> str:
        return f"{self.root}/{table}/{PARTITION}={day}/part-{part}.parquet"

    def _write_atomically(self, path: str, data: pa.Table) -> None:
        import pyarrow.parquet as pq

        directory = path.rsplit("/", 1)[0]
        self.fs.makedirs(directory, exist_ok=True)
        temporary = f"{directory}/.tmp-{uuid.uuid4().hex}"
        with self.fs.open(temporary, "wb") as handle:
            pq.write_table(data, handle, compression="zstd")
        self.fs.mv(temporary, path)


def read_table(root: str, table: str, days: Iterable[str] | None = None) -> pa.Table:
    """One table of an output directory (only some ``days`` if given), in a stable row order.

    Rows carry their ``day`` and are sorted by day, document id and position, so two
    directories written by different engines compare equal when they hold the same rows.
    """
    import pyarrow as pa
    import pyarrow.dataset as ds
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(root)
    partitioning = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")
    target = f"{path}/{table}"
    dataset = (
        ds.dataset(target, filesystem=fs, format="parquet", partitioning=partitioning)
        if fs.exists(target)
        else None
    )
    if dataset is None or not dataset.files:
        empty = schema(table).empty_table() if table in _FIELDS else pa.table({})
        return empty.append_column(PARTITION, pa.array([], pa.string()))
    wanted = None if days is None else ds.field(PARTITION).isin(sorted(days))
    data = dataset.to_table(filter=wanted)
    return data.sort_by([(PARTITION, "ascending"), ("doc_id", "ascending"), ("position", "ascending")])


class ParquetSink:
    """Parquet output for the single-process path: articles in batches of ``batch`` per part.

    Parts are named ``local-00000``, ``local-00001``... in reading order, so running the
    same inputs again rewrites the same parts; parts left over from a longer earlier run
    are removed on :meth:`close`.
    """

    PREFIX = "local-"

    def __init__(self, root: str, batch: int = 1000) -> None:
        self.writer = ParquetWriter(root)
        self.batch = batch
        self.pending: list[Article] = []
        self.parts = 0

    def add(self, article: Article) -> None:
        """Buffer one processed article; a full batch is written at once."""
        self.pending.append(article)
        if len(self.pending) >= self.batch:
            self._flush()

    def close(self) -> None:
        """Write what is buffered and remove stale parts of earlier runs."""
        self._flush()
        written = {f"{self.PREFIX}{i:05d}" for i in range(self.parts)}
        for part in self.writer.parts():
            if part.startswith(self.PREFIX) and part not in written:
                self.writer.remove(part)

    def _flush(self) -> None:
        if self.pending:
            self.writer.write(f"{self.PREFIX}{self.parts:05d}", self.pending)
            self.parts += 1
            self.pending = []
