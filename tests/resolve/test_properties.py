"""No string crashes the date and place resolvers: random text made of calendar and place
cue words, digits (ASCII and Arabic-Indic), punctuation and stray letters."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from hadath.mentions.dates import find_dates
from hadath.pipeline import Pipeline
from hadath.resolve.relations import links_to, relation_before

_WORD_LINE = (
    "في بين من إلى و حتى الماضي المقبلة الجاري الأيام الثلاثة يوم أمس غداً عشية غداة الجمعة الأحد "
    "أيلول/سبتمبر آب كانون الثاني شوال رمضان هـ مطلع أواخر الشهر العام قوى ثورة قصر التاسع العشرين "
    "على بعد كم كيلومترا ميل شمال جنوب غربي شرق محيط أطراف ريف بلدة مدينة التابعة لمحافظة حلب دمشق "
    "العراق سوريا قصف قتل التقى سيلتقي 0 1 10 31 99 2016 1437 ١٥ ٢٠١٦ / ( ) ، . - :"
)
WORDS = tuple(_WORD_LINE.split())
text_strategy = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى٠١٢٣٤٥٦٧٨٩0123456789/ ", max_size=6),
    ),
    max_size=25,
).map(" ".join)
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(text_strategy, st.one_of(st.none(), days))
def test_find_dates_never_crashes(text: str, published: dt.date | None) -> None:
    for m in find_dates(text, 0, len(text), published):
        assert 0 <= m.start <= m.end <= len(text)


@given(text_strategy, st.integers(min_value=0, max_value=400))
def test_relations_never_crash(text: str, at: int) -> None:
    at = min(at, len(text))
    relation = relation_before(text, at)
    assert 0 <= relation.start <= at
    links_to(text, at // 2, at)


@given(text_strategy, days)
def test_pipeline_places_and_dates_never_crash(
    tiny_pipeline: Pipeline, text: str, published: dt.date
) -> None:
    doc = tiny_pipeline(text or "قصف", published=published.isoformat())
    for event in doc.events:
        assert event.location is None or event.location.lat is not None
