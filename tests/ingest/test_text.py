from __future__ import annotations

import pytest

from hadath.errors import InputError
from hadath.ingest.text import read_text

from .conftest import BODY, PNG_BYTES, TITLE


def test_read_text_title_and_paragraphs() -> None:
    data = f"{TITLE}\n\n{TITLE}\n{BODY}\n\nشارك\n0\n".encode()
    article = read_text(data, "a.txt")
    assert (article.title, article.text) == (TITLE, BODY)
    assert article.meta == {"format": "txt", "encoding": "utf-8"}


def test_read_text_windows_1256() -> None:
    article = read_text(f"{TITLE}\r\n\r\n{BODY}".replace("\n", "\r\n").encode("windows-1256"), "a.txt")
    assert (article.title, article.text, article.meta["encoding"]) == (TITLE, BODY, "windows-1256")


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty_file"), (PNG_BYTES, "binary_file")])
def test_read_text_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        read_text(data, "a.txt")
    assert err.value.reason == reason


def test_read_text_takes_publication_date_from_header_line() -> None:
    raw = "وصول قافلة إلى المدينة\n\nوصول قافلة إلى المدينة\nالسبت 10 سبتمبر 2016 - 09:15\n\nوصلت قافلة المساعدات صباح اليوم.\n".encode()
    article = read_text(raw, "a.txt")
    assert article.published == "2016-09-10"
    assert article.text == "وصلت قافلة المساعدات صباح اليوم."


def test_read_text_drops_share_bar() -> None:
    raw = "عنوان الخبر هنا\n\nوصلت قافلة المساعدات صباح اليوم.\n\nشارك الخبر: فيسبوك | تويتر | واتساب | تيليغرام\n".encode()
    assert "فيسبوك" not in read_text(raw, "a.txt").text
