"""Screenshots of every dashboard view, for docs/screenshots/ and the README.

    python scripts/screenshots.py                   # codes examples/articles into a scratch store
    python scripts/screenshots.py --db demo.db      # or shoots an existing store

Serves the store on loopback (hadath.api.live), opens each view in the system Chromium
through Playwright (Debian's ``chromium``; Playwright's own browser download is not used)
and writes one PNG per view. The views are chosen from what the store holds (the event with
the most highlighted parts, the busiest actor), so the script works on any store.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote
from urllib.request import urlopen

from hadath.api.live import serving
from hadath.runner import run_job

ROOT = Path(__file__).resolve().parents[1]
VIEWPORT = {"width": 1440, "height": 1000}


@dataclass(frozen=True)
class Shot:
    """One screenshot: file name, address (after the base URL), language, and what to do first."""

    name: str
    route: str
    lang: str = "ar"
    action: Callable[[Any], None] | None = None
    full_page: bool = False


def api(base: str, path: str) -> Any:
    with urlopen(f"{base}{path}", timeout=30) as response:
        return json.load(response)


def richest_event(base: str) -> int:
    """The canonical event told by the most sources, then with the most highlighted parts."""
    rows = api(base, "/api/events?limit=200&sort=-confidence")["data"]

    def parts(ev: dict[str, Any]) -> tuple[int, int]:
        place = ev["place"] is not None and ev["place"]["start"] >= 0
        spans = len(ev["actor"]) + len(ev["recipient"]) + place + (ev["date_start"] is not None)
        return ev["sources"], spans

    return max(rows, key=parts)["id"]


def zoom_to_first_city(page: Any) -> None:
    page.select_option(".city-select", index=1)
    page.wait_for_timeout(1200)  # the zoom is animated, then the points are asked for


def shots(base: str) -> list[Shot]:
    # The busiest actor the knowledge base knows by name (not a group noun such as "civilians").
    actors = api(base, "/api/actors?limit=50")["data"]
    actor = next((a for a in actors if a["kb_id"]), actors[0])["name"]
    return [
        Shot("events", "#/events"),
        Shot("events-en", "#/events?split=quad_class&sort=-confidence", lang="en"),
        Shot("map", "#/map"),
        Shot("map-city", "#/map", action=zoom_to_first_city),
        Shot("event", f"#/event/{richest_event(base)}", full_page=True),
        Shot("actor", f"#/actor/{quote(actor)}", full_page=True),
        Shot("quotes", "#/quotes"),
    ]


def settle(page: Any) -> None:
    """Wait for the page, its fonts and every request it made."""
    page.wait_for_function("document.body.dataset.ready === '1'")
    for _ in range(3):
        page.wait_for_timeout(200)
        page.wait_for_function("document.body.dataset.busy === '0'")
    page.evaluate("document.fonts.ready")


def take(browser: Any, base: str, shot: Shot, out: Path) -> Path:
    context = browser.new_context(viewport=VIEWPORT, locale=shot.lang)
    # The language is the page's own choice, kept in localStorage: set it before the page runs.
    context.add_init_script(f"localStorage.setItem('hadath.lang', '{shot.lang}')")
    page = context.new_page()
    page.goto(f"{base}/{shot.route}")
    settle(page)
    if shot.action:
        shot.action(page)
        settle(page)
    path = out / f"{shot.name}.png"
    if shot.full_page:  # long pages, cut at twice the window's height
        height = min(page.evaluate("document.documentElement.scrollHeight"), 2 * VIEWPORT["height"])
        page.screenshot(path=str(path), clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height},
                        full_page=True)  # fmt: skip
    else:
        page.screenshot(path=str(path))
    context.close()
    return path


def chromium() -> str:
    for candidate in (os.environ.get("HADATH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("no Chromium: apt-get install chromium, or set HADATH_CHROMIUM")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the store to shoot (default: examples/articles, coded now)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("needs playwright: pip install -e '.[browser]'")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db
        if db is None:
            db = str(Path(scratch) / "demo.db")
            run_job([str(ROOT / "examples" / "articles")], db=db)
        with serving(db) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
            for shot in shots(base):
                print(take(browser, base, shot, args.out))
            browser.close()


if __name__ == "__main__":
    main()
