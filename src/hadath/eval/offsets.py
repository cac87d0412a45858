"""Gold records kept as offsets only, so that gold on corpus articles can live in the
repository without the corpus text (``bench/gold/*.jsonl``).

``strip`` drops ``title`` and ``text`` and replaces every span of a gold record (event
sentence, trigger, argument text, place text, date_text; quote cue, content and speaker
text; entity text) by ``[start, end]`` character offsets into the article text. An event's
spans are looked up as the guideline places them: the first occurrence inside the event's
sentence (more exactly at or after its start, as ``hadath eval`` looks them up), else the
first anywhere. A quote's cue and speaker are taken at their last occurrence before the
quoted content, else the first anywhere; sentences, contents and entities at their first
occurrence. Every other field is kept as it is.

``join`` rebuilds the full records from the corpus (``title`` and ``text`` from the corpus
record with the same ``id``, spans sliced back out of the text). The round trip
strip -> join gives back the input records exactly. ``hadath eval GOLD --corpus CORPUS``
joins an offsets-only gold file this way; ``scripts/gold_offsets.py`` writes either form.

Any problem (a missing file or doc id, a span not in the text, an offset beyond it, a bad
line) is a :class:`GoldOffsetError` whose message is one line naming the file and the reason.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hadath.errors import HadathError

Record = dict[str, Any]
#: Turns a span string into a stored value (strip) or a stored value into a string (join).
SpanFn = Callable[[Any, int], Any]

SPAN_KEYS_EVENT = ("trigger", "date_text")
ARG_ROLES = ("actor", "recipient")
DROPPED = ("title", "text")


class GoldOffsetError(HadathError):
    """A problem with an input file, reported as one line naming the file and the reason."""


def read_jsonl(path: Path) -> Iterator[tuple[int, Record]]:
    """Yield ``(line number, record)`` for each non-blank line of a JSONL (or .gz) file."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise GoldOffsetError(f"{path}:{number}: bad JSON ({err.msg})") from None
                if not isinstance(record, dict):
                    raise GoldOffsetError(f"{path}:{number}: a line is not a JSON object")
                yield number, record
    except (OSError, UnicodeDecodeError) as err:
        raise GoldOffsetError(f"{path}: cannot read ({getattr(err, 'strerror', None) or err})") from None


def write_jsonl(path: Path, records: list[Record]) -> None:
    """Write records one per line, UTF-8, non-ASCII kept as is."""
    try:
        with open(path, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError as err:
        raise GoldOffsetError(f"{path}: cannot write ({err.strerror or err})") from None


def find_span(text: str, span: str, start: int) -> list[int] | None:
    """Offsets of ``span``: first occurrence at or after ``start``, else the first anywhere."""
    i = text.find(span, start)
    if i < 0:
        i = text.find(span)
    return None if i < 0 else [i, i + len(span)]


def find_before(text: str, span: str, limit: int) -> list[int] | None:
    """Offsets of the last occurrence of ``span`` ending by ``limit``, else the first anywhere."""
    i = text.rfind(span, 0, limit)
    if i < 0:
        i = text.find(span)
    return None if i < 0 else [i, i + len(span)]


def is_offsets(value: Any) -> bool:
    """True for a stored ``[start, end]`` pair."""
    return isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)


def map_arg(arg: Any, fn: SpanFn, anchor: int) -> Any:
    """Apply ``fn`` to the ``text`` of an argument or place dict."""
    if isinstance(arg, dict) and "text" in arg:
        return {**arg, "text": fn(arg["text"], anchor)}
    return arg


def map_event(event: Record, fn: SpanFn, sentence: Callable[[Any], Any]) -> Record:
    """Apply ``fn`` to an event's spans; ``sentence`` converts the sentence and gives the anchor."""
    out = dict(event)
    out["sentence"], anchor = sentence(event.get("sentence"))
    for key in SPAN_KEYS_EVENT:
        if key in out:
            out[key] = fn(out[key], anchor)
    for role in ARG_ROLES:
        if isinstance(out.get(role), list):
            out[role] = [map_arg(a, fn, anchor) for a in out[role]]
    if "location" in out:
        out["location"] = map_arg(out["location"], fn, anchor)
    return out


def map_quote(quote: Record, fn: SpanFn, content: Callable[[Any], tuple[Any, int]]) -> Record:
    """Apply ``fn`` to a quote's cue and speaker (anchored at the content) and convert the content."""
    out = dict(quote)
    out["content"], anchor = content(quote.get("content"))
    if "cue" in out:
        out["cue"] = fn(out["cue"], anchor)
    if "speaker" in out:
        out["speaker"] = map_arg(out["speaker"], fn, anchor)
    return out


def strip_record(record: Record, where: str) -> Record:
    """The offsets-only form of one gold record (``where`` names it in errors)."""
    text = record.get("text")
    if not isinstance(text, str) or not record.get("doc_id"):
        raise GoldOffsetError(f"{where}: a record needs doc_id and text")

    def locate(span: Any, found: list[int] | None) -> Any:
        if isinstance(span, str) and span and found is None:
            raise GoldOffsetError(f"{where}: span {span[:40]!r} is not in the text")
        return found if isinstance(span, str) and span else span

    def inside(span: Any, anchor: int) -> Any:
        return locate(span, find_span(text, span, anchor) if isinstance(span, str) and span else None)

    def before(span: Any, anchor: int) -> Any:
        return locate(span, find_before(text, span, anchor) if isinstance(span, str) and span else None)

    def first(span: Any) -> tuple[Any, int]:
        stored = inside(span, 0)
        return stored, stored[0] if is_offsets(stored) else 0

    out = {k: v for k, v in record.items() if k not in DROPPED}
    _map_lists(out, record, (inside, before, first))
    return out


def _map_lists(out: Record, record: Record, maps: tuple[Any, Any, Any]) -> None:
    """Fill ``out``'s events, quotes and entities from ``record``'s, each span mapped: ``maps``
    is (the span map for events and entities, the one for quotes, the sentence map)."""
    spans, quote_spans, sentence = maps
    if isinstance(record.get("events"), list):
        out["events"] = [map_event(e, spans, sentence) for e in record["events"]]
    if isinstance(record.get("quotes"), list):
        out["quotes"] = [map_quote(q, quote_spans, sentence) for q in record["quotes"]]
    if isinstance(record.get("entities"), list):
        out["entities"] = [map_arg(e, spans, 0) for e in record["entities"]]


def join_record(stored: Record, source: Record, where: str) -> Record:
    """The full gold record from its offsets form and its corpus record."""
    text = source.get("text", "")

    def slice_back(value: Any, _anchor: int = 0) -> Any:
        if not is_offsets(value):
            return value
        start, end = value
        if not 0 <= start <= end <= len(text):
            raise GoldOffsetError(
                f"{where}: doc {stored['doc_id']}: offsets {value} beyond the text ({len(text)} characters)"
            )
        return text[start:end]

    def whole(value: Any) -> tuple[Any, int]:
        return slice_back(value), 0

    out: Record = {}
    for key, value in stored.items():
        out[key] = value
        if key == "published":
            out["title"], out["text"] = source.get("title", ""), text
    if "text" not in out:
        out["title"], out["text"] = source.get("title", ""), text
    _map_lists(out, stored, (slice_back, slice_back, whole))
    return out


def strip_file(gold: Path, out: Path) -> int:
    """Write the offsets-only form of every record of ``gold``; returns the record count."""
    records = [strip_record(r, f"{gold}:{n}") for n, r in read_jsonl(gold)]
    write_jsonl(out, records)
    return len(records)


def corpus_records(corpus: Path, wanted: set[str]) -> dict[str, Record]:
    """The corpus records whose ``id`` is in ``wanted`` (the corpus is streamed once)."""
    found: dict[str, Record] = {}
    for _, record in read_jsonl(corpus):
        if record.get("id") in wanted:
            found[record["id"]] = record
            if len(found) == len(wanted):
                break
    return found


def join_file(corpus: Path, offsets: Path, out: Path) -> int:
    """Rebuild the full gold file from ``offsets`` and the corpus; returns the record count."""
    missing_id = [n for n, r in read_jsonl(offsets) if not r.get("doc_id")]
    if missing_id:
        raise GoldOffsetError(f"{offsets}:{missing_id[0]}: a record has no doc_id")
    records = joined_records(corpus, offsets)
    write_jsonl(out, records)
    return len(records)


def joined_records(corpus: Path, offsets: Path) -> list[Record]:
    """The full gold records of an offsets-only file, joined with the corpus in memory."""
    stored = list(read_jsonl(offsets))
    sources = corpus_records(corpus, {r.get("doc_id", "") for _, r in stored})
    out = []
    for number, record in stored:
        source = sources.get(record.get("doc_id", ""))
        if source is None:
            raise GoldOffsetError(f"{offsets}:{number}: doc id {record.get('doc_id')!r} is not in {corpus}")
        out.append(join_record(record, source, f"{offsets}:{number}"))
    return out
