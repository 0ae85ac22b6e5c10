"""Expectation suites: `expectations/<table>.json` in the GX 1.x suite format, checked when loaded.

`meta` carries our policy: `fatal` (a failure stops publication), `quarantine` (failing result
rows are removed and rejected) or neither (reported only). Validation runs in chunks, so only
row-level (map) expectations are allowed, and uniqueness only on the primary key, which is the
key the chunks are partitioned by (all copies of a key land in the same chunk).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from etl.errors import RuleError
from etl.schemas import spec

# `etl/_data/expectations` links to the top-level `expectations/`; a wheel carries a copy.
EXPECTATIONS_DIR = Path(__file__).resolve().parent.parent / "_data" / "expectations"

# Columns computed before validation (see etl.validate.derive), per table.
DERIVED: dict[str, tuple[str, ...]] = {
    "papers": (),
    "results": ("text_matches_span", "paper_id_in_papers"),
    "rejects": (),
}

# Row-level expectations: their counts add up over chunks. Value: the kwargs naming columns.
SUPPORTED: dict[str, tuple[str, ...]] = {
    "expect_column_values_to_not_be_null": ("column",),
    "expect_column_values_to_be_null": ("column",),
    "expect_column_values_to_be_in_set": ("column",),
    "expect_column_values_to_not_be_in_set": ("column",),
    "expect_column_values_to_be_between": ("column",),
    "expect_column_values_to_be_unique": ("column",),
    "expect_column_values_to_match_regex": ("column",),
    "expect_column_values_to_not_match_regex": ("column",),
    "expect_column_value_lengths_to_be_between": ("column",),
    "expect_column_pair_values_a_to_be_greater_than_b": ("column_A", "column_B"),
    "expect_column_pair_values_to_be_equal": ("column_A", "column_B"),
}


class Policy(StrEnum):
    FATAL = "fatal"
    QUARANTINE = "quarantine"
    REPORT = "report"


@dataclass(frozen=True)
class Expectation:
    name: str
    type: str
    kwargs: dict[str, Any]
    meta: dict[str, Any]
    policy: Policy

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.kwargs[k] for k in SUPPORTED[self.type])

    def key(self) -> tuple[str, str]:
        """How a GX result is matched back to its expectation (results come back unordered)."""
        return self.type, json.dumps(self.kwargs, sort_keys=True, default=str)

    def as_gx_dict(self) -> dict[str, Any]:
        return {"type": self.type, "kwargs": dict(self.kwargs), "meta": dict(self.meta)}


@dataclass(frozen=True)
class Suite:
    table: str
    doc: dict[str, Any]
    expectations: tuple[Expectation, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column the suite reads (schema and derived), in a stable order."""
        seen: dict[str, None] = {}
        for e in self.expectations:
            for c in e.columns:
                seen[c] = None
            for c in _condition_columns(e.kwargs.get("row_condition")):
                seen[c] = None
        return tuple(seen)

    def groups(self) -> list[tuple[tuple[str, ...], tuple[Expectation, ...]]]:
        """Expectations grouped by the columns they read (suite order within and across groups)."""
        out: dict[tuple[str, ...], list[Expectation]] = {}
        for e in self.expectations:
            cols = tuple(dict.fromkeys(e.columns + tuple(_condition_columns(e.kwargs.get("row_condition")))))
            out.setdefault(tuple(sorted(cols)), []).append(e)
        return [(cols, tuple(exps)) for cols, exps in out.items()]

    def by_key(self) -> dict[tuple[str, str], Expectation]:
        return {e.key(): e for e in self.expectations}


def _condition_columns(cond: str | None) -> list[str]:
    if not cond:
        return []
    return [m for m in re.findall(r"\b([A-Za-z_][A-Za-z0-9_]*)\s*[=!<>]", cond)]


def parse_suite(table: str, doc: dict[str, Any], where: str = "") -> Suite:
    """Check a suite document against the table's schema and our policy rules."""
    s = spec(table)
    known = set(s.names) | set(DERIVED.get(table, ()))
    problems: list[str] = []
    if doc.get("name") != table:
        problems.append(f"suite name must be {table!r}, got {doc.get('name')!r}")
    out: list[Expectation] = []
    names: set[str] = set()
    for i, raw in enumerate(doc.get("expectations", [])):
        meta = raw.get("meta") or {}
        name = meta.get("name")
        label = f"expectation {i} ({name or raw.get('type')})"
        if not isinstance(name, str) or not name:
            problems.append(f"{label}: meta.name is required")
            continue
        if name in names:
            problems.append(f"{label}: duplicate name")
        names.add(name)
        etype = raw.get("type")
        kwargs = raw.get("kwargs") or {}
        if etype not in SUPPORTED:
            problems.append(f"{label}: type {etype!r} is not a supported row-level expectation")
            continue
        missing = [k for k in SUPPORTED[etype] if k not in kwargs]
        if missing:
            problems.append(f"{label}: kwargs lack {missing}")
            continue
        if meta.get("fatal") and meta.get("quarantine"):
            problems.append(f"{label}: both fatal and quarantine")
        policy = (
            Policy.FATAL
            if meta.get("fatal")
            else Policy.QUARANTINE
            if meta.get("quarantine")
            else Policy.REPORT
        )
        if policy is Policy.QUARANTINE and table != "results":
            problems.append(f"{label}: only result rows can be quarantined")
        cols = [kwargs[k] for k in SUPPORTED[etype]] + _condition_columns(kwargs.get("row_condition"))
        for c in cols:
            if c not in known:
                problems.append(f"{label}: unknown column {c!r}")
        if etype == "expect_column_values_to_be_unique" and (kwargs["column"],) != s.primary_key:
            problems.append(f"{label}: uniqueness is only checked on the primary key {s.primary_key}")
        out.append(Expectation(name, etype, dict(kwargs), dict(meta), policy))
    keys = [e.key() for e in out]
    if len(set(keys)) != len(keys):
        problems.append("two expectations have the same type and kwargs")
    if problems:
        raise RuleError(
            "; ".join(problems), where=where or f"expectations/{table}.json", hint="fix the suite"
        )
    return Suite(table, doc, tuple(out))


@cache
def load_suite(table: str) -> Suite:
    path = EXPECTATIONS_DIR / f"{table}.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleError(f"cannot read expectation suite: {exc}", where=str(path)) from exc
    return parse_suite(table, doc, str(path))
