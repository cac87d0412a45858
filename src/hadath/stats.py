"""Additive counters and timers, one set per stage, mergeable across workers."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Stats:
    """Named counters plus accumulated seconds; ``a + b`` merges two workers' stats."""

    counts: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def update(self, label: str, n: int = 1) -> None:
        self.counts[label] += n

    @contextmanager
    def track_time(self) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - t0

    def __add__(self, other: Stats) -> Stats:
        return Stats(counts=self.counts + other.counts, seconds=self.seconds + other.seconds)

    def to_dict(self) -> dict[str, Any]:
        return {"counts": dict(self.counts), "seconds": round(self.seconds, 6)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stats:
        return cls(counts=Counter(d.get("counts", {})), seconds=float(d.get("seconds", 0.0)))
