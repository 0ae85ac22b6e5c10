"""How the reductions board reads a share that is kept (a cut of 100 minus it) and a fraction kept."""

from __future__ import annotations

import csv
import io

from etl.layout import Layout
from etl.leaderboards import run
from tests.leaderboards.conftest import paper, result

PAPERS = [paper(f"p{i}", f"Paper {i}", f"2101.0000{i}") for i in range(1, 6)]


def _rows(layout: Layout) -> list[tuple[str, float, str, str]]:
    text = (layout.leaderboards / "reductions.csv").read_text(encoding="utf-8")
    return [
        (r["paper_id"], float(r["value"]), r["as_written"], r["reads_as"])
        for r in csv.DictReader(io.StringIO(text))
    ]


def _cut(pid: str, n: int, value: float, text: str, sentence: str, **kw: object) -> dict:
    unit = str(kw.pop("unit", "%"))
    fields = {"metric": kw.pop("metric", f"cost {n}"), "text": text, "sentence": sentence} | kw
    return result(pid, n, "reduction", value, unit, **fields)


def test_only_scopes_over_the_list_it_opens(make_layout) -> None:
    s = "The model matches them with only 40.5% FLOPs and 52.5% memory at inference, and 70.5% GPU hours in training."
    layout = make_layout(
        PAPERS,
        [_cut("p1", 0, 40.5, "40.5%", s), _cut("p1", 1, 52.5, "52.5%", s), _cut("p1", 2, 70.5, "70.5%", s)],
    )
    run(layout)
    assert _rows(layout) == [
        ("p1", 59.5, "40.5%", "kept share"),
        ("p1", 47.5, "52.5%", "kept share"),
        ("p1", 29.5, "70.5%", "kept share"),
    ]


def test_a_cut_after_a_kept_share_is_not_kept(make_layout) -> None:
    s = "It trains with only 10% of the labels and cuts latency by 30%."
    layout = make_layout(
        PAPERS,
        [_cut("p1", 0, 10.0, "10%", s, metric="labels"), _cut("p1", 1, 30.0, "30%", s, metric="latency")],
    )
    run(layout)
    assert _rows(layout) == [("p1", 90.0, "10%", "kept share"), ("p1", 30.0, "30%", "")]


def test_a_share_the_extractor_read_as_kept_needs_no_only(make_layout) -> None:
    s = "It needs few adapter weights - roughly 0.5% of those of the full model."
    layout = make_layout(PAPERS, [_cut("p1", 0, 0.5, "0.5%", s, rule="share_of_other")])
    run(layout)
    assert _rows(layout) == [("p1", 99.5, "0.5%", "kept share")]


def test_only_before_less_is_the_cut_itself(make_layout) -> None:
    s = "The router saves power with only 12% less throughput."
    layout = make_layout(PAPERS, [_cut("p1", 0, 12.0, "12%", s, rule="share")])
    run(layout)
    assert _rows(layout) == [("p1", 12.0, "12%", "")]


def test_slash_fraction_ranks_with_the_factors_by_its_inverse(make_layout) -> None:
    s = "It beats the baseline using less than 1/20 of the training data."
    layout = make_layout(
        PAPERS,
        [
            _cut("p1", 0, 0.05, "1/20", s, unit="none", metric="training data", rule="share_fraction"),
            _cut("p2", 0, 4.0, "4x", "It needs 4x fewer FLOPs.", unit="x", metric="FLOPs"),
        ],
    )
    run(layout)
    text = (layout.leaderboards / "reductions.csv").read_text(encoding="utf-8")
    rows = [
        (r["paper_id"], r["unit"], float(r["value"]), r["reads_as"])
        for r in csv.DictReader(io.StringIO(text))
    ]
    assert rows == [("p1", "x", 20.0, "kept fraction"), ("p2", "x", 4.0, "")]


def test_a_slash_cut_is_no_kept_fraction(make_layout) -> None:
    s = "Our cache reduces memory by 1/3."
    layout = make_layout(
        PAPERS, [_cut("p1", 0, 0.33, "1/3", s, unit="none", metric="memory", rule="clause_reduce")]
    )
    run(layout)
    text = (layout.leaderboards / "reductions.csv").read_text(encoding="utf-8")
    rows = [(r["unit"], r["reads_as"]) for r in csv.DictReader(io.StringIO(text))]
    assert rows == [("none", "")]
