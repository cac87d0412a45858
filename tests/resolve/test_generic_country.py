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
    assert identity.country == "YEM" and identity.country_of_article


def test_foreigners_keep_no_country(tiny_kb: KnowledgeBase) -> None:
    identity = ActorResolver(tiny_kb).identity(Candidate("generic", _row("الأجانب"), ""), None, "YEM")
    assert identity.country == "" and not identity.country_of_article


def test_a_demonym_names_the_country_not_the_article(tiny_kb: KnowledgeBase) -> None:
    # الجنود الروس: the demonym after the noun is the soldiers' state, whatever the story's
    identity = ActorResolver(tiny_kb).identity(Candidate("generic", _row("مسلحون") + ":RUS", ""), None, "YEM")
    assert identity.country == "RUS" and not identity.country_of_article


def test_an_event_party_carries_where_its_country_came_from() -> None:
    # the places stage reads the flag on the event's actors: gunmen name no state of their own,
    # so they never tell that an act belongs elsewhere than its scene
    from hadath import Pipeline

    article = Pipeline.default()("هاجم مسلحون قافلة للجيش الروسي قرب الحدود.", published="2016-09-20")
    (event,) = [e for e in article.events if e.event_type == "ASSAULT"]
    assert [a.country_of_article for a in event.actor] == [True]
    assert event.recipient and not any(r.country_of_article for r in event.recipient)
