"""Where each stage reads and writes under an output folder. Stages hand off through these files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    """Paths under one output root (default `output/`).

    stage/          work area of the current run (not published)
      papers/       ingest -> extract      Parquet (schema papers)
      results/      extract -> validate    Parquet (schema results)
      rejects/      <stage>.parquet        Parquet (schema rejects), one file per stage
      validated/    validate -> load       papers/ and results/ that passed, quarantined rows removed
      <stage>.json  each stage's counts, read by the manifest
    tables/         published tables: papers/, results/
    rejects/        published rejects
    (`etl run` builds tables, rejects, leaderboards, etl.duckdb and manifest.json in a fresh
    `.versions/run-*` folder and publishes them together by swapping the `.current` symlink;
    these root entries are links through `.current`. See etl/pipeline.py.)
    quality/        validation results (JSON) and Data Docs (HTML)
    leaderboards/   Markdown, CSV, HTML
    etl.duckdb      views over tables/
    manifest.json   what the last run read, wrote and decided
    """

    root: Path

    @classmethod
    def at(cls, root: Path | str) -> Layout:
        return cls(Path(root))

    @property
    def stage(self) -> Path:
        return self.root / "stage"

    @property
    def stage_papers(self) -> Path:
        return self.stage / "papers"

    @property
    def stage_results(self) -> Path:
        return self.stage / "results"

    @property
    def stage_rejects(self) -> Path:
        return self.stage / "rejects"

    @property
    def validated(self) -> Path:
        return self.stage / "validated"

    def stage_summary(self, stage: str) -> Path:
        return self.stage / f"{stage}.json"

    @property
    def tables(self) -> Path:
        return self.root / "tables"

    @property
    def papers(self) -> Path:
        return self.tables / "papers"

    @property
    def results(self) -> Path:
        return self.tables / "results"

    @property
    def rejects(self) -> Path:
        return self.root / "rejects"

    @property
    def quality(self) -> Path:
        return self.root / "quality"

    @property
    def leaderboards(self) -> Path:
        return self.root / "leaderboards"

    @property
    def duckdb(self) -> Path:
        return self.root / "etl.duckdb"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"


def require(path: Path, *, what: str, run_first: str) -> Path:
    """Fail with a hint naming the stage to run first when a stage's input is missing."""
    from etl.errors import StageInputMissing

    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        raise StageInputMissing(
            f"{what} not found at {path}",
            hint=f"run `{run_first}` first (or `etl run` for every stage)",
        )
    return path
