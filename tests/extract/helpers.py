"""Shared helpers for the extractor tests: the result extracted for one number of a sentence."""

from __future__ import annotations

import pyarrow as pa

from etl.extract import extract_text
from etl.extract.measured import PHYS_UNIT
from etl.extract.table import extract_table
from etl.records import Result


def _is(result: Result, number: str) -> bool:
    """Whether a result's text is `number`, or `number` and a unit the guideline does not list ("38 FPS")."""
    if result.text == number:
        return True
    rest = result.text[len(number) :]
    return result.text.startswith(number) and PHYS_UNIT.fullmatch(rest) is not None


def hit(text: str, number: str, title: str | None = None, *, unique: bool = False) -> Result:
    """The first result whose text is `number` (with `unique`, the only one); fails if there is none."""
    results = extract_text(text, title=title)
    hits = [r for r in results if _is(r, number)]
    if unique:
        assert len(hits) == 1, [r.text for r in results]
    else:
        assert hits, f"{number!r} not extracted; found {[r.text for r in results]}"
    return hits[0]


def model(text: str, number: str, title: str | None = None) -> str | None:
    """The `model` field of the first result whose text is `number`."""
    return hit(text, number, title).model


def table_rows(abstract: str) -> list[dict]:
    """The rows `extract_table` writes for one abstract (the whole stage, list passes included)."""
    papers = pa.table({"paper_id": ["p"], "title": ["A title"], "abstract": [abstract]})
    table, _ = extract_table(papers)
    return table.to_pylist()


def table_metric(abstract: str, value: str) -> str | None:
    """The `metric` of the row whose span is `value`; fails if no row has that span."""
    for r in table_rows(abstract):
        if abstract[r["span_start"] : r["span_end"]] == value:
            return r["metric"]
    raise AssertionError(f"{value!r} not extracted")
