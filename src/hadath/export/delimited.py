"""CSV: the flat event columns (:data:`hadath.export.rows.FLAT_COLUMNS`), one line per event."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from hadath.export.rows import FLAT_COLUMNS, EventRow, flat_row


def write_csv(rows: Iterable[EventRow], out: TextIO) -> int:
    """Write a header and one comma-separated line per event (RFC 4180 quoting); returns the count."""
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(flat_row(row))
        count += 1
    return count
