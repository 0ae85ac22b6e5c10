"""Arrow in, Arrow out: run `extract_text` over a papers table, and the stage's `run`.

`extract_table` is a module-level pure function so it can be pickled to worker processes.
A paper whose extraction raises becomes a Reject and the batch goes on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow as pa

from etl.extract.core import extract_text
from etl.records import Reject, RejectReason, Result, Section
from etl.schemas import conform, spec

BATCH_ROWS = 2_000
_FIELDS = (
    "section",
    "span_start",
    "span_end",
    "text",
    "kind",
    "value",
    "value_low",
    "value_high",
    "unit",
    "qualifier",
    "metric",
    "dataset",
    "model",
    "baseline",
    "sentence",
    "rule",
)


@dataclass(frozen=True)
class ExtractSummary:
    """What extract read and wrote."""

    papers: int
    results: int
    rejects: int
    papers_with_results: int
    results_by_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    extracted: int = 0  # papers extracted in this run
    cached: int = 0  # papers whose results were re-used from an earlier run

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def result_id(paper_id: str, r: Result) -> str:
    return f"{paper_id}:{r.section.value[0]}{r.span_start}-{r.span_end}"


def _paper_results(title: str | None, abstract: str | None) -> list[Result]:
    out = extract_text(abstract or "", title)
    if title:
        out += extract_text(title, None, section=Section.TITLE)
    return out


def extract_table(papers: pa.Table | pa.RecordBatch) -> tuple[pa.Table, list[Reject]]:
    """Results of every paper in `papers` (paper_id, title, abstract) as a conformed table."""
    cols: dict[str, list[Any]] = {name: [] for name in ("paper_id", "result_id", *_FIELDS)}
    rejects: list[Reject] = []
    ids = papers.column("paper_id").to_pylist()
    titles = papers.column("title").to_pylist()
    abstracts = papers.column("abstract").to_pylist()
    for row, (pid, title, abstract) in enumerate(zip(ids, titles, abstracts, strict=True)):
        try:
            results = _paper_results(title, abstract)
        except Exception as exc:  # noqa: BLE001 - a bug on one paper must not lose the batch
            rejects.append(
                Reject(
                    stage="extract",
                    input="papers",
                    location=f"row {row}",
                    reason=RejectReason.EXTRACT_ERROR,
                    message=repr(exc),
                    raw=(abstract or "")[: Reject.RAW_LIMIT],
                    paper_id=pid,
                )
            )
            continue
        for r in results:
            cols["paper_id"].append(pid)
            cols["result_id"].append(result_id(pid, r))
            for name in _FIELDS:
                v = getattr(r, name)
                cols[name].append(v.value if hasattr(v, "value") and not isinstance(v, float | int) else v)
    schema = spec("results").arrow_schema
    arrays = {name: pa.array(values, schema.field(name).type) for name, values in cols.items()}
    return conform(pa.table(arrays), "results"), rejects


def extract_canonical(papers: pa.Table | pa.RecordBatch) -> tuple[pa.Table, list[Reject], int]:
    """`extract_table` plus canonical metric/dataset/model ids, and the number of papers read:
    the unit of work an engine runs."""
    from etl.extract.gazetteer import canonicalize

    table, rejects = extract_table(papers)
    return canonicalize(table), rejects, papers.num_rows
