"""Office phrases: the country adjective agrees with the phrase's head or last noun, offices
with fixed seats (chancellors, the IRGC, CENTCOM, international bodies) and their holders."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.kb.load import load_knowledge
from hadath.kb.names import build_alias_index
from hadath.kb.query import find_roles, is_feminine, name_genders, office_holders, office_phrases, office_seat
from hadath.kb.schema import CountryRecord, OfficeRecord
from hadath.resolve.actors import ActorResolver

TUNISIA = CountryRecord(
    iso3="TUN",
    name="Tunisia",
    names=["تونس"],
    adjectives=["التونسي"],
    adjectives_feminine=["التونسية"],
    lat=34.0,
    lon=9.0,
)


@pytest.mark.parametrize(
    ("word", "feminine"),
    [
        ("الحكومة", True),
        ("المخابرات", True),
        ("الحرب", True),
        ("الوزراء", False),
        ("الخارجية", True),
        ("الرئيس", False),
    ],
)
def test_is_feminine(word: str, feminine: bool) -> None:
    assert is_feminine(word) is feminine


def test_name_genders_follow_head_and_last_noun() -> None:
    assert name_genders("رئيس الوزراء") == [False]
    assert name_genders("رئيس الحكومة") == [False, True]
    assert name_genders("رئيسة الوزراء") == [True]
    assert name_genders("المندوب", feminine=True) == [False, True]


def test_office_phrases_agree_with_last_noun() -> None:
    office = OfficeRecord(id="head_of_government", name="head of government", sector="GOV",
                          names=["رئيس الحكومة", "رئيس الوزراء"], construct_names=["رئيس حكومة"])  # fmt: skip
    phrases = office_phrases(office, TUNISIA)
    assert "رئيس الحكومة التونسية" in phrases
    assert "رئيس الحكومة التونسي" in phrases
    assert "رئيس الوزراء التونسي" in phrases
    assert "رئيس الوزراء التونسية" not in phrases
    assert "رئيس حكومة تونس" in phrases


def test_office_phrases_respect_seats() -> None:
    office = OfficeRecord(
        id="chancellor", name="chancellor", sector="GOV", names=["المستشار"], countries=["DEU"]
    )
    assert office_phrases(office, TUNISIA) == []
    assert office_seat(office) == "DEU"


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("وزيرة الخارجية الأمريكية", "2010-05-01", "Hillary Clinton"),
        ("المندوبة الأمريكية", "2018-01-01", "Nikki Haley"),
        ("وزيرة الداخلية البريطانية", "2017-01-01", "Amber Rudd"),
        ("رئيس الحكومة التونسية", "2019-01-01", "Youssef Chahed"),
        ("رئيس حكومة تونس", "2019-01-01", "Youssef Chahed"),
        ("المستشارة الألمانية", "2015-03-01", "Angela Merkel"),
        ("المستشار الألماني", "2023-01-01", "Olaf Scholz"),
        ("المستشار النمساوي", "2018-03-01", "Sebastian Kurz"),
        ("قائد الحرس الثوري", "2020-01-01", "Hossein Salami"),
        ("قائد الحرس الثوري الإيراني", "2010-01-01", "Mohammad Ali Jafari"),
        ("قائد فيلق القدس", "2019-05-01", "Qasem Soleimani"),
        ("قائد فيلق القدس", "2021-05-01", "Esmail Qaani"),
        ("قائد القيادة المركزية الأمريكية", "2020-01-01", "Kenneth F. McKenzie Jr."),
        ("قائد القيادة الوسطى الأميركية", "2017-01-01", "Joseph Votel"),
        ("المبعوث الأممي إلى سوريا", "2016-09-20", "Staffan de Mistura"),
        ("الأمين العام للجامعة العربية", "2018-01-01", "Ahmed Aboul Gheit"),
        ("المرشد الأعلى", "2018-01-01", "Ali Khamenei"),
    ],
)
def test_office_phrase_holder(phrase: str, day: str, holder: str) -> None:
    kb = load_knowledge()
    role = find_roles(kb, phrase)[0]
    holders = office_holders(kb, role.office.id, role.country, dt.date.fromisoformat(day))
    assert [a.name for a in holders] == [holder]


@pytest.mark.parametrize(
    ("phrase", "ref", "day", "holder"),
    [
        ("المبعوث الأممي إلى اليمن", "un_envoy_yemen:IGO", "2016-05-01", "Ismail Ould Cheikh Ahmed"),
        (
            "الأمين العام لمجلس التعاون الخليجي",
            "gcc_secretary_general:IGO",
            "2016-05-01",
            "Abdullatif bin Rashid Al Zayani",
        ),
        ("قائد الحرس الثوري", "irgc_commander:IRN", "2020-01-01", "Hossein Salami"),
        ("وزيرة الخارجية الأمريكية", "foreign_minister:USA", "2010-05-01", "Hillary Clinton"),
    ],
)
def test_alias_index_names_seats(phrase: str, ref: str, day: str, holder: str) -> None:
    kb = load_knowledge()
    cands = build_alias_index(kb).lookup(phrase)
    assert ("office", ref) in [(c.kind, c.ref) for c in cands]
    holder_id = ActorResolver(kb).holder(ref, dt.date.fromisoformat(day))
    assert holder_id is not None and kb.actors[holder_id].name == holder


def test_seated_offices_hold_their_holders() -> None:
    kb = load_knowledge()
    for actor in kb.actors.values():
        for tenure in actor.holds:
            seats = kb.offices[tenure.office].countries
            assert not seats or "IGO" in seats or actor.country in seats, (actor.id, tenure.office)
