"""How many independent sources tell an event.

Two reports are not independent when one outlet published both, or when one article is a
copy of another (the same agency text republished): both relations join articles into
one source, transitively. The count is the number of groups among the event's articles,
so five outlets running one wire story count once, whatever order they were stored in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """One article of an event: its id, its outlet ('' when unknown) and the article it copies."""

    article: int
    outlet: str
    copy_of: int | None = None


def independent_sources(articles: Iterable[ArticleSource]) -> int:
    """The number of independent sources among the articles."""
    parent: dict[object, object] = {}

    def find(node: object) -> object:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # type: ignore[index]
            node = parent[node]
        return node

    def union(a: object, b: object) -> None:
        parent[find(a)] = find(b)

    members = list(articles)
    for item in members:
        find(("article", item.article))
        if item.outlet:
            union(("article", item.article), ("outlet", item.outlet))
        if item.copy_of is not None:
            union(("article", item.article), ("article", item.copy_of))
    return len({find(("article", item.article)) for item in members})
