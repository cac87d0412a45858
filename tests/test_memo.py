"""The bounded per-object memo."""

from __future__ import annotations

import pickle

from hadath.memo import Memo


def _double(x: int) -> int:
    return 2 * x


def test_computes_once_and_remembers() -> None:
    calls: list[int] = []

    def compute(x: int) -> int:
        calls.append(x)
        return x + 1

    memo: Memo[int, int] = Memo(compute)
    assert (memo[1], memo[1], memo[2]) == (2, 2, 3)
    assert calls == [1, 2]


def test_empties_itself_at_its_limit() -> None:
    memo: Memo[int, int] = Memo(_double, limit=3)
    for x in range(3):
        assert memo[x] == 2 * x
    assert memo[10] == 20
    assert dict(memo) == {10: 20}


def test_pickles_empty() -> None:
    memo: Memo[int, int] = Memo(_double, limit=7)
    memo[4]
    copy = pickle.loads(pickle.dumps(memo))
    assert len(copy) == 0 and copy.limit == 7 and copy[5] == 10
