"""A gain in efficiency: of a resource it is a reduction, of time or of nothing named a speedup."""

from etl.extract.efficiency_kinds import efficiency_kind
from etl.records import Kind


def test_efficiency_of_a_resource_is_a_reduction() -> None:
    assert efficiency_kind("improves energy efficiency") is Kind.REDUCTION


def test_efficiency_with_no_resource_is_a_speedup() -> None:
    assert efficiency_kind("higher training efficiency") is Kind.SPEEDUP


def test_efficiency_measured_in_a_metric_is_no_cost() -> None:
    assert efficiency_kind("efficiency and accuracy") is None


def test_words_without_efficiency_name_none() -> None:
    assert efficiency_kind("lower latency") is None
