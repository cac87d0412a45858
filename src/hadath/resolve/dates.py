"""Give each event its calendar day from the date expressions around it.

The day is the date expression nearest the trigger in its sentence; an event named right
after غداة/عشية ("the day after"/"the eve of") is dated relative to the sentence's other
date, or to publication; an event with no date in its sentence takes the last date named
earlier in the article (the article's narrative day).
"""

from __future__ import annotations

import datetime as dt

from hadath.mentions.dates import calendar, date_precision, names_shift
from hadath.model import Article, Event, Mention
from hadath.pipeline import Stage
from hadath.resolve.actors import parse_date
from hadath.text.normalize import normalize


class EventDater(Stage):
    """Fills ``Event.date`` and ``Event.date_text``."""

    name = "event_dates"
    requires = ("events", "mentions")
    assigns = ("events",)

    def process(self, article: Article) -> Article:
        dates = [m for m in article.mentions if m.kind == "date"]
        published = parse_date(article.published)
        for event in article.events:
            self._date(event, dates, article, published)
            event.date_precision = date_precision(event.date or "")
        return article

    def _date(self, event: Event, dates: list[Mention], article: Article, published: dt.date | None) -> None:
        same = [m for m in dates if event.sentence_start <= m.start < event.sentence_end]
        eve = next((m for m in same if m.label == "EVE" and m.end <= event.trigger_start), None)
        resolved = [m for m in same if m.label == "DATE" and m.ref and _can_date(m.ref, event, published)]
        if eve is not None:
            days = [m for m in resolved if date_precision(m.ref) == "day"]
            ref = parse_date(days[0].ref) if days else published
            if ref is not None:
                shift = calendar().eve[normalize(eve.text).lstrip("وف")]
                event.date = (ref - dt.timedelta(days=shift)).isoformat()
                event.date_text, event.date_start, event.date_end = eve.text, eve.start, eve.end
            return
        if resolved:
            m = min(resolved, key=lambda d: abs(d.start - event.trigger_start))
            event.date, event.date_text, event.date_start, event.date_end = m.ref, m.text, m.start, m.end
            if event.modality == "future" and m.rule == "date:weekday" and not names_shift(m.text):
                event.date = upcoming(m.ref, published)  # «تجتمع الحكومة الجمعة»: the coming Friday
            if event.modality == "asserted" and _after(m.ref, published):
                event.modality = "future"  # «اجتماع الأربعاء المقبل»: an announced event
            return
        sentence = article.sentence_of(event.sentence_start)
        if sentence is None:
            return
        earlier = [
            m
            for m in dates
            if m.label == "DATE" and date_precision(m.ref) == "day" and m.sentence < sentence.index
        ]
        if earlier:
            event.date = earlier[-1].ref


def upcoming(day: str, published: dt.date | None) -> str:
    """A weekday resolved to the past one («الجمعة» = the last Friday) moved to the coming
    one, for an event told as still to come."""
    value = parse_date(day)
    if value is None or published is None or value >= published:
        return day
    return (value + dt.timedelta(days=7)).isoformat()


def _period_start(value: str) -> dt.date | None:
    """The first day of an ISO date, interval of days, week, month or year."""
    precision = date_precision(value)
    if precision in ("day", "range"):
        return dt.date.fromisoformat(value[:10])
    if precision == "week":
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    if precision == "month":
        return dt.date(int(value[:4]), int(value[5:7]), 1)
    return dt.date(int(value), 1, 1) if precision == "year" else None


def _after(value: str, published: dt.date | None) -> bool:
    start = _period_start(value)
    return published is not None and start is not None and start > published


def _can_date(value: str, event: Event, published: dt.date | None) -> bool:
    """Whether a date can date the event: a verb told as done cannot lie after publication
    («اتفقوا على الاجتماع الشهر المقبل» dates the meeting, not the agreement); a noun can
    («اجتماع الأربعاء المقبل» is announced)."""
    return (
        event.modality in ("future", "hypothetical") or ":noun" in event.rule or not _after(value, published)
    )
