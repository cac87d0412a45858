"""What ingest yields instead of an article when a source cannot be read."""

from __future__ import annotations

from dataclasses import dataclass

from hadath.errors import REASONS, InputError


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file, JSONL line or WARC record that gave no article, and why.

    Attributes:
        path: The file, with ``:LINE`` for a JSONL line or ``#OFFSET`` for a WARC record.
        reason: A slug from :data:`hadath.errors.REASONS` (``not_arabic``, ``bad_json``...).
        detail: Specifics for a person: the parser's message, the detected language.
    """

    path: str
    reason: str
    detail: str = ""

    @classmethod
    def from_error(cls, err: InputError) -> Rejected:
        """The rejection an :class:`~hadath.errors.InputError` describes."""
        return cls(path=err.path, reason=err.reason, detail=err.detail)

    def __str__(self) -> str:
        message = REASONS.get(self.reason, self.reason)
        return f"{self.path}: {message} ({self.detail})" if self.detail else f"{self.path}: {message}"
