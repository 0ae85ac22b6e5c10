"""How the reductions board reads a share kept without "only", and the qualifier of a kept share."""

from __future__ import annotations

import csv
import io

from etl.layout import Layout
from etl.leaderboards import run
from tests.leaderboards.conftest import paper, result

PAPERS = [paper(f"p{i}", f"Paper {i}", f"2101.0000{i}") for i in range(1, 4)]


def _rows(layout: Layout) -> list[tuple[str, float, str, str]]:
    text = (layout.leaderboards / "reductions.csv").read_text(encoding="utf-8")
    return [
        (r["paper_id"], float(r["value"]), r["reads_as"], r["qualifier"])
        for r in csv.DictReader(io.StringIO(text))
    ]


def _cut(pid: str, value: float, text: str, sentence: str, **kw: object) -> dict:
    unit = str(kw.pop("unit", "%"))
    fields = {"metric": "model size", "text": text, "sentence": sentence} | kw
    return result(pid, 0, "reduction", value, unit, **fields)


def test_a_share_of_a_cost_after_with_is_kept_without_only(make_layout) -> None:
    s = "FooDet stays competitive with 3.5% of model size and a faster decoder."
    layout = make_layout(PAPERS, [_cut("p1", 3.5, "3.5%", s, rule="share")])
    run(layout)
    assert _rows(layout) == [("p1", 96.5, "kept share", "exact")]


def test_a_share_rule_without_of_is_no_kept_share(make_layout) -> None:
    s = "FooDet stays competitive with 35% fewer layers."
    layout = make_layout(PAPERS, [_cut("p1", 35.0, "35%", s, rule="share")])
    run(layout)
    assert _rows(layout) == [("p1", 35.0, "", "exact")]


def test_less_than_a_fraction_kept_is_more_than_its_cut(make_layout) -> None:
    s = "It runs with less than half of the compute of BarNet."
    row = _cut("p1", 0.5, "half", s, unit="x", rule="share_fraction", qualifier="upper")
    layout = make_layout(PAPERS, [row])
    run(layout)
    assert _rows(layout) == [("p1", 2.0, "kept fraction", "lower")]


def test_a_plain_cut_keeps_its_qualifier(make_layout) -> None:
    s = "It cuts memory by up to 40%."
    layout = make_layout(PAPERS, [_cut("p1", 40.0, "40%", s, rule="clause_reduce", qualifier="upper")])
    run(layout)
    assert _rows(layout) == [("p1", 40.0, "", "upper")]
