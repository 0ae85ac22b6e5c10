"""Validate stage: run the Great Expectations suites in `expectations/` over the stage tables.

Fatal failures stop publication (`ValidationFailed`, exit 2) after the reports are written;
result rows failing a quarantine expectation are removed and written to the stage rejects.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl import io
from etl.batches import rebatch, release_memory
from etl.errors import InputError, ValidationFailed
from etl.layout import Layout
from etl.load.write import row_group
from etl.progress import Progress, null_progress
from etl.records import RejectReason
from etl.schemas import conform, spec
from etl.validate import derive, report
from etl.validate.gxrun import TableRun, Validator
from etl.validate.report import ExpectationStat, TableStat, ValidationOutcome
from etl.validate.suites import DERIVED, load_suite

__all__ = ["ExpectationStat", "TableStat", "ValidationOutcome", "run", "validate_tables"]

# Rows per GX dataframe: papers carry whole abstracts (Arrow, then pandas), so fewer of them.
CHUNK_ROWS = {"papers": 25_000, "results": 100_000, "rejects": 100_000}
KEY_CHUNK_ROWS = 100_000  # keys per uniqueness chunk (one narrow column; each chunk is one scan of it)
VALIDATE_REJECTS = "validate.parquet"
# DuckDB threads while validating: Great Expectations (one Python thread) sets the pace, and each
# DuckDB thread scanning the papers holds row groups of abstracts (470 MB with two, 300 MB with one).
VALIDATE_THREADS = 1


def _validate(
    con: duckdb.DuckDBPyConnection,
    validator: Validator,
    table: str,
    view: str,
    progress: Progress,
    papers: str | None = None,
) -> TableRun:
    """Uniqueness runs on the key column alone, hash-partitioned; every other expectation on
    chunks streamed in scan order from `view`. With `papers` (the results table), each chunk
    gets its derived columns from the papers it names (`derive.with_span_flags`)."""
    suite = load_suite(table)
    lists = derive.list_columns(table)
    size = CHUNK_ROWS[table]
    run = TableRun(suite)
    start = time.perf_counter()
    key_cols, other_cols = (
        validator.columns(suite, partitioned=True),
        validator.columns(suite, partitioned=False),
    )
    if papers is not None:
        derived = DERIVED[table]
        other_cols = tuple(
            dict.fromkeys([c for c in other_cols if c not in derived] + list(derive.SPAN_COLUMNS))
        )
    progress.start(f"validate {table}", total=derive.count(con, view), unit="rows")
    for chunk in derive.chunks(con, view, other_cols, size, lists):
        if papers is not None:
            chunk = derive.with_span_flags(con, chunk, papers)
        validator.validate_chunk(run, chunk, partitioned=False)
        progress.advance(chunk.num_rows)
        del chunk
        _release()
    if key_cols:
        (key,) = spec(table).primary_key
        parts = derive.chunks(con, view, key_cols, KEY_CHUNK_ROWS, lists, key=key, rows=run.rows)
        for chunk in parts:
            validator.validate_chunk(run, chunk, partitioned=True)
            del chunk
            _release()
    progress.done()
    run.seconds = time.perf_counter() - start
    return run


def _release() -> None:
    """Free a validated chunk now: Great Expectations' results hold reference cycles, and freed
    memory stays with the allocators; without this the stage grows with the table."""
    gc.collect()
    release_memory()


def _quarantine_rejects(con: duckdb.DuckDBPyConnection, run: TableRun) -> pa.Table:
    """One reject per quarantined result row, naming the failed expectations in suite order."""
    order = {e.name: i for i, e in enumerate(run.suite.expectations)}
    why = {e.name: e.meta.get("why", "") for e in run.suite.expectations}
    files, rows, names, messages = [], [], [], []
    for (file, row), failed in run.quarantined.items():
        failed = sorted(set(failed), key=order.__getitem__)
        files.append(file)
        rows.append(row)
        names.append("; ".join(failed))
        messages.append("failed: " + "; ".join(f"{n} ({why[n]})" if why[n] else n for n in failed))
    q = pa.table(
        {
            "_file": pa.array(files, pa.string()),
            "_row": pa.array(rows, pa.int64()),
            "expectation": pa.array(names, pa.string()),
            "message": pa.array(messages, pa.string()),
        }
    )
    con.register("quarantine", q)
    fields = ", ".join(f"{c} := r.{c}" for c in spec("results").names)
    out = con.sql(f"""
        SELECT 'validate' AS stage, 'stage/results/' || parse_filename(r._file) AS input,
               'row ' || r._row AS location, '{RejectReason.EXPECTATION_FAILED.value}' AS reason,
               q.message, left(to_json(struct_pack({fields}))::VARCHAR, 2000) AS raw,
               r.paper_id, q.expectation
        FROM results_src r JOIN quarantine q ON r._file = q._file AND r._row = q._row
    """).to_arrow_table()
    return conform(out, "rejects")


def _finish(
    quality: Path, runs: list[TableRun], quarantined: int, extra: dict[str, str]
) -> ValidationOutcome:
    merged = {run.suite.table: run.merged_result() for run in runs}
    paths = {f"quality_{t}": p for t, p in report.write_results(quality, merged).items()}
    paths["data_docs"] = str(report.build_data_docs(quality, runs, merged) / "index.html")
    paths["summary"] = str(quality / "summary.json")
    paths.update(extra)
    tables, exps = report.stats(runs)
    # An expectation that raised could not quarantine its rows: that stops publication too.
    success = not any((e.policy == "fatal" or e.exception) and not e.success for e in exps)
    outcome = ValidationOutcome(success, tables, exps, quarantined, paths)
    io.write_json(quality / "summary.json", report.summary_doc(outcome))
    return outcome


def _failed(outcome: ValidationOutcome) -> ValidationFailed:
    fatal = outcome.fatal_failures
    exc = ValidationFailed(
        f"{len(fatal)} fatal expectation(s) failed; tables not published:\n"
        + outcome.describe_failures(fatal_only=True),
        hint=f"see {outcome.paths.get('summary')} and {outcome.paths.get('data_docs')}",
        where="validate",
    )
    exc.outcome = outcome  # type: ignore[attr-defined]  # for the CLI
    return exc


def _write_validated(con: duckdb.DuckDBPyConnection, layout: Layout, quarantined: pa.Table) -> None:
    """`stage/validated/`: papers, and results minus quarantined rows, conformed; swapped in whole.

    Rows stay in scan order, which is the schema's order for stage tables, so load can publish
    them without sorting the text again (a join would reorder them: quarantined rows are
    dropped while streaming instead).
    """
    built = io.new_version_dir(layout.stage, "validated")
    _copy_papers(derive.parquet_files(layout.stage_papers), built / "papers" / "papers.parquet")
    rcols = ", ".join(spec("results").names)
    rows = row_group("results")
    reader = con.sql(f"SELECT {rcols}, _file, _row FROM results_src").to_arrow_reader(rows)
    kept = (b for chunk in reader for b in _without(chunk, quarantined).to_batches())
    with io.ParquetStream(built / "results" / "results.parquet", spec("results").arrow_schema) as out:
        for chunk in rebatch(kept, rows):
            out.write(conform(chunk, "results", sort=False).combine_chunks())
            del chunk
            release_memory()
    io.publish_dir(built, layout.validated)


def _copy_papers(files: list[Path], dest: Path) -> None:
    """The stage papers, conformed, in file and row order. Read with Arrow a row group at a time:
    DuckDB's result stream buffered 1 GB of abstracts at a million papers."""
    rows = row_group("papers")

    def batches() -> Iterator[pa.RecordBatch]:
        for f in files:
            # a page at a time: pre-buffered whole row groups of abstracts held hundreds of MB
            reader = pq.ParquetFile(f, pre_buffer=False, buffer_size=1 << 20)
            for b in reader.iter_batches(batch_size=rows, use_threads=False):
                yield from conform(pa.Table.from_batches([b]), "papers", sort=False).to_batches()

    with io.ParquetStream(dest, spec("papers").arrow_schema) as out:
        for chunk in rebatch(batches(), rows):
            out.write(conform(chunk, "papers", sort=False).combine_chunks())
            del chunk
            release_memory()


def _without(chunk: pa.RecordBatch, quarantined: pa.Table) -> pa.Table:
    """`chunk` minus the rows whose (`_file`, `_row`) is in `quarantined`, without those columns."""
    table = pa.Table.from_batches([chunk])
    if quarantined.num_rows:
        files = quarantined.column("_file").unique()
        key = _row_key(table, files)
        drop = pc.is_in(key, value_set=_row_key(quarantined, files).combine_chunks())
        table = table.filter(pc.invert(pc.fill_null(drop, False)))
    return table.drop_columns(["_file", "_row"])


def _row_key(table: pa.Table, files: pa.Array) -> pa.ChunkedArray:
    """One int64 per (`_file`, `_row`): the file's index among `files` (null if absent) and the row."""
    index = pc.cast(pc.index_in(table.column("_file"), value_set=files), pa.int64())
    return pc.add(pc.multiply(index, 1 << 40), pc.cast(table.column("_row"), pa.int64()))


def run(layout: Layout, *, progress: Progress | None = None) -> ValidationOutcome:
    """Validate the stage tables, quarantine failing result rows, write `stage/validated/`."""
    progress = progress or null_progress()
    paper_files = derive.parquet_files(layout.stage_papers)
    if not paper_files:
        raise InputError(
            "no stage papers to validate",
            where=str(layout.stage_papers),
            hint="run `etl ingest` and `etl extract` first",
        )
    reject_files = [p for p in derive.parquet_files(layout.stage_rejects) if p.name != VALIDATE_REJECTS]
    io.remove_stale(layout.stage)  # version folders left by a killed run
    io.remove_stale(layout.quality)
    with contextlib.closing(Validator()) as validator, derive.connect(VALIDATE_THREADS) as con:
        derive.create_source(con, "papers_src", "papers", paper_files)
        derive.create_source(con, "results_src", "results", derive.parquet_files(layout.stage_results))
        papers = _validate(con, validator, "papers", "papers_src", progress)
        results = _validate(con, validator, "results", "results_src", progress, papers="papers_src")
        rejects_new = _quarantine_rejects(con, results)
        derive.create_source(con, "stage_rejects_src", "rejects", reject_files)
        con.register("validate_rejects", rejects_new)
        cols = ", ".join(spec("rejects").names)
        con.execute(f"""CREATE VIEW rejects_all AS
            SELECT {cols}, _file, _row FROM stage_rejects_src
            UNION ALL SELECT {cols}, 'validate' AS _file, row_number() OVER () AS _row FROM validate_rejects""")
        rejects = _validate(con, validator, "rejects", "rejects_all", progress)
        runs = [papers, results, rejects]
        outcome = _finish(layout.quality, runs, rejects_new.num_rows, {})
        if not outcome.success:
            io.remove_tree(layout.validated)
            io.write_json(layout.stage_summary("validate"), outcome.to_dict())
            raise _failed(outcome)
        io.write_parquet(layout.stage_rejects / VALIDATE_REJECTS, rejects_new)
        _write_validated(con, layout, con.table("quarantine").to_arrow_table())
    outcome = ValidationOutcome(
        outcome.success,
        outcome.tables,
        outcome.expectations,
        outcome.quarantined_rows,
        {
            **outcome.paths,
            "validated": str(layout.validated),
            "rejects": str(layout.stage_rejects / VALIDATE_REJECTS),
        },
    )
    io.write_json(layout.stage_summary("validate"), outcome.to_dict())
    return outcome


def validate_tables(
    tables_dir: Path, quality_dir: Path, *, progress: Progress | None = None
) -> ValidationOutcome:
    """Check published tables (`papers/`, `results/`, optional `rejects/`, or an output folder with
    `tables/` and `rejects/`); report only, never raises
    on failing expectations (the caller exits 2 when `not outcome.success`)."""
    progress = progress or null_progress()
    tables_dir = Path(tables_dir)
    rejects_dir = tables_dir / "rejects"
    if not (tables_dir / "papers").exists() and (tables_dir / "tables" / "papers").exists():
        tables_dir, rejects_dir = tables_dir / "tables", tables_dir / "rejects"  # an output folder
    if not derive.parquet_files(tables_dir / "papers"):
        raise InputError(
            "no papers table found",
            where=str(tables_dir),
            hint="pass the folder that holds papers/ and results/ (e.g. output/tables)",
        )
    with contextlib.closing(Validator()) as validator, derive.connect(VALIDATE_THREADS) as con:
        derive.create_source(con, "papers_src", "papers", derive.parquet_files(tables_dir / "papers"))
        derive.create_source(con, "results_src", "results", derive.parquet_files(tables_dir / "results"))
        runs = [
            _validate(con, validator, "papers", "papers_src", progress),
            _validate(con, validator, "results", "results_src", progress, papers="papers_src"),
        ]
        reject_files = derive.parquet_files(rejects_dir)
        if reject_files:
            derive.create_source(con, "rejects_src", "rejects", reject_files)
            runs.append(_validate(con, validator, "rejects", "rejects_src", progress))
        return _finish(Path(quality_dir), runs, 0, {})
