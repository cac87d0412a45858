"""How well confidences match outcomes, and the fit that makes them match.

- :func:`reliability` bins predicted confidences and compares each bin's mean with the
  observed share of correct events; :func:`expected_calibration_error` is the
  events-weighted mean gap (ECE); :func:`brier` the mean squared error.
- :func:`fit_logistic` fits an L2-regularised logistic model over one-hot categorical
  features by Newton's method (a few dozen weights: plain Python is fast enough and no
  numerical library is needed at run time or in tests).
- :func:`article_folds` splits by article, so that the sentences of one article never sit
  on both sides of a cross-validation split.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

Features = dict[str, str]
Weights = dict[str, dict[str, float]]


@dataclass(slots=True)
class Bin:
    """One confidence bin: its bounds, how many events, mean confidence, share correct."""

    low: float
    high: float
    n: int
    confidence: float
    correct: dict[str, float]  # per outcome name (type, type+actor): share correct


def reliability(
    confidences: Sequence[float], outcomes: dict[str, Sequence[bool]], bins: int = 10
) -> list[Bin]:
    """Equal-width bins over [0, 1] (the last one closed), empty bins left out."""
    out = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [i for i, c in enumerate(confidences) if low <= c < high or (b == bins - 1 and c == 1.0)]
        if not members:
            continue
        mean = sum(confidences[i] for i in members) / len(members)
        shares = {name: sum(bool(o[i]) for i in members) / len(members) for name, o in outcomes.items()}
        out.append(Bin(low, high, len(members), mean, shares))
    return out


def expected_calibration_error(table: Sequence[Bin], outcome: str) -> float:
    """Mean |share correct - mean confidence| over bins, weighted by their events."""
    total = sum(b.n for b in table)
    return sum(b.n * abs(b.correct[outcome] - b.confidence) for b in table) / total if total else 0.0


def brier(confidences: Sequence[float], outcome: Sequence[bool]) -> float:
    return sum((c - float(o)) ** 2 for c, o in zip(confidences, outcome, strict=True)) / max(1, len(outcome))


def article_folds(doc_ids: Sequence[str], k: int) -> list[int]:
    """A fold number per item from its article id (stable across runs and machines)."""
    return [zlib.crc32(d.encode("utf-8")) % k for d in doc_ids]


def _columns(rows: Sequence[Features]) -> list[tuple[str, str]]:
    return sorted({(f, v) for row in rows for f, v in row.items()})


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is positive definite)."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit_logistic(
    rows: Sequence[Features], labels: Sequence[bool], l2: float = 1.0, steps: int = 25
) -> tuple[float, Weights]:
    """Intercept and per-(feature, value) weights; the intercept is not penalised."""
    columns = _columns(rows)
    where = {c: j + 1 for j, c in enumerate(columns)}
    active = [[0] + [where[(f, v)] for f, v in row.items()] for row in rows]
    size = len(columns) + 1
    theta = [0.0] * size
    for _ in range(steps):
        grad = [l2 * t for t in theta]
        grad[0] = 0.0
        hess = [[0.0] * size for _ in range(size)]
        for j in range(1, size):
            hess[j][j] = l2
        for cols, y in zip(active, labels, strict=True):
            p = _sigmoid(sum(theta[c] for c in cols))
            for c in cols:
                grad[c] += p - float(y)
                for d in cols:
                    hess[c][d] += p * (1 - p)
        hess[0][0] += 1e-9  # an all-one or all-zero label set still solves
        step = _solve(hess, grad)
        theta = [t - s for t, s in zip(theta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    weights: Weights = {}
    for (feature, value), j in where.items():
        weights.setdefault(feature, {})[value] = theta[j]
    return theta[0], weights


def predict(intercept: float, weights: Weights, row: Features) -> float:
    return _sigmoid(intercept + sum(weights.get(f, {}).get(v, 0.0) for f, v in row.items()))
