"""Leaderboards stage: published tables -> Markdown, CSV and one static HTML page.

`run(layout)` reads `layout.papers` and `layout.results` (Parquet folders), runs every
`sql/*.sql` leaderboard in DuckDB, and publishes `layout.leaderboards/` atomically:
`<board>.md`, `<board>.csv`, `datasets/<dataset>.md` (every score reported on a benchmark, from
`sql/pages/dataset_scores.sql`) and `index.html`.

Ranges ("10-20x", "770M to 11B") are excluded from every board: a range is not one
achievement, and ranking it by either end would overstate or understate it. Every board keeps only
rows a person can compare (a known metric and data set, one scale per metric, a subject, a particular
model); `set_aside.sql` counts the rest by reason, so nothing disappears without a word.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from etl.extract.gazetteer import Gazetteer
from etl.io import new_version_dir, publish_dir, write_text
from etl.layout import Layout
from etl.leaderboards import page, render
from etl.leaderboards.query import SQL_DIR, Board, boards, connect, query
from etl.progress import Progress, null_progress

MAX_DATASET_FILES = 200  # per-benchmark Markdown files, for the benchmarks with the most rows
PAGES_DIR = SQL_DIR / "pages"  # queries behind files that are no board (the per-benchmark pages)

__all__ = ["BoardSummary", "LeaderboardSummary", "run", "build"]


@dataclass(frozen=True)
class BoardSummary:
    name: str
    title: str
    rows: int


@dataclass(frozen=True)
class LeaderboardSummary:
    """What the stage wrote: where, which boards with how many rows, which files."""

    path: Path
    boards: tuple[BoardSummary, ...]
    files: tuple[str, ...]
    seconds: float

    def to_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "boards": {b.name: b.rows for b in self.boards},
            "files": list(self.files),
            "seconds": round(self.seconds, 3),
        }


def build(tables: dict[str, pa.Table], board_list: tuple[Board, ...]) -> dict[str, str]:
    """Every output file's relative path and text, from the boards' result tables (pure)."""
    files: dict[str, str] = {}
    sections = []
    params: dict[str, float] = {}
    if "param_counts" in tables:
        pc = tables["param_counts"]
        for key, value in zip(pc["_model_key"].to_pylist(), pc["value"].to_pylist(), strict=True):
            params.setdefault(key, value)  # rows are largest first: a name's largest size
    for board in board_list:
        table = tables[board.name]
        files[f"{board.name}.md"] = render.markdown(
            board.title, board.description, table, csv_name=f"{board.name}.csv", empty=board.empty
        )
        files[f"{board.name}.csv"] = render.to_csv(table)
        sections.append(page.Section(board, table, page.board_charts(board, table, params)))
    if "dataset_scores" in tables:
        files.update(_dataset_files(tables["dataset_scores"]))
    ranked = [b for b in board_list if b.name != "set_aside"]
    total = sum(tables[b.name].num_rows for b in ranked)
    subtitle = f"{len(ranked)} leaderboards, {page.plural(total, 'row')}, from the published results table."
    if "set_aside" in tables and "results" in tables["set_aside"].column_names:
        aside = sum(n or 0 for n in tables["set_aside"]["results"].to_pylist())
        if aside:
            subtitle += (
                f" Set aside: {page.plural(aside, 'result')} that cannot be ranked fairly (last section)."
            )
    files["index.html"] = page.page(sections, subtitle)
    return files


def _dataset_files(scores: pa.Table) -> dict[str, str]:
    """A Markdown file per benchmark (the MAX_DATASET_FILES with most rows) listing every score reported
    on it, in the query's order; names are sanitised ids."""
    if not scores.num_rows:
        return {}
    counts = scores.group_by("dataset").aggregate([("dataset", "count")])
    ranked = sorted(
        zip(counts["dataset"].to_pylist(), counts["dataset_count"].to_pylist(), strict=True),
        key=lambda kv: (-kv[1], kv[0]),
    )
    chosen = sorted(d for d, _ in ranked[:MAX_DATASET_FILES])
    names = render.safe_names(chosen)
    subset = scores.filter(pc.is_in(scores["dataset"], value_set=pa.array(chosen, pa.string())))
    subset = subset.take(pc.sort_indices(subset, [("dataset", "ascending")]))  # stable: keeps rank order
    out = {}
    for (dataset,), table in render.runs(subset, ["dataset"]):
        out[f"datasets/{names[dataset]}.md"] = render.markdown(
            f"Scores reported on {dataset}",
            "Every score the abstracts report on this data set, by metric (ranked metrics first, best first);"
            " the best-score board (best_scores.md) keeps one row per paper.",
            table.drop_columns(["dataset"]),
        )
    return out


def run(
    layout: Layout, *, progress: Progress | None = None, gazetteer: Gazetteer | None = None
) -> LeaderboardSummary:
    """Read the published tables, compute every leaderboard, publish `layout.leaderboards/`."""
    progress = progress or null_progress()
    start = time.monotonic()
    gz = gazetteer or Gazetteer.load()
    board_list = boards()
    with tempfile.TemporaryDirectory(prefix="etl-duckdb-") as tmp:
        con = connect(layout.papers, layout.results, gz, Path(tmp))
        try:
            progress.start("leaderboards", total=len(board_list), unit="boards")
            tables: dict[str, pa.Table] = {}
            for board in board_list:
                tables[board.name] = query(con, board)
                progress.advance()
            for extra in boards(PAGES_DIR):
                tables[extra.name] = query(con, extra)
            progress.done()
        finally:
            con.close()
    files = build(tables, board_list)
    built = new_version_dir(layout.root, "leaderboards")
    for rel, text in sorted(files.items()):
        write_text(built / rel, text)
    publish_dir(built, layout.leaderboards)
    return LeaderboardSummary(
        path=layout.leaderboards,
        boards=tuple(BoardSummary(b.name, b.title, tables[b.name].num_rows) for b in board_list),
        files=tuple(sorted(files)),
        seconds=time.monotonic() - start,
    )
