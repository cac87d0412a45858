"""An :class:`~hadath.api.deps.EventSource` over the SQLite store file, in plain SQL.

It reads the tables that :mod:`hadath.store` writes (``articles``, ``events``,
``event_actors``) through its own read-only connection, so ``hadath serve`` can run beside
a ``hadath run`` that is still writing. It does not call ``SqliteStore.events`` because a
page needs more than that query gives: the total count for paging, part-of-name and
Arabic-mention actor search, a text search, the publication day as the fallback event day,
and counts by type and day.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

from hadath.api.filters import EventFilter
from hadath.errors import StoreError

logger = logging.getLogger(__name__)

# The day an event is filed under: its resolved date, else the article's publication day.
EVENT_DAY = "COALESCE(e.date, substr(a.published, 1, 10))"

EVENT_SELECT = f"""
SELECT e.*, a.doc_id AS doc_id, a.title AS title, a.published AS published,
       a.source AS source, a.url AS url,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text,
       substr(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger_text,
       {EVENT_DAY} AS day
FROM events e JOIN articles a ON a.id = e.article_id
"""

# Some actor or recipient of the event (one row each in event_actors) meets a condition.
_PARTY = "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND ({condition}))"


def _like(text: str) -> str:
    """A LIKE pattern that matches ``text`` anywhere, with its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def _where(filters: EventFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause and parameters for a filter set."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if filters.date_from:
        clauses.append(f"{EVENT_DAY} >= :date_from")
        params["date_from"] = filters.date_from.isoformat()
    if filters.date_to:
        clauses.append(f"{EVENT_DAY} <= :date_to")
        params["date_to"] = filters.date_to.isoformat()
    if filters.event_type:
        clauses.append("e.event_type = :event_type")
        params["event_type"] = filters.event_type
    if filters.modality:
        clauses.append("e.modality = :modality")
        params["modality"] = filters.modality
    if filters.actor:
        # A part of the English name or of the Arabic mention, or the exact knowledge-base id.
        params["actor"] = _like(filters.actor)
        params["actor_id"] = filters.actor
        clauses.append(_PARTY.format(condition=(
            "lower(x.entity) LIKE :actor ESCAPE '\\' OR x.text LIKE :actor ESCAPE '\\' OR x.kb_id = :actor_id"
        )))  # fmt: skip
    if filters.country:
        params["country"] = filters.country
        clauses.append(f"({_PARTY.format(condition='x.country = :country')} OR e.place_country = :country)")
    if filters.q:
        params["q"] = _like(filters.q)
        clauses.append(
            "(lower(substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start))"
            " LIKE :q ESCAPE '\\' OR lower(a.title) LIKE :q ESCAPE '\\')"
        )
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _json_list(value: str | None) -> list[dict[str, Any]]:
    return json.loads(value) if value else []


def event_from_row(row: sqlite3.Row) -> dict[str, Any]:
    """A JSON-ready event from one row of :data:`EVENT_SELECT`."""
    r = dict(row)
    return {
        "id": r["id"], "article_id": r["article_id"], "doc_id": r.get("doc_id") or "",
        "title": r.get("title") or "", "published": r.get("published"), "source": r.get("source") or "",
        "url": r.get("url") or "", "sentence": r.get("sentence_text") or "",
        "sentence_start": r["sentence_start"], "sentence_end": r["sentence_end"],
        "trigger": r.get("trigger_text") or "", "trigger_start": r["trigger_start"],
        "trigger_end": r["trigger_end"], "event_type": r["event_type"], "cameo": r.get("cameo") or "",
        "mode": r.get("mode") or "", "modality": r.get("modality") or "asserted",
        "quad_class": r.get("quad_class") or 0, "confidence": r.get("confidence") or 0.0,
        "rule": r.get("rule") or "", "date": r.get("date"), "date_text": r.get("date_text"),
        "date_start": r.get("date_start"), "date_end": r.get("date_end"),
        "actor": _json_list(r.get("actor")), "recipient": _json_list(r.get("recipient")),
        "location": json.loads(r["location"]) if r.get("location") else None,
    }  # fmt: skip


class SqliteEventSource:
    """Reads events and articles from a Hadath SQLite file.

    Args:
        path: The database file; it must exist and hold the store's tables.

    Raises:
        StoreError: When the file is missing or lacks the tables.
    """

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not path.is_file():
            raise StoreError(f"{path}: no such database file")
        # check_same_thread=False because FastAPI runs sync routes on a thread pool; the
        # lock below keeps one query at a time on the shared connection.
        self._conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        self._check_schema(path)
        logger.debug("opened %s read-only", path)

    def _check_schema(self, path: Path) -> None:
        tables = {row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = {"articles", "events", "event_actors"} - tables
        if missing:
            self._conn.close()
            raise StoreError(f"{path}: not a Hadath store (no {', '.join(sorted(missing))} table)")

    def _query(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def list_events(self, filters: EventFilter) -> tuple[list[dict[str, Any]], int]:
        """One page of events matching ``filters``, newest day first, and the total count."""
        where, params = _where(filters)
        total = self._query(
            f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id{where}", params
        )
        rows = self._query(
            f"{EVENT_SELECT}{where} ORDER BY day DESC, e.id LIMIT :limit OFFSET :offset",
            {**params, "limit": filters.limit, "offset": filters.offset},
        )
        return [event_from_row(r) for r in rows], total[0][0]

    def get_event(self, event_id: int) -> dict[str, Any] | None:
        """One event by its id, or None."""
        rows = self._query(f"{EVENT_SELECT} WHERE e.id = ?", (event_id,))
        return event_from_row(rows[0]) if rows else None

    def get_article(self, key: str) -> dict[str, Any] | None:
        """One article by numeric id or by document id, with its events in text order."""
        columns = "SELECT id, doc_id, url, title, text, published, source FROM articles"
        # The latest stored wins when several share a document id, as in SqliteStore.get_article.
        rows = self._query(f"{columns} WHERE doc_id = ? ORDER BY id DESC LIMIT 1", (key,))
        if not rows and key.isdigit():
            rows = self._query(f"{columns} WHERE id = ?", (int(key),))
        if not rows:
            return None
        article = dict(rows[0])
        events = self._query(
            f"{EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.trigger_start", (article["id"],)
        )
        article["events"] = [event_from_row(r) for r in events]
        article["doc_id"] = article["doc_id"] or str(article["id"])
        for field in ("url", "title", "source"):
            article[field] = article[field] or ""
        return article

    def stats(self) -> dict[str, Any]:
        """Article and event counts, events by type and by day (oldest day first)."""
        articles = self._query("SELECT count(*) FROM articles")[0][0]
        by_type = self._query("SELECT event_type, count(*) FROM events GROUP BY event_type ORDER BY 2 DESC")
        by_day = self._query(
            f"SELECT {EVENT_DAY} AS day, count(*) AS n FROM events e JOIN articles a ON a.id = e.article_id"
            " WHERE day IS NOT NULL GROUP BY day ORDER BY day"
        )
        return {
            "articles": articles,
            "events": sum(n for _, n in by_type),
            "by_type": {t: n for t, n in by_type},
            "by_day": [{"day": d, "count": n} for d, n in by_day],
        }

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()
