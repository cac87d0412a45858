"""ActorResolver.ref_identity: a mention's ``kind:id`` reference read as identity() reads it."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.kb import KnowledgeBase
from hadath.kb.index import Candidate
from hadath.resolve.actors import ActorResolver


@pytest.mark.parametrize(
    ("ref", "label"),
    [
        ("actor:Q2607", "ORG"),
        ("place:170063", "LOC"),
        ("unknown:PER", "PER"),
    ],
)
def test_a_reference_reads_as_its_candidate(tiny_kb: KnowledgeBase, ref: str, label: str) -> None:
    resolver = ActorResolver(tiny_kb)
    kind, _, rest = ref.partition(":")
    on = dt.date(2015, 6, 1)
    expected = resolver.identity(Candidate(kind, rest, label), on, "SYR")  # type: ignore[arg-type]
    assert resolver.ref_identity(ref, label, on, "SYR") == expected
    assert resolver.ref_identity(ref, label, on, "SYR") is resolver.ref_identity(ref, label, on, "SYR")
