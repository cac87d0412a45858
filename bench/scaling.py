"""Scaling: single process against local processes and Dask, with 1 and 2 workers.

    python bench/scaling.py CORPUS.jsonl.gz [-n 2000] [--workers 1 2] [--lines-per-shard 100] [--json]

Copies the first N records of a JSONL(.gz) corpus into a temporary JSONL file, then codes
it once per configuration: ``single`` (the single-process path, ``hadath run``'s default),
and ``processes``/``dask`` with each worker count (``run_sharded``, the path of
``--engine processes|dask``). Start-up (engine start and each worker's knowledge-base load;
for ``single`` the knowledge-base load) is timed apart from processing. Reports documents/s,
per-core efficiency (rate / workers / single-process rate, start-up excluded), start-up
seconds, peak RSS per worker, and the event count, which must be equal in every row.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hadath.executors import make_engine, run_sharded
from hadath.kb import load_kb
from hadath.pipeline import Pipeline
from hadath.runner import run_job


def copy_head(corpus: Path, limit: int, target: Path) -> int:
    """The first ``limit`` lines of a JSONL(.gz) corpus, written to ``target``."""
    opener = gzip.open if corpus.name.endswith(".gz") else open
    written = 0
    with opener(corpus, "rt", encoding="utf-8") as source, target.open("w", encoding="utf-8") as sink:
        for line in source:
            if written == limit:
                break
            sink.write(line)
            written += 1
    return written


def run_single(data: Path) -> dict[str, Any]:
    """The single-process path: knowledge-base load, then the run."""
    started = time.perf_counter()
    pipeline = Pipeline.default(load_kb(), on_error="skip")
    startup = time.perf_counter() - started
    summary = run_job([str(data)], pipeline=pipeline)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return _row("single", 1, summary.read, summary.events, startup, summary.seconds, rss)


def run_engine(name: str, workers: int, data: Path, lines: int, scratch: Path) -> dict[str, Any]:
    """One sharded run with a fresh state directory."""
    state = scratch / f"{name}-{workers}"
    report = run_sharded(
        [str(data)], engine=make_engine(name, workers=workers), state_dir=state, lines_per_shard=lines
    )
    rss = max(report.peak_rss_mb.values(), default=0.0)
    summary = report.summary
    return _row(name, workers, summary.read, summary.events, report.startup_seconds, report.seconds, rss)


def _row(
    name: str, workers: int, docs: int, events: int, startup: float, seconds: float, rss: float
) -> dict[str, Any]:
    return {
        "engine": name, "workers": workers, "documents": docs, "events": events,
        "startup_s": round(startup, 2), "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 2) if seconds else 0.0, "peak_rss_mb": round(rss),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-n", type=int, default=2000, help="records to code per configuration")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engines", nargs="+", default=["processes", "dask"])
    parser.add_argument("--lines-per-shard", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        data = scratch / "head.jsonl"
        copy_head(args.corpus, args.n, data)
        rows = [run_single(data)]
        for name in args.engines:
            for workers in args.workers:
                rows.append(run_engine(name, workers, data, args.lines_per_shard, scratch))
    base = rows[0]["docs_per_s"]
    for row in rows:
        row["per_core_efficiency"] = round(row["docs_per_s"] / row["workers"] / base, 3) if base else 0.0
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(rows)
    return 0 if len({r["events"] for r in rows}) == 1 else 1


def print_table(rows: list[dict[str, Any]]) -> None:
    """A Markdown table of the rows."""
    columns = list(rows[0])
    sys.stdout.write("| " + " | ".join(columns) + " |\n")
    sys.stdout.write("|" + "---|" * len(columns) + "\n")
    for row in rows:
        sys.stdout.write("| " + " | ".join(str(row[c]) for c in columns) + " |\n")


if __name__ == "__main__":
    sys.exit(main())
