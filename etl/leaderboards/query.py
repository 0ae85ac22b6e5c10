"""Run the leaderboard SQL files over the published tables with DuckDB.

Each `sql/<name>.sql` is one leaderboard; its header comments (`-- title:`, `-- description:`,
`-- chart:`) say how to present it. The SQL sees three names: `papers`, `results` (with ids
filled from the gazetteer where the table left them null, a normalised `model_key` and the
paper's `url`) and `metrics` (metric_id, higher_is_better).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.errors import RuleError, StageInputMissing
from etl.extract.gazetteer import Gazetteer
from etl.schemas import empty

SQL_DIR = Path(__file__).resolve().parent / "sql"
TOP_PER_GROUP = 10  # rows per (dataset, metric) in grouped boards
TOP_LIST = 100  # rows per unit in list boards

# new-style (2101.00001) and old-style (cs.LG/0601001) arXiv ids; anything else gets no link
_ARXIV = r"(\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})"


@dataclass(frozen=True)
class Board:
    """One leaderboard: its SQL and how to present it."""

    name: str
    title: str
    description: str
    chart: str
    sql: str


@cache
def boards(directory: Path = SQL_DIR) -> tuple[Board, ...]:
    """Every `*.sql` leaderboard, in a fixed order (the order of `ORDER`, then by name)."""
    out = []
    problems = []
    for path in sorted(directory.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        meta: dict[str, str] = {}
        for line in text.splitlines():
            if not line.startswith("-- "):
                break
            key, sep, value = line[3:].partition(":")
            if sep:
                meta[key.strip()] = value.strip()
        missing = {"title", "description"} - set(meta)
        if missing:
            problems.append(f"{path.name}: header lacks {sorted(missing)}")
            continue
        out.append(Board(path.stem, meta["title"], meta["description"], meta.get("chart", ""), text))
    if problems:
        raise RuleError(
            "; ".join(problems), where=str(directory), hint="start each SQL file with -- title: ..."
        )
    order = {n: i for i, n in enumerate(ORDER)}
    return tuple(sorted(out, key=lambda b: (order.get(b.name, len(order)), b.name)))


ORDER = ("best_scores", "improvements", "speedups", "reductions", "param_counts")


def _parquet_view(con: duckdb.DuckDBPyConnection, name: str, folder: Path, table: str) -> None:
    if not folder.exists():
        raise StageInputMissing(
            f"no {table} table at {folder}", hint="run the load stage first (etl load)", where=str(folder)
        )
    files = sorted(p for p in folder.rglob("*.parquet") if not p.name.startswith("."))
    if files:
        listing = ", ".join("'" + str(p).replace("'", "''") + "'" for p in files)
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listing}], union_by_name = true)")
    else:
        con.register(f"{name}_empty", empty(table))
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM {name}_empty")


def _name_map(con: duckdb.DuckDBPyConnection, column: str, fns: dict[str, object]) -> pa.Table:
    """Distinct surface strings of `column` and their ids (Python work once per distinct name)."""
    names = con.execute(f"SELECT DISTINCT {column} FROM results_raw WHERE {column} IS NOT NULL").fetchall()
    surfaces = sorted(n for (n,) in names)
    cols: dict[str, list] = {"surface": surfaces}
    for out, fn in fns.items():
        cols[out] = [fn(s) for s in surfaces]  # type: ignore[operator]
    return pa.table(cols, schema=pa.schema([(k, pa.string()) for k in cols]))


def connect(papers: Path, results: Path, gz: Gazetteer) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the views the leaderboard SQL reads."""
    con = duckdb.connect(":memory:")
    con.execute("SET threads = 2")
    _parquet_view(con, "papers_raw", papers, "papers")
    _parquet_view(con, "results_raw", results, "results")
    con.register("metric_names", _name_map(con, "metric", {"metric_id": gz.metric_id}))
    con.register("dataset_names", _name_map(con, "dataset", {"dataset_id": gz.dataset_id}))
    con.register(
        "model_names", _name_map(con, "model", {"model_family": gz.model_family, "model_key": gz.model_key})
    )
    directions = gz.directions()
    ids = sorted(directions)
    con.register(
        "metrics_arrow",
        pa.table(
            {"metric_id": ids, "higher_is_better": [directions[i] for i in ids]},
            schema=pa.schema([("metric_id", pa.string()), ("higher_is_better", pa.bool_())]),
        ),
    )
    con.execute("CREATE TABLE metrics AS SELECT * FROM metrics_arrow")
    con.execute(
        f"""
        CREATE VIEW papers AS
        SELECT *, CASE WHEN regexp_full_match(arxiv_id, '{_ARXIV}')
                       THEN 'https://arxiv.org/abs/' || arxiv_id END AS url
        FROM papers_raw
        """
    )
    con.execute(
        """
        CREATE VIEW results AS
        SELECT r.* REPLACE (
                   coalesce(r.metric_id, mn.metric_id) AS metric_id,
                   coalesce(r.dataset_id, dn.dataset_id) AS dataset_id,
                   coalesce(r.model_family, md.model_family) AS model_family),
               md.model_key,
               p.url
        FROM results_raw r
        LEFT JOIN metric_names mn ON mn.surface = r.metric
        LEFT JOIN dataset_names dn ON dn.surface = r.dataset
        LEFT JOIN model_names md ON md.surface = r.model
        LEFT JOIN papers p USING (paper_id)
        """
    )
    con.execute(f"SET VARIABLE top_per_group = {TOP_PER_GROUP}")
    con.execute(f"SET VARIABLE top_list = {TOP_LIST}")
    return con


def query(con: duckdb.DuckDBPyConnection, board: Board) -> pa.Table:
    try:
        return con.sql(board.sql).to_arrow_table()
    except duckdb.Error as exc:
        raise RuleError(f"leaderboard SQL failed: {exc}", where=f"sql/{board.name}.sql") from exc
