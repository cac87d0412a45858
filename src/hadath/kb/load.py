"""Read the knowledge data files into one :class:`KnowledgeBase`.

A *layer* is a directory with the layout of ``hadath/data`` (see :data:`LAYOUT`). The
shipped layer is read first, then every overlay in order; a record of a later layer
replaces the record with the same key (actor/office/place id, country ISO3, trigger
``(event_type, pos, lemma)``, cue lemma). :func:`read_layer` is shared with the validator,
which wants every problem at once; :func:`load_knowledge` stops at the first broken file
with a :class:`~hadath.errors.DataError` that names its line.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from hadath.errors import DataError
from hadath.kb import KnowledgeBase
from hadath.kb.schema import (
    ActorRecord,
    CountryRecord,
    CueRecord,
    OfficeRecord,
    PlaceRecord,
    TriggerFile,
    TriggerRecord,
    file_fields,
)

logger = logging.getLogger(__name__)
ModelT = TypeVar("ModelT", bound=BaseModel)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Kind of record -> the file patterns of a layer that hold it.
LAYOUT: dict[str, tuple[str, ...]] = {
    "countries": ("countries.yaml", "countries/*.yaml"),
    "offices": ("offices.yaml", "offices/*.yaml"),
    "actors": ("actors/*.yaml",),
    "places": ("gazetteer/*.tsv",),
    "triggers": ("triggers/*.yaml",),
    "cues": ("cues.yaml", "cues/*.yaml"),
}
MODELS: dict[str, type[BaseModel]] = {
    "countries": CountryRecord,
    "offices": OfficeRecord,
    "actors": ActorRecord,
    "places": PlaceRecord,
    "triggers": TriggerRecord,
    "cues": CueRecord,
}
PLACE_COLUMNS: tuple[str, ...] = (
    "id", "name", "names", "country", "lat", "lon", "precision", "population", "admin1",
)  # fmt: skip
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class RawRecord:
    """One record as read from a file, before schema validation."""

    kind: str
    path: Path
    line: int
    data: Any


def layer_files(root: Path) -> Iterator[tuple[str, Path]]:
    """Every data file of a layer as ``(kind, path)``, kinds in :data:`LAYOUT` order."""
    for kind, patterns in LAYOUT.items():
        for pattern in patterns:
            yield from ((kind, p) for p in sorted(root.glob(pattern)) if p.is_file())


def record_key(kind: str, record: BaseModel) -> str:
    """The key by which a later layer replaces a record of an earlier one."""
    if isinstance(record, CountryRecord):
        return record.iso3
    if isinstance(record, TriggerRecord):
        return f"{record.event_type}/{record.pos}/{record.lemma}"
    if isinstance(record, CueRecord):
        return record.lemma
    return str(getattr(record, "id", ""))


def _yaml_error(path: Path, err: yaml.YAMLError) -> DataError:
    mark = getattr(err, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    return DataError(str(path), line, f"not valid YAML: {problem}")


def _item_lines(text: str, nested_key: str | None) -> list[int]:
    """1-based line of each item of the top-level list (or of ``nested_key``'s list)."""
    node = yaml.compose(text, Loader=_LOADER)
    if nested_key and isinstance(node, yaml.MappingNode):
        node = next((v for k, v in node.value if k.value == nested_key), None)
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


def _bad_value_line(text: str) -> tuple[int | None, str]:
    """The line and value of the first scalar YAML resolves but cannot build (a date 2016-13-01)."""
    builder = _LOADER("")
    stack = [yaml.compose(text, Loader=_LOADER)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":timestamp"):
            try:
                builder.construct_yaml_timestamp(node)
            except ValueError:
                return node.start_mark.line + 1, node.value
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(v for pair in reversed(node.value) for v in reversed(pair))
    return None, ""


def _read_yaml(kind: str, path: Path, text: str, with_lines: bool) -> list[RawRecord]:
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as err:
        raise _yaml_error(path, err) from err
    except ValueError as err:  # well-formed YAML with an impossible value: a date 2016-13-01
        line, value = _bad_value_line(text)
        raise DataError(str(path), line, f"not a valid date {value!r}: {err}") from err
    if data is None:
        return []
    if kind == "triggers":
        return _trigger_records(path, text, data, with_lines)
    if not isinstance(data, list):
        raise DataError(str(path), 1, f"expected a list of {kind} records")
    lines = _item_lines(text, None) if with_lines else []
    return [RawRecord(kind, path, lines[i] if i < len(lines) else 0, d) for i, d in enumerate(data)]


def _trigger_records(path: Path, text: str, data: Any, with_lines: bool) -> list[RawRecord]:
    """A trigger file's entries, checked as a :class:`TriggerFile` first."""
    try:
        tfile = TriggerFile.model_validate(data)
    except ValidationError as err:
        # Fall back to entry-by-entry records so that each problem gets its own line.
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise DataError(str(path), 1, _first_error(err)) from err
        # Entries inherit the file's type, as TriggerFile gives it them, so that each entry
        # is judged by its own fields and not for a missing event_type.
        lines = _item_lines(text, "entries")
        inherited = file_fields(data)
        return [
            RawRecord(
                "triggers",
                path,
                lines[i] if i < len(lines) else 0,
                {**inherited, **d} if isinstance(d, dict) else d,
            )
            for i, d in enumerate(data["entries"])
        ]
    lines = _item_lines(text, "entries") if with_lines else []
    for i, entry in enumerate(tfile.entries):
        if entry.event_type != tfile.event_type:
            line = _item_lines(text, "entries")[i]
            raise DataError(
                str(path), line, f"entry {entry.lemma!r} is {entry.event_type}, file is {tfile.event_type}"
            )
    return [RawRecord("triggers", path, lines[i] if lines else 0, e) for i, e in enumerate(tfile.entries)]


def _read_tsv(path: Path, text: str) -> list[RawRecord]:
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None:
        return []
    if tuple(header) != PLACE_COLUMNS:
        raise DataError(str(path), 1, f"header must be {' '.join(PLACE_COLUMNS)}")
    out = []
    for lineno, row in enumerate(reader, start=2):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != len(PLACE_COLUMNS):
            raise DataError(str(path), lineno, f"expected {len(PLACE_COLUMNS)} columns, found {len(row)}")
        data: dict[str, Any] = dict(zip(PLACE_COLUMNS, row, strict=True))
        data["names"] = [n for n in data["names"].split("|") if n]
        data["population"] = data["population"] or 0
        out.append(RawRecord("places", path, lineno, data))
    return out


def read_file(kind: str, path: Path, *, with_lines: bool = False) -> tuple[str, list[RawRecord]]:
    """The text of one data file and its raw records.

    Args:
        kind: a key of :data:`LAYOUT`.
        path: the file.
        with_lines: find each YAML record's line now (slower; the validator wants it).

    Raises:
        DataError: the file cannot be read or parsed.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(str(path), None, f"cannot read: {err}") from err
    return text, _raw_records(kind, path, text, with_lines=with_lines)


def _raw_records(kind: str, path: Path, text: str, *, with_lines: bool) -> list[RawRecord]:
    return _read_tsv(path, text) if path.suffix == ".tsv" else _read_yaml(kind, path, text, with_lines)


def read_yaml_model(path: Path, schema: type[ModelT]) -> ModelT:
    """Read one YAML file into its pydantic schema; a bad file is a one-line :class:`DataError`
    naming the file and the first field at fault (calibration, the argument chooser's weights,
    the PLOVER cues)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DataError(str(path), None, f"unreadable: {err.strerror}") from err
    except yaml.YAMLError as err:
        raise DataError(str(path), None, f"not YAML: {str(err).splitlines()[0]}") from err
    try:
        return schema.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise DataError(str(path), None, f"{where}: {first['msg']}" if where else first["msg"]) from err


class ShippedModel(Generic[ModelT]):
    """A single-file learned model shipped as ``data/models/NAME`` (the argument chooser, the
    event filter): its path, its reader, the shipped one read once, and its check for
    ``hadath kb validate``. A project that ships no file runs without the model."""

    def __init__(self, filename: str, schema: type[ModelT]) -> None:
        self.path = Path(str(resources.files("hadath") / "data" / "models" / filename))
        self.schema = schema

    def read(self, path: Path) -> ModelT:
        """Read and check a model file; a bad one is a one-line :class:`DataError`."""
        return read_yaml_model(path, self.schema)

    @functools.cached_property
    def shipped(self) -> ModelT | None:
        """The shipped model, or None when the project ships none."""
        return self.read(self.path) if self.path.exists() else None

    def problems(self) -> list[DataError]:
        """The shipped file checked against its schema: the error, if any."""
        if not self.path.exists():
            return []
        try:
            self.read(self.path)
        except DataError as err:
            return [err]
        return []


def _first_error(err: ValidationError) -> str:
    e = err.errors()[0]
    loc = ".".join(str(x) for x in e["loc"])
    return f"{loc}: {e['msg']}" if loc else e["msg"]


def parse_record(raw: RawRecord) -> BaseModel:
    """The typed record of a raw one (already typed trigger entries pass through).

    Raises:
        ValidationError: the record breaks its schema.
    """
    if isinstance(raw.data, BaseModel):
        return raw.data
    return MODELS[raw.kind].model_validate(raw.data)


def _locate(raw: RawRecord) -> int | None:
    """The line of a raw record found without line numbers (the error path only)."""
    if raw.line or raw.path.suffix == ".tsv":
        return raw.line or None
    _, again = read_file(raw.kind, raw.path, with_lines=True)
    match = next((r.line for r in again if r.data == raw.data), 0)
    return match or None


def name_words(kb: KnowledgeBase) -> frozenset[str]:
    """Normalized words of every actor, country and place name: words the tokenizer keeps whole."""
    from hadath.text.normalize import normalize  # the language layer; imported late on purpose

    names: Iterable[str] = (
        n
        for group in (
            (a.names for a in kb.actors.values()),
            (c.names + c.capital_names for c in kb.countries.values()),
            (p.names for p in kb.places.values()),
        )
        for names_ in group
        for n in names_
    )
    return frozenset(w for n in names for w in _WORD.findall(normalize(n)) if len(w) > 1 and not w.isdigit())


def _apply(kb: KnowledgeBase, kind: str, record: BaseModel, pending: dict[str, dict[str, Any]]) -> None:
    """Add or replace one record; triggers and cues wait in ``pending`` (lists in the KB)."""
    target = pending[kind] if kind in pending else getattr(kb, kind)
    target[record_key(kind, record)] = record


@dataclass(slots=True)
class SourceFile:
    """One data file of one layer, read but not parsed."""

    layer: int
    kind: str
    path: Path
    rel: str  # path inside its layer, as the data hash records it
    text: str


def read_sources(layers: Sequence[str]) -> list[SourceFile]:
    """The text of every data file of every layer, in load order."""
    sources: list[SourceFile] = []
    for i, layer in enumerate(layers):
        root = Path(layer)
        if not root.is_dir():
            raise DataError(str(root), None, "no such knowledge directory")
        for kind, path in layer_files(root):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise DataError(str(path), None, f"cannot read: {err}") from err
            sources.append(SourceFile(i, kind, path, str(path.relative_to(root)), text))
    return sources


def sources_hash(sources: Iterable[SourceFile]) -> str:
    """SHA-256 over layer number, relative path and content of every file, in sorted order."""
    h = hashlib.sha256()
    for layer_no, rel, text in sorted((f"{s.layer:03d}", s.rel, s.text) for s in sources):
        h.update(f"{layer_no}\0{rel}\0".encode())
        h.update(text.encode("utf-8"))
    return h.hexdigest()


def _parse_sources(sources: Sequence[SourceFile], data_hash: str) -> KnowledgeBase:
    """Every record of every file, later layers replacing earlier ones by key."""
    kb = KnowledgeBase()
    pending: dict[str, dict[str, Any]] = {"triggers": {}, "cues": {}}
    for source in sources:
        for raw in _raw_records(source.kind, source.path, source.text, with_lines=False):
            try:
                record = parse_record(raw)
            except ValidationError as err:
                raise DataError(str(source.path), _locate(raw), _first_error(err)) from err
            _apply(kb, source.kind, record, pending)
    kb.triggers = list(pending["triggers"].values())
    kb.cues = list(pending["cues"].values())
    kb.lexicon = name_words(kb)
    kb.data_hash = data_hash
    return kb


def load_layers(layers: Sequence[str]) -> KnowledgeBase:
    """The layers given (no shipped data unless listed), from the disk cache when it holds
    this exact data; not cached in memory (:func:`load_knowledge` is)."""
    from hadath.kb.cache import cache_key, cached

    # Reading and hashing every file is cheap; parsing them is what the disk cache saves.
    sources = read_sources(layers)
    data_hash = sources_hash(sources)
    kb = cached("kb", cache_key("kb", data_hash), lambda: _parse_sources(sources, data_hash))
    logger.debug(
        "knowledge loaded: %d actors, %d places, hash %s", len(kb.actors), len(kb.places), kb.data_hash[:12]
    )
    return kb


@functools.lru_cache(maxsize=8)
def _load_cached(layers: tuple[str, ...]) -> KnowledgeBase:
    return load_layers(layers)


def load_knowledge(overlays: Sequence[str] = ()) -> KnowledgeBase:
    """The shipped knowledge base with overlay directories applied in order.

    The result is cached per overlay list for the life of the process (workers load it
    once); treat it as read-only.

    Args:
        overlays: directories with the layout of ``hadath/data``; their records add to
            or replace (by id) the shipped ones.

    Raises:
        DataError: a file is missing, unreadable or breaks its schema (``path:line``).
    """
    return _load_cached((str(DATA_DIR), *(str(Path(o).resolve()) for o in overlays)))


__all__ = [
    "DATA_DIR", "LAYOUT", "RawRecord", "SourceFile", "layer_files", "load_knowledge", "load_layers", "read_file",
    "read_sources", "sources_hash",
]  # fmt: skip
