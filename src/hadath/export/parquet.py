"""Parquet: the flat event columns as one table (pyarrow), for DuckDB, pandas or Spark."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

from hadath.errors import ConfigError
from hadath.export.rows import FLAT_COLUMNS, EventRow, flat_row

# Arrow types of the flat columns that are not strings.
_TYPES: dict[str, str] = {
    "quad_class": "int64", "confidence": "float64", "place_lat": "float64", "place_lon": "float64",
    "trigger_start": "int64", "trigger_end": "int64", "sentence_start": "int64", "sentence_end": "int64",
    "cluster_id": "int64", "sources": "int64",
}  # fmt: skip


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as err:  # an optional dependency
        raise ConfigError("Parquet needs pyarrow: pip install 'hadath[dask]'") from err
    return pyarrow, pyarrow.parquet


def write_parquet(rows: Iterable[EventRow], out: BinaryIO) -> int:
    """Write the events as one Parquet table with a fixed schema; returns the count."""
    pa, pq = _arrow()
    schema = pa.schema([(c, pa.type_for_alias(_TYPES.get(c, "string"))) for c in FLAT_COLUMNS])
    flat = [flat_row(r) for r in rows]
    table = pa.Table.from_pylist(flat, schema=schema)
    pq.write_table(table, out)
    return len(flat)
