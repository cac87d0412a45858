"""Read queries over a store: canonical events, their mentions, actors, places, quotes,
aggregates, articles and totals, with one SQL text for SQLite and PostgreSQL.

A *canonical event* is a row of ``clusters`` (one real-world event); each ``events`` row is
one *mention* of it in one article. Listings filter and sort either level with the same
filters (:class:`EventFilters`); a filter names the *scope* its column lives in, and each
:class:`Level` says how that scope is reached from its own rows (the cluster itself, its
founding mention, any of its mentions).

Every statement is assembled from the fixed fragments of this module; values from a caller
are bound parameters, and sort orders come from a whitelist. Pages are cut by keyset
(:class:`Cursor`): the sort key and the id of the last row, so paging stays stable while
rows are added.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from hadath.errors import StoreError
from hadath.model import EVENT_TYPES
from hadath.store.db import Database
from hadath.store.search import index_terms, query_groups

Scope = Literal["row", "face", "mention", "cluster"]
Direction = Literal["asc", "desc"]
Bucket = Literal["day", "type", "dyad", "place"]
Interval = Literal["day", "week", "month"]
Split = Literal["type", "quad_class"]

QUOTE_BATCH = 200  # candidate quotes read per round while a text filter is checked in Python
MAX_ID = 2**31 - 1  # the largest id or count stored: PostgreSQL INTEGER columns have 4 bytes


class CursorError(ValueError):
    """A page cursor that this listing did not make (or that was tampered with)."""


# -- filters ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventFilters:
    """What a listing of events keeps; ``None`` leaves a filter out.

    Values are taken as given: callers (the API's models) check and normalize them.
    ``date_from``/``date_to`` compare ISO dates as text, so a month (``2016-09``) or a year
    falls at the start of its period.
    """

    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    actor: str | None = None
    recipient: str | None = None
    actor_country: str | None = None
    sector: str | None = None
    place: str | None = None
    country: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    q: str | None = None
    min_confidence: float | None = None
    min_sources: int | None = None


def _party_args(value: Any) -> tuple[Any, ...]:
    # A KB id is compared as given and in both cases, so the plain kb_id index serves a
    # case-insensitive match: the KB writes its own ids in lower case, Wikidata's in upper.
    return (value, value, value.lower(), value.upper())


def _bbox_args(value: Any) -> tuple[Any, ...]:
    min_lon, min_lat, max_lon, max_lat = value
    return (min_lon, max_lon, min_lat, max_lat)


_PARTY = (
    "{x}.id IN (SELECT p.event_id FROM event_actors p WHERE p.role = '{role}' AND "
    "(lower(p.entity) = lower(CAST(? AS TEXT)) OR p.kb_id IN (?, ?, ?)))"
)
_EITHER_PARTY = "{x}.id IN (SELECT p.event_id FROM event_actors p WHERE p.{column} = ?)"


@dataclass(frozen=True, slots=True)
class _Filter:
    """One filter: the scope its column is in, its condition on alias ``{x}``, its values."""

    scope: Scope
    condition: str
    args: Callable[[Any], tuple[Any, ...]] = lambda value: (value,)


# Row: the cluster (or the mention itself); face: the event fields shown for the row (the
# founding mention); mention: true when any mention matches; cluster: the cluster's counts.
_FILTERS: Mapping[str, _Filter] = {
    "date_from": _Filter("row", "{x}.date >= ?"),
    "date_to": _Filter("row", "{x}.date <= ?"),
    "type": _Filter("row", "{x}.event_type = ?"),
    "place": _Filter("row", "lower({x}.place_name) = lower(CAST(? AS TEXT))"),
    "country": _Filter("row", "{x}.place_country = ?"),
    "bbox": _Filter("row", "{x}.place_lon BETWEEN ? AND ? AND {x}.place_lat BETWEEN ? AND ?", _bbox_args),
    "min_confidence": _Filter("row", "{x}.confidence >= ?"),
    "quad_class": _Filter("face", "{x}.quad_class = ?"),
    "modality": _Filter("face", "{x}.modality = ?"),
    "actor": _Filter("mention", _PARTY.replace("{role}", "actor"), _party_args),
    "recipient": _Filter("mention", _PARTY.replace("{role}", "recipient"), _party_args),
    "actor_country": _Filter("mention", _EITHER_PARTY.replace("{column}", "country")),
    "sector": _Filter("mention", _EITHER_PARTY.replace("{column}", "sector")),
    "min_sources": _Filter("cluster", "{x}.sources >= ?"),
}


@dataclass(frozen=True, slots=True)
class SortKey:
    """A column a listing may be sorted by, the type of its values, and whether it can be NULL.

    NULL sorts before every value (SQLite's order, asked of PostgreSQL too), so undated
    events come last in a newest-first listing.
    """

    sql: str
    kind: type
    nullable: bool = False


@dataclass(frozen=True, slots=True)
class Level:
    """A listing's rows (clusters or mentions) and how each filter scope is reached from them.

    ``scopes`` maps a scope to (the alias its condition uses, the wrapper around it).
    ``page_join`` turns the ids of one page (``p``) back into full rows ``c``, ``e``, ``a``.
    """

    table: str
    alias: str
    scopes: Mapping[Scope, tuple[str, str]]
    sorts: Mapping[str, SortKey]
    page_join: str
    id_column: str  # the row id's name in a page row


CLUSTERS = Level(
    table="clusters c",
    alias="c",
    scopes={
        "row": ("c", "{cond}"),
        "cluster": ("c", "{cond}"),
        "face": ("f", "EXISTS (SELECT 1 FROM events f WHERE f.id = c.first_event AND {cond})"),
        "mention": ("m", "c.id IN (SELECT m.cluster_id FROM events m WHERE {cond})"),
    },
    sorts={
        "date": SortKey("c.date", str, nullable=True),
        "sources": SortKey("c.sources", int),
        "confidence": SortKey("c.confidence", float),
        "type": SortKey("c.event_type", str),
        # Unplaced events have no name: NULL, first going up and last going down, like dates.
        "place": SortKey("c.place_name", str, nullable=True),
    },
    page_join=(
        "JOIN clusters c ON c.id = p.id JOIN events e ON e.id = c.first_event "
        "JOIN articles a ON a.id = e.article_id"
    ),
    id_column="event_id",
)
MENTIONS = Level(
    table="events e",
    alias="e",
    scopes={
        "row": ("e", "{cond}"),
        "face": ("e", "{cond}"),
        "mention": ("e", "{cond}"),
        "cluster": ("k", "EXISTS (SELECT 1 FROM clusters k WHERE k.id = e.cluster_id AND {cond})"),
    },
    sorts={"date": SortKey("e.date", str, nullable=True), "confidence": SortKey("e.confidence", float)},
    page_join="JOIN events e ON e.id = p.id JOIN articles a ON a.id = e.article_id",
    id_column="id",
)


@dataclass(slots=True)
class _Where:
    """WHERE conditions and their bound values, in order."""

    conditions: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def add(self, condition: str, *args: Any) -> None:
        self.conditions.append(condition)
        self.args.extend(args)

    def sql(self) -> str:
        return f" WHERE {' AND '.join(self.conditions)}" if self.conditions else ""


def _where(db: Database, level: Level, filters: EventFilters) -> _Where:
    """The conditions of ``filters`` on ``level``'s rows."""
    where = _Where()
    for name, spec in _FILTERS.items():
        value = getattr(filters, name)
        if value is None:
            continue
        alias, wrapper = level.scopes[spec.scope]
        where.add(wrapper.format(cond=spec.condition.format(x=alias)), *spec.args(value))
    if filters.q is not None:
        groups = query_groups(filters.q)
        if not groups:
            where.add("1 = 0")  # no word to look for: nothing matches
        else:
            alias, wrapper = level.scopes["mention"]
            where.add(wrapper.format(cond=db.match_clause("events", alias)), db.match_expression(groups))
    return where


# -- cursors ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page ends: the sort it belongs to, that sort's key and the tie-breaker of its last row."""

    sort: str
    key: str | int | float | None
    tie: str | int

    def encode(self) -> str:
        raw = json.dumps([self.sort, self.key, self.tie], ensure_ascii=False, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(
        cls, text: str, sort: str, key_type: type, tie_type: type, *, nullable: bool = False
    ) -> Cursor:
        """The cursor ``text`` encodes, checked against the listing's sort and key types.

        Raises:
            CursorError: not a cursor, or one made for another sort or listing.
        """
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            made_for, key, tie = json.loads(raw)
        except (binascii.Error, ValueError, TypeError) as err:
            raise CursorError("not a cursor this API made; start again without one") from err
        if made_for != sort:
            raise CursorError(f"the cursor belongs to sort={made_for!r}, not {sort!r}")
        if key_type is float and isinstance(key, int) and not isinstance(key, bool):
            key = float(key)  # JSON writes 1.0 as 1.0, but a hand-made cursor may not
        if not ((nullable and key is None) or _fits(key, key_type)) or not _fits(tie, tie_type):
            raise CursorError("the cursor does not fit this listing; start again without one")
        return cls(made_for, key, tie)


def _fits(value: Any, kind: type) -> bool:
    """Whether a cursor value has the listing's type and is one a database can take as a parameter."""
    if type(value) is not kind:
        return False
    if kind is int:
        return -MAX_ID <= value <= MAX_ID
    if kind is float:
        return math.isfinite(value)
    return "\x00" not in value  # PostgreSQL text cannot hold NUL


@dataclass(frozen=True, slots=True)
class Sort:
    """A whitelisted sort: its name and direction, parsed from ``name`` or ``-name``."""

    name: str
    direction: Direction

    @classmethod
    def parse(cls, text: str, allowed: Mapping[str, Any]) -> Sort:
        name = text.removeprefix("-")
        if name not in allowed:
            raise ValueError(
                f"unknown sort {text!r}; one of {', '.join(sorted(allowed))} (prefix - to reverse)"
            )
        return cls(name, "desc" if text.startswith("-") else "asc")

    @property
    def text(self) -> str:
        return f"-{self.name}" if self.direction == "desc" else self.name


def _after(key: str, tie: str, direction: Direction, tie_direction: Direction | None = None) -> str:
    """Rows after (key, tie) in the listing's order, for a key that is never NULL: three ``?``."""
    op = "<" if direction == "desc" else ">"
    tie_op = "<" if (tie_direction or direction) == "desc" else ">"
    return f"{key} {op} ? OR ({key} = ? AND {tie} {tie_op} ?)"


def _keyset(key: SortKey, tie: str, direction: Direction, after: Cursor) -> tuple[str, list[Any]]:
    """The condition (and its values) for rows after the cursor; NULL keys sort first."""
    if after.key is None:  # the cursor is inside the NULL block
        op = "<" if direction == "desc" else ">"
        rest = f" OR {key.sql} IS NOT NULL" if direction == "asc" else ""  # values follow NULLs
        return f"(({key.sql} IS NULL AND {tie} {op} ?){rest})", [after.tie]
    nulls = f" OR {key.sql} IS NULL" if key.nullable and direction == "desc" else ""  # NULLs come last
    return f"({_after(key.sql, tie, direction)}{nulls})", [after.key, after.key, after.tie]


def _order(key: SortKey, direction: Direction) -> str:
    """ORDER BY words for a key: NULL first, whatever each backend's default."""
    nulls = (" NULLS LAST" if direction == "desc" else " NULLS FIRST") if key.nullable else ""
    return f"{direction}{nulls}"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: its rows, the cursor of the next page (None at the end), the total if asked."""

    rows: list[dict[str, Any]]
    next: str | None
    total: int | None = None


# -- row shapes ------------------------------------------------------------------------------

_MENTION_COLUMNS = (
    "e.id, e.article_id, e.cluster_id, e.cluster_link, e.sentence, e.sentence_start, e.sentence_end, "
    "e.trigger, e.trigger_start, e.trigger_end, e.event_type, e.cameo, e.mode, e.modality, e.quad_class, "
    "e.confidence, e.rule, e.date, e.date_precision, e.date_text, e.date_start, e.date_end, e.location, "
    "e.actor, e.recipient, a.doc_id, a.url, a.source, a.published, a.title"
)
_CLUSTER_COLUMNS = (
    "c.id AS event_id, c.first_event, c.mentions, c.articles, c.sources, c.confidence AS best_confidence, "
    "c.date AS date_first, c.date_last"
)
_ARTICLE_COLUMNS = "a.id, a.doc_id, a.url, a.title, a.source, a.published"


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else None


def mention_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-ready mention from a row of :data:`_MENTION_COLUMNS` (event fields, spans, article)."""
    out = {k: row[k] for k in _MENTION_KEYS}
    out.update(
        url=row["url"] or "",
        title=row["title"] or "",
        source=row["source"] or "",
        place=_loads(row["location"]),
        actor=_loads(row["actor"]) or [],
        recipient=_loads(row["recipient"]) or [],
        cluster_link=_loads(row["cluster_link"]),
    )
    return out


_MENTION_KEYS: tuple[str, ...] = (
    "id", "article_id", "cluster_id", "sentence", "sentence_start", "sentence_end", "trigger",
    "trigger_start", "trigger_end", "event_type", "cameo", "mode", "modality", "quad_class", "confidence",
    "rule", "date", "date_precision", "date_text", "date_start", "date_end", "doc_id", "published",
)  # fmt: skip
_CLUSTER_KEYS: tuple[str, ...] = (
    "mentions", "articles", "sources", "best_confidence", "date_first", "date_last",
)  # fmt: skip


def canonical_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-ready canonical event: its founding mention's fields and the cluster's counts."""
    out = mention_row(row)
    out["mention_id"] = out.pop("id")
    for key in ("cluster_link", "cluster_id"):  # the founder joined no one; its cluster is the event
        out.pop(key)
    out.update({k: row[k] for k in _CLUSTER_KEYS}, id=row["event_id"])
    return out


def _article_ref(row: Mapping[str, Any], similarity: float | None = None) -> dict[str, Any]:
    return {
        "id": row["id"], "doc_id": row["doc_id"] or str(row["id"]), "url": row["url"] or "",
        "title": row["title"] or "", "source": row["source"] or "", "published": row["published"],
        "similarity": similarity,
    }  # fmt: skip


def _matches(groups: list[list[str]], text: str) -> bool:
    """True when ``text`` has every query group's word, in the store's search terms."""
    terms = set(index_terms(text).split())
    return all(any(t in terms for t in group) for group in groups)


def _like_prefix(text: str) -> str:
    """A LIKE pattern for a case-folded prefix, with ``%``, ``_`` and ``\\`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped.lower()}%"


# -- the reader ------------------------------------------------------------------------------

# Aggregations of canonical events. {where} is the filters' WHERE clause (on alias c); every
# bucket query returns key, count and the optional label columns the API shows.
_BUCKETS: Mapping[Bucket, str] = {
    "day": (
        "SELECT c.date AS bucket, COUNT(*) AS n FROM clusters c{where}{also} length(c.date) = 10 "
        "GROUP BY c.date ORDER BY c.date"
    ),
    "type": "SELECT c.event_type AS bucket, COUNT(*) AS n FROM clusters c{where} GROUP BY c.event_type "
    "ORDER BY n DESC, bucket LIMIT ?",
    "dyad": (
        "SELECT xa.entity AS actor, xr.entity AS recipient, COUNT(DISTINCT c.id) AS n FROM clusters c "
        "JOIN event_actors xa ON xa.event_id = c.first_event AND xa.role = 'actor' "
        "JOIN event_actors xr ON xr.event_id = c.first_event AND xr.role = 'recipient'"
        "{where}{also} xa.entity <> '' AND xr.entity <> '' "
        "GROUP BY xa.entity, xr.entity ORDER BY n DESC, actor, recipient LIMIT ?"
    ),
    "place": (
        "SELECT c.place_name AS bucket, c.place_country AS country, MIN(c.place_lat) AS lat, "
        "MIN(c.place_lon) AS lon, COUNT(*) AS n FROM clusters c{where}{also} c.place_name IS NOT NULL "
        "GROUP BY c.place_name, c.place_country ORDER BY n DESC, bucket, country LIMIT ?"
    ),
}


# -- dashboard views: timeline, map points, actor profile --------------------------------------

# Canonical events per calendar day and split key, grouped by the database; days are rolled
# up into weeks or months in Python, since the two databases spell date arithmetic differently.
_TIMELINE = (
    "SELECT c.date AS day, {key} AS k, COUNT(*) AS n FROM clusters c{join}{where}{also} {dated} "
    "GROUP BY c.date, {key}"
)
# What a timeline splits by: the column and the join it needs (quad class is the face's).
_SPLITS: Mapping[Split, tuple[str, str]] = {
    "type": ("c.event_type", ""),
    "quad_class": ("g.quad_class", " JOIN events g ON g.id = c.first_event"),
}
# Week and day buckets need a day; a month bucket also takes dates known only to the month.
_DATED: Mapping[Interval, str] = {
    "day": "length(c.date) = 10",
    "week": "length(c.date) = 10",
    "month": "length(c.date) IN (7, 10)",
}
# Placed canonical events by place, type and how precise the place is (the founding
# mention's, whose place the cluster shows); the grid is made in Python from these rows,
# which are bounded by the gazetteer's places times the event types, not by the events.
_MAP = (
    "SELECT c.place_name AS name, c.place_country AS country, c.place_lat AS lat, c.place_lon AS lon, "
    "c.event_type AS type, g.place_precision AS precision, COUNT(*) AS n FROM clusters c "
    "JOIN events g ON g.id = c.first_event{where}{also} c.place_lat IS NOT NULL AND c.place_lon IS NOT NULL "
    "GROUP BY c.place_name, c.place_country, c.place_lat, c.place_lon, c.event_type, g.place_precision"
)
# An actor's rows by canonical name, any case (served by the lower(entity) index), joined to
# the canonical events of their mentions; each profile query selects and groups its own way.
_ACTOR_FROM = "FROM event_actors x JOIN events e ON e.id = x.event_id JOIN clusters c ON c.id = e.cluster_id"
_ACTOR_WHERE = " WHERE lower(x.entity) = lower(CAST(? AS TEXT))"
_ACTOR_ROWS = _ACTOR_FROM + _ACTOR_WHERE
_PROFILE: Mapping[str, str] = {
    "identity": (
        "SELECT x.entity AS name, MAX(x.kb_id) AS kb_id, MAX(x.country) AS country, MAX(x.sector) AS sector, "
        f"COUNT(DISTINCT c.id) AS n, COUNT(DISTINCT x.event_id) AS mentions {_ACTOR_ROWS} "
        "GROUP BY x.entity ORDER BY n DESC, name LIMIT 1"
    ),
    "roles": f"SELECT x.role AS role, COUNT(DISTINCT c.id) AS n {_ACTOR_ROWS} GROUP BY x.role",
    "days": (
        f"SELECT c.date AS day, x.role AS role, COUNT(DISTINCT c.id) AS n {_ACTOR_ROWS} AND {{dated}} "
        "GROUP BY c.date, x.role"
    ),
    "types": f"SELECT c.event_type AS k, x.role AS role, COUNT(DISTINCT c.id) AS n {_ACTOR_ROWS} "
    "GROUP BY c.event_type, x.role",
    # The other side of each of the actor's mentions: recipients when it acts, actors when it
    # is acted on.
    "counterparts": (
        "SELECT o.entity AS name, x.role AS role, COUNT(DISTINCT c.id) AS n "
        f"{_ACTOR_FROM} JOIN event_actors o ON o.event_id = x.event_id AND o.role <> x.role{_ACTOR_WHERE} "
        "AND o.entity <> '' AND lower(o.entity) <> lower(x.entity) GROUP BY o.entity, x.role "
        "ORDER BY n DESC, name LIMIT ?"
    ),
}
# Named participants inside the quotes of some articles: the actors of events coded there
# and the article's named entities (first mentions only). {ids} is one ``?`` per article.
_NAMED_IN = (
    'SELECT e.article_id AS article_id, x.entity AS entity, x.text AS text, x.start AS start, x."end" AS stop '
    "FROM event_actors x JOIN events e ON e.id = x.event_id WHERE e.article_id IN ({ids}) AND x.entity <> '' "
    'UNION ALL SELECT n.article_id, n.entity, n.text, n.start, n."end" FROM entities n '
    "WHERE n.article_id IN ({ids}) AND n.kind = 'actor' AND n.entity <> ''"
)


def period_of(day: str, interval: Interval) -> str | None:
    """The bucket a date (``YYYY-MM-DD``, or ``YYYY-MM`` for months) falls in: the day itself,
    its week's Monday, or its month; None for a date that is not one."""
    if interval == "month":
        return day[:7]
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        return None
    if interval == "week":  # weeks start on Monday, as ISO weeks do
        return (date - dt.timedelta(days=date.weekday())).isoformat()
    return date.isoformat()


@dataclass(slots=True)
class _Cell:
    """Events of one grid cell, summed over the places inside it."""

    count: int = 0
    lat: float = 0.0  # count-weighted sums, for the centroid
    lon: float = 0.0
    types: Counter[str] = field(default_factory=Counter)
    precision: Counter[str] = field(default_factory=Counter)
    places: set[tuple[str, str]] = field(default_factory=set)

    def add(self, row: Mapping[str, Any]) -> None:
        n = int(row["n"])
        self.count += n
        self.lat += float(row["lat"]) * n
        self.lon += float(row["lon"]) * n
        self.types[str(row["type"])] += n
        self.precision[str(row["precision"] or "unknown")] += n
        self.places.add((str(row["name"] or ""), str(row["country"] or "")))

    def point(self, first: Mapping[str, Any]) -> dict[str, Any]:
        """The cell as one map point; a cell of one place sits exactly on it."""
        single = len(self.places) == 1
        countries = {country for _, country in self.places}
        return {
            "lat": float(first["lat"]) if single else round(self.lat / self.count, 4),
            "lon": float(first["lon"]) if single else round(self.lon / self.count, 4),
            "count": self.count,
            "type": _most(self.types),
            "types": dict(self.types.most_common()),
            "precision": _most(self.precision),
            "precisions": dict(self.precision.most_common()),
            "places": len(self.places),
            "place": first["name"] if single else None,
            "country": next(iter(countries)) if len(countries) == 1 else None,
        }


def _most(counts: Counter[str]) -> str:
    """The largest count's key; ties go to the first in name order, so answers are stable."""
    return min(counts, key=lambda k: (-counts[k], k))


def grid_points(rows: Sequence[Mapping[str, Any]], cell: float) -> list[dict[str, Any]]:
    """Rows of places (``lat``, ``lon``, ``n``, ``type``, ``precision``, ``name``, ``country``)
    clustered into square cells of ``cell`` degrees, largest first."""
    cells: dict[tuple[int, int], _Cell] = defaultdict(_Cell)
    first: dict[tuple[int, int], Mapping[str, Any]] = {}
    for row in rows:
        # Shifted to be positive, so truncation is floor and cells never straddle the date line.
        key = (int((float(row["lon"]) + 180) / cell), int((float(row["lat"]) + 90) / cell))
        cells[key].add(row)
        first.setdefault(key, row)
    points = [cells[key].point(first[key]) for key in cells]
    points.sort(key=lambda p: (-p["count"], p["lat"], p["lon"]))
    return points


# Facets grouped from rows: actors (one row per canonical name) and the places of canonical
# events. {where} holds the facet's own filters and {having} the keyset condition; rows
# that tie on the sort key come in name order.
@dataclass(frozen=True, slots=True)
class _Facet:
    """A grouped listing: its SQL template, what it counts, and its name and tie-breaker columns."""

    template: str
    count: str
    name: str
    tie: str


_ACTORS = _Facet(
    template=(
        "SELECT x.entity AS name, MAX(x.kb_id) AS kb_id, MAX(x.country) AS country, MAX(x.sector) AS sector, "
        "COUNT(DISTINCT e.cluster_id) AS n, COUNT(DISTINCT x.event_id) AS mentions, x.entity AS tie "
        "FROM event_actors x JOIN events e ON e.id = x.event_id WHERE x.entity <> ''{where} "
        "GROUP BY x.entity{having} ORDER BY {key} {dir}, tie LIMIT ?"
    ),
    count="COUNT(DISTINCT e.cluster_id)",
    name="x.entity",
    tie="x.entity",
)
# A place is a name in a country (Tripoli, LBY is not Tripoli, LBN): the tie joins both.
_PLACE_TIE = "c.place_name || '|' || COALESCE(c.place_country, '')"
_PLACES = _Facet(
    template=(
        "SELECT c.place_name AS name, c.place_country AS country, MIN(c.place_lat) AS lat, "
        f"MIN(c.place_lon) AS lon, COUNT(*) AS n, {_PLACE_TIE} AS tie "
        "FROM clusters c WHERE c.place_name IS NOT NULL{where} "
        "GROUP BY c.place_name, c.place_country{having} ORDER BY {key} {dir}, tie LIMIT ?"
    ),
    count="COUNT(*)",
    name="c.place_name",
    tie=_PLACE_TIE,
)
FACET_SORTS: Mapping[str, type] = {"events": int, "name": str}  # sort name -> its key's type


class Reader:
    """The read queries over one open :class:`Database` (``Reader(store.db)``).

    Methods return JSON-ready dicts. A driver error becomes a :class:`StoreError`.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            return self.db.query(sql, args)
        except self.db.errors as err:
            raise StoreError(f"{self.db.label}: read failed: {self.db.describe(err)}") from err

    # -- canonical events and mentions ---------------------------------------------------

    def events(
        self, filters: EventFilters, *, sort: str = "-date", limit: int = 50, cursor: str | None = None,
        total: bool = False,
    ) -> Page:  # fmt: skip
        """A page of canonical events (clusters), each shown by its founding mention.

        Raises:
            ValueError: an unknown sort; CursorError: a cursor this listing did not make.
        """
        page = self._page(CLUSTERS, filters, sort, limit, cursor, total)
        return Page([canonical_row(r) for r in page.rows], page.next, page.total)

    def mentions(
        self, filters: EventFilters, *, sort: str = "-date", limit: int = 50, cursor: str | None = None,
        total: bool = False,
    ) -> Page:  # fmt: skip
        """A page of mentions (stored event rows), with the same filters as :meth:`events`."""
        page = self._page(MENTIONS, filters, sort, limit, cursor, total)
        return Page([mention_row(r) for r in page.rows], page.next, page.total)

    def _page(
        self, level: Level, filters: EventFilters, sort_text: str, limit: int, cursor: str | None, total: bool
    ) -> Page:
        sort = Sort.parse(sort_text, level.sorts)
        key = level.sorts[sort.name]
        where = _where(self.db, level, filters)
        count = self._count(level, where) if total else None
        if cursor:
            after = Cursor.decode(cursor, sort.text, key.kind, int, nullable=key.nullable)
            condition, values = _keyset(key, f"{level.alias}.id", sort.direction, after)
            where.add(condition, *values)
        order, way = _order(key, sort.direction), sort.direction
        # The page's ids are found on the level's own table, then joined: the sort touches
        # one narrow table, and only the page's rows are joined to their articles.
        columns = _MENTION_COLUMNS + (f", {_CLUSTER_COLUMNS}" if level is CLUSTERS else "")
        sql = (
            f"SELECT {columns}, p.sort_key FROM (SELECT {level.alias}.id AS id, {key.sql} AS sort_key "
            f"FROM {level.table}{where.sql()} ORDER BY {key.sql} {order}, {level.alias}.id {way} "
            f"LIMIT ?) p {level.page_join} ORDER BY p.sort_key {order}, p.id {way}"
        )
        rows = self._rows(sql, [*where.args, limit + 1])
        following = None
        if len(rows) > limit:
            last = rows[limit - 1]
            following = Cursor(sort.text, last["sort_key"], last[level.id_column]).encode()
        return Page(rows[:limit], following, count)

    def _count(self, level: Level, where: _Where) -> int:
        sql = f"SELECT COUNT(*) AS n FROM {level.table}{where.sql()}"
        return int(self._rows(sql, where.args)[0]["n"])

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One canonical event with every mention (founder first, then by publication), or None."""
        if not 0 < event_id <= MAX_ID:
            return None
        rows = self._rows(
            f"SELECT {_MENTION_COLUMNS}, {_CLUSTER_COLUMNS} FROM clusters c "
            "JOIN events e ON e.id = c.first_event JOIN articles a ON a.id = e.article_id WHERE c.id = ?",
            (event_id,),
        )
        if not rows:
            return None
        event = canonical_row(rows[0])
        mentions = self._rows(
            f"SELECT {_MENTION_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.cluster_id = ? ORDER BY COALESCE(a.published, ''), e.id",
            (event_id,),
        )
        founder = event["mention_id"]
        listed = sorted((mention_row(m) for m in mentions), key=lambda m: m["id"] != founder)
        event["mention_list"] = [{**m, "founder": m["id"] == founder} for m in listed]
        return event

    def aggregate(self, by: Bucket, filters: EventFilters, *, limit: int = 100) -> list[dict[str, Any]]:
        """Counts of canonical events by day, type, dyad (actor, recipient) or place.

        Days count only events dated to the day, oldest first, all of them; the other
        buckets are the ``limit`` largest.
        """
        where = _where(self.db, CLUSTERS, filters)
        also = " AND" if where.conditions else " WHERE"
        sql = _BUCKETS[by].format(where=where.sql(), also=also)
        args = where.args if by == "day" else [*where.args, limit]
        return [self._bucket(by, r) for r in self._rows(sql, args)]

    @staticmethod
    def _bucket(by: Bucket, row: Mapping[str, Any]) -> dict[str, Any]:
        if by == "dyad":
            return {"key": f"{row['actor']} → {row['recipient']}", "count": row["n"],
                    "actor": row["actor"], "recipient": row["recipient"]}  # fmt: skip
        extra = {k: row[k] for k in ("country", "lat", "lon") if k in row}
        return {"key": row["bucket"], "count": row["n"], **extra}

    # -- dashboard views -------------------------------------------------------------------

    def timeline(
        self, filters: EventFilters, *, by: Split = "type", interval: Interval = "day"
    ) -> dict[str, Any]:
        """Canonical events per day, week (from its Monday) or month, split by type or quad class.

        Only events dated at least as precisely as the interval count; ``data`` holds the
        non-empty (period, key) buckets, oldest first.
        """
        key, join = _SPLITS[by]
        where = _where(self.db, CLUSTERS, filters)
        also = " AND" if where.conditions else " WHERE"
        sql = _TIMELINE.format(key=key, join=join, where=where.sql(), also=also, dated=_DATED[interval])
        counts: Counter[tuple[str, str]] = Counter()
        for row in self._rows(sql, where.args):
            period = period_of(str(row["day"]), interval)
            if period is not None:
                counts[(period, str(row["k"]))] += int(row["n"])
        data = [{"period": p, "key": k, "count": n} for (p, k), n in sorted(counts.items())]
        return {"by": by, "interval": interval, "data": data}

    def map_points(self, filters: EventFilters, *, cell: float, limit: int = 2000) -> dict[str, Any]:
        """Placed canonical events clustered on a grid of ``cell`` degrees (the client picks it
        from its zoom), with each point's types and place precisions; the ``limit`` largest."""
        where = _where(self.db, CLUSTERS, filters)
        also = " AND" if where.conditions else " WHERE"
        rows = self._rows(_MAP.format(where=where.sql(), also=also), where.args)
        points = grid_points(rows, cell)
        return {
            "cell": cell,
            "placed": sum(p["count"] for p in points),
            "truncated": len(points) > limit,
            "data": points[:limit],
        }

    def actor_profile(
        self, name: str, *, interval: Interval = "month", limit: int = 20
    ) -> dict[str, Any] | None:
        """An actor by canonical name (any case): its canonical events as actor and as recipient
        over time, by type, and the counterparts it meets most; None when no event names it."""
        if "\x00" in name:
            return None  # no name holds NUL (and PostgreSQL text cannot)
        found = self._rows(_PROFILE["identity"], (name,))
        if not found:
            return None
        identity = found[0]
        roles = {r["role"]: int(r["n"]) for r in self._rows(_PROFILE["roles"], (name,))}
        return {
            "name": identity["name"], "kb_id": identity["kb_id"] or "", "country": identity["country"] or "",
            "sector": identity["sector"] or "", "events": int(identity["n"]),
            "mentions": int(identity["mentions"]), "as_actor": roles.get("actor", 0),
            "as_recipient": roles.get("recipient", 0), "interval": interval,
            "timeline": self._actor_timeline(name, interval),
            "types": self._by_role(self._rows(_PROFILE["types"], (name,)), "k", "key"),
            "counterparts": self._counterparts(name, limit),
        }  # fmt: skip

    def _actor_timeline(self, name: str, interval: Interval) -> list[dict[str, Any]]:
        rows = self._rows(_PROFILE["days"].format(dated=_DATED[interval]), (name,))
        rolled: Counter[tuple[str, str]] = Counter()
        for row in rows:
            period = period_of(str(row["day"]), interval)
            if period is not None:
                rolled[(period, str(row["role"]))] += int(row["n"])
        merged = [{"period": p, "role": role, "n": n} for (p, role), n in rolled.items()]
        return sorted(self._by_role(merged, "period", "period"), key=lambda r: r["period"])

    def _counterparts(self, name: str, limit: int) -> list[dict[str, Any]]:
        # Each name comes as up to two rows (one per role): read enough rows for ``limit`` names.
        rows = self._rows(_PROFILE["counterparts"], (name, 2 * limit))
        merged = self._by_role(rows, "name", "name")
        merged.sort(key=lambda r: (-(r["as_actor"] + r["as_recipient"]), r["name"]))
        return merged[:limit]

    @staticmethod
    def _by_role(rows: Sequence[Mapping[str, Any]], column: str, label: str) -> list[dict[str, Any]]:
        """Rows of (``column``, role, n) as one row per value: ``as_actor`` and ``as_recipient`` counts."""
        out: dict[str, dict[str, Any]] = {}
        for row in rows:
            value = str(row[column])
            entry = out.setdefault(value, {label: value, "as_actor": 0, "as_recipient": 0})
            entry[f"as_{row['role']}"] += int(row["n"])
        return sorted(out.values(), key=lambda r: (-(r["as_actor"] + r["as_recipient"]), r[label]))

    # -- facets ----------------------------------------------------------------------------

    def actors(
        self, *, prefix: str | None = None, country: str | None = None, sector: str | None = None,
        sort: str = "-events", limit: int = 50, cursor: str | None = None,
    ) -> Page:  # fmt: skip
        """Actors and recipients by canonical name, with the canonical events and mentions naming them.

        ``prefix`` matches the start of the canonical name (any case) or of an Arabic mention.
        """
        where = _Where()
        if prefix:
            pattern = _like_prefix(prefix)
            where.add("(lower(x.entity) LIKE ? ESCAPE '\\' OR x.text LIKE ? ESCAPE '\\')", pattern, pattern)
        for column, value in (("country", country), ("sector", sector)):
            if value is not None:
                where.add(f"x.{column} = ?", value)
        return self._facet(_ACTORS, where, sort, limit, cursor)

    def places(
        self, *, prefix: str | None = None, country: str | None = None, sort: str = "-events",
        limit: int = 50, cursor: str | None = None,
    ) -> Page:  # fmt: skip
        """Places of canonical events (name, country, coordinates) with how many happened there."""
        where = _Where()
        if prefix:
            where.add("lower(c.place_name) LIKE ? ESCAPE '\\'", _like_prefix(prefix))
        if country is not None:
            where.add("c.place_country = ?", country)
        return self._facet(_PLACES, where, sort, limit, cursor)

    def _facet(self, facet: _Facet, where: _Where, sort_text: str, limit: int, cursor: str | None) -> Page:
        sort = Sort.parse(sort_text, FACET_SORTS)
        key = facet.count if sort.name == "events" else facet.name
        having, args = "", list(where.args)
        if cursor:
            after = Cursor.decode(cursor, sort.text, FACET_SORTS[sort.name], str)
            having = f" HAVING ({_after(key, facet.tie, sort.direction, 'asc')})"
            args.extend((after.key, after.key, after.tie))
        conditions = "".join(f" AND {c}" for c in where.conditions)
        sql = facet.template.format(where=conditions, having=having, key=key, dir=sort.direction)
        rows = self._rows(sql, [*args, limit + 1])
        following = None
        if len(rows) > limit:
            last = rows[limit - 1]
            following = Cursor(
                sort.text, last["n" if sort.name == "events" else "name"], last["tie"]
            ).encode()
        return Page([self._facet_row(r) for r in rows[:limit]], following)

    @staticmethod
    def _facet_row(row: Mapping[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in row.items() if k not in ("n", "tie")}
        out["events"] = row["n"]
        return out

    def quotes(
        self, *, speaker: str | None = None, q: str | None = None, limit: int = 50, cursor: str | None = None
    ) -> Page:
        """Who said what: quotes with their speaker and article, newest stored first.

        ``speaker`` is a canonical name (any case). ``q`` keeps quotes whose content has every
        word, read as the full-text search reads words; the articles' search index narrows
        the candidates, and each candidate's content is checked against the same terms.
        """
        where = _Where()
        if speaker:
            where.add("lower(q.speaker_entity) = lower(CAST(? AS TEXT))", speaker)
        groups = query_groups(q) if q else []
        if q is not None and not groups:
            return Page([], None)
        if groups:
            where.add(
                f"q.article_id IN (SELECT s.id FROM articles s WHERE {self.db.match_clause('articles', 's')})",
                self.db.match_expression(groups),
            )
        start = Cursor.decode(cursor, "-id", int, int).tie if cursor else None
        kept: list[dict[str, Any]] = []
        for row in self._quote_candidates(where, start):
            if not groups or _matches(groups, row["content"]):
                kept.append(row)
                if len(kept) > limit:
                    break
        following = Cursor("-id", 0, kept[limit - 1]["id"]).encode() if len(kept) > limit else None
        shown = kept[:limit]
        about = self._named_in_quotes(shown)
        return Page([{**self._quote_row(r), "about": about.get(r["id"], [])} for r in shown], following)

    def _named_in_quotes(self, quotes: Sequence[Mapping[str, Any]]) -> dict[int, list[dict[str, Any]]]:
        """Whom each quote speaks of: named participants whose span lies inside its content,
        the speaker left out, each name once (its first span), in reading order."""
        ids = sorted({int(q["article_id"]) for q in quotes})
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        named: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
        rows = self._rows(_NAMED_IN.format(ids=marks), [*ids, *ids])
        for row in sorted(rows, key=lambda r: (r["start"], r["stop"])):
            named[int(row["article_id"])].append(row)
        about: dict[int, list[dict[str, Any]]] = {}
        for quote in quotes:
            speaker = str(quote["speaker_entity"] or "").lower()
            first: dict[str, dict[str, Any]] = {}  # in reading order: the first span of a name wins
            for row in named[int(quote["article_id"])]:
                inside = quote["content_start"] <= row["start"] and row["stop"] <= quote["content_end"]
                entity = str(row["entity"])
                if inside and entity.lower() != speaker:
                    first.setdefault(
                        entity,
                        {"entity": entity, "text": row["text"], "start": row["start"], "end": row["stop"]},
                    )
            about[int(quote["id"])] = list(first.values())
        return about

    def _quote_candidates(self, where: _Where, start: int | None) -> Iterator[dict[str, Any]]:
        """Quotes meeting ``where`` after id ``start``, newest first, read in batches."""
        while True:
            batch = _Where(list(where.conditions), list(where.args))
            if start is not None:
                batch.add("q.id < ?", start)
            rows = self._rows(
                "SELECT q.id, q.speaker, q.speaker_entity, q.cue, q.cue_start, q.cue_end, q.content, "
                "q.content_start, q.content_end, q.direct, q.sentence_start, q.sentence_end, q.article_id, "
                f"a.doc_id, a.url, a.source, a.published, a.title FROM quotes q JOIN articles a ON a.id = q.article_id"
                f"{batch.sql()} ORDER BY q.id DESC LIMIT ?",
                [*batch.args, QUOTE_BATCH],
            )
            yield from rows
            if len(rows) < QUOTE_BATCH:
                return
            start = rows[-1]["id"]

    @staticmethod
    def _quote_row(row: Mapping[str, Any]) -> dict[str, Any]:
        return {
            **row, "speaker": _loads(row["speaker"]), "direct": bool(row["direct"]),
            "url": row["url"] or "", "title": row["title"] or "", "source": row["source"] or "",
        }  # fmt: skip

    # -- articles and totals ---------------------------------------------------------------

    def article(self, key: str) -> dict[str, Any] | None:
        """An article by document id (the latest stored) or numeric id: text, mentions, copy links."""
        if "\x00" in key:
            return None  # no document id holds NUL (and PostgreSQL text cannot)
        columns = f"{_ARTICLE_COLUMNS}, a.text, a.copy_of, a.copy_similarity FROM articles a"
        rows = self._rows(f"SELECT {columns} WHERE a.doc_id = ? ORDER BY a.id DESC LIMIT 1", (key,))
        if not rows and key.isascii() and key.isdigit() and int(key) <= MAX_ID:
            rows = self._rows(f"SELECT {columns} WHERE a.id = ?", (int(key),))
        if not rows:
            return None
        row = rows[0]
        article = {**_article_ref(row), "text": row["text"]}
        article.pop("similarity")
        article["events"] = [
            mention_row(r)
            for r in self._rows(
                f"SELECT {_MENTION_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE e.article_id = ? ORDER BY e.trigger_start, e.id",
                (row["id"],),
            )
        ]
        article["copy_of"] = None
        if row["copy_of"] is not None:
            original = self._rows(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (row["copy_of"],)
            )
            article["copy_of"] = _article_ref(original[0], row["copy_similarity"]) if original else None
        copies = self._rows(
            f"SELECT {_ARTICLE_COLUMNS}, a.copy_similarity FROM articles a WHERE a.copy_of = ? ORDER BY a.id",
            (row["id"],),
        )
        article["copies"] = [_article_ref(c, c["copy_similarity"]) for c in copies]
        return article

    def stats(self) -> dict[str, Any]:
        """Articles, mentions and canonical events stored; canonical events by type and by day."""
        counts = self._rows(
            "SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS mentions, "
            "(SELECT COUNT(*) FROM clusters) AS events"
        )[0]
        by_type = self.aggregate("type", EventFilters(), limit=len(EVENT_TYPES))
        by_day = self.aggregate("day", EventFilters())
        return {
            **{k: int(v) for k, v in counts.items()},
            "by_type": {b["key"]: b["count"] for b in by_type},
            "by_day": [{"day": b["key"], "count": b["count"]} for b in by_day],
        }


def filters_from(values: Mapping[str, Any]) -> EventFilters:
    """The :class:`EventFilters` among ``values`` (other keys, such as paging, are ignored)."""
    known = {f.name for f in fields(EventFilters)}
    return EventFilters(**{k: v for k, v in values.items() if k in known})
