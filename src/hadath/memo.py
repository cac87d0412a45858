"""A bounded per-object memo for pure functions of one hashable key.

``functools.lru_cache`` is the memo for module-level functions; a stage whose answer also
depends on its own fixed state (a lexicon, an alias index) keeps a :class:`Memo` instead,
so that the cache dies with the object and a hit costs one C-level dict look-up.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DEFAULT_LIMIT = 500_000  # entries; a cluster worker sees millions of word forms


class Memo(dict[K, V], Generic[K, V]):
    """``memo[key]`` is ``compute(key)``, computed once; emptied when it reaches ``limit``.

    ``compute`` must be pure for the owner's lifetime; an owner whose state changes
    calls :meth:`clear`. A memo pickles empty: its content is a cache, not state.
    """

    def __init__(self, compute: Callable[[K], V], limit: int = DEFAULT_LIMIT) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()  # crude but bounded; the hot words come back within an article
        value = self[key] = self.compute(key)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.compute, self.limit))
