"""Property tests: no input crashes or hangs the layer, and every offset maps back."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.model import Article
from hadath.text.normalize import normalize, normalize_with_map, original_span
from hadath.text.sentences import SentenceSplitter, find_dateline, split_sentences
from hadath.text.tokens import Tokenizer, analyze

MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويأإآىةؤئءـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩۱۲ ،.؛؟!«»\n-:")),
        st.sampled_from(list("\u200e\u200f\u200c\u200d\ufeff\u00a0\u202b\u202c\ufefb\ufe8e😀🇸🇦abcXYZ019.")),
        st.characters(),
    ),
    max_size=120,
)


def _run_layer(text: str) -> Article:
    return Tokenizer(frozenset({"نيويورك"}))(SentenceSplitter()(Article("t", text)))


@given(MIXED)
def test_layer_never_crashes_and_offsets_map_back(text: str) -> None:
    article = _run_layer(text)
    for sentence in article.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
    for tok in article.tokens:
        assert tok.norm == normalize(text[tok.start : tok.end])
    norm, offsets = normalize_with_map(text)
    assert len(offsets) == len(norm) + 1
    for i, c in enumerate(norm):
        # every normalized character comes from the original one its offset names
        assert c in normalize(text[offsets[i]]) or c == " "
    find_dateline(text)


@given(MIXED)
def test_normalize_is_idempotent_on_any_unicode(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@given(MIXED, st.integers(0, 200), st.integers(0, 200))
def test_original_span_stays_inside_the_text(text: str, a: int, b: int) -> None:
    norm, offsets = normalize_with_map(text)
    start, end = sorted((min(a, len(norm)), min(b, len(norm))))
    s, e = original_span(text, offsets, start, end)
    assert 0 <= s <= e <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\n ",
        "😀" * 50,
        "قال كيري\u200f (Kerry) إن «الاتفاق» جاهز 🇺🇸.",
        "\u202bنص من اليمين\u202c and English text. ثم عربي.",
        "." * 500,
        "«" * 300 + "كلام بلا إغلاق",
    ],
)
def test_layer_handles_edge_inputs(text: str) -> None:
    result = analyze(text)
    assert all(text[t["start"] : t["end"]] == t["surface"] for s in result for t in s["tokens"])  # type: ignore[index,union-attr]


@settings(max_examples=1)
@given(st.just(None))
def test_one_megabyte_without_newlines_runs_in_linear_time(_: None) -> None:
    text = ("وقال الوزير بنيويورك إن المحادثات ستستمر، " * 25_000)[:1_000_000]
    start = time.perf_counter()
    spans = split_sentences(text)
    article = _run_layer(text)
    assert spans and article.tokens
    assert time.perf_counter() - start < 30
