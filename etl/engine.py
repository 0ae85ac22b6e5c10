"""Where per-batch work runs: in this process, in local worker processes, or on a Dask cluster.

Every engine maps a picklable module-level function over an iterable of Arrow
tables and yields the outputs in input order, so the written tables are identical
whichever engine ran them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

import pyarrow as pa

from etl.errors import InputError

ENGINES = ("local", "serial", "dask")


class Engine(Protocol):
    name: str

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class ArrowPayload:
    """An Arrow batch or table as Arrow IPC bytes, the form in which it crosses a process boundary.

    Pickling a sliced batch pickles the whole buffers it is a view of (a 2,000-row slice of a
    50,000-row row group pickled to 80 MB instead of 3 MB); IPC writes only the rows in the slice.
    """

    data: bytes
    table: bool

    @classmethod
    def of(cls, item: pa.RecordBatch | pa.Table) -> ArrowPayload:
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, item.schema) as writer:
            writer.write(item)
        return cls(sink.getvalue().to_pybytes(), isinstance(item, pa.Table))

    def value(self) -> pa.RecordBatch | pa.Table:
        reader = pa.ipc.open_stream(self.data)
        return reader.read_all() if self.table else reader.read_next_batch()


def pack(value: Any) -> Any:
    """Arrow values (also inside a tuple) as `ArrowPayload`s; anything else unchanged."""
    if isinstance(value, pa.RecordBatch | pa.Table):
        return ArrowPayload.of(value)
    if isinstance(value, tuple):
        return tuple(pack(v) for v in value)
    return value


def unpack(value: Any) -> Any:
    if isinstance(value, ArrowPayload):
        return value.value()
    if isinstance(value, tuple):
        return tuple(unpack(v) for v in value)
    return value


def call_packed(fn: Callable[[Any], Any], item: Any) -> Any:
    """What a worker runs: unpack the input, call `fn`, pack the output."""
    return pack(fn(unpack(item)))


@dataclass
class SerialEngine:
    """Run in this process (tests, tiny inputs, debugging)."""

    name: str = "serial"

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield fn(item)

    def close(self) -> None:
        pass


class LocalEngine:
    """A pool of worker processes; keeps at most `2 * workers` batches in flight (bounded memory).

    Workers fork from a fresh forkserver that has imported `fn`'s module once, not from this
    process: they do not inherit (and count again) whatever this process holds when the pool
    starts, nor its threads (DuckDB, Arrow). Arrow values travel as IPC bytes (`ArrowPayload`).
    """

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None

    def _start(self, fn: Callable[[Any], Any]) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__, fn.__module__])  # only used when the server starts
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        if self.workers == 1:
            yield from SerialEngine().imap(fn, items)
            return
        if self._pool is None:
            self._pool = self._start(fn)
        pending: list[Future[Any]] = []
        for item in items:
            pending.append(self._pool.submit(call_packed, fn, pack(item)))
            if len(pending) >= 2 * self.workers:
                yield unpack(pending.pop(0).result())
        for fut in pending:
            yield unpack(fut.result())

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class DaskEngine:
    """Submit batches to a Dask cluster (an existing scheduler, or a local one started here)."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise InputError(
                "the dask engine needs dask.distributed",
                hint="pip install 'etl-abstracts[dask]' (or: .venv/bin/pip install 'dask[distributed]')",
            ) from exc
        self._cluster = None
        if scheduler:
            self._client = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self._client = Client(self._cluster)

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        limit = 2 * max(1, len(self._client.scheduler_info().get("workers", {})) or 1)
        pending = []
        for item in items:
            pending.append(self._client.submit(call_packed, fn, pack(item), pure=False))
            if len(pending) >= limit:
                yield unpack(pending.pop(0).result())
        for fut in pending:
            yield unpack(fut.result())

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(name: str = "local", *, workers: int | None = None, scheduler: str | None = None) -> Engine:
    if name == "serial":
        return SerialEngine()
    if name == "local":
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(scheduler, workers)
    raise InputError(f"unknown engine {name!r}", hint=f"use one of: {', '.join(ENGINES)}")
