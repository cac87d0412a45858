"""How the event filter's training script chooses its thresholds over repeated cross-validation:
synthetic tallies, no corpus."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from types import ModuleType

import pytest

from tests.loading import load_module

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_eventfilter.py"
GOLD_EVENTS = 1000  # each synthetic tally: as many predicted as gold, so F1 = tp / 1000


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_module("train_eventfilter", SCRIPT)


def repeats(script: ModuleType, *f1s: float) -> list:
    """One article per repeat, with the given type F1 (no noise over the articles)."""
    return [[script.Tally(round(f1 * GOLD_EVENTS), GOLD_EVENTS, GOLD_EVENTS)] for f1 in f1s]


def articles(script: ModuleType, *right: int, repeats: int = 5) -> list:
    """The same articles in every repeat (no noise over the splits), each with 100 events
    predicted and 100 gold, of which the given number right."""
    return [[script.Tally(tp, 100, 100) for tp in right] for _ in range(repeats)]


def test_a_higher_threshold_ahead_by_less_than_the_noise_is_not_chosen(script: ModuleType) -> None:
    # 0.30 leads 0.25 on mean by 0.0004, but the lead flips sign from split to split
    tallies = {
        0.0: repeats(script, 0.640, 0.642, 0.641, 0.639, 0.643),
        0.25: repeats(script, 0.662, 0.660, 0.665, 0.661, 0.663),
        0.30: repeats(script, 0.663, 0.662, 0.662, 0.663, 0.663),
        0.35: repeats(script, 0.661, 0.661, 0.660, 0.662, 0.662),
    }
    assert script.best_mean(tallies) == 0.30
    assert script.choose_threshold(tallies) == 0.25


def test_a_higher_threshold_ahead_on_every_split_is_chosen(script: ModuleType) -> None:
    # 0.30 beats 0.25 by 0.004 to 0.006 on every split: more than the noise
    tallies = {
        0.25: repeats(script, 0.660, 0.657, 0.662, 0.659, 0.661),
        0.30: repeats(script, 0.665, 0.663, 0.666, 0.664, 0.667),
    }
    assert script.choose_threshold(tallies) == 0.30


def test_the_spread_of_one_threshold_alone_is_not_the_noise(script: ModuleType) -> None:
    # each split moves both thresholds alike (large sd), but 0.30 leads by 0.002 on every one:
    # the paired difference has no spread, so the lead is real
    tallies = {
        0.25: repeats(script, 0.640, 0.680, 0.650, 0.670, 0.660),
        0.30: repeats(script, 0.642, 0.682, 0.652, 0.672, 0.662),
    }
    assert script.choose_threshold(tallies) == 0.30


def test_a_lead_that_one_article_makes_and_another_takes_back_is_noise(script: ModuleType) -> None:
    # every split agrees, but 0.30 gains ten on one article and loses nine on the other:
    # another sample of articles could as well reverse the lead
    tallies = {0.25: articles(script, 50, 50), 0.30: articles(script, 60, 41)}
    assert script.best_mean(tallies) == 0.30
    assert script.choose_threshold(tallies) == 0.25


def test_a_lead_that_every_article_shares_is_no_noise(script: ModuleType) -> None:
    tallies = {0.25: articles(script, *[50] * 20), 0.30: articles(script, *[51] * 20)}
    assert script.choose_threshold(tallies) == 0.30


def test_with_one_repeat_the_best_is_chosen_and_a_tie_goes_to_the_lower(script: ModuleType) -> None:
    assert script.choose_threshold({0.2: repeats(script, 0.650), 0.3: repeats(script, 0.651)}) == 0.3
    assert script.choose_threshold({0.2: repeats(script, 0.650), 0.3: repeats(script, 0.650)}) == 0.2


def test_keeping_no_topic_candidates_must_beat_keeping_some_by_more_than_the_noise(
    script: ModuleType,
) -> None:
    none = script.NO_TOPICS
    within_noise = {0.35: repeats(script, 0.660, 0.662, 0.661), none: repeats(script, 0.661, 0.661, 0.662)}
    assert script.choose_threshold(within_noise) == 0.35
    clearly = {0.35: repeats(script, 0.650, 0.652, 0.651), none: repeats(script, 0.661, 0.662, 0.662)}
    assert script.choose_threshold(clearly) == none


def test_repeat_zero_keeps_the_old_split_and_the_others_differ(script: ModuleType) -> None:
    ids = [f"invented-{i}" for i in range(40)]
    assert [script.fold_of(d, 5, 0) for d in ids] == [zlib.crc32(d.encode("utf-8")) % 5 for d in ids]
    assert [script.fold_of(d, 5, 1) for d in ids] != [script.fold_of(d, 5, 2) for d in ids]
    assert {script.fold_of(d, 5, 3) for d in ids} == set(range(5))


def test_repeats_refit_the_model_but_run_the_pipeline_once(
    script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "قصفت الطائرات مواقع المسلحين شمال المدينة، ثم التقى الوزير نظيره في العاصمة."
    record = {
        "published": "2016-09-20",
        "title": "",
        "text": text,
        "quotes": [],
        "entities": [],
        "events": [],
    }
    records = [{"doc_id": f"invented-{i}", **record} for i in range(4)]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    collected, fits = [], []
    collect, fit = script.collect, script.fit
    monkeypatch.setattr(script, "collect", lambda golds: collected.append(1) or collect(golds))
    monkeypatch.setattr(script, "fit", lambda *args: fits.append(1) or fit(*args))
    assert script.main([str(gold), "--folds", "2", "--repeats", "3", "--min-docs", "1"]) == 0
    assert len(collected) == 1
    assert len(fits) == 3 * 2 + 1  # a model per fold and repeat, then the one fitted on everything


def docs(script: ModuleType, n: int) -> list:
    """Articles of two events each, one told by a word that marks it right."""
    return [
        script.Doc(f"doc{k}", [["type=ASSAULT", "trigger=good"], ["type=ASSAULT", "trigger=bad"]], [True, False],
                   [False, False], gold=1)
        for k in range(n)
    ]  # fmt: skip


def test_sessions_are_runs_of_articles_in_file_order(script: ModuleType) -> None:
    session = script.session_of(docs(script, 6), [2, 3])
    assert [session[f"doc{k}"] for k in range(6)] == [0, 0, 1, 1, 1, 2]


def test_a_session_is_judged_by_a_model_fitted_on_the_others(script: ModuleType) -> None:
    articles = docs(script, 6)
    probs = script.held_out_probabilities(articles, script.session_of(articles, [3]), [0, 1], 1.0, 1)
    assert sorted(probs) == sorted(d.doc_id for d in articles)
    assert all(good > 0.5 > bad for good, bad in probs.values())


def test_the_session_report_marks_each_sessions_best_threshold(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = docs(script, 6)
    script.print_sessions(articles, script.session_of(articles, [3]), 1.0, 1, 0.5)
    out = capsys.readouterr().out
    assert out.count("session 0: 3 articles") == 1
    assert "left-out session, threshold 0.50: F1 by session 1.0000 1.0000 mean 1.0000" in out
    assert "(best for session 0)  (best for session 1)" in out
