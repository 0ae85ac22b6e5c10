"""`schemas/*.json`, `expectations/*.json` and the Enums of `etl/records.py` say the same thing."""

from __future__ import annotations

import pytest

from etl.records import Kind, Qualifier, RejectReason, Section, Unit
from etl.schemas import TABLES, spec
from etl.validate.suites import DERIVED, load_suite

ENUMS = {
    ("results", "kind"): Kind,
    ("results", "unit"): Unit,
    ("results", "qualifier"): Qualifier,
    ("results", "section"): Section,
    ("rejects", "reason"): RejectReason,
}


def _unconditional(table: str, etype: str) -> dict[str, dict]:
    """Expectations of one type over the whole column (no row_condition), by column."""
    return {
        e.kwargs["column"]: e.kwargs
        for e in load_suite(table).expectations
        if e.type == etype and "row_condition" not in e.kwargs
    }


@pytest.mark.parametrize("table", TABLES)
def test_not_null_expectations_match_nullability(table: str) -> None:
    required = {c.name for c in spec(table).columns if not c.nullable}
    assert set(_unconditional(table, "expect_column_values_to_not_be_null")) == required


@pytest.mark.parametrize("table", TABLES)
def test_in_set_expectations_match_allowed_values(table: str) -> None:
    allowed = {c.name: list(c.allowed) for c in spec(table).columns if c.allowed}
    in_set = {
        col: kw["value_set"]
        for col, kw in _unconditional(table, "expect_column_values_to_be_in_set").items()
        if col not in DERIVED[table]
    }
    assert in_set == allowed


@pytest.mark.parametrize("table", TABLES)
def test_min_values_have_between_expectations(table: str) -> None:
    mins = {c.name: c.min for c in spec(table).columns if c.min is not None}
    between = {
        col: kw.get("min_value")
        for col, kw in _unconditional(table, "expect_column_values_to_be_between").items()
        if col in mins or "max_value" not in kw
    }
    assert between == mins


@pytest.mark.parametrize("table", TABLES)
def test_primary_key_has_unique_expectation(table: str) -> None:
    assert tuple(_unconditional(table, "expect_column_values_to_be_unique")) == spec(table).primary_key


@pytest.mark.parametrize(("key", "enum"), list(ENUMS.items()), ids=lambda v: str(v))
def test_enums_equal_schema_allowed_values(key: tuple[str, str], enum: type) -> None:
    table, column = key
    assert list(spec(table).column(column).allowed) == [m.value for m in enum]


def test_every_allowed_column_has_an_enum_or_is_known() -> None:
    with_allowed = {(t, c.name) for t in TABLES for c in spec(t).columns if c.allowed}
    assert with_allowed - set(ENUMS) == {("rejects", "stage")}
    assert list(spec("rejects").column("stage").allowed) == ["ingest", "extract", "validate"]
