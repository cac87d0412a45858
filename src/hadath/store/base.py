"""The event store's logic, written once for every backend.

Each article is written in one transaction together with its events, quotes and entities,
so a failure leaves no half article. Articles are keyed by the hash of their text and by
their URL, so re-running the same input adds nothing; the same URL with a new text, or the
same text coded with different knowledge (another ``data_hash``), replaces the old rows.
Writers serialize per article (SQLite: one writer at a time; PostgreSQL: a lock per text
hash and URL), so two processes saving the same article never store it twice.

:class:`Store` holds everything; :class:`~hadath.store.sqlite.SqliteStore` and
:class:`~hadath.store.postgres.PostgresStore` only open their :class:`Database`.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal, Self

from hadath.dedup.settings import DedupSettings, default_settings
from hadath.dedup.text import make_similarity
from hadath.errors import StoreError
from hadath.model import Actor, Article, Event, Quote
from hadath.store.clusters import Deduplicator
from hadath.store.db import Database
from hadath.store.migrate import migrate
from hadath.store.search import index_terms, query_groups

logger = logging.getLogger(__name__)

SaveResult = Literal["added", "unchanged", "replaced"]
# The version whose migration adds the search columns; older stores are re-indexed after it.
SEARCH_VERSION = 2
# The lock writers take in turn for deduplication (an advisory lock on PostgreSQL).
DEDUP_LOCK = "hadath:dedup"
# The version whose migration adds clusters; older stores are clustered after it.
CLUSTER_VERSION = 5
REINDEX_BATCH = 500

_EVENT_COLUMNS: tuple[str, ...] = (
    "sentence", "sentence_start", "sentence_end", "trigger", "trigger_start", "trigger_end",
    "event_type", "cameo", "mode", "modality", "quad_class", "confidence", "rule", "date",
    "date_text", "date_start", "date_end", "date_precision",
)  # fmt: skip
_EVENT_INSERT: tuple[str, ...] = (
    "article_id", "position", *_EVENT_COLUMNS, "location", "place_name", "place_country",
    "place_lat", "place_lon", "place_precision", "actor", "recipient", "actor_entities",
    "recipient_entities", "search_terms",
)  # fmt: skip
_EVENT_SELECT = ", ".join(
    f"e.{c}" for c in ("id", "article_id", "position", *_EVENT_COLUMNS, "location", "actor", "recipient")
)
_QUOTE_COLUMNS: tuple[str, ...] = (
    "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "direct",
    "sentence_start", "sentence_end", "rule",
)  # fmt: skip
_ARTICLE_COLUMNS: tuple[str, ...] = (
    "doc_id", "url", "title", "text", "published", "source", "author", "language",
)  # fmt: skip
_ARTICLE_SELECT = ", ".join(("id", *_ARTICLE_COLUMNS, "meta"))


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


def _placeholders(columns: Sequence[str]) -> str:
    return ", ".join("?" * len(columns))


def _entity_key(actors: Sequence[Actor]) -> str:
    """``|name|name|`` casefolded, so ``LIKE '%|name|%'`` matches one whole entity."""
    names = [a.entity.casefold() for a in actors if a.entity]
    return f"|{'|'.join(names)}|" if names else ""


@dataclass(frozen=True, slots=True)
class StoreOptions:
    """How a store deduplicates what it saves.

    Attributes:
        dedup: deduplication settings; the shipped ``data/dedup.yaml`` when ``None``.
        similarity: how event clauses are compared: ``words`` or ``embedding``.
    """

    dedup: DedupSettings | None = None
    similarity: str = "words"


class Store:
    """Articles, events, quotes and entities in a database (see :func:`hadath.store.open_store`).

    Use as a context manager, or call :meth:`close`::

        with open_store("hadath.db", data_hash=kb.data_hash) as store:
            store.save(article)
    """

    def __init__(self, db: Database, *, data_hash: str = "", options: StoreOptions | None = None) -> None:
        """Migrate the database to the current schema and make it the store's.

        Args:
            db: the open database.
            data_hash: hash of the knowledge that codes what is saved.
            options: how saved articles are deduplicated; the shipped settings by default.

        Raises:
            StoreError: a migration failed.
        """
        self.db = db
        self.data_hash = data_hash
        options = options or StoreOptions()
        try:
            self.dedup = Deduplicator(
                options.dedup or default_settings(), make_similarity(options.similarity)
            )
            applied = migrate(db)
            # A store that already held articles gets what a new version adds (a new store
            # has none, so each costs one query).
            if SEARCH_VERSION in applied:
                self.reindex_search()
            if CLUSTER_VERSION in applied:
                self.recluster()
        except BaseException:
            db.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self.db.close()

    def __enter__(self) -> Self:
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
        # Clustering reads earlier mentions and writes clusters: writers take turns on it, so
        # two articles telling one event at once never found two clusters for it.
        locks = [f"text:{key}", *([f"url:{article.url}"] if article.url else []), DEDUP_LOCK]
        try:
            with self.db.transaction(locks):
                result = self._save_in_transaction(article, key, data_hash)
        except self.db.errors as err:
            raise StoreError(
                f"{self.db.label}: cannot store {article.doc_id!r}: {self.db.describe(err)}"
            ) from err
        logger.debug("%s: %s", article.doc_id, result)
        return result

    def _save_in_transaction(self, article: Article, key: str, data_hash: str) -> SaveResult:
        same_text = self.db.query("SELECT id, data_hash FROM articles WHERE content_hash = ?", (key,))
        if same_text and same_text[0]["data_hash"] == data_hash:
            return "unchanged"
        old_ids = {row["id"] for row in same_text}
        if article.url:
            old_ids.update(
                r["id"] for r in self.db.query("SELECT id FROM articles WHERE url = ?", (article.url,))
            )
        emptied = self.dedup.clusters_of_articles(self.db, old_ids)
        self._forget_copies(old_ids)
        # Events, quotes and entities go with their article (ON DELETE CASCADE).
        self.db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in sorted(old_ids)])
        article_id = self._insert_article(article, key, data_hash)
        event_ids = self._insert_events(article_id, article.events)
        self._insert_quotes(article_id, article.quotes)
        self._insert_entities(article_id, article)
        self._deduplicate(article_id, article, list(zip(event_ids, article.events, strict=True)), emptied)
        return "replaced" if old_ids else "added"

    def _deduplicate(
        self, article_id: int, article: Article, events: list[tuple[int, Event]], emptied: set[int]
    ) -> None:
        """Link the article to its copies and its events to their clusters; refresh what changed."""
        copies = self.dedup.link_copies(self.db, article_id, article)
        touched = self.dedup.cluster_events(self.db, article_id, events, copies)
        self.dedup.refresh(self.db, emptied | touched)

    def _forget_copies(self, article_ids: set[int]) -> None:
        """Articles that copied one about to be deleted no longer point at it."""
        self.db.executemany(
            "UPDATE articles SET copy_of = NULL, copy_similarity = NULL WHERE copy_of = ?",
            [(i,) for i in sorted(article_ids)],
        )

    def _insert_article(self, article: Article, key: str, data_hash: str) -> int:
        values = [getattr(article, c) for c in _ARTICLE_COLUMNS]
        values[_ARTICLE_COLUMNS.index("url")] = article.url or None  # NULLs never collide
        columns = (*_ARTICLE_COLUMNS, "content_hash", "meta", "ingested_at", "data_hash", "search_terms")
        terms = index_terms(article.title, article.text)
        rows = self.db.query(
            f"INSERT INTO articles ({', '.join(columns)}) VALUES ({_placeholders(columns)}) RETURNING id",
            (*values, key, _json(article.meta), _now(), data_hash, terms),
        )
        return int(rows[0]["id"])

    def _insert_events(self, article_id: int, events: Sequence[Event]) -> list[int]:
        sql = f"INSERT INTO events ({', '.join(_EVENT_INSERT)}) VALUES ({_placeholders(_EVENT_INSERT)}) RETURNING id"
        ids: list[int] = []
        for position, event in enumerate(events):
            d = event.to_dict()
            loc = event.location
            row = (
                article_id, position, *(d[c] for c in _EVENT_COLUMNS),
                _json(d["location"]) if loc else None, loc.name if loc else None,
                loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
                loc.precision if loc else None, _json(d["actor"]), _json(d["recipient"]),
                _entity_key(event.actor), _entity_key(event.recipient), index_terms(event.sentence),
            )  # fmt: skip
            event_id = int(self.db.query(sql, row)[0]["id"])
            self._insert_event_actors(event_id, event)
            ids.append(event_id)
        return ids

    def _insert_event_actors(self, event_id: int, event: Event) -> None:
        rows = [
            (event_id, role, a.entity, a.country, a.sector, a.kb_id, a.text, a.start, a.end)
            for role, actors in (("actor", event.actor), ("recipient", event.recipient))
            for a in actors
        ]
        self.db.executemany(
            'INSERT INTO event_actors (event_id, role, entity, country, sector, kb_id, text, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _insert_quotes(self, article_id: int, quotes: Sequence[Quote]) -> None:
        columns = ("article_id", "position", "speaker", "speaker_entity", *_QUOTE_COLUMNS)
        sql = f"INSERT INTO quotes ({', '.join(columns)}) VALUES ({_placeholders(columns)})"
        rows = []
        for position, quote in enumerate(quotes):
            d = quote.to_dict()
            d["direct"] = int(quote.direct)  # an INTEGER column: PostgreSQL refuses a boolean
            speaker = _json(d["speaker"]) if quote.speaker else None
            entity = quote.speaker.entity if quote.speaker else ""
            rows.append((article_id, position, speaker, entity, *(d[c] for c in _QUOTE_COLUMNS)))
        self.db.executemany(sql, rows)

    def _insert_entities(self, article_id: int, article: Article) -> None:
        # Article.entities() gives the distinct (text, type); keep the first mention's offsets.
        first: dict[tuple[str, str], tuple[str, int, int]] = {}
        for m in article.mentions:
            first.setdefault((m.text, m.label), (m.kind, m.start, m.end))
        rows = []
        for ent in article.entities():
            kind, start, end = first.get((ent["text"], ent["type"]), ("actor", -1, -1))
            rows.append((article_id, ent["text"], ent["type"], ent["entity"], kind, start, end))
        self.db.executemany(
            'INSERT INTO entities (article_id, text, type, entity, kind, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def reindex_search(self) -> int:
        """Recompute every article's and event's search terms; returns the articles done.

        Runs by itself when an older store gains the search columns; call it again after a
        change to the normalization or segmentation rules.
        """
        ids = [r["id"] for r in self.db.query("SELECT id FROM articles ORDER BY id")]
        try:
            for first in range(0, len(ids), REINDEX_BATCH):
                with self.db.transaction():
                    for article_id in ids[first : first + REINDEX_BATCH]:
                        self._reindex_article(article_id)
        except self.db.errors as err:
            raise StoreError(
                f"{self.db.label}: cannot re-index the search terms: {self.db.describe(err)}"
            ) from err
        logger.info("%s: re-indexed %d articles for search", self.db.label, len(ids))
        return len(ids)

    def _reindex_article(self, article_id: int) -> None:
        rows = self.db.query("SELECT title, text FROM articles WHERE id = ?", (article_id,))
        if not rows:  # replaced by a writer since the list was read; the new row is indexed
            return
        row = rows[0]
        self.db.execute(
            "UPDATE articles SET search_terms = ? WHERE id = ?",
            (index_terms(row["title"], row["text"]), article_id),
        )
        events = self.db.query("SELECT id, sentence FROM events WHERE article_id = ?", (article_id,))
        self.db.executemany(
            "UPDATE events SET search_terms = ? WHERE id = ?",
            [(index_terms(e["sentence"]), e["id"]) for e in events],
        )

    def explain_cluster(self, cluster_id: int) -> dict[str, Any] | None:
        """Why a cluster's mentions were merged and its neighbours kept apart (see ``hadath explain-cluster``)."""
        return self.dedup.explain(self.db, cluster_id)

    def recluster(self) -> int:
        """Rebuild every copy link and cluster from the stored events, in storage order.

        Runs by itself when an older store gains clusters; call it again after changing the
        deduplication settings. Returns the number of clusters.
        """
        try:
            # The article list is read under the writers' clustering lock, in the transaction
            # that clears the clusters: an article a writer saves meanwhile is either in the
            # list or clustered after the reset, never left without its clusters.
            with self.db.transaction([DEDUP_LOCK]):
                ids = [r["id"] for r in self.db.query("SELECT id FROM articles ORDER BY id")]
                self.db.execute("UPDATE events SET cluster_id = NULL, cluster_link = NULL")
                self.db.execute("UPDATE articles SET copy_of = NULL, copy_similarity = NULL, minhash = ''")
                self.db.execute("DELETE FROM article_bands")
                self.db.execute("DELETE FROM event_keys")
                self.db.execute("DELETE FROM clusters")
            for first in range(0, len(ids), REINDEX_BATCH):
                with self.db.transaction([DEDUP_LOCK]):
                    for article_id in ids[first : first + REINDEX_BATCH]:
                        self._recluster_article(article_id)
        except self.db.errors as err:
            raise StoreError(
                f"{self.db.label}: cannot rebuild the clusters: {self.db.describe(err)}"
            ) from err
        count = int(self.db.query("SELECT COUNT(*) AS n FROM clusters")[0]["n"])
        logger.info("%s: clustered %d articles into %d events", self.db.label, len(ids), count)
        return count

    def _recluster_article(self, article_id: int) -> None:
        rows = self.db.query(f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = ?", (article_id,))
        if not rows:  # replaced by a writer since the list was read; the new row clustered itself
            return
        article = self._rebuild(rows[0])
        event_ids = [
            r["id"]
            for r in self.db.query(
                "SELECT id FROM events WHERE article_id = ? ORDER BY position", (article_id,)
            )
        ]
        self._deduplicate(article_id, article, list(zip(event_ids, article.events, strict=True)), set())

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str]) -> int:
        """Record the start of a ``hadath run``; returns the run id."""
        rows = self.db.query(
            "INSERT INTO runs (started, inputs, data_hash) VALUES (?, ?, ?) RETURNING id",
            (_now(), _json(list(inputs)), self.data_hash),
        )
        return int(rows[0]["id"])

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        """Record the end of a run and its summary counts."""
        self.db.execute(
            "UPDATE runs SET finished = ?, counts = ? WHERE id = ?", (_now(), _json(counts), run_id)
        )

    def runs(self) -> list[dict[str, Any]]:
        """Every recorded run, oldest first, with inputs and counts decoded."""
        rows = self.db.query("SELECT * FROM runs ORDER BY id")
        return [{**r, "inputs": json.loads(r["inputs"]), "counts": json.loads(r["counts"])} for r in rows]

    # -- reading ---------------------------------------------------------------------------

    def count_articles(self) -> int:
        """How many articles are stored."""
        return int(self.db.query("SELECT COUNT(*) AS n FROM articles")[0]["n"])

    def count_events(self) -> int:
        """How many events are stored."""
        return int(self.db.query("SELECT COUNT(*) AS n FROM events")[0]["n"])

    def get_article(self, doc_id: str) -> Article | None:
        """The article with this id (the latest stored, if several share it), or None."""
        rows = self.db.query(
            f"SELECT {_ARTICLE_SELECT} FROM articles WHERE doc_id = ? ORDER BY id DESC LIMIT 1", (doc_id,)
        )
        return self._rebuild(rows[0]) if rows else None

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, rebuilt, in storage order."""
        ids = [r["id"] for r in self.db.query("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            rows = self.db.query(f"SELECT {_ARTICLE_SELECT} FROM articles WHERE id = ?", (article_id,))
            if rows:
                yield self._rebuild(rows[0])

    def _rebuild(self, row: dict[str, Any]) -> Article:
        """An Article from its rows; sentences, tokens and unnamed mentions are not stored."""
        article_id = row["id"]
        events = self.db.query(
            f"SELECT {_EVENT_SELECT} FROM events e WHERE e.article_id = ? ORDER BY e.position", (article_id,)
        )
        quotes = self.db.query("SELECT * FROM quotes WHERE article_id = ? ORDER BY position", (article_id,))
        entities = self.db.query("SELECT * FROM entities WHERE article_id = ? ORDER BY id", (article_id,))
        record = {c: row[c] for c in _ARTICLE_COLUMNS}
        record.update(
            url=row["url"] or "",
            meta=json.loads(row["meta"]),
            events=[_event_dict(e) for e in events],
            quotes=[_quote_dict(q) for q in quotes],
            mentions=[_mention_dict(e) for e in entities],
        )
        return Article.from_dict(record)

    def search(self, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text has every word of ``text``, in any clitic form.

        Words are matched as the language layer reads them: بالمفاوضات finds مفاوضات,
        المفاوضات and والمفاوضات, and the other way round (see :mod:`hadath.store.search`).

        Returns:
            Dicts with ``doc_id``, ``title``, ``url``, ``published`` and ``source``, newest first.
        """
        groups = query_groups(text)
        if not groups:
            return []
        rows = self.db.query(
            "SELECT a.doc_id, a.title, a.url, a.published, a.source FROM articles a "
            f"WHERE {self.db.match_clause('articles', 'a')} "
            "ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?",
            (self.db.match_expression(groups), limit),
        )
        return [{**r, "url": r["url"] or ""} for r in rows]

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
        q: str | None = None,
        min_sources: int | None = None,
        canonical: bool = False,
        limit: int | None = 100,
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
            q: words the event's sentence must contain, in any clitic form (as :meth:`search`).
            min_sources: only events whose cluster has at least this many independent sources.
            canonical: one row per real-world event: each cluster's founding mention only.
            limit: at most this many events; ``None`` for all.
            offset: skip this many first.

        Returns:
            Dicts ordered by date, then storage order: ``Event.to_dict()`` keys plus
            ``event_id``, ``position`` (in its article), ``doc_id``, ``url``, ``published``,
            ``source``, and the event's ``cluster_id`` with its ``sources`` and ``mentions``.
        """
        where, args = self._event_filters(
            event_type=event_type, actor=actor, recipient=recipient, actor_country=actor_country,
            country=country, place=place, date_from=date_from, date_to=date_to, modality=modality,
            doc_id=doc_id, q=q, min_sources=min_sources, canonical="1" if canonical else None,
        )  # fmt: skip
        sql = (
            f"SELECT {_EVENT_SELECT}, a.doc_id, a.url, a.published, a.source, e.cluster_id, "
            "c.sources AS cluster_sources, c.mentions AS cluster_mentions FROM events e "
            "JOIN articles a ON a.id = e.article_id LEFT JOIN clusters c ON c.id = e.cluster_id"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY e.date IS NULL, e.date, e.article_id, e.position"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args.extend((limit, offset))
        elif offset:
            raise ValueError("offset needs a limit")
        return [
            {
                **_event_dict(r),
                "event_id": r["id"],
                "position": r["position"],
                "doc_id": r["doc_id"],
                "url": r["url"] or "",
                "published": r["published"],
                "source": r["source"],
                "cluster_id": r["cluster_id"],
                "sources": r["cluster_sources"],
                "mentions": r["cluster_mentions"],
            }
            for r in self.db.query(sql, args)
        ]

    def _event_filters(self, **given: str | int | None) -> tuple[list[str], list[Any]]:
        """WHERE clauses and their bound values for the filters :meth:`events` documents."""
        where: list[str] = []
        args: list[Any] = []

        def add(clause: str, *values: Any) -> None:
            where.append(clause)
            args.extend(values)

        party = (
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role = ? "
            "AND (lower(x.entity) = lower(CAST(? AS TEXT)) OR x.kb_id = ?))"
        )
        simple = {
            "event_type": "e.event_type = ?", "country": "e.place_country = ?", "date_from": "e.date >= ?",
            "date_to": "e.date <= ?", "modality": "e.modality = ?", "doc_id": "a.doc_id = ?",
            "place": "lower(e.place_name) = lower(CAST(? AS TEXT))",
            "actor_country": "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.country = ?)",
            "min_sources": "c.sources >= ?",
        }  # fmt: skip
        if given.get("canonical"):
            where.append("e.id = c.first_event")
        for name, clause in simple.items():
            if given.get(name):
                add(clause, given[name])
        for role in ("actor", "recipient"):
            if given.get(role):
                add(party, role, given[role], given[role])
        if given.get("q"):
            groups = query_groups(str(given["q"]))
            if groups:
                add(self.db.match_clause("events", "e"), self.db.match_expression(groups))
            else:
                where.append("1 = 0")  # no word to look for: nothing matches
        return where, args


def _event_dict(row: dict[str, Any]) -> dict[str, Any]:
    d = {c: row[c] for c in _EVENT_COLUMNS}
    d.update(
        location=json.loads(row["location"]) if row["location"] else None,
        actor=json.loads(row["actor"]),
        recipient=json.loads(row["recipient"]),
    )
    return d


def _quote_dict(row: dict[str, Any]) -> dict[str, Any]:
    d = {c: row[c] for c in _QUOTE_COLUMNS}
    d.update(direct=bool(row["direct"]), speaker=json.loads(row["speaker"]) if row["speaker"] else None)
    return d


def _mention_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "start": row["start"], "end": row["end"], "text": row["text"], "kind": row["kind"],
        "label": row["type"], "entity": row["entity"],
    }  # fmt: skip
