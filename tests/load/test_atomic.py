"""Publication is atomic: a failed validation or a killed loader leaves the previous tables whole."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from load_data import papers, results, write_stage, write_validated

from etl import load, validate
from etl.errors import StageInputMissing, ValidationFailed
from etl.layout import Layout

PUBLISHED = ("tables/papers/papers.parquet", "tables/results/results.parquet", "rejects/rejects.parquet")


def _snapshot(layout: Layout) -> dict[str, bytes]:
    return {rel: (layout.root / rel).read_bytes() for rel in PUBLISHED}


def test_fatal_failure_leaves_published_tables_untouched(tmp_path: Path) -> None:
    layout = write_stage(tmp_path / "out", papers(5), results(5))
    validate.run(layout)
    load.run(layout)
    before = _snapshot(layout)
    write_stage(tmp_path / "out", papers(5) + papers(1), results(5))  # p0000 twice: fatal
    with pytest.raises(ValidationFailed):
        validate.run(layout)
    with pytest.raises(StageInputMissing):
        load.run(layout)  # nothing validated to publish
    assert _snapshot(layout) == before
    assert load.query(layout, "SELECT count(*) AS n FROM papers").to_pylist() == [{"n": 5}]


CHILD = """
import sys
from etl import load
from etl.layout import Layout
layout = Layout.at(sys.argv[1])
while True:
    load.run(layout)
    print("published", flush=True)
"""


def _check_complete(layout: Layout, n: int) -> None:
    assert pq.read_table(layout.papers).num_rows == n
    assert pq.read_table(layout.results).num_rows == n
    assert pq.read_table(layout.rejects / "rejects.parquet").num_rows == 5
    assert load.query(layout, "SELECT count(*) AS n FROM results").to_pylist() == [{"n": n}]


def test_sigkill_during_publication_leaves_tables_readable_and_complete(tmp_path: Path) -> None:
    n = 3000
    layout = write_validated(tmp_path / "out", n=n)
    rng = random.Random(7)
    root = Path(__file__).resolve().parents[2]
    kills = 0
    for _ in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(layout.root)], cwd=root, stdout=subprocess.PIPE, text=True
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "published"
            time.sleep(rng.uniform(0.0, 0.3))
            child.send_signal(signal.SIGKILL)
            kills += 1
        finally:
            child.kill()
            child.wait()
        _check_complete(layout, n)
    assert kills == 6
    load.run(layout)  # a later run cleans what the killed ones left
    assert sorted(p.name.split("-")[0] for p in (layout.root / ".versions").iterdir()) == [
        "rejects",
        "tables",
    ]


def test_published_output_revalidates_clean(tmp_path: Path) -> None:
    layout = write_stage(tmp_path / "out", papers(5), results(5))
    validate.run(layout)
    load.run(layout)
    outcome = validate.validate_tables(layout.root, tmp_path / "quality")
    assert outcome.success and not outcome.failures
    assert [t.table for t in outcome.tables] == ["papers", "results", "rejects"]
    assert [t.rows for t in outcome.tables] == [5, 5, 1]


def test_quarantined_row_is_published_in_rejects(tmp_path: Path) -> None:
    bad = dict(results(1)[0], result_id="bad", value=250.0)
    layout = write_stage(tmp_path / "out", papers(3), results(3) + [bad])
    validate.run(layout)
    load.run(layout)
    sql = "SELECT stage, reason, expectation, paper_id FROM rejects WHERE stage = 'validate'"
    assert load.query(layout, sql).to_pylist() == [
        {
            "stage": "validate",
            "reason": "expectation_failed",
            "expectation": "results.score_percent_0_100",
            "paper_id": "p0000",
        }
    ]
    assert load.query(layout, "SELECT count(*) AS n FROM results WHERE result_id = 'bad'").to_pylist() == [
        {"n": 0}
    ]
