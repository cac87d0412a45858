"""Engines: where shards run. In this process, on local processes, or on a Dask cluster.

Every engine offers the same three calls: :meth:`Engine.warm` (build each worker's pipeline
before the clock starts), :meth:`Engine.map_unordered` (run a function over items, a
bounded number in flight, results as they finish) and the context manager that starts and
stops it. The job logic lives in :mod:`hadath.executors.job` and never sees which engine
runs it, so an engine for another framework is one more small class here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from types import TracebackType
from typing import Any, Literal, TypeVar

from hadath.errors import ConfigError
from hadath.executors.worker import WorkerConfig, get_pipeline, warm_worker

logger = logging.getLogger(__name__)

EngineName = Literal["serial", "processes", "dask"]
ENGINES: tuple[str, ...] = ("local", "processes", "dask")
# Tasks kept in flight per worker: enough to hide scheduling gaps, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2

T = TypeVar("T")
R = TypeVar("R")


class Engine(ABC):
    """Runs a function over items on some workers."""

    name: str = "engine"

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self.dashboard = ""

    def __enter__(self) -> Engine:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> None:  # noqa: B027 - engines without set-up need not override it
        """Start workers (or connect to them)."""

    def close(self) -> None:  # noqa: B027 - engines without resources need not override it
        """Stop what :meth:`start` started."""

    @abstractmethod
    def warm(self, config: WorkerConfig) -> list[dict[str, Any]]:
        """Build the pipeline on every worker; one report (worker, seconds, memory) each."""

    @abstractmethod
    def map_unordered(
        self, fn: Callable[[T, Any], R], items: Sequence[T], arg: Any
    ) -> Iterator[tuple[int, R]]:
        """``(index, fn(items[index], arg))`` for every item, in the order they finish."""


class SerialEngine(Engine):
    """Everything in this process, one shard after another: for tests and debugging."""

    name = "serial"

    def __init__(self, workers: int = 1) -> None:
        super().__init__(1)

    def warm(self, config: WorkerConfig) -> list[dict[str, Any]]:
        return [warm_worker(config)]

    def map_unordered(
        self, fn: Callable[[T, Any], R], items: Sequence[T], arg: Any
    ) -> Iterator[tuple[int, R]]:
        for index, item in enumerate(items):
            yield index, fn(item, arg)


def _init_process(config: WorkerConfig) -> None:
    get_pipeline(config)


class ProcessEngine(Engine):
    """All cores of this machine, as worker processes; no service to run."""

    name = "processes"

    def __init__(self, workers: int | None = None) -> None:
        super().__init__(workers or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        self._config: WorkerConfig | None = None

    def warm(self, config: WorkerConfig) -> list[dict[str, Any]]:
        # The pool starts here, so that each worker builds its pipeline as it starts.
        self._open(config)
        pool = self._require()
        futures = [pool.submit(warm_worker, config) for _ in range(self.workers)]
        return [f.result() for f in futures]

    def _open(self, config: WorkerConfig) -> None:
        if self._pool is None or self._config != config:
            self.close()
            # spawn, not fork: the driver may hold threads (progress display, logging).
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_init_process, initargs=(config,)
            )
            self._config = config

    def _require(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Work that needs no pipeline (the deduplication stage): plain workers.
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map_unordered(
        self, fn: Callable[[T, Any], R], items: Sequence[T], arg: Any
    ) -> Iterator[tuple[int, R]]:
        if isinstance(arg, WorkerConfig):
            self._open(arg)
        pool = self._require()
        pending: dict[Future[R], int] = {}
        queue = iter(enumerate(items))
        limit = self.workers * IN_FLIGHT_PER_WORKER
        while True:
            for index, item in queue:
                pending[pool.submit(fn, item, arg)] = index
                if len(pending) >= limit:
                    break
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield pending.pop(future), future.result()


class DaskEngine(Engine):
    """A Dask cluster: a LocalCluster of ``workers`` processes, or the scheduler at an address.

    On an existing cluster (dask-jobqueue, dask-kubernetes, ``dask scheduler``) give its
    address; every worker needs Hadath installed and read access to the inputs.
    """

    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None) -> None:
        super().__init__(workers or os.cpu_count() or 1)
        self.scheduler = scheduler
        self._client: Any = None
        self._cluster: Any = None

    def start(self) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as err:  # pragma: no cover - depends on the install
            raise ConfigError("the dask engine needs the dask extra: pip install 'hadath[dask]'") from err
        # Dask logs its cluster chatter at INFO; follow the level the user chose for ours.
        logging.getLogger("distributed").setLevel(max(logging.getLogger().getEffectiveLevel(), logging.INFO))
        if self.scheduler:
            self._client = Client(self.scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
            self._client = Client(self._cluster)
        self.workers = max(1, sum(self._client.nthreads().values()))
        self.dashboard = self._client.dashboard_link or ""
        logger.info("dask: %d worker threads, dashboard %s", self.workers, self.dashboard)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def _require(self) -> Any:
        if self._client is None:
            raise ConfigError("the dask engine has not been started")
        return self._client

    def warm(self, config: WorkerConfig) -> list[dict[str, Any]]:
        reports = self._require().run(warm_worker, config)
        return list(reports.values())

    def map_unordered(
        self, fn: Callable[[T, Any], R], items: Sequence[T], arg: Any
    ) -> Iterator[tuple[int, R]]:
        from dask.distributed import as_completed

        client = self._require()
        queue = iter(enumerate(items))
        index_of: dict[str, int] = {}

        def submit(index: int, item: T) -> Any:
            future = client.submit(fn, item, arg, pure=False)
            index_of[future.key] = index
            return future

        first = [submit(i, item) for i, item in _take(queue, self.workers * IN_FLIGHT_PER_WORKER)]
        finished = as_completed(first, with_results=True)
        for future, result in finished:
            yield index_of.pop(future.key), result
            for i, item in _take(queue, 1):
                finished.add(submit(i, item))


def _take(queue: Iterator[tuple[int, T]], n: int) -> list[tuple[int, T]]:
    taken: list[tuple[int, T]] = []
    for pair in queue:
        taken.append(pair)
        if len(taken) == n:
            break
    return taken


def make_engine(name: str, *, workers: int | None = None, scheduler: str | None = None) -> Engine:
    """The engine for ``--engine``: ``processes`` or ``dask`` (``serial`` runs in-process).

    Raises:
        ConfigError: an unknown engine, or a scheduler address for an engine other than dask.
    """
    if scheduler and name != "dask":
        raise ConfigError("--scheduler needs --engine dask")
    if name == "processes":
        return ProcessEngine(workers)
    if name == "dask":
        return DaskEngine(workers, scheduler)
    if name == "serial":
        return SerialEngine()
    raise ConfigError(f"unknown engine {name!r}: use one of {', '.join(ENGINES)}")
