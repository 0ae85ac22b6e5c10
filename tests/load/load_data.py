"""Validated stage tables written straight to a Layout, for the load tests."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from etl import io
from etl.layout import Layout
from etl.schemas import conform

ABSTRACT = "We reach 75.15% accuracy on ImageNet with 13B parameters."


def papers(n: int) -> list[dict]:
    return [
        {
            "paper_id": f"p{i:04d}",
            "title": f"Paper {i}",
            "abstract": ABSTRACT,
            "title_key": f"paper {i}",
            "abstract_clean": ABSTRACT,
            "sources": [f"in.jsonl:line {i}"],
            "source_count": 1,
        }
        for i in range(n)
    ]


def results(n: int) -> list[dict]:
    return [
        {
            "paper_id": f"p{i:04d}",
            "result_id": f"p{i:04d}:abstract:9-15",
            "section": "abstract",
            "span_start": 9,
            "span_end": 15,
            "text": "75.15%",
            "kind": "score",
            "value": 75.15,
            "unit": "%",
            "qualifier": "exact",
            "sentence": ABSTRACT,
            "rule": "test",
        }
        for i in reversed(range(n))
    ]


def rejects(stage: str, n: int) -> list[dict]:
    return [
        {
            "stage": stage,
            "input": "in.jsonl",
            "location": f"line {i}",
            "reason": "malformed_record",
            "message": "bad",
            "raw": "{",
        }
        for i in range(n)
    ]


def write_validated(root: Path, n: int = 20) -> Layout:
    layout = Layout.at(root)
    io.write_parquet(
        layout.validated / "papers" / "papers.parquet", conform(pa.Table.from_pylist(papers(n)), "papers")
    )
    io.write_parquet(
        layout.validated / "results" / "results.parquet",
        conform(pa.Table.from_pylist(results(n)), "results", sort=False),
    )
    io.write_parquet(
        layout.stage_rejects / "ingest.parquet",
        conform(pa.Table.from_pylist(rejects("ingest", 3)), "rejects"),
    )
    io.write_parquet(
        layout.stage_rejects / "extract.parquet",
        conform(pa.Table.from_pylist(rejects("extract", 2)), "rejects"),
    )
    return layout


def write_stage(root: Path, paper_rows: list[dict], result_rows: list[dict]) -> Layout:
    """Stage tables (before validation)."""
    layout = Layout.at(root)
    io.write_parquet(
        layout.stage_papers / "part-0.parquet", conform(pa.Table.from_pylist(paper_rows), "papers")
    )
    io.write_parquet(
        layout.stage_results / "part-0.parquet", conform(pa.Table.from_pylist(result_rows), "results")
    )
    io.write_parquet(
        layout.stage_rejects / "ingest.parquet",
        conform(pa.Table.from_pylist(rejects("ingest", 1)), "rejects"),
    )
    return layout
