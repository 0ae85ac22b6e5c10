import pyarrow as pa
import pytest

from etl import schemas
from etl.errors import RuleError


@pytest.mark.parametrize("table", schemas.TABLES)
def test_schema_file_loads(table: str) -> None:
    spec = schemas.spec(table)
    assert spec.name == table
    assert len(spec.arrow_schema) == len(spec.columns)


def test_conform_orders_casts_and_fills_nullable_columns() -> None:
    t = pa.table(
        {
            "reason": ["not_text"],
            "stage": ["ingest"],
            "input": ["f"],
            "location": ["line 1"],
            "message": ["m"],
            "raw": ["r"],
        }
    )
    out = schemas.conform(t, "rejects")
    assert out.schema == schemas.spec("rejects").arrow_schema
    assert out.column("paper_id").to_pylist() == [None]


def test_conform_refuses_missing_required_column() -> None:
    with pytest.raises(KeyError, match="stage"):
        schemas.conform(pa.table({"input": ["f"]}), "rejects")


def test_conform_sorts_by_spec() -> None:
    t = pa.table(
        {
            "stage": ["validate", "ingest"],
            "input": ["b", "a"],
            "location": ["", ""],
            "reason": ["not_text", "not_text"],
            "message": ["", ""],
            "raw": ["", ""],
        }
    )
    assert schemas.conform(t, "rejects").column("stage").to_pylist() == ["ingest", "validate"]


def test_malformed_schema_reports_every_problem(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"table": "x", "columns": [{"name": "a", "type": "decimal", "nullable": true}], "sort_by": ["nope"]}'
    )
    with pytest.raises(RuleError) as err:
        schemas._parse(bad)
    assert "decimal" in str(err.value) and "nope" in str(err.value)
