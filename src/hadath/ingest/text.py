"""Plain-text articles: title line, body paragraphs, page furniture removed."""

from __future__ import annotations

from hadath.ingest.cleanup import split_title
from hadath.ingest.decode import decode_bytes
from hadath.model import Article


def read_text(data: bytes, path: str) -> Article:
    """Decode a text file and split it into title and body.

    The first line is the title when it looks like one (short, not ending in a full
    stop, with more text after it); a repeat of it at the top of the body is dropped,
    as are furniture lines (see :mod:`hadath.ingest.cleanup`). Paragraph breaks stay.

    Args:
        data: The file bytes.
        path: Where they came from, for errors.

    Returns:
        An article without ``doc_id``; ``meta`` has ``format`` and ``encoding``.

    Raises:
        InputError: ``empty_file``, ``binary_file`` or ``undecodable``.
    """
    text, encoding = decode_bytes(data, path)
    title, body = split_title(text)
    return Article(doc_id="", text=body, title=title, meta={"format": "txt", "encoding": encoding})
