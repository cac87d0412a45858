"""The embedded event store: one SQLite file, no service to run.

Each article is written in one transaction together with its events, quotes and entities,
so a failure leaves no half article. Articles are keyed by the hash of their text and by
their URL, so re-running the same input adds nothing; the same URL with a new text, or the
same text coded with different knowledge (another ``data_hash``), replaces the old rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from hadath.errors import StoreError
from hadath.model import Actor, Article, Event, Quote
from hadath.store.migrate import migrate

logger = logging.getLogger(__name__)

SaveResult = Literal["added", "unchanged", "replaced"]
BUSY_TIMEOUT_MS = 10_000

_EVENT_COLUMNS: tuple[str, ...] = (
    "sentence", "sentence_start", "sentence_end", "trigger", "trigger_start", "trigger_end",
    "event_type", "cameo", "mode", "modality", "quad_class", "confidence", "rule", "date",
    "date_text", "date_start", "date_end",
)  # fmt: skip
_QUOTE_COLUMNS: tuple[str, ...] = (
    "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "direct",
    "sentence_start", "sentence_end", "rule",
)  # fmt: skip
_ARTICLE_COLUMNS: tuple[str, ...] = (
    "doc_id", "url", "title", "text", "published", "source", "author", "language",
)  # fmt: skip


def content_hash(article: Article) -> str:
    """The article's natural key: the hash ingest recorded, else the same hash (sha1 of the text)."""
    given = article.meta.get("content_hash")
    if given:
        return str(given)
    # Computed exactly as ingest computes it, so stored and library-built articles agree.
    return hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _entity_key(actors: Sequence[Actor]) -> str:
    """``|name|name|`` casefolded, so ``LIKE '%|name|%'`` matches one whole entity."""
    names = [a.entity.casefold() for a in actors if a.entity]
    return f"|{'|'.join(names)}|" if names else ""


class SqliteStore:
    """Articles, events, quotes and entities in one SQLite file (WAL mode).

    Use as a context manager, or call :meth:`close`::

        with SqliteStore("hadath.db", data_hash=kb.data_hash) as store:
            store.save(article)
    """

    def __init__(self, path: str | Path, *, data_hash: str = "") -> None:
        self.path = str(path)
        self.data_hash = data_hash
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: this class opens and ends every transaction itself.
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate(self.conn)
        except (sqlite3.Error, OSError) as err:
            raise StoreError(f"{self.path}: cannot open the store: {err}") from err

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self.conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def save(self, article: Article, *, data_hash: str | None = None) -> SaveResult:
        """Store one processed article and everything found in it, in one transaction.

        Args:
            article: the pipeline's output.
            data_hash: hash of the knowledge that coded it; the store's own by default.

        Returns:
            ``"added"`` for a new document, ``"unchanged"`` when the same text coded with the
            same knowledge is already stored, ``"replaced"`` when it replaced older rows
            (same URL with another text, or the same text coded with other knowledge).

        Raises:
            StoreError: the write failed; nothing of this article was written.
        """
        data_hash = self.data_hash if data_hash is None else data_hash
        key = content_hash(article)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                result = self._save_in_transaction(article, key, data_hash)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store {article.doc_id!r}: {err}") from err
        logger.debug("%s: %s", article.doc_id, result)
        return result

    def _save_in_transaction(self, article: Article, key: str, data_hash: str) -> SaveResult:
        same_text = self.conn.execute(
            "SELECT id, data_hash FROM articles WHERE content_hash = ?", (key,)
        ).fetchone()
        if same_text is not None and same_text["data_hash"] == data_hash:
            return "unchanged"
        old_ids = {same_text["id"]} if same_text is not None else set()
        if article.url:
            same_url = self.conn.execute("SELECT id FROM articles WHERE url = ?", (article.url,)).fetchone()
            if same_url is not None:
                old_ids.add(same_url["id"])
        # Events, quotes and entities go with their article (ON DELETE CASCADE).
        self.conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in old_ids])
        article_id = self._insert_article(article, key, data_hash)
        self._insert_events(article_id, article.events)
        self._insert_quotes(article_id, article.quotes)
        self._insert_entities(article_id, article)
        return "replaced" if old_ids else "added"

    def _insert_article(self, article: Article, key: str, data_hash: str) -> int:
        values = [getattr(article, c) for c in _ARTICLE_COLUMNS]
        values[_ARTICLE_COLUMNS.index("url")] = article.url or None  # NULLs never collide
        cur = self.conn.execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}, content_hash, meta, ingested_at, "
            f"data_hash) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))}, ?, ?, ?, ?)",
            (*values, key, _json(article.meta), _now(), data_hash),
        )
        return int(cur.lastrowid or 0)

    def _insert_events(self, article_id: int, events: Sequence[Event]) -> None:
        columns = (
            "article_id", "position", *_EVENT_COLUMNS, "location", "place_name", "place_country",
            "place_lat", "place_lon", "place_precision", "actor", "recipient", "actor_entities",
            "recipient_entities",
        )  # fmt: skip
        sql = f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for position, event in enumerate(events):
            d = event.to_dict()
            loc = event.location
            row = (
                article_id, position, *(d[c] for c in _EVENT_COLUMNS),
                _json(d["location"]) if loc else None, loc.name if loc else None,
                loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
                loc.precision if loc else None, _json(d["actor"]), _json(d["recipient"]),
                _entity_key(event.actor), _entity_key(event.recipient),
            )  # fmt: skip
            event_id = self.conn.execute(sql, row).lastrowid
            self._insert_event_actors(int(event_id or 0), event)

    def _insert_event_actors(self, event_id: int, event: Event) -> None:
        rows = [
            (event_id, role, a.entity, a.country, a.sector, a.kb_id, a.text, a.start, a.end)
            for role, actors in (("actor", event.actor), ("recipient", event.recipient))
            for a in actors
        ]
        self.conn.executemany(
            'INSERT INTO event_actors (event_id, role, entity, country, sector, kb_id, text, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _insert_quotes(self, article_id: int, quotes: Sequence[Quote]) -> None:
        columns = ("article_id", "position", "speaker", "speaker_entity", *_QUOTE_COLUMNS)
        sql = f"INSERT INTO quotes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        rows = []
        for position, quote in enumerate(quotes):
            d = quote.to_dict()
            speaker = _json(d["speaker"]) if quote.speaker else None
            entity = quote.speaker.entity if quote.speaker else ""
            rows.append((article_id, position, speaker, entity, *(d[c] for c in _QUOTE_COLUMNS)))
        self.conn.executemany(sql, rows)

    def _insert_entities(self, article_id: int, article: Article) -> None:
        # Article.entities() gives the distinct (text, type); keep the first mention's offsets.
        first: dict[tuple[str, str], tuple[str, int, int]] = {}
        for m in article.mentions:
            first.setdefault((m.text, m.label), (m.kind, m.start, m.end))
        rows = []
        for ent in article.entities():
            kind, start, end = first.get((ent["text"], ent["type"]), ("actor", -1, -1))
            rows.append((article_id, ent["text"], ent["type"], ent["entity"], kind, start, end))
        self.conn.executemany(
            'INSERT INTO entities (article_id, text, type, entity, kind, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str]) -> int:
        """Record the start of a ``hadath run``; returns the run id."""
        cur = self.conn.execute(
            "INSERT INTO runs (started, inputs, data_hash) VALUES (?, ?, ?)",
            (_now(), _json(list(inputs)), self.data_hash),
        )
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        """Record the end of a run and its summary counts."""
        self.conn.execute(
            "UPDATE runs SET finished = ?, counts = ? WHERE id = ?", (_now(), _json(counts), run_id)
        )

    def runs(self) -> list[dict[str, Any]]:
        """Every recorded run, oldest first, with inputs and counts decoded."""
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return [
            {**dict(r), "inputs": json.loads(r["inputs"]), "counts": json.loads(r["counts"])} for r in rows
        ]

    # -- reading ---------------------------------------------------------------------------

    def count_articles(self) -> int:
        """How many articles are stored."""
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def count_events(self) -> int:
        """How many events are stored."""
        return int(self.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    def get_article(self, doc_id: str) -> Article | None:
        """The article with this id (the latest stored, if several share it), or None."""
        row = self.conn.execute(
            "SELECT * FROM articles WHERE doc_id = ? ORDER BY id DESC LIMIT 1", (doc_id,)
        ).fetchone()
        return self._rebuild(row) if row is not None else None

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, rebuilt, in storage order."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                yield self._rebuild(row)

    def _rebuild(self, row: sqlite3.Row) -> Article:
        """An Article from its rows; sentences, tokens and unnamed mentions are not stored."""
        article_id = row["id"]
        events = self.conn.execute(
            "SELECT * FROM events WHERE article_id = ? ORDER BY position", (article_id,)
        ).fetchall()
        quotes = self.conn.execute(
            "SELECT * FROM quotes WHERE article_id = ? ORDER BY position", (article_id,)
        ).fetchall()
        entities = self.conn.execute(
            "SELECT * FROM entities WHERE article_id = ? ORDER BY id", (article_id,)
        ).fetchall()
        record = {c: row[c] for c in _ARTICLE_COLUMNS}
        record.update(
            url=row["url"] or "",
            meta=json.loads(row["meta"]),
            events=[_event_dict(e) for e in events],
            quotes=[_quote_dict(q) for q in quotes],
            mentions=[_mention_dict(e) for e in entities],
        )
        return Article.from_dict(record)

    def events(
        self,
        *,
        event_type: str | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        actor_country: str | None = None,
        country: str | None = None,
        place: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        modality: str | None = None,
        doc_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored events in the gold event shape plus their article's id, URL and date.

        Args:
            event_type: PLOVER type (``"ASSAULT"``).
            actor: an actor's entity name (case-insensitive) or knowledge-base id.
            recipient: the same, for recipients.
            actor_country: ISO3 country of some actor or recipient.
            country: ISO3 country of the event's place.
            place: the place's name (case-insensitive).
            date_from: first event day, inclusive (``YYYY-MM-DD``).
            date_to: last event day, inclusive.
            modality: ``asserted``, ``negated``, ``future``, ``hypothetical`` or ``claimed``.
            doc_id: only this article's events.
            limit: at most this many events.
            offset: skip this many first.

        Returns:
            Dicts ordered by date, then storage order: ``Event.to_dict()`` keys plus
            ``event_id``, ``doc_id``, ``url``, ``published``, ``source``.
        """
        where: list[str] = []
        args: list[Any] = []

        def add(clause: str, *values: Any) -> None:
            where.append(clause)
            args.extend(values)

        party = (
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role = ? "
            "AND (x.entity = ? COLLATE NOCASE OR x.kb_id = ?))"
        )
        if event_type:
            add("e.event_type = ?", event_type)
        if actor:
            add(party, "actor", actor, actor)
        if recipient:
            add(party, "recipient", recipient, recipient)
        if actor_country:
            add(
                "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.country = ?)",
                actor_country,
            )
        if country:
            add("e.place_country = ?", country)
        if place:
            add("e.place_name = ? COLLATE NOCASE", place)
        if date_from:
            add("e.date >= ?", date_from)
        if date_to:
            add("e.date <= ?", date_to)
        if modality:
            add("e.modality = ?", modality)
        if doc_id:
            add("a.doc_id = ?", doc_id)
        sql = (
            "SELECT e.*, a.doc_id, a.url, a.published, a.source FROM events e "
            "JOIN articles a ON a.id = e.article_id"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY e.date IS NULL, e.date, e.article_id, e.position LIMIT ? OFFSET ?"
        )
        rows = self.conn.execute(sql, (*args, limit, offset)).fetchall()
        return [
            {
                **_event_dict(r),
                "event_id": r["id"],
                "doc_id": r["doc_id"],
                "url": r["url"] or "",
                "published": r["published"],
                "source": r["source"],
            }
            for r in rows
        ]


def _event_dict(row: sqlite3.Row) -> dict[str, Any]:
    d = {c: row[c] for c in _EVENT_COLUMNS}
    d.update(
        location=json.loads(row["location"]) if row["location"] else None,
        actor=json.loads(row["actor"]),
        recipient=json.loads(row["recipient"]),
    )
    return d


def _quote_dict(row: sqlite3.Row) -> dict[str, Any]:
    d = {c: row[c] for c in _QUOTE_COLUMNS}
    d.update(direct=bool(row["direct"]), speaker=json.loads(row["speaker"]) if row["speaker"] else None)
    return d


def _mention_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "start": row["start"], "end": row["end"], "text": row["text"], "kind": row["kind"],
        "label": row["type"], "entity": row["entity"],
    }  # fmt: skip
