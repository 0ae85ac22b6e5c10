"""Helpers for ingest tests: run the real stage into tmp_path and read back what it wrote."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.ingest import IngestSummary, run
from etl.layout import Layout

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


@dataclass
class Ingested:
    summary: IngestSummary
    papers: pa.Table
    rejects: pa.Table
    layout: Layout

    def paper(self, **match: object) -> dict:
        rows = [r for r in self.papers.to_pylist() if all(r[k] == v for k, v in match.items())]
        assert len(rows) == 1, f"{len(rows)} papers match {match}"
        return rows[0]

    @property
    def reasons(self) -> list[str]:
        return sorted(self.rejects.column("reason").to_pylist())


IngestFn = Callable[..., Ingested]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def ingest(tmp_path: Path) -> IngestFn:
    def _ingest(inputs: Sequence[str | Path] | None, *, fmt: str | None = None, out: str = "out") -> Ingested:
        layout = Layout.at(tmp_path / out)
        summary = run(inputs, layout, fmt=fmt)
        papers = pq.read_table(layout.stage_papers)
        rejects = pq.read_table(layout.stage_rejects / "ingest.parquet")
        assert summary.records_read == summary.papers + summary.duplicates + summary.rejects
        return Ingested(summary, papers, rejects, layout)

    return _ingest


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under tmp_path/in/ (text as UTF-8) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
        return path

    return _write
