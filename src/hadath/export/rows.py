"""Event rows for every export: one shape whether events come from a store or from articles.

A row is what :meth:`hadath.store.Store.events` returns: ``Event.to_dict()`` keys plus
``position``, ``doc_id``, ``url``, ``published``, ``source`` and, from a store, the
event's ``cluster_id`` (the canonical event it reports) and that event's ``sources``. :func:`flat_row` turns one
into the flat columns of CSV, Parquet and the pandas frame.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from hadath.model import Article
from hadath.store import Store

EventRow = dict[str, Any]
# Several actors or recipients share one flat cell, in order, separated by this.
JOIN = "; "

FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "url", "source", "published", "date", "event_type", "cameo", "cameo_root",
    "quad_class", "mode", "modality", "confidence",
    "actor", "actor_country", "actor_sector", "actor_kb_id", "actor_text",
    "recipient", "recipient_country", "recipient_sector", "recipient_kb_id", "recipient_text",
    "place", "place_country", "place_lat", "place_lon", "place_precision", "place_kb_id",
    "trigger", "trigger_start", "trigger_end", "sentence", "sentence_start", "sentence_end",
    "date_text", "rule", "cluster_id", "sources",
)  # fmt: skip
# An actor's field behind each flat suffix ("" is the canonical name).
_ACTOR_FIELDS: dict[str, str] = {
    "": "entity",
    "_country": "country",
    "_sector": "sector",
    "_kb_id": "kb_id",
    "_text": "text",
}
_PLACE_FIELDS: dict[str, str] = {
    "place": "name", "place_country": "country", "place_lat": "lat", "place_lon": "lon",
    "place_precision": "precision", "place_kb_id": "kb_id",
}  # fmt: skip
_COPIED: tuple[str, ...] = (
    "doc_id", "url", "source", "published", "event_type", "cameo", "quad_class", "mode", "modality",
    "confidence", "trigger", "trigger_start", "trigger_end", "sentence", "sentence_start",
    "sentence_end", "date_text", "rule", "cluster_id", "sources",
)  # fmt: skip


def store_rows(store: Store, **filters: Any) -> list[EventRow]:
    """Every event of a store that passes the filters of :meth:`~hadath.store.Store.events`."""
    return store.events(**filters, limit=None)


def article_rows(articles: Iterable[Article]) -> Iterator[EventRow]:
    """The events of articles, as the rows a store would give for them."""
    for article in articles:
        for position, event in enumerate(article.events):
            yield {
                **event.to_dict(), "position": position, "doc_id": article.doc_id, "url": article.url,
                "published": article.published, "source": article.source,
            }  # fmt: skip


def event_id(row: EventRow) -> str:
    """A stable id: the article's id and the event's position in it (``doc-7-0``)."""
    return f"{row['doc_id']}-{row['position']}"


def event_date(row: EventRow) -> str | None:
    """The event's day, else the article's publication day (``YYYY-MM-DD``), else None."""
    return row.get("date") or (row.get("published") or "")[:10] or None


def flat_row(row: EventRow) -> dict[str, Any]:
    """One event as the flat columns of :data:`FLAT_COLUMNS`."""
    flat: dict[str, Any] = {c: row.get(c) for c in _COPIED}
    flat.update(event_id=event_id(row), date=event_date(row), cameo_root=(row.get("cameo") or "")[:2])
    for role in ("actor", "recipient"):
        for suffix, field in _ACTOR_FIELDS.items():
            flat[role + suffix] = JOIN.join(str(a.get(field) or "") for a in row.get(role) or [])
    place = row.get("location") or {}
    flat.update({column: place.get(field) for column, field in _PLACE_FIELDS.items()})
    return {c: flat[c] for c in FLAT_COLUMNS}
