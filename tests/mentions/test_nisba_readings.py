"""Country adjectives, demonyms and sector heads are looked up by the stem the tokenizer reads.

The tokenizer takes the article off a word alone (الألمانية -> المانيه), so letters of the
word that look like the article (ألمانية، ألمان) must not be taken off a second time; the
tables are keyed by the same reading (:func:`hadath.mentions.groups.word_keys`).
"""

from __future__ import annotations

from functools import cache

import pytest

from hadath import Pipeline, load_kb
from hadath.kb import KnowledgeBase
from hadath.mentions.groups import NisbaTable, bare_stem, norm_keys, word_keys
from hadath.model import Article, Sentence, Token
from hadath.text.tokens import Tokenizer


@cache
def _kb() -> KnowledgeBase:
    return load_kb()


@cache
def _pipeline() -> Pipeline:
    return Pipeline.default(_kb())


def _token(word: str) -> Token:
    article = Article("t", word)
    article.sentences = [Sentence(0, len(word), 0)]
    return Tokenizer(_kb().lexicon)(article).tokens[0]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("الألمانية", "المانيه"),  # the article off, the word's own ال kept
        ("ألمانية", "المانيه"),
        ("والألمانية", "المانيه"),
        ("الإماراتية", "اماراتيه"),
        ("والأردني", "اردني"),  # a kept article after و comes off
        ("إسرائيلية", "اسراييليه"),
        ("بالجزائرية", "جزايريه"),
    ],
)
def test_bare_stem_is_the_word_alone_as_the_tokenizer_reads_it(word: str, stem: str) -> None:
    assert bare_stem(_token(word)) == stem


def test_keys_follow_the_tokenizer_reading() -> None:
    # listed with or without the article: one key, and the rest for a clitic before the word's ال
    assert word_keys("الألمانية") == word_keys("ألمانية") == ("المانيه", "مانيه")
    assert word_keys("القوات") == ("قوات",)
    # a word of four letters whose ال is its own: the two letters after it are no stem
    assert word_keys("آلاف") == ("الاف",)
    assert word_keys("ألوية") == ("الويه", "ويه")
    # a word read with a pronoun on keeps its letters (بحريني is not بحري + ني)
    assert word_keys("بحريني") == ("بحريني",)
    # a word known only normalized: with and without what may be its article
    assert norm_keys("الويه") == ("ويه", "الويه")
    assert norm_keys("جبهه") == ("جبهه",)


def _forms(adjective: str) -> list[str]:
    """An adjective as listed (with the article), without it, and after و and ب."""
    indefinite = adjective.removeprefix("ال")
    return [adjective, indefinite, "و" + adjective, "ب" + adjective]


def test_every_one_word_country_adjective_is_found_in_its_common_forms() -> None:
    kb = _kb()
    table = NisbaTable(kb)
    missed = []
    for iso3, country in kb.countries.items():
        if not country.bare_adjective:
            continue
        for adjective in [*country.adjectives, *country.adjectives_feminine]:
            if " " in adjective:
                continue
            for form in _forms(adjective):
                token = _token(form)
                if not token.suffix and table.country(token) != iso3:
                    missed.append((iso3, form, token.stem))
    assert missed == []


def _actors(text: str) -> list[tuple[str, str]]:
    article = _pipeline()(text, published="2021-03-14")
    return [(m.text, m.entity) for m in article.mentions if m.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German force, a German delegation: ألمانية begins with the letters of the article
        ("حلقت طائرات استطلاع ألمانية فوق الثكنة ليلا.", [("طائرات استطلاع ألمانية", "Germany aircraft")]),
        (
            "حلقت المروحيات العسكرية الألمانية فوق الجسر.",
            [("المروحيات العسكرية الألمانية", "Germany helicopters")],
        ),
        ("اجتمع الوفد الألماني بالمحافظ أمس.", [("الوفد الألماني", "Germany delegation")]),
        ("نظمت الجالية الألبانية وقفة في الساحة.", [("الجالية الألبانية", "Albania community")]),
        # a broken plural demonym with the same letters, indefinite like its noun
        ("غادر جنود ألمان الثكنة فجرا.", [("جنود ألمان", "Germany soldiers")]),
        ("غادر الجنود الألبان الثكنة فجرا.", [("الجنود الألبان", "Albania soldiers")]),
        # Emirati, Jordanian, Algerian and Israeli forces, with modifiers between
        (
            "شاركت مقاتلات حربية إماراتية في التمرين.",
            [("مقاتلات حربية إماراتية", "United Arab Emirates fighter jets")],
        ),
        ("أطلقت الدبابات الأردنية قذائف تحذيرية.", [("الدبابات الأردنية", "Jordan tanks")]),
        (
            "انتشرت القوات الخاصة الجزائرية في المدينة.",
            [("القوات الخاصة الجزائرية", "Algeria armed forces")],
        ),
        ("أغارت طائرات حربية إسرائيلية على مخزن مهجور.", [("طائرات حربية إسرائيلية", "Israel aircraft")]),
        # an indefinite adjective the tokenizer reads with a preposition (ب + ريطانية)
        ("حلقت طائرات مسيرة بريطانية فوق الميناء.", [("طائرات مسيرة بريطانية", "United Kingdom aircraft")]),
    ],
)
def test_forces_of_states_whatever_the_first_letters_of_their_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected
