"""Validation reports: the outcome record, `quality/<table>.json`, `summary.json` and Data Docs."""

from __future__ import annotations

import datetime
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from etl import io
from etl.validate.gxrun import TableRun, gx_suite, import_gx, quiet
from etl.validate.suites import Policy


@dataclass(frozen=True)
class ExpectationStat:
    table: str
    name: str
    type: str
    columns: tuple[str, ...]
    policy: str  # fatal / quarantine / report
    success: bool
    element_count: int
    unexpected_count: int
    exception: str | None = None


@dataclass(frozen=True)
class TableStat:
    table: str
    rows: int
    chunks: int
    seconds: float
    gx_seconds: float
    evaluated: int
    failed: int


@dataclass(frozen=True)
class ValidationOutcome:
    """What validation decided. `success` is False when a fatal expectation failed."""

    success: bool
    tables: tuple[TableStat, ...]
    expectations: tuple[ExpectationStat, ...]
    quarantined_rows: int = 0
    paths: dict[str, str] = field(default_factory=dict)

    @property
    def failures(self) -> tuple[ExpectationStat, ...]:
        return tuple(e for e in self.expectations if not e.success)

    @property
    def fatal_failures(self) -> tuple[ExpectationStat, ...]:
        return tuple(e for e in self.failures if e.policy == Policy.FATAL or e.exception)

    def describe_failures(self, *, fatal_only: bool = False) -> str:
        """One line per failing expectation, for the CLI and the error message."""
        lines = []
        for e in self.fatal_failures if fatal_only else self.failures:
            what = (
                f"exception: {e.exception}"
                if e.exception
                else f"{e.unexpected_count:,} of {e.element_count:,}"
            )
            lines.append(f"{e.name} [{e.policy}]: {what}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Everything, plus `quarantined` and `failing` (table, expectation, fatal, unexpected_count) for the CLI."""
        d = asdict(self)
        d["quarantined"] = self.quarantined_rows
        d["failing"] = [
            {
                "table": e.table,
                "expectation": e.name.removeprefix(f"{e.table}."),
                "name": e.name,
                "type": e.type,
                "fatal": e.policy == Policy.FATAL,
                "quarantine": e.policy == Policy.QUARANTINE,
                "unexpected_count": e.unexpected_count,
                "element_count": e.element_count,
                **({"exception": e.exception} if e.exception else {}),
            }
            for e in self.failures
        ]
        return d


def stats(runs: list[TableRun]) -> tuple[tuple[TableStat, ...], tuple[ExpectationStat, ...]]:
    tables, exps = [], []
    for run in runs:
        failed = 0
        for e in run.suite.expectations:
            t = run.tallies.get(e.name)
            if t is None:
                continue
            failed += int(not t.success)
            exps.append(
                ExpectationStat(
                    run.suite.table,
                    e.name,
                    e.type,
                    e.columns,
                    str(e.policy),
                    t.success,
                    t.element_count,
                    t.unexpected_count,
                    t.exception,
                )
            )
        tables.append(
            TableStat(
                run.suite.table,
                run.rows,
                run.chunks,
                round(run.seconds, 3),
                round(run.gx_seconds, 3),
                len(run.suite.expectations),
                failed,
            )
        )
    return tuple(tables), tuple(exps)


def summary_doc(outcome: ValidationOutcome) -> dict[str, Any]:
    return {
        "success": outcome.success,
        "quarantined_rows": outcome.quarantined_rows,
        "tables": {t.table: asdict(t) for t in outcome.tables},
        "expectations": [
            {
                "table": e.table,
                "name": e.name,
                "type": e.type,
                "success": e.success,
                "unexpected_count": e.unexpected_count,
                "element_count": e.element_count,
                "fatal": e.policy == Policy.FATAL,
                "quarantine": e.policy == Policy.QUARANTINE,
                **({"exception": e.exception} if e.exception else {}),
            }
            for e in outcome.expectations
        ],
    }


def write_results(quality: Path, merged: dict[str, Any]) -> dict[str, str]:
    """`quality/<table>.json`: the full (merged) GX validation result of each table."""
    paths = {}
    for table, result in merged.items():
        paths[table] = str(io.write_json(quality / f"{table}.json", result.to_json_dict()))
    return paths


def build_data_docs(quality: Path, runs: list[TableRun], merged: dict[str, Any]) -> Path:
    """Data Docs HTML for the merged results, built in a temp GX file context and swapped into place."""
    gx = import_gx()
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    run_time = datetime.datetime.now(datetime.UTC)
    with tempfile.TemporaryDirectory(prefix="etl-gx-") as tmp, quiet():
        context = gx.get_context(mode="file", project_root_dir=tmp)
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        for run in runs:
            context.suites.add(gx_suite(run.suite))
            key = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=run.suite.table),
                run_id=RunIdentifier(run_name="etl-validate", run_time=run_time),
                batch_identifier=run.suite.table,
            )
            context.validation_results_store.set(key, merged[run.suite.table])
        sites = context.build_data_docs()
        index = Path(sites["local_site"].removeprefix("file://"))
        return io.publish_copy(index.parent, quality / "data_docs")
