"""Sentence splitting robust to real Arabic news text.

Boundaries are newlines and runs of ``. ! ? ؟`` followed by space (closing quotes and
brackets stay with the sentence they close). Not boundaries: the Arabic comma and
semicolon, single-letter abbreviations (د. م.), dotted acronyms (أ.ف.ب), decimals and
dotted dates (no space after the dot), and dots joined to the next word (بنيويورك..كيري).
"""

from __future__ import annotations

import re

from hadath.model import Article, Sentence
from hadath.pipeline import Stage

_TERMINAL = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s|$)")
_LINE = re.compile(r"[^\n]+")
# A word of one letter, or letters joined by dots (أ.ف.ب), just before the dot.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[\u0621-\u064AA-Za-z]\.)*[\u0621-\u064AA-Za-z]$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of a text, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _TERMINAL.finditer(line.group()):
            end = line.start() + m.end()
            if _is_abbreviation(text, line.start() + m.start(), m.group()):
                continue
            _append_trimmed(text, start, end, spans)
            start = end
        _append_trimmed(text, start, line.end(), spans)
    return spans


def _is_abbreviation(text: str, dot: int, punct: str) -> bool:
    if punct.rstrip("\"'»”’)]") != ".":
        return False
    return bool(_ABBREVIATION.search(text[max(0, dot - 12) : dot]))


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
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
