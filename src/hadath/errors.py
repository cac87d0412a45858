"""Exceptions and stable reason slugs.

A reason slug (``not_arabic``, ``empty_file``, ``not_gzip``) is at once the counter name in
stats, the log line, the summary row and the rejects-file field. ``str()`` of every error is
one line, ``path: reason``, which the CLI prints as is.
"""

from __future__ import annotations

# Reasons a document is skipped or fails, with the sentence a person reads.
REASONS: dict[str, str] = {
    "empty_file": "the file is empty",
    "empty_text": "no text left after extraction",
    "not_arabic": "the text is not Arabic",
    "binary_file": "the file is binary, not text or HTML",
    "undecodable": "the bytes match no supported encoding (UTF-8, UTF-16, Windows-1256, ISO-8859-6)",
    "too_large": "the file is larger than the configured limit",
    "not_gzip": "the file is named .gz but is not gzip data",
    "truncated_gzip": "the gzip stream ends early",
    "bad_gzip": "the gzip data is corrupt",
    "bad_json": "the line is not valid JSON",
    "bad_record": "the JSON record has no text field",
    "bad_warc": "the file is not a readable WARC",
    "no_html": "no HTML could be parsed from the page",
    "not_found": "no such file or directory",
    "unreadable": "the file cannot be read",
    "pipeline_error": "an unexpected error in the pipeline",
    "duplicate": "the same document was already stored",
    "shard_error": "reading the shard stopped on an unexpected error; the rest of it was not read",
}


class HadathError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(HadathError):
    """A source that cannot be read as articles: ``path: reason``."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        message = REASONS.get(reason, reason)
        if detail:
            message = f"{message} ({detail})"
        super().__init__(f"{path}: {message}")


class DataError(HadathError):
    """A knowledge or gold data file that breaks its schema: ``path:line: reason``."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class ConfigError(HadathError):
    """Settings or pipeline composition that cannot work."""


class StoreError(HadathError):
    """The event store cannot be opened, migrated or written."""
