"""Stream a DuckDB query into one conformed, deterministic Parquet file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa

from etl import io
from etl.schemas import conform, spec

ROW_GROUP = 131_072  # fixed row-group size: equal input -> byte-identical files


def order_by(table: str) -> str:
    """The schema's sort order in SQL (nulls first, like `etl.schemas.conform`), then every other
    scalar column as a tie-breaker so that rows equal on the sort keys still come out in one order."""
    s = spec(table)
    rest = [c.name for c in s.columns if c.name not in s.sort_by and not c.type.startswith("list<")]
    return ", ".join(f"{k} ASC NULLS FIRST" for k in (*s.sort_by, *rest))


def rebatch(reader: pa.RecordBatchReader, rows: int) -> Iterator[pa.Table]:
    """Re-cut a stream of batches into tables of exactly `rows` rows (the last may be shorter)."""
    pending: list[pa.RecordBatch] = []
    have = 0
    for batch in reader:
        pending.append(batch)
        have += batch.num_rows
        while have >= rows:
            table = pa.Table.from_batches(pending)
            yield table.slice(0, rows)
            rest = table.slice(rows)
            pending, have = rest.to_batches(), rest.num_rows
    if have:
        yield pa.Table.from_batches(pending)


def write_query(con: duckdb.DuckDBPyConnection, sql: str, table: str, path: Path) -> int:
    """Write the rows of `sql` conformed to schema `table` (in the query's order); returns rows."""
    reader = con.sql(sql).to_arrow_reader(ROW_GROUP)
    with io.ParquetStream(path, spec(table).arrow_schema) as out:
        for chunk in rebatch(reader, ROW_GROUP):
            out.write(conform(chunk, table, sort=False).combine_chunks())
    return out.rows
