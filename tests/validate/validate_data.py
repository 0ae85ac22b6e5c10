"""Tiny stage tables written through a Layout, for the validate tests."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from etl import io
from etl.layout import Layout
from etl.schemas import conform

ABSTRACT = "We reach 75.15% accuracy on ImageNet with 13B parameters, a 3.5x speedup."


def paper(pid: str, abstract: str = ABSTRACT, title: str = "A paper") -> dict:
    return {
        "paper_id": pid,
        "arxiv_id": None,
        "title": title,
        "abstract": abstract,
        "title_key": title.lower(),
        "abstract_clean": abstract,
        "categories": "cs.LG",
        "update_date": "2024-01-01",
        "sources": [f"in.jsonl:line {pid}"],
        "source_count": 1,
    }


def result(
    pid: str,
    surface: str,
    *,
    kind: str = "score",
    unit: str = "%",
    value: float | None = 75.15,
    abstract: str = ABSTRACT,
    **extra,
) -> dict:
    start = abstract.index(surface)
    row = {
        "paper_id": pid,
        "result_id": f"{pid}:abstract:{start}-{start + len(surface)}",
        "section": "abstract",
        "span_start": start,
        "span_end": start + len(surface),
        "text": surface,
        "kind": kind,
        "value": value,
        "value_low": None,
        "value_high": None,
        "unit": unit,
        "qualifier": "exact",
        "metric": "accuracy",
        "dataset": "ImageNet",
        "model": None,
        "baseline": None,
        "metric_id": None,
        "dataset_id": None,
        "model_family": None,
        "sentence": abstract,
        "rule": "test",
    }
    row.update(extra)
    return row


def good_results(pid: str) -> list[dict]:
    return [
        result(pid, "75.15%"),
        result(pid, "13B", kind="param_count", unit="params", value=1.3e10),
        result(pid, "3.5x", kind="speedup", unit="x", value=3.5),
    ]


def write_stage(
    root: Path, papers: list[dict], results: list[dict], rejects: list[dict] | None = None
) -> Layout:
    layout = Layout.at(root)
    io.write_parquet(layout.stage_papers / "part-0.parquet", conform(pa.Table.from_pylist(papers), "papers"))
    io.write_parquet(
        layout.stage_results / "part-0.parquet", conform(pa.Table.from_pylist(results), "results")
    )
    rej = (
        rejects
        if rejects is not None
        else [
            {
                "stage": "ingest",
                "input": "in.jsonl",
                "location": "line 9",
                "reason": "malformed_record",
                "message": "bad json",
                "raw": "{",
                "paper_id": None,
                "expectation": None,
            }
        ]
    )
    io.write_parquet(layout.stage_rejects / "ingest.parquet", conform(pa.Table.from_pylist(rej), "rejects"))
    return layout
