from hypothesis import given
from hypothesis import strategies as st

from hadath.model import Actor, Article, Event, Mention, Place, Quote, Sentence, Token

offsets = st.integers(min_value=0, max_value=500)
words = st.text(alphabet=st.sampled_from(list("ابتثجحخدكلمنوي ")), max_size=12)
actors = st.builds(
    Actor,
    offsets,
    offsets,
    words,
    words,
    st.sampled_from(["", "SYR", "IGO"]),
    st.sampled_from(["", "GOV"]),
    words,
)
places = st.builds(
    Place,
    offsets,
    offsets,
    words,
    words,
    st.just("SYR"),
    st.floats(-90, 90),
    st.floats(-180, 180),
    words,
    st.just("city"),
)
events = st.builds(
    Event,
    sentence_start=offsets, sentence_end=offsets, trigger_start=offsets, trigger_end=offsets, trigger=words,
    event_type=st.sampled_from(["ASSAULT", "CONSULT"]), cameo=st.sampled_from(["190", "040"]), sentence=words,
    modality=st.sampled_from(["asserted", "future"]), actor=st.lists(actors, max_size=2),
    recipient=st.lists(actors, max_size=2), location=st.none() | places, date=st.none() | st.just("2016-09-20"),
    quad_class=st.integers(0, 4), confidence=st.floats(0, 1), rule=words,
)  # fmt: skip
quotes = st.builds(Quote, offsets, offsets, words, offsets, offsets, words, st.none() | actors, st.booleans())
articles = st.builds(
    Article,
    doc_id=words, text=words, title=words, published=st.none() | st.just("2016-09-20T10:00:00"),
    sentences=st.lists(st.builds(Sentence, offsets, offsets, st.integers(0, 9)), max_size=3),
    tokens=st.lists(st.builds(Token, offsets, offsets, words, words, st.integers(0, 3)), max_size=3),
    mentions=st.lists(st.builds(Mention, offsets, offsets, words, st.sampled_from(["actor", "place"]), st.sampled_from(["PER", "GPE"])), max_size=3),
    events=st.lists(events, max_size=2), quotes=st.lists(quotes, max_size=2),
)  # fmt: skip


@given(articles)
def test_model_json_round_trip(article: Article) -> None:
    assert Article.from_dict(article.to_dict(analysis=True)) == article


def test_model_entities_are_distinct_named_mentions() -> None:
    article = Article("a", "كيري وكيري وحلب", mentions=[
        Mention(0, 4, "كيري", "actor", "PER", entity="John Kerry"),
        Mention(6, 10, "كيري", "actor", "PER", entity="John Kerry"),
        Mention(12, 15, "حلب", "place", "GPE", entity="Aleppo"),
        Mention(0, 4, "مدنيين", "actor", "", entity="civilians"),
    ])  # fmt: skip
    assert article.entities() == [
        {"text": "كيري", "type": "PER", "entity": "John Kerry"},
        {"text": "حلب", "type": "GPE", "entity": "Aleppo"},
    ]


def test_mention_ref_kind_is_what_stands_before_the_colon() -> None:
    def kind(ref: str) -> str:
        return Mention(0, 5, "حلب", "place", ref=ref).ref_kind

    assert [kind(r) for r in ("place:170063", "country:SYR", "actor:Q1:x", "unknown", "")] == [
        "place",
        "country",
        "actor",
        "unknown",
        "",
    ]
