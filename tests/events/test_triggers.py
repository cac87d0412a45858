"""Trigger matching over tokens: light verbs, their masdars, relative clauses, names."""

from __future__ import annotations

import pytest

from hadath.events.triggers import TriggerIndex
from hadath.kb import KnowledgeBase
from hadath.kb.schema import TriggerRecord
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


@pytest.fixture(scope="module")
def index(tiny_kb: KnowledgeBase) -> TriggerIndex:
    return TriggerIndex(tiny_kb.triggers, frozenset({"وزاره"}))


def _found(index: TriggerIndex, text: str) -> list[tuple[str, str, bool]]:
    article = Tokenizer()(SentenceSplitter()(Article("t", text)))
    matches = index.find(article.tokens)
    return [
        (article.text[article.tokens[m.first].start : article.tokens[m.last].end], m.entry.lemma, m.is_verb)
        for m in matches
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عقد الوزيران اجتماعا.", [("عقد", "عقد", True)]),
        ("عقدا اجتماعا.", [("عقدا اجتماعا", "عقد", True)]),
        ("وسيلتقيه غدا.", [("وسيلتقيه", "التقى", True)]),
        ("واتهامات متبادلة.", [("واتهامات", "اتهم", False)]),
        # a known noun is not read as verb + pronoun
        ("أعلنت وزارة الدفاع.", []),
        # the object of a light verb before it, in a relative clause
        ("الاتهامات التي يتبادلها الطرفان.", [("يتبادلها", "تبادل", True)]),
    ],
)
def test_trigger_index_finds_forms(index: TriggerIndex, text: str, expected: list) -> None:
    assert _found(index, text) == expected


def test_a_light_verb_object_is_never_a_word_inside_a_name(index: TriggerIndex) -> None:
    # "عقد" takes "اجتماع" as its object, unless that word lies inside a name (say, a body
    # called "مجلس اجتماع الخبراء"): then there is no light-verb reading
    article = Tokenizer()(SentenceSplitter()(Article("t", "عقد مجلس اجتماع الخبراء جلسة.")))
    assert [m.entry.lemma for m in index.find(article.tokens)] == ["عقد"]
    # the noun itself is still found (the coder drops it later as inside a name)
    assert [(m.entry.lemma, m.first) for m in index.find(article.tokens, frozenset({2}))] == [("اجتماع", 2)]


def test_a_word_written_with_teh_marbuta_is_never_a_verb_with_a_pronoun(index: TriggerIndex) -> None:
    # زاره (he visited him) and a word ending in ة share their normalized form; with the
    # token marked as written with ة there is no verb reading, and the noun زيارة is still found
    article = Tokenizer()(SentenceSplitter()(Article("t", "زاره الوفد بعد زيارة.")))
    assert [(m.entry.lemma, m.is_verb) for m in index.find(article.tokens)] == [("زار", True), ("زار", False)]
    assert [(m.entry.lemma, m.is_verb) for m in index.find(article.tokens, nominal=frozenset({0, 3}))] == [
        ("زار", False)
    ]


def test_words_right_before_a_trigger_can_cancel_it() -> None:
    # تحرير after رئيس is editing, after منظمة a name; و or ل on that word changes nothing
    entry = TriggerRecord(
        lemma="حرر",
        pos="verb",
        event_type="ASSAULT",
        cameo="192",
        present="يحرر",
        masdar=["تحرير"],
        excluded_before=["رئيس", "منظمة"],
        example="حررت القوات المدينة.",
    )
    index = TriggerIndex([entry])
    assert _found(index, "أعلن الجيش تحرير المدينة.") == [("تحرير", "حرر", False)]
    assert _found(index, "قال رئيس التحرير إن العدد تأخر.") == []
    assert _found(index, "وصل ورئيس تحرير الصحيفة.") == []
    assert _found(index, "بيان لمنظمة التحرير.") == []


def test_a_trigger_may_need_a_word_right_after_it() -> None:
    # an agreement reached on something (الاتفاق على), not the agreement already made
    entry = TriggerRecord(
        lemma="اتفاق",
        pos="noun",
        event_type="AGREE",
        cameo="030",
        required_after=["على"],
        example="تم الاتفاق على هدنة.",
    )
    index = TriggerIndex([entry])
    assert _found(index, "تم الاتفاق على تبادل الأسرى.") == [("الاتفاق", "اتفاق", False)]
    assert _found(index, "انسحبت واشنطن من الاتفاق النووي.") == []
