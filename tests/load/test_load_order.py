"""Published tables come out in the schema's order whether or not the stage rows were in it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.load import write
from etl.load.write import order_by, write_sorted
from etl.schemas import spec


def _rejects(locations: list[str]) -> pa.Table:
    n = len(locations)
    cols = {c: pa.array(["x"] * n, pa.string()) for c in spec("rejects").names}
    cols["location"] = pa.array(locations, pa.string())
    cols["paper_id"] = pa.array([None if i % 3 == 0 else f"p{i}" for i in range(n)], pa.string())
    return pa.table(cols)


def _published(tmp_path: Path, rows: pa.Table) -> pa.Table:
    con = duckdb.connect()
    con.register("src", rows)
    path = tmp_path / "out.parquet"
    write_sorted(con, "src", "rejects", path)
    expected = con.sql(f"SELECT * FROM src ORDER BY {order_by('rejects')}").to_arrow_table()
    con.close()
    got = pq.read_table(path)
    assert got.to_pylist() == expected.select(got.column_names).to_pylist()
    return got


@pytest.mark.parametrize("chunk_rows", [3, 1000])
def test_rows_out_of_order_are_sorted(tmp_path: Path, monkeypatch, chunk_rows: int) -> None:
    monkeypatch.setitem(write.ROW_GROUPS, "rejects", chunk_rows)
    _published(tmp_path, _rejects([f"row {i}" for i in (5, 1, 9, 2, 7, 3, 8)]))


def test_rows_out_of_order_only_across_chunks_are_sorted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(write.ROW_GROUPS, "rejects", 3)
    _published(tmp_path, _rejects([f"row {i}" for i in (4, 5, 6, 1, 2, 3)]))


def test_rows_in_order_stream_through(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(write.ROW_GROUPS, "rejects", 3)
    calls = []
    monkeypatch.setattr(write, "write_query", lambda *a: calls.append(a))  # the sorting fallback
    got = _published(tmp_path, _rejects([f"row {i}" for i in range(7)]))
    assert got.num_rows == 7 and calls == []
