"""Exports of stored events: PLOVER JSON, CAMEO TSV, CSV, Parquet, and a pandas frame.

``write_export(store, "plover-json", out, event_type="ASSAULT")`` writes the events a
store's filters select; ``to_frame(store_or_articles)`` gives them as a DataFrame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from hadath.export.cameo import write_cameo
from hadath.export.delimited import write_csv
from hadath.export.frame import to_frame
from hadath.export.parquet import write_parquet
from hadath.export.plover import write_plover
from hadath.export.rows import store_rows
from hadath.store import Store

Writer = Callable[..., int]
# Format name -> (writer, whether it writes bytes).
FORMATS: dict[str, tuple[Writer, bool]] = {
    "plover-json": (write_plover, False),
    "cameo-tsv": (write_cameo, False),
    "csv": (write_csv, False),
    "parquet": (write_parquet, True),
}


def is_binary(fmt: str) -> bool:
    """Whether a format writes bytes (open its file with ``"wb"``)."""
    return FORMATS[fmt][1]


def write_export(store: Store, fmt: str, out: IO[Any], **filters: Any) -> int:
    """Write a store's events in a format; returns how many were written.

    Args:
        store: an open store.
        fmt: one of :data:`FORMATS`.
        out: a text stream, or a binary one for ``parquet``.
        filters: keyword filters of :meth:`hadath.store.Store.events`.

    Raises:
        KeyError: an unknown format.
    """
    writer, _ = FORMATS[fmt]
    return writer(store_rows(store, **filters), out)


__all__ = ["FORMATS", "is_binary", "to_frame", "write_export"]
