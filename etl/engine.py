"""Where per-batch work runs: in this process, in local worker processes, or on a Dask cluster.

Every engine maps a picklable module-level function over an iterable of Arrow
tables and yields the outputs in input order, so the written tables are identical
whichever engine ran them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from etl.errors import InputError

ENGINES = ("local", "serial", "dask")


class Engine(Protocol):
    name: str

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]: ...

    def close(self) -> None: ...


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
    """A pool of worker processes; keeps at most `2 * workers` batches in flight (bounded memory)."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None

    def imap(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        if self.workers == 1:
            yield from SerialEngine().imap(fn, items)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        pending: list[Future[Any]] = []
        for item in items:
            pending.append(self._pool.submit(fn, item))
            if len(pending) >= 2 * self.workers:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()

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
            pending.append(self._client.submit(fn, item, pure=False))
            if len(pending) >= limit:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()

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
