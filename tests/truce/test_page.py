"""The truce page in a real browser (the system Chromium through Playwright; skipped without them).

The app serves the truce test store in a thread; the page must show the violations with
their sources, the claimed one marked, the accusations panel, switch to English, and ask
nothing of any other machine.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from hadath.api import create_app
from hadath.store import open_store

from .articles import TRUCE, truce_articles


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    db = tmp_path_factory.mktemp("page") / "page.db"
    with open_store(db) as store:
        for article in truce_articles():
            store.save(article)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(served: str, browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.requests_seen = []  # type: ignore[attr-defined]
    page.on("request", lambda r: page.requests_seen.append(r.url))  # type: ignore[attr-defined]
    page.goto(f"{served}/truce.html?id={TRUCE}")
    page.wait_for_function("document.body.dataset.ready === '1' && document.body.dataset.busy === '0'")
    page.wait_for_timeout(300)
    yield page
    context.close()


def test_page_is_arabic_and_lists_violations_with_sources(page: Any) -> None:
    assert page.eval_on_selector("html", "h => h.dir") == "rtl"
    rows = page.eval_on_selector_all("#violation-rows tr", "rows => rows.map(r => r.id)")
    assert len(rows) == 3
    strike = page.inner_text("#violation-rows tr:first-child")
    assert "agency.test" in strike and "daily.test" in strike and "2016-09-18" in strike
    assert page.locator("#violation-rows .t-claimed").count() == 1
    assert page.locator("#series svg rect").count() > 0
    assert "government" not in page.inner_text("#tiles")  # side names, not ids
    assert page.locator("#acc-accusation li").count() == 2


def test_page_switches_to_english(page: Any) -> None:
    page.click("#lang-toggle")
    page.wait_for_function("document.documentElement.dir === 'ltr' && document.body.dataset.busy === '0'")
    assert "Truce monitor" in page.inner_text("header")
    assert "Syrian government and its allies" in page.inner_text("#truce-sides")


def test_page_asks_nothing_of_other_machines(page: Any) -> None:
    hosts = {urlsplit(url).hostname for url in page.requests_seen if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}
