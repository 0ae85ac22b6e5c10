"""DuckDB views over the stage Parquet, derived columns, and hash-partitioned chunks for GX.

Chunks are partitioned by a hash of the table's primary key, so every copy of a key lands in
the same chunk and a per-chunk uniqueness check is a global one. Each source row keeps its
identity (`_file`, `_row`) so quarantined rows can be removed from the published table.
"""

from __future__ import annotations

import contextlib
import math
import tempfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from etl.schemas import spec

ID_COLUMNS = ("_file", "_row")
# DuckDB's own memory (it spills joins and aggregates to the temp folder beyond this); without a
# limit it takes up to 80% of the machine's memory when validating or loading millions of rows.
MEMORY_LIMIT = "256MB"

_DUCK_TYPES = {
    "string": "VARCHAR",
    "int32": "INTEGER",
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "bool": "BOOLEAN",
    "list<string>": "VARCHAR[]",
}


@contextlib.contextmanager
def connect(threads: int | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB that spills to a private temp folder (not `.tmp` in the working directory).
    `threads`: DuckDB's worker threads (default: one per core); each holds its own row groups."""
    with tempfile.TemporaryDirectory(prefix="etl-duckdb-") as tmp:
        config: dict[str, str | int] = {"temp_directory": tmp, "memory_limit": MEMORY_LIMIT}
        if threads:
            config["threads"] = threads
        con = duckdb.connect(config=config)
        try:
            yield con
        finally:
            con.close()


def parquet_files(folder: Path) -> list[Path]:
    """The Parquet files of a table folder (or a single file), sorted; none if it does not exist."""
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.parquet") if not p.name.startswith("."))


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_source(con: duckdb.DuckDBPyConnection, view: str, table: str, files: list[Path]) -> None:
    """A view `view` with every schema column (NULL when a file lacks it) plus `_file`, `_row`."""
    s = spec(table)
    if not files:
        cols = ", ".join(f"NULL::{_DUCK_TYPES[c.type]} AS {c.name}" for c in s.columns)
        con.execute(
            f"CREATE OR REPLACE VIEW {view} AS SELECT {cols}, NULL::VARCHAR AS _file, "
            f"NULL::BIGINT AS _row WHERE false"
        )
        return
    paths = "[" + ", ".join(_sql_str(str(p.resolve())) for p in files) + "]"
    src = f"read_parquet({paths}, filename=true, file_row_number=true, union_by_name=true)"
    present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()}
    cols = ", ".join(
        (
            f"CAST({c.name} AS {_DUCK_TYPES[c.type]}) AS {c.name}"
            if c.name in present
            else f"NULL::{_DUCK_TYPES[c.type]} AS {c.name}"
        )
        for c in s.columns
    )
    con.execute(
        f"CREATE OR REPLACE VIEW {view} AS SELECT {cols}, filename AS _file, file_row_number AS _row FROM {src}"
    )


SPAN_COLUMNS = ("paper_id", "section", "span_start", "span_end", "text")
_SECTION_TEXT = "CASE c.section WHEN 'title' THEN p.title WHEN 'abstract' THEN p.abstract END"
_SPAN_FLAGS = f"""
    SELECT bool_or(p.paper_id IS NOT NULL) AS paper_id_in_papers,
           bool_or(coalesce(c.span_start >= 0 AND c.span_end > c.span_start
                   AND c.span_end <= length({_SECTION_TEXT})
                   AND substring({_SECTION_TEXT}, c.span_start + 1, c.span_end - c.span_start) = c.text,
                   false)) AS text_matches_span
    FROM _span_chunk c LEFT JOIN (
        SELECT paper_id, title, abstract FROM {{papers}}
        WHERE paper_id BETWEEN $lo AND $hi AND paper_id IN (SELECT paper_id FROM _span_chunk)
    ) p ON c.paper_id = p.paper_id
    GROUP BY c._i ORDER BY c._i
"""


def with_span_flags(con: duckdb.DuckDBPyConnection, chunk: pa.Table, papers: str) -> pa.Table:
    """`chunk` (results with `SPAN_COLUMNS`) plus `paper_id_in_papers` and `text_matches_span`
    (text == section[span_start:span_end], in code points, for any paper with the result's id).

    Checked a chunk at a time against only the papers the chunk names: the id range prunes the
    Parquet row groups (stage papers are sorted by id, results come in paper order), so memory
    stays that of one chunk however large the tables; a global join of results with papers held
    every span and its flags (and spilled) at a million rows. Any order is still correct.
    """
    narrow = chunk.select(list(SPAN_COLUMNS)).append_column("_i", pa.array(range(chunk.num_rows), pa.int64()))
    ids = chunk.column("paper_id")
    bounds = pc.min_max(ids).as_py() if chunk.num_rows else {"min": None, "max": None}
    if bounds["min"] is None:  # no row names a paper: nothing can match
        false = pa.array([False] * chunk.num_rows, pa.bool_())
        flags = pa.table({"paper_id_in_papers": false, "text_matches_span": false})
    else:
        cur = con.cursor()  # the caller's connection may be streaming the chunks
        try:
            cur.register("_span_chunk", narrow)
            flags = cur.sql(
                _SPAN_FLAGS.format(papers=papers), params={"lo": bounds["min"], "hi": bounds["max"]}
            ).to_arrow_table()
        finally:
            cur.close()
    out = chunk
    for name in ("paper_id_in_papers", "text_matches_span"):
        column = flags.column(name)
        if name in out.column_names:
            out = out.set_column(out.column_names.index(name), name, column)
        else:
            out = out.append_column(name, column)
    return out


def list_columns(table: str) -> frozenset[str]:
    return frozenset(c.name for c in spec(table).columns if c.type.startswith("list<"))


def _as_scalar(column: str, list_columns: frozenset[str]) -> str:
    return f"len({column}) AS {column}" if column in list_columns else column


def count(con: duckdb.DuckDBPyConnection, view: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0])


def chunks(
    con: duckdb.DuckDBPyConnection,
    view: str,
    columns: tuple[str, ...],
    chunk_rows: int,
    list_columns: frozenset[str] = frozenset(),
    *,
    key: str | None = None,
    rows: int = 0,
) -> Iterator[pa.Table]:
    """`columns` + `_file`, `_row` of `view` in chunks of about `chunk_rows` rows.

    With `key`, rows are partitioned by hash(key) into ceil(rows / chunk_rows) chunks, one query
    per chunk (each a scan of the narrow columns and a sort of one chunk: a sort of all of them
    held every key at once); without, they stream in scan order.
    `list_columns` are handed over as their length (null stays null): GX fingerprints each
    dataframe and falls back to pickling all of it when a cell holds a list (seconds per chunk).
    Yields at least one (possibly empty) table so an empty table is still validated.
    """
    wanted = [c for c in columns if c not in ID_COLUMNS]
    cols = ", ".join([_as_scalar(c, list_columns) for c in wanted] + list(ID_COLUMNS))
    parts = max(1, math.ceil(rows / chunk_rows))
    if key is not None and parts > 1:
        emitted = False
        for part in range(parts):
            chunk = con.sql(
                f"SELECT {cols} FROM {view} WHERE hash({key}) % {parts} = {part} ORDER BY _file, _row"
            ).to_arrow_table()
            if chunk.num_rows or (part == parts - 1 and not emitted):
                emitted = True
                yield chunk
        return
    if key is None:
        sql = f"SELECT {cols}, 0 AS _part FROM {view}"
    else:
        sql = f"SELECT {cols}, 0 AS _part FROM {view} ORDER BY _file, _row"
    reader = con.sql(sql).to_arrow_reader(min(chunk_rows, 65536))  # papers: 65,536 abstracts were 200 MB
    pending: list[pa.Table] = []
    have = 0
    current = None
    emitted = False
    for batch in reader:
        table = pa.Table.from_batches([batch])
        part = table.column("_part")
        while table.num_rows:
            first = part[0].as_py()
            if pending and (first != current or (key is None and have >= chunk_rows)):
                yield pa.concat_tables(pending).drop_columns(["_part"])
                emitted = True
                pending, have = [], 0
            current = first
            same = pc.equal(part, first)
            n = table.num_rows if pc.all(same).as_py() else pc.index(same, False).as_py()
            if key is None:
                n = min(n, chunk_rows - have)
            pending.append(table.slice(0, n))
            have += n
            table, part = table.slice(n), part.slice(n)
    if pending:
        yield pa.concat_tables(pending).drop_columns(["_part"])
        emitted = True
    if not emitted:
        yield con.sql(f"SELECT {cols} FROM {view} LIMIT 0").to_arrow_table()
