"""Derived columns and hash-partitioned chunks, on real DuckDB."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from validate_data import paper, result, write_stage

from etl.validate import derive

ABSTRACT = "Le modèle atteint 😀 92,5 % et 91.0% sur ÉTÉ."


def _derived(tmp_path: Path, results: list[dict]) -> list[dict]:
    layout = write_stage(tmp_path, [paper("p1", abstract=ABSTRACT)], results)
    con = duckdb.connect()
    derive.create_source(con, "p", "papers", derive.parquet_files(layout.stage_papers))
    derive.create_source(con, "r", "results", derive.parquet_files(layout.stage_results))
    derive.create_results_derived(con, "d", "r", "p")
    return (
        con.sql("SELECT result_id, text_matches_span, paper_id_in_papers FROM d ORDER BY result_id")
        .to_arrow_table()
        .to_pylist()
    )


def test_span_check_counts_code_points_like_python(tmp_path: Path) -> None:
    rows = _derived(tmp_path, [result("p1", "91.0%", abstract=ABSTRACT)])
    assert rows == [
        {"result_id": rows[0]["result_id"], "text_matches_span": True, "paper_id_in_papers": True}
    ]


def test_span_check_fails_on_shifted_span(tmp_path: Path) -> None:
    row = result("p1", "91.0%", abstract=ABSTRACT)
    row["span_start"] += 1
    row["span_end"] += 1
    assert _derived(tmp_path, [row])[0]["text_matches_span"] is False


def test_span_past_the_end_fails(tmp_path: Path) -> None:
    row = result("p1", "91.0%", abstract=ABSTRACT, span_start=len(ABSTRACT) - 1, span_end=len(ABSTRACT) + 4)
    assert _derived(tmp_path, [row])[0]["text_matches_span"] is False


def test_unknown_paper_is_flagged(tmp_path: Path) -> None:
    row = result("p1", "91.0%", abstract=ABSTRACT, paper_id="ghost")
    assert _derived(tmp_path, [row])[0] == {
        "result_id": row["result_id"],
        "text_matches_span": False,
        "paper_id_in_papers": False,
    }


def test_chunks_keep_every_copy_of_a_key_together() -> None:
    keys = [f"k{i % 50}" for i in range(400)]  # every key 8 times
    con = duckdb.connect()
    con.register("src", pa.table({"k": keys, "_file": ["f"] * 400, "_row": list(range(400))}))
    chunks = list(derive.chunks(con, "src", ("k",), 60, key="k", rows=400))
    assert len(chunks) > 1
    seen: dict[str, int] = {}
    for i, chunk in enumerate(chunks):
        for k in pc.unique(chunk.column("k")).to_pylist():
            assert seen.setdefault(k, i) == i
    assert sum(c.num_rows for c in chunks) == 400


def test_empty_view_yields_one_empty_chunk() -> None:
    con = duckdb.connect()
    derive.create_source(con, "e", "results", [])
    chunks = list(derive.chunks(con, "e", ("result_id", "kind"), 10))
    assert [c.num_rows for c in chunks] == [0]
