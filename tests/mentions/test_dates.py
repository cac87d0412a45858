import datetime as dt

import pytest

from hadath.kb.lexicon import LEXICON_TABLES, table_problems
from hadath.mentions.dates import (
    _SECOND_CUE,
    DateMatcher,
    _patterns,
    _rule_words,
    calendar,
    date_cues,
    eve_shift,
    find_dates,
    possible_rules,
)
from hadath.model import Article, Sentence
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences

PUBLISHED = dt.date(2016, 9, 20)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected_text", "expected_day"),
    [
        ("عقد الاجتماع اليوم الثلاثاء", "اليوم الثلاثاء", "2016-09-20"),
        ("وصل الوفد أمس", "أمس", "2016-09-19"),
        ("قتل خمسة أمس الأول", "أمس الأول", "2016-09-18"),
        ("قتل خمسة أول أمس", "أول أمس", "2016-09-18"),
        ("وصل الوفد مساء أول من أمس", "مساء أول من أمس", "2016-09-18"),
        # the named weekday wins over a publication stamp a day late
        ("أعلن الجيش اليوم (الاثنين) أنه", "اليوم (الاثنين)", "2016-09-19"),
        ("قتل جنديان الليلة الماضية", "الليلة الماضية", "2016-09-19"),
        # the night before last; a night named by its two days is the first one's
        ("انفجرت العبوة الليلة قبل الماضية", "الليلة قبل الماضية", "2016-09-18"),
        ("أغار الطيران على البلدة الليل قبل الماضي", "الليل قبل الماضي", "2016-09-18"),
        ("تبادل الطرفان القصف ليل الأحد - الاثنين", "ليل الأحد - الاثنين", "2016-09-18"),
        ("سقطت القذائف بعد منتصف ليل السبت/الأحد", "منتصف ليل السبت/الأحد", "2016-09-17"),
        ("انقطع التيار منتصف ليلة يوم الجمعة - السبت", "منتصف ليلة يوم الجمعة - السبت", "2016-09-16"),
        ("استعاد المقاتلون التلة ليلة الجمعة السبت", "ليلة الجمعة السبت", "2016-09-16"),
        # tomorrow and the day after, with the weekday they name
        ("يصل المبعوث إلى عمّان يوم غد الأربعاء", "يوم غد الأربعاء", "2016-09-21"),
        # a weekday written with today's word a day ahead of the stamp is the coming one
        ("تبدأ المحادثات اليوم الأربعاء", "اليوم الأربعاء", "2016-09-21"),
        ("وصل قبل يومين", "قبل يومين", "2016-09-18"),
        ("وقعت الغارة يوم الأحد", "يوم الأحد", "2016-09-18"),
        ("بدأت الهدنة في التاسع من أيلول/سبتمبر", "التاسع من أيلول/سبتمبر", "2016-09-09"),
        ("في 20 سبتمبر 2016", "20 سبتمبر 2016", "2016-09-20"),
        ("منذ 3 كانون الثاني", "3 كانون الثاني", "2016-01-03"),
        ("يصل الوزير غدا", "غدا", "2016-09-21"),
        ("في ٥ أغسطس", "٥ أغسطس", "2016-08-05"),
        ("عمّان 17 ذو الحجة 1437 هـ", "17 ذو الحجة 1437 هـ", "2016-09-18"),
        ("في 5 محرم", "5 محرم", "2016-10-06"),
        ("وصل الخميس المقبل", "الخميس المقبل", "2016-09-22"),
        ("قتل الثلاثاء الماضي", "الثلاثاء الماضي", "2016-09-13"),
        ("غادر منذ 3 أيام", "منذ 3 أيام", "2016-09-17"),
        ("غادر قبل ثلاثة أيام", "قبل ثلاثة أيام", "2016-09-17"),  # a count in words
        # a day of this month, of the last one
        ("اعتقل في 12 الجاري", "12 الجاري", "2016-09-12"),
        ("اعتقل في الخامس من الشهر الماضي", "الخامس من الشهر الماضي", "2016-08-05"),
        ("وقع الهجوم في الـ15 من أيلول", "الـ15 من أيلول", "2016-09-15"),  # the article on digits
        ("قتل الثلاثاء الفائت", "الثلاثاء الفائت", "2016-09-13"),
        ("في 19/9/2016م", "19/9/2016م", "2016-09-19"),  # م marks the Gregorian year
        ("صدر في 2016/9/19", "2016/9/19", "2016-09-19"),  # the year first
        ("صدر في 19-9-2016", "19-9-2016", "2016-09-19"),  # with dashes
        ("صدر بتاريخ 1437/12/17هـ", "1437/12/17هـ", "2016-09-18"),
        ("اعتقل قبل أسبوع", "قبل أسبوع", "2016-09-13"),
        ("اعتقل قبل أسبوعين", "قبل أسبوعين", "2016-09-06"),
        ("في 10 شتنبر 2016", "10 شتنبر 2016", "2016-09-10"),
        ("في 2 جويلية", "2 جويلية", "2016-07-02"),
        # weeks, months and years in the ISO form of their precision
        ("قتل خلال الأسبوع الماضي", "خلال الأسبوع الماضي", "2016-W37"),
        ("يصل الشهر المقبل", "الشهر المقبل", "2016-10"),
        ("منذ مطلع العام الجاري", "العام الجاري", "2016"),
        # spans of days, as ISO 8601 intervals
        ("دارت المعارك ما بين 10 و15 أيلول", "ما بين 10 و15 أيلول", "2016-09-10/2016-09-15"),
        ("أضرب العمال من 3 إلى 5 آب 2015", "من 3 إلى 5 آب 2015", "2015-08-03/2015-08-05"),
        # two days joined by و, in ordinals or digits, need no opener
        ("اجتمع المندوبون في الرابع والخامس من آب", "الرابع والخامس من آب", "2016-08-04/2016-08-05"),
        ("قدمت الشكاوى يومي 7 و8 أيلول", "يومي 7 و8 أيلول", "2016-09-07/2016-09-08"),
        # a compound ordinal is one day, not two
        ("أفرج عن الصياد في الثالث والعشرين من آب", "الثالث والعشرين من آب", "2016-08-23"),
        ("تعطلت المدارس من الاثنين إلى الأربعاء", "من الاثنين إلى الأربعاء", "2016-09-19/2016-09-21"),
        # the noun day before the weekdays (day_noun in date_cues.tsv)
        (
            "أغلقت المعابر من يوم الأحد حتى يوم الثلاثاء",
            "من يوم الأحد حتى يوم الثلاثاء",
            "2016-09-18/2016-09-20",
        ),
        ("قتل 12 خلال الأيام الثلاثة الماضية", "خلال الأيام الثلاثة الماضية", "2016-09-17/2016-09-20"),
        ("تصل المساعدات خلال الأيام الخمسة المقبلة", "خلال الأيام الخمسة المقبلة", "2016-09-21/2016-09-25"),
        # a day and month with الماضي/المقبل: the last one before publication, the next after
        ("سقطت البلدة في 25 أيلول/سبتمبر الماضي", "25 أيلول/سبتمبر الماضي", "2015-09-25"),
        ("تبدأ المحادثات في 2 كانون الثاني المقبل", "2 كانون الثاني المقبل", "2017-01-02"),
        ("وقع الهجوم في 31 يوليو (تموز)", "31 يوليو (تموز)", "2016-07-31"),
        # numeric dates, Hijri when the year is
        ("صدر الحكم في 7/3/1437هـ", "7/3/1437هـ", "2015-12-18"),
        ("وقع الاتفاق في ١٢/٠٨/٢٠١٦", "١٢/٠٨/٢٠١٦", "2016-08-12"),
        # a month without a day, at month precision
        ("تتوقف الأعمال في أواخر آب", "أواخر آب", "2016-08"),
        ("عاد السفير مطلع تشرين الأول 2015", "مطلع تشرين الأول 2015", "2015-10"),
        ("تعود الوفود غداً", "غداً", "2016-09-21"),
    ],
)
def test_find_dates_resolves_against_publication(text: str, expected_text: str, expected_day: str) -> None:
    found = find_dates(text, 0, len(text), PUBLISHED)
    assert [(m.text.lstrip("وب"), m.ref) for m in found] == [(expected_text, expected_day)]


def test_find_dates_without_publication_keeps_text_unresolved() -> None:
    found = find_dates("وصل أمس", 0, 7, None)
    assert [(m.text, m.ref) for m in found] == [("أمس", "")]


@pytest.mark.parametrize(
    "text",
    [
        "اجتمعت قوى 14 آذار في بيروت",  # a day and month naming a movement
        "وصلت القوات إلى قصر 22 مايو",  # and a palace
        "ذكرى ثورة 25 يناير",
        "دخل الجنود أحد المنازل",  # أحد is not Sunday without ال
        "يصوم المسلمون شهر رمضان",  # a month alone is no day
        "وصل الوفد في أيار",
    ],
)
def test_names_and_bare_words_are_not_days(text: str) -> None:
    assert [m.ref for m in find_dates(text, 0, len(text), PUBLISHED) if m.label == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "eve", "shift"),
    [
        ("غداة القصف", "غداة", 1),
        ("وصل الوفد بعد يوم من القصف", "بعد يوم من", 1),
        ("وصل الوفد وبعد يومين من القصف", "وبعد يومين من", 2),
        ("أعلن الجيش قبل يوم من الاجتماع", "قبل يوم من", -1),
    ],
)
def test_find_dates_marks_day_after(text: str, eve: str, shift: int) -> None:
    found = find_dates(text, 0, len(text), PUBLISHED)
    assert [(m.text, m.label, eve_shift(m.text)) for m in found] == [(eve, "EVE", shift)]


def test_a_day_before_with_no_event_named_is_counted_back() -> None:
    found = find_dates("وصل الوفد قبل يومين", 0, 19, PUBLISHED)
    assert [(m.text, m.ref) for m in found] == [("قبل يومين", "2016-09-18")]


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2016-09-20", "day"),
        ("2016-W37", "week"),
        ("2016-09", "month"),
        ("2016", "year"),
        ("", ""),
        ("2016-09-10/2016-09-15", "range"),
    ],
)
def test_date_precision_from_iso_form(value: str, precision: str) -> None:
    from hadath.mentions.dates import date_precision

    assert date_precision(value) == precision


def test_every_date_rule_has_the_words_that_gate_it() -> None:
    assert {rule for rule, _ in _patterns()} == set(_rule_words(calendar()))


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("وصل الوفد إلى الرياض مساء", set()),
        ("غادر منذ 3 أيام", {"since"}),
        ("في 24/1/1437", {"numeric", "numeric_ymd"}),
        ("فاز الفريق 3-1", {"numeric", "numeric_ymd"}),  # a dash opens them; no year, no date
        # يوم is the word looked for in بعد يوم من (the eve rule's phrase), not بعد
        (
            "وقعت الغارة يوم الأحد الماضي",
            {"weekday", "weekday_range", "last_days", "period", "month_day", "eve"},
        ),
        ("عاد الوزير إلى بلاده بعد انتهاء الاجتماع", set()),
        ("بدأت في شهر رجب", {"hijri"}),
        ("اشتد القصف ليل الخميس", {"night_of", "weekday", "weekday_range"}),
    ],
)
def test_only_rules_whose_words_are_written_run(text: str, rules: set[str]) -> None:
    assert possible_rules(normalize(text)) == rules


def test_date_rules_run_only_when_their_words_are_written_find_the_same_dates() -> None:
    text = "قال الوزير أمس إن الاجتماع الذي عقد في 2 سبتمبر الماضي سيتكرر خلال الأيام الثلاثة المقبلة"
    found = find_dates(text, 0, len(text), PUBLISHED)
    assert [(m.text, m.ref) for m in found] == [
        ("أمس", "2016-09-19"),
        ("2 سبتمبر الماضي", "2016-09-02"),
        ("خلال الأيام الثلاثة المقبلة", "2016-09-21/2016-09-23"),
    ]


def test_the_matcher_skips_only_sentences_with_no_date_word() -> None:
    text = (
        "وصلَ الوفدُ أمسِ إلى العاصمة. ناقش الطرفان سبل التعاون. "
        "وسيعقد اللقاء المقبل في 3 أكتوبر. لم يصدر أي بيان بعد ذلك."
    )
    sentences = [Sentence(s, e, i) for i, (s, e) in enumerate(split_sentences(text))]
    article = DateMatcher()(Article("d", text, published=PUBLISHED.isoformat(), sentences=sentences))
    expected = [(m.text, m.ref) for s in sentences for m in find_dates(text, s.start, s.end, PUBLISHED)]
    assert [(m.text, m.ref) for m in article.mentions] == expected
    assert [m.text for m in article.mentions] == ["أمسِ", "3 أكتوبر"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ارتفعت الأسعار خلال الأيام الثلاثة الماضية", "last_days"),
        ("تستمر الحملة خلال الخمسة أيام المقبلة", "last_days"),
        ("افتتح المعرض في 14 الجاري", "month_day"),
        ("عقدت الجلسة في الخامس من الشهر الماضي", "month_day"),
        ("أعلنت الوزارة في بيانها الأسبوع الماضي أن الخطة تعثرت", ""),  # a shift word, neither rule
    ],
)
def test_a_rule_gated_twice_runs_exactly_where_its_pattern_can_match(text: str, rule: str) -> None:
    norm = normalize(text)
    for name, pattern in _patterns():
        if name in _SECOND_CUE:
            assert _SECOND_CUE[name](norm) == (name == rule)
            assert (pattern.search(norm) is not None) == (name == rule)


@pytest.mark.parametrize(
    "text",
    ["أدان الوزير الإرهاب والعنف", "التقى أبو محمد بالوزير", "قال الرجل الذي حضر الاجتماع"],
)
def test_a_calendar_word_inside_a_longer_word_runs_no_rule(text: str) -> None:
    # اب (August) ends الارهاب and starts ابو; ذي (of ذي الحجة) ends الذي
    assert possible_rules(normalize(text)) == set()


@pytest.mark.parametrize(
    "text", ["وصل الوفد في اليوم التالي", "وقع الهجوم في اليوم نفسه", "في اليوم الثاني من زيارته"]
)
def test_a_day_of_the_story_is_not_today(text: str) -> None:
    assert find_dates(text, 0, len(text), PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("وقع الطرفان الاتفاق في الرباط السبت 10 أيلول", "2016-09-10"),
        ("افتتح المعرض يوم الخميس (1/9/2016) في عمّان", "2016-09-01"),
        ("عاد الوفد الأحد الموافق 4 سبتمبر", "2016-09-04"),
    ],
)
def test_a_weekday_written_before_a_full_date_is_that_day(text: str, day: str) -> None:
    found = find_dates(text, 0, len(text), PUBLISHED)
    assert [m.ref for m in found] == [day, day]


def test_date_cues_keep_their_schema() -> None:
    path = "lexicon/ar/date_cues.tsv"
    assert table_problems(path, LEXICON_TABLES[path], frozenset()) == []


def test_the_noun_day_names_one_day_or_two() -> None:
    assert date_cues()["day_noun"] == {"يوم": 1, "يومي": 2}


def test_weekday_links_are_spelled_as_the_raw_text_they_are_matched_in() -> None:
    # the weekday and its date are joined on the raw text: a link word must be its own normal form
    links = date_cues()["weekday_link"]
    assert links
    assert all(normalize(word) == word for word in links)


def test_a_bracketed_date_after_a_linked_weekday_is_its_day() -> None:
    text = "انعقد المؤتمر الاثنين الموافق (5 أيلول) في تونس"
    assert [m.ref for m in find_dates(text, 0, len(text), PUBLISHED)] == ["2016-09-05", "2016-09-05"]


def test_a_weekday_apart_from_a_later_date_keeps_its_week() -> None:
    text = "وصل الوزير السبت، والتقى نظيره في 12 أيلول"
    assert [m.ref for m in find_dates(text, 0, len(text), PUBLISHED)] == ["2016-09-17", "2016-09-12"]


def test_a_weekday_with_today_days_ahead_of_the_stamp_is_the_past_one() -> None:
    # a story of Friday carried on Tuesday: not the coming Friday
    text = "قال المتحدث اليوم (الجمعة) إن القصف توقف"
    assert [m.ref for m in find_dates(text, 0, len(text), PUBLISHED)] == ["2016-09-16"]
