"""Incremental extraction: results are cached by the content of (title, abstract).

A re-run extracts only papers whose text is new or changed; the others take their
cached rows, joined back to their (possibly new) paper ids in DuckDB, out of core.
The cache lives under `<out>/cache/extract-<fingerprint>/`; the fingerprint covers the
extractor's code and rule files, so any change to the rules starts a fresh cache.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from etl import __version__
from etl.io import remove_tree, write_parquet
from etl.layout import Layout
from etl.sqlpaths import sql_glob, sql_str

KEY_SQL = "md5(coalesce(title, '') || chr(0) || coalesce(abstract, ''))"
_EXTRACT_DIR = Path(__file__).resolve().parent
# Columns of a cached result: everything but the paper's identity, which is joined back.
_ID_COLUMNS = ("paper_id", "result_id")


@cache
def fingerprint() -> str:
    """Hash of the package version and every source and rule file of the extractor."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(_EXTRACT_DIR.rglob("*")):
        if path.suffix in {".py", ".toml"} and path.is_file():
            h.update(str(path.relative_to(_EXTRACT_DIR)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


_KEY_LOCK = threading.Lock()


@cache
def _key_connection() -> duckdb.DuckDBPyConnection:
    """One small DuckDB for the keys of every batch: a database per batch cost 30 ms each
    (30 s of the parent's CPU per million papers, taken from the extract workers)."""
    return duckdb.connect(config={"threads": 1, "memory_limit": "128MB"})


def text_keys(papers: pa.Table | pa.RecordBatch) -> pa.Array:
    """The cache key of each paper: `KEY_SQL` itself, run by DuckDB over the Arrow batch
    (vectorised, and equal by construction to the keys `split` computes)."""
    batch = pa.table({"title": papers.column("title"), "abstract": papers.column("abstract")})
    con = _key_connection()
    with _KEY_LOCK:  # one connection, one query at a time (a cursor per call cost as much again)
        con.register("batch", batch)
        try:
            keys = con.sql(f"SELECT {KEY_SQL} AS key FROM batch").to_arrow_table().column("key")
        finally:
            con.unregister("batch")
    return keys.combine_chunks()


@dataclass(frozen=True)
class ResultCache:
    folder: Path

    @classmethod
    def for_layout(cls, layout: Layout) -> ResultCache:
        return cls(layout.root / "cache" / f"extract-{fingerprint()}")

    @property
    def keys_dir(self) -> Path:
        return self.folder / "keys"

    @property
    def results_dir(self) -> Path:
        return self.folder / "results"

    def prune_others(self) -> None:
        """Drop caches written by other versions of the extractor: they can never be used again."""
        for other in self.folder.parent.glob("extract-*"):
            if other != self.folder:
                remove_tree(other)

    def exists(self) -> bool:
        return any(self.keys_dir.glob("*.parquet"))

    def split(self, papers_dir: Path, todo: Path, cached_results: Path) -> tuple[int, int]:
        """Write the papers not in the cache to `todo` and the cached results of the others (with
        their paper ids and result ids) to `cached_results`. Returns (papers to extract, cached rows)."""
        from etl.validate.derive import connect

        with connect() as con:
            con.execute(
                f"CREATE VIEW p AS SELECT paper_id, title, abstract, {KEY_SQL} AS key "
                f"FROM read_parquet({sql_glob(papers_dir)})"
            )
            con.execute(f"CREATE VIEW k AS SELECT DISTINCT key FROM read_parquet({sql_glob(self.keys_dir)})")
            con.execute(
                f"COPY (SELECT paper_id, title, abstract FROM p ANTI JOIN k USING (key) ORDER BY paper_id) "
                f"TO {sql_str(todo)} (FORMAT parquet)"
            )
            n_todo = _count(con, todo)
            if any(self.results_dir.glob("*.parquet")):
                con.execute(
                    f"CREATE VIEW r AS SELECT DISTINCT ON (key, section, span_start, span_end) * "
                    f"FROM read_parquet({sql_glob(self.results_dir)}) "
                    f"ORDER BY key, section, span_start, span_end"
                )
                con.execute(
                    "COPY (SELECT p.paper_id, p.paper_id || ':' || left(r.section, 1) || r.span_start::VARCHAR "
                    "|| '-' || r.span_end::VARCHAR AS result_id, r.* EXCLUDE (key) "
                    "FROM p JOIN r USING (key) ORDER BY p.paper_id, r.section, r.span_start) "
                    f"TO {sql_str(cached_results)} (FORMAT parquet)"
                )
                n_cached = _count(con, cached_results)
            else:
                n_cached = 0
        return n_todo, n_cached

    def add(self, papers: pa.Table | pa.RecordBatch, results: pa.Table) -> None:
        """Remember the results of these papers (all of them, those with no result too)."""
        keys = text_keys(papers)
        by_paper = dict(zip(papers.column("paper_id").to_pylist(), keys.to_pylist(), strict=True))
        part = uuid.uuid4().hex
        if results.num_rows:
            result_keys = pa.array([by_paper[p] for p in results.column("paper_id").to_pylist()], pa.string())
            kept = results.drop_columns(list(_ID_COLUMNS)).append_column("key", result_keys)
            write_parquet(self.results_dir / f"{part}.parquet", kept)
        # keys last: a run killed in between leaves results nobody points at, never keys without results
        write_parquet(self.keys_dir / f"{part}.parquet", pa.table({"key": keys}))


def _count(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    row = con.execute(f"SELECT count(*) FROM read_parquet({sql_str(path)})").fetchone()
    return int(row[0]) if row else 0
