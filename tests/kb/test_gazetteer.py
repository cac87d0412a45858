"""The shipped gazetteer (issue 4): its reach, its stoplist and the guard on small places."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath import Pipeline
from hadath.kb import KnowledgeBase, load_kb
from hadath.kb.index import alias_key
from hadath.kb.names import build_alias_index, not_places
from hadath.kb.schema import PlaceRecord
from hadath.mentions.entities import EntityMatcher
from hadath.mentions.place_guard import MINOR_POPULATION, place_cues
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer
from tests.loading import load_module

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "import_places.py"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _place_texts(kb: KnowledgeBase, text: str) -> list[str]:
    article = Article("t", text, published="2015-08-01")
    article = EntityMatcher(kb)(Tokenizer(kb.lexicon)(SentenceSplitter()(article)))
    return [m.text for m in article.mentions if m.kind == "place"]


def test_gazetteer_holds_the_region_sites_and_curated_regions(kb: KnowledgeBase) -> None:
    index = build_alias_index(kb)
    assert len(kb.places) > 6000
    for name in (
        "ريف حلب",
        "الغوطة الشرقية",
        "شمال سوريا",
        "الضفة الغربية",
        "قطاع غزة",
        "مخيم الهول",
        "معبر رفح",
    ):
        assert any(c.kind == "place" for c in index.lookup(name)), name
    assert {p.country for p in kb.places.values() if p.precision == "city"} >= {
        "IRN",
        "TUR",
        "MLI",
        "TCD",
        "MRT",
    }


def test_every_place_unit_link_resolves(kb: KnowledgeBase) -> None:
    assert all(p.admin1 in kb.places for p in kb.places.values() if p.admin1)


def test_stoplist_words_are_never_place_names(kb: KnowledgeBase) -> None:
    index = build_alias_index(kb)
    for words in not_places():
        assert not any(c.kind == "place" for c in index.lookup(" ".join(words))), words


@pytest.mark.parametrize(
    "text",
    [
        "كانت المملكة دومًا إلى جانب أشقائها.",  # tanween: an adverb, not Douma
        "وقف المتحدث أمام الصحافيين وقال إن بيان الوزارة صدر أمس.",
        "ارتفع المؤشر بنسبة ثلاثة في المائة خلال الأسبوع.",
        "سجلنا حتى الآن آلاف الطلبات.",
    ],
)
def test_common_words_do_not_match_as_places(kb: KnowledgeBase, text: str) -> None:
    assert _place_texts(kb, text) == []


def _village_kb(kb: KnowledgeBase) -> KnowledgeBase:
    village = PlaceRecord(id="hd:test/village", name="Test village", names=["كفرتخاريم"], country="SYR",
                          lat=36.1, lon=36.5, precision="city", population=MINOR_POPULATION - 1)  # fmt: skip
    return KnowledgeBase(
        actors=kb.actors, offices=kb.offices, countries=kb.countries,
        places={**kb.places, village.id: village}, triggers=kb.triggers, cues=kb.cues,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("قصفت الطائرات بلدة كفرتخاريم أمس.", True),  # a place noun before it
        ("دارت اشتباكات في كفرتخاريم.", True),  # a locative word
        ("نزح الأهالي بكفرتخاريم إلى الحدود.", True),  # a fused ب
        ("قال كفرتخاريم إن الاجتماع انتهى في باريس.", False),  # no cue, the article is about France
        ("شهدت سوريا معارك عنيفة. وقال كفرتخاريم إن الوضع هادئ.", True),  # the focus country
    ],
)
def test_a_small_village_needs_a_cue_or_the_focus_country(kb: KnowledgeBase, text: str, found: bool) -> None:
    assert ("كفرتخاريم" in _place_texts(_village_kb(kb), text)) is found


def test_place_cues_are_normalized_words() -> None:
    cues = place_cues()
    assert alias_key("في")[0] in cues and alias_key("بلدة")[0] in cues


def _import_script():
    return load_module("import_places", SCRIPT)


def test_import_keeps_only_plain_arabic_names() -> None:
    script = _import_script()
    names = ["حلب\u200e", "حَلَب", "Halab", "شهرستان گرگان", "مدينة حلب", "ة حلب"]
    assert script.arabic_names(names) == ["حلب", "مدينة حلب"]
    assert script._without_head("مدينة زنجبار") == "زنجبار"
    assert script._without_head("تل أبيض") == "تل أبيض"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("عبرت الشاحنات معبر طريبيل نحو الأردن.", "معبر طريبيل"),
        ("سقطت قذيفة قرب بلدة المنارة الحدودية.", "المنارة"),
        ("أغلقت السلطات معبر المصنع أمام المسافرين.", "معبر المصنع"),
        ("تسللت مجموعة مسلحة إلى مزارع شبعا فجر اليوم.", "مزارع شبعا"),
        ("فرضت السلطات حظر التجول في مدينة سيلبوبي.", "سيلبوبي"),  # a spelling of Silopi
    ],
)
def test_border_crossings_and_border_towns_are_places(kb: KnowledgeBase, text: str, name: str) -> None:
    assert name in _place_texts(kb, text)


def test_a_continent_is_the_only_place_without_a_country() -> None:
    europe = {"id": "6255148", "name": "Europe", "names": ["أوروبا"], "lat": 54.5, "lon": 15.3}
    assert PlaceRecord(**europe, country="", precision="continent").country == ""
    with pytest.raises(ValueError):
        PlaceRecord(**europe, country="", precision="region")
    with pytest.raises(ValueError):
        PlaceRecord(**europe, country="DEU", precision="continent")


def test_a_continent_places_an_act_only_after_a_locative_word(kb: KnowledgeBase) -> None:
    pipeline = Pipeline.default(kb)
    doc = pipeline("فرضت دول عدة عقوبات على الشركة، وخاصة في أوروبا.", published="2015-08-01")
    assert [(e.location.name, e.location.country) for e in doc.events if e.location] == [("Europe", "")]
    doc = pipeline("قال الوزير إن أوروبا فرضت عقوبات على الشركة.", published="2015-08-01")
    assert all(e.location is None or e.location.name != "Europe" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("انفجرت عبوة ناسفة قرب مبنى حكومي في كابول صباح الأحد.", "AFG"),  # a spelling of كابل
        ("اعتقلت الشرطة رجلين في ميونيخ مساء السبت.", "DEU"),  # a spelling of ميونخ
        ("هبطت طائرات التحالف في إنجرليك بعد الغارة.", "TUR"),  # the base, by its town's name
    ],
)
def test_common_spellings_of_known_places_place_the_act(kb: KnowledgeBase, text: str, country: str) -> None:
    doc = Pipeline.default(kb)(text, published="2015-08-01")
    assert [e.location.country for e in doc.events if e.location][:1] == [country], text


def test_gazetteer_place_reads_place_refs_only(tiny_kb: KnowledgeBase) -> None:
    # the one reader of a mention's place:ID ref; a capital or a country is a place only where
    # the event placer reads it so (the coder's town shelled is never a capital)
    from hadath.resolve.places import EventPlacer

    aleppo = tiny_kb.gazetteer_place("place:170063")
    assert aleppo is not None and aleppo.name == "Aleppo"
    assert [tiny_kb.gazetteer_place(r) for r in ("capital:SYR", "country:SYR", "place:0", "170063")] == [
        None
    ] * 4
    placer = EventPlacer(tiny_kb)
    assert placer.place_record("place:170063") is aleppo
    damascus = placer.place_record("capital:SYR")
    assert damascus is not None and damascus.name == "Damascus"
