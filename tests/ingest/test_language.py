from __future__ import annotations

import pytest

from hadath.ingest.language import arabic_share, detect_language

from .conftest import BODY, ENGLISH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BODY, "ar"),
        (ENGLISH, "en"),
        ("مرحبا", "ar"),  # too short for CLD2: the letter share decides
        ("abc", ""),
        ("", ""),
        ("1234 !!", ""),
        ("\ud800 بيان رسمي", "ar"),  # CLD2 refuses surrogates
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "share"), [("بيت", 1.0), ("بيت home", 3 / 7), ("123", 0.0)])
def test_arabic_share(text: str, share: float) -> None:
    assert arabic_share(text) == pytest.approx(share)
