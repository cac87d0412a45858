"""Single-process pipeline throughput on a JSONL(.gz) corpus.

    python bench/throughput.py CORPUS.jsonl.gz [-n 500] [--warmup 20] [--repeat 3] [--json]

Reads the first N records (fields ``id``, ``title``, ``text``, ``published``, as in
SaudiNewsNet), times the knowledge-base load on its own, warms the pipeline up (lazy imports,
caches), then runs it ``--repeat`` times over the same articles. Reports articles/s,
sentences/s and tokens/s with their spread, per-stage seconds from the stage stats, peak RSS,
and an event count and output checksum that must agree across repeats, so that "faster"
cannot mean "broken". Rates are given per wall-clock second and per CPU second of this
process: on a shared machine the CPU rate is the per-core speed, the wall rate what a run
saw. The corpus path is an argument; nothing here knows where corpora live.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from hadath import Article, Pipeline
from hadath.kb import KnowledgeBase, load_kb
from hadath.pipeline import PipelineFailure
from hadath.stats import Stats

PACKAGES: tuple[str, ...] = ("hadath", "pyahocorasick", "pydantic", "pyyaml", "lxml", "trafilatura")


@dataclass(slots=True)
class Repeat:
    """One timed pass over the articles."""

    seconds: float
    cpu_seconds: float
    articles: int
    sentences: int
    tokens: int
    events: int
    quotes: int
    failed: int
    checksum: str
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def rate(self, count: int) -> float:
        return count / self.seconds if self.seconds else 0.0

    def cpu_rate(self, count: int) -> float:
        return count / self.cpu_seconds if self.cpu_seconds else 0.0


def read_records(path: Path, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` records that have a text, from a JSONL or JSONL.gz file."""
    records: list[dict[str, Any]] = []
    for record in _json_lines(path):
        if isinstance(record, dict) and str(record.get("text") or "").strip():
            records.append(record)
            if len(records) == limit:
                break
    return records


def _json_lines(path: Path) -> Iterator[Any]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def to_article(record: dict[str, Any]) -> Article:
    """A fresh, unprocessed article from a corpus record."""
    return Article(
        doc_id=str(record.get("id") or record.get("doc_id") or ""),
        text=str(record["text"]),
        title=str(record.get("title") or ""),
        url=str(record.get("url") or ""),
        published=record.get("published"),
        source=str(record.get("source") or ""),
    )


def input_checksum(records: Sequence[dict[str, Any]]) -> str:
    """A hash of the texts measured, so two reports can be checked to cover the same input."""
    digest = hashlib.sha256()
    for record in records:
        digest.update(str(record["text"]).encode("utf-8"))
    return digest.hexdigest()[:16]


def time_kb_load(overlays: Sequence[str]) -> tuple[KnowledgeBase, float]:
    """The knowledge base and the seconds its load took."""
    started = time.perf_counter()
    kb = load_kb(*overlays)
    return kb, time.perf_counter() - started


def reset_stage_stats(pipeline: Pipeline) -> None:
    """Zero every stage's counters so that a pass reports its own time only."""
    for stage in pipeline.stages:
        stage.stats = Stats()


def run_pass(pipeline: Pipeline, records: Sequence[dict[str, Any]]) -> Repeat:
    """Process every record once (articles are rebuilt outside the timer) and measure."""
    articles = [to_article(r) for r in records]
    reset_stage_stats(pipeline)
    digest = hashlib.sha256()
    started, cpu_started = time.perf_counter(), time.process_time()
    results = list(pipeline.pipe(articles))
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    done = [r for r in results if not isinstance(r, PipelineFailure)]
    for article in done:
        output = {"doc_id": article.doc_id, "events": [e.to_dict() for e in article.events],
                  "quotes": [q.to_dict() for q in article.quotes]}  # fmt: skip
        digest.update(json.dumps(output, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return Repeat(
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        articles=len(done),
        sentences=sum(len(a.sentences) for a in done),
        tokens=sum(len(a.tokens) for a in done),
        events=sum(len(a.events) for a in done),
        quotes=sum(len(a.quotes) for a in done),
        failed=len(results) - len(done),
        checksum=digest.hexdigest()[:16],
        stage_seconds={name: round(s.seconds, 4) for name, s in pipeline.stage_stats().items()},
    )


def spread(values: Sequence[float]) -> dict[str, float]:
    """Mean, standard deviation, minimum and maximum of a few measurements."""
    return {
        "mean": round(statistics.fmean(values), 2),
        "stdev": round(statistics.stdev(values), 2) if len(values) > 1 else 0.0,
        "min": round(min(values), 2),
        "max": round(max(values), 2),
    }


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def versions() -> dict[str, str]:
    """Python and the versions of the packages that decide the speed."""
    found = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    return {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
    }


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Run the benchmark the arguments describe and return the report as a dict."""
    records = read_records(Path(args.corpus), args.n)
    if not records:
        raise SystemExit(f"{args.corpus}: no records with a text")
    kb, kb_seconds = time_kb_load(args.kb)
    started = time.perf_counter()
    pipeline = Pipeline.default(kb, on_error="skip")
    build_seconds = time.perf_counter() - started
    run_pass(pipeline, records[: args.warmup])
    repeats = [run_pass(pipeline, records) for _ in range(args.repeat)]
    first = repeats[0]
    return {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(),
        "data_hash": kb.data_hash,
        "corpus": {"path": str(args.corpus), "records": len(records), "checksum": input_checksum(records)},
        "kb_load_seconds": round(kb_seconds, 3),
        "pipeline_build_seconds": round(build_seconds, 3),
        "warmup": min(args.warmup, len(records)),
        "repeat": args.repeat,
        "articles_per_s": spread([r.rate(r.articles) for r in repeats]),
        "sentences_per_s": spread([r.rate(r.sentences) for r in repeats]),
        "tokens_per_s": spread([r.rate(r.tokens) for r in repeats]),
        "sentences_per_cpu_s": spread([r.cpu_rate(r.sentences) for r in repeats]),
        "stage_seconds": {
            name: round(statistics.fmean(r.stage_seconds[name] for r in repeats), 4)
            for name in first.stage_seconds
        },
        "peak_rss_mib": peak_rss_mib(),
        "output": {
            "articles": first.articles,
            "failed": first.failed,
            "sentences": first.sentences,
            "tokens": first.tokens,
            "events": first.events,
            "quotes": first.quotes,
            "checksum": first.checksum,
            "deterministic": len({r.checksum for r in repeats}) == 1,
        },
        "repeats": [asdict(r) for r in repeats],
    }


def render(report: dict[str, Any]) -> str:
    """The report as text for people."""

    def rate(name: str) -> str:
        s = report[name]
        return f"{s['mean']:>10.1f} ± {s['stdev']:.1f}  (min {s['min']:.1f}, max {s['max']:.1f})"

    out = report["output"]
    total_stage = sum(report["stage_seconds"].values()) or 1.0
    lines = [
        f"command      {report['command']}",
        f"date         {report['date']}",
        f"machine      {report['machine']['platform']}, {report['machine']['cpus']} CPUs",
        "versions     " + ", ".join(f"{k} {v}" for k, v in report["versions"].items()),
        f"data hash    {report['data_hash']}",
        f"corpus       {report['corpus']['path']} ({report['corpus']['records']} records, "
        f"input {report['corpus']['checksum']})",
        f"kb load      {report['kb_load_seconds']:.3f} s; pipeline build {report['pipeline_build_seconds']:.3f} s",
        f"warm-up      {report['warmup']} articles; {report['repeat']} timed repeats",
        "",
        f"articles/s   {rate('articles_per_s')}",
        f"sentences/s  {rate('sentences_per_s')}",
        f"tokens/s     {rate('tokens_per_s')}",
        f"sentences/s  {rate('sentences_per_cpu_s')}  per CPU second",
        f"peak RSS     {report['peak_rss_mib']:.1f} MiB",
        "",
        "stage seconds (mean per repeat)",
        *(
            f"  {name:<20} {secs:8.3f}  {100 * secs / total_stage:5.1f}%"
            for name, secs in sorted(report["stage_seconds"].items(), key=lambda kv: -kv[1])
        ),
        "",
        f"output       {out['articles']} articles ({out['failed']} failed), {out['sentences']} sentences, "
        f"{out['tokens']} tokens, {out['events']} events, {out['quotes']} quotes",
        f"checksum     {out['checksum']} ({'same' if out['deterministic'] else 'DIFFERS'} across repeats)",
    ]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="JSONL or JSONL.gz file with id, title, text, published fields")
    parser.add_argument("-n", type=int, default=500, help="articles to measure (the first N)")
    parser.add_argument("--warmup", type=int, default=20, help="articles processed before timing")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the N articles")
    parser.add_argument("--kb", action="append", default=[], help="knowledge overlay directory")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.n < 1 or args.repeat < 1 or args.warmup < 0:
        parser.error("-n and --repeat must be positive, --warmup not negative")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    report = measure(args)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report))
    return 0 if report["output"]["deterministic"] else 1


if __name__ == "__main__":
    sys.exit(main())
