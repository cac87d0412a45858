"""Watching a store fill: each new reported violation of a truce, once, across restarts.

The watcher remembers, in a small JSON state file, the highest event id it has read and the
canonical events (and their mentions) it has already told. Each poll reads the candidates
stored since then (with an overlap, since on PostgreSQL a transaction holding a lower id may
commit after a higher one), keeps the reported violations, and tells those whose canonical
event has not been told: a second outlet reporting a strike already told adds a source, not
a new alert. The state is written after every poll that found something.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.store.db import Database
from hadath.truce.load import Truce
from hadath.truce.violations import Monitor

OVERLAP = 1000  # event ids read again on each poll, for late commits
STATE_VERSION = 1


def state_dir() -> Path:
    """``$XDG_STATE_HOME/hadath/truce-watch``, else ``~/.local/state/hadath/truce-watch``."""
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "hadath" / "truce-watch"


def default_state_path(truce_id: str, db_label: str) -> Path:
    """One state file per truce and store."""
    digest = hashlib.sha1(db_label.encode("utf-8")).hexdigest()[:12]
    return state_dir() / f"{truce_id}-{digest}.json"


@dataclass(slots=True)
class WatchState:
    """What a watcher has read and told."""

    started: bool = False
    last_event_id: int = 0
    told_events: set[int] = field(default_factory=set)  # canonical events (clusters)
    told_mentions: set[int] = field(default_factory=set)  # their mentions, in case clusters merge

    @classmethod
    def read(cls, path: Path) -> WatchState:
        """The state in a file (a new one when there is none)."""
        if not path.is_file():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            started=True,
            last_event_id=int(data.get("last_event_id", 0)),
            told_events=set(data.get("told_events", [])),
            told_mentions=set(data.get("told_mentions", [])),
        )

    def write(self, path: Path) -> None:
        """Write atomically (a temporary file renamed over the old one)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "version": STATE_VERSION,
            "last_event_id": self.last_event_id,
            "told_events": sorted(self.told_events),
            "told_mentions": sorted(self.told_mentions),
        }
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as tmp:
            json.dump(data, tmp)
        os.replace(tmp.name, path)


class Watcher:
    """Polls one store for new reported violations of one truce."""

    def __init__(
        self, db: Database, truce: Truce, state_path: Path, *, min_sources: int | None = None
    ) -> None:
        self.monitor = Monitor(db, truce, min_sources=min_sources)
        self.db = db
        self.path = state_path
        self.state = WatchState.read(state_path)

    def skip_existing(self) -> None:
        """Start from now: what the store holds already is marked as told, without telling it."""
        if not self.state.started:
            self.poll()

    def _max_event_id(self) -> int:
        return int(self.db.query("SELECT MAX(id) AS n FROM events")[0]["n"] or 0)

    def poll(self) -> list[dict[str, Any]]:
        """The reported violations not told before (marked as told), oldest first."""
        top = self._max_event_id()
        after = max(0, self.state.last_event_id - OVERLAP) if self.state.started else None
        hits = self.monitor.judge(self.monitor.candidates(after_id=after))
        fresh = [h for h in hits if h.verdict.reported and self._is_new(h.row)]
        found = self.monitor.violations(fresh) if fresh else []
        for violation in found:
            self.state.told_events.add(violation["id"])
            self.state.told_mentions.update(r["mention_id"] for r in violation["reports"])
        changed = found or not self.state.started or top > self.state.last_event_id
        self.state.started = True
        self.state.last_event_id = max(self.state.last_event_id, top)
        if changed:
            self.state.write(self.path)
        return found

    def _is_new(self, row: dict[str, Any]) -> bool:
        cluster = row.get("cluster_id")
        if row["id"] in self.state.told_mentions or (cluster and cluster in self.state.told_events):
            return False
        if not cluster:
            return True
        mentions = self.db.query("SELECT id FROM events WHERE cluster_id = ?", (cluster,))
        return not any(m["id"] in self.state.told_mentions for m in mentions)


def alert_line(violation: dict[str, Any]) -> str:
    """One line for a terminal: day, who, what, where, how it is told, by how many sources."""
    place = violation["place"] or {}
    where = f"{place.get('name') or '?'} ({place.get('country') or '?'})"
    who = ",".join(violation["sides"]) or "unattributed"
    sentence = " ".join(violation["sentence"].split())
    if len(sentence) > 120:
        sentence = sentence[:119] + "…"
    return (
        f"{violation['day']}  {who}  {violation['act']}  {where}  {violation['modality']}  "
        f"sources={violation['sources']}  event={violation['id']}  {sentence}"
    )
