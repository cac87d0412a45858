"""Sentence splitting robust to real Arabic news text.

Boundaries are newlines and runs of ``. ! ? ؟ …`` followed by space (closing quotes and
brackets stay with the sentence they close), and a single dot glued between two Arabic
words (``غادر.وقال``, a common scraping loss). Not boundaries: the Arabic comma and
semicolon, single-letter abbreviations (د. م. ق.م. ص.ب.), dotted acronyms (أ.ف.ب),
decimals and dotted dates (no space after the dot), the number of a list item (``1.``),
and ``..`` joined to the next word. Each line is at least its own sentence, so a list
item or a related-article headline never swallows the next paragraph, and a quote left
open by a scraper cannot carry on past its line. A dateline closed by a colon
(``دبي - سكاي نيوز عربية:``) stays in the first sentence; one on its own line does too
under ``join_dateline``. :func:`find_dateline` reports its span and
:func:`parse_dateline` its place and source parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from hadath.model import Article, Sentence
from hadath.pipeline import Stage
from hadath.text.normalize import normalize

# Punctuation ending a sentence, or a dot between two words of 3+ letters. Why each branch
# opens with the punctuation itself (the letters before the dot are looked behind from after
# it): the regex engine then skips to the next such character instead of trying every position.
_TERMINAL = re.compile(
    r"[.!?؟…][.!?؟…]*[\"'»”’)\]]*(?=\s|$)|\.(?<=[\u0621-\u064A]{3}\.)(?=[\u0621-\u064A]{3})"
)
_LINE = re.compile(r"[^\n]+")
# A word of one letter, or letters joined by dots (أ.ف.ب), just before the dot.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[\u0621-\u064AA-Za-z]\.)*[\u0621-\u064AA-Za-z]$")
# A year followed by its era letter ends a sentence: "عام 2015 م." ، "1436 هـ."
_ERA = re.compile(r"\d\s*(?:م|هـ|ه)$")
# The number or letter of a list item at the start of a line: "1." ، "2 -" ، "أ)"
_LIST_MARK = re.compile(r"^\s*(?:[-*•●■▪]\s*)?[0-9\u0660-\u0669]{1,3}\.$")
# dateline: up to six short parts joined by dashes, ending with a colon or a newline
_DATELINE = re.compile(
    r"\A\s*(?P<head>[^\n:.,،؟!\"«»]{2,60}?(?:\s*[-–—]\s*[^\n:.,،؟!\"«»\-–—]{2,40}){1,4}?)\s*(?::|\n)"
)
_WAS_DATELINE = re.compile(r"\A\s*(?P<head>[^\n\d]{2,20}\s+\d{1,2}\s+[^\n]{2,50}?\s(?P<source>واس))\s*\n")
_SEPARATOR = re.compile(r"\s*[-–—]\s*")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline's span and, when recognised, its place and source parts (offsets)."""

    start: int
    end: int
    place: tuple[int, int] | None = None
    source: tuple[int, int] | None = None


@cache
def news_sources() -> frozenset[str]:
    """Normalized names of news agencies and outlets that appear in datelines."""
    text = (
        resources.files("hadath.data").joinpath("lexicon/ar/segmentation/news_sources.txt").read_text("utf-8")
    )
    return frozenset(normalize(w.strip()) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def find_dateline(text: str) -> tuple[int, int] | None:
    """The span of the dateline that opens ``text`` (``صنعاء-الوئام:``), or None."""
    line = parse_dateline(text)
    return (line.start, line.end) if line else None


def parse_dateline(text: str) -> Dateline | None:
    """The opening dateline with its place and source parts, or None.

    A dateline is a short head of two to five parts joined by dashes and closed by a colon
    or a newline (``الرياض – واس``، ``عمر عريبي - سبق- جازان:``), or the SPA form
    ``أبها 25 شوال 1436 هـ ... واس``. The source is a part that names a known outlet; the
    place is the part after the source when the source comes first, else the first part.
    """
    m = _WAS_DATELINE.match(text)
    if m:
        place = _trimmed(text, m.start("head"), m.start("head") + len(m.group("head").split()[0]))
        return Dateline(m.start("head"), m.end("head"), place, (m.start("source"), m.end("source")))
    m = _DATELINE.match(text)
    if not m or len(m.group("head").split()) > 9:
        return None
    start, end = m.start("head"), m.end("head")
    parts: list[tuple[int, int]] = []
    cursor = start
    for sep in _SEPARATOR.finditer(text, start, end):
        parts.append(_trimmed(text, cursor, sep.start()))
        cursor = sep.end()
    parts.append(_trimmed(text, cursor, end))
    sources = news_sources()
    is_source = [normalize(text[s:e]) in sources for s, e in parts]
    if not any(is_source) and text[end : end + 2].strip(" ") != ":":
        return None  # "X - Y" then a newline, with no outlet named: a title or a byline, not a dateline
    # the last named outlet is the source ("الرياض - واس": الرياض is also a newspaper's name)
    flagged = [i for i, flag in enumerate(is_source) if flag]
    source = parts[flagged[-1]] if flagged else None
    place: tuple[int, int] | None = parts[0]
    if flagged and flagged[-1] + 1 < len(parts):
        place = parts[flagged[-1] + 1]
    elif flagged and flagged[-1] == 0:
        place = None
    return Dateline(start, end + (1 if text[end : end + 1] == ":" else 0), place, source)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, *, join_dateline: bool = False) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of a text, whitespace trimmed, in order.

    Args:
        text: the article text.
        join_dateline: put a dateline that stands on its own line (``الرياض – واس``) into
            the first sentence. Off by default: the event coder reads a name opening a
            sentence as its topic, and a dateline's place is no actor.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _TERMINAL.finditer(line.group()):
            end = line.start() + m.end()
            if _is_abbreviation(text, line.start() + m.start(), m.group(), start):
                continue
            _append_trimmed(text, start, end, spans)
            start = end
        _append_trimmed(text, start, line.end(), spans)
    dateline = find_dateline(text[:200]) if join_dateline else None
    if dateline and len(spans) > 1 and spans[0][1] <= dateline[1] + 1:
        # a dateline on its own line opens the first sentence instead of being one
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans


def _is_abbreviation(text: str, dot: int, punct: str, sentence_start: int) -> bool:
    if punct.rstrip("\"'»”’)]") != ".":
        return False
    before = text[max(0, dot - 12) : dot]
    if _ERA.search(before):
        return False
    if _LIST_MARK.match(text[sentence_start : dot + 1]):
        return True
    return bool(_ABBREVIATION.search(before))


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    start, end = _trimmed(text, start, end)
    if end > start and any(c.isalnum() for c in text[start:end]):
        spans.append((start, end))


class SentenceSplitter(Stage):
    """Assigns ``Article.sentences``."""

    name = "sentences"
    assigns = ("sentences",)

    def process(self, article: Article) -> Article:
        spans = split_sentences(article.text)
        article.sentences = [Sentence(start=s, end=e, index=i) for i, (s, e) in enumerate(spans)]
        self.stats.update("sentences", len(spans))
        return article
