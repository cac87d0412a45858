"""The nisba test shared by the argument builder and the coder (words we wrote)."""

from __future__ import annotations

import pytest

from hadath.events.arguments import is_nisba_adjective
from hadath.events.coder import _past_nisbas
from hadath.kb.lexicon import LEXICON_TABLES, table_problems
from hadath.mentions.groups import NISBA_ENDINGS_FILE, nisba_endings
from hadath.model import Article, Token
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def _tokens(text: str) -> list[Token]:
    return list(Tokenizer()(SentenceSplitter()(Article("t", text))).tokens)


def _token(word: str) -> Token:
    return _tokens(f"رأينا {word} أمس.")[1]


@pytest.mark.parametrize(
    ("word", "definite", "expected"),
    [
        ("جوية", False, True),
        ("الوطني", True, True),
        ("الوطني", False, False),  # the article must agree with the noun's
        ("جوية", True, False),
        ("للشرعية", True, False),  # a preposition makes a phrase of its own
        ("في", False, False),  # a particle that ends as a nisba does
        ("مسلحة", False, False),  # a participle is no nisba
        # dual and plural endings, read from lexicon/ar/nisba_endings.txt
        ("الشعبيون", True, True),
        ("ميدانيين", False, True),
        ("الإقليميتين", True, True),
        ("قضائيات", False, True),
    ],
)
def test_a_nisba_agrees_with_its_noun_and_bears_no_other_clitic(
    word: str, definite: bool, expected: bool
) -> None:
    assert is_nisba_adjective(_token(word), definite) is expected


def test_the_nisba_endings_are_one_checked_list_read_normalized() -> None:
    assert table_problems(NISBA_ENDINGS_FILE, LEXICON_TABLES[NISBA_ENDINGS_FILE], frozenset()) == []
    endings = nisba_endings()
    assert {"ي", "يه", "يون", "يين"} <= set(endings)  # normalized: ية -> يه
    assert "ية" not in endings


def test_the_coder_steps_over_adjectives_of_origin_of_every_listed_ending() -> None:
    # the dual ending يتان is read from the data file too, not from a list of the coder's own
    tokens = _tokens("أصيبت امرأتان أفغانيتان بجروح.")
    assert _past_nisbas(tokens, 2) == 3
