"""Plain-text articles: title line, body paragraphs, page furniture removed."""

from __future__ import annotations

from hadath.ingest.cleanup import MAX_DATE_LINE_WORDS, split_title
from hadath.ingest.dates import parse_arabic_date
from hadath.ingest.decode import decode_bytes
from hadath.model import Article

HEADER_LINES = 5  # a date line under the headline comes within this many lines


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
    published = header_date(text)
    return Article(
        doc_id="", text=body, title=title, published=published, meta={"format": "txt", "encoding": encoding}
    )


def header_date(text: str) -> str | None:
    """The date of a short date line in the headline block ("السبت 10 سبتمبر 2016 - 09:15")."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:HEADER_LINES]
    for line in lines:
        if len(line.split()) <= MAX_DATE_LINE_WORDS:
            found = parse_arabic_date(line)
            if found:
                return found
    return None
