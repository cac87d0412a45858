"""Which language an article is in: CLD2 first, the share of Arabic letters as fallback."""

from __future__ import annotations

import logging

import pycld2

logger = logging.getLogger(__name__)

# Arabic letters, including the Persian/Urdu extensions, which CLD2 tells apart itself;
# the fallback only has to say "Arabic script or not".
_ARABIC_RANGES: tuple[tuple[str, str], ...] = (
    ("\u0600", "\u06ff"),
    ("\u0750", "\u077f"),
    ("\u08a0", "\u08ff"),
    ("\ufb50", "\ufdff"),
    ("\ufe70", "\ufeff"),
)
# Share of letters that must be Arabic for the fallback to call a text Arabic.
MIN_ARABIC_SHARE = 0.5


def arabic_share(text: str) -> float:
    """Share of the letters in ``text`` that are Arabic letters (0 when it has none)."""
    letters = arabic = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if any(lo <= ch <= hi for lo, hi in _ARABIC_RANGES):
            arabic += 1
    return arabic / letters if letters else 0.0


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the main language of ``text``, ``""`` when unknown.

    CLD2's first language answers whenever it names one, reliable or not: CLD2 calls
    mixed texts (an Arabic review listing English film titles) unreliable while still
    ranking their main language first. When it names none (short texts) or refuses the
    text, the text is Arabic when most of its letters are Arabic letters, and of unknown
    language when not.
    """
    try:
        _, _, details = pycld2.detect(text)
    except (pycld2.error, UnicodeEncodeError):
        # CLD2 refuses unpaired surrogates and some control characters.
        details = ()
    if details and details[0][1] != "un":
        return str(details[0][1])
    return "ar" if arabic_share(text) >= MIN_ARABIC_SHARE else ""
