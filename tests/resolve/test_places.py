"""Event places: relation cues (offsets, surroundings, sides of a country), containment,
countries named as places, and the fallbacks. The sentences are our own."""

from __future__ import annotations

import dataclasses

import pytest

from hadath.kb import KnowledgeBase
from hadath.kb.schema import ActorRecord, PlaceRecord
from hadath.model import Mention, Place
from hadath.pipeline import Pipeline
from hadath.resolve.places import (
    SIDE_SHARE,
    _at_scene,
    _definite,
    _forms,
    _gathering_before,
    _is_nisba,
    _side_centre,
)
from hadath.resolve.relations import (
    hosts,
    in_idiom,
    links_to,
    offset_point,
    place_cues,
    relation_before,
    written_anywhere,
)

EXTRA_PLACES = [
    PlaceRecord(id="170592", name="Duma", names=["دوما"], country="SYR", lat=33.57, lon=36.4, precision="city",
                population=110_000, admin1="hd:adm1/sy/08/rif_dimashq"),
    PlaceRecord(id="284013", name="Duma", names=["دوما"], country="PSE", lat=32.06, lon=35.37, precision="city",
                population=2157, admin1="hd:adm1/ps/we/west_bank"),
    PlaceRecord(id="hd:adm1/ps/we/west_bank", name="West Bank", names=["الضفة الغربية"], country="PSE",
                lat=31.95, lon=35.3, precision="admin1"),
    PlaceRecord(id="hd:adm1/sy/08/rif_dimashq", name="Rif Dimashq", names=["ريف دمشق"], country="SYR",
                lat=33.5, lon=36.5, precision="admin1"),
    PlaceRecord(id="169577", name="Homs", names=["حمص"], country="SYR", lat=34.73, lon=36.71, precision="city",
                population=800_000),
    PlaceRecord(id="99999", name="Hamlet", names=["السجن"], country="SYR", lat=32.7, lon=36.5, precision="city",
                population=40),
    PlaceRecord(id="99532", name="Iraq", names=["العراق"], country="IRQ", lat=33.22, lon=43.68, precision="country"),
    PlaceRecord(id="285839", name="Al Ahmadi", names=["الأحمدي"], country="KWT", lat=29.08, lon=48.08,
                precision="city", population=637_411),
    PlaceRecord(id="287286", name="Muscat", names=["مسقط"], country="OMN", lat=23.58, lon=58.41,
                precision="city", population=797_000),
    PlaceRecord(id="170017", name="Madaya", names=["مضايا"], country="SYR", lat=33.69, lon=36.1, precision="city",
                population=9_371, admin1="hd:adm1/sy/08/rif_dimashq"),
    PlaceRecord(id="524901", name="Moscow", names=["موسكو"], country="RUS", lat=55.75, lon=37.62,
                precision="city", population=10_381_222),
]  # fmt: skip


@pytest.fixture(scope="module")
def places_kb(tiny_kb: KnowledgeBase) -> KnowledgeBase:
    places = dict(tiny_kb.places) | {p.id: p for p in EXTRA_PLACES}
    iraq = ActorRecord(id="Q796", name="Iraq", type="GPE", country="IRQ", sector="GOV", names=["العراق"])
    countries = dict(tiny_kb.countries)
    countries["IRQ"] = countries["SYR"].model_copy(
        update={"iso3": "IRQ", "name": "Iraq", "names": ["العراق"], "adjectives": ["العراقي"], "qid": "Q796",
                "lat": 33.22, "lon": 43.68, "capital": "", "capital_names": []}
    )  # fmt: skip
    return dataclasses.replace(
        tiny_kb,
        places=places,
        countries=countries,
        actors=tiny_kb.actors | {"Q796": iraq},
        triggers=tiny_kb.triggers,  # the tiny KB's زار is a visit (mode visit)
    )


@pytest.fixture(scope="module")
def pipeline(places_kb: KnowledgeBase) -> Pipeline:
    return Pipeline.default(places_kb)


def _location(pipeline: Pipeline, text: str) -> Place:
    doc = pipeline(text, published="2016-09-20")
    assert doc.events, text
    location = doc.events[0].location
    assert location is not None, text
    return location


def test_distance_and_bearing_move_the_point(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قصفت الطائرات مواقع للمسلحين على بعد 20 كم شمال حلب.")
    assert (place.name, place.precision, place.text) == ("Aleppo", "relative", "على بعد 20 كم شمال حلب")
    assert place.lat == pytest.approx(36.2 + 20 / 111.2, abs=0.01)
    assert place.lon == pytest.approx(37.16, abs=0.01)


def test_arabic_indic_distance_and_compound_bearing(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قتل ثلاثة في قصف على قرية تقع على بعد ١٥ كيلومترا جنوب غربي دمشق.")
    assert (place.name, place.precision) == ("Damascus", "relative")
    assert place.lat < 33.51 and place.lon < 36.29


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات تجمعات للمسلحين على أطراف مدينة حمص.",
        "قصفت الطائرات تجمعات للمسلحين في محيط حمص.",
        "قصفت الطائرات تجمعات للمسلحين قرب حمص.",
        "قصفت الطائرات تجمعات للمسلحين جنوب حمص.",
    ],
)
def test_surroundings_keep_the_reference_place(pipeline: Pipeline, text: str) -> None:
    place = _location(pipeline, text)
    assert (place.name, place.precision, place.lat) == ("Homs", "near", 34.73)


def test_side_of_a_country_is_a_region_toward_that_side(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قصفت الطائرات مواقع للمسلحين في شمال العراق أمس.")
    assert (place.name, place.precision, place.text) == ("Iraq", "region", "شمال العراق")
    assert place.lat > 33.22 + 1.5


IRAQI_TOWNS = [
    PlaceRecord(id=str(i), name=name, names=[arabic], country="IRQ", lat=lat, lon=lon, precision="city",
                population=people)
    for i, (name, arabic, lat, lon, people) in enumerate([
        ("Baghdad", "بغداد", 33.34, 44.4, 5_000_000), ("Mosul", "الموصل", 36.34, 43.13, 1_400_000),
        ("Erbil", "أربيل", 36.19, 44.01, 900_000), ("Basra", "البصرة", 30.51, 47.78, 1_300_000),
        ("Najaf", "النجف", 32.0, 44.34, 600_000), ("Kirkuk", "كركوك", 35.47, 44.39, 600_000),
        ("Amarah", "العمارة", 31.84, 47.14, 400_000), ("Ramadi", "الرمادي", 33.42, 43.3, 500_000),
    ], start=900_001)
]  # fmt: skip


def test_side_centre_is_where_the_towns_toward_it_lie() -> None:
    south = _side_centre(IRAQI_TOWNS[3:], 180, SIDE_SHARE)  # Basra holds a quarter of Basra, Najaf, Kirkuk
    assert south == pytest.approx((30.51, 47.78))
    north = _side_centre(IRAQI_TOWNS, 0, SIDE_SHARE)
    assert north is not None and 36.0 < north[0] < 36.4  # Mosul and Erbil, not Baghdad
    assert _side_centre(IRAQI_TOWNS[:4], 0, SIDE_SHARE) is None  # too few towns to tell a side


def test_side_of_a_country_with_towns_is_at_those_towns(places_kb: KnowledgeBase) -> None:
    kb = dataclasses.replace(places_kb, places=places_kb.places | {p.id: p for p in IRAQI_TOWNS})
    place = _location(Pipeline.default(kb), "قصفت الطائرات مخازن سلاح للمتمردين في جنوب العراق فجرا.")
    assert (place.name, place.precision) == ("Iraq", "region")
    assert place.lat < 32.0 and place.lon > 46.0  # toward Basra and Amarah


def test_country_after_a_locative_word_is_the_place(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قتل مسلحون جنديين في العراق.")
    assert (place.name, place.precision) == ("Iraq", "country")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("قتل مستوطنون طفلا في بلدة دوما في الضفة الغربية.", "PSE"),
        ("قصفت الطائرات بلدة دوما بريف دمشق.", "SYR"),
        ("قصفت الطائرات بلدة دوما التابعة لمحافظة ريف دمشق.", "SYR"),
    ],
)
def test_the_containing_unit_tells_same_name_places_apart(
    pipeline: Pipeline, text: str, country: str
) -> None:
    place = _location(pipeline, text)
    assert (place.name, place.country) == ("Duma", country)


def test_a_hamlet_named_like_a_common_word_loses_to_a_city(pipeline: Pipeline) -> None:
    place = _location(pipeline, "اعتقلت الشرطة رجلا في حلب وأودعته في السجن.")
    assert place.name == "Aleppo"


def test_relation_before_reads_the_cue_phrase() -> None:
    text = "وقع الانفجار على مسافة 3 أميال شرق دمشق"
    relation = relation_before(text, text.index("دمشق"))
    assert (relation.kind, relation.bearing) == ("offset", 90)
    assert relation.km == pytest.approx(3 * 1.609)
    assert text[relation.start :].startswith("على مسافة")
    assert relation_before("وصل إلى دمشق", 8).kind == "at"


def test_links_to_reads_containment_not_lists() -> None:
    text = "بلدة دوما التابعة لمحافظة ريف دمشق"
    assert links_to(text, text.index("دوما") + 4, text.index("ريف دمشق"))
    listed = "حلب، دمشق"
    assert not links_to(listed, 3, listed.index("دمشق"))


def test_offset_point_goes_east_along_a_parallel() -> None:
    lat, lon = offset_point(0.0, 0.0, 90, 111.2)
    assert lat == pytest.approx(0.0, abs=1e-9) and lon == pytest.approx(1.0)


def test_a_visit_takes_place_at_its_destination(pipeline: Pipeline) -> None:
    doc = pipeline("زار كيري دمشق أمس.", published="2016-09-20")
    assert [(e.mode, e.location and e.location.name) for e in doc.events] == [("visit", "Damascus")]


def test_a_later_event_without_a_place_stays_where_the_story_is(pipeline: Pipeline) -> None:
    doc = pipeline("قصفت الطائرات مواقع في حلب. وقتل المسلحون ثلاثة مدنيين.", published="2016-09-20")
    assert [e.location.name for e in doc.events if e.location] == ["Aleppo", "Aleppo"]


def test_the_agency_may_open_the_dateline(pipeline: Pipeline) -> None:
    doc = pipeline("رويترز - دمشق : دعا المسؤولون إلى الهدوء.", published="2016-09-20")
    assert [e.location.name for e in doc.events if e.location] == ["Damascus"]


def test_an_adjective_may_stand_between_the_place_noun_and_the_name(pipeline: Pipeline) -> None:
    place = _location(pipeline, "التقى كيري لافروف في العاصمة السورية دمشق، لبحث الأوضاع في حلب.")
    assert place.name == "Damascus"


def test_a_state_acting_right_before_a_place_does_not_contain_it(pipeline: Pipeline) -> None:
    # "قصفت روسيا حلب": two names side by side are actor and place, not a town and its country
    doc = pipeline("قصفت روسيا حلب أمس.", published="2016-09-20")
    assert [e.location.name for e in doc.events if e.location] == ["Aleppo"]


def test_places_of_other_countries_compete_by_nearness_not_rank(pipeline: Pipeline) -> None:
    # a city named further on, in another country, is no more specific a reading of this act
    place = _location(pipeline, "قتل مسلحون ثلاثة مدنيين في العراق بعد أيام من هجوم مماثل في مدينة حلب.")
    assert place.name == "Iraq"


def test_places_of_one_country_nest_and_the_most_specific_wins(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قتل مسلحون ثلاثة مدنيين في سوريا بعد أيام من هجوم مماثل في مدينة حلب.")
    assert place.name == "Aleppo"


def test_a_clause_joined_by_fima_keeps_its_own_place(pipeline: Pipeline) -> None:
    doc = pipeline("في حمص قتل مسلحون جنديين فيما التقى كيري لافروف في نيويورك.", published="2016-09-20")
    assert [e.location.name for e in doc.events if e.location] == ["Homs", "New York City"]


def test_a_relative_clause_takes_place_at_the_name_it_describes(pipeline: Pipeline) -> None:
    doc = pipeline(
        "في حمص التي تعرضت مرارا لقصف الطائرات، وفي حلب قتل مسلحون جنديين.", published="2016-09-20"
    )
    assert [e.location.name for e in doc.events if e.location] == ["Homs", "Aleppo"]


@pytest.mark.parametrize(
    "text",
    [
        "رويترز - دمشق : دعا كيري إلى المساعدة في إعمار حلب.",  # في governs the act (إعمار), not the town
        "رويترز - دمشق : دعا كيري المسلحين إلى الانسحاب من حلب.",  # a bare name in what was asked for
    ],
)
def test_a_place_that_is_the_topic_of_a_statement_does_not_place_it(pipeline: Pipeline, text: str) -> None:
    assert _location(pipeline, text).name == "Damascus"


def test_a_bare_town_places_a_statement_when_nothing_else_does(pipeline: Pipeline) -> None:
    assert _location(pipeline, "دعا كيري المسلحين إلى الانسحاب من حلب.").name == "Aleppo"


def test_quotation_marks_do_not_hide_the_locative_word(pipeline: Pipeline) -> None:
    assert _location(pipeline, 'التقى كيري لافروف في "سوريا" أمس.').name == "Syria"


@pytest.mark.parametrize(
    "text", ["رحبت سوريا باستضافة اجتماع لوزراء الخارجية.", "عقد الوزراء اجتماعا تستضيفه سوريا."]
)
def test_the_host_of_a_meeting_is_where_it_is_held(pipeline: Pipeline, text: str) -> None:
    place = _location(pipeline, text)
    assert (place.name, place.text) == ("Syria", "سوريا")


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون جنديين في هجوم على حمص، بعد معارك في العراق.",
        "في العراق، قصفت الطائرات قافلة متجهة إلى حمص.",
    ],
)
def test_a_material_act_takes_place_where_it_reaches(pipeline: Pipeline, text: str) -> None:
    assert _location(pipeline, text).name == "Homs"


def test_a_town_named_as_a_speaker_is_a_person(pipeline: Pipeline) -> None:
    text = "قال المتحدث علي الأحمدي إن المسلحين قصفوا مواقع في حمص. وأكد الأحمدي أن الطائرات قتلت مدنيين."
    doc = pipeline(text, published="2016-09-20")
    assert [e.location.name for e in doc.events if e.location] == ["Homs", "Homs"]


def test_two_joined_sides_name_the_part_between_them(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قصفت الطائرات مواقع للمسلحين في شمال وغرب العراق.")
    assert (place.precision, place.text) == ("region", "شمال وغرب العراق")
    assert place.lat > 33.22 + 1 and place.lon < 43.68 - 1
    text = "انتشرت القوات في شمال وجنوب العراق"
    assert relation_before(text, text.index("العراق")).kind == "near"  # opposite sides: all of it


def test_a_place_noun_alone_stands_for_the_city_the_story_is_in(pipeline: Pipeline) -> None:
    text = "قصفت الطائرات مواقع في حمص. وقتل مسلحون جنديين في المدينة بعد معارك في سوريا."
    place = pipeline(text, published="2016-09-20").events[-1].location
    assert place is not None and (place.name, place.text) == ("Homs", "المدينة")


def test_a_place_noun_alone_prefers_the_story_to_a_town_named_as_a_topic(pipeline: Pipeline) -> None:
    text = "قصفت الطائرات مواقع في حمص. وهدد المسلحون بمهاجمة حلب. وقتل مسلحون جنديين في المدينة."
    assert [e.location and e.location.name for e in pipeline(text, published="2016-09-20").events][
        -1
    ] == "Homs"


def test_a_place_noun_with_nothing_named_before_is_no_place(pipeline: Pipeline) -> None:
    assert [e.location for e in pipeline("قتل مسلحون جنديين في المدينة.", published="2016-09-20").events] == [
        None
    ]


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("زار كيري سوريا لبحث التعاون بين حلب ونيويورك.", "Syria", "سوريا"),  # not a topic further on
        ("انتقد لافروف الزيارة التي يقوم بها كيري إلى دمشق.", "Damascus", "دمشق"),
        ("قصفت الطائرات مواقع في سوريا. وسيزور كيري البلاد الشهر المقبل.", "Syria", "البلاد"),
    ],
)
def test_a_visit_takes_place_at_the_first_place_told_after_it(
    pipeline: Pipeline, text: str, name: str, said: str
) -> None:
    (visit,) = [e for e in pipeline(text, published="2016-09-20").events if e.mode == "visit"]
    assert visit.location is not None and (visit.location.name, visit.location.text) == (name, said)


def test_a_place_told_as_undergoing_an_act_is_where_it_happens(pipeline: Pipeline) -> None:
    assert _location(pipeline, "في العراق، وقعت حلب تحت قصف الطائرات.").name == "Aleppo"


def test_a_place_noun_alone_takes_the_town_named_before_it_in_its_sentence(pipeline: Pipeline) -> None:
    text = (
        "قصفت الطائرات مواقع في حمص. وقال مسؤول إن حلب شهدت معارك عنيفة قتل فيها المسلحون جنديين في المدينة."
    )
    place = pipeline(text, published="2016-09-20").events[-1].location
    assert place is not None and (place.name, place.text) == ("Aleppo", "المدينة")


def test_a_street_or_market_word_between_fi_and_the_town_keeps_it_governed(pipeline: Pipeline) -> None:
    assert _location(pipeline, "قتل مسلحون جنديين في سوق حمص بعد معارك في العراق.").name == "Homs"


def test_a_facility_noun_between_the_locative_word_and_the_town_keeps_it_governed(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قصفت الطائرات تجمعا قرب مصفى حمص، بعد معارك في العراق.")
    assert (place.name, place.precision) == ("Homs", "near")


def test_a_visit_reaches_the_place_told_before_it(pipeline: Pipeline) -> None:
    assert _location(pipeline, "وصل كيري إلى دمشق في زيارة تستمر يومين.").name == "Damascus"


def test_a_visit_to_a_town_the_gazetteer_lacks_takes_no_later_place(pipeline: Pipeline) -> None:
    # the destination is the unknown town after «بلدة», not Aleppo named to situate it
    place = _location(pipeline, "رويترز - دمشق : زار كيري بلدة كوجيلو وهي قريبة من حلب.")
    assert place.name == "Damascus"


@pytest.mark.parametrize(
    ("text", "word", "idiom"),
    [
        ("ولد في مسقط رأسه", "مسقط", True),
        ("وصل الوزير إلى مسقط أمس", "مسقط", False),
        ("سلحوا أنفسهم بحجة الحماية", "حجة", True),
        ("قصفت الطائرات مواقع في حجة", "حجة", False),
        # marks and tatweel take more written letters than the idiom has: still read whole
        ("ولد في مَسْقَطِ رَأْسِهِ", "مَسْقَطِ", True),
        ("ولد في مســـــــقط رأســــه", "مســـــــقط", True),
    ],
)
def test_a_name_in_a_common_phrase_is_no_place(text: str, word: str, idiom: bool) -> None:
    start = text.index(word)
    assert in_idiom(text, start, start + len(word)) is idiom


def test_the_matcher_reads_no_place_in_a_common_phrase(pipeline: Pipeline) -> None:
    doc = pipeline("قتل مسلحون جنديين في مسقط رأسه.", published="2016-09-20")
    assert [m.text for m in doc.mentions if m.kind == "place"] == []
    assert _location(pipeline, "قتل مسلحون جنديين في مسقط.").name == "Muscat"


def test_a_place_noun_alone_takes_a_unit_named_before_it_in_its_sentence(pipeline: Pipeline) -> None:
    # «وفي محافظة تعز ... في المدينة»: the unit told in the sentence, not the story's last town
    text = "قصفت الطائرات مواقع في حمص. وفي الضفة الغربية قتل مستوطنون رجلا في البلدة."
    place = pipeline(text, published="2016-09-20").events[-1].location
    assert place is not None and place.name == "West Bank"


def test_talks_keep_the_most_specific_place_a_country_after_them_is_their_topic(pipeline: Pipeline) -> None:
    doc = pipeline("في نيويورك اتهم كيري روسيا بقصف المدنيين في سوريا.", published="2016-09-20")
    assert [(e.event_type, e.location and e.location.name) for e in doc.events] == [
        ("ACCUSE", "New York City"),
        ("ASSAULT", "Syria"),
    ]


def test_a_byline_ending_in_a_place_is_the_dateline(pipeline: Pipeline) -> None:
    doc = pipeline("أحمد الخطيب- رويترز- دمشق: دعا المسؤولون إلى الهدوء.", published="2016-09-20")
    assert [(e.location.name, e.location.text) for e in doc.events if e.location] == [("Damascus", "دمشق")]


def test_a_place_noun_alone_takes_the_last_place_of_its_rank_the_story_was_at(pipeline: Pipeline) -> None:
    # the province of the story (ريف دمشق), not one named since as a threat's target, even
    # when the story has moved to a town since
    text = (
        "قصفت الطائرات مواقع في ريف دمشق. وهدد المسلحون بمهاجمة الضفة الغربية. "
        "وقتل مسلحون جنديين في حمص. وقتل مسلحون رجلا في المحافظة."
    )
    place = pipeline(text, published="2016-09-20").events[-1].location
    assert place is not None and (place.name, place.text) == ("Rif Dimashq", "المحافظة")


def test_a_material_act_whose_pronoun_stands_for_a_place_just_before_happens_there(
    pipeline: Pipeline,
) -> None:
    doc = pipeline("في العراق، دعا كيري إلى إعمار حمص بعد تحريرها من المسلحين.", published="2016-09-20")
    (freeing,) = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert freeing.location is not None and freeing.location.name == "Homs"


def test_an_act_told_as_what_came_before_does_not_move_the_story(pipeline: Pipeline) -> None:
    text = "قصفت الطائرات مواقع في حمص. وطالب كيري بإعمار حلب بعد تحريرها. وقتل مسلحون جنديين."
    places = [e.location.name for e in pipeline(text, published="2016-09-20").events if e.location]
    assert places == ["Homs", "Aleppo", "Homs"]


def test_the_story_place_replaces_only_place_nouns_alone() -> None:
    # a named town keeps its own record whatever the story's places of any rank
    homs, hamlet = EXTRA_PLACES[5], EXTRA_PLACES[6]
    named = [(Mention(0, 3, "حمص", "place", "LOC", "place:169577"), homs)]
    noun = (Mention(10, 17, "المدينة", "place", "LOC", "place:169577", rule="anaphor"), homs)
    assert _at_scene([*named, noun], {0: hamlet, 4: homs}) == [*named, noun]
    assert _at_scene([noun], {4: hamlet})[0][1] is hamlet


def test_a_visit_to_no_named_place_is_where_the_story_is(pipeline: Pipeline) -> None:
    # the visitor's own government sits elsewhere: a visit is never at the visitor's seat
    text = "قصفت الطائرات حمص أمس. وزار وزير الخارجية الروسي المواقع التي دمرها القصف."
    (visit,) = [e for e in pipeline(text, published="2016-09-20").events if e.mode == "visit"]
    assert visit.location is not None and visit.location.name == "Homs"


@pytest.mark.parametrize("landform", ["سهل", "جبل", "وادي"])
def test_a_landform_word_places_the_small_town_after_it(pipeline: Pipeline, landform: str) -> None:
    # a town too small to be taken bare is the place when a landform word governs it
    place = _location(pipeline, f"قصف الجيش السوري مواقع المسلحين في {landform} مضايا أمس.")
    assert place.name == "Madaya"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل ثلاثة أشخاص في انفجار في العاصمة الروسية أمس.", "Moscow"),  # the state's adjective
        ("قتل ثلاثة أشخاص في انفجار بالعاصمة الروسية أمس.", "Moscow"),  # a fused ب
        ("قصف الجيش السوري حمص. وقتل ثلاثة أشخاص في انفجار في العاصمة.", "Damascus"),  # the story's
    ],
)
def test_the_capital_word_is_a_states_capital(pipeline: Pipeline, text: str, name: str) -> None:
    doc = pipeline(text, published="2016-09-20")
    location = doc.events[-1].location
    assert location is not None and location.name == name


def test_the_capital_word_before_its_name_leaves_the_name_the_place(pipeline: Pipeline) -> None:
    place = _location(pipeline, "قتل ثلاثة أشخاص في انفجار في العاصمة الروسية موسكو أمس.")
    assert (place.name, place.text) == ("Moscow", "موسكو")


def test_a_foreigner_named_beside_an_act_does_not_move_it_off_the_scene(pipeline: Pipeline) -> None:
    # لافروف only tells of the killing: its parties are Syrian, so it stays in the story's town
    text = "قصف الجيش السوري حمص أمس. وقال لافروف إن الجيش السوري قتل ثلاثة مسلحين."
    doc = pipeline(text, published="2016-09-20")
    (killing,) = [e for e in doc.events if e.event_type == "ASSAULT" and e.trigger_start > 30]
    assert killing.location is not None and killing.location.name == "Homs"


@pytest.mark.parametrize(
    "text",
    [
        "رويترز - دمشق : دعا كيري إلى تهدئة الأوضاع في حلب.",  # the matter talked of
        "رويترز - دمشق : دعا كيري إلى إنهاء الأزمة الإنسانية في حلب.",  # an adjective after it
        "رويترز - دمشق : التقى كيري المبعوث الأممي الخاص في حلب.",  # a title's place
    ],
)
def test_a_place_completing_a_noun_does_not_place_a_statement(pipeline: Pipeline, text: str) -> None:
    assert _location(pipeline, text).name == "Damascus"


def test_a_place_completing_a_noun_still_places_a_material_act(pipeline: Pipeline) -> None:
    assert _location(pipeline, "قصفت الطائرات مواقع المبعوث الأممي في حلب.").name == "Aleppo"


def test_a_meeting_is_where_the_story_is_not_at_a_seat(pipeline: Pipeline) -> None:
    doc = pipeline("التقى كيري لافروف في حلب أمس. ثم التقى لافروف المعلم.", published="2016-09-20")
    assert [e.location.name for e in doc.events if e.location] == ["Aleppo", "Aleppo"]


def test_a_statement_is_where_the_last_statement_was_not_where_the_fighting_is(pipeline: Pipeline) -> None:
    text = "اتهم المعارضون في حلب النظام بقصف المدنيين. وحرر الجيش السوري مدينة حمص. وهدد المعارضون بالرد."
    doc = pipeline(text, published="2016-09-20")
    places = {e.trigger: e.location.name for e in doc.events if e.location}
    assert (places["وحرر"], places["وهدد"]) == ("Homs", "Aleppo")


@pytest.mark.parametrize(
    "text",
    [
        "التقى كيري لافروف أمس وبحثا الأزمة السورية. ووصل كيري إلى حمص صباح أمس في زيارة لم تعلن مسبقا.",
        "التقى كيري لافروف أمس. وقال مصدر دبلوماسي إن المحادثات في حمص تناولت الحل السياسي.",
    ],
)
def test_a_meeting_named_in_no_place_is_where_the_story_tells_them_met(pipeline: Pipeline, text: str) -> None:
    # the place is told in the next sentence, after a word for meeting or arriving: not a seat
    doc = pipeline(text, published="2016-09-20")
    (meeting,) = [e for e in doc.events if e.trigger == "التقى"]
    assert meeting.location is not None and meeting.location.name == "Homs"


def test_a_gathering_word_and_its_place_are_found_over_clitics() -> None:
    assert _gathering_before("ووصل الوزير إلى ", 16)
    assert _gathering_before("على هامش لقائهما في ", 20)
    assert not _gathering_before("وتواصل القصف على ", 17)  # a verb that only contains the stem
    assert not _gathering_before("بعد اللقاء، قصفت الطائرات ", 26)  # another clause
    assert not _gathering_before("بعد اللقاء, قصفت الطائرات ", 26)  # a Latin comma ends it too


def test_the_place_words_lose_one_conjunction_as_the_reader_strips_it() -> None:
    # وفد: once its و is read as a conjunction, its ف is the word's own, not a second one
    assert "د" not in _forms("وفد")
    assert "وصل" in _forms("فوصل")
    assert _definite("وبالاوضاع") == _definite("للاوضاع") == "الاوضاع"


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات حلب أمس. وكان مئات المسلحين من حمص قد قتلوا في القصف.",
        "قصفت الطائرات حلب أمس. وكان 300 من حمص قد قتلوا في القصف.",
    ],
)
def test_a_place_after_people_and_min_is_where_they_come_from(pipeline: Pipeline, text: str) -> None:
    # the fighters come from Homs: they were killed where the story is
    doc = pipeline(text, published="2016-09-20")
    killing = doc.events[-1]
    assert killing.location is not None and killing.location.name == "Aleppo"


def test_a_place_after_the_act_and_min_is_still_its_place(pipeline: Pipeline) -> None:
    # after the trigger, «من» tells where the act reached from, not where its people come from
    place = _location(pipeline, "قصفت الطائرات المسلحين من حمص أمس.")
    assert place.name == "Homs"


def test_a_country_after_talks_gives_way_to_where_the_story_tells_them_held(pipeline: Pipeline) -> None:
    # «في سوريا» is what the talks were about; the next sentence tells where they met
    text = "التقى كيري لافروف أمس وبحثا سبل مساعدة المدنيين في سوريا. وجرت المحادثات في حمص بحضور وفدين."
    (meeting,) = [e for e in pipeline(text, published="2016-09-20").events if e.trigger == "التقى"]
    assert meeting.location is not None and meeting.location.name == "Homs"


def test_a_visits_country_stays_its_destination(pipeline: Pipeline) -> None:
    text = "زار كيري سوريا أمس. وجرت المحادثات في حمص بحضور وفدين."
    (visit,) = [e for e in pipeline(text, published="2016-09-20").events if e.mode == "visit"]
    assert visit.location is not None and visit.location.name == "Syria"


@pytest.mark.parametrize(
    ("text", "hosting"),
    [
        ("أعلنت تونس أنها ستستضيف اجتماع وزراء الزراعة العرب في الخريف.", True),
        ("رحبت الأردن باستضافتها مؤتمر المانحين الذي تأجل مرتين.", True),
        ("عاد الوفد من عمّان دون أن يوقع أي اتفاق.", False),
    ],
)
def test_a_name_hosts_only_where_a_word_for_hosting_is_written(text: str, hosting: bool) -> None:
    # the article-wide test gates the per-name one: where it fails, no name may host
    assert written_anywhere(text, place_cues().hosts) == hosting
    assert hosting or not any(hosts(text, k, k + 2) for k in range(len(text)))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الروسيه", True),  # العاصمة الروسية موسكو: the adjective stands between noun and name
        ("السوري", True),
        # every ending of lexicon/ar/nisba_endings.txt, dual and plural too
        ("الخليجيتين", True),
        ("الغربيات", True),
        ("روسيه", False),  # indefinite
        ("المدينه", False),
    ],
)
def test_a_definite_nisba_before_a_place_name_reads_the_shared_endings(word: str, expected: bool) -> None:
    assert _is_nisba(word) is expected
