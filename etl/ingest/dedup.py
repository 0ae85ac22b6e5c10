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
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.batches import rebatch, release_memory

MEMORY_LIMIT = "512MB"  # DuckDB spills to temp_directory beyond this

# DuckDB sorts, windows and joins only narrow columns here: sorting the rows with their text
# under MEMORY_LIMIT fails ("failed to pin block") or spills for minutes at a million records.
# The text is put in paper_id order by `sorted_papers`, an external bucket sort.
# `aid` is the same for every record of a key (the key itself, or NULL for a title key).
KEYS_SQL = """
CREATE OR REPLACE TEMP TABLE agg AS
WITH r AS (SELECT ord, arxiv_id, title_key, categories, update_date, source FROM read_parquet({records})),
tmap AS (
    SELECT title_key, arg_min(arxiv_id, ord) AS mapped
    FROM r WHERE arxiv_id IS NOT NULL GROUP BY title_key
),
keyed AS (
    SELECT r.*, coalesce(r.arxiv_id, tmap.mapped) AS aid,
           coalesce(r.arxiv_id, tmap.mapped, 't-' || substr(sha1(r.title_key), 1, 16)) AS pkey
    FROM r LEFT JOIN tmap USING (title_key)
)
SELECT pkey, max(aid) AS aid, min(ord) AS first_ord,
       arg_min(categories, ord) FILTER (WHERE categories IS NOT NULL) AS categories,
       arg_min(update_date, ord) FILTER (WHERE update_date IS NOT NULL) AS update_date,
       list(source ORDER BY ord) AS sources,
       count(*)::INTEGER AS source_count
FROM keyed GROUP BY pkey;
CREATE OR REPLACE TEMP TABLE ranks AS
SELECT first_ord, (row_number() OVER (ORDER BY pkey) - 1)::BIGINT AS rank FROM agg;
"""
# The text of each paper's first record, with its rank in paper_id order (any row order).
TEXT_SQL = """
SELECT k.rank, w.title, w.abstract, w.title_key
FROM read_parquet({records}) w JOIN ranks k ON w.ord = k.first_ord
"""
META_SQL = """
SELECT pkey AS paper_id, aid AS arxiv_id, categories, update_date, sources, source_count
FROM agg ORDER BY pkey
"""
PAPER_COLUMNS = (
    "paper_id",
    "arxiv_id",
    "title",
    "abstract",
    "title_key",
    "categories",
    "update_date",
    "sources",
    "source_count",
)

REJECTS_SQL = """
SELECT * FROM read_parquet($rejects)
ORDER BY stage, input, location, reason, paper_id NULLS FIRST, expectation NULLS FIRST, raw
"""


def connect(temp_dir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET temp_directory = '" + temp_dir.as_posix().replace("'", "''") + "'")
    con.execute("SET preserve_insertion_order = false")  # every query here has an ORDER BY
    con.execute("SET enable_progress_bar = false")
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    return con


def _sql_path(path: Path) -> str:
    return "'" + path.as_posix().replace("'", "''") + "'"


def sorted_papers(
    con: duckdb.DuckDBPyConnection, records: Path, work: Path, rows: int
) -> Iterator[pa.RecordBatch]:
    """One row per paper (`PAPER_COLUMNS`), sorted by paper_id, in batches of exactly `rows` rows.

    Memory holds one bucket of `rows` papers: the text of each paper goes to the bucket file of
    its rank (rank // rows), then each bucket is sorted alone and joined to its narrow columns.
    """
    src = _sql_path(records)
    con.execute(KEYS_SQL.format(records=src))
    buckets = work / "buckets"
    buckets.mkdir(exist_ok=True)
    writers: dict[int, pq.ParquetWriter] = {}
    try:
        for batch in con.sql(TEXT_SQL.format(records=src)).to_arrow_reader(rows):
            table = pa.Table.from_batches([batch])
            bucket = pc.divide(table.column("rank"), rows)
            for b in pc.unique(bucket).to_pylist():
                if b not in writers:
                    writers[b] = pq.ParquetWriter(
                        buckets / f"{b:06d}.parquet", table.schema, compression="lz4"
                    )
                writers[b].write_table(table.filter(pc.equal(bucket, b)))
            del table, batch
            release_memory()
    finally:
        for w in writers.values():
            w.close()
    con.execute("DROP TABLE ranks")
    meta = batches_of(con.sql(META_SQL).to_arrow_reader(rows), rows)
    for b, names in enumerate(meta):
        text = pq.read_table(buckets / f"{b:06d}.parquet")
        text = text.take(pc.sort_indices(text.column("rank")))
        if text.column("rank")[0].as_py() != b * rows or text.num_rows != names.num_rows:
            raise AssertionError(f"bucket {b} does not match its ranks")  # a bug, never the input
        (buckets / f"{b:06d}.parquet").unlink()
        cols = {
            **{n: names.column(n) for n in names.schema.names},
            **{n: text.column(n) for n in ("title", "abstract", "title_key")},
        }
        yield from pa.Table.from_pydict({n: cols[n] for n in PAPER_COLUMNS}).combine_chunks().to_batches()


def batches(
    con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, str], rows: int
) -> Iterator[pa.RecordBatch]:
    """Query results as record batches of exactly `rows` rows (the last may be shorter).

    Fixed batch sizes give fixed row groups, so equal inputs write byte-identical Parquet.
    """
    return batches_of(con.sql(sql, params=params).to_arrow_reader(rows), rows)


def batches_of(reader: pa.RecordBatchReader, rows: int) -> Iterator[pa.RecordBatch]:
    """Re-cut a stream of batches into single batches of exactly `rows` rows (the last may be shorter)."""
    for table in rebatch(reader, rows):
        yield from table.combine_chunks().to_batches()
