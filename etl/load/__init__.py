"""Load stage: publish the validated tables and all rejects as Parquet, and DuckDB views over them.

Each table set is built in a fresh version folder and published with one symlink rename, so
a run killed at any moment leaves the previous tables readable and complete.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from etl import io
from etl.errors import InputError, StageInputMissing
from etl.layout import Layout
from etl.load.readonly import read_only_sql
from etl.load.write import write_sorted
from etl.progress import Progress, null_progress
from etl.sqlpaths import sql_glob
from etl.validate import derive

__all__ = ["LoadSummary", "query", "require_tables", "run"]

REJECTS_FILE = "rejects.parquet"


@dataclass(frozen=True)
class LoadSummary:
    papers: int
    results: int
    rejects: int
    tables: str
    rejects_path: str
    duckdb: str
    seconds: float

    def to_dict(self) -> dict[str, object]:
        return {
            **asdict(self),
            "rows": {"papers": self.papers, "results": self.results, "rejects": self.rejects},
        }


def require_tables(layout: Layout) -> Path:
    """The published tables folder; `StageInputMissing` with a hint when nothing was published yet."""
    if not derive.parquet_files(layout.papers) or not derive.parquet_files(layout.results):
        raise StageInputMissing(
            "no published tables", where=str(layout.tables), hint="run `etl run` (or `etl load`) first"
        )
    return layout.tables


def build_duckdb(layout: Layout) -> Path:
    """`etl.duckdb` with views over the published Parquet, through the `tables`/`rejects` symlinks."""
    views = {
        "papers": sql_glob(os.path.abspath(layout.papers)),
        "results": sql_glob(os.path.abspath(layout.results)),
        "rejects": sql_glob(os.path.abspath(layout.rejects), REJECTS_FILE),
    }
    with io.atomic_path(layout.duckdb) as tmp:
        tmp.unlink()  # DuckDB will not open the empty placeholder file
        con = duckdb.connect(str(tmp))
        try:
            for name, src in views.items():
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({src})")
        finally:
            con.close()
    return layout.duckdb


def run(layout: Layout, *, progress: Progress | None = None) -> LoadSummary:
    """Publish `stage/validated/` into `tables/`, merged stage rejects into `rejects/`, build `etl.duckdb`."""
    progress = progress or null_progress()
    start = time.perf_counter()
    paper_files = derive.parquet_files(layout.validated / "papers")
    if not paper_files:
        raise StageInputMissing(
            "no validated tables to load", where=str(layout.validated), hint="run `etl validate` first"
        )
    io.remove_stale(layout.root)  # version folders left by a killed run
    # one DuckDB thread: each scans its own row groups of abstracts (held in memory), and the
    # writer, not the scan, sets the pace
    with derive.connect(threads=1) as con:
        derive.create_source(con, "papers_v", "papers", paper_files)
        derive.create_source(con, "results_v", "results", derive.parquet_files(layout.validated / "results"))
        derive.create_source(con, "rejects_v", "rejects", derive.parquet_files(layout.stage_rejects))
        progress.start("load", total=3, unit="tables")
        tables = io.new_version_dir(layout.root, "tables")
        n_papers = write_sorted(con, "papers_v", "papers", tables / "papers" / "papers.parquet")
        progress.advance()
        n_results = write_sorted(con, "results_v", "results", tables / "results" / "results.parquet")
        progress.advance()
        rejects = io.new_version_dir(layout.root, "rejects")
        n_rejects = write_sorted(con, "rejects_v", "rejects", rejects / REJECTS_FILE)
        progress.advance()
    io.publish_dir(tables, layout.tables)
    io.publish_dir(rejects, layout.rejects)
    db = build_duckdb(layout)
    progress.done()
    summary = LoadSummary(
        n_papers,
        n_results,
        n_rejects,
        str(layout.tables),
        str(layout.rejects / REJECTS_FILE),
        str(db),
        round(time.perf_counter() - start, 3),
    )
    io.write_json(layout.stage_summary("load"), summary.to_dict())
    return summary


def query(layout_or_db_path: Layout | Path | str, sql: str) -> pa.Table:
    """Run SQL that only reads (SELECT, EXPLAIN) on `etl.duckdb`, opened read-only; the answer as Arrow."""
    sql = read_only_sql(sql)
    db = layout_or_db_path.duckdb if isinstance(layout_or_db_path, Layout) else Path(layout_or_db_path)
    if not db.is_file():
        raise InputError("no database to query", where=str(db), hint="run `etl run` (or `etl load`) first")
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error as exc:
        raise InputError(f"cannot open the database: {exc}", where=str(db)) from exc
    try:
        rel = con.sql(sql)
        return rel.to_arrow_table() if rel is not None else pa.table({})
    except duckdb.Error as exc:
        raise InputError(
            f"query failed: {exc}",
            where="query",
            hint="tables: papers, results, rejects (see schemas/*.json)",
        ) from exc
    finally:
        con.close()
