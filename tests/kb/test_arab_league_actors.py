"""Office holders of the Arab League states: who held a seat on a given day, across tenures."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.kb.load import load_knowledge
from hadath.kb.query import find_actors, find_roles, office_holders

ARAB_LEAGUE = (
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
    "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
)  # fmt: skip


def _holders(phrase: str, day: str) -> list[str]:
    kb = load_knowledge()
    roles = find_roles(kb, phrase)
    assert roles, phrase
    role = roles[0]
    return [a.name for a in office_holders(kb, role.office.id, role.country, dt.date.fromisoformat(day))]


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("وزير الخارجية السعودي", "2016-09-20", "Adel al-Jubeir"),
        ("وزير الخارجية السعودي", "2020-03-01", "Faisal bin Farhan Al Saud"),
        ("رئيس الاستخبارات العامة السعودية", "2013-01-01", "Bandar bin Sultan"),
        ("رئيس الاستخبارات العامة السعودية", "2016-01-01", "Khalid bin Ali Al Humaidan"),
        ("وزير الطاقة السعودي", "2017-06-01", "Khalid al-Falih"),
        ("وزير الطاقة السعودي", "2020-06-01", "Abdulaziz bin Salman Al Saud"),
        ("مدير المخابرات المصرية", "2016-01-01", "Khaled Fawzy"),
        ("مدير المخابرات المصرية", "2020-01-01", "Abbas Kamel"),
        ("وزير الداخلية المصري", "2011-06-01", "Mansour el-Essawy"),
        ("رئيس أركان الجيش المصري", "2015-01-01", "Mahmoud Hegazy"),
        ("محافظ البنك المركزي المصري", "2017-01-01", "Tarek Amer"),
        ("وزير النفط العراقي", "2017-01-01", "Jabbar al-Luaibi"),
        ("رئيس الوزراء العراقي", "2005-01-01", "Ayad Allawi"),
        ("رئيس البرلمان العراقي", "2007-01-01", "Mahmoud al-Mashhadani"),
        ("مستشار الأمن الوطني العراقي", "2021-01-01", "Qasim al-Araji"),
        ("وزير الدفاع السوري", "2006-01-01", "Hasan Turkmani"),
        ("رئيس الوزراء السوري", "2005-05-05", "Muhammad Naji al-Otari"),
        ("رئيس مجلس الشعب السوري", "2020-01-01", "Hammouda Sabbagh"),
        ("قائد الجيش اللبناني", "2010-01-01", "Jean Kahwaji"),
        ("قائد الجيش اللبناني", "2020-01-01", "Joseph Aoun"),
        ("حاكم مصرف لبنان", "2015-01-01", "Riad Salameh"),
        ("وزير الداخلية اللبناني", "2015-01-01", "Nohad Machnouk"),
        ("رئيس الوزراء الأردني", "2004-01-01", "Faisal al-Fayez"),
        ("رئيس الوزراء الفلسطيني", "2004-06-01", "Ahmed Qurei"),
        ("رئيس الوزراء الكويتي", "2024-03-01", "Mohammad Sabah Al-Salem Al-Sabah"),
        ("أمير الكويت", "2006-01-20", "Saad Al-Abdullah Al-Salim Al-Sabah"),
        ("ولي العهد القطري", "2010-01-01", "Tamim bin Hamad Al Thani"),
        ("وزير الدفاع الإماراتي", "2025-01-01", "Hamdan bin Mohammed Al Maktoum"),
        ("رئيس الوزراء اليمني", "2005-01-01", "Abdul Qadir Bajamal"),
        ("القائد العام للجيش الليبي", "2020-01-01", "Khalifa Haftar"),
        ("رئيس المخابرات السودانية", "2015-01-01", "Mohamed Atta al-Moula"),
        ("وزير الخارجية التونسي", "2017-01-01", "Khemaies Jhinaoui"),
        ("رئيس الوزراء الجزائري", "2018-01-01", "Ahmed Ouyahia"),
        ("وزير الداخلية المغربي", "2015-01-01", "Mohamed Hassad"),
        ("الرئيس الموريتاني", "2015-01-01", "Mohamed Ould Abdel Aziz"),
        ("رئيس الوزراء الصومالي", "2018-01-01", "Hassan Ali Khaire"),
        ("رئيس جزر القمر", "2008-01-01", "Ahmed Abdallah Sambi"),
    ],
)
def test_arab_office_holder_on_date(phrase: str, day: str, holder: str) -> None:
    assert _holders(phrase, day) == [holder]


def test_arab_tenure_ends_the_day_the_successor_starts() -> None:
    assert _holders("وزير الخارجية التونسي", "2016-01-05") == ["Taieb Baccouche"]
    assert _holders("وزير الخارجية التونسي", "2016-01-06") == ["Khemaies Jhinaoui"]


def test_arab_vacant_seat_has_no_holder() -> None:
    assert _holders("الرئيس اللبناني", "2015-06-01") == []  # the 2014-2016 vacancy


def test_arab_lebanese_army_commander_is_not_chief_of_staff() -> None:
    assert _holders("رئيس أركان الجيش اللبناني", "2020-01-01") == []


@pytest.mark.parametrize("iso3", ARAB_LEAGUE)
def test_arab_every_member_has_a_head_of_state_since_2020(iso3: str) -> None:
    kb = load_knowledge()
    for day in (dt.date(2020, 6, 1), dt.date(2025, 6, 1)):
        holders = office_holders(kb, "head_of_state", iso3, day)
        assert len(holders) == 1, (iso3, day, [a.name for a in holders])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("البغدادي المحمودي", "Baghdadi Mahmudi"),
        ("عبد الرحيم الكيب", "Abdurrahim El-Keib"),
        ("رئاسة الاستخبارات العامة", "General Intelligence Presidency"),
        ("مصرف لبنان", "Banque du Liban"),
        ("حزب العدالة والتنمية المغربي", "Justice and Development Party (Morocco)"),
    ],
)
def test_arab_find_actors(text: str, expected: str) -> None:
    assert find_actors(load_knowledge(), text)[0].name == expected
