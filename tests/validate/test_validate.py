"""The validate stage end to end on tiny stage tables: real GX, real DuckDB."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from validate_data import good_results, paper, result, write_stage

import etl.validate as validate
from etl.errors import ValidationFailed
from etl.layout import Layout
from etl.schemas import spec


def _stage_with(tmp_path: Path, bad: dict) -> Layout:
    return write_stage(
        tmp_path / "out", [paper("p1"), paper("p2")], good_results("p1") + good_results("p2") + [bad]
    )


def test_good_stage_passes_and_writes_validated_tables(good_stage: Layout) -> None:
    outcome = validate.run(good_stage)
    assert outcome.success and outcome.quarantined_rows == 0 and not outcome.failures
    assert pq.read_table(good_stage.validated / "results").num_rows == 6
    assert pq.read_table(good_stage.validated / "papers").schema == spec("papers").arrow_schema
    assert pq.read_table(good_stage.stage_rejects / "validate.parquet").num_rows == 0


def test_reports_are_written(good_stage: Layout) -> None:
    validate.run(good_stage)
    q = good_stage.quality
    assert json.loads((q / "results.json").read_text())["statistics"]["evaluated_expectations"] > 10
    summary = json.loads((q / "summary.json").read_text())
    assert summary["success"] is True
    assert {"success", "unexpected_count", "fatal", "quarantine"} <= set(summary["expectations"][0])
    assert (q / "data_docs" / "index.html").is_file()


@pytest.mark.parametrize(
    ("bad", "expectation"),
    [
        (result("p2", "75.15%", value=175.0, result_id="x1"), "results.score_percent_0_100"),
        (
            result("p2", "13B", kind="param_count", unit="params", value=0.0, result_id="x2"),
            "results.param_count_positive",
        ),
        (result("p2", "75.15%", text="75.16%", result_id="x3"), "results.text_matches_span"),
        (result("p2", "75.15%", paper_id="ghost", result_id="x4"), "results.paper_id_in_papers"),
        (
            result(
                "p2",
                "3.5x",
                kind="speedup",
                unit="x",
                value=None,
                value_low=5.0,
                value_high=2.0,
                qualifier="range",
                result_id="x5",
            ),
            "results.range_ordered",
        ),
    ],
)
def test_quarantined_row_lands_in_rejects_with_its_expectation(
    tmp_path: Path, bad: dict, expectation: str
) -> None:
    layout = _stage_with(tmp_path, bad)
    outcome = validate.run(layout)
    assert outcome.success and outcome.quarantined_rows == 1
    rejects = pq.read_table(layout.stage_rejects / "validate.parquet").to_pylist()
    assert [(r["reason"], r["stage"], r["paper_id"]) for r in rejects] == [
        ("expectation_failed", "validate", bad["paper_id"])
    ]
    assert expectation in rejects[0]["expectation"].split("; ")
    assert json.loads(rejects[0]["raw"])["result_id"] == bad["result_id"]
    ids = pq.read_table(layout.validated / "results").column("result_id").to_pylist()
    assert bad["result_id"] not in ids and len(ids) == 6


def test_row_failing_two_checks_is_one_reject_naming_both(tmp_path: Path) -> None:
    bad = result("p2", "75.15%", value=175.0, text="75.16%", result_id="x1")
    layout = _stage_with(tmp_path, bad)
    validate.run(layout)
    (reject,) = pq.read_table(layout.stage_rejects / "validate.parquet").to_pylist()
    assert reject["expectation"] == "results.text_matches_span; results.score_percent_0_100"


def test_fatal_failure_raises_and_leaves_no_validated_tables(tmp_path: Path) -> None:
    layout = write_stage(tmp_path / "out", [paper("p1"), paper("p1", title="Other")], good_results("p1"))
    with pytest.raises(ValidationFailed) as info:
        validate.run(layout)
    assert info.value.exit_code == 2
    assert "papers.paper_id.unique" in str(info.value)
    outcome = info.value.outcome
    assert [e.name for e in outcome.fatal_failures] == ["papers.paper_id.unique"]
    assert outcome.fatal_failures[0].unexpected_count == 2
    assert not layout.validated.exists()
    assert json.loads((layout.quality / "summary.json").read_text())["success"] is False


def test_blank_abstract_is_fatal(tmp_path: Path) -> None:
    layout = write_stage(tmp_path / "out", [paper("p1"), paper("p2", abstract="   ")], good_results("p1"))
    with pytest.raises(ValidationFailed, match="papers.abstract.not_blank"):
        validate.run(layout)


def test_unknown_reject_reason_is_fatal(tmp_path: Path) -> None:
    bad = {
        "stage": "ingest",
        "input": "x",
        "location": "",
        "reason": "felt_like_it",
        "message": "m",
        "raw": "",
    }
    layout = write_stage(tmp_path / "out", [paper("p1")], good_results("p1"), rejects=[bad])
    with pytest.raises(ValidationFailed, match="rejects.reason.allowed"):
        validate.run(layout)


def test_duplicate_result_ids_are_found_across_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(validate.CHUNK_ROWS, "results", 8)
    monkeypatch.setattr(validate, "KEY_CHUNK_ROWS", 8)
    papers = [paper(f"p{i}") for i in range(10)]
    results = [r for i in range(10) for r in good_results(f"p{i}")]
    results.append(dict(results[0], rule="copy"))
    layout = write_stage(tmp_path / "out", papers, results)
    with pytest.raises(ValidationFailed) as info:
        validate.run(layout)
    (stat,) = info.value.outcome.fatal_failures
    assert (stat.name, stat.unexpected_count, stat.element_count) == ("results.result_id.unique", 2, 31)
    assert next(t for t in info.value.outcome.tables if t.table == "results").chunks > 1


def test_counts_add_up_over_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(validate.CHUNK_ROWS, "results", 4)
    papers = [paper(f"p{i}") for i in range(6)]
    results = [result(f"p{i}", "75.15%", value=175.0) for i in range(6)] + good_results("p0")[1:]
    layout = write_stage(tmp_path / "out", papers, results)
    outcome = validate.run(layout)
    assert outcome.quarantined_rows == 6
    doc = json.loads((layout.quality / "results.json").read_text())
    (pct,) = [
        r for r in doc["results"] if r["expectation_config"]["meta"]["name"] == "results.score_percent_0_100"
    ]
    assert pct["result"]["unexpected_count"] == 6 and pct["success"] is False


def test_validate_tables_reports_without_quarantining(tmp_path: Path) -> None:
    layout = _stage_with(tmp_path, result("p2", "75.15%", value=175.0, result_id="x1"))
    tables = tmp_path / "published"
    for name, src in (("papers", layout.stage_papers), ("results", layout.stage_results)):
        (tables / name).mkdir(parents=True)
        (tables / name / "t.parquet").write_bytes((src / "part-0.parquet").read_bytes())
    outcome = validate.validate_tables(tables, tmp_path / "quality")
    assert outcome.success and outcome.quarantined_rows == 0
    assert [(e.name, e.unexpected_count) for e in outcome.failures] == [("results.score_percent_0_100", 1)]
    assert (tmp_path / "quality" / "summary.json").is_file()
    assert not layout.validated.exists()


def test_outcome_dict_lists_failing_expectations_for_the_cli(tmp_path: Path) -> None:
    layout = _stage_with(tmp_path, result("p2", "75.15%", value=175.0, result_id="x1"))
    d = validate.run(layout).to_dict()
    assert d["quarantined"] == 1 and d["success"] is True
    assert d["failing"] == [
        {
            "table": "results",
            "expectation": "score_percent_0_100",
            "name": "results.score_percent_0_100",
            "type": "expect_column_values_to_be_between",
            "fatal": False,
            "quarantine": True,
            "unexpected_count": 1,
            "element_count": 3,
        }
    ]
    json.dumps(d)


def test_quarantine_expectation_that_raises_stops_publication(
    good_stage: Layout, monkeypatch: pytest.MonkeyPatch
) -> None:
    from etl.validate.suites import load_suite, parse_suite

    doc = json.loads(json.dumps(load_suite("results").doc))
    doc["expectations"].append(
        {
            "type": "expect_column_values_to_match_regex",
            "kwargs": {"column": "text", "regex": "("},  # not a regex: GX reports an exception
            "meta": {"name": "results.broken", "quarantine": True},
        }
    )
    broken = parse_suite("results", doc)
    real = validate.load_suite
    monkeypatch.setattr(validate, "load_suite", lambda t: broken if t == "results" else real(t))
    with pytest.raises(ValidationFailed) as info:
        validate.run(good_stage)
    (stat,) = info.value.outcome.fatal_failures
    assert stat.name == "results.broken" and stat.exception


def test_validated_results_keep_the_stage_order_without_quarantined_rows(tmp_path: Path) -> None:
    """Load publishes rows in scan order when they are sorted: dropping rows must not reorder them."""
    papers = [paper(f"p{i:03d}") for i in range(60)]
    results = [r for p in papers for r in good_results(p["paper_id"])]
    bad = result("p030", "75.15%", value=175.0, text="75.16%", result_id="x1")
    layout = write_stage(tmp_path / "out", papers, results + [bad])
    assert validate.run(layout).quarantined_rows == 1
    stage = pq.read_table(layout.stage_results).column("result_id").to_pylist()
    validated = pq.read_table(layout.validated / "results").column("result_id").to_pylist()
    assert validated == [r for r in stage if r != "x1"]
