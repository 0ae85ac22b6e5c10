"""The suite files load, and malformed suites are refused when loaded."""

from __future__ import annotations

import pytest

from etl.errors import RuleError
from etl.validate.suites import Policy, load_suite, parse_suite


@pytest.mark.parametrize("table", ["papers", "results", "rejects"])
def test_suite_files_load(table: str) -> None:
    suite = load_suite(table)
    assert suite.expectations
    assert len({e.name for e in suite.expectations}) == len(suite.expectations)


def test_suites_build_real_gx_suites() -> None:
    from etl.validate.gxrun import gx_suite

    gsuite = gx_suite(load_suite("results"))
    assert len(gsuite.expectations) == len(load_suite("results").expectations)


def test_results_suite_quarantines_row_checks() -> None:
    policies = {e.name: e.policy for e in load_suite("results").expectations}
    assert policies["results.text_matches_span"] is Policy.QUARANTINE
    assert policies["results.result_id.unique"] is Policy.FATAL


def _doc(**exp: object) -> dict:
    base = {
        "type": "expect_column_values_to_not_be_null",
        "kwargs": {"column": "paper_id"},
        "meta": {"name": "x", "fatal": True},
    }
    base.update(exp)
    return {"name": "papers", "expectations": [base]}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (_doc(kwargs={"column": "nope"}), "unknown column"),
        (_doc(meta={"name": "x", "quarantine": True}), "only result rows"),
        (_doc(meta={"fatal": True}), "meta.name"),
        (_doc(type="expect_table_row_count_to_be_between", kwargs={"min_value": 1}), "not a supported"),
        (_doc(type="expect_column_values_to_be_unique", kwargs={"column": "title"}), "primary key"),
        (_doc(meta={"name": "x", "fatal": True, "quarantine": True}), "both fatal and quarantine"),
    ],
)
def test_bad_suite_is_refused(doc: dict, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_suite("papers", doc)


def test_row_condition_columns_are_checked() -> None:
    doc = _doc(kwargs={"column": "paper_id", "row_condition": 'nope == "x"', "condition_parser": "pandas"})
    with pytest.raises(RuleError, match="nope"):
        parse_suite("papers", doc)
