"""The nisba test shared by the argument builder and the coder (words we wrote)."""

from __future__ import annotations

import pytest

from hadath.events.arguments import is_nisba_adjective
from hadath.model import Article, Token
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def _token(word: str) -> Token:
    article = Tokenizer()(SentenceSplitter()(Article("t", f"رأينا {word} أمس.")))
    return article.tokens[1]


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
    ],
)
def test_a_nisba_agrees_with_its_noun_and_bears_no_other_clitic(
    word: str, definite: bool, expected: bool
) -> None:
    assert is_nisba_adjective(_token(word), definite) is expected
