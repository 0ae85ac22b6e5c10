"""Golden abstracts (written for these tests): every result, its value and the context checked by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.extract import extract_text

GOLDEN = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden" / "abstracts.jsonl").read_text().splitlines()
]
CORE = ("text", "span_start", "kind", "value", "low", "high", "unit", "qualifier")
CONTEXT = ("metric", "dataset", "model", "baseline")


@pytest.mark.parametrize("paper", GOLDEN, ids=[p["name"] for p in GOLDEN])
def test_golden_abstract(paper):
    got = extract_text(paper["abstract"], paper["title"])
    rows = [
        dict(
            zip(
                CORE,
                (
                    r.text,
                    r.span_start,
                    r.kind.value,
                    r.value,
                    r.value_low,
                    r.value_high,
                    r.unit.value,
                    r.qualifier.value,
                ),
                strict=True,
            )
        )
        for r in got
    ]
    assert rows == [{k: g[k] for k in CORE} for g in paper["results"]]
    for r, g in zip(got, paper["results"], strict=True):
        for field in CONTEXT:
            if field in g:
                assert getattr(r, field) == g[field], (r.text, field)
