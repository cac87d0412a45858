"""HTML pages to articles: main text, title, date, author and URL.

Main text goes through one visible cascade (as ``trafilatura.core.trafilatura_sequence``
does); a later step runs only when every earlier answer is shorter than
:data:`MIN_TEXT_CHARS`, and the longest answer stands when none reaches it:

1. ``trafilatura``: ``bare_extraction`` without comments, favouring precision;
2. ``readability``: readability-lxml's summary, flattened to paragraphs;
3. ``lxml``: the text of ``<article>``, ``<main>`` or ``<body>`` without navigation,
   asides, footers, forms, scripts and styles.

``Article.meta["extractor"]`` records which step answered. The result then goes through
the same furniture filter and title de-duplication as plain text
(:mod:`hadath.ingest.cleanup`).

The publication date is looked for in the order: meta tags and ``<time>`` elements,
JSON-LD ``datePublished``, trafilatura's date, then the first written Arabic date on the
page ("الثلاثاء 20 أيلول 2016"). Trafilatura's date comes from htmldate, whose
"extensive search" of the page text is turned off: it misreads Arabic date lines ("الجمعة
24 أيلول 2016" became 2016-01-01) and its first use costs seconds (dateparser compiling
its language data); htmldate still reads URLs and markup.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

import lxml.etree
import lxml.html
import trafilatura
from readability import Document as ReadabilityDocument
from readability.readability import Unparseable

from hadath.errors import InputError
from hadath.ingest.cleanup import clean_body
from hadath.ingest.dates import normalize_published, parse_arabic_date
from hadath.ingest.decode import decode_bytes
from hadath.model import Article

logger = logging.getLogger(__name__)

# An extractor answer shorter than this is "measurably short": the next step is asked.
MIN_TEXT_CHARS = 250
# Elements whose text is never article text.
_DROP_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "footer",
    "header", "form", "button", "select", "head",
)  # fmt: skip
# Elements that start a new line in the flattened text.
_BLOCK_TAGS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "main", "tr", "table", "blockquote", "dd", "dt", "dl", "figcaption", "figure", "pre", "hr",
    "address", "header", "footer", "nav", "aside", "details", "summary",
))  # fmt: skip
# Meta tags that carry the publication date, by property, name or itemprop (lowercased).
_DATE_META = frozenset((
    "article:published_time", "og:published_time", "og:article:published_time", "published_time",
    "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
    "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    "datepublished",
))  # fmt: skip
# htmldate settings for trafilatura's date (see the module docstring).
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Page titles carry the site name after one of these separators.
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—»]\s+")


def read_html(data: bytes, path: str, *, url: str = "") -> Article:
    """Decode and extract one HTML page.

    Args:
        data: The page bytes.
        path: Where they came from, for errors and logs.
        url: The address the page was fetched from, when known (a WARC record's).

    Returns:
        An article without ``doc_id``; ``meta`` has ``format``, ``encoding``, ``extractor``.

    Raises:
        InputError: ``empty_file``, ``binary_file``, ``undecodable`` or ``no_html``.
    """
    html, encoding = decode_bytes(data, path)
    article = parse_html(html, path, url=url)
    article.meta["encoding"] = encoding
    return article


def parse_html(html: str, path: str, *, url: str = "") -> Article:
    """Extract the article from decoded HTML (see the module docstring for the order).

    Raises:
        InputError: ``no_html`` when lxml finds no document in the text.
    """
    html = _XML_DECLARATION.sub("", html, count=1)
    tree = _parse_tree(html, path)
    extracted = _trafilatura(html)
    text, extractor = cascade(
        (
            ("trafilatura", lambda: extracted.text if extracted else ""),
            ("readability", lambda: _readability_text(html)),
            ("lxml", lambda: _dump_text(tree)),
        )
    )
    title = _title(tree, extracted)
    author = _attr(extracted, "author") or _meta_content(tree, "author")
    return Article(
        doc_id="",
        text=clean_body("\n\n".join(text.split("\n")), title, author),
        title=title,
        url=url or _canonical_url(tree) or _attr(extracted, "url"),
        published=_published(tree, extracted),
        source=_meta_content(tree, "og:site_name") or _attr(extracted, "sitename"),
        author=author,
        meta={"format": "html", "extractor": extractor},
    )


def _parse_tree(html: str, path: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as err:
        raise InputError(path, "no_html", str(err)) from None


def cascade(steps: tuple[tuple[str, Callable[[], str]], ...]) -> tuple[str, str]:
    """Run extractors in order until one answers at length; the longest answer wins.

    Args:
        steps: ``(name, extractor)`` pairs, tried in order.

    Returns:
        The text and the name of the step that gave it (the first step's name when
        none gave anything).
    """
    best_text, best_name = "", steps[0][0]
    for name, step in steps:
        text = step().strip()
        if len(text) > len(best_text):
            best_text, best_name = text, name
        if len(best_text) >= MIN_TEXT_CHARS:
            break
        logger.debug("%s answered %d characters, asking the next extractor", name, len(text))
    return best_text, best_name


def _trafilatura(html: str) -> Any:
    # trafilatura returns None for pages it cannot use; it logs its own warnings.
    return trafilatura.bare_extraction(
        html,
        include_comments=False,
        favor_precision=True,
        with_metadata=True,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )


def _readability_text(html: str) -> str:
    try:
        summary = ReadabilityDocument(html).summary(html_partial=True)
        return block_text(lxml.html.fragment_fromstring(summary, create_parent="div"))
    except (Unparseable, lxml.etree.ParserError, ValueError) as err:
        logger.debug("readability failed: %s", err)
        return ""


def _dump_text(tree: lxml.html.HtmlElement) -> str:
    root = copy.deepcopy(_content_root(tree))
    for element in list(root.iter(*_DROP_TAGS)):
        if element is not root:
            element.drop_tree()
    return block_text(root)


def _content_root(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    # Pages mark teaser cards up as <article> too: the longest one is the story.
    for xpath in ("//article", "//main", "//body"):
        found = tree.xpath(xpath)
        if found:
            return max(found, key=lambda el: len(el.text_content()))
    return tree


def block_text(element: lxml.html.HtmlElement) -> str:
    """The text of an element, one line per block element, whitespace collapsed.

    Walks iteratively, so pathologically deep (broken) pages cannot hit the recursion
    limit; comments and scripts contribute nothing but their tails.
    """
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if event == "start" and tag and tag not in ("script", "style") and node.text:
            parts.append(node.text)
        if event == "end" and node is not element and node.tail:
            parts.append(node.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _attr(extracted: Any, name: str) -> str:
    value = getattr(extracted, name, None) if extracted is not None else None
    return value.strip() if isinstance(value, str) else ""


def _meta_content(tree: lxml.html.HtmlElement, key: str) -> str:
    for meta in tree.iter("meta"):
        if _meta_key(meta) == key:
            return (meta.get("content") or "").strip()
    return ""


def _meta_key(meta: lxml.html.HtmlElement) -> str:
    return (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()


def _title(tree: lxml.html.HtmlElement, extracted: Any) -> str:
    title = _attr(extracted, "title") or _meta_content(tree, "og:title")
    if not title:
        page_title = tree.findtext(".//title") or ""
        title = _SITE_SEPARATOR.split(page_title.strip())[0]
    if not title:
        headings = tree.xpath("//h1")
        title = headings[0].text_content() if headings else ""
    return " ".join(title.split())


def _canonical_url(tree: lxml.html.HtmlElement) -> str:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    return _meta_content(tree, "og:url")


def _published(tree: lxml.html.HtmlElement, extracted: Any) -> str | None:
    for value in _date_candidates(tree, extracted):
        published = normalize_published(value)
        if published:
            return published
    return None


def _date_candidates(tree: lxml.html.HtmlElement, extracted: Any) -> Iterator[str]:
    """Date strings in the order they are trusted; parsing happens in the caller."""
    for meta in tree.iter("meta"):
        if _meta_key(meta) in _DATE_META:
            yield meta.get("content") or ""
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        yield element.get("datetime") or element.get("content") or element.text_content()
    for element in tree.xpath("//time[@datetime]"):
        yield element.get("datetime") or ""
    yield from _json_ld_dates(tree)
    yield _attr(extracted, "date")
    body = tree.find("body")
    visible = parse_arabic_date(block_text(body)) if body is not None else None
    if visible:
        yield visible


def _json_ld_dates(tree: lxml.html.HtmlElement) -> Iterator[str]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        yield from _find_key(data, "datePublished")


def _find_key(data: Any, key: str) -> Iterator[str]:
    """String values of ``key`` anywhere in a JSON-LD structure (``@graph`` included)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get(key)
            if isinstance(value, str):
                yield value
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(reversed(item))
