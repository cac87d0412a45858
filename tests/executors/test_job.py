"""The sharded job on the in-process engine: same results as the single-process path, resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.errors import ConfigError
from hadath.executors import JobReport, SerialEngine, ShardResult, run_sharded
from hadath.ingest import IngestSettings
from hadath.runner import run_job
from hadath.store import SqliteStore
from hadath.store.parquet import read_table

from .pipelines import meetings_pipeline, write_news

SETTINGS = IngestSettings(published="2024-05-02")


class Killed(Exception):
    """Stands for the job being killed."""


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_news(tmp_path / "news")


def _single(news: Path, tmp_path: Path) -> tuple[dict, str]:
    out = tmp_path / "single.jsonl"
    summary = run_job([str(news)], pipeline=meetings_pipeline(()), settings=SETTINGS, out=out)
    return summary.to_dict(), out.read_text(encoding="utf-8")


def _sharded(news: Path, root: Path, **kwargs: object) -> JobReport:
    options: dict = {
        "engine": SerialEngine(), "state_dir": root / "state", "settings": SETTINGS,
        "db": root / "h.db", "out": root / "out.jsonl", "out_parquet": str(root / "pq"),
        "lines_per_shard": 3, "pipeline_factory": meetings_pipeline,
    }  # fmt: skip
    options.update(kwargs)
    return run_sharded([str(news)], **options)


def _without_seconds(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if k != "seconds"}


def test_sharded_summary_and_output_match_single_process(news: Path, tmp_path: Path) -> None:
    single, single_out = _single(news, tmp_path)
    report = _sharded(news, tmp_path / "job")
    assert report.shards == 10  # five text files and five slices of the dump
    assert _without_seconds(report.summary.to_dict()) == _without_seconds(
        {**single, "added": single["processed"]}
    )
    assert (tmp_path / "job" / "out.jsonl").read_text(encoding="utf-8") == single_out
    assert read_table(str(tmp_path / "job" / "pq"), "events").num_rows == report.summary.events


def test_without_store_or_output_only_counts_come_back(news: Path, tmp_path: Path) -> None:
    single, _ = _single(news, tmp_path)
    seen: list[ShardResult] = []
    report = _sharded(news, tmp_path / "job", db=None, out=None, on_shard=seen.append)
    assert _without_seconds(report.summary.to_dict()) == _without_seconds(single)
    assert seen and all(not r.articles for r in seen)
    assert sum(r.counts["events"] for r in seen) == single["events"]
    assert read_table(str(tmp_path / "job" / "pq"), "events").num_rows == single["events"]


def test_killed_job_resumes_without_duplicates(news: Path, tmp_path: Path) -> None:
    single, single_out = _single(news, tmp_path)
    done: list[ShardResult] = []

    def kill_after_four(result: ShardResult) -> None:
        done.append(result)
        if len(done) == 4:
            raise Killed

    with pytest.raises(Killed):
        _sharded(news, tmp_path / "job", on_shard=kill_after_four)
    again: list[ShardResult] = []
    report = _sharded(news, tmp_path / "job", on_shard=again.append)
    assert (report.resumed, len(again)) == (4, 6)  # nothing finished is done twice
    assert _without_seconds(report.summary.to_dict()) == _without_seconds(
        {**single, "added": single["processed"]}
    )
    assert (tmp_path / "job" / "out.jsonl").read_text(encoding="utf-8") == single_out
    events = read_table(str(tmp_path / "job" / "pq"), "events")
    keys = list(zip(events["doc_id"].to_pylist(), events["position"].to_pylist(), strict=True))
    assert len(keys) == len(set(keys)) == single["events"]
    with SqliteStore(tmp_path / "job" / "h.db") as store:
        assert (store.count_articles(), store.count_events()) == (single["processed"], single["events"])


def test_finished_job_runs_nothing(news: Path, tmp_path: Path) -> None:
    first = _sharded(news, tmp_path / "job")
    ran: list[ShardResult] = []
    second = _sharded(news, tmp_path / "job", on_shard=ran.append)
    assert ran == []
    assert second.resumed == second.shards
    assert _without_seconds(second.summary.to_dict()) == _without_seconds(first.summary.to_dict())


def test_bad_documents_are_quarantined_with_reasons(news: Path, tmp_path: Path) -> None:
    report = _sharded(news, tmp_path / "job")
    lines = [
        json.loads(line)
        for path in sorted((tmp_path / "job" / "state" / "quarantine").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    reasons = sorted(r["reason"] for r in lines)
    assert reasons == ["bad_json", "bad_record", "empty_file", "not_arabic", "pipeline_error"]
    assert len(lines) == len(report.summary.rejections)
    assert all({"path", "reason", "detail", "stage", "shard"} <= set(r) for r in lines)


def test_other_slicing_replaces_parquet_parts(news: Path, tmp_path: Path) -> None:
    _sharded(news, tmp_path / "job", lines_per_shard=3)
    report = _sharded(news, tmp_path / "job", lines_per_shard=5)
    assert report.resumed == 5  # the whole text files are the same shards
    events = read_table(str(tmp_path / "job" / "pq"), "events")
    assert events.num_rows == report.summary.events


def test_stdin_cannot_be_sharded(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        run_sharded(["-"], engine=SerialEngine(), state_dir=tmp_path, pipeline_factory=meetings_pipeline)
