"""Reading truce files: the shipped ones, a user directory of added ones, checks against the knowledge base.

The shipped truces are ``hadath/data/truces/*.yaml``; ``hadath truce add`` copies a checked
file into the user directory (``--dir``, else ``$HADATH_TRUCE_DIR``, else
``$XDG_DATA_HOME/hadath/truces``, else ``~/.local/share/hadath/truces``). A user truce with
the id of a shipped one replaces it. Every problem with a file is one line,
``path: reason``, raised as :class:`TruceError`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from hadath.errors import DataError
from hadath.kb import KnowledgeBase, load_kb
from hadath.store.search import query_groups
from hadath.truce.schema import PATTERN, Act, TruceRecord, first_day, last_day, member_kind
from hadath.truce.scope import ActRule, Circle, Members, Scope, SideRule

logger = logging.getLogger(__name__)

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "data" / "truces"
DIR_ENV = "HADATH_TRUCE_DIR"
Origin = Literal["shipped", "user"]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TruceError(DataError):
    """A truce file that cannot be read, breaks the schema, or names what the knowledge base lacks."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(str(path), None, reason)


@dataclass(frozen=True, slots=True)
class Truce:
    """A checked truce: its record, its scope, and the file it came from."""

    record: TruceRecord
    scope: Scope
    path: Path
    origin: Origin
    names: Mapping[str, str] = field(default_factory=dict)  # actor id -> its knowledge-base name

    @property
    def id(self) -> str:
        return self.record.id

    def summary(self) -> dict[str, Any]:
        """The record as JSON-ready values, with the days it counts and where it came from."""
        return {
            **self.record.model_dump(mode="json"),
            "forbids": [{**a.model_dump(mode="json"), "name": a.name} for a in self.record.forbids],
            "exemption_names": [self.names.get(m, m) for m in self.record.exemptions],
            "first_day": self.scope.first_day,
            "last_day": self.scope.last_day,
            "origin": self.origin,
        }


def user_dir(explicit: str | Path | None = None) -> Path:
    """Where added truces live: ``explicit``, ``$HADATH_TRUCE_DIR``, or the XDG data directory."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(DIR_ENV):
        return Path(os.environ[DIR_ENV]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "hadath" / "truces"


# -- one file ------------------------------------------------------------------------------


def read_record(path: Path) -> TruceRecord:
    """The record in a truce file, checked against the schema (not yet against the knowledge base).

    Raises:
        TruceError: unreadable, not YAML, not one mapping, or against the schema.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # a safe loader
    except (OSError, UnicodeDecodeError) as err:
        raise TruceError(path, f"cannot read: {getattr(err, 'strerror', None) or err}") from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise TruceError(path, f"not YAML: {where}{getattr(err, 'problem', None) or err}") from err
    if not isinstance(data, dict):
        raise TruceError(path, "a truce file holds one mapping (id, name, start, area, parties, ...)")
    try:
        return TruceRecord.model_validate(data)
    except ValidationError as err:
        raise TruceError(path, _schema_problems(err)) from err


def _schema_problems(err: ValidationError) -> str:
    problems = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"])
        message = e["msg"].removeprefix("Value error, ")
        problems.append(f"{loc}: {message}" if loc else message)
    return "; ".join(dict.fromkeys(problems))


def check_record(record: TruceRecord, kb: KnowledgeBase) -> list[str]:
    """What a record names that the knowledge base lacks (actor ids, countries, units, places)."""
    problems: list[str] = []
    members = [m for side in record.parties for m in side.members] + list(record.exemptions)
    for member in members:
        if member_kind(member) == "id" and member not in kb.actors:
            problems.append(f"no actor {member!r} in the knowledge base (hadath kb lookup NAME)")
        match = PATTERN.match(member)
        country = match.group("country") if match else "*"
        if country not in ("*", "IGO", "NGO") and country not in kb.countries:
            problems.append(f"{member!r}: no country {country!r}")
    area = record.area
    problems += [f"area.countries: no country {c!r}" for c in area.countries if c not in kb.countries]
    for unit in area.admin1:
        place = kb.places.get(unit)
        if place is None or place.precision != "admin1":
            problems.append(f"area.admin1: {unit!r} is not a first-level unit of the gazetteer")
    for entry in area.places:
        if entry.place is not None and entry.place not in kb.places:
            problems.append(f"area.places: no place {entry.place!r} in the gazetteer")
    return problems


def build_scope(record: TruceRecord, kb: KnowledgeBase) -> Scope:
    """The record made ready for matching (places resolved through the gazetteer)."""
    last = last_day(record.end)
    after = last + dt.timedelta(days=record.accusations_after_days) if last else None
    return Scope(
        truce_id=record.id,
        first_day=first_day(record.start).isoformat(),
        last_day=last.isoformat() if last else None,
        accusations_last_day=after.isoformat() if after else None,
        countries=frozenset(record.area.countries),
        admin1_places=_admin1_places(record.area.admin1, kb),
        circles=tuple(_circle(entry, kb) for entry in record.area.places),
        polygons=tuple(tuple((lon, lat) for lon, lat in ring) for ring in record.area.polygons),
        sides=tuple(SideRule(s.id, s.name, s.name_ar, members_of(s.members)) for s in record.parties),
        exempt=members_of(record.exemptions),
        acts=tuple(act_rule(a) for a in record.forbids),
        modalities=frozenset(record.modalities),
        phrases=tuple(p for p in (phrase_terms(w) for w in record.words) if p),
        area_countries=_area_countries(record, kb),
    )


def members_of(values: Iterable[str]) -> Members:
    """Ids and (country, sector) patterns from member strings (``*`` or a missing sector: any)."""
    ids: set[str] = set()
    patterns: list[tuple[str | None, str | None]] = []
    for value in values:
        match = PATTERN.match(value)
        if member_kind(value) == "id" or not match:
            ids.add(value)
            continue
        country, sector = match.group("country"), match.group("sector")
        patterns.append((None if country == "*" else country, None if sector in (None, "*") else sector))
    return Members(frozenset(ids), tuple(patterns))


def phrase_terms(text: str) -> tuple[tuple[str, ...], ...]:
    """A phrase as the search terms of each of its words (its normalized form and its stem)."""
    return tuple(tuple(group) for group in query_groups(text))


def act_rule(act: Act) -> ActRule:
    words = tuple(terms for word in act.words for terms in phrase_terms(word))
    return ActRule(act.type, act.name, frozenset(act.modes), tuple(act.cameo), words)


def _admin1_places(units: list[str], kb: KnowledgeBase) -> Mapping[str, str]:
    """Every gazetteer place inside the units (and the units themselves) -> the unit's name."""
    wanted = {u: kb.places[u].name for u in units if u in kb.places}
    inner = {pid: wanted[p.admin1] for pid, p in kb.places.items() if p.admin1 in wanted}
    return {**inner, **wanted}


def _area_countries(record: TruceRecord, kb: KnowledgeBase) -> frozenset[str] | None:
    area = record.area
    if area.places or area.polygons:
        return None
    return frozenset(area.countries) | {kb.places[u].country for u in area.admin1 if u in kb.places}


def _circle(entry: Any, kb: KnowledgeBase) -> Circle:
    if entry.place is not None:
        place = kb.places[entry.place]
        return Circle(entry.name or place.name, place.lat, place.lon, entry.radius_km)
    return Circle(entry.name, entry.lat, entry.lon, entry.radius_km)


def read_truce(path: str | Path, origin: Origin = "user", kb: KnowledgeBase | None = None) -> Truce:
    """A truce file, checked against the schema and the knowledge base.

    Raises:
        TruceError: one line naming the file and every problem.
    """
    path = Path(path)
    record = read_record(path)
    kb = kb or load_kb()
    problems = check_record(record, kb)
    if problems:
        raise TruceError(path, "; ".join(problems))
    ids = [m for side in record.parties for m in side.members] + list(record.exemptions)
    names = {m: kb.actors[m].name for m in ids if m in kb.actors}
    return Truce(record, build_scope(record, kb), path, origin, names)


# -- every truce ---------------------------------------------------------------------------


def truce_files(folder: Path) -> list[Path]:
    """The ``*.yaml`` files of a folder, sorted (none when it does not exist)."""
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []


def load_truces(directory: str | Path | None = None, *, strict: bool = True) -> dict[str, Truce]:
    """The shipped truces and the user directory's, by id (a user truce replaces a shipped one).

    Args:
        directory: the user directory (:func:`user_dir` by default).
        strict: raise on a bad file; otherwise log it and go on without it.

    Raises:
        TruceError: a bad file (strict), or two files of one folder with the same id.
    """
    folder = user_dir(directory)
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in truce_files(folder))
    return dict(_load_cached(str(folder), stamp, strict))


@lru_cache(maxsize=16)
def _load_cached(
    folder: str, stamp: tuple[tuple[str, int, int], ...], strict: bool
) -> tuple[tuple[str, Truce], ...]:
    del stamp  # part of the cache key only: a changed file reloads
    out: dict[str, Truce] = {}
    for origin, base in (("shipped", SHIPPED_DIR), ("user", Path(folder))):
        seen: set[str] = set()
        for path in truce_files(base):
            try:
                truce = read_truce(path, origin)  # type: ignore[arg-type]
            except TruceError as err:
                if strict:
                    raise
                logger.warning("%s", err)
                continue
            if truce.id in seen:
                raise TruceError(path, f"another file of {base} already defines {truce.id!r}")
            seen.add(truce.id)
            out[truce.id] = truce
    return tuple(out.items())


def add_truce(file: str | Path, directory: str | Path | None = None, *, replace: bool = False) -> Path:
    """Check a truce file and copy it into the user directory as ``<id>.yaml``; returns the new path.

    Raises:
        TruceError: the file is bad, or a truce with its id was already added (and not ``replace``).
    """
    truce = read_truce(file)
    folder = user_dir(directory)
    target = folder / f"{truce.id}.yaml"
    if target.exists() and not replace:
        raise TruceError(file, f"a truce {truce.id!r} is already added ({target}); use --replace")
    for other in truce_files(folder):
        if other != target and _id_of(other) == truce.id:
            raise TruceError(file, f"{other} already defines {truce.id!r}")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)
    return target


def _id_of(path: Path) -> str | None:
    try:
        return read_record(path).id
    except TruceError:
        return None


def get_truce(truce_id: str, directory: str | Path | None = None) -> Truce:
    """One truce by id.

    Raises:
        TruceError: no truce has this id.
    """
    truces = load_truces(directory)
    if truce_id not in truces:
        known = ", ".join(sorted(truces)) or "none"
        raise TruceError(truce_id, f"no such truce (known: {known})")
    return truces[truce_id]
