"""Merge staged records into one row per paper with DuckDB, so millions of records stay out of Python.

Key: the arXiv id when known; a title-only record takes the arXiv id of any record with the
same title key; otherwise 't-' + sha1(title_key)[:16]. The first record (input order, then
record order) gives title and abstract; `sources` lists every record in that order.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa

MEMORY_LIMIT = "512MB"  # DuckDB spills to temp_directory beyond this

PAPERS_SQL = """
WITH r AS (SELECT * FROM read_parquet($records)),
tmap AS (
    SELECT title_key, arg_min(arxiv_id, ord) AS mapped
    FROM r WHERE arxiv_id IS NOT NULL GROUP BY title_key
),
keyed AS (
    SELECT r.*, coalesce(r.arxiv_id, tmap.mapped) AS aid,
           coalesce(r.arxiv_id, tmap.mapped, 't-' || substr(sha1(r.title_key), 1, 16)) AS pkey
    FROM r LEFT JOIN tmap USING (title_key)
),
firsts AS (
    SELECT pkey, aid, title, abstract, title_key FROM keyed
    QUALIFY row_number() OVER (PARTITION BY pkey ORDER BY ord) = 1
),
agg AS (
    SELECT pkey,
           arg_min(categories, ord) FILTER (WHERE categories IS NOT NULL) AS categories,
           arg_min(update_date, ord) FILTER (WHERE update_date IS NOT NULL) AS update_date,
           list(source ORDER BY ord) AS sources,
           count(*)::INTEGER AS source_count
    FROM keyed GROUP BY pkey
)
SELECT f.pkey AS paper_id, f.aid AS arxiv_id, f.title, f.abstract, f.title_key,
       a.categories, a.update_date, a.sources, a.source_count
FROM firsts f JOIN agg a USING (pkey)
ORDER BY paper_id
"""

REJECTS_SQL = """
SELECT * FROM read_parquet($rejects)
ORDER BY stage, input, location, reason, paper_id NULLS FIRST, expectation NULLS FIRST, raw
"""


def connect(temp_dir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET temp_directory = '" + temp_dir.as_posix().replace("'", "''") + "'")
    con.execute("SET preserve_insertion_order = true")
    con.execute("SET enable_progress_bar = false")
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    return con


def batches(
    con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, str], rows: int
) -> Iterator[pa.RecordBatch]:
    """Query results as record batches of exactly `rows` rows (the last may be shorter).

    Fixed batch sizes give fixed row groups, so equal inputs write byte-identical Parquet.
    """
    reader = con.sql(sql, params=params).to_arrow_reader(rows)
    pending: list[pa.RecordBatch] = []
    count = 0
    for batch in reader:
        pending.append(batch)
        count += batch.num_rows
        while count >= rows:
            table = pa.Table.from_batches(pending).combine_chunks()
            yield from table.slice(0, rows).to_batches()
            rest = table.slice(rows)
            pending, count = rest.to_batches(), rest.num_rows
    if count:
        yield from pa.Table.from_batches(pending).combine_chunks().to_batches()
