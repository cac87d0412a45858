"""Scale-out: the same pipeline over many articles, on local processes or a Dask cluster.

    from hadath.executors import make_engine, run_sharded
    report = run_sharded(["corpus/"], engine=make_engine("dask", workers=4),
                         state_dir="out/state", out_parquet="out/parquet", db="hadath.db")

:func:`~hadath.executors.worker.process_shard` is the per-shard function, free of Dask;
engines (:mod:`~hadath.executors.engines`) only decide where it runs; the job
(:mod:`~hadath.executors.job`) plans shards, skips finished ones and records results in order;
:mod:`~hadath.executors.dedup` is the second stage over the Parquet partitions.
"""

from hadath.executors.engines import DaskEngine, Engine, ProcessEngine, SerialEngine, make_engine
from hadath.executors.job import JobReport, run_sharded
from hadath.executors.shards import Shard, plan_shards, read_shard
from hadath.executors.worker import ShardResult, WorkerConfig, process_shard

__all__ = [
    "DaskEngine", "Engine", "JobReport", "ProcessEngine", "SerialEngine", "Shard", "ShardResult",
    "WorkerConfig", "make_engine", "plan_shards", "process_shard", "read_shard", "run_sharded",
]  # fmt: skip
