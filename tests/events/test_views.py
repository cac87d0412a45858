"""The coder's per-sentence views: what is read once per sentence for every trigger."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from hadath.events.coder import _place_before_relative, _receiving_verb, _teh_marbuta
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


def test_only_a_third_person_object_pronoun_is_the_place_a_relative_clause_heads() -> None:
    # البلدة التي دخلتها: ها is the town; a suffix of the first or second person (نا، ك) is
    # people, even where a reading of the word gives the verb one
    tokens = _tokens("البلدة التي دخلتها")
    view: Any = SimpleNamespace(tokens=tokens, mentions=[], actor_units=[])
    verb: Any = SimpleNamespace(is_verb=True, first=2)
    assert tokens[2].suffix == "ها" and _place_before_relative(view, verb)
    for suffix in ("نا", "ك"):
        view.tokens = [*tokens[:2], replace(tokens[2], suffix=suffix)]
        assert not _place_before_relative(view, verb)


def test_one_search_finds_the_verb_of_receiving_a_noun_is_the_object_of() -> None:
    # the aid's receiver and a verb form read as the noun received share it: past the subject
    # (تلقت البلدية دعما), and past على after a verb of obtaining only where the search lets a
    # particle stand between (حصل الجيش على دعم)
    received = _tokens("تلقت البلدية دعما")
    assert _receiving_verb(received, 2, lambda j: j == 1) == 0
    obtained = _tokens("حصل الجيش على دعم")
    assert _receiving_verb(obtained, 3, lambda _: True) == 0
    assert _receiving_verb(obtained, 3, lambda j: j == 1) is None
    assert _receiving_verb(_tokens("قرر الجيش دعم"), 2, lambda _: True) is None
