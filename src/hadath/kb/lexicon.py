"""Read the shipped word lists and small tables under ``hadath/data``.

Every lexicon file has the same shape: ``#`` comment lines, blank lines, and entries one a
line (tab-separated columns for tables). Loaders of each kind of knowledge call these two
functions, so the file format is read in one place.
"""

from __future__ import annotations

from importlib import resources


def data_lines(relpath: str) -> list[str]:
    """The entries of a shipped word list: stripped lines, comments and blanks left out."""
    text = resources.files("hadath.data").joinpath(relpath).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_rows(relpath: str, columns: int) -> list[list[str]]:
    """The rows of a shipped tab-separated table, each padded or cut to ``columns`` fields."""
    rows = []
    for line in data_lines(relpath):
        fields = [f.strip() for f in line.split("\t")]
        rows.append((fields + [""] * columns)[:columns])
    return rows
