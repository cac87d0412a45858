"""The stages' first-sight tests of a word form, which start from the readings' stems the form
shares (hadath.text.clitics.form_stems), answer as their full look-ups do."""

from __future__ import annotations

import pytest

from hadath import Pipeline
from hadath.events.coder import EventCoder
from hadath.kb import KnowledgeBase
from hadath.mentions.entities import EntityMatcher
from hadath.mentions.groups import NisbaTable, bare_stem, dual_ending
from hadath.mentions.names import NameChunker, _heads_office, known_verb_forms
from hadath.mentions.quotes import QuoteFinder
from hadath.model import Article, Token
from hadath.text.numbers import is_count_word

# Our own sentences: cue verbs with clitics and pronouns, triggers in several spellings,
# titles, offices, known names with clitics, and many words that are none of these.
TEXT = (
    "وقال وزير الخارجية الروسي سيرغي لافروف إنه التقاه في موسكو، وأكد أن القصف على حلب لم يتوقف. "
    "والتقى كيري بالوزير أمس، فيما يؤكدون أن اجتماعات اللجنة ستعقد لبحث تحرير المدينة. "
    "وقصفت الطائرات مواقع لداعش، وهددهم المتحدث بالقتل والاتهام."
)


@pytest.fixture(scope="module")
def tokens(tiny_pipeline: Pipeline) -> list[Token]:
    return tiny_pipeline(Article("d", TEXT)).tokens


def test_name_openings_and_office_heads_answer_as_the_full_readings(
    tiny_kb: KnowledgeBase, tokens: list[Token]
) -> None:
    chunker = NameChunker.from_kb(tiny_kb, known_verb_forms(tiny_kb))
    opened = [chunker._opens_name(t) for t in tokens]
    assert opened == [chunker._opens[t.norm][0] is not None for t in tokens]
    assert any(opened) and not all(opened)
    assert [chunker._heads_office_phrase(t) for t in tokens] == [_heads_office(t) for t in tokens]


def test_quote_cues_answer_as_the_full_look_up(tiny_kb: KnowledgeBase, tokens: list[Token]) -> None:
    finder = QuoteFinder(tiny_kb, known_verb_forms(tiny_kb))
    cued = [finder._is_cue_word(t) for t in tokens]
    assert cued == [finder.cue(t) is not None for t in tokens]
    assert sum(cued) >= 3  # وقال، وأكد، يؤكدون


def test_trigger_candidates_answer_as_the_full_marks(tiny_kb: KnowledgeBase, tokens: list[Token]) -> None:
    index = EventCoder(tiny_kb).index
    may = [index._may_be_trigger(t) for t in tokens]
    marked = [index._marks_of(t.norm) is not None for t in tokens]
    assert all(m <= p for m, p in zip(marked, may, strict=True))  # a superset of the triggers
    assert any(marked) and sum(may) < len(tokens)


def test_alias_starts_answer_as_the_full_heads(tiny_kb: KnowledgeBase, tokens: list[Token]) -> None:
    index = EntityMatcher(tiny_kb).index
    starts = [index._starts_alias(t) for t in tokens]
    assert starts == [t.is_word and bool(index._heads[t.norm]) for t in tokens]
    assert any(starts)


def test_group_cues_answer_as_the_stem_readings(tiny_kb: KnowledgeBase, tiny_pipeline: Pipeline) -> None:
    # a head, a plural demonym, a count, a dual and words that are none of these
    text = "وصلت الطائرات ومعها السوريين وثلاثة مراقبين ومراقبان إلى المدينة أمس."
    tokens = tiny_pipeline(Article("g", text)).tokens
    table = NisbaTable(tiny_kb)

    def full(t: Token) -> bool:
        reading = table.readings[bare_stem(t)]
        return (
            reading.head is not None or bool(reading.demonym) or is_count_word(t.norm) or bool(dual_ending(t))
        )

    cued = [table._is_cue(t) for t in tokens]
    assert cued == [full(t) for t in tokens]
    assert sum(cued) >= 4 and not all(cued)  # الطائرات، السوريين، وثلاثة، ومراقبان
