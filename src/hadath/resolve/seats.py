"""Where an actor sits: the place an organisation's or a government's words come from.

A statement told with no place and no dateline («دعا المركز الأمم المتحدة إلى ...») was made
where its author sits: a state organ in its country's capital, an IGO or NGO at its
headquarters, an office holder (the UN Secretary-General) at the office's seat. The seats are
data (``data/seats.tsv``), checked by ``hadath kb validate`` through
:func:`seat_problems`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from hadath.kb import KnowledgeBase
from hadath.kb.lexicon import data_rows
from hadath.kb.schema import ActorRecord, PlaceRecord

SEATS_FILE = "seats.tsv"
# Sectors of a state's own organs: they speak from its capital. Rebels, parties, media and
# companies of a country do not.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
_HOLDER = re.compile(r"^(Q\d+|hd:[a-z0-9_./-]+|office:[a-z_]+|gov:[A-Z]{3})$")


@dataclass(frozen=True, slots=True)
class SeatRow:
    """One row of the seats table: a holder's place, bounded in time if the seat moved."""

    holder: str
    place: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    def covers(self, on: dt.date | None) -> bool:
        """Whether the seat held on a day (an unknown day accepts only a seat that never moved)."""
        if on is None:
            return self.valid_from is None and self.valid_to is None
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on < self.valid_to
        )


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def seat_rows() -> tuple[SeatRow, ...]:
    """The shipped seat rows (the validator reports malformed ones; the loader skips them)."""
    rows = []
    for holder, place, start, end, _ in data_rows(SEATS_FILE, 5):
        try:
            rows.append(SeatRow(holder, place, _day(start), _day(end)))
        except ValueError:
            continue
    return tuple(rows)


class Seats:
    """The seat of an actor on a day, from the table and the countries' capitals."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._rows: dict[str, list[SeatRow]] = defaultdict(list)
        for row in seat_rows():
            if row.place in kb.places:
                self._rows[row.holder].append(row)

    def _row(self, holder: str, on: dt.date | None) -> PlaceRecord | None:
        row = next((r for r in self._rows.get(holder, []) if r.covers(on)), None)
        return self.kb.places.get(row.place) if row else None

    def government(self, iso3: str, on: dt.date | None) -> PlaceRecord | None:
        """Where a state's government sits: a dated ``gov:`` row, else its capital."""
        country = self.kb.countries.get(iso3)
        if country is None:
            return None
        return self._row(f"gov:{iso3}", on) or self.kb.places.get(country.capital)

    def listed(self, kb_id: str, on: dt.date | None) -> PlaceRecord | None:
        """An organisation's own row (its headquarters), if the table has one."""
        return self._row(kb_id, on)

    def of_actor(self, kb_id: str, country: str, sector: str, on: dt.date | None) -> PlaceRecord | None:
        """The seat of an event party: its own row, the seat of an office it holds on the day,
        else its government's seat when it is a state organ."""
        if own := self.listed(kb_id, on):
            return own
        record = self.kb.actors.get(kb_id)
        if record is not None and (office := self._office_seat(record, on)):
            return office
        if sector in STATE_SECTORS and country in self.kb.countries:
            return self.government(country, on)
        return None

    def _office_seat(self, record: ActorRecord, on: dt.date | None) -> PlaceRecord | None:
        for tenure in record.holds:
            covered = on is None or tenure.covers(on)
            if covered and (seat := self._row(f"office:{tenure.office}", on)):
                return seat
        return None


def seat_problems(
    actors: set[str], offices: set[str], countries: set[str], places: set[str]
) -> list[tuple[int, str]]:
    """``(line, message)`` for every seat row whose holder, place or days are unknown or malformed."""
    from importlib import resources

    text = resources.files("hadath.data").joinpath(SEATS_FILE).read_text(encoding="utf-8")
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        holder, place, start, end, _ = ([f.strip() for f in line.split("\t")] + [""] * 5)[:5]
        problems += [
            (number, m) for m in _row_problems(holder, place, start, end, actors, offices, countries)
        ]
        if place not in places:
            problems.append((number, f"unknown place {place!r}"))
    return problems


def _row_problems(
    holder: str, place: str, start: str, end: str, actors: set[str], offices: set[str], countries: set[str]
) -> list[str]:
    kind, _, key = holder.partition(":")
    known = {"office": offices, "gov": countries}.get(kind, actors)
    out = [] if _HOLDER.match(holder) else [f"malformed holder {holder!r}"]
    if (key if kind in ("office", "gov") else holder) not in known:
        out.append(f"unknown holder {holder!r}")
    try:
        first, last = _day(start), _day(end)
    except ValueError:
        return [*out, f"not an ISO day: {start!r} / {end!r}"]
    if first and last and last <= first:
        out.append(f"valid_to {end} is not after valid_from {start}")
    return out
