"""The coder's per-sentence views: what is read once per sentence for every trigger."""

from __future__ import annotations

from hadath.events.coder import _teh_marbuta
from hadath.model import Article, Token
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def _tokens(text: str) -> list[Token]:
    article = Tokenizer()(SentenceSplitter()(Article("", text)))
    return article.tokens


def test_teh_marbuta_marks_the_words_that_end_with_it() -> None:
    text = "قالت الحكومة، إن القوة الأمنية وصلت إلى المدينة."
    tokens = _tokens(text)
    marked = {tokens[i].norm for i in _teh_marbuta(text, tokens)}
    assert marked == {"الحكومه", "القوه", "الامنيه", "المدينه"}


def test_teh_marbuta_reads_only_the_sentence_tokens_given() -> None:
    text = "وصلت القافلة. ثم عادت البعثة"
    tokens = _tokens(text)
    second = [t for t in tokens if t.sentence == 1]
    assert {second[i].norm for i in _teh_marbuta(text, second)} == {"البعثه"}
    assert _teh_marbuta(text, []) == frozenset()
