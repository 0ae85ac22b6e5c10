"""Re-runs: the same input gives byte-identical tables; an incremental run equals a full one."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from robust_corpus import jsonl, paper, write_good
from robust_run import Ran, manifest, run_ok, snapshot

Messy = tuple[Path, Path, Ran]


def test_same_input_gives_byte_identical_tables(messy: Messy, tmp_path: Path) -> None:
    folder, out, _ = messy
    run_ok(folder, "--out", tmp_path / "again")
    assert snapshot(tmp_path / "again") == snapshot(out)


def test_tables_hold_no_timestamps(messy: Messy) -> None:
    for rel in snapshot(messy[1]):
        meta = pq.read_metadata(messy[1] / rel)
        assert b"pandas" not in (meta.metadata or {})  # pandas metadata would carry index and versions
        assert all("timestamp" not in str(f.type) for f in pq.read_schema(messy[1] / rel))


def test_incremental_run_reuses_results_and_equals_a_full_run(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_good(a, 30)
    run_ok(a, "--out", tmp_path / "inc")
    changed = paper(3)
    changed["abstract"] = changed["abstract"].replace("ImageNet", "ImageNet-21K")
    (a / "good.jsonl").write_bytes(jsonl([changed if i == 3 else paper(i) for i in range(30)]))
    write_good(b, 10, start=100, name="new.jsonl")

    run_ok(a, b, "--out", tmp_path / "inc")
    run_ok(a, b, "--out", tmp_path / "full", "--full")

    m = manifest(tmp_path / "inc")
    assert (m["papers_extracted"], m["papers_reused"]) == (11, 29)  # B's 10 and the changed one
    assert manifest(tmp_path / "full")["papers_extracted"] == 40
    assert snapshot(tmp_path / "inc") == snapshot(tmp_path / "full")
    rows = [json.dumps(r, sort_keys=True) for r in pq.read_table(tmp_path / "inc/tables/results").to_pylist()]
    assert any("ImageNet-21K" in r for r in rows)


def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path: Path) -> None:
    folder = write_good(tmp_path / "data", 5).parent
    write_good(folder / "out" / "stage", 3, start=50, name="left-by-an-earlier-run.jsonl")
    run_ok(folder, "--out", folder / "out")
    m = manifest(folder / "out")
    assert (m["records_read"], len(m["inputs"])) == (5, 1)
