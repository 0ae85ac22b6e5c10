"""Run suites with Great Expectations 1.x on pandas chunks and merge the chunk results.

GX is imported lazily (the import takes seconds). Its progress bars, warnings and log
records are silenced only around our calls; no global logging setup.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from etl.validate.suites import Expectation, Policy, Suite

PARTIAL = 20  # unexpected values kept per expectation in the reports


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence GX's warnings and log records for the duration of the block."""
    logger = logging.getLogger("great_expectations")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def import_gx() -> Any:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    with quiet():
        import great_expectations as gx
    return gx


def gx_suite(suite: Suite) -> Any:
    gx = import_gx()
    return gx.ExpectationSuite(name=suite.table, expectations=[e.as_gx_dict() for e in suite.expectations])


def _exception_message(info: Any) -> str | None:
    """The message of an exception GX caught, from either shape of `exception_info`:
    flat, or keyed by metric (when a metric computation raised)."""
    if not isinstance(info, dict) or not info:
        return None
    if "raised_exception" in info or "exception_message" in info:
        return str(info.get("exception_message") or "raised") if info.get("raised_exception", True) else None
    for value in info.values():
        if isinstance(value, dict) and (
            value.get("raised_exception", True) or value.get("exception_message")
        ):
            return str(value.get("exception_message") or "raised").splitlines()[0]
    return None


@dataclass
class Tally:
    """Counts of one expectation summed over chunks."""

    success: bool = True
    element_count: int = 0
    missing_count: int = 0
    unexpected_count: int = 0
    partial: list[Any] = field(default_factory=list)
    exception: str | None = None

    def add(self, evr: Any) -> None:
        res = evr.result or {}
        self.success = self.success and bool(evr.success)
        self.element_count += int(res.get("element_count") or 0)
        self.missing_count += int(res.get("missing_count") or 0)
        self.unexpected_count += int(res.get("unexpected_count") or 0)
        room = PARTIAL - len(self.partial)
        if room > 0:
            self.partial.extend(list(res.get("partial_unexpected_list") or [])[:room])
        message = _exception_message(evr.exception_info)
        if message is not None:
            self.exception = self.exception or message
            self.success = False

    def result_dict(self) -> dict[str, Any]:
        nonmissing = self.element_count - self.missing_count
        pct = lambda n, d: (100.0 * n / d) if d else 0.0  # noqa: E731
        return {
            "element_count": self.element_count,
            "missing_count": self.missing_count,
            "missing_percent": pct(self.missing_count, self.element_count),
            "unexpected_count": self.unexpected_count,
            "unexpected_percent": pct(self.unexpected_count, nonmissing),
            "unexpected_percent_total": pct(self.unexpected_count, self.element_count),
            "unexpected_percent_nonmissing": pct(self.unexpected_count, nonmissing),
            "partial_unexpected_list": self.partial,
        }


@dataclass
class TableRun:
    """What validating one table produced: merged GX result, tallies, quarantined row ids."""

    suite: Suite
    rows: int = 0
    chunks: int = 0
    seconds: float = 0.0
    gx_seconds: float = 0.0  # of `seconds`, the time spent inside GX
    tallies: dict[str, Tally] = field(default_factory=dict)
    first: dict[str, Any] = field(default_factory=dict)  # the first chunk's result of each expectation
    meta: dict[str, Any] | None = None
    quarantined: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    def merged_result(self) -> Any:
        """One GX ExpectationSuiteValidationResult for the whole table (chunk counts summed)."""
        from great_expectations.core import ExpectationSuiteValidationResult

        results = []
        for e in self.suite.expectations:
            evr, t = self.first[e.name], self.tallies[e.name]
            evr.success = t.success
            evr.result = t.result_dict()
            results.append(evr)
        n, ok = len(results), sum(int(r.success) for r in results)
        return ExpectationSuiteValidationResult(
            success=ok == n,
            results=results,
            suite_name=self.suite.table,
            statistics={
                "evaluated_expectations": n,
                "successful_expectations": ok,
                "unsuccessful_expectations": n - ok,
                "success_percent": 100.0 * ok / n if n else 100.0,
            },
            meta={**(self.meta or {}), "etl_rows": self.rows, "etl_chunks": self.chunks},
        )


def _match(by_key: dict[tuple[str, str], Expectation], evr: Any) -> Expectation:
    """The expectation a GX result belongs to (results come back unordered): by `meta.name`,
    else by type and kwargs."""
    cfg = evr.expectation_config
    name = (cfg.meta or {}).get("name")
    for e in by_key.values():
        if e.name == name:
            return e
    kwargs = {k: v for k, v in dict(cfg.kwargs).items() if k != "batch_id"}
    key = (cfg.type, json.dumps(kwargs, sort_keys=True, default=str))
    if key in by_key:
        return by_key[key]
    raise KeyError(f"GX returned a result for an unknown expectation {cfg.type} {kwargs}")


UNIQUE = "expect_column_values_to_be_unique"


def _to_pandas(table: pa.Table) -> Any:
    """Integers as int64: GX compares other integer dtypes one Python call per value."""
    for i, f in enumerate(table.schema):
        if pa.types.is_integer(f.type) and f.type != pa.int64():
            table = table.set_column(i, f.name, table.column(i).cast(pa.int64()))
    return table.to_pandas()


@dataclass(frozen=True)
class Group:
    """Expectations reading the same columns, run together on a dataframe of just those columns."""

    columns: list[str]
    suite: Any
    quarantine: bool
    partitioned: bool  # holds a uniqueness check: needs chunks partitioned by the key


class Validator:
    """An ephemeral GX context with one pandas batch definition per table.

    A suite runs as groups of expectations that read the same columns, each on a dataframe of
    just those columns: GX fingerprints and filters the whole dataframe for every expectation,
    which with abstracts in it costs far more than the checks themselves.
    """

    def __init__(self) -> None:
        gx = import_gx()
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.validator.v1_validator import Validator as V1Validator

        self._v1 = V1Validator
        with quiet():
            self.context = gx.get_context(mode="ephemeral")
            self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
            self.source = self.context.data_sources.add_pandas("etl")
        # Chunks are freed with a full collection each (their results hold reference cycles);
        # the hundreds of thousands of objects GX and pandas hold need not be scanned every
        # time: with them frozen (until `close`) a collection takes milliseconds, not 150 ms.
        gc.collect()
        gc.freeze()
        self._defs: dict[str, Any] = {}
        self._groups: dict[str, list[Group]] = {}

    def close(self) -> None:
        """Let the collector see the objects frozen in `__init__` again (the context among them)."""
        gc.unfreeze()

    def columns(self, suite: Suite, *, partitioned: bool) -> tuple[str, ...]:
        """Columns read by the groups that need (or do not need) key-partitioned chunks."""
        _, groups = self._prepare(suite)
        return tuple(dict.fromkeys(c for g in groups if g.partitioned == partitioned for c in g.columns))

    def _prepare(self, suite: Suite) -> tuple[Any, list[Group]]:
        """The table's batch definition and its groups of expectations."""
        if suite.table not in self._defs:
            gx = import_gx()
            with quiet():
                asset = self.source.add_dataframe_asset(suite.table)
                self._defs[suite.table] = asset.add_batch_definition_whole_dataframe(suite.table)
                groups = []
                for i, (cols, exps) in enumerate(suite.groups()):
                    gsuite = gx.ExpectationSuite(
                        name=f"{suite.table}.{i}", expectations=[e.as_gx_dict() for e in exps]
                    )
                    groups.append(
                        Group(
                            list(cols),
                            self.context.suites.add(gsuite),
                            quarantine=any(e.policy is Policy.QUARANTINE for e in exps),
                            partitioned=any(e.type == UNIQUE for e in exps),
                        )
                    )
                self._groups[suite.table] = groups
        return self._defs[suite.table], self._groups[suite.table]

    def validate_chunk(self, run: TableRun, chunk: pa.Table, *, partitioned: bool = False) -> None:
        """Validate one chunk (with `_file`, `_row`) with the groups that need (or do not need)
        key-partitioned chunks; add the counts and quarantined rows to `run`."""
        batch_def, groups = self._prepare(run.suite)
        by_key = run.suite.by_key()
        ids: tuple[list[Any], list[Any]] | None = None
        ran = False
        for group in groups:
            if group.partitioned != partitioned:
                continue
            ran = True
            df = _to_pandas(chunk.select(group.columns))
            gsuite = group.suite
            fmt = {
                "result_format": "COMPLETE" if group.quarantine else "SUMMARY",
                "partial_unexpected_count": PARTIAL,
            }
            start = time.perf_counter()
            with quiet():
                # What ValidationDefinition.run does, minus storing results (`Batch.validate` would
                # load and fingerprint the dataframe twice).
                v1 = self._v1(
                    batch_definition=batch_def, batch_parameters={"dataframe": df}, result_format=fmt
                )
                result = v1.validate_expectation_suite(gsuite)
            run.gx_seconds += time.perf_counter() - start
            for evr in result.results:
                e = _match(by_key, evr)
                run.tallies.setdefault(e.name, Tally()).add(evr)
                if e.policy is Policy.QUARANTINE and not evr.success:
                    if ids is None:
                        ids = (chunk.column("_file").to_pylist(), chunk.column("_row").to_pylist())
                    for i in (evr.result or {}).get("unexpected_index_list") or []:
                        run.quarantined.setdefault((ids[0][i], ids[1][i]), []).append(e.name)
                if isinstance(evr.result, dict):  # keep reports small: drop the complete lists
                    for k in ("unexpected_list", "unexpected_index_list", "unexpected_index_query"):
                        evr.result.pop(k, None)
                run.first.setdefault(e.name, evr)
            if run.meta is None:
                run.meta = dict(result.meta or {})
        if ran and not partitioned:
            run.rows += chunk.num_rows
            run.chunks += 1
