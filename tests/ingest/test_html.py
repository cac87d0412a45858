from __future__ import annotations

from collections.abc import Callable

import pytest

from hadath.errors import InputError
from hadath.ingest.html import MIN_TEXT_CHARS, block_text, cascade, parse_html, read_html

from .conftest import BODY, PARAGRAPHS, PNG_BYTES, TITLE, page


def test_parse_html_main_text_and_title() -> None:
    article = parse_html(page(), "p.html")
    assert article.title == TITLE
    assert article.text == BODY
    assert article.meta["format"] == "html"
    assert article.meta["extractor"] == "trafilatura"


@pytest.mark.parametrize(
    ("head", "body_extra", "expected"),
    [
        (
            '<meta property="article:published_time" content="2016-09-20T18:05:00+03:00">',
            "",
            "2016-09-20T18:05:00+03:00",
        ),
        ('<meta itemprop="datePublished" content="2016-09-21">', "", "2016-09-21"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
            '"datePublished": "2016-09-22T08:00:00Z"}]}</script>',
            "",
            "2016-09-22T08:00:00Z",
        ),
        ("", '<time datetime="2016-09-23">قبل يومين</time>', "2016-09-23"),
        ("", "<div>الجمعة 24 أيلول 2016</div>", "2016-09-24"),
        ("", "", None),
    ],
)
def test_parse_html_published(head: str, body_extra: str, expected: str | None) -> None:
    html = page(head=head).replace("<article>", f"{body_extra}<article>")
    assert parse_html(html, "p.html").published == expected


@pytest.mark.parametrize(
    ("head", "given", "expected"),
    [
        ('<link rel="canonical" href="https://a.example/x">', "", "https://a.example/x"),
        ('<meta property="og:url" content="https://a.example/y">', "", "https://a.example/y"),
        ('<link rel="canonical" href="https://a.example/x">', "https://b.example/z", "https://b.example/z"),
    ],
)
def test_parse_html_url(head: str, given: str, expected: str) -> None:
    assert parse_html(page(head=head), "p.html", url=given).url == expected


def test_parse_html_author() -> None:
    article = parse_html(page(head='<meta name="author" content="سلمى الخطيب">'), "p.html")
    assert article.author == "سلمى الخطيب"


def test_truncated_html_keeps_what_is_there() -> None:
    html = page()
    cut = html[: html.index(PARAGRAPHS[1]) + 40]
    article = parse_html(cut, "p.html")
    assert PARAGRAPHS[0] in article.text
    assert PARAGRAPHS[1][:30] in article.text


def test_html_without_text_gives_empty_text() -> None:
    html = (
        "<html><head><title></title><script>var a = 1;</script></head><body><img src='a.png'></body></html>"
    )
    assert parse_html(html, "p.html").text == ""


def test_xml_declaration_is_accepted() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + page()
    assert parse_html(html, "p.html").text == BODY


def test_read_html_records_encoding() -> None:
    article = read_html(page().encode("windows-1256"), "p.html")
    assert (article.text, article.meta["encoding"]) == (BODY, "windows-1256")


def test_image_renamed_html_is_binary() -> None:
    with pytest.raises(InputError) as err:
        read_html(PNG_BYTES, "photo.html")
    assert err.value.reason == "binary_file"


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (("x" * MIN_TEXT_CHARS, "y" * 900, "z"), ("x" * MIN_TEXT_CHARS, "a")),
        (("short", "y" * MIN_TEXT_CHARS, "z"), ("y" * MIN_TEXT_CHARS, "b")),
        (("", "", "z" * 10), ("z" * 10, "c")),
        (("abcd", "ab", ""), ("abcd", "a")),
        (("", "", ""), ("", "a")),
    ],
)
def test_cascade_asks_later_steps_only_when_short(
    answers: tuple[str, ...], expected: tuple[str, str]
) -> None:
    asked: list[str] = []

    def step(name: str, text: str) -> tuple[str, Callable[[], str]]:
        return name, lambda: asked.append(name) or text

    assert cascade(tuple(step(n, t) for n, t in zip("abc", answers, strict=True))) == expected
    assert asked[-1] == expected[1] or len(expected[0]) < MIN_TEXT_CHARS


def test_fallback_extractor_used_when_trafilatura_finds_nothing() -> None:
    # A page of bare text in <body> with no paragraphs: little for trafilatura to hold on to.
    html = "<html><body>" + "<br>".join(PARAGRAPHS) + "</body></html>"
    article = parse_html(html, "p.html")
    assert PARAGRAPHS[2] in article.text


def test_block_text_lines_per_block() -> None:
    import lxml.html

    element = lxml.html.fragment_fromstring(
        "<div><p>أ <b>ب</b></p><!-- ملاحظة --><ul><li>ج</li><li>د</li></ul>هـ<script>x()</script></div>"
    )
    assert block_text(element) == "أ ب\nج\nد\nهـ"
