"""Bytes to text: the short decoding chain every ingested file goes through.

The chain, in order (as ``trafilatura.utils.decode_file`` does it, with Arabic legacy
encodings in place of a detector):

1. nothing at all -> ``empty_file``;
2. a byte-order mark: UTF-8-SIG, UTF-16 LE or BE;
3. magic numbers of images, PDF, archives, or NUL bytes -> ``binary_file``;
4. strict UTF-8;
5. Windows-1256 against ISO-8859-6, both strict; ISO-8859-6 leaves 45 byte values
   undefined, so it usually rules itself out, and when both decode the one giving more
   Arabic letters and fewer control or Latin-accented characters wins;
6. last resort: UTF-8 with replacement characters, unless they would be too many
   (``undecodable``).

Newlines come out as ``\\n`` whatever the file used.
"""

from __future__ import annotations

import logging
import unicodedata

from hadath.errors import InputError

logger = logging.getLogger(__name__)

# Byte-order marks; UTF-32 is not supported, and its LE mark would read as UTF-16 LE
# followed by NULs, so it is matched (and refused) first.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", ""),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# File signatures of formats people rename to .html or .txt by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
_LEGACY: tuple[str, ...] = ("windows-1256", "iso-8859-6")
# Above this share of replacement characters, a last-resort decode is noise.
_MAX_REPLACED = 0.05
# Above this share of control characters, a legacy decode is not text.
_MAX_CONTROL = 0.02
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def sniff_binary(data: bytes) -> str:
    """Name the binary format ``data`` starts with, or ``""`` when it may be text.

    Args:
        data: The first bytes of a file (a few hundred are enough).

    Returns:
        A short description such as ``"PNG image"``; ``"NUL bytes"`` for other binary data.
    """
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "WebP image"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if b"\x00" in data[:8192]:
        return "NUL bytes"
    return ""


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of one document into text with ``\\n`` newlines.

    Args:
        data: The whole file.
        path: Where the bytes came from, for the error message.

    Returns:
        The text and the name of the encoding that decoded it (``utf-8``,
        ``utf-8-sig``, ``utf-16-le``, ``utf-16-be``, ``windows-1256``, ``iso-8859-6``
        or ``utf-8-replace`` for the last resort).

    Raises:
        InputError: ``empty_file``, ``binary_file`` or ``undecodable``.
    """
    if not data.strip():
        raise InputError(path, "empty_file")
    text, encoding = _decode_bom(data, path) or _decode_plain(data, path)
    return normalize_newlines(text), encoding


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_bom(data: bytes, path: str) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if not data.startswith(bom):
            continue
        if not encoding:
            raise InputError(path, "undecodable", "UTF-32 byte-order mark")
        try:
            return data[len(bom) :].decode(encoding.removesuffix("-sig")), encoding
        except UnicodeDecodeError as err:
            raise InputError(path, "undecodable", f"{encoding} mark but {err.reason}") from None
    return None


def _decode_plain(data: bytes, path: str) -> tuple[str, str]:
    binary = sniff_binary(data)
    if binary:
        raise InputError(path, "binary_file", binary)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    legacy = _best_legacy(data)
    if legacy is not None:
        return legacy
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") > _MAX_REPLACED * len(text):
        raise InputError(path, "undecodable")
    logger.debug("%s: decoded as UTF-8 with replacement characters", path)
    return text, "utf-8-replace"


def _best_legacy(data: bytes) -> tuple[str, str] | None:
    """The legacy Arabic decoding that reads ``data`` best, if any reads it as text."""
    scored: list[tuple[int, str, str]] = []
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_share(text) <= _MAX_CONTROL:
            scored.append((_arabic_score(text), encoding, text))
    if not scored:
        return None
    # max() keeps the first of equal scores, so Windows-1256 wins ties.
    _, encoding, text = max(scored, key=lambda t: t[0])
    return text, encoding


def _arabic_score(text: str) -> int:
    """Arabic letters minus characters that betray a wrong code page."""
    score = 0
    for ch in text:
        if "\u0621" <= ch <= "\u064a":
            score += 1
        elif "\u00c0" <= ch < "\u0600" or _is_stray_control(ch):
            score -= 2
    return score


def _is_stray_control(ch: str) -> bool:
    return ch not in _TEXT_CONTROLS and unicodedata.category(ch) in ("Cc", "Co", "Cn")


def _control_share(text: str) -> float:
    return sum(1 for ch in text if _is_stray_control(ch)) / max(len(text), 1)
