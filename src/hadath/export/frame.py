"""Events as a pandas DataFrame: one row per event, the columns of CSV and Parquet."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from hadath.errors import ConfigError
from hadath.export.rows import FLAT_COLUMNS, article_rows, flat_row, store_rows
from hadath.model import Article
from hadath.store import Store

if TYPE_CHECKING:
    import pandas as pd

# Columns whose missing values are NaN in a float column, not None in an object one.
_FLOAT_COLUMNS: tuple[str, ...] = ("confidence", "place_lat", "place_lon")
# Whole numbers that articles outside a store lack: pandas' nullable integers.
_NULLABLE_INT_COLUMNS: tuple[str, ...] = ("cluster_id", "sources")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:  # an optional dependency
        raise ConfigError("a DataFrame needs pandas: pip install 'hadath[dask]'") from err
    return pandas


def to_frame(source: Store | Iterable[Article], **filters: Any) -> pd.DataFrame:
    """The events of a store (filtered) or of processed articles, one row each.

    Args:
        source: an open store, or articles from the pipeline.
        filters: keyword filters of :meth:`hadath.store.Store.events` (``event_type``,
            ``actor``, ``date_from``, ``q``...); only with a store.

    Returns:
        A frame with the columns of :data:`hadath.export.rows.FLAT_COLUMNS`, in store order
        (by date) or article order; several actors share a cell, separated by ``"; "``.

    Raises:
        ConfigError: pandas is not installed.
        TypeError: filters were given with articles.
    """
    pd = _pandas()
    if isinstance(source, Store):
        rows = store_rows(source, **filters)
    elif filters:
        raise TypeError("filters apply to a store; filter the articles' events yourself")
    else:
        rows = list(article_rows(source))
    frame = pd.DataFrame([flat_row(r) for r in rows], columns=list(FLAT_COLUMNS))
    return frame.astype(
        {**dict.fromkeys(_FLOAT_COLUMNS, "float64"), **dict.fromkeys(_NULLABLE_INT_COLUMNS, "Int64")}
    )
