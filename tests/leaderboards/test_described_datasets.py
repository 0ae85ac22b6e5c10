"""A board ranks named benchmarks only: a described data set ("Track 2") gets no page and is set aside."""

from __future__ import annotations

import csv
import io

from etl.leaderboards import run
from tests.leaderboards.conftest import paper, result


def test_a_numbered_track_gets_no_page_and_is_set_aside(make_layout) -> None:
    layout = make_layout(
        [paper("p1", "First")],
        [
            result("p1", 0, "score", 61.0, "%", metric="accuracy", dataset="Track 2", model="ZorpNet"),
            result("p1", 1, "score", 75.0, "%", metric="accuracy", dataset="MNIST", model="ZorpNet"),
        ],
    )
    summary = run(layout)
    assert [f for f in summary.files if f.startswith("datasets/")] == ["datasets/mnist.md"]
    aside = list(csv.DictReader(io.StringIO((layout.leaderboards / "set_aside.csv").read_text("utf-8"))))
    assert [(r["reason"], r["results"]) for r in aside] == [("data set described, not named", "1")]
