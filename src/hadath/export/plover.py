"""PLOVER JSON: one event record per line, with the field names of the PLOVER specification.

The names follow the "JSON Data Fields" chapter of the PLOVER manual (Open Event Data
Alliance, version 0.7b1): ``id``, ``date``, ``event``, ``mode``, ``context``, ``size``, actor objects
(``code``, ``sector``, ``actor_text``, ``identifier_id``, ``identifier_text``),
``recipient``, ``event_loc`` (GeoNames field names plus ``cc3``), ``event_text``,
``quad_code``, ``text_info`` (``start``/``end`` offsets) and ``cite_info``. Like POLECAT,
the source actor is called ``actor``. Offsets are character offsets into the article text,
so every field can be traced; Hadath's own fields (``cameo``, ``modality``, ``confidence``,
the trigger, the canonical event ``cluster_id`` and its independent ``sources``) are added
under their names, as the specification allows. docs/STORE.md lists
every field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from hadath import __version__
from hadath.export.plover_fields import plover_extras
from hadath.export.rows import EventRow, event_date, event_id

CODER = f"hadath {__version__}"


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": actor.get("country", ""), "sector": actor.get("sector", ""),
        "actor_text": actor.get("text", ""), "identifier_id": actor.get("kb_id", ""),
        "identifier_text": actor.get("entity", ""), "start": actor.get("start"), "end": actor.get("end"),
    }  # fmt: skip


def _location(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    return {
        "geonameid": place.get("kb_id", ""), "name": place.get("name", ""), "latitude": place.get("lat"),
        "longitude": place.get("lon"), "cc3": place.get("country", ""),
        "geo_precision": place.get("precision", ""), "place_text": place.get("text", ""),
        "start": place.get("start"), "end": place.get("end"),
    }  # fmt: skip


def _text_info(row: EventRow) -> dict[str, Any]:
    """Where the event is told: offsets of its sentence (start, end) and of its trigger."""
    return {
        "start": row.get("sentence_start"), "end": row.get("sentence_end"),
        "trigger": row.get("trigger", ""), "trigger_start": row.get("trigger_start"),
        "trigger_end": row.get("trigger_end"), "date_text": row.get("date_text"),
    }  # fmt: skip


def _cite_info(row: EventRow) -> dict[str, Any]:
    return {
        "citation": row["doc_id"], "url": row.get("url", ""), "publication": row.get("source", ""),
        "published": row.get("published"), "language": "ar",
    }  # fmt: skip


def plover_record(row: EventRow) -> dict[str, Any]:
    """One event as a PLOVER record."""
    context, size = plover_extras(row)
    return {
        "id": event_id(row),
        "date": event_date(row),
        "event": [row["event_type"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": context,  # PLOVER context labels cued by the sentence (data/plover.yaml)
        "actor": [_actor(a) for a in row.get("actor") or []],
        "recipient": [_actor(a) for a in row.get("recipient") or []],
        "event_loc": _location(row.get("location")),
        "quad_code": row.get("quad_class") or None,
        "size": size,  # people involved (killed, wounded, protesters ...) written near the trigger
        "event_text": [row.get("sentence", "")],
        "text_info": _text_info(row),
        "cite_info": _cite_info(row),
        "cameo": row.get("cameo", ""),
        "modality": row.get("modality", "asserted"),
        "confidence": row.get("confidence"),
        "cluster_id": row.get("cluster_id"),
        "sources": row.get("sources"),
        "coder": CODER,
    }


def write_plover(rows: Iterable[EventRow], out: TextIO) -> int:
    """Write one PLOVER record per line (JSON Lines, as the manual suggests); returns the count."""
    count = 0
    for row in rows:
        out.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        count += 1
    return count
