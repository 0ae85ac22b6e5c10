"""Result rows failing an expectation are quarantined by name; a fatal one stops publication (exit 2)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from robust_run import Ran, copy_output, etl, manifest, rejects, snapshot

from etl.validate import suites

Messy = tuple[Path, Path, Ran]
FATAL = "results.value.below_one"


def test_failing_result_row_is_quarantined_with_the_expectation_name(messy: Messy) -> None:
    _, out, ran = messy
    [row] = [r for r in rejects(out) if r["stage"] == "validate"]
    assert row["reason"] == "expectation_failed"
    assert row["expectation"] == "results.score_percent_0_100"
    assert row["paper_id"] == "2403.00002" and '"value":250.0' in row["raw"]
    assert "results.score_percent_0_100" in ran.out


def test_quarantined_row_is_not_published(messy: Messy) -> None:
    _, out, _ = messy
    ran = etl(
        "query", "SELECT count(*) AS n FROM results WHERE value > 100 AND unit = '%'", "--out", out, "--csv"
    )
    assert ran.rc == 0 and ran.out.splitlines()[1] == "0"


@pytest.fixture
def fatal_suite(tmp_path: Path) -> Iterator[Path]:
    """The shipped suites plus one fatal expectation every real result fails."""
    folder = tmp_path / "expectations"
    shutil.copytree(suites.EXPECTATIONS_DIR, folder)
    doc = json.loads((folder / "results.json").read_text())
    doc["expectations"].append(
        {
            "type": "expect_column_values_to_be_between",
            "kwargs": {"column": "value", "max_value": 1},
            "meta": {"name": FATAL, "fatal": True, "why": "test"},
        }
    )
    (folder / "results.json").write_text(json.dumps(doc))
    mp = pytest.MonkeyPatch()
    mp.setattr(suites, "EXPECTATIONS_DIR", folder)
    suites.load_suite.cache_clear()
    try:
        yield folder
    finally:
        mp.undo()
        suites.load_suite.cache_clear()


def test_fatal_expectation_exits_2_and_keeps_the_previous_tables(
    messy: Messy, tmp_path: Path, fatal_suite: Path
) -> None:
    folder, published, _ = messy
    out = copy_output(published, tmp_path / "out")
    before, leaderboards = snapshot(out), (out / "leaderboards" / "index.html").read_bytes()
    ran = etl("run", folder, "--out", out, "--engine", "serial")
    assert ran.rc == 2
    assert FATAL in ran.out + ran.err and "Traceback" not in ran.err
    assert snapshot(out) == before
    assert (out / "leaderboards" / "index.html").read_bytes() == leaderboards
    count = etl("query", "SELECT count(*) AS n FROM papers", "--out", out, "--csv")
    assert count.rc == 0 and int(count.out.splitlines()[1]) == manifest(published)["papers"]
    m = manifest(out)
    assert m["published"] is False and m["validation"]["success"] is False
