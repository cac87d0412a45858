"""CAMEO and PLOVER facts the coder needs: quad class of a CAMEO code."""

from __future__ import annotations

from functools import lru_cache

from hadath.kb.schema import plover_of_cameo

__all__ = ["plover_of_cameo", "quad_class"]


@lru_cache(maxsize=4096)  # why: asked of every event; a few hundred codes exist
def quad_class(cameo: str) -> int:
    """1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
    (09-13), 4 material conflict (14-20); 0 for a malformed code."""
    try:
        root = int(cameo[:2])
    except (TypeError, ValueError):
        return 0
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return 0
