"""Reliability tables, ECE and the logistic fit behind calibrated confidence."""

from __future__ import annotations

import pytest

from hadath.eval.calibration import (
    article_folds,
    brier,
    expected_calibration_error,
    fit_logistic,
    predict,
    reliability,
)


def test_reliability_bins_and_ece() -> None:
    confidences = [0.05, 0.15, 0.95, 0.95, 1.0]
    outcomes = {"type": [False, False, True, True, False], "type+actor": [False] * 5}
    table = reliability(confidences, outcomes)
    assert [(b.low, b.n) for b in table] == [(0.0, 1), (0.1, 1), (0.9, 3)]  # 1.0 falls in the last bin
    last = table[-1]
    assert last.confidence == pytest.approx(0.9667, abs=1e-4) and last.correct["type"] == pytest.approx(2 / 3)
    # |0-0.05|*1 + |0-0.15|*1 + |2/3-0.9667|*3, over 5 events
    assert expected_calibration_error(table, "type") == pytest.approx((0.05 + 0.15 + 3 * 0.3) / 5, abs=1e-3)
    assert brier([1.0, 0.0], [True, False]) == 0.0


def test_fit_learns_which_value_is_right_more_often() -> None:
    rows = [{"trigger": "verb"}] * 40 + [{"trigger": "noun"}] * 40
    labels = [True] * 32 + [False] * 8 + [True] * 12 + [False] * 28  # verbs 80 %, nouns 30 %
    intercept, weights = fit_logistic(rows, labels, l2=0.01)
    assert predict(intercept, weights, {"trigger": "verb"}) == pytest.approx(0.8, abs=0.01)
    assert predict(intercept, weights, {"trigger": "noun"}) == pytest.approx(0.3, abs=0.01)
    assert predict(intercept, weights, {"trigger": "light"}) == pytest.approx(0.55, abs=0.05)  # unseen: prior


def test_l2_pulls_weights_toward_zero() -> None:
    rows = [{"f": "a"}] * 5 + [{"f": "b"}] * 5
    labels = [True] * 5 + [False] * 5
    _, loose = fit_logistic(rows, labels, l2=0.1)
    _, tight = fit_logistic(rows, labels, l2=10.0)
    assert abs(tight["f"]["a"]) < abs(loose["f"]["a"])


def test_folds_keep_an_article_together_and_are_stable() -> None:
    ids = ["doc-1", "doc-2", "doc-1", "doc-3", "doc-2"]
    folds = article_folds(ids, 3)
    assert folds[0] == folds[2] and folds[1] == folds[4]
    assert folds == article_folds(ids, 3) and all(0 <= f < 3 for f in folds)
