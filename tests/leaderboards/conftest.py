"""Tiny published tables written to tmp_path through a Layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pytest

from etl.io import write_parquet
from etl.layout import Layout
from etl.schemas import conform, empty

_DEFAULTS = {
    "section": "abstract",
    "span_start": 0,
    "span_end": 1,
    "text": "1",
    "value_low": None,
    "value_high": None,
    "qualifier": "exact",
    "metric": None,
    "dataset": None,
    "model": None,
    "baseline": None,
    "sentence": "A sentence.",
    "rule": "test",
}


def result(paper_id: str, n: int, kind: str, value: float | None, unit: str, **fields: object) -> dict:
    row = dict(_DEFAULTS)
    row.update(paper_id=paper_id, result_id=f"{paper_id}:{n}", kind=kind, value=value, unit=unit)
    row.update(span_start=n, span_end=n + 1)
    row.update(fields)
    return row


def paper(paper_id: str, title: str, arxiv_id: str | None = None) -> dict:
    return {
        "paper_id": paper_id,
        "arxiv_id": arxiv_id,
        "title": title,
        "abstract": "abstract",
        "title_key": title.casefold(),
        "abstract_clean": "abstract",
        "sources": [f"in.jsonl:{paper_id}"],
        "source_count": 1,
    }


@pytest.fixture
def make_layout(tmp_path: Path) -> Callable[[list[dict], list[dict]], Layout]:
    def make(papers: list[dict], results: list[dict]) -> Layout:
        layout = Layout.at(tmp_path / "out")
        write_parquet(layout.papers / "part-0.parquet", conform(pa.Table.from_pylist(papers), "papers"))
        table = pa.Table.from_pylist(results) if results else empty("results")
        write_parquet(layout.results / "part-0.parquet", conform(table, "results"))
        return layout

    return make
