"""Find date expressions and resolve them to calendar days against the publication date.

Handles relative words (اليوم، أمس، أمس الأول، أول من أمس، غدا، يوم غد، الليلة قبل الماضية), nights named by
their two days (ليل الأحد - الاثنين = the Sunday), counts back (منذ 3 أيام،
قبل ثلاثة أيام، قبل أسبوع), weekdays (الثلاثاء، يوم الأحد، مساء الاثنين، "(الاثنين)"),
explicit days ("20 سبتمبر 2016"، "التاسع من أيلول/سبتمبر"، "الـ20 من يوليو"), days of this
month or the last ("20 الجاري"، "الخامس من الشهر الماضي") and the day-after / eve markers (غداة، عشية) that date an event relative to another one.
Words live in ``data/lexicon/ar/calendar.tsv``; relative dates always resolve against
``Article.published``, never the wall clock.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from operator import itemgetter

import ahocorasick

from hadath.kb.lexicon import CALENDAR_KINDS, data_rows
from hadath.model import Article, Mention
from hadath.pipeline import Stage
from hadath.resolve.actors import parse_date
from hadath.text.clitics import ARTICLE, FRONT_PARTICLE_LETTERS, without_article
from hadath.text.normalize import (
    normalize,
    normalize_span,
    normalized_bounds,
    normalized_whole,
    original_span,
)

_NOT_WORD = r"(?<![\w])"
_END = r"(?![\w])"
_CLITICS = r"(?:[وف]?(?:ب|ل)?)"
_SINCE = ("منذ", "قبل")  # منذ 3 أيام، قبل يومين
_NUMERIC_SEPARATORS = ("/", "-")  # 24/1/1434، 20-7-2015
_STAMP_SKEW = 1  # days a publication stamp may run ahead of the day the text calls today


@dataclass(frozen=True, slots=True)
class Calendar:
    """Normalized calendar words by kind, with their values."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    eve: dict[str, int]
    ordinals: dict[str, int]
    hijri_months: dict[str, int]
    shifts: dict[str, int]
    day_units: dict[str, int]
    dayparts: dict[str, int]
    periods: dict[str, int]


@cache
def calendar() -> Calendar:
    """The shipped calendar words, normalized."""
    kinds = CALENDAR_KINDS
    tables: dict[str, dict[str, int]] = {k: {} for k in kinds}
    for kind, word, value in data_rows("lexicon/ar/calendar.tsv", 3):
        tables[kind][normalize(word)] = int(value)
    return Calendar(*(tables[k] for k in kinds))


@cache
def date_cues() -> dict[str, dict[str, int]]:
    """The words around date expressions (``data/lexicon/ar/date_cues.tsv``), normalized, by kind."""
    tables: dict[str, dict[str, int]] = {}
    for kind, word, value in data_rows("lexicon/ar/date_cues.tsv", 3):
        tables.setdefault(kind, {})[normalize(word)] = int(value)
    return tables


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _day_noun(cues: dict[str, dict[str, int]], days: int = 0) -> str:
    """The noun day before a weekday or a day's number (يوم، يومي), naming ``days`` days
    (1, or 2 for the dual), or any number of them by default."""
    return _alternation({w: n for w, n in cues["day_noun"].items() if days in (0, n)})


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    cal = calendar()
    month, weekday = _alternation(cal.months), _alternation(cal.weekdays)
    rel, eve, ordinal = _alternation(cal.relative), _alternation(cal.eve), _alternation(cal.ordinals)
    hijri, shift, unit = _alternation(cal.hijri_months), _alternation(cal.shifts), _alternation(cal.day_units)
    part, period = _alternation(cal.dayparts), _alternation(cal.periods)
    in_period = (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:خلال|في|طوال)\s+)?(?P<period>{period})\s+(?P<shift>{shift}){_END}"
    )
    hijri_day = (
        rf"{_NOT_WORD}{_CLITICS}(?:(?P<day>\d{{1,2}})|(?P<ord>{ordinal}))\s+(?:من\s+)?(?:شهر\s+)?"
        rf"(?P<hmonth>{hijri})(?:\s+(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<year>\d{{4}}))?(?:\s*ه(?:ـ)?)?{_END}"
    )
    number = _alternation(date_cues()["number"])
    since = (
        rf"{_NOT_WORD}{_CLITICS}(?:{'|'.join(_SINCE)})\s+(?P<count>\d{{1,3}}|(?:{number})(?=\s))?\s*"
        rf"(?P<unit>{unit}){_END}"
    )
    explicit = (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:ال\s*)?(?P<day>\d{{1,2}})|(?P<ord>{ordinal}))\s+(?:من\s+)?(?:شهر\s+)?"
        rf"(?P<month>{month})(?:\s*[/(]\s*(?:{month})\)?)?(?:\s+(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<year>\d{{4}}))?"
        rf"(?:\s+(?P<shift>{shift}))?{_END}"
    )
    # «20 الجاري»، «العشرين من الشهر الماضي»: a day of the month the publication's is or follows
    month_day = (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:ال\s*)?(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:الشهر\s+)?"
        rf"|(?P<ord>{ordinal})\s+(?:من\s+)?الشهر\s+)(?P<shift>{shift}){_END}"
    )
    # «في اليوم التالي»، «اليوم نفسه»، «اليوم الثاني من زيارته»: a day of the story, not today
    other_day = _alternation(date_cues()["other_day"])
    relative = (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:{part})\s+)?{_CLITICS}(?:ال)?(?P<rel>{rel})"
        rf"(?:\s*\(?\s*(?P<wd>{weekday})\s*\)?)?{_END}(?!\s+(?:{other_day}){_END})"
    )
    named_day = (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:{part})\s+)?{_CLITICS}\(?(?P<wd>{weekday})\)?"
        rf"(?:\s+(?P<shift>{shift}))?{_END}"
    )
    eve_of = rf"{_NOT_WORD}{_CLITICS}(?P<eve>{eve}){_END}"
    return [("numeric", re.compile(_numeric())), ("numeric_ymd", re.compile(_numeric_year_first())),
            ("day_range", re.compile(_day_range())),
            ("weekday_range", re.compile(_weekday_range())), ("night_of", re.compile(_night_of())),
            ("last_days", re.compile(_last_days())),
            ("hijri", re.compile(hijri_day)), ("explicit", re.compile(explicit)),
            ("month_day", re.compile(month_day)),
            ("month_part", re.compile(_month_part())), ("eve", re.compile(eve_of)), ("relative", re.compile(relative)),
            ("since", re.compile(since)), ("period", re.compile(in_period)),
            ("weekday", re.compile(named_day))]  # fmt: skip


# Whether a rule's pattern puts a non-word character (or the text's edge) right before and
# right after each of its words, so that a word inside a longer one (اب in الارهاب) cannot
# start it. Clitics may precede weekday, eve, since and relative words; هـ may follow a Hijri
# month, and a weekday a relative word, written without a space.
_BOUNDED: dict[str, tuple[bool, bool]] = {
    "numeric": (False, False), "numeric_ymd": (False, False), "day_range": (True, True), "weekday_range": (False, True),
    "night_of": (False, True), "last_days": (True, True), "hijri": (True, False), "explicit": (True, True),
    "month_part": (True, True), "month_day": (True, True), "eve": (False, True), "relative": (False, False),
    "since": (False, True), "period": (True, True), "weekday": (False, True),
}  # fmt: skip
_WORD_CHAR = re.compile(r"\w")
_DIGIT_THEN_SPACE = re.compile(r"\d\s")

# A second thing a rule's pattern cannot match without, beyond its gate word: the shift words
# (الماضي، المقبل) that open last_days and month_day are in many sentences where neither matches.
# last_days names its days (الايام الثلاثه الماضيه، ثلاثه ايام المقبله); month_day a day in
# digits before a space (20 الجاري) or الشهر after an ordinal (الخامس من الشهر الماضي).
_SECOND_CUE: dict[str, Callable[[str], bool]] = {
    "last_days": lambda norm: "ايام" in norm,
    "month_day": lambda norm: "الشهر" in norm or _DIGIT_THEN_SPACE.search(norm) is not None,
}

# A word's gate: (bounded before, bounded after, the rules it opens).
_Gate = tuple[bool, bool, frozenset[str]]


def _rule_words(cal: Calendar) -> dict[str, Iterable[str]]:
    """For each rule, words one of which its pattern cannot match without."""
    return {
        "numeric": _NUMERIC_SEPARATORS, "numeric_ymd": _NUMERIC_SEPARATORS, "day_range": cal.months, "weekday_range": cal.weekdays,
        "night_of": date_cues()["night"], "last_days": cal.shifts, "hijri": cal.hijri_months, "explicit": cal.months,
        "month_part": cal.months, "month_day": cal.shifts, "eve": cal.eve, "relative": cal.relative, "since": _SINCE,
        "period": cal.shifts, "weekday": cal.weekdays,
    }  # fmt: skip


@cache
def _rule_cues() -> ahocorasick.Automaton:
    """One automaton over every rule's words -> the piece's length and its gates. A word of
    several is looked for by one piece, the least common: without the article, the longest
    (كانون in كانون الثاني), the last of equal length (يوم in بعد يوم من: a particle that
    opens a phrase is in most sentences, and would run the rule's pattern over them)."""
    rules_of: dict[str, dict[tuple[bool, bool], set[str]]] = {}
    for rule, words in _rule_words(calendar()).items():
        before, after = _BOUNDED[rule]
        for word in words:
            pieces = word.split()
            k = max(range(len(pieces)), key=lambda i: (not pieces[i].startswith(ARTICLE), len(pieces[i]), i))
            # a piece inside the word has the word's own spaces around it
            bounds = (before or k > 0, after or k < len(pieces) - 1)
            rules_of.setdefault(pieces[k], {}).setdefault(bounds, set()).add(rule)
    automaton = ahocorasick.Automaton()
    for piece, by_bounds in rules_of.items():
        gates = tuple((before, after, frozenset(rules)) for (before, after), rules in by_bounds.items())
        automaton.add_word(piece, (len(piece), gates))
    automaton.make_automaton()
    return automaton


def _sentence_rules(article: Article) -> dict[int, set[str]]:
    """The rules that may match in each sentence (:func:`possible_rules` of its normalization),
    for the sentences where some may.

    Why: one automaton pass over the article's normalization replaces one per sentence. A
    sentence's normalization is a slice of the article's (:func:`normalized_bounds`): a word
    lies in it when it starts and ends inside the slice, and the slice's ends bound it as
    the ends of the sentence's own text would.
    """
    text = article.text
    whole = normalized_whole(text)
    hits = [(last, last - length + 1, gates) for last, (length, gates) in _rule_cues().iter(whole)]
    if not hits:
        return {}
    hits.sort(key=itemgetter(0))  # by last character (the automaton's own order already)
    lasts = [hit[0] for hit in hits]
    found: dict[int, set[str]] = {}
    for sentence in article.sentences:
        lo, hi = normalized_bounds(text, sentence.start, sentence.end)
        rules: set[str] = set()
        for last, first, gates in hits[bisect_left(lasts, lo) : bisect_left(lasts, hi)]:
            if first < lo:
                continue  # begins before the sentence
            for before, after, opened in gates:
                if before and first > lo and _WORD_CHAR.match(whole, first - 1):
                    continue
                if after and last + 1 < hi and _WORD_CHAR.match(whole, last + 1):
                    continue
                rules |= opened
        if rules:
            found[sentence.index] = rules
    return found


def possible_rules(norm: str) -> set[str]:
    """The rules whose patterns may match somewhere in a normalized text."""
    found: set[str] = set()
    for last, (length, gates) in _rule_cues().iter(norm):
        first = last - length + 1
        for before, after, rules in gates:
            if before and first > 0 and _WORD_CHAR.match(norm, first - 1):
                continue
            if after and _WORD_CHAR.match(norm, last + 1):
                continue
            found |= rules
    return found


_YEAR = r"(?:\s+(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<year>\d{4}))?"


def _numeric() -> str:
    """24/1/1434هـ, 05/09/2016م, 20-7-2015: day, month, year in digits (a Hijri year when marked
    هـ), one separator throughout."""
    sep = "|".join(re.escape(s) for s in _NUMERIC_SEPARATORS)
    return (
        rf"{_NOT_WORD}(?P<day>\d{{1,2}})\s*(?P<sep>{sep})\s*(?P<mon>\d{{1,2}})\s*(?P=sep)\s*(?P<year>\d{{4}})"
        rf"(?:(?P<hijri>\s*ه)|\s*م)?{_END}"
    )


def _numeric_year_first() -> str:
    """1436/10/5هـ, 2015/7/20, 2015-07-20: year, month, day in digits."""
    sep = "|".join(re.escape(s) for s in _NUMERIC_SEPARATORS)
    return (
        rf"{_NOT_WORD}(?P<year>\d{{4}})\s*(?P<sep>{sep})\s*(?P<mon>\d{{1,2}})\s*(?P=sep)\s*(?P<day>\d{{1,2}})"
        rf"(?:(?P<hijri>\s*ه)|\s*م)?(?![\w/-])"
    )


def _day_range() -> str:
    """بين 10 و15 أيلول، من 3 إلى 5 آب 2015, يومي الرابع والخامس من آب: two days of one month,
    in digits or ordinals. Two days joined by و need no opener («في 7 و8 تموز»): the event
    is dated by the first (the span's start), not by the second as the bare day after و was."""
    cal, cues = calendar(), date_cues()
    month, ordinal = _alternation(cal.months), _alternation(cal.ordinals)
    return (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:{_alternation(cues['range_open'])})\s+(?:(?:{_day_noun(cues)})\s+)?"
        rf"|(?:(?:{_day_noun(cues, 2)})\s+)?(?=\S+\s+و))"
        # not one compound ordinal: الثالث والعشرين من آب is the 23rd
        rf"(?!(?:{ordinal})\s+(?:من\s+)?(?:شهر\s+)?(?:{month}))(?:(?P<day>\d{{1,2}})|(?P<ord>{ordinal}))"
        rf"\s+(?:{_alternation(cues['range_join'])})\s*(?:(?P<day2>\d{{1,2}})|(?P<ord2>{ordinal}))\s+(?:من\s+)?(?:شهر\s+)?"
        rf"(?P<month>{month})(?:\s*/\s*(?:{month}))?{_YEAR}{_END}"
    )


def _weekday_range() -> str:
    """من الاثنين إلى الأربعاء، بين يومي السبت والاثنين: two weekdays."""
    cues, weekday = date_cues(), _alternation(calendar().weekdays)
    return (
        rf"{_NOT_WORD}{_CLITICS}(?:{_alternation(cues['range_open'])})\s+(?:(?:{_day_noun(cues)})\s+)?(?P<wd>{weekday})"
        rf"\s+(?:{_alternation(cues['range_join'])})\s*(?:(?:{_day_noun(cues, 1)})\s+)?(?P<wd2>{weekday}){_END}"
    )


def _night_of() -> str:
    """ليل الأحد - الاثنين، منتصف ليلة الجمعة/السبت: a night named by the two days it joins,
    dated to the first (the evening it begins)."""
    cues, weekday = date_cues(), _alternation(calendar().weekdays)
    return (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:{_alternation(cues['night_part'])})\s+)?(?:{_alternation(cues['night'])})"
        rf"\s+(?:(?:{_day_noun(cues, 1)})\s+)?(?P<wd>{weekday})"
        rf"\s*(?:[-/–]\s*)?(?:و\s*)?(?P<wd2>{weekday}){_END}"
    )


def _last_days() -> str:
    """خلال الأيام الثلاثة الماضية، في الأيام 5 المقبلة، خلال الثلاثة أيام الماضية: the last or
    next N days."""
    cues, shift = date_cues(), _alternation(calendar().shifts)
    count = rf"(?:ال)?(?P<count>\d{{1,2}}|{_alternation(cues['number'])})"
    return (
        rf"{_NOT_WORD}{_CLITICS}(?:(?:خلال|في|طوال)\s+)(?P<days_first>الايام\s+)?{count}"
        rf"(?(days_first)|\s+(?:ال)?ايام)\s+(?P<shift>{shift}){_END}"
    )


def _month_part() -> str:
    """مطلع أيلول، أواخر شهر آب 2015: a month named without a day (month precision)."""
    month = _alternation(calendar().months)
    parts = _alternation(date_cues()["month_part"])
    return rf"{_NOT_WORD}{_CLITICS}(?:{parts})\s+(?:شهر\s+)?(?P<month>{month})(?:\s*/\s*(?:{month}))?{_YEAR}{_END}"


def resolve_match(rule: str, groups: dict[str, str | None], published: dt.date | None) -> str:
    """The ISO day a matched expression names, or "" when it cannot be resolved."""
    cal = calendar()
    if published is None or rule == "eve":
        return ""
    if rule == "explicit":
        return _explicit_day(groups, published, cal)
    if rule in _SPAN_RULES:
        return _SPAN_RULES[rule](groups, published, cal)
    if rule == "hijri":
        return _hijri_day(groups, published, cal)
    if rule == "month_day":
        return _month_day(groups, published, cal)
    if rule == "period":
        return _period(groups, published, cal)
    if rule == "since":
        days = _count(groups) * cal.day_units[_word(groups, "unit")]
        return (published - dt.timedelta(days=days)).isoformat()
    if rule == "relative" and groups.get("rel") and groups.get("wd"):
        # "اليوم الاثنين" with a publication stamp a day late, "غد الأربعاء": the named weekday
        # decides, the one on or before the day the relative word names, or the day after it
        # (a stamp a day early); a story told days late keeps its weekday past («اليوم (الجمعة)»)
        near = published + dt.timedelta(days=cal.relative[_word(groups, "rel")])
        ahead = (cal.weekdays[_word(groups, "wd")] - near.isoweekday()) % 7
        return (near + dt.timedelta(days=ahead if ahead <= _STAMP_SKEW else ahead - 7)).isoformat()
    if rule == "night_of":
        rule = "weekday"  # the night's first day
    if rule == "relative" and groups.get("rel"):
        rel = _word(groups, "rel")
        return (published + dt.timedelta(days=cal.relative[rel])).isoformat()
    wd = cal.weekdays[_word(groups, "wd")]
    shift = cal.shifts.get(_word(groups, "shift"), 0)
    if shift > 0:  # الخميس المقبل: the next such day after publication
        return (published + dt.timedelta(days=(wd - published.isoweekday() - 1) % 7 + 1)).isoformat()
    back = (published.isoweekday() - wd) % 7
    if shift < 0 and back == 0:  # الثلاثاء الماضي written on a Tuesday: a week ago
        back = 7
    return (published - dt.timedelta(days=back)).isoformat()


def _count(groups: dict[str, str | None]) -> int:
    """How many units «منذ 3 أيام» or «قبل ثلاثة أيام» counts (one when it names none)."""
    word = _word(groups, "count")
    return int(word) if word.isdigit() else date_cues()["number"].get(word, 1)


def _numeric_day(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    day, month, year = int(groups["day"] or 0), int(groups["mon"] or 0), int(groups["year"] or 0)
    if groups.get("hijri") or year < 1600:  # 1434 is a Hijri year even unmarked
        from hijridate import Hijri

        try:
            return Hijri(year, month, day).to_gregorian().isoformat()
        except (ValueError, OverflowError):
            return ""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _day_span(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    """Two days of one month as an ISO 8601 interval, 2016-09-10/2016-09-15."""
    first = _explicit_day(groups, published, cal)
    if not first:
        return ""
    try:
        last = dt.date.fromisoformat(first).replace(
            day=_day_number({"day": groups["day2"], "ord": groups["ord2"]}, cal)
        )
    except ValueError:
        return ""
    return f"{first}/{last.isoformat()}" if last.isoformat() > first else ""


def _weekday_span(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    """From one weekday to the next named one, the first in the publication week."""
    first = dt.date.fromisoformat(resolve_match("weekday", {"wd": groups["wd"]}, published))
    gap = (cal.weekdays[_word(groups, "wd2")] - first.isoweekday()) % 7
    return f"{first.isoformat()}/{(first + dt.timedelta(days=gap)).isoformat()}" if gap else ""


def _last_days_span(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    """The last N days up to publication (الماضية), or the next N days after it (المقبلة)."""
    word = _word(groups, "count")
    days = int(word) if word.isdigit() else date_cues()["number"].get(word, 0)
    if days < 1:
        return ""
    if cal.shifts.get(_word(groups, "shift"), 0) > 0:
        start, end = published + dt.timedelta(days=1), published + dt.timedelta(days=days)
    else:
        start, end = published - dt.timedelta(days=days), published
    return f"{start.isoformat()}/{end.isoformat()}"


def _month_only(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    """A month named without a day, as YYYY-MM: this year's, unless that is still to come."""
    month = cal.months[_word(groups, "month")]
    year = int(groups["year"]) if groups.get("year") else published.year
    if not groups.get("year") and month > published.month + 1:
        year -= 1
    return f"{year}-{month:02d}"


_SPAN_RULES = {
    "numeric": _numeric_day, "numeric_ymd": _numeric_day, "day_range": _day_span, "weekday_range": _weekday_span,
    "last_days": _last_days_span, "month_part": _month_only,
}  # fmt: skip


def _period(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    """A week, month or year relative to publication, in the ISO 8601 form of its precision:
    2016-W37 (الأسبوع الماضي), 2016-08 (الشهر الماضي), 2015 (العام الماضي)."""
    unit = cal.periods[_word(groups, "period")]
    shift = cal.shifts[_word(groups, "shift")]
    if unit == 1:
        year, week, _ = (published + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == 2:
        months = published.year * 12 + published.month - 1 + shift
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(published.year + shift)


def eve_shift(text: str) -> int:
    """Days from the event an eve word names to the day it dates (غداة = 1, عشية = -1),
    past the conjunction and preposition it may carry (وبعد يوم من)."""
    word, table = " ".join(normalize(text).split()), calendar().eve
    while word not in table and word[:1] in FRONT_PARTICLE_LETTERS:
        word = word[1:]
    return table.get(word, 0)


def names_shift(text: str) -> bool:
    """Whether a date expression says which way it points (الماضي، المقبل، الجاري)."""
    return any(word in calendar().shifts for word in normalize(text).split())


def date_precision(value: str) -> str:
    """day, week, month or year, from the ISO form of a resolved date ("" when unresolved)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", value):
        return "range"  # an ISO 8601 interval of days: start/end
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    return "year" if re.fullmatch(r"\d{4}", value) else ""


def _hijri_day(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    """A Hijri day ("25 شوال 1436 هـ") as a Gregorian ISO day; the year defaults to the
    Hijri year current at publication."""
    from hijridate import Gregorian, Hijri

    day = _day_number(groups, cal)
    month = cal.hijri_months[_word(groups, "hmonth")]
    if groups.get("year"):
        years = [int(groups["year"] or 0)]
    else:  # no year: the occurrence nearest to publication
        try:
            current = Gregorian.fromdate(published).to_hijri().year
        except (ValueError, OverflowError):
            return ""  # a publication date outside the Umm al-Qura table (before 1924, after 2077)
        years = [current - 1, current, current + 1]
    days = []
    for year in years:
        try:
            days.append(Hijri(year, month, day).to_gregorian())
        except (ValueError, OverflowError):
            continue
    return min(days, key=lambda d: abs(d - published)).isoformat() if days else ""


def _word(groups: dict[str, str | None], name: str) -> str:
    """A matched calendar word as the calendar tables key it: normalized, one space."""
    return normalize(re.sub(r"\s+", " ", groups.get(name) or ""))


def _day_number(groups: dict[str, str | None], cal: Calendar) -> int:
    """The day of the month, written in digits (20) or as an ordinal (التاسع)."""
    return int(groups["day"]) if groups.get("day") else cal.ordinals[_word(groups, "ord")]


def _explicit_day(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    day = _day_number(groups, cal)
    month = cal.months[_word(groups, "month")]
    if groups.get("year"):
        return _iso_day(int(groups["year"] or 0), month, day)
    year = published.year + _year_shift(month, day, published, cal.shifts.get(_word(groups, "shift"), 0))
    return _iso_day(year, month, day)


def _month_day(groups: dict[str, str | None], published: dt.date, cal: Calendar) -> str:
    """A day of the publication's month (الجاري) or of the one before or after it."""
    months = published.year * 12 + published.month - 1 + cal.shifts.get(_word(groups, "shift"), 0)
    return _iso_day(months // 12, months % 12 + 1, _day_number(groups, cal))


def _year_shift(month: int, day: int, published: dt.date, shift: int) -> int:
    """-1, 0 or 1: which year a day and month written without one fall in. "3 آب الماضي" is
    the last such day before publication, "3 آب المقبل" the next; a bare day more than a
    month ahead is last year's ("in December" read in January)."""
    here = (month, day)
    now = (published.month, published.day)
    if shift < 0:
        return -1 if here >= now else 0
    if shift > 0:
        return 1 if here <= now else 0
    limit = published + dt.timedelta(days=31)
    return -1 if limit.year == published.year and here > (limit.month, limit.day) else 0


def _iso_day(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


_NAMEABLE = ("explicit", "day_range")


def _names_a_thing(norm: str, start: int) -> bool:
    """Whether the word before a day and month is a noun that makes them a name."""
    before = norm[:start].split()
    if not before:
        return False
    word, heads = before[-1], date_cues()["name_head"]
    return (
        word in heads
        or (word[:1] in FRONT_PARTICLE_LETTERS and word[1:] in heads)
        or without_article(word) in heads
    )


def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[Mention]:
    """Date mentions in ``text[start:end]``; overlapping matches keep the earliest rule."""
    norm = normalize_span(text, start, end)[0]
    # Why: twelve patterns scanned over every sentence were most of the stage's time; most
    # sentences hold the words of none or few of them.
    return _dates_in(text, start, end, norm, possible_rules(norm), published)


def _dates_in(
    text: str, start: int, end: int, norm: str, possible: set[str], published: dt.date | None
) -> list[Mention]:
    """:func:`find_dates` given the span's normalization and the rules that may match in it.
    The offset map is made when a date is found (in most sentences none is)."""
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    offsets: list[int] | None = None
    for rule, pattern in _patterns():
        if rule not in possible or (rule in _SECOND_CUE and not _SECOND_CUE[rule](norm)):
            continue
        for m in pattern.finditer(norm):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if rule in _NAMEABLE and _names_a_thing(norm, m.start()):
                continue  # "قوى 14 آذار"، "قصر 22 مايو": a name, not a date
            taken.append((m.start(), m.end()))
            if offsets is None:
                offsets = normalize_span(text, start, end)[1]
            s, e = original_span(text[start:end], offsets, m.start(), m.end())
            value = resolve_match(rule, m.groupdict(), published)
            label = "EVE" if rule == "eve" else "DATE"
            out.append(
                Mention(
                    start + s,
                    start + e,
                    text[start + s : start + e],
                    "date",
                    label,
                    value,
                    rule=f"date:{rule}",
                )
            )
    out.sort(key=lambda m: m.start)
    _weekdays_take_their_day(text, out)
    return out


_FULL_DAY_RULES = ("date:explicit", "date:numeric", "date:numeric_ymd", "date:hijri")


@cache
def _weekday_to_day() -> re.Pattern[str]:
    """What may stand between a weekday and the day it names: brackets, commas, and a word
    that links them (``weekday_link`` in date_cues.tsv: السبت الموافق 12 يوليو)."""
    link = _alternation(date_cues()["weekday_link"])
    return re.compile(rf"[\s()\[\]،,:\-–]*(?:(?:{link})[\s()\[\]]*)?")


def _weekdays_take_their_day(text: str, found: list[Mention]) -> None:
    """«السبت 12 يوليو»، «الخميس (30/7/2015)»: a weekday written right before a full date is
    that date's day, not the one of the publication week (the story may be weeks old)."""
    for weekday, day in pairwise(found):
        if (
            weekday.rule == "date:weekday"
            and day.rule in _FULL_DAY_RULES
            and date_precision(day.ref) == "day"
            and _weekday_to_day().fullmatch(text, weekday.end, day.start)
        ):
            weekday.ref = day.ref


class DateMatcher(Stage):
    """Adds date mentions (``kind="date"``, ``ref`` = the resolved ISO day)."""

    name = "dates"
    requires = ("sentences",)
    assigns = ("mentions",)

    def process(self, article: Article) -> Article:
        published = parse_date(article.published)
        found: list[Mention] = []
        text = article.text
        rules = _sentence_rules(article)
        for sentence in article.sentences:
            possible = rules.get(sentence.index)
            if not possible:
                continue  # no rule's word in it: find_dates would find nothing (most sentences)
            lo, hi = normalized_bounds(text, sentence.start, sentence.end)
            norm = normalized_whole(text)[lo:hi]  # the sentence's normalization (normalize_span's text)
            for m in _dates_in(text, sentence.start, sentence.end, norm, possible, published):
                m.sentence = sentence.index
                found.append(m)
        article.mentions = [m for m in article.mentions if m.kind != "date"] + found
        article.mentions.sort(key=lambda m: (m.start, -m.end))
        self.stats.update("dates", len(found))
        return article
