"""CAMEO tab-separated values in the manner of the Phoenix dataset.

Phoenix (Open Event Data Alliance, phoenixdata.org) publishes one event per line with the
columns EventID, Date (YYYYMMDD), Year, Month, Day, Source/Target actor code (country plus
role, ``EGYGOV``), its country and role, EventCode, EventRootCode, Lat, Lon, LocationName,
CountryCode, URL and the source. Hadath has no Goldstein score, so that column is left
out; it adds the actor's canonical name, the PLOVER type, the modality and the character
offsets of the sentence and trigger. Several actors in one role share a cell, ``;``-separated.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from hadath.export.rows import JOIN, EventRow, event_date, event_id

CAMEO_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorName",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorName",
    "EventCode", "EventRootCode", "QuadClass", "PloverType", "Modality",
    "Lat", "Lon", "LocationName", "CountryCode",
    "DocID", "URL", "NewsSource", "SentenceStart", "SentenceEnd", "TriggerStart", "TriggerEnd",
)  # fmt: skip


def _actors(prefix: str, actors: list[dict[str, Any]]) -> dict[str, str]:
    def cell(value: Any) -> str:
        return JOIN.join(value(a) for a in actors)

    return {
        f"{prefix}ActorFull": cell(lambda a: f"{a.get('country', '')}{a.get('sector', '')}"),
        f"{prefix}ActorEntity": cell(lambda a: a.get("country", "")),
        f"{prefix}ActorRole": cell(lambda a: a.get("sector", "")),
        f"{prefix}ActorName": cell(lambda a: a.get("entity", "")),
    }


def cameo_record(row: EventRow) -> dict[str, Any]:
    """One event as a Phoenix-style row (a dict keyed by :data:`CAMEO_COLUMNS`)."""
    day = event_date(row) or ""
    place = row.get("location") or {}
    cameo = row.get("cameo") or ""
    return {
        "EventID": event_id(row), "Date": day.replace("-", ""), "Year": day[:4], "Month": day[5:7],
        "Day": day[8:10], **_actors("Source", row.get("actor") or []),
        **_actors("Target", row.get("recipient") or []),
        "EventCode": cameo, "EventRootCode": cameo[:2], "QuadClass": row.get("quad_class") or "",
        "PloverType": row["event_type"], "Modality": row.get("modality", ""),
        "Lat": place.get("lat", ""), "Lon": place.get("lon", ""), "LocationName": place.get("name", ""),
        "CountryCode": place.get("country", ""), "DocID": row["doc_id"], "URL": row.get("url", ""),
        "NewsSource": row.get("source", ""), "SentenceStart": row.get("sentence_start"),
        "SentenceEnd": row.get("sentence_end"), "TriggerStart": row.get("trigger_start"),
        "TriggerEnd": row.get("trigger_end"),
    }  # fmt: skip


def write_cameo(rows: Iterable[EventRow], out: TextIO) -> int:
    """Write a header and one tab-separated line per event; returns the count."""
    writer = csv.DictWriter(out, fieldnames=CAMEO_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(cameo_record(row))
        count += 1
    return count
