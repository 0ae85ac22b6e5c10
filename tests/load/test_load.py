"""The load stage: publication, types, determinism, DuckDB views, read-only queries."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from load_data import write_validated

from etl import load
from etl.errors import InputError, StageInputMissing
from etl.layout import Layout
from etl.schemas import spec


def test_publishes_tables_with_exact_schema_types(validated: Layout) -> None:
    summary = load.run(validated)
    assert (summary.papers, summary.results, summary.rejects) == (20, 20, 5)
    for name, path in (("papers", validated.papers), ("results", validated.results)):
        assert pq.read_table(path).schema == spec(name).arrow_schema
    assert pq.read_table(validated.rejects / "rejects.parquet").schema == spec("rejects").arrow_schema
    assert validated.tables.is_symlink() and validated.rejects.is_symlink()


def test_published_rows_are_sorted(validated: Layout) -> None:
    load.run(validated)
    ids = pq.read_table(validated.results).column("paper_id").to_pylist()
    assert ids == sorted(ids)
    stages = pq.read_table(validated.rejects / "rejects.parquet").column("stage").to_pylist()
    assert stages == ["extract"] * 2 + ["ingest"] * 3


def test_same_input_gives_byte_identical_parquet(tmp_path: Path) -> None:
    a, b = write_validated(tmp_path / "a"), write_validated(tmp_path / "b")
    load.run(a)
    load.run(b)
    load.run(b)  # and again over its own previous output
    for rel in ("tables/papers/papers.parquet", "tables/results/results.parquet", "rejects/rejects.parquet"):
        assert (a.root / rel).read_bytes() == (b.root / rel).read_bytes(), rel


def test_duckdb_views_answer_queries(validated: Layout) -> None:
    load.run(validated)
    got = load.query(validated, "SELECT count(*) AS n FROM results JOIN papers USING (paper_id)").to_pylist()
    assert got == [{"n": 20}]
    assert load.query(validated.duckdb, "SELECT count(*) AS n FROM rejects").to_pylist() == [{"n": 5}]


def test_views_follow_the_current_version(tmp_path: Path) -> None:
    layout = write_validated(tmp_path / "out", n=3)
    load.run(layout)
    write_validated(tmp_path / "out", n=7)
    load.run(layout)
    assert load.query(layout, "SELECT count(*) AS n FROM papers").to_pylist() == [{"n": 7}]
    assert len(list((layout.root / ".versions").iterdir())) == 2  # old versions removed


def test_query_is_read_only(validated: Layout) -> None:
    load.run(validated)
    with pytest.raises(InputError, match="only SELECT and EXPLAIN"):
        load.query(validated, "CREATE TABLE x (a INTEGER)")


def test_query_refuses_copy_over_the_tables(validated: Layout) -> None:
    load.run(validated)
    before = (validated.results / "results.parquet").read_bytes()
    target = str(validated.results / "results.parquet").replace("'", "''")
    with pytest.raises(InputError, match="COPY"):
        load.query(validated, f"COPY (SELECT 1 AS a) TO '{target}' (FORMAT parquet)")
    assert (validated.results / "results.parquet").read_bytes() == before


def test_query_without_database_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no database"):
        load.query(Layout.at(tmp_path), "SELECT 1")


def test_load_without_validated_tables_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StageInputMissing):
        load.run(Layout.at(tmp_path))


def test_load_writes_its_stage_summary(validated: Layout) -> None:
    load.run(validated)
    assert json.loads(validated.stage_summary("load").read_text())["results"] == 20


def test_require_tables_names_the_missing_step(tmp_path: Path) -> None:
    with pytest.raises(StageInputMissing, match="no published tables"):
        load.require_tables(Layout.at(tmp_path))


def test_summary_dict_has_row_counts(validated: Layout) -> None:
    assert load.run(validated).to_dict()["rows"] == {"papers": 20, "results": 20, "rejects": 5}


def test_rejects_equal_on_sort_keys_still_have_one_order(tmp_path: Path) -> None:
    import pyarrow as pa

    from etl import io
    from etl.schemas import conform

    row = {"stage": "ingest", "input": "a", "location": "", "reason": "not_text", "raw": ""}
    outs = []
    for name, messages in (("a", ["m1", "m2"]), ("b", ["m2", "m1"])):
        layout = write_validated(tmp_path / name, n=1)
        table = pa.Table.from_pylist([dict(row, message=m) for m in messages])
        io.write_parquet(layout.stage_rejects / "extract.parquet", conform(table, "rejects", sort=False))
        load.run(layout)
        outs.append((layout.rejects / "rejects.parquet").read_bytes())
    assert outs[0] == outs[1]
