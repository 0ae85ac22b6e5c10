"""Derived columns and hash-partitioned chunks, on real DuckDB."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from validate_data import paper, result, write_stage

from etl import io
from etl.schemas import conform
from etl.validate import derive

ABSTRACT = "Le modèle atteint 😀 92,5 % et 91.0% sur ÉTÉ."


def _derived(tmp_path: Path, results: list[dict], papers: list[dict] | None = None) -> list[dict]:
    layout = write_stage(tmp_path, papers or [paper("p1", abstract=ABSTRACT)], results)
    unsorted = conform(pa.Table.from_pylist(results), "results", sort=False)  # results in the given order
    io.write_parquet(layout.stage_results / "part-0.parquet", unsorted)
    con = duckdb.connect()
    derive.create_source(con, "p", "papers", derive.parquet_files(layout.stage_papers))
    derive.create_source(con, "r", "results", derive.parquet_files(layout.stage_results))
    chunk = con.sql("SELECT * FROM r").to_arrow_table()
    out = derive.with_span_flags(con, chunk, "p")
    assert out.column_names[: chunk.num_columns] == chunk.column_names
    return out.select(["result_id", "text_matches_span", "paper_id_in_papers"]).to_pylist()


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


def test_span_flags_follow_the_chunk_order_whatever_the_paper_order(tmp_path: Path) -> None:
    """Results in any order, papers spread over the id range: each row gets its own flags."""
    papers = [paper(f"p{i}", abstract=f"Paper {i} reaches {i}.5% accuracy.") for i in range(9)]
    rows = [result(f"p{i}", f"{i}.5%", abstract=f"Paper {i} reaches {i}.5% accuracy.") for i in (7, 2, 5, 0)]
    rows[1]["span_start"] += 1  # p2 shifted
    rows.append(result("p4", "9.5%", abstract="Paper 9 reaches 9.5% accuracy.", result_id="wrong-paper"))
    rows.append(result("p3", "3.5%", abstract="Paper 3 reaches 3.5% accuracy.", paper_id="zz"))
    got = {
        r["result_id"]: (r["text_matches_span"], r["paper_id_in_papers"])
        for r in _derived(tmp_path, rows, papers)
    }
    assert got == {
        rows[0]["result_id"]: (True, True),
        rows[1]["result_id"]: (False, True),
        rows[2]["result_id"]: (True, True),
        rows[3]["result_id"]: (True, True),
        "wrong-paper": (False, True),
        rows[5]["result_id"]: (False, False),
    }


def test_span_flags_of_a_chunk_without_paper_ids(tmp_path: Path) -> None:
    chunk = pa.table({c: pa.array([None, None], pa.string()) for c in ("paper_id", "section", "text")})
    chunk = chunk.append_column("span_start", pa.array([0, 1], pa.int32()))
    chunk = chunk.append_column("span_end", pa.array([1, 2], pa.int32()))
    out = derive.with_span_flags(duckdb.connect(), chunk, "nowhere")
    assert out.column("text_matches_span").to_pylist() == [False, False]
    assert out.column("paper_id_in_papers").to_pylist() == [False, False]


def test_key_chunks_are_one_query_per_part_each_in_row_order() -> None:
    keys = [f"k{i % 70}" for i in range(700)]
    con = duckdb.connect()
    con.register("src", pa.table({"k": keys, "_file": ["f"] * 700, "_row": list(range(700))}))
    chunks = list(derive.chunks(con, "src", ("k",), 100, key="k", rows=700))
    assert 1 < len(chunks) <= 7
    for chunk in chunks:
        rows = chunk.column("_row").to_pylist()
        assert rows == sorted(rows)
