"""Stream a DuckDB query into one conformed, deterministic Parquet file."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from etl import io
from etl.batches import rebatch, release_memory
from etl.schemas import conform, spec

ROW_GROUP = 131_072  # fixed row-group size: equal input -> byte-identical files
# Rows per row group (and in memory at once) for tables that carry whole abstracts.
ROW_GROUPS = {"papers": 16_384}


def row_group(table: str) -> int:
    return ROW_GROUPS.get(table, ROW_GROUP)


def order_by(table: str) -> str:
    """The schema's sort order in SQL (nulls first, like `etl.schemas.conform`), then every other
    scalar column as a tie-breaker so that rows equal on the sort keys still come out in one order."""
    s = spec(table)
    rest = [c.name for c in s.columns if c.name not in s.sort_by and not c.type.startswith("list<")]
    return ", ".join(f"{k} ASC NULLS FIRST" for k in (*s.sort_by, *rest))


def write_query(con: duckdb.DuckDBPyConnection, sql: str, table: str, path: Path) -> int:
    """Write the rows of `sql` conformed to schema `table` (in the query's order); returns rows."""
    rows = row_group(table)
    reader = con.sql(sql).to_arrow_reader(rows)
    with io.ParquetStream(path, spec(table).arrow_schema) as out:
        for chunk in rebatch(reader, rows):
            out.write(conform(chunk, table, sort=False).combine_chunks())
    return out.rows


class _OutOfOrder(Exception):
    pass


def _sort_keys(table: str) -> list[tuple[str, str, str]]:
    s = spec(table)
    rest = [c.name for c in s.columns if c.name not in s.sort_by and not c.type.startswith("list<")]
    return [(k, "ascending", "at_start") for k in (*s.sort_by, *rest)]


def in_order(chunk: pa.Table, table: str) -> bool:
    """Whether `chunk` is in the order `order_by(table)` gives (ties in any order)."""
    idx = pc.sort_indices(chunk, sort_keys=_sort_keys(table))
    return bool(np.array_equal(idx.to_numpy(), np.arange(chunk.num_rows)))


def write_sorted(con: duckdb.DuckDBPyConnection, view: str, table: str, path: Path) -> int:
    """The rows of `view` in the schema's order (`order_by`); returns rows.

    Stage tables usually arrive in that order (ingest sorts papers; extract writes results in
    paper order), so rows stream in scan order and are checked on the way; only when one is out
    of order does DuckDB sort, which holds the table with its text in memory (or spills).
    """
    cols = ", ".join(spec(table).names)
    rows = row_group(table)
    try:
        with io.ParquetStream(path, spec(table).arrow_schema) as out:
            last: pa.Table | None = None
            for chunk in rebatch(con.sql(f"SELECT {cols} FROM {view}").to_arrow_reader(rows), rows):
                chunk = conform(chunk, table, sort=False).combine_chunks()
                edge = chunk if last is None else pa.concat_tables([last, chunk.slice(0, 1)])
                if not in_order(chunk, table) or not in_order(edge, table):
                    raise _OutOfOrder
                last = chunk.slice(chunk.num_rows - 1)
                out.write(chunk)
                del chunk, edge
                release_memory()  # Arrow keeps freed chunks: memory would grow with the table
        return out.rows
    except _OutOfOrder:
        con.execute("RESET memory_limit")  # DuckDB cannot sort long text under a tight limit
        return write_query(con, f"SELECT {cols} FROM {view} ORDER BY {order_by(table)}", table, path)
