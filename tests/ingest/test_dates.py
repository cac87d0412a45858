from __future__ import annotations

import pytest

from hadath.ingest.dates import month_names, normalize_published, parse_arabic_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 سبتمبر 2016", "2016-09-20"),
        ("الثلاثاء 20 أيلول 2016", "2016-09-20"),
        ("نشر في ٢٠ أيلول/سبتمبر ٢٠١٦ - ١٠:٣٠", "2016-09-20"),
        ("20 أيلول (سبتمبر) 2016", "2016-09-20"),
        ("5 كانون الثاني 2017", "2017-01-05"),
        ("1 تشرين الأول، 2015", "2015-10-01"),
        ("الاحد 7 اغسطس 2016", "2016-08-07"),
        ("3 جانفي 2019", "2019-01-03"),
        ("12 من مايو 2014", "2014-05-12"),
        ("31 فبراير 2016 ثم 2 مارس 2016", "2016-03-02"),
        ("قتل 20 شخصا في 2016", None),
        ("لا تاريخ هنا", None),
    ],
)
def test_parse_arabic_date(text: str, expected: str | None) -> None:
    assert parse_arabic_date(text) == expected


def test_month_names_cover_twelve_months() -> None:
    assert set(month_names().values()) == set(range(1, 13))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-09-20", "2016-09-20"),
        ("2016-09-20T18:00:00+03:00", "2016-09-20T18:00:00+03:00"),
        ("2016-09-20T18:00:00Z", "2016-09-20T18:00:00Z"),
        ("2016-09-20 18:00:00", "2016-09-20T18:00:00"),
        (" 2015-07-21T02:51:32 ", "2015-07-21T02:51:32"),
        ("20/09/2016", "2016-09-20"),
        ("20-09-2016", "2016-09-20"),
        ("09/20/2016", "2016-09-20"),
        ("2016/09/20", "2016-09-20"),
        ("Tue, 20 Sep 2016 18:00:00 +0300", "2016-09-20T18:00:00+03:00"),
        ("الثلاثاء 20 أيلول 2016", "2016-09-20"),
        (1474383600, "2016-09-20T15:00:00+00:00"),
        (1474383600000, "2016-09-20T15:00:00+00:00"),
        (2016, None),
        ("", None),
        ("أمس", None),
        ("2016-13-45", None),
        (None, None),
        (True, None),
        (["2016-09-20"], None),
    ],
)
def test_normalize_published(value: object, expected: str | None) -> None:
    assert normalize_published(value) == expected
