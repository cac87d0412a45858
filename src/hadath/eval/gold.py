"""Read gold and system JSONL files in the format of the gold annotation guideline.

One JSON object per line, one article per line (blank lines are skipped). Both gold
annotations and system output use the same record shape, so one reader serves both; gold
records are checked more strictly (they must carry ``text``, every event a sentence, every
entity a text and a type), system records may leave out what they did not find.

Spans are kept as written (:class:`SpanRef`): either a string, found in the article text at
scoring time (the first occurrence at or after a given offset, the event sentence's start,
falling back to the first occurrence anywhere), or fixed ``{"start", "end"}`` offsets. An
event's sentence may instead be given as ``sentence_start``/``sentence_end``. Argument
strings are looked up inside the *gold* event's sentence when a system event is compared
with it, which is why spans are not resolved when the file is read.

A malformed line raises :class:`~hadath.errors.DataError` ``path:line: reason``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.errors import DataError
from hadath.eval.offsets import joined_records

logger = logging.getLogger(__name__)

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SpanRef:
    """A span as a file gives it: a substring to look up, or fixed offsets.

    Attributes:
        text: the exact substring, or None when offsets are given.
        start: the start offset, or None when a string is given.
        end: the end offset, or None when a string is given.
    """

    text: str | None = None
    start: int | None = None
    end: int | None = None

    def locate(self, doc: str, within: int | None = None) -> Span | None:
        """The ``(start, end)`` of this span in ``doc``, or None when it is absent.

        Args:
            doc: the article text.
            within: where to start looking for a string span (the event sentence's
                start); when it is not found from there, the whole text is searched.
        """
        if self.start is not None and self.end is not None:
            return (self.start, self.end)
        if not self.text:
            return None
        i = doc.find(self.text, within or 0)
        if i < 0 and within:
            i = doc.find(self.text)
        return (i, i + len(self.text)) if i >= 0 else None


NO_SPAN = SpanRef()


@dataclass(frozen=True, slots=True)
class Arg:
    """An event actor or recipient, or a quote speaker."""

    span: SpanRef = NO_SPAN
    entity: str = ""
    country: str = ""
    sector: str = ""


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened; ``lat`` is None when no coordinates were given."""

    text: str = ""
    name: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One annotated (or predicted) event."""

    sentence: SpanRef
    event_type: str
    actor: tuple[Arg, ...] = ()
    recipient: tuple[Arg, ...] = ()
    location: Location | None = None
    date: str | None = None
    trigger: str = ""
    cameo: str = ""
    modality: str = "asserted"


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One reported statement: its content span and its speaker."""

    content: SpanRef
    speaker: Arg | None = None
    cue: str = ""
    direct: bool = False


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One named mention (text as written, entity type, canonical name)."""

    text: str
    type: str
    entity: str = ""


@dataclass(slots=True)
class DocRecord:
    """One article's annotations (gold) or output (system)."""

    doc_id: str
    text: str = ""
    title: str = ""
    published: str | None = None
    events: list[EventRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)


class _Bad(ValueError):
    """A problem inside one record; the reader adds the path and line."""


def _expect(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if value is None:
        raise _Bad(f"{where}: missing")
    # JSON true/false are Python ints; never accept them where a number or string is meant.
    if isinstance(value, bool) or not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise _Bad(f"{where}: expected {names}, got {type(value).__name__}")
    return value


def _optional_str(d: dict[str, Any], key: str, where: str) -> str:
    value = d.get(key)
    return "" if value is None else _expect(value, str, f"{where}.{key}" if where else key)


def _span_ref(value: Any, where: str) -> SpanRef:
    """A span given as a string or as a ``{"start", "end"}`` object."""
    if value is None:
        return NO_SPAN
    if isinstance(value, str):
        return SpanRef(text=value)
    if isinstance(value, dict) and "start" in value:
        start = _expect(value.get("start"), int, f"{where}.start")
        end = _expect(value.get("end"), int, f"{where}.end")
        return SpanRef(start=start, end=end)
    raise _Bad(f"{where}: expected a string or a {{start, end}} object")


def _arg(d: Any, where: str) -> Arg:
    d = _expect(d, dict, where)
    text = d.get("text")
    # ``text`` is the span (a string or offsets); without it, offsets may come in ``span``.
    if isinstance(text, str | dict):
        span = _span_ref(text, f"{where}.text")
    else:
        span = _span_ref(d.get("span"), f"{where}.span")
    return Arg(
        span=span,
        entity=_optional_str(d, "entity", where),
        country=_optional_str(d, "country", where),
        sector=_optional_str(d, "sector", where),
    )


def _args(value: Any, where: str) -> tuple[Arg, ...]:
    if value is None:
        return ()
    return tuple(_arg(a, f"{where}[{i}]") for i, a in enumerate(_expect(value, list, where)))


def _number(value: Any, where: str) -> float | None:
    return None if value is None else float(_expect(value, (int, float), where))


def _location(value: Any, where: str) -> Location | None:
    if not value:
        return None
    d = _expect(value, dict, where)
    lat, lon = _number(d.get("lat"), f"{where}.lat"), _number(d.get("lon"), f"{where}.lon")
    if (lat is None) != (lon is None):
        raise _Bad(f"{where}: lat and lon must be given together")
    return Location(
        text=_optional_str(d, "text", where),
        name=_optional_str(d, "name", where),
        country=_optional_str(d, "country", where),
        lat=lat,
        lon=lon,
    )


def _sentence(d: dict[str, Any], where: str, strict: bool) -> SpanRef:
    if "sentence_start" in d:
        start = _expect(d.get("sentence_start"), int, f"{where}.sentence_start")
        end = _expect(d.get("sentence_end"), int, f"{where}.sentence_end")
        return SpanRef(start=start, end=end)
    ref = _span_ref(d.get("sentence"), f"{where}.sentence")
    if strict and ref == NO_SPAN:
        raise _Bad(f"{where}: no sentence")
    return ref


def _event(value: Any, where: str, strict: bool) -> EventRecord:
    d = _expect(value, dict, where)
    event_type = d.get("event_type")
    if strict or event_type is not None:
        _expect(event_type, str, f"{where}.event_type")
    return EventRecord(
        sentence=_sentence(d, where, strict),
        event_type=event_type or "",
        actor=_args(d.get("actor"), f"{where}.actor"),
        recipient=_args(d.get("recipient"), f"{where}.recipient"),
        location=_location(d.get("location"), f"{where}.location"),
        date=_optional_str(d, "date", where) or None,
        trigger=_optional_str(d, "trigger", where),
        cameo=str(d.get("cameo") or ""),
        modality=_optional_str(d, "modality", where) or "asserted",
    )


def _quote(value: Any, where: str) -> QuoteRecord:
    d = _expect(value, dict, where)
    speaker = d.get("speaker")
    return QuoteRecord(
        content=_span_ref(d.get("content"), f"{where}.content"),
        speaker=_arg(speaker, f"{where}.speaker") if speaker else None,
        cue=_optional_str(d, "cue", where),
        direct=bool(d.get("direct", False)),
    )


def _entity(value: Any, where: str, strict: bool) -> EntityRecord:
    d = _expect(value, dict, where)
    if strict:
        for key in ("text", "type"):
            _expect(d.get(key), str, f"{where}.{key}")
    return EntityRecord(
        text=_optional_str(d, "text", where),
        type=_optional_str(d, "type", where),
        entity=_optional_str(d, "entity", where),
    )


def _items(d: dict[str, Any], key: str) -> list[Any]:
    value = d.get(key)
    return [] if value is None else _expect(value, list, key)


def parse_record(d: Any, *, strict: bool = True) -> DocRecord:
    """Check one decoded JSON record and turn it into a :class:`DocRecord`.

    Args:
        d: the decoded JSON value of one line.
        strict: gold rules (``text`` required, every event with a sentence and a type,
            every entity with a text and a type); False for system output.

    Raises:
        ValueError: what is wrong and where in the record.
    """
    d = _expect(d, dict, "record")
    doc_id = d.get("doc_id")
    if doc_id is None or isinstance(doc_id, bool) or not isinstance(doc_id, str | int):
        raise _Bad("doc_id: missing or not a string")
    text = d.get("text")
    if strict or text is not None:
        _expect(text, str, "text")
    return DocRecord(
        doc_id=str(doc_id),
        text=text or "",
        title=_optional_str(d, "title", ""),
        published=_optional_str(d, "published", "") or None,
        events=[_event(e, f"events[{i}]", strict) for i, e in enumerate(_items(d, "events"))],
        quotes=[_quote(q, f"quotes[{i}]") for i, q in enumerate(_items(d, "quotes"))],
        entities=[_entity(e, f"entities[{i}]", strict) for i, e in enumerate(_items(d, "entities"))],
    )


def iter_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, decoded JSON)`` for every non-blank line of a JSONL file.

    Raises:
        DataError: when the file cannot be read or a line is not JSON.
    """
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise DataError(str(path), None, f"cannot read the file ({err.strerror})") from err
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as err:
                raise DataError(str(path), n, f"not valid JSON ({err.msg})") from err


def read_records(
    path: str | Path, *, strict: bool = True, corpus: str | Path | None = None
) -> dict[str, DocRecord]:
    """Read a gold (``strict``) or system JSONL file into records keyed by ``doc_id``.

    Args:
        path: the JSONL file, one article per line.
        strict: apply the gold rules; pass False for system output.
        corpus: the corpus file an offsets-only gold (``strict``) file (spans as ``[start, end]``, no
            ``text``; see :mod:`hadath.eval.offsets`) was annotated on; its articles are
            joined in. A file with its texts ignores it.

    Returns:
        The records in file order, keyed by ``doc_id``.

    Raises:
        DataError: ``path:line: reason`` for the first malformed line, a repeated doc_id, or
            an offsets-only file without its corpus.
        GoldOffsetError: an offsets-only record that does not fit its corpus article.
    """
    path = Path(path)
    out: dict[str, DocRecord] = {}
    lines = _joined_lines(path, corpus) if strict else iter_lines(path)
    for n, value in lines:
        try:
            record = parse_record(value, strict=strict)
        except ValueError as err:
            raise DataError(str(path), n, str(err)) from err
        if record.doc_id in out:
            raise DataError(str(path), n, f"doc_id {record.doc_id!r} repeats an earlier line")
        out[record.doc_id] = record
    logger.debug("%s: %d records", path, len(out))
    return out


def _joined_lines(path: Path, corpus: str | Path | None) -> list[tuple[int, Any]]:
    """The file's decoded lines; an offsets-only file's joined with the corpus articles."""
    lines = list(iter_lines(path))
    if not lines or not isinstance(lines[0][1], dict) or "text" in lines[0][1]:
        return lines
    if corpus is None:
        # Without text the file is either broken or offsets only: say both.
        raise DataError(str(path), lines[0][0], "text: missing (an offsets-only gold file needs --corpus)")
    joined = joined_records(Path(corpus), path)
    return [(n, record) for (n, _), record in zip(lines, joined, strict=True)]


def read_gold(path: str | Path, corpus: str | Path | None = None) -> dict[str, DocRecord]:
    """Read a gold file (strict rules), joining an offsets-only one with ``corpus``; see
    :func:`read_records`."""
    return read_records(path, strict=True, corpus=corpus)


def read_system(path: str | Path) -> dict[str, DocRecord]:
    """Read a system output file (lenient rules); see :func:`read_records`."""
    return read_records(path, strict=False)
