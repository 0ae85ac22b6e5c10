from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from etl.sqlpaths import sql_glob, sql_str


def test_glob_in_a_folder_with_glob_characters(tmp_path: Path) -> None:
    folder = tmp_path / "out[1]*?" / "it's"
    folder.mkdir(parents=True)
    pq.write_table(pa.table({"a": [1, 2]}), folder / "part.parquet")
    rows = duckdb.connect().execute(f"SELECT sum(a) FROM read_parquet({sql_glob(folder)})").fetchall()
    assert rows == [(3,)]


def test_glob_does_not_match_a_sibling_folder(tmp_path: Path) -> None:
    (tmp_path / "a1").mkdir()
    pq.write_table(pa.table({"a": [1]}), tmp_path / "a1" / "part.parquet")
    (tmp_path / "a[1]").mkdir()
    pq.write_table(pa.table({"a": [10]}), tmp_path / "a[1]" / "part.parquet")
    rows = (
        duckdb.connect().execute(f"SELECT sum(a) FROM read_parquet({sql_glob(tmp_path / 'a[1]')})").fetchall()
    )
    assert rows == [(10,)]


def test_sql_str_quotes_apostrophes() -> None:
    assert sql_str("it's") == "'it''s'"
