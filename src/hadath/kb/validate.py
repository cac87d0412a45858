"""Check knowledge layers and report every problem at once, as ``file:line: field: message``.

Checks: each record against its schema; unique keys inside a layer; references resolve
(actor and place countries, tenure offices, capitals and ``admin1`` places); office tenures
of one office and country do not overlap for different people, nor for one person; actor
validity and tenure dates are in order and in range; codes the schema leaves free (office
sectors, country QIDs, ``admin1`` levels) are valid; names that collide after normalization
between different actors (unless every record carrying the name lists it in
``ambiguous``), between countries, between offices, and between places of the same country
and precision; Arabic fields hold Arabic letters; a trigger's ``excluded_with_kind`` has
words in ``lexicon/ar/other_senses.tsv``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from hadath.errors import DataError
from hadath.kb.lexicon import LEXICON_TABLES, OTHER_SENSES_FILE, data_rows, table_problems
from hadath.kb.load import DATA_DIR, RawRecord, layer_files, parse_record, read_file, record_key
from hadath.kb.schema import (
    ARABIC_LETTER,
    SECTORS,
    ActorRecord,
    CountryRecord,
    CueRecord,
    OfficeRecord,
    TriggerRecord,
)

logger = logging.getLogger(__name__)

NON_STATE = frozenset({"IGO", "NGO"})
QID = re.compile(r"Q[1-9]\d*")
# Dates of office outside this range are typos (2106, 1016), not history this coder meets.
EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2100, 1, 1)
# Fields, beyond the schema's own ``names`` check, whose every entry must be Arabic.
ARABIC_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {
    CountryRecord: ("adjectives", "adjectives_feminine", "capital_names"),
    OfficeRecord: ("construct_names",),
    ActorRecord: ("ambiguous",),
    TriggerRecord: (
        "lemma",
        "present",
        "masdar",
        "plural",
        "objects",
        "forms",
        "recipient_preps",
        "needs_recipient_with",
        "object_then",
        "object_call",
    ),
    CueRecord: ("lemma", "present", "forms"),
}


@dataclass(slots=True)
class Problem:
    """One thing wrong in the data: ``file:line: field: message``."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(slots=True)
class Located:
    """A valid record and where it was read."""

    record: Any  # one of the schema models; typed loosely so checks read plainly
    path: str
    line: int


@dataclass(slots=True)
class Merged:
    """The merged view of all layers, by kind and key, plus the problems found on the way."""

    records: dict[str, dict[str, Located]] = field(default_factory=lambda: defaultdict(dict))
    problems: list[Problem] = field(default_factory=list)

    def of(self, kind: str) -> list[Located]:
        return list(self.records[kind].values())


def _schema_problems(raw: RawRecord, err: ValidationError) -> list[Problem]:
    return [
        Problem(str(raw.path), raw.line or None, ".".join(str(x) for x in e["loc"]), e["msg"])
        for e in err.errors()
    ]


def _read_layer(root: Path, merged: Merged) -> None:
    """Parse one layer into ``merged``: later layers replace by key, repeats inside a layer are problems."""
    if not root.is_dir():
        merged.problems.append(Problem(str(root), None, "", "no such knowledge directory"))
        return
    seen: dict[tuple[str, str], Located] = {}
    for kind, path in layer_files(root):
        try:
            _, raws = read_file(kind, path, with_lines=True)
        except DataError as err:
            merged.problems.append(Problem(err.path, err.line, "", err.reason))
            continue
        for raw in raws:
            try:
                record = parse_record(raw)
            except ValidationError as err:
                merged.problems.extend(_schema_problems(raw, err))
                continue
            key = record_key(kind, record)
            here = Located(record, str(path), raw.line)
            if (kind, key) in seen:
                first = seen[(kind, key)]
                merged.problems.append(
                    Problem(here.path, here.line, "id", f"{key} already defined at {first.path}:{first.line}")
                )
                continue
            seen[(kind, key)] = here
            merged.records[kind][key] = here


def _arabic_problems(merged: Merged) -> Iterable[Problem]:
    for kind_records in merged.records.values():
        for loc in kind_records.values():
            for name in ARABIC_FIELDS.get(type(loc.record), ()):
                value = getattr(loc.record, name)
                for item in [value] if isinstance(value, str) else value:
                    if item and not ARABIC_LETTER.search(item):
                        yield Problem(loc.path, loc.line, name, f"no Arabic letter in {item!r}")


def _reference_problems(merged: Merged) -> Iterable[Problem]:
    countries = set(merged.records["countries"])
    offices = set(merged.records["offices"])
    places = set(merged.records["places"])
    for loc in merged.of("actors"):
        actor = loc.record
        if actor.country and actor.country not in countries | NON_STATE:
            yield Problem(loc.path, loc.line, "country", f"{actor.id}: unknown country {actor.country}")
        for tenure in actor.holds:
            if tenure.office not in offices:
                yield Problem(
                    loc.path, loc.line, "holds.office", f"{actor.id}: unknown office {tenure.office}"
                )
    for loc in merged.of("places"):
        place = loc.record
        if place.country not in countries and place.country:  # a continent has none (schema)
            yield Problem(loc.path, loc.line, "country", f"{place.id}: unknown country {place.country}")
        if place.admin1 and place.admin1 not in places:
            yield Problem(loc.path, loc.line, "admin1", f"{place.id}: unknown place {place.admin1}")
    if not places:  # a country file checked on its own cannot see the gazetteer
        return
    for loc in merged.of("countries"):
        country = loc.record
        if country.capital and country.capital not in places:
            yield Problem(
                loc.path,
                loc.line,
                "capital",
                f"{country.iso3}: capital {country.capital} not in the gazetteer",
            )


def _overlaps(a: tuple[dt.date, dt.date | None], b: tuple[dt.date, dt.date | None]) -> bool:
    """Half-open tenures: the day one ends is the day the next may start."""
    far = dt.date.max
    return a[0] < (b[1] or far) and b[0] < (a[1] or far)


def _tenure_problems(merged: Merged) -> Iterable[Problem]:
    by_seat: dict[tuple[str, str], list[tuple[Located, dt.date, dt.date | None]]] = defaultdict(list)
    for loc in merged.of("actors"):
        actor = loc.record
        for t in actor.holds:
            by_seat[(t.office, actor.country)].append((loc, t.start, t.end))
    for (office, country), tenures in by_seat.items():
        for (la, sa, ea), (lb, sb, eb) in itertools.combinations(tenures, 2):
            a, b = la.record, lb.record
            if a.id != b.id and _overlaps((sa, ea), (sb, eb)):
                yield Problem(
                    lb.path,
                    lb.line,
                    "holds",
                    f"{b.id} holds {office} of {country or '-'} from {sb} "
                    f"while {a.id} ({la.path}:{la.line}) holds it {sa}..{ea or 'now'}",
                )


def _tenure_date_problems(loc: Located) -> Iterator[Problem]:
    """One actor's dates: validity in order, tenures inside it, in range, one office held once at a time."""
    actor = loc.record
    if actor.valid_from and actor.valid_to and actor.valid_to < actor.valid_from:
        yield Problem(
            loc.path, loc.line, "valid_to", f"{actor.id}: valid_to {actor.valid_to} before valid_from"
        )
    for t in actor.holds:
        for day in filter(None, (t.start, t.end)):
            if not EARLIEST_DATE <= day <= LATEST_DATE:
                yield Problem(loc.path, loc.line, "holds", f"{actor.id}: {t.office} date {day} out of range")
        if (actor.valid_from and t.start < actor.valid_from) or (
            actor.valid_to and t.start >= actor.valid_to
        ):
            yield Problem(
                loc.path,
                loc.line,
                "holds",
                f"{actor.id}: {t.office} from {t.start} outside the actor's validity",
            )
    for a, b in itertools.combinations(actor.holds, 2):
        if a.office == b.office and _overlaps((a.start, a.end), (b.start, b.end)):
            yield Problem(
                loc.path, loc.line, "holds", f"{actor.id}: {a.office} held twice from {a.start} and {b.start}"
            )


def _date_problems(merged: Merged) -> Iterable[Problem]:
    for loc in merged.of("actors"):
        yield from _tenure_date_problems(loc)


def _code_problems(merged: Merged) -> Iterable[Problem]:
    """Codes the schema leaves as free text: office sectors, country QIDs, admin1 levels."""
    for loc in merged.of("offices"):
        if loc.record.sector not in SECTORS:
            yield Problem(
                loc.path, loc.line, "sector", f"{loc.record.id}: unknown PLOVER sector {loc.record.sector!r}"
            )
    for loc in merged.of("countries"):
        if loc.record.qid and not QID.fullmatch(loc.record.qid):
            yield Problem(
                loc.path, loc.line, "qid", f"{loc.record.iso3}: not a Wikidata id {loc.record.qid!r}"
            )
    places = merged.records["places"]
    for loc in merged.of("places"):
        parent = places.get(loc.record.admin1)
        if parent is not None and parent.record.precision != "admin1":
            yield Problem(
                loc.path,
                loc.line,
                "admin1",
                f"{loc.record.id}: {loc.record.admin1} is a {parent.record.precision}, not admin1",
            )


def _other_sense_problems(merged: Merged) -> Iterable[Problem]:
    """A trigger's ``excluded_with_kind`` the schema allows but no row of other_senses.tsv
    has: the entry would be excluded with no words at all."""
    listed = {kind for kind, _word in data_rows(OTHER_SENSES_FILE, 2)}
    for loc in merged.of("triggers"):
        kind = loc.record.excluded_with_kind
        if kind and kind not in listed:
            yield Problem(
                loc.path, loc.line, "excluded_with_kind", f"{kind!r} has no words in {OTHER_SENSES_FILE}"
            )


def _collisions(items: Iterable[tuple[str, Located, str]], excused: dict[str, set[str]]) -> Iterable[Problem]:
    """Names shared (after normalization) by records with different keys, within one group."""
    from hadath.text.normalize import normalize

    by_name: dict[tuple[str, str], dict[str, tuple[Located, str]]] = defaultdict(dict)
    for group, loc, name in items:
        by_name[(group, normalize(name).strip())].setdefault(record_key("", loc.record), (loc, name))
    for (_, norm), holders in by_name.items():
        if len(holders) < 2 or all(norm in excused.get(k, set()) for k in holders):
            continue
        keys = sorted(holders)
        loc, name = holders[keys[-1]]
        yield Problem(
            loc.path,
            loc.line,
            "names",
            f"{name!r} is also a name of {', '.join(keys[:-1])} "
            f"(list it in 'ambiguous' of each record if it is meant)",
        )


def _named(merged: Merged, kind: str, group: Callable[[Any], str]) -> Iterator[tuple[str, Located, str]]:
    for loc in merged.of(kind):
        g = group(loc.record)
        yield from ((g, loc, n) for n in loc.record.names)


def _name_problems(merged: Merged) -> Iterable[Problem]:
    from hadath.text.normalize import normalize

    excused = {
        loc.record.id: {normalize(n).strip() for n in loc.record.ambiguous} for loc in merged.of("actors")
    }
    yield from _collisions(_named(merged, "actors", lambda _: "actor"), excused)
    yield from _collisions(_named(merged, "countries", lambda _: "country"), {})
    # Two offices with one name would make a role phrase mean either.
    yield from _collisions(_named(merged, "offices", lambda _: "office"), {})
    # Places of the same name in different countries or at different levels are normal
    # (the resolver ranks them); within one country and level they are a duplicate.
    yield from _collisions(_named(merged, "places", lambda p: f"{p.country}/{p.precision}"), {})


def lexicon_problems() -> list[Problem]:
    """Every row of the shipped lexicon tables (``data/lexicon``) that breaks its schema."""
    sectors = frozenset(SECTORS)
    return [
        Problem(str(DATA_DIR / relpath), line, "", message)
        for relpath, schema in LEXICON_TABLES.items()
        for line, message in table_problems(relpath, schema, sectors)
    ]


def dedup_settings_problems() -> list[Problem]:
    """The shipped deduplication settings (``data/dedup.yaml``), checked against their schema."""
    from hadath.dedup.settings import read_settings, settings_path

    try:
        read_settings(settings_path())
    except DataError as err:
        return [Problem(str(settings_path()), err.line, "", err.reason)]
    return []


def model_data_problems() -> list[Problem]:
    """The confidence model (``data/calibration.yaml``), the argument chooser
    (``data/models/argmodel.yaml``), the event filter (``data/models/eventfilter.yaml``) and
    the PLOVER cues (``data/plover.yaml``), checked against their schemas."""
    from hadath.events.argmodel import model_problems
    from hadath.events.confidence import calibration_problems
    from hadath.events.eventfilter import model_problems as filter_problems
    from hadath.export.plover_fields import plover_cues_problems

    errors = calibration_problems() + model_problems() + filter_problems() + plover_cues_problems()
    return [Problem(e.path, e.line, "", e.reason) for e in errors]


def _seat_problems(merged: Merged) -> list[Problem]:
    """The actors' seats (``data/seats.tsv``), checked against the merged records."""
    from hadath.resolve.seats import SEATS_FILE, seat_problems

    known = [set(merged.records[kind]) for kind in ("actors", "offices", "countries", "places")]
    return [Problem(str(DATA_DIR / SEATS_FILE), line, "", msg) for line, msg in seat_problems(*known)]


def merge_layers(dirs: Sequence[str | Path]) -> Merged:
    """Read layers in order into one merged view, collecting file and schema problems."""
    merged = Merged()
    for d in dirs:
        _read_layer(Path(d), merged)
    return merged


def validate_knowledge(dirs: Sequence[str | Path] = ()) -> list[Problem]:
    """Every problem of the given layers, read in order as the loader would.

    Args:
        dirs: layer directories; empty means the shipped data alone. Pass the shipped
            ``DATA_DIR`` first to check an overlay against what it extends.

    Returns:
        The problems, in file order within each check; empty when the data is sound.
    """
    merged = merge_layers(list(dirs) or [DATA_DIR])
    checks = (
        _arabic_problems, _reference_problems, _tenure_problems, _date_problems, _code_problems, _name_problems,
        _other_sense_problems,
    )  # fmt: skip
    problems = merged.problems + [p for check in checks for p in check(merged)]
    if not dirs or Path(dirs[0]) == DATA_DIR:
        # The lexicon tables and dedup settings ship with the code; overlays do not carry them.
        problems += lexicon_problems() + dedup_settings_problems() + model_data_problems()
        problems += _seat_problems(merged)
    logger.debug("validated %s: %d problems", [str(d) for d in dirs], len(problems))
    return problems


__all__ = ["Problem", "lexicon_problems", "merge_layers", "validate_knowledge"]
