"""A real browser over a served store: the demo articles (and one with emoji), coded by the
pipeline, served by the app in a thread, driven by Playwright through Debian's Chromium.

Playwright's own browser download is never used: the tests launch the system Chromium
(``/usr/bin/chromium``, or ``$HADATH_CHROMIUM``) and skip, saying why, when it or the
``playwright`` package is missing. Every request the page makes is recorded; one that
would leave the machine is refused, and the test fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from hadath.api.live import serving
from hadath.runner import run_job

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
# One breaking-news item with emoji before its event: characters outside the BMP, where
# JavaScript's UTF-16 offsets and the API's code-point offsets part ways.
EMOJI_ARTICLES = Path(__file__).resolve().parent / "articles"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
VIEWPORT = {"width": 1400, "height": 1000}


@dataclass
class Visit:
    """A page and every URL it asked for (and those refused for leaving the machine)."""

    page: Any
    base: str
    requests: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def go(self, hash_route: str) -> None:
        """Open a view (``#/events?type=ASSAULT``) and wait until its requests are answered."""
        self.page.goto(f"{self.base}/{hash_route}")
        self.settle()

    def settle(self) -> None:
        """Wait until the page is started and no request is in flight (twice: views chain loads)."""
        self.page.wait_for_function("document.body.dataset.ready === '1'")
        for _ in range(2):
            self.page.wait_for_timeout(120)
            self.page.wait_for_function("document.body.dataset.busy === '0'")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo articles and the emoji article, run through the pipeline into a SQLite store."""
    db = tmp_path_factory.mktemp("dashboard") / "demo.db"
    summary = run_job([str(EXAMPLES), str(EMOJI_ARTICLES)], db=db)
    assert summary.added >= 20, summary
    return db


@pytest.fixture(scope="session")
def base_url(demo_db: Path) -> Iterator[str]:
    with serving(str(demo_db)) as url:
        yield url


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in LOCAL_HOSTS


@pytest.fixture
def visit(browser: Any, base_url: str) -> Iterator[Visit]:
    """A fresh page (Arabic by default, as a first visit is); fails if any request left the machine."""
    context = browser.new_context(viewport=VIEWPORT, locale="ar")
    page = context.new_page()
    page.set_default_timeout(15_000)
    visit = Visit(page, base_url)
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))

    def route(request_route: Any) -> None:
        url = request_route.request.url
        visit.requests.append(url)
        if _is_local(url):
            request_route.continue_()
        else:
            visit.refused.append(url)
            request_route.abort()

    context.route("**/*", route)
    page.on("request", lambda request: None if _is_local(request.url) else visit.refused.append(request.url))
    yield visit
    context.close()
    assert not visit.refused, f"requests left the machine: {visit.refused}"
    assert not errors, f"errors in the page: {errors}"
