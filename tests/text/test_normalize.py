import pytest
from hypothesis import given
from hypothesis import strategies as st

from hadath.text.normalize import (
    CLAUSE_BREAKS,
    CLAUSE_COMMAS,
    first_clause_break,
    has_clause_break,
    in_raw_text,
    last_clause_break,
    normalize,
    normalize_slice,
    normalize_span,
    normalize_with_map,
    normalized_bounds,
    normalized_whole,
    original_span,
)

ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويأإآىةؤئءـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩ ،.؛؟«»\u200f\u00a0abcXYZ019")
    ),
    max_size=80,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسراييل"),
        ("آذار", "اذار"),
        ("مصطفى", "مصطفي"),
        ("مدينة", "مدينه"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("عَقَدَ", "عقد"),
        ("الـــهدنة", "الهدنه"),
        ("٢٠١٦", "2016"),
        ("۲۰۱۶", "2016"),
        ("قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"),
        ("«نعم»", '"نعم"'),
        ("كيري\u200f", "كيري"),
        ("a\u00a0b", "a b"),
        ("\ufefb", "لا"),
    ],
)
def test_normalize_maps_variants(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@given(ARABIC_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@given(ARABIC_TEXT, ARABIC_TEXT)
def test_a_long_text_is_normalized_character_by_character(head: str, tail: str) -> None:
    # a text past the short-text length takes the replace-then-pattern path
    text = head + " وقالَ المتحدثُ إنّ الوفدَ سيصلُ إلى المدينةِ غداً، بعدَ أسبوعٍ من المحادثاتِ « " + tail
    assert normalize(text) == "".join(normalize(c) for c in text)


@given(ARABIC_TEXT)
def test_normalize_offset_map_is_monotonic_and_complete(text: str) -> None:
    norm, offsets = normalize_with_map(text)
    assert len(offsets) == len(norm) + 1
    assert offsets == sorted(offsets)
    assert offsets[-1] == len(text)


def test_original_span_covers_trailing_diacritics() -> None:
    text = "ثم عقدَ اجتماعًا"
    norm, offsets = normalize_with_map(text)
    i = norm.index("عقد")
    s, e = original_span(text, offsets, i, i + 3)
    assert text[s:e] == "عقدَ"


def test_offset_map_points_each_character_at_its_source() -> None:
    # a diacritic and a tatweel are removed; the lam-alef ligature becomes two letters
    text = "قالَ ﻻ جـديد"
    norm, offsets = normalize_with_map(text)
    assert norm == "قال لا جديد"
    assert [text[offsets[i]] for i in range(len(norm))] == [*"قال ", "ﻻ", "ﻻ", *" جديد"]


def test_offset_map_bends_at_a_character_seen_for_the_first_time() -> None:
    # the odd characters are learnt as they come: a ligature first met in a later text
    # (after others were mapped) still bends the map
    normalize_with_map("قالَ الوزير")
    text = "ﻵ بد"  # lam-alef with madda: two letters from one
    norm, offsets = normalize_with_map(text)
    assert norm == "لا بد"
    assert offsets == [0, 0, 1, 2, 3, 4]


@given(ARABIC_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_a_span_is_normalized_as_if_cut_out_first(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert normalize_span(text, start, end) == normalize_with_map(text[start:end])
    # the whole text, once its spans were read, comes back the same and unshared
    fresh = normalize_with_map((" " + text)[1:])  # an equal text that is another object
    whole = normalize_with_map(text)
    assert whole == fresh
    whole[1].append(-1)
    assert normalize_with_map(text) == fresh


def test_a_span_of_a_text_with_removed_and_expanded_characters() -> None:
    text = "قالَ ﻻ جـديد في الأمر"
    for start, end in [(0, 4), (3, 9), (5, 12), (0, len(text)), (7, 7)]:
        assert normalize_span(text, start, end) == normalize_with_map(text[start:end])


@given(ARABIC_TEXT, st.integers(0, 90), st.integers(0, 90))
def test_a_slice_is_the_normalization_of_that_part_of_the_text(text: str, start: int, end: int) -> None:
    assert normalize_slice(text, start, end) == normalize(text[start:end])


def test_a_slice_of_a_text_with_removed_and_expanded_characters() -> None:
    text = "قالَ ﻻ جـديد في الأمر"
    for start, end in [(0, 4), (3, 9), (5, 12), (0, len(text)), (7, 7), (9, 3), (4, 200)]:
        assert normalize_slice(text, start, end) == normalize(text[start:end])


@given(ARABIC_TEXT, st.integers(0, 90), st.integers(0, 90))
def test_a_span_lies_in_the_whole_normalization_at_its_bounds(text: str, a: int, b: int) -> None:
    start, end = sorted((a, b))
    lo, hi = normalized_bounds(text, start, end)
    assert normalized_whole(text)[lo:hi] == normalize_span(text, start, end)[0]


def test_frequent_replacements_are_stable() -> None:
    """What the fast path replaces a frequent character with normalizes to itself (the check
    _frequent makes when it builds its table, which raises rather than asserts)."""
    from hadath.text.normalize import _frequent

    assert all(normalize(out) == out for _, out in _frequent())


def test_clause_marks_are_written_as_normalize_writes_them() -> None:
    # tokens carry normalized text: an Arabic comma or semicolon in the set could never match
    assert all(normalize(mark) == mark for mark in CLAUSE_BREAKS)
    assert normalize("قال، ثم؛ ذهب") == "قال, ثم; ذهب"


def test_in_raw_text_adds_the_arabic_spelling_of_each_mark() -> None:
    assert in_raw_text(CLAUSE_COMMAS) == {",", ";", "،", "؛"}
    assert in_raw_text(frozenset({"."})) == {"."}  # no Arabic mark normalizes to a full stop


RAW_BREAKS = in_raw_text(CLAUSE_BREAKS)


def test_a_comma_between_two_digits_breaks_no_clause() -> None:
    assert not has_clause_break("نزح 1,500 شخص من القرية", RAW_BREAKS)
    assert has_clause_break("وصل إلى حمص, ثم غادرها", RAW_BREAKS)
    assert has_clause_break("أصيب 3, وقال الطبيب", RAW_BREAKS)  # a digit on one side only
    assert has_clause_break("وصل إلى حمص، ثم غادرها", RAW_BREAKS)


def test_the_last_and_first_clause_breaks_pass_a_thousands_comma() -> None:
    text = "في حلب، حيث نزح 2,400 شخص"
    assert last_clause_break(text, RAW_BREAKS) == text.index("،")
    assert last_clause_break("نزح 2,400 شخص", RAW_BREAKS) == -1
    after = text.index("،") + 1
    assert first_clause_break(text, after, len(text), RAW_BREAKS) == len(text)
    assert first_clause_break(text, 0, len(text), RAW_BREAKS) == text.index("،")


def test_the_first_clause_break_stops_at_its_end() -> None:
    text = "نزح 2,400 شخص، ثم عادوا"
    comma = text.index(",")
    assert first_clause_break(text, 0, comma, RAW_BREAKS) == comma  # a break after end is not sought
    assert first_clause_break(text, 0, comma + 1, RAW_BREAKS) == comma + 1  # the digit past end is read
