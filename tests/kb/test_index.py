"""The alias index on its own: longest match over normalized tokens, clitics on the first word."""

from __future__ import annotations

import pytest

from hadath.kb.index import AliasIndex, Candidate
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer

STATE = Candidate("country", "USA", "GPE")
STATE_LONG = Candidate("country", "USA2", "GPE")
COUNCIL = Candidate("actor", "hd:org/council", "ORG")
CITY = Candidate("place", "1", "GPE")
NAMES = {
    "الولايات المتحدة": STATE,
    "الولايات المتحدة الأمريكية": STATE_LONG,
    "مجلس الأمن": COUNCIL,
    "نيويورك": CITY,
}


@pytest.fixture(scope="module")
def index() -> AliasIndex:
    built = AliasIndex()
    for name, cand in NAMES.items():
        built.add(name, cand)
    return built


def _matches(index: AliasIndex, text: str) -> list[tuple[str, str]]:
    """(matched surface without its clitics, candidate ref) for each match, left to right."""
    lexicon = frozenset(w for name in NAMES for w in name.split())
    article = Tokenizer(lexicon)(SentenceSplitter()(Article("", text)))
    by_sentence: dict[int, list] = {}
    for tok in article.tokens:
        by_sentence.setdefault(tok.sentence, []).append(tok)
    out = []
    for toks in by_sentence.values():
        for m in index.find_all(toks):
            start = toks[m.first].start + m.skip  # the texts here carry no marks: one char each
            out.append((text[start : toks[m.last].end], m.candidates[0].ref))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد إلى الولايات المتحدة أمس.", [("الولايات المتحدة", "USA")]),
        ("زار الوزير الولايات المتحدة الأمريكية.", [("الولايات المتحدة الأمريكية", "USA2")]),
        (
            "عاد السفير من نيويورك وبالولايات المتحدة التقى الوزير.",
            [("نيويورك", "1"), ("الولايات المتحدة", "USA")],
        ),
        ("أعلن وزير الخارجية للصحفيين في نيويورك أن الاجتماع انتهى.", [("نيويورك", "1")]),
        ("رحب مجلس الأمن بالاتفاق.", [("مجلس الأمن", "hd:org/council")]),
        ("وبنيويورك عقد الاجتماع.", [("نيويورك", "1")]),
    ],
)
def test_index_longest_match_across_clitics(
    index: AliasIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _matches(index, text) == expected


def test_index_fused_lam_keeps_the_article(index: AliasIndex) -> None:
    # للولايات = ل + الولايات with the alef dropped: the token cannot be cut, so the span keeps it whole
    assert _matches(index, "قدم الدعم للولايات المتحدة.") == [("للولايات المتحدة", "USA")]


def test_index_names_do_not_cross_sentences(index: AliasIndex) -> None:
    assert _matches(index, "انتهى الاجتماع في الولايات. المتحدة هي الدولة.") == []


def test_index_lookup_and_size(index: AliasIndex) -> None:
    assert index.lookup("الولايات المتحدة") == [STATE]
    assert "مجلس الامن" in index  # normalized: hamza on the alef does not matter
    assert len(index) == len(NAMES)


@pytest.mark.parametrize(
    "word", ["وللولايات", "فبالولايات", "والولايات", "وبنيويورك", "لمجلس", "كنيويورك", "وسيعقد", "بمجلس"]
)
def test_index_precheck_keeps_every_reading_an_alias_starts(index: AliasIndex, word: str) -> None:
    # the cheap test on a word's proclitic strips must pass whenever a full reading starts an alias
    from hadath.kb.index import first_word_forms
    from hadath.text.normalize import normalize

    norm = normalize(word)
    starts = [form for form, _ in first_word_forms(norm) if form in index._first_words]
    assert index._alias_heads(norm) == tuple(
        (form, skip) for form, skip in first_word_forms(norm) if form in index._first_words
    )
    assert bool(starts) == (word != "وسيعقد")
