"""Give each event its calendar day from the date expressions around it.

The day is the date expression nearest the trigger in its sentence. An event with no date
in its sentence takes the article's narrative day: the day of the events told in the last
earlier sentence that dated one (a date that dated no event, as in a relative clause about
something else, does not carry), else the day last named earlier, else, in the lead before
any date, the latest day the article tells or names in the week up to publication (a lead
tells the newest act; a day told after it is mostly background). When
a sentence names several days, its first is its main one. Acts told as to come, supposed or
denied take no narrative day. A present verb opening its sentence («يجتمع السفراء الثلاثاء»)
is told as to come, as one with س: its weekday is the coming one. An event named after غداة/عشية/بعد يوم من ("the day after"/"the
eve of") is dated relative to its sentence's day, or the narrative day, or publication.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from hadath.events.confidence import argument_rule, rule_entry
from hadath.events.particles import is_complementizer, is_particle
from hadath.mentions.dates import date_precision, eve_shift, names_shift
from hadath.model import Article, Event, Mention, Token
from hadath.pipeline import Stage
from hadath.resolve.actors import parse_date
from hadath.text.clitics import CONJUNCTIONS, segmentations
from hadath.text.inflect import THIRD_PERSON_PRESENT_PREFIXES, past_forms
from hadath.text.normalize import CLAUSE_COMMAS, first_clause_break, in_raw_text

Told = list[tuple[int, str]]  # (sentence index, ISO day) in text order
_TOLD_AS_HAPPENING = ("asserted", "claimed")
_LEAD_DAYS = 7  # how far back a news lead's undated act may lie
_CLAUSE_ENDS = in_raw_text(
    CLAUSE_COMMAS
)  # a relative clause runs to the next of these, or the sentence's end
_NOUN_TO_RELATIVE = 2  # words (adjectives) a noun trigger may lie before its relative pronoun
_VERB_RULES = ("verb", "light")  # the parts of speech an event rule opens with that are verbs
# what may stand before a present told as to come: nothing, or a conjunction (وتعقد)
_BEFORE_PRESENT = ((), *((c,) for c in CONJUNCTIONS))


class EventDater(Stage):
    """Fills ``Event.date`` and ``Event.date_text``."""

    name = "event_dates"
    requires = ("events", "mentions")
    assigns = ("events",)

    def process(self, article: Article) -> Article:
        dates = [m for m in article.mentions if m.kind == "date"]
        published = parse_date(article.published)
        told: Told = []
        later: list[tuple[Event, Mention | None]] = []  # dated from the narrative day
        starts = [t.start for t in article.tokens]  # once per article, for every event's clause
        for event in article.events:
            candidates = _by_relative_clause(
                article, starts, event, _in_its_clause(article, starts, event, dates)
            )
            present = _told_in_present(article, starts, event)
            eve = self._own(
                event, candidates, published, present, present and _opens_sentence(article, starts, event)
            )
            if event.date is None:
                later.append((event, eve))
            elif eve is None and date_precision(event.date) == "day" and not _after(event.date, published):
                # a day read in the event's own sentence (not one counted from غداة) carries
                told.append((_sentence_index(article, event), event.date))
        # the days named in the article, once for all its undated events
        named = [(m.sentence, m.ref) for m in dates if m.label == "DATE" and date_precision(m.ref) == "day"]
        for event, eve in later:
            day = _narrative_day(_sentence_index(article, event), told, named, published)
            if eve is None:
                # the story's day is when things happened: not when a planned, supposed or
                # denied act would
                event.date = day if event.modality in _TOLD_AS_HAPPENING else None
            elif (ref := parse_date(day) if day else published) is not None:
                _date_by_eve(event, eve, ref)
        for event in article.events:
            event.date_precision = date_precision(event.date or "")
        return article

    def _own(
        self, event: Event, dates: list[Mention], published: dt.date | None, present: bool, opening: bool
    ) -> Mention | None:
        """Date the event from the words of its own sentence; returns the eve word before the
        trigger that dates it (the event is left undated when the sentence names no day).
        ``present``: whether its verb is a present, which may be dated by a day to come;
        ``opening``: whether that present opens the sentence, which tells an act to come as س
        does (a present inside a sentence is often a circumstance of a past act: «سافر الوزير
        الجمعة يلتقي نظيره»)."""
        told_present = present and event.modality == "asserted"
        to_come = event.modality == "future" or (told_present and opening)
        same = [m for m in dates if event.sentence_start <= m.start < event.sentence_end]
        eve = next((m for m in same if m.label == "EVE" and m.end <= event.trigger_start), None)
        resolved = [
            m
            for m in same
            if m.label == "DATE" and m.ref and (told_present or _can_date(m.ref, event, published))
        ]
        if eve is not None:
            days = [m for m in resolved if date_precision(m.ref) == "day"]
            if days:
                _date_by_eve(event, eve, dt.date.fromisoformat(days[0].ref))
            return eve
        if not resolved:
            return None
        m = min(resolved, key=lambda d: abs(d.start - event.trigger_start))
        event.date, event.date_text, event.date_start, event.date_end = m.ref, m.text, m.start, m.end
        if to_come and m.rule == "date:weekday" and not names_shift(m.text):
            event.date = upcoming(m.ref, published)  # «تجتمع الحكومة الجمعة»: the coming Friday
        if event.modality == "asserted" and _after(event.date, published):
            event.modality = "future"  # «اجتماع الأربعاء المقبل»، «يجتمع السفراء الثلاثاء»: announced
        return None


def _told_in_present(article: Article, starts: list[int], event: Event) -> bool:
    """Whether a verb trigger is written as a third person present (يجتمع، وتعقد). News tells
    done acts with a past verb; a present one with a day named («يجتمع السفراء الثلاثاء») is
    an act to come, dated as one told with س. ``starts``: the article's token offsets."""
    pos, lemma = rule_entry(event)
    i = bisect_left(starts, event.trigger_start)
    if pos not in _VERB_RULES or i >= len(article.tokens):
        return False
    past = past_forms(lemma)
    readings = [seg for seg in segmentations(article.tokens[i].norm) if seg.prefixes in _BEFORE_PRESENT]
    # a past written whole (توجه، تبنت) is no present with a pronoun on (توج + ه)
    if any(seg.stem + seg.suffix in past for seg in readings):
        return False
    return any(seg.stem[:1] in THIRD_PERSON_PRESENT_PREFIXES and seg.stem not in past for seg in readings)


def _opens_sentence(article: Article, starts: list[int], event: Event) -> bool:
    """Whether no word stands before the trigger in its sentence."""
    return not any(t.is_word for t in _before_trigger(article, starts, event))


def _before_trigger(article: Article, starts: list[int], event: Event) -> list[Token]:
    """The tokens of an event's sentence before its trigger (``starts``: the token offsets)."""
    return article.tokens[
        bisect_left(starts, event.sentence_start) : bisect_left(starts, event.trigger_start)
    ]


def _in_its_clause(article: Article, starts: list[int], event: Event, dates: list[Mention]) -> list[Mention]:
    """The date mentions that may date an event told in a reported clause: those after the
    last complementizer before its trigger when that clause names a date of its own («قال
    البيان اليوم إن الطائرات قصفت المواقع أمس»: the statement is today's, the raid yesterday's).
    ``starts``: the article's token offsets."""
    before = _before_trigger(article, starts, event)
    opening = next((t.end for t in reversed(before) if is_complementizer(t.norm)), None)
    if opening is None:
        return dates
    own = [m for m in dates if opening <= m.start < event.sentence_end and m.label == "DATE"]
    return own or dates


def _by_relative_clause(
    article: Article, starts: list[int], event: Event, dates: list[Mention]
) -> list[Mention]:
    """A noun trigger with a relative clause of its own takes the dates that clause names
    («نقل الجرحى أمس بعد التفجير الذي وقع ظهر أول من أمس»: the blast is told in its clause);
    other events keep ``dates``. (Keeping other events off the dates of a relative clause they
    are not in was tried: it gained on dev and training and lost on held-out.)"""
    if not _read_as_noun(event):
        return dates
    span = _own_relative_clause(article, starts, event)
    own = [m for m in dates if span and span[0] <= m.start < span[1] and m.label == "DATE"]
    return own or dates


def _read_as_noun(event: Event) -> bool:
    """Whether the trigger was read as a noun: a noun rule (noun, noun:agent, ...) found its
    arguments, whatever the lexicon calls the word (a verb's masdar, a light verb's noun)."""
    return argument_rule(event).partition(":")[0] == "noun"


def _own_relative_clause(article: Article, starts: list[int], event: Event) -> tuple[int, int] | None:
    """The relative clause opened right after a trigger (past at most two adjectives:
    الاعتداء الآثم الذي), from its pronoun to the next comma or the sentence's end."""
    after = article.tokens[bisect_left(starts, event.trigger_end) : bisect_left(starts, event.sentence_end)]
    words = [t for t in after if t.is_word][: _NOUN_TO_RELATIVE + 1]
    pronoun = next((t for t in words if is_particle("relative", t.norm)), None)
    if pronoun is None:
        return None
    text = article.text
    end = first_clause_break(text, pronoun.end, event.sentence_end, _CLAUSE_ENDS)
    return pronoun.start, end


def _date_by_eve(event: Event, eve: Mention, ref: dt.date) -> None:
    """«وصل الوفد غداة الاجتماع»: the meeting is a day before the sentence's day."""
    event.date = (ref - dt.timedelta(days=eve_shift(eve.text))).isoformat()
    event.date_text, event.date_start, event.date_end = eve.text, eve.start, eve.end


def _sentence_index(article: Article, event: Event) -> int:
    sentence = article.sentence_of(event.sentence_start)
    return sentence.index if sentence is not None else -1


def _narrative_day(index: int, told: Told, named: Told, published: dt.date | None) -> str | None:
    """The day an event with no date of its own is told on (see the module docstring);
    ``named`` are the days the article's date expressions name, in text order."""
    day = _latest_first(told, index) or _latest_first(named, index)
    if day:
        return day
    # the lead: «استقبل الوزير نظيره ...» told first, «... في الرياض أمس» in the next sentence;
    # a news lead tells of the last days: an older day is background, and of the recent ones
    # the newest is the lead's («وكان قد زارها الاثنين ... نشرتها أمس»)
    recent = [day for _, day in told + [n for n in named if n[0] > index] if _recent(day, published)]
    return max(recent) if recent else None


def _recent(day: str, published: dt.date | None) -> bool:
    """Whether a day lies in the week up to publication (or the publication is unknown)."""
    return published is None or 0 <= (published - dt.date.fromisoformat(day)).days <= _LEAD_DAYS


def _latest_first(days: Told, index: int) -> str | None:
    """The first day of the latest sentence before ``index`` among (sentence, day) pairs in
    text order: a sentence names its main day first, its subordinate clauses' days after it."""
    days = [(sentence, day) for sentence, day in days if sentence < index]
    if not days:
        return None
    latest = days[-1][0]
    return next(day for sentence, day in days if sentence == latest)


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
        event.modality in ("future", "hypothetical") or _read_as_noun(event) or not _after(value, published)
    )
