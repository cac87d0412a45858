"""Tokens with clitic segmentation, exact to the character.

A token is a run of letters, digits and combining marks (or one punctuation character);
its ``norm`` is the normalized surface and ``stem``/``prefixes``/``suffix`` the reading
chosen by :func:`hadath.text.clitics.best_segmentation` against the knowledge base's
lexicon of words that must stay whole.
"""

from __future__ import annotations

import re
from itertools import chain, groupby, pairwise
from operator import attrgetter

from hadath.memo import Memo
from hadath.model import Article, Sentence, Token, WordForm
from hadath.pipeline import Stage
from hadath.text.clitics import best_segmentation
from hadath.text.normalize import normalize

# Letters, digits, Arabic marks and tatweel make words; a dot or slash between digits
# keeps a number or date whole (3.5، 20/9/2016).
_TOKEN = re.compile(
    r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[./:,][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
    r"|[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c]+"
    r"|[^\s]"
)

_Analysis = tuple[str, str, tuple[str, ...], str, bool, WordForm]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans in ``text[start:end]``, as offsets into ``text``."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def analyze(text: str, lexicon: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    """Sentences of a text with their tokens, as plain dicts (what ``hadath tokenize`` prints).

    Each sentence has ``start``, ``end`` and ``tokens``; each token its ``surface``
    (``text[start:end]``), offsets, normalized ``norm`` and ``stem``, ``prefixes`` and
    ``suffix``.
    """
    from hadath.text.sentences import split_sentences  # sentences imports nothing from here

    article = Article("", text)
    article.sentences = [Sentence(s, e, i) for i, (s, e) in enumerate(split_sentences(text))]
    tokens = Tokenizer(lexicon)(article).tokens
    out: list[dict[str, object]] = [
        {"index": s.index, "start": s.start, "end": s.end, "tokens": []} for s in article.sentences
    ]
    for tok in tokens:
        out[tok.sentence]["tokens"].append(  # type: ignore[union-attr]
            {"surface": text[tok.start : tok.end], "start": tok.start, "end": tok.end, "norm": tok.norm,
             "stem": tok.stem, "prefixes": list(tok.prefixes), "suffix": tok.suffix, "is_word": tok.is_word}
        )  # fmt: skip
    return out


class Tokenizer(Stage):
    """Assigns ``Article.tokens`` sentence by sentence."""

    name = "tokens"
    requires = ("sentences",)
    assigns = ("tokens",)

    def __init__(self, lexicon: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.lexicon = lexicon
        # Why: news repeats its words; the analysis of a surface form depends on nothing
        # else (the lexicon is fixed per tokenizer), so each form is analysed once.
        self._analyses: Memo[str, _Analysis] = Memo(self._analyze)

    def process(self, article: Article) -> Article:
        groups: list[list[Token]] = []
        text = article.text
        analyses = self._analyses
        find = text.find
        for sentence in article.sentences:
            index = sentence.index
            group: list[Token] = []
            add = group.append
            # Why: the surfaces come at C speed without a match object each; a token's start
            # is where its surface next occurs, as only spaces lie between tokens
            start = sentence.start
            for surface in _TOKEN.findall(text, sentence.start, sentence.end):
                start = find(surface, start)
                end = start + len(surface)
                norm, stem, prefixes, suffix, is_word, form = analyses[surface]
                add(Token(start, end, norm, stem, index, prefixes, suffix, is_word, form))
                start = end
            if group:
                groups.append(group)
        tokens = list(chain.from_iterable(groups))
        article.tokens = tokens
        _remember_grouping(tokens, groups)
        self.stats.update("tokens", len(tokens))
        return article

    def _analyze(self, surface: str) -> _Analysis:
        """(norm, stem, prefixes, suffix, is_word) of one surface form, and the record its
        tokens share for what later stages note about the form."""
        norm = normalize(surface)
        if not norm.isalpha():  # a number, a sign, letters with digits: no clitics to split
            return norm, norm, (), "", any(c.isalnum() for c in norm), WordForm()
        seg = best_segmentation(norm, self.lexicon, surface)
        return norm, seg.stem, seg.prefixes, seg.suffix, True, WordForm()


# The last grouping asked for: the name chunker, the entity matcher and the event coder's
# views group the same article's tokens (why: each grouping walks every token). It is reused
# while the token list is the same object with the same length; the groups are read, never
# changed, by their users.
_last_grouping: tuple[list[Token], int, list[list[Token]]] | None = None


def tokens_by_sentence(tokens: list[Token]) -> list[list[Token]]:
    """An article's tokens grouped per sentence, in sentence order (the last list's are kept)."""
    global _last_grouping
    last = _last_grouping
    if last is not None and last[0] is tokens and last[1] == len(tokens):
        return last[2]
    groups = _grouped(tokens)
    _last_grouping = (tokens, len(tokens), groups)
    return groups


def _remember_grouping(tokens: list[Token], groups: list[list[Token]]) -> None:
    """Keep the tokenizer's own per-sentence lists as the grouping of ``tokens`` when they are
    what :func:`_grouped` would make (sentences in ascending order, as the splitter numbers
    them). Why: the stages after it then group the article's tokens without a pass over them."""
    global _last_grouping
    if all(a[0].sentence < b[0].sentence for a, b in pairwise(groups)):
        _last_grouping = (tokens, len(tokens), groups)


def _grouped(tokens: list[Token]) -> list[list[Token]]:
    # Why: the tokenizer emits sentences in order, so one C-level groupby usually suffices;
    # anything else (hand-built or shuffled tokens) takes the general path.
    runs = [(k, list(g)) for k, g in groupby(tokens, key=_SENTENCE)]
    if all(a[0] < b[0] for a, b in pairwise(runs)):
        return [group for _, group in runs]
    groups: dict[int, list[Token]] = {}
    for t in tokens:
        groups.setdefault(t.sentence, []).append(t)
    return [groups[k] for k in sorted(groups)]


_SENTENCE = attrgetter("sentence")
