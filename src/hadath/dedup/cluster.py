"""Online clustering: each new mention joins the cluster of its best match, or founds one.

The decision for one mention depends only on the mentions stored before it, so clusters
are built incrementally (a new article never recomputes the world) and deterministically
(the same mentions in the same order give the same clusters). The store supplies the
candidates from its indexes (:mod:`hadath.store.clusters`); :class:`MemoryClusters` does
the same in memory for a day's Parquet partition.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hadath.dedup.decide import Comparison, best_match, compare
from hadath.dedup.mention import MentionView
from hadath.dedup.settings import DedupSettings
from hadath.dedup.text import ClauseSimilarity, block_stems


@dataclass(frozen=True, slots=True)
class Candidate:
    """An earlier mention, the cluster it belongs to and the days that cluster spans."""

    view: MentionView
    cluster: int
    span: tuple[int, int] | None = None  # first and last day of its day-precise mentions


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a mention goes: an existing cluster (with the comparison that put it there) or a new one.

    ``absorbed`` are the other clusters the mention also matched: it bridges them, so they
    are merged into ``cluster`` (the oldest of all it matched).
    """

    cluster: int | None
    link: Comparison | None
    absorbed: tuple[int, ...] = ()
    compared: int = 0


def blocking_keys(view: MentionView, settings: DedupSettings) -> frozenset[str]:
    """What a mention is found by: named participants, a town or finer place, its longest stems."""
    keys = {f"p:{p}" for p in view.participants}
    if view.place is not None and view.place.fine:
        keys.add(f"l:{view.place.name.casefold()}")
    keys.update(f"w:{s}" for s in block_stems(view.stems, settings.block_stems))
    return frozenset(keys)


def may_match(new: MentionView, old: MentionView, copies: frozenset[int], settings: DedupSettings) -> bool:
    """Whether two mentions are worth comparing at all (the store's key index finds the same).

    They must come from articles that are copies of one another, or share a named
    participant, a town (or finer place), or ``block_shared`` of their ``block_stems``
    longest clause stems.
    """
    if old.article in copies:
        return True
    shared = blocking_keys(new, settings) & blocking_keys(old, settings)
    words = sum(1 for k in shared if k.startswith("w:"))
    return len(shared) > words or words >= settings.block_shared


def assign(
    view: MentionView,
    candidates: Sequence[Candidate],
    *,
    copies: frozenset[int],
    similarity: ClauseSimilarity,
    settings: DedupSettings,
) -> Assignment:
    """The cluster ``view`` joins among the candidates' (``None``: it founds a new one).

    Args:
        copies: ids of the articles that are copies of the mention's article.
    """
    clusters = {c.view.key: c.cluster for c in candidates}
    comparisons = [
        compare(view, c.view, same_copy=c.view.article in copies, similarity=similarity, settings=settings)
        for c in candidates
    ]
    # A cluster with a mention the new one conflicts with is not joined, whatever else in
    # it matches: single links would otherwise chain different events together. Nor is one
    # the new mention would stretch beyond the window (a daily event, told day after day).
    vetoed = {clusters[c.other] for c in comparisons if c.conflicts}
    vetoed |= {c.cluster for c in candidates if _stretches(view, c.span, settings.window_days)}
    best = best_match([c for c in comparisons if clusters[c.other] not in vetoed])
    if best is None:
        return Assignment(None, None, compared=len(comparisons))
    matched = sorted({clusters[c.other] for c in comparisons if c.merged} - vetoed)
    spans = {c.cluster: c.span for c in candidates}
    return Assignment(
        matched[0], best, _bridged(view, matched, spans, settings.window_days), len(comparisons)
    )


def _bridged(
    view: MentionView, matched: list[int], spans: dict[int, tuple[int, int] | None], window: int
) -> tuple[int, ...]:
    """The other matched clusters the mention merges into the first, keeping the span in the window.

    Only a day-precise mention bridges: a week overlaps too many days to say they are one.
    """
    if not _day_precise(view) or view.first_day is None:
        return ()
    low = high = view.first_day
    for cluster in matched[:1]:
        low, high = _union((low, high), spans.get(cluster))
    bridged = []
    for cluster in matched[1:]:
        wider = _union((low, high), spans.get(cluster))
        if wider[1] - wider[0] <= window:
            bridged.append(cluster)
            low, high = wider
    return tuple(bridged)


def _union(span: tuple[int, int], other: tuple[int, int] | None) -> tuple[int, int]:
    return span if other is None else (min(span[0], other[0]), max(span[1], other[1]))


def _day_precise(view: MentionView) -> bool:
    return view.first_day is not None and view.first_day == view.last_day


def _stretches(view: MentionView, span: tuple[int, int] | None, window: int) -> bool:
    """Whether a day-precise mention would make a cluster span more than ``window`` days."""
    if span is None or not _day_precise(view) or view.first_day is None:
        return False
    return max(span[1], view.first_day) - min(span[0], view.first_day) > window


@dataclass
class MemoryClusters:
    """Clusters held in memory, fed mentions in order (for a Parquet partition or a test)."""

    similarity: ClauseSimilarity
    settings: DedupSettings
    cluster_of: dict[int, int] = field(default_factory=dict)
    links: dict[int, Comparison | None] = field(default_factory=dict)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    _by_type: dict[str, list[MentionView]] = field(default_factory=dict)

    def add(self, view: MentionView, copies: frozenset[int] = frozenset()) -> int:
        """Cluster one mention; returns its cluster (the key of the cluster's founding mention)."""
        pool = self._by_type.setdefault(view.event_type, [])
        candidates = [
            Candidate(v, self.cluster_of[v.key], self.spans.get(self.cluster_of[v.key]))
            for v in self._near(pool, view, copies)
        ]
        done = assign(view, candidates, copies=copies, similarity=self.similarity, settings=self.settings)
        cluster = view.key if done.cluster is None else done.cluster
        self.cluster_of[view.key] = cluster
        self.links[view.key] = done.link
        for absorbed in done.absorbed:
            for key, owner in self.cluster_of.items():
                if owner == absorbed:
                    self.cluster_of[key] = cluster
            self._widen(cluster, self.spans.pop(absorbed, None))
        if _day_precise(view) and view.first_day is not None:
            self._widen(cluster, (view.first_day, view.first_day))
            pool.append(view)  # as in the store, only day-precise mentions are candidates
        return cluster

    def _widen(self, cluster: int, span: tuple[int, int] | None) -> None:
        if span is None:
            return
        old = self.spans.get(cluster, span)
        self.spans[cluster] = (min(old[0], span[0]), max(old[1], span[1]))

    def add_all(self, views: Iterable[MentionView], copies: dict[int, frozenset[int]] | None = None) -> None:
        for view in views:
            self.add(view, (copies or {}).get(view.article, frozenset()))

    def _near(self, pool: list[MentionView], view: MentionView, copies: frozenset[int]) -> list[MentionView]:
        if view.first_day is None or view.last_day is None:
            return []
        low, high = view.first_day - self.settings.window_days, view.last_day + self.settings.window_days
        near = [
            v for v in pool
            if v.first_day is not None and low <= v.first_day <= high and may_match(view, v, copies, self.settings)
        ]  # fmt: skip
        return near[-self.settings.max_candidates :]
