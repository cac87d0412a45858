"""Realistic pages written for these tests, with their furniture: what must come out."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.ingest import read_sources
from hadath.ingest.cleanup import line_key
from hadath.model import Article

GOLDEN = Path(__file__).parent.parent / "golden"
# Furniture phrases the golden pages carry; none may survive ingest.
FURNITURE = (
    "التعليقات", "الأكثر قراءة", "أهم المواضيع", "أهم التصنيفات", "شارك", "فيسبوك", "تويتر",
    "واتساب", "اقرأ أيضا", "مواضيع ذات صلة", "الوسوم", "جميع الحقوق محفوظة", "تابعونا", "انقطاع الكهرباء",
    "الرئيسية", "أضف تعليقك", "سلمى الخطيب", "أيلول",
    # teaser headlines of the related and most-read boxes
    "وفد اقتصادي عراقي", "أمطار غزيرة", "سوق شعبي جديد", "انقطاع الطريق الدولي",
)  # fmt: skip


def ingest_one(name: str) -> Article:
    [article] = read_sources([str(GOLDEN / name)])
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("name", "title", "paragraphs"),
    [
        ("page_with_boilerplate.html", "وزير الخارجية الأردني يبحث مع نظيره العراقي أمن الحدود", 5),
        ("article_with_boilerplate.txt", "انطلاق موسم قطاف الزيتون في ريف إدلب وسط مخاوف من الجفاف", 3),
    ],
)
def test_golden_title_once_and_no_furniture(name: str, title: str, paragraphs: int) -> None:
    article = ingest_one(name)
    assert article.title == title
    assert line_key(title) not in line_key(article.text)
    folded = line_key(article.text)
    survivors = [phrase for phrase in FURNITURE if f" {line_key(phrase)} " in f" {folded} "]
    assert survivors == []
    assert article.text.count("\n\n") == paragraphs - 1
    assert article.language == "ar"


def test_golden_html_metadata() -> None:
    article = ingest_one("page_with_boilerplate.html")
    assert article.published == "2016-09-20T18:05:00+03:00"
    assert article.url == "https://alofoq.example/news/2016/09/20/jordan-iraq-border"
    assert article.author == "سلمى الخطيب"
    assert article.doc_id == "page_with_boilerplate"
    assert article.meta["extractor"] == "trafilatura"
    assert article.text.startswith("استقبل وزير الخارجية الأردني")
    assert article.text.endswith("بحضور وزراء الاقتصاد والنقل.")
