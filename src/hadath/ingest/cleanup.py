"""Page furniture out, title kept once: the line-level cleanup shared by text and HTML.

Scraped articles carry the page around them: comment counters, "الأكثر قراءة" boxes,
share bars, emoji menus, bare numbers, and often the title twice (once as the page
title, once as the headline). The rules that recognise furniture are data, in
``hadath/data/ingest/boilerplate.txt`` (its header documents the three kinds of entry);
this module loads them once and applies them line by line.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from hadath.errors import DataError
from hadath.ingest.dates import parse_arabic_date

logger = logging.getLogger(__name__)

# Lines longer than this are not titles, whatever else they look like.
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
# A line after a teaser-box heading is a teaser headline while it is this short and
# does not end a sentence.
MAX_TEASER_WORDS = 15
# A date line under a headline ("الثلاثاء 20 أيلول 2016 - 10:30") is this short.
MAX_DATE_LINE_WORDS = 7
_SENTENCE_END = (".", "!", "؟", "?", "…", ":", "۔")
# Folding so that "اقرأ أيضاً" and "اقرا ايضا" compare equal: the small closed set of
# Arabic letter variants that scraped pages mix freely.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Compiled furniture rules: exact phrases, teaser-box headings, whole-line regexes."""

    phrases: frozenset[str]
    sections: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def from_lines(cls, lines: list[str], source: str = "<rules>") -> BoilerplateRules:
        """Parse rule lines in the ``boilerplate.txt`` format.

        Raises:
            DataError: A ``re:`` entry that does not compile.
        """
        phrases: set[str] = set()
        sections: set[str] = set()
        patterns: list[re.Pattern[str]] = []
        for number, raw in enumerate(lines, start=1):
            entry = raw.strip()
            if not entry or entry.startswith("#"):
                continue
            if entry.startswith("re:"):
                patterns.append(_compile(entry[3:], source, number))
            elif entry.startswith("section:"):
                sections.add(line_key(entry[8:]))
            else:
                phrases.add(line_key(entry))
        return cls(frozenset(phrases), frozenset(sections), tuple(patterns))

    @classmethod
    def load(cls, path: Path | None = None) -> BoilerplateRules:
        """Read rules from a file, by default the shipped ``data/ingest/boilerplate.txt``."""
        if path is None:
            text = resources.files("hadath").joinpath("data/ingest/boilerplate.txt").read_text("utf-8")
            return cls.from_lines(text.splitlines(), "data/ingest/boilerplate.txt")
        return cls.from_lines(path.read_text("utf-8").splitlines(), str(path))

    def is_furniture(self, line: str) -> bool:
        """Whether a stripped line is page furniture rather than article text."""
        key = line_key(line)
        if not key or key in self.phrases or key in self.sections:
            return True
        return any(p.fullmatch(line) for p in self.patterns)

    def is_section(self, line: str) -> bool:
        """Whether a line heads a box of teaser headlines."""
        return line_key(line) in self.sections


def _compile(pattern: str, source: str, number: int) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as err:
        raise DataError(source, number, f"bad regex: {err}") from None


@functools.cache
def default_rules() -> BoilerplateRules:
    """The shipped rules, loaded and compiled once per process."""
    return BoilerplateRules.load()


def line_key(line: str) -> str:
    """The letters of a line, folded: what phrase rules and title comparison look at.

    Digits, punctuation, symbols (emoji), marks (diacritics) and tatweel go; alef, yeh
    and teh marbuta variants fold; Latin letters are lowercased; spaces collapse.
    """
    kept = [ch if unicodedata.category(ch)[0] == "L" else " " for ch in line.translate(_FOLD)]
    return " ".join("".join(kept).lower().split())


def _is_teaser(line: str) -> bool:
    return len(line.split()) <= MAX_TEASER_WORDS and not line.endswith(_SENTENCE_END)


def remove_furniture(lines: list[str], rules: BoilerplateRules | None = None) -> list[str]:
    """Drop furniture lines; blank lines stay as paragraph separators.

    Args:
        lines: The text's lines, stripped.
        rules: The rules; the shipped ones by default.

    Returns:
        The kept lines, blank ones included.
    """
    rules = rules or default_rules()
    kept: list[str] = []
    in_box = False
    for line in lines:
        if not line:
            kept.append(line)
            continue
        if rules.is_section(line):
            in_box = True
            continue
        if in_box and _is_teaser(line):
            continue
        in_box = False
        if not rules.is_furniture(line):
            kept.append(line)
    return kept


def join_paragraphs(lines: list[str]) -> str:
    """Lines back to text: runs of blank lines become one, none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def is_title_like(line: str) -> bool:
    """Short, and not a sentence: what a headline looks like."""
    return (
        0 < len(line) <= MAX_TITLE_CHARS
        and len(line.split()) <= MAX_TITLE_WORDS
        and not line.endswith((".", "۔"))
    )


def drop_header_lines(lines: list[str], title: str, author: str = "") -> list[str]:
    """Remove the headline block from the start of the body.

    Leading lines equal to the title or the author, and short lines that are only a
    written date ("الثلاثاء 20 أيلول 2016"), go; blank lines between them too.
    """
    keys = {line_key(title), line_key(author)} - {""}
    start = 0
    while start < len(lines) and _is_header_line(lines[start], keys):
        start += 1
    return lines[start:]


def _is_header_line(line: str, keys: set[str]) -> bool:
    if not line or line_key(line) in keys:
        return True
    return len(line.split()) <= MAX_DATE_LINE_WORDS and parse_arabic_date(line) is not None


def clean_body(text: str, title: str = "", author: str = "", rules: BoilerplateRules | None = None) -> str:
    """Furniture removed, the leading headline block removed, paragraphs kept.

    Args:
        text: Extracted or decoded article text, ``\\n`` newlines.
        title: The title known from elsewhere (HTML metadata); ``""`` when none.
        author: The author known from elsewhere; a byline equal to it is dropped.
        rules: The furniture rules; the shipped ones by default.
    """
    lines = remove_furniture([ln.strip() for ln in text.split("\n")], rules)
    return join_paragraphs(drop_header_lines(lines, title, author))


def split_title(text: str, rules: BoilerplateRules | None = None) -> tuple[str, str]:
    """Title and body of a plain-text article.

    The first non-blank line is the title when it is title-like and more text follows;
    otherwise there is no title and everything is body.

    Args:
        text: Decoded text, ``\\n`` newlines.
        rules: The furniture rules; the shipped ones by default.

    Returns:
        ``(title, body)``; ``title`` is ``""`` when the text has none.
    """
    lines = remove_furniture([ln.strip() for ln in text.split("\n")], rules)
    content = [i for i, line in enumerate(lines) if line]
    if len(content) < 2 or not is_title_like(lines[content[0]]):
        return "", join_paragraphs(lines)
    title = lines[content[0]]
    body = drop_header_lines(lines[content[0] + 1 :], title)
    if not any(body):
        # Only the title, repeated: one paragraph after all.
        return "", title
    return title, join_paragraphs(body)
