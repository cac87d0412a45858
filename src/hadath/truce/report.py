"""A truce report as JSON (everything) or CSV (one table: violations, the daily series, or accusations)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any, Literal

Table = Literal["violations", "series", "accusations"]
TABLES: tuple[str, ...] = ("violations", "series", "accusations")

VIOLATION_COLUMNS: tuple[str, ...] = (
    "truce", "id", "day", "status", "sides", "actors", "recipients", "event_type", "mode", "act",
    "modality", "place", "country", "lat", "lon", "area", "confidence", "sources", "mentions",
    "outlets", "urls", "accusations", "sentence",
)  # fmt: skip
ACCUSATION_COLUMNS: tuple[str, ...] = (
    "truce", "origin", "id", "kind", "day", "accuser", "accuser_sides", "accused", "accused_sides",
    "names_truce", "violations", "outlets", "urls", "text",
)  # fmt: skip


def write_json(report: Mapping[str, Any], stream: IO[str]) -> None:
    """The whole report, indented, Arabic as written."""
    json.dump(report, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _join(values: Sequence[Any], sep: str = "; ") -> str:
    return sep.join(str(v) for v in values if v not in (None, ""))


def _outlets(reports: Sequence[Mapping[str, Any]]) -> tuple[str, str]:
    return _join(list(dict.fromkeys(r.get("source") for r in reports))), _join(
        list(dict.fromkeys(r.get("url") for r in reports)), " "
    )


def violation_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One flat row per violation, with its outlets and the accusations linked to it."""
    truce = report["truce"]["id"]
    linked: dict[int, list[str]] = {}
    for a in report["accusations"]:
        for vid in a["violations"]:
            linked.setdefault(vid, []).append(f"{a['origin']}:{a['id']}")
    rows = []
    for v in report["violations"]:
        place = v["place"] or {}
        outlets, urls = _outlets(v["reports"])
        rows.append({
            "truce": truce, "id": v["id"], "day": v["day"], "status": v["status"], "sides": _join(v["sides"]),
            "actors": _join(v["actors"]), "recipients": _join(v["recipients"]), "event_type": v["event_type"],
            "mode": v["mode"], "act": v["act"], "modality": v["modality"], "place": place.get("name") or "",
            "country": place.get("country") or "", "lat": place.get("lat"), "lon": place.get("lon"),
            "area": v["area"], "confidence": v["confidence"], "sources": v["sources"], "mentions": v["mentions"],
            "outlets": outlets, "urls": urls, "accusations": _join(linked.get(v["id"], [])),
            "sentence": v["sentence"],
        })  # fmt: skip
    return rows


def series_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per day: counts in total, per side, per modality, and the day's articles."""
    rows = []
    for day in report["series"]:
        row = {
            "truce": report["truce"]["id"],
            **{k: v for k, v in day.items() if k not in ("by_side", "by_place")},
        }
        row.update({f"side_{side}": n for side, n in day["by_side"].items()})
        row["places"] = _join([f"{name}={n}" for name, n in day["by_place"].items()])
        rows.append(row)
    return rows


def accusation_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per accusation, denial or statement."""
    rows = []
    for a in report["accusations"]:
        outlets, urls = _outlets(a["reports"])
        rows.append({
            "truce": report["truce"]["id"], "origin": a["origin"], "id": a["id"], "kind": a["kind"],
            "day": a["day"], "accuser": _join(a["accuser"]["names"]), "accuser_sides": _join(a["accuser"]["sides"]),
            "accused": _join(a["accused"]["names"]), "accused_sides": _join(a["accused"]["sides"]),
            "names_truce": a["names_truce"], "violations": _join(a["violations"]), "outlets": outlets,
            "urls": urls, "text": a["text"],
        })  # fmt: skip
    return rows


_ROWS: dict[str, Callable[[Mapping[str, Any]], list[dict[str, Any]]]] = {
    "violations": violation_rows,
    "series": series_rows,
    "accusations": accusation_rows,
}


def write_csv(report: Mapping[str, Any], stream: IO[str], table: str = "violations") -> int:
    """One table of the report as CSV with a header row; returns the rows written.

    Raises:
        ValueError: an unknown table.
    """
    if table not in _ROWS:
        raise ValueError(f"unknown table {table!r}: one of {', '.join(TABLES)}")
    rows = _ROWS[table](report)
    if table == "violations":
        columns = list(VIOLATION_COLUMNS)
    elif table == "accusations":
        columns = list(ACCUSATION_COLUMNS)
    else:
        columns = list(dict.fromkeys(k for row in rows for k in row)) or ["truce", "day"]
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)
