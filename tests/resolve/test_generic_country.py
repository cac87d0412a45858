"""Common nouns of people with no country of their own take the country the article is about."""

from __future__ import annotations

import pytest

from hadath.kb import KnowledgeBase
from hadath.kb.index import Candidate
from hadath.kb.names import generic_actors
from hadath.resolve.actors import ActorResolver


def _row(word: str) -> str:
    return str(next(i for i, g in enumerate(generic_actors()) if g.name == word))


@pytest.mark.parametrize(
    "word",
    [
        # armed men no name tells: the rebels, gunmen, fighters and attackers of the story's war
        "متمردين", "التمرد", "مسلحون", "مقاتلين", "متشددين", "إرهابيين", "متطرفين", "مجهولون",
        "انتحاري", "مهاجمون", "انفصاليين",
        # victims and crowds: the people of the story's country
        "مدنيين", "مواطنين", "أشخاص", "أطفال", "نساء", "متظاهرين", "محتجين", "جرحى", "قتلى", "ضحايا",
    ],
)  # fmt: skip
def test_an_unnamed_group_is_of_the_articles_country(tiny_kb: KnowledgeBase, word: str) -> None:
    identity = ActorResolver(tiny_kb).identity(Candidate("generic", _row(word), ""), None, "YEM")
    assert identity.country == "YEM"


def test_foreigners_keep_no_country(tiny_kb: KnowledgeBase) -> None:
    identity = ActorResolver(tiny_kb).identity(Candidate("generic", _row("الأجانب"), ""), None, "YEM")
    assert identity.country == ""
