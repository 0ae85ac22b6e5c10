"""Table schemas, loaded from `schemas/*.json` and checked when loaded.

The JSON files are the single source of truth for column names, Arrow types,
nullability and allowed values; load writes Parquet with exactly these types.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from etl.errors import RuleError
from etl.records import Reject

# `etl/_data/schemas` links to the top-level `schemas/` (the source of truth); a wheel carries a copy.
SCHEMA_DIR = Path(__file__).parent / "_data" / "schemas"
TABLES = ("papers", "results", "rejects")

_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    description: str
    allowed: tuple[str, ...] | None = None
    min: float | None = None

    @property
    def arrow_type(self) -> pa.DataType:
        return _TYPES[self.type]


@dataclass(frozen=True)
class TableSpec:
    name: str
    description: str
    columns: tuple[Column, ...]
    sort_by: tuple[str, ...]
    primary_key: tuple[str, ...]

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.arrow_type, nullable=c.nullable) for c in self.columns])

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


def _parse(path: Path) -> TableSpec:
    where = str(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleError(f"cannot read schema: {exc}", where=where) from exc
    problems: list[str] = []
    columns = []
    for i, raw in enumerate(doc.get("columns", [])):
        if raw.get("type") not in _TYPES:
            problems.append(f"column {i} ({raw.get('name')}): unknown type {raw.get('type')!r}")
            continue
        allowed = raw.get("allowed")
        columns.append(
            Column(
                name=raw["name"],
                type=raw["type"],
                nullable=bool(raw["nullable"]),
                description=raw.get("description", ""),
                allowed=tuple(allowed) if allowed is not None else None,
                min=raw.get("min"),
            )
        )
    names = [c.name for c in columns]
    if len(set(names)) != len(names):
        problems.append("duplicate column names")
    for key in ("sort_by", "primary_key"):
        for n in doc.get(key, []):
            if n not in names:
                problems.append(f"{key} names unknown column {n!r}")
    if problems:
        raise RuleError("; ".join(problems), where=where, hint="fix the schema file")
    return TableSpec(
        name=doc["table"],
        description=doc.get("description", ""),
        columns=tuple(columns),
        sort_by=tuple(doc.get("sort_by", [])),
        primary_key=tuple(doc.get("primary_key", [])),
    )


@cache
def spec(table: str) -> TableSpec:
    """The spec of one table (`papers`, `results` or `rejects`)."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(TABLES)}")
    return _parse(SCHEMA_DIR / f"{table}.json")


def empty(table: str) -> pa.Table:
    return spec(table).arrow_schema.empty_table()


def conform(data: pa.Table, table: str, *, sort: bool = True) -> pa.Table:
    """Select, order and cast columns to the table's schema; missing nullable columns become nulls.

    Sorting by the spec's `sort_by` makes the written Parquet deterministic.
    """
    s = spec(table)
    arrays = []
    for col in s.columns:
        if col.name in data.column_names:
            arrays.append(data.column(col.name).cast(col.arrow_type))
        elif col.nullable:
            arrays.append(pa.nulls(data.num_rows, col.arrow_type))
        else:
            raise KeyError(f"{table}: required column {col.name!r} is missing")
    out = pa.Table.from_arrays(arrays, schema=s.arrow_schema)
    if sort and s.sort_by and out.num_rows:
        idx = pc.sort_indices(out, sort_keys=[(n, "ascending", "at_start") for n in s.sort_by])
        out = out.take(idx)
    return out


def rejects_table(rejects: Iterable[Reject], *, sort: bool = True) -> pa.Table:
    """Reject records as a `rejects` table (the one place that knows how a Reject becomes a row)."""
    rows = [
        {
            "stage": r.stage,
            "input": r.input,
            "location": r.location,
            "reason": str(r.reason),
            "message": r.message,
            "raw": r.raw,
            "paper_id": r.paper_id,
            "expectation": r.expectation,
        }
        for r in rejects
    ]
    return conform(pa.Table.from_pylist(rows, schema=spec("rejects").arrow_schema), "rejects", sort=sort)
