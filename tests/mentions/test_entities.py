import pytest

from hadath.kb import KnowledgeBase
from hadath.mentions.entities import EntityMatcher
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def _mentions(kb: KnowledgeBase, text: str, published: str = "2016-09-20") -> list[tuple[str, str, str]]:
    article = Article("t", text, published=published)
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(article)))
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
    return [(m.text, m.ref.split(":")[0], m.entity) for m in article.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل كيري بنيويورك.", [("كيري", "actor", "John Kerry"), ("نيويورك", "place", "New York City")]),
        (
            "والولايات المتحدة وروسيا",
            [("الولايات المتحدة", "country", "United States"), ("روسيا", "country", "Russia")],
        ),
        ("التقى وزير الخارجية الروسي", [("وزير الخارجية الروسي", "office", "Sergey Lavrov")]),
        ("وزير خارجية الولايات المتحدة", [("وزير خارجية الولايات المتحدة", "office", "John Kerry")]),
        ("هاجم تنظيم الدولة بلدة", [("تنظيم الدولة", "actor", "Islamic State")]),
        ("بحسب وكالة رويترز", [("رويترز", "actor", "Reuters")]),
        ("قتل مدنيين", [("مدنيين", "generic", "civilians")]),
        ("سيرجي لافروف", [("سيرجي لافروف", "actor", "Sergey Lavrov")]),
    ],
)
def test_entity_matcher_finds_names_across_clitics(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _mentions(tiny_kb, text) == expected


def test_entity_matcher_resolves_office_by_date(tiny_kb: KnowledgeBase) -> None:
    # Kerry left office on 2017-01-20; no holder is known in the tiny KB after that.
    found = _mentions(tiny_kb, "قال وزير الخارجية الأمريكي", published="2018-05-01")
    assert found == [("وزير الخارجية الأمريكي", "office", "Minister of Foreign Affairs of United States")]


def test_entity_matcher_marks_news_agencies_as_sources(tiny_kb: KnowledgeBase) -> None:
    article = Article("t", "ذكرت رويترز الخبر.")
    article = EntityMatcher(tiny_kb)(Tokenizer()(SentenceSplitter()(article)))
    assert [m.kind for m in article.mentions] == ["source"]
