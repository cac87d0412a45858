"""Look-ups by name, by id, and office holders on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.kb.load import load_knowledge
from hadath.kb.query import find_actors, find_places, find_roles, get_record, holds_on, office_holders


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("وزير الخارجية الأمريكي", "2016-09-20", "John Kerry"),
        ("وزير الخارجية الأميركي", "2019-01-10", "Mike Pompeo"),
        ("وزير خارجية روسيا", "2016-09-20", "Sergey Lavrov"),
        ("الرئيس الإيراني", "2015-07-21", "Hassan Rouhani"),
        ("ولي ولي العهد السعودي", "2015-07-21", "Mohammed bin Salman"),
        ("المتحدثة باسم وزارة الخارجية الروسية", "2016-09-20", "Maria Zakharova"),
        ("المبعوث الأممي إلى سوريا", "2016-09-20", "Staffan de Mistura"),
        ("رئيس الوزراء العراقي", "2015-08-01", "Haider al-Abadi"),
    ],
)
def test_query_office_holder_on_date(phrase: str, day: str, holder: str) -> None:
    kb = load_knowledge()
    roles = find_roles(kb, phrase)
    assert roles, phrase
    role = roles[0]
    names = [a.name for a in office_holders(kb, role.office.id, role.country, dt.date.fromisoformat(day))]
    assert names == [holder]


def test_query_roles_prefer_the_longest_phrase() -> None:
    roles = find_roles(load_knowledge(), "ولي ولي العهد السعودي")
    assert [r.office.id for r in roles] == ["deputy_crown_prince"]


def test_query_tenure_is_half_open() -> None:
    kerry = load_knowledge().actors["Q22316"]
    assert holds_on(kerry, "foreign_minister", dt.date(2017, 1, 19))
    assert not holds_on(kerry, "foreign_minister", dt.date(2017, 1, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لافروف", "Sergey Lavrov"),
        ("سيرجي لافروف", "Sergey Lavrov"),
        ("john kerry", "John Kerry"),
        ("داعش", "Islamic State"),
        ("الامم المتحدة", "United Nations"),
    ],
)
def test_query_find_actors(text: str, expected: str) -> None:
    assert find_actors(load_knowledge(), text)[0].name == expected


@pytest.mark.parametrize(
    ("text", "country"), [("حلب", "SYR"), ("عدن", "YEM"), ("الغوطة الشرقية", "SYR"), ("جنيف", "CHE")]
)
def test_query_find_places(text: str, country: str) -> None:
    assert find_places(load_knowledge(), text)[0].country == country


def test_query_get_record_by_id() -> None:
    kb = load_knowledge()
    assert get_record(kb, "Q22316").name == "John Kerry"  # type: ignore[union-attr]
    assert get_record(kb, "SYR").name == "Syria"  # type: ignore[union-attr]
    assert get_record(kb, "foreign_minister") is not None
    assert get_record(kb, "nothing") is None
