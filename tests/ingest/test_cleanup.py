from __future__ import annotations

import pytest

from hadath.errors import DataError
from hadath.ingest.cleanup import (
    BoilerplateRules,
    clean_body,
    default_rules,
    is_title_like,
    join_paragraphs,
    line_key,
    remove_furniture,
    split_title,
)

from .conftest import BODY, PARAGRAPHS, TITLE


@pytest.mark.parametrize(
    "line",
    [
        "التعليقات (0)",
        "0",
        "١٢",
        "الأكثر قراءة",
        "💡 أهم المواضيع",
        "✨ أهم التصنيفات",
        "🔴 عاجل",
        "شارك",
        "شارك:",
        "فيسبوك | تويتر | واتساب",
        "Facebook Twitter WhatsApp",
        "اقرأ أيضاً: افتتاح مدرسة جديدة في طرابلس",
        "مواضيع ذات صلة",
        "الوسوم: لبنان، عكار، الجيش",
        "جميع الحقوق محفوظة © 2016",
        "تاريخ النشر: 20/09/2016",
        "***",
    ],
)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert default_rules().is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        PARAGRAPHS[0],
        TITLE,
        "وقال إن التعليقات على القرار كانت إيجابية في معظمها.",
        "شارك آلاف المحتجين في مسيرة وسط العاصمة.",
        "🔴 أعلن الدفاع المدني انتشال خمسة أشخاص من تحت الأنقاض في حي السلم بعد انهيار مبنى قديم.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert not default_rules().is_furniture(line)


def test_teaser_box_is_dropped_up_to_the_next_sentence() -> None:
    lines = [
        PARAGRAPHS[0],
        "",
        "اقرأ أيضا",
        "افتتاح مدرسة جديدة في طرابلس",
        "",
        "ارتفاع أسعار الوقود للمرة الثانية",
        PARAGRAPHS[1],
    ]
    assert remove_furniture(lines) == [PARAGRAPHS[0], "", "", PARAGRAPHS[1]]


def test_split_title_scraped_layout() -> None:
    text = "\n".join(
        [
            TITLE,
            "",
            TITLE,
            BODY,
            "",
            "التعليقات (0)",
            "",
            "    0",
            "",
            "    الأكثر قراءة",
            "    💡 أهم المواضيع",
        ]
    )
    assert split_title(text) == (TITLE, BODY)


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1],  # the first line ends in a full stop
        TITLE,  # a single paragraph
        " ".join(PARAGRAPHS).rstrip(".") + "\n\n" + PARAGRAPHS[1],  # too long for a title
    ],
)
def test_split_title_without_title(text: str) -> None:
    assert split_title(text) == ("", text)


def test_split_title_only_a_repeated_title() -> None:
    assert split_title(f"{TITLE}\n\n{TITLE}") == ("", TITLE)


def test_clean_body_drops_title_author_and_date_lines() -> None:
    text = f"{TITLE}\nسلمى الخطيب\nالثلاثاء 20 أيلول 2016\n{BODY}\nشارك"
    assert clean_body(text, TITLE, "سلمى الخطيب") == BODY


def test_join_paragraphs_collapses_blank_runs() -> None:
    assert join_paragraphs(["", "أ", "", "", "ب", "", ""]) == "أ\n\nب"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("اقرأ أيضاً:", "اقرا ايضا"),
        ("  التعليقات (12) ", "التعليقات"),
        ("Share   THIS", "share this"),
        ("مكتبةٌ ـــ كبيرة", "مكتبه كبيره"),
    ],
)
def test_line_key(line: str, key: str) -> None:
    assert line_key(line) == key


@pytest.mark.parametrize(
    ("line", "expected"),
    [(TITLE, True), (PARAGRAPHS[0], False), ("عنوان.", False), ("", False), ("ا " * 40, False)],
)
def test_is_title_like(line: str, expected: bool) -> None:
    assert is_title_like(line.strip()) is expected


def test_rules_from_lines_kinds() -> None:
    rules = BoilerplateRules.from_lines(["# comment", "", "إعلان", "section:ذات صلة", r"re:\d+ مشاهدة"])
    assert rules.is_furniture("إعلان!")
    assert rules.is_section("ذات صلة")
    assert rules.is_furniture("15 مشاهدة")
    assert not rules.is_furniture(PARAGRAPHS[2])


def test_rules_bad_regex_is_a_data_error() -> None:
    with pytest.raises(DataError, match=r"rules:2: bad regex"):
        BoilerplateRules.from_lines(["إعلان", "re:(unclosed"], "rules")
