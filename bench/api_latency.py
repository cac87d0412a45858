"""HTTP API latency under concurrent clients, per kind of query.

    python bench/api_latency.py DB_PATH_OR_URL [--clients 50] [--requests 2000] [--seconds 60]
                                [--workers 1] [--pool-size 8] [--seed 7] [--json OUT.json]

Starts the API with uvicorn on loopback (a free port) in a subprocess over the store, reads
what the store holds (days, types, actors, event ids, words of event sentences) to build a
mix of typical queries, then runs ``--clients`` concurrent clients until ``--requests``
requests are answered or ``--seconds`` have passed, whichever comes first. Prints p50 and
p99 latency per query kind as a table, then the same as one JSON object (also written to
``--json``). Non-200 answers are counted as errors and left out of the latencies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from hadath.api.app import DB_ENV, POOL_ENV

START_TIMEOUT_S = 120
REQUEST_TIMEOUT_S = 60
SAMPLE_EVENTS = 500  # events read to pick ids and words from
WINDOW_DAYS = 7  # a date-range query spans this many stored days
# The server, as `hadath serve --workers N` runs it: worker processes build their app from $HADATH_DB.
SERVER = (
    "import sys, uvicorn; uvicorn.run('hadath.api.app:app_from_env', factory=True, host='127.0.0.1', "
    "port=int(sys.argv[1]), workers=int(sys.argv[2]), log_level='warning')"
)


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the store holds, as far as the queries need it."""

    days: list[str]
    types: list[str]
    actors: list[str]
    event_ids: list[int]
    words: list[str]


@dataclass(slots=True)
class Tally:
    """Latencies (seconds) of the answered requests of one kind, and its failures."""

    seconds: list[float] = field(default_factory=list)
    errors: int = 0

    def summary(self) -> dict[str, Any]:
        ms = sorted(s * 1000 for s in self.seconds)
        return {
            "requests": len(ms) + self.errors,
            "errors": self.errors,
            "p50_ms": round(_percentile(ms, 50), 1),
            "p99_ms": round(_percentile(ms, 99), 1),
            "max_ms": round(ms[-1], 1) if ms else 0.0,
        }


def _percentile(sorted_ms: Sequence[float], pct: int) -> float:
    """The ``pct`` percentile (nearest rank) of sorted values; 0 for none."""
    if not sorted_ms:
        return 0.0
    rank = max(1, -(-pct * len(sorted_ms) // 100))  # ceil(pct * n / 100)
    return sorted_ms[rank - 1]


# -- the server ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(target: str, workers: int, pool_size: int) -> Iterator[str]:
    """The API over ``target`` in a uvicorn subprocess; yields its base URL; stops it after."""
    port = _free_port()
    env = {**os.environ, DB_ENV: target, POOL_ENV: str(pool_size)}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port), str(workers)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer within {START_TIMEOUT_S} s")


# -- the queries -----------------------------------------------------------------------------


def read_corpus(base: str) -> Corpus:
    """Days, types, actors, event ids and sentence words of the served store."""
    with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        stats = client.get("/api/stats").json()
        actors = client.get("/api/actors", params={"limit": 100}).json()["data"]
        events = client.get("/api/events", params={"limit": SAMPLE_EVENTS}).json()["data"]
    words = sorted({w for e in events for w in e["sentence"].split() if len(w) >= 5 and w.isalpha()})
    corpus = Corpus(
        days=[d["day"] for d in stats["by_day"]],
        types=list(stats["by_type"]),
        actors=[a["name"] for a in actors],
        event_ids=[e["id"] for e in events],
        words=words,
    )
    if not (corpus.types and corpus.event_ids):
        raise SystemExit("the store holds no events to query")
    return corpus


Query = tuple[str, dict[str, Any]]


def _date_range(rng: random.Random, c: Corpus) -> Query:
    if not c.days:
        return "/api/events", {}
    first = rng.randrange(len(c.days))
    last = min(len(c.days) - 1, first + WINDOW_DAYS - 1)
    return "/api/events", {"date_from": c.days[first], "date_to": c.days[last]}


def _by_type(rng: random.Random, c: Corpus) -> Query:
    return "/api/events", {"type": rng.choice(c.types), "sort": rng.choice(["-date", "-sources"])}


def _by_actor(rng: random.Random, c: Corpus) -> Query:
    return "/api/events", {"actor": rng.choice(c.actors)} if c.actors else {}


def _text(rng: random.Random, c: Corpus) -> Query:
    return "/api/events", {"q": rng.choice(c.words)} if c.words else {}


def _detail(rng: random.Random, c: Corpus) -> Query:
    return f"/api/events/{rng.choice(c.event_ids)}", {}


def _aggregate(rng: random.Random, c: Corpus) -> Query:
    params: dict[str, Any] = {"by": rng.choice(["day", "type", "dyad", "place"])}
    if c.days and rng.random() < 0.5:
        params.update(_date_range(rng, c)[1])
    return "/api/aggregates", params


# Kind -> how to draw one query of it. Each kind is drawn equally often.
KINDS: dict[str, Callable[[random.Random, Corpus], Query]] = {
    "date_range": _date_range, "type": _by_type, "actor": _by_actor, "text": _text,
    "detail": _detail, "aggregate": _aggregate,
}  # fmt: skip


def plan(corpus: Corpus, count: int, seed: int) -> list[tuple[str, Query]]:
    """``count`` (kind, query) pairs, the kinds in turn, the values drawn with ``seed``."""
    rng = random.Random(seed)
    names = list(KINDS)
    return [(names[i % len(names)], KINDS[names[i % len(names)]](rng, corpus)) for i in range(count)]


# -- the load --------------------------------------------------------------------------------


class Connection:
    """One keep-alive HTTP/1.1 connection from one client: a request at a time.

    The load is sent with this rather than httpx: at 50 concurrent clients on a small
    machine, httpx's own work per request took more CPU than the server's and made most of
    the p99 (a static page measured 1.1 s at p99 through httpx, 28 ms through this).
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str, params: dict[str, Any]) -> int:
        """GET ``path?params``; returns the status once the whole body has been read."""
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        target = f"{path}?{urlencode(params)}" if params else path
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = dict(line.lower().split(": ", 1) for line in head[1:] if ": " in line)
        if "content-length" in headers:
            await reader.readexactly(int(headers["content-length"]))
        else:
            await _read_chunks(reader)
        if headers.get("connection") == "close":
            await self.close()
        return int(head[0].split()[1])

    async def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
            self._streams = None


async def _read_chunks(reader: asyncio.StreamReader) -> None:
    """Read a chunked body to its end."""
    while True:
        size = int((await reader.readline()).split(b";")[0], 16)
        await reader.readexactly(size + 2)  # the chunk and its CRLF
        if size == 0:
            return


async def run_load(
    base: str, queries: list[tuple[str, Query]], clients: int, seconds: float
) -> dict[str, Tally]:
    """Send ``queries`` from ``clients`` concurrent clients until done or out of time."""
    tallies = {kind: Tally() for kind in KINDS}
    todo = iter(queries)
    deadline = time.monotonic() + seconds
    where = urlsplit(base)

    async def client() -> None:
        connection = Connection(where.hostname or "127.0.0.1", where.port or 80)
        for kind, (path, params) in todo:
            if time.monotonic() > deadline:
                break
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(connection.get(path, params), REQUEST_TIMEOUT_S)
            except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError):
                status = 0
                await connection.close()  # start the next request on a fresh connection
            if status == 200:
                tallies[kind].seconds.append(time.perf_counter() - started)
            else:
                tallies[kind].errors += 1
        await connection.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return tallies


def report(tallies: dict[str, Tally], wall: float, args: argparse.Namespace) -> dict[str, Any]:
    """The results as one JSON-ready dict."""
    kinds = {kind: t.summary() for kind, t in tallies.items()}
    answered = sum(len(t.seconds) for t in tallies.values())
    every = sorted(s * 1000 for t in tallies.values() for s in t.seconds)
    return {
        "target": _label(args.target), "clients": args.clients, "requests": answered,
        "errors": sum(t.errors for t in tallies.values()), "seconds": round(wall, 2),
        "requests_per_s": round(answered / wall, 1) if wall else 0.0,
        "p50_ms": round(_percentile(every, 50), 1), "p99_ms": round(_percentile(every, 99), 1),
        "kinds": kinds, "workers": args.workers, "pool_size": args.pool_size, "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }  # fmt: skip


def _label(target: str) -> str:
    """The target without a password, if it is a URL that has one."""
    if "://" in target and "@" in target:
        scheme, rest = target.split("://", 1)
        user = rest.split("@", 1)[0].split(":", 1)[0]
        return f"{scheme}://{user}@{rest.split('@', 1)[1]}"
    return target


def print_table(result: dict[str, Any]) -> None:
    print(f"{'kind':<12} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    rows = [*result["kinds"].items(), ("all", {**result, "max_ms": ""})]
    for kind, r in rows:
        print(
            f"{kind:<12} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8}"
        )
    print(f"{result['requests']} requests in {result['seconds']} s ({result['requests_per_s']}/s), "
          f"{result['clients']} clients")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", help="a SQLite store file or a postgresql:// URL")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--requests", type=int, default=2000, help="requests in all (default 2000)")
    parser.add_argument("--seconds", type=float, default=60, help="stop after this long (default 60)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    parser.add_argument("--pool-size", type=int, default=8, help="store connections per process (default 8)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the query mix")
    parser.add_argument("--json", help="also write the result to this file")
    args = parser.parse_args(argv)
    with serve(args.target, args.workers, args.pool_size) as base:
        queries = plan(read_corpus(base), args.requests, args.seed)
        started = time.perf_counter()
        tallies = asyncio.run(run_load(base, queries, args.clients, args.seconds))
        wall = time.perf_counter() - started
    result = report(tallies, wall, args)
    print_table(result)
    print(json.dumps(result, ensure_ascii=False))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=2)
    return 0 if result["requests"] else 1


if __name__ == "__main__":
    sys.exit(main())
