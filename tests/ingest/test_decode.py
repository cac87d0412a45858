from __future__ import annotations

import pytest

from hadath.errors import InputError
from hadath.ingest.decode import decode_bytes, normalize_newlines, sniff_binary

from .conftest import BODY, PNG_BYTES, TITLE

ARTICLE = f"{TITLE}\n\n{BODY}"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("windows-1256"), "windows-1256"),
        (ARTICLE.encode("iso-8859-6"), "iso-8859-6"),
    ],
)
def test_decode_recognises_encoding(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == (ARTICLE, encoding)


def test_decode_iso_8859_6_without_undefined_bytes_still_wins() -> None:
    # Letters only from the range both code pages define, where only the score decides.
    text = "سلام على أهل القرية"
    assert decode_bytes(text.encode("iso-8859-6")) == (text, "iso-8859-6")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_decode_normalises_newlines(newline: str) -> None:
    assert decode_bytes(ARTICLE.replace("\n", newline).encode("utf-8"))[0] == ARTICLE


def test_normalize_newlines_keeps_plain_text() -> None:
    assert normalize_newlines("أ\nب") == "أ\nب"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty_file"),
        (b" \n\t\n", "empty_file"),
        (PNG_BYTES, "binary_file"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary_file"),
        (b"PK\x03\x04\x14\x00\x00\x00", "binary_file"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary_file"),
        (b"text\x00with\x00nul", "binary_file"),
        (bytes([0x81, 0x02]) * 50, "undecodable"),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "undecodable"),
        (b"\xff\xfe\x00\xd8", "undecodable"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "x.txt")
    assert err.value.reason == reason
    assert str(err.value).startswith("x.txt: ")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PNG_BYTES, "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP image"),
        (b"<html>", ""),
        ("نص".encode(), ""),
    ],
)
def test_sniff_binary(data: bytes, expected: str) -> None:
    assert sniff_binary(data) == expected
