"""Publication dates as ingest meets them: ISO strings, other common forms, Arabic lines.

Every function returns an ISO 8601 string (a date ``2016-09-20`` or a datetime
``2016-09-20T18:00:00+03:00``) or ``None``. A value that already is ISO 8601 is kept as
given, so the offset and precision the source chose survive.

Arabic month names (يناير، كانون الثاني، جانفي ...) are data, in
``hadath/data/lexicon/ar/calendar.tsv``; general date libraries misread them.
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from hadath.kb.lexicon import data_rows

logger = logging.getLogger(__name__)

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Hamza-seat and yeh variants that month names are written with either way.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ـ": None})
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
# Plausible publication years: guards against reading a page number as a year.
_MIN_YEAR, _MAX_YEAR = 1900, 2100


@functools.cache
def month_names() -> dict[str, int]:
    """Folded Arabic month name -> month number: the calendar's Gregorian months
    (``data/lexicon/ar/calendar.tsv``, the same list the date finder reads)."""
    return {
        _fold(word): int(value)
        for kind, word, value in data_rows("lexicon/ar/calendar.tsv", 3)
        if kind == "month"
    }


def _fold(text: str) -> str:
    return " ".join(text.translate(_FOLD).split())


@functools.cache
def _arabic_date_pattern() -> re.Pattern[str]:
    # Longest names first, so that "تشرين الأول" is not read as a shorter name.
    names = sorted(month_names(), key=len, reverse=True)
    month = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    # 20 سبتمبر 2016 | 20 أيلول/سبتمبر 2016 | 20 أيلول (سبتمبر) 2016
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({month})(?:\s*[/(]\s*(?:{month})\s*\)?)?\s*،?\s*(\d{{4}})(?!\d)"
    )


def parse_arabic_date(text: str) -> str | None:
    """The first written Arabic date in ``text``, as ``YYYY-MM-DD``.

    Reads "20 سبتمبر 2016", "الثلاثاء 20 أيلول 2016", "٢٠ أيلول/سبتمبر ٢٠١٦".

    Args:
        text: Any text, such as a page's visible lines.

    Returns:
        The ISO date, or ``None`` when no valid date is written.
    """
    folded = _fold(text.translate(_DIGITS))
    names = month_names()
    for match in _arabic_date_pattern().finditer(folded):
        day, name, year = match.groups()
        found = _make_date(int(year), names[_fold(name)], int(day))
        if found:
            return found
    return None


def _make_date(year: int, month: int, day: int) -> str | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_published(value: object) -> str | None:
    """A publication date in any common form, as an ISO 8601 string.

    Accepts ISO 8601 (kept as given, a space separator turned into ``T``), day-first
    ``20/09/2016``, year-first ``2016/09/20``, RFC 2822 (RSS ``pubDate``), Unix epoch
    seconds, and written Arabic dates.

    Args:
        value: A string or a number from metadata or a JSON record.

    Returns:
        The ISO form, or ``None`` when the value is empty or not a date.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip().translate(_DIGITS)
    if not text:
        return None
    return _from_iso(text) or _from_numeric(text) or _from_rfc2822(text) or parse_arabic_date(text)


def _from_iso(text: str) -> str | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if not _MIN_YEAR <= parsed.year <= _MAX_YEAR or not re.match(r"\d{4}-\d\d-\d\d", candidate):
        return None
    return candidate


def _from_numeric(text: str) -> str | None:
    if match := _YEAR_FIRST.fullmatch(text):
        year, month, day = match.groups()
    elif match := _DAY_FIRST.fullmatch(text):
        # Arab outlets write the day first; a month-first date is read as such only
        # when the day-first reading is impossible.
        day, month, year = match.groups()
        if int(month) > 12 >= int(day):
            day, month = month, day
    else:
        return None
    return _make_date(int(year), int(month), int(day))


def _from_rfc2822(text: str) -> str | None:
    if not re.match(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", text):
        return None
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError):
        return None


def _from_epoch(seconds: float) -> str | None:
    # Milliseconds are common in JSON dumps. Below 1e8 (1973) a number is more likely a
    # year or a count than a timestamp.
    if seconds > 1e11:
        seconds /= 1000
    if seconds < 1e8:
        return None
    try:
        parsed = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    return parsed.isoformat()
