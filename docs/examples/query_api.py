"""Query the Hadath HTTP API in-process, and check an event's spans against its article.

Usage::

    hadath run examples/articles --db demo.db
    python docs/examples/query_api.py demo.db ASSAULT

The same requests work against ``hadath serve --db demo.db`` with any HTTP client
(``curl 'http://127.0.0.1:8000/api/events?type=ASSAULT&limit=5'``).
"""

from __future__ import annotations

import sys

from fastapi.testclient import TestClient

from hadath.api import create_app


def describe_events(db: str, event_type: str = "ASSAULT", limit: int = 5) -> list[str]:
    """One line per canonical event of a type: day, trigger word, actors, place, sources.

    Every word shown is cut from the article text with the offsets the API returns, which
    is how the dashboard highlights them.
    """
    with TestClient(create_app(db)) as client:
        page = client.get("/api/events", params={"type": event_type, "limit": limit, "total": True}).json()
        lines = [f"{page['total']} {event_type} event(s)"]
        for event in page["data"]:
            text = client.get(f"/api/articles/{event['doc_id']}").json()["text"]
            trigger = text[event["trigger_start"] : event["trigger_end"]]
            actors = "، ".join(text[a["start"] : a["end"]] for a in event["actor"]) or "-"
            place = event["place"]["name"] if event["place"] else "-"
            day = event["date"] or (event["published"] or "")[:10]
            lines.append(f"{day}  {trigger}  {actors}  {place}  ({event['sources']} source(s))")
    return lines


if __name__ == "__main__":
    for line in describe_events(*sys.argv[1:3]):
        print(line)
