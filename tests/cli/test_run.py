"""``hadath run``: the runner (ingest, pipeline, store, JSONL) and its typer command.

A one-stage test pipeline stands in for the default one, so these tests check the run's
plumbing (counts, rejections, storage, output, exit codes), not the pipeline's judgement.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hadath.errors import ConfigError
from hadath.kb import KnowledgeBase
from hadath.pipeline import Pipeline
from hadath.runner import Outcome, RunSummary, run_job
from hadath.store import SqliteStore

from ..executors.pipelines import meetings_pipeline

# Written for these tests. The first line of a .txt file is its title.
ARTICLES: dict[str, str] = {
    "meeting.txt": (
        "لقاء في عمان\n"
        "التقى رئيس الوزراء الأردني وفدا من رجال الأعمال في عمان أمس لبحث سبل دعم الاستثمار. "
        "وأكد الطرفان أهمية تعزيز الشراكة بين القطاعين العام والخاص في السنوات المقبلة."
    ),
    "health.txt": (
        "خطة الطوارئ\n"
        "اجتمع وزير الصحة مع مديري المستشفيات الحكومية لمناقشة خطة الطوارئ الجديدة. "
        "وتشمل الخطة زيادة عدد الأسرة وتدريب الكوادر الطبية على التعامل مع الحالات الحرجة."
    ),
    "school.txt": (
        "العام الدراسي\n"
        "أعلنت وزارة التربية عن موعد بدء العام الدراسي الجديد في الأسبوع الأول من الشهر المقبل. "
        "ودعت الوزارة أولياء الأمور إلى تسجيل أبنائهم في المدارس القريبة من سكنهم مبكرا."
    ),
    "broken.txt": (
        "عطل فني\n"
        "تعطل نظام الحجز الإلكتروني في المطار لساعات طويلة مما أدى إلى تأخر عشرات الرحلات. "
        "وقالت إدارة المطار إن فرقها الفنية تعمل على إصلاح العطل في أسرع وقت ممكن."
    ),
}
PROCESSED = ("meeting.txt", "health.txt", "school.txt")


def make_pipeline() -> Pipeline:
    return meetings_pipeline(())


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder of four Arabic articles and one empty file."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _run(news: Path, **kwargs: object) -> RunSummary:
    return run_job([str(news)], pipeline=make_pipeline(), **kwargs)  # type: ignore[arg-type]


# -- the runner --------------------------------------------------------------------------


def test_run_job_counts_stores_and_writes(news: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "events.jsonl"
    summary = _run(news, db=tmp_path / "h.db", out=out, published="2024-05-02")
    assert (summary.read, summary.processed, summary.events) == (5, 3, 2)
    assert dict(summary.skipped) == {"empty_file": 1}
    assert dict(summary.failed) == {"pipeline_error": 1}
    assert (summary.added, summary.unchanged, summary.replaced) == (3, 0, 0)
    assert summary.exit_code == 0
    assert sorted(Path(r.path).name for r in summary.rejections) == ["broken.txt", "empty.txt"]
    written = out.read_text(encoding="utf-8")
    assert "التقى" in written  # Arabic as is, not \\u escapes
    lines = written.splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert {r["published"][:10] for r in records} == {"2024-05-02"}
    assert {"doc_id", "text", "events", "quotes", "entities"} <= set(records[0])
    with SqliteStore(tmp_path / "h.db") as store:
        assert store.count_articles() == 3
        assert store.count_events() == 2
        (run,) = store.runs()
        assert run["counts"]["processed"] == 3


def test_run_job_rerun_adds_nothing(news: Path, tmp_path: Path) -> None:
    _run(news, db=tmp_path / "h.db")
    again = _run(news, db=tmp_path / "h.db")
    assert (again.added, again.unchanged, again.replaced) == (0, 3, 0)
    with SqliteStore(tmp_path / "h.db") as store:
        assert store.count_articles() == 3
        assert store.count_events() == 2
        assert len(store.runs()) == 2


def test_run_job_reports_each_document_once(news: Path) -> None:
    seen: list[Outcome] = []
    _run(news, progress=seen.append)
    kinds = sorted(o.kind for o in seen)
    assert kinds == ["failed", "processed", "processed", "processed", "skipped"]
    lines = [o.rejection.line() for o in seen if o.rejection is not None]
    assert len(lines) == 2
    assert all("\n" not in line for line in lines)
    assert any(line.startswith(str(news / "empty.txt") + ": ") for line in lines)


def test_run_job_out_stream_without_store(news: Path) -> None:
    stream = io.StringIO()
    summary = _run(news, out=stream)
    assert summary.added == 0
    assert len(stream.getvalue().splitlines()) == 3


def test_run_job_nothing_processable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    summary = run_job([str(tmp_path / "empty.txt")], pipeline=make_pipeline())
    assert summary.processed == 0
    assert summary.exit_code == 1
    assert dict(summary.skipped) == {"empty_file": 1}


def test_run_job_published_twice_is_config_error(news: Path) -> None:
    from hadath.ingest import IngestSettings

    with pytest.raises(ConfigError):
        _run(news, published="2024-05-02", settings=IngestSettings(published="2024-05-01"))


# -- the command -------------------------------------------------------------------------


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """Invoke ``run`` with the test pipeline and an empty knowledge base."""

    def default(cls: type[Pipeline], kb: KnowledgeBase | None = None, *, on_error: str = "raise") -> Pipeline:
        return make_pipeline()

    monkeypatch.setattr(Pipeline, "default", classmethod(default))
    monkeypatch.setattr("hadath.kb.load_kb", lambda *overlays: KnowledgeBase(data_hash="test"))
    from hadath.cli.run import run_cli

    app = typer.Typer()
    app.command()(run_cli)
    runner = CliRunner()

    def invoke(*args: str) -> object:
        return runner.invoke(app, list(args))

    return invoke


def test_run_cli_out_stdout_is_data_only(cli: Callable[..., object], news: Path, tmp_path: Path) -> None:
    result = cli(str(news), "--db", str(tmp_path / "h.db"), "--out", "-")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(r["meta"].get("path", r["doc_id"])).name for r in records) == sorted(PROCESSED)
    stderr = result.stderr
    assert stderr.count("empty.txt: ") == 1
    assert stderr.count("broken.txt: ") == 1
    (failure,) = [line for line in stderr.splitlines() if "broken.txt: " in line]
    assert "the test stage refuses this article" in failure  # one line, however long
    for label in ("read", "processed", "skipped: empty_file", "failed: pipeline_error", "stored: added"):
        assert label in stderr


def test_run_cli_no_db_and_table(
    cli: Callable[..., object], news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(str(news), "--no-db", "--table")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "CONSULT" in result.stderr
    assert "stored:" not in result.stderr
    assert not (tmp_path / "hadath.db").exists()


def test_run_cli_default_db_in_working_dir(
    cli: Callable[..., object], news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli(str(news)).exit_code == 0
    with SqliteStore(tmp_path / "hadath.db") as store:
        assert store.count_articles() == 3


def test_run_cli_nothing_processed_exits_1(cli: Callable[..., object], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli(str(tmp_path / "empty.txt"), "--no-db")
    assert result.exit_code == 1
    assert result.stderr.count("empty.txt: ") == 1


@pytest.mark.parametrize(
    "options",
    [
        ("--field", "text"),
        ("--field", "=body"),
        ("--published", "yesterday"),
        ("--max-bytes", "0"),
    ],
)
def test_run_cli_usage_errors_exit_2(
    cli: Callable[..., object], news: Path, options: tuple[str, str]
) -> None:
    result = cli(str(news), "--no-db", *options)
    assert result.exit_code == 2


def test_run_cli_is_wired_into_the_root_app() -> None:
    root = pytest.importorskip("hadath.cli.app")
    result = CliRunner().invoke(root.app, ["run", "--help"])
    assert result.exit_code == 0
    assert "--published" in result.output


def test_run_cli_field_map_reads_jsonl(cli: Callable[..., object], tmp_path: Path) -> None:
    body = ARTICLES["meeting.txt"].split("\n", 1)[1]
    lines = [{"id": "j1", "body": body, "published": "2024-05-02"}, {"id": "j2", "body": ""}]
    source = tmp_path / "dump.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf-8")
    result = cli(str(source), "--no-db", "--out", "-", "--field", "text=body")
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["doc_id"] == "j1"
    assert record["events"][0]["trigger"] == "التقى"
    assert result.stderr.count("dump.jsonl:2") == 1


# -- engines (issue 9) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        ("--workers", "2"),
        ("--scheduler", "tcp://127.0.0.1:8786"),
        ("--engine", "spark"),
        ("--engine", "processes", "--scheduler", "tcp://127.0.0.1:8786"),
    ],
)
def test_run_cli_engine_usage_errors_exit_2(
    cli: Callable[..., object], news: Path, options: tuple[str, ...]
) -> None:
    assert cli(str(news), "--no-db", *options).exit_code == 2


def test_run_cli_stdin_needs_local_engine(cli: Callable[..., object]) -> None:
    assert cli("-", "--no-db", "--engine", "processes").exit_code == 2


def test_run_cli_local_engine_writes_parquet(cli: Callable[..., object], news: Path, tmp_path: Path) -> None:
    from hadath.store.parquet import read_table

    result = cli(str(news), "--no-db", "--out-parquet", str(tmp_path / "pq"), "--published", "2024-05-02")
    assert result.exit_code == 0, result.output
    events = read_table(str(tmp_path / "pq"), "events")
    assert events.num_rows == 2
    assert "documents/s" in result.stderr


def test_run_cli_processes_engine_resumes(cli: Callable[..., object], news: Path, tmp_path: Path) -> None:
    # Workers build the real pipeline (monkeypatching stays in this process): check plumbing only.
    args = (str(news), "--engine", "processes", "--workers", "1", "--db", str(tmp_path / "h.db"),
            "--out-parquet", str(tmp_path / "pq"))  # fmt: skip
    first = cli(*args)
    assert first.exit_code == 0, first.output
    assert "shards: already done" in first.stderr
    assert len(list((tmp_path / "pq" / "_job" / "_shards").glob("*.json"))) == 5
    again = cli(*args)
    assert again.exit_code == 0
    (line,) = [x for x in again.stderr.splitlines() if "already done" in x]
    assert line.split()[-2] == "5"
    with SqliteStore(tmp_path / "h.db") as store:
        assert store.count_articles() == 4
