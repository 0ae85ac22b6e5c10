"""A before -> after pair shares the metric written after its second value."""

from __future__ import annotations

from tests.extract.helpers import hit

_LIST = "Our tuner lifts every task (BoolQ 70.2 rightarrow 74.9 acc., DROP 41.3 rightarrow 47.0 F1)."


def test_the_before_value_takes_the_metric_after_its_pair_not_the_previous_items() -> None:
    assert hit(_LIST, "41.3").metric == "F1"


def test_the_after_value_keeps_its_own_metric() -> None:
    assert hit(_LIST, "47.0").metric == "F1"


def test_a_percent_pair_with_an_arrow_shares_its_metric() -> None:
    assert hit("It raises CoQA from the baseline, 61.2% → 66.0% F1.", "61.2%").metric == "F1"
