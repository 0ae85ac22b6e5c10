"""extract_table and run: Arrow in and out, stable ids, rejects instead of lost batches."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from etl.extract import extract_table, run
from etl.extract import table as table_mod
from etl.layout import Layout
from etl.schemas import spec

PAPERS = pa.table(
    {
        "paper_id": ["p1", "p2", "p3"],
        "title": ["FooNet: Fast Nets", "Nothing here", "Bielik 7B v0.1: a model"],
        "abstract": [
            "We propose FooNet. It is 2.5x faster than BERT and reaches 91.2% accuracy on SST-2.",
            "We study theory in 3 settings.",
            "We train on 1B tokens.",
        ],
    }
)


def test_rows_conform_to_the_results_schema():
    out, rejects = extract_table(PAPERS)
    assert rejects == []
    assert out.schema == spec("results").arrow_schema
    assert out.num_rows == 4


def test_result_ids_are_stable_and_spans_exact():
    out, _ = extract_table(PAPERS)
    abstracts = dict(zip(PAPERS["paper_id"].to_pylist(), PAPERS["abstract"].to_pylist(), strict=True))
    titles = dict(zip(PAPERS["paper_id"].to_pylist(), PAPERS["title"].to_pylist(), strict=True))
    for row in out.to_pylist():
        source = abstracts if row["section"] == "abstract" else titles
        assert source[row["paper_id"]][row["span_start"] : row["span_end"]] == row["text"]
        assert (
            row["result_id"] == f"{row['paper_id']}:{row['section'][0]}{row['span_start']}-{row['span_end']}"
        )
        assert row["metric_id"] is None and row["dataset_id"] is None and row["model_family"] is None
    assert extract_table(PAPERS)[0].equals(out)


def test_title_sizes_are_title_results():
    out, _ = extract_table(PAPERS)
    titles = [r for r in out.to_pylist() if r["section"] == "title"]
    assert [(r["paper_id"], r["text"], r["kind"]) for r in titles] == [("p3", "7B", "param_count")]


def test_record_batch_input():
    out, _ = extract_table(PAPERS.to_batches()[0])
    assert out.num_rows == 4


def test_a_failing_paper_becomes_a_reject(monkeypatch):
    real = table_mod._paper_results

    def flaky(title, abstract):
        if "theory" in (abstract or ""):
            raise ValueError("boom")
        return real(title, abstract)

    monkeypatch.setattr(table_mod, "_paper_results", flaky)
    out, rejects = extract_table(PAPERS)
    assert [(r.paper_id, r.stage, r.reason.value) for r in rejects] == [("p2", "extract", "extract_error")]
    assert "boom" in rejects[0].message
    assert set(out["paper_id"].to_pylist()) == {"p1", "p3"}


def test_null_abstract_and_title_are_fine():
    papers = pa.table(
        {"paper_id": ["x"], "title": pa.array([None], pa.string()), "abstract": pa.array([None], pa.string())}
    )
    out, rejects = extract_table(papers)
    assert out.num_rows == 0 and rejects == []


def test_run_writes_parts_rejects_and_summary(tmp_path):
    layout = Layout.at(tmp_path)
    layout.stage_papers.mkdir(parents=True)
    pq.write_table(PAPERS, layout.stage_papers / "papers.parquet")
    (layout.stage_results).mkdir(parents=True)
    (layout.stage_results / "part-99999.parquet").write_bytes(b"stale")
    summary = run(layout)
    assert summary.papers == 3 and summary.results == 4 and summary.rejects == 0
    assert sorted(p.name for p in layout.stage_results.iterdir()) == ["part-00000.parquet"]
    assert ds.dataset(layout.stage_results).to_table().num_rows == 4
    assert pq.read_table(layout.stage_rejects / "extract.parquet").num_rows == 0
    written = json.loads(layout.stage_summary("extract").read_text())
    assert written["results_by_kind"] == {"param_count": 1, "data_size": 1, "score": 1, "speedup": 1}


def test_run_without_papers_says_what_to_do(tmp_path):
    from etl.errors import StageInputMissing

    with pytest.raises(StageInputMissing):
        run(Layout.at(tmp_path))
