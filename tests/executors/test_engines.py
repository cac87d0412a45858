"""The same events from the single-process path, local processes and a Dask LocalCluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.executors import make_engine, run_sharded
from hadath.kb import load_kb
from hadath.pipeline import Pipeline
from hadath.runner import run_job
from hadath.store.parquet import ParquetSink, read_table

from .pipelines import write_news

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
TABLES = ("events", "quotes", "mentions")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The demo articles (real pipeline, many events) and a folder with bad documents."""
    news = write_news(tmp_path_factory.mktemp("engines") / "news", records=9)
    return [str(EXAMPLES), str(news)]


@pytest.fixture(scope="module")
def single(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, Path]:
    root = tmp_path_factory.mktemp("single")
    sink = ParquetSink(str(root / "pq"))
    pipeline = Pipeline.default(load_kb(), on_error="skip")

    def keep(outcome: object) -> None:
        if outcome.kind == "processed":  # type: ignore[attr-defined]
            sink.add(outcome.article)  # type: ignore[attr-defined]

    summary = run_job(inputs, pipeline=pipeline, out=root / "out.jsonl", progress=keep)
    sink.close()
    return summary.to_dict(), (root / "out.jsonl").read_text(encoding="utf-8"), root / "pq"


@pytest.mark.parametrize("engine", ["processes", "dask"])
def test_engine_matches_single_process(
    engine: str, inputs: list[str], single: tuple[dict, str, Path], tmp_path: Path
) -> None:
    expected, expected_out, expected_pq = single
    report = run_sharded(
        inputs, engine=make_engine(engine, workers=2), state_dir=tmp_path / "state",
        out=tmp_path / "out.jsonl", out_parquet=str(tmp_path / "pq"), lines_per_shard=4,
    )  # fmt: skip
    got = report.summary.to_dict()
    assert {k: v for k, v in got.items() if k != "seconds"} == {
        k: v for k, v in expected.items() if k != "seconds"
    }
    assert report.summary.events > 100
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == expected_out
    for table in TABLES:
        assert read_table(str(tmp_path / "pq"), table).equals(read_table(str(expected_pq), table)), table
    assert 1 <= len(report.peak_rss_mb) <= 2  # one entry per worker that took shards
    assert report.startup_seconds > 0
