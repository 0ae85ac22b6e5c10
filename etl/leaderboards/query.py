"""Run the leaderboard SQL files over the published tables with DuckDB.

Each `sql/<name>.sql` is one leaderboard; its header comments (`-- title:`, `-- description:`,
`-- chart:`, `-- empty:`) say how to present it. The SQL sees three names: `papers`, `results`
(with ids from the gazetteer, `metric_known`, `metric_vague`, a normalised `model_key` that is null for generic
names such as "our model", `model_is_other`, `model_prior` (the model describes an earlier system), `number_cited` (a score with no model that the
sentence cites for earlier work: "the previous best result was 61.2"), `setting` (the evaluation setting the
sentence states: "zero-shot", "5-shot", or ""), `model_name_size` and the paper's `url`)
`metrics` (metric_id, higher_is_better, scale) and `scores` (score rows with `score`, `score_unit`:
the value on the metric's scale).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.errors import RuleError, StageInputMissing
from etl.extract.gazetteer import Gazetteer
from etl.extract.vocabulary import loose_key, size_in_name
from etl.leaderboards.cited import cited_cues
from etl.leaderboards.settings import eval_settings
from etl.schemas import empty

SQL_DIR = Path(__file__).resolve().parent / "sql"
TOP_PER_GROUP = 10  # rows per (dataset, metric) in grouped boards
TOP_LIST = 100  # rows per unit in list boards
_BATCH = 10_000  # score rows read at a time by the cited/setting pass

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
    empty: str = ""  # why the board can be empty, said on the page and in the Markdown when it is


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
        out.append(
            Board(
                path.stem,
                meta["title"],
                meta["description"],
                meta.get("chart", ""),
                text,
                meta.get("empty", ""),
            )
        )
    if problems:
        raise RuleError(
            "; ".join(problems), where=str(directory), hint="start each SQL file with -- title: ..."
        )
    order = {n: i for i, n in enumerate(ORDER)}
    return tuple(sorted(out, key=lambda b: (order.get(b.name, len(order)), b.name)))


# Scores on one scale per metric, so that "75.2%", "0.752" and a bare "75.2" rank together when the
# metric is a share (scale "percent"); a "%" value of a bare-number metric (perplexity) gets no score.
SCORES_VIEW = """
CREATE VIEW scores AS
SELECT r.*, m.higher_is_better, m.scale,
       CASE WHEN m.scale = 'percent' AND r.unit = '%' AND r.value BETWEEN 0 AND 100 THEN r.value
            WHEN m.scale = 'percent' AND r.unit = 'none' AND r.value > 0 AND r.value <= 1 THEN r.value * 100
            WHEN m.scale = 'percent' AND r.unit = 'none' AND r.value > 1 AND r.value <= 100 THEN r.value
            WHEN m.scale = 'number' AND r.unit = 'none' THEN r.value
            WHEN m.scale IS NULL AND r.unit IN ('%', 'none') THEN r.value
       END AS score,
       CASE WHEN m.scale = 'percent' THEN '%' ELSE r.unit END AS score_unit
FROM results r
LEFT JOIN metrics m ON m.metric_id = r.metric_id AND r.metric_known
WHERE r.kind = 'score'
"""

ORDER = ("best_scores", "improvements", "speedups", "reductions", "param_counts", "set_aside")


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


Fn = Callable[[str], object]


def _name_map(
    con: duckdb.DuckDBPyConnection, column: str, fns: dict[str, tuple[Fn, pa.DataType]]
) -> pa.Table:
    """Distinct surface strings of `column`, their row counts and ids (Python work once per distinct name)."""
    names = con.execute(
        f"SELECT {column}, count(*) FROM results_raw WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 1"
    ).fetchall()
    cols: dict[str, list] = {"surface": [n for n, _ in names], "rows": [c for _, c in names]}
    fields = [("surface", pa.string()), ("rows", pa.int64())]
    for out, (fn, dtype) in fns.items():
        cols[out] = [fn(s) for s in cols["surface"]]
        fields.append((out, dtype))
    return pa.table(cols, schema=pa.schema(fields))


def unify_unknown(table: pa.Table, id_column: str, known: Callable[[str], bool]) -> pa.Table:
    """Ids the gazetteer does not know, merged when their loose keys agree ("Market1501" = "market-1501").

    The id written most often (then the shorter, then the first) names the merged group; ids from a
    gazetteer entry are never changed. Pure: returns a new table.
    """
    surfaces = table["surface"].to_pylist()
    ids = table[id_column].to_pylist()
    counts: dict[str, dict[str, int]] = {}
    for surface, ident, n in zip(surfaces, ids, table["rows"].to_pylist(), strict=True):
        if ident is not None and not known(surface):
            group = counts.setdefault(loose_key(ident), {})
            group[ident] = group.get(ident, 0) + n
    best = {key: min(group, key=lambda i: (-group[i], len(i), i)) for key, group in counts.items()}
    merged = [
        best.get(loose_key(i), i) if i is not None and not known(s) else i
        for s, i in zip(surfaces, ids, strict=True)
    ]
    return table.set_column(table.column_names.index(id_column), id_column, pa.array(merged, pa.string()))


# DuckDB's own memory (it spills to `temp_dir` beyond this): without a limit the boards' joins and
# windows took 800 MB at a million results, and more with every row.
MEMORY_LIMIT = "256MB"


# a title as a person reads it on a board: footnotes, LaTeX line breaks and ties (~), figures, font commands, other
# commands ("\\name: Foo" -> "Foo") and braces dropped ("Efficient \\\\ Transformers", "\\textbf{Foo}Net",
# "{B}ERT"); the papers table keeps it as given. DuckDB's regexes are RE2 (no look-around).
_DISPLAY_TITLE = r"""
CREATE MACRO display_title(t) AS trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(t,
    '\\(?:footnote|thanks|thanksref)\{(?:[^{}]|\{[^{}]*\})*\}', '', 'g'),
    '\\\\|~', ' ', 'g'),
    '\\includegraphics(?:\[[^\]]*\])?(?:\{[^{}]*\}|[^\s:]*)', '', 'g'),
    '\\(?:textbf|textit|textsc|texttt|emph|mathrm|mathbf|mbox)\{([^{}]*)\}', '\1', 'g'),
    '\\[A-Za-z]+\*?', '', 'g'),
    '[{}]', '', 'g'), '\s+', ' ', 'g'), ' ([:;,])', '\1', 'g'), '^[\s:;,.]+', ''))
"""


def _cited_and_settings(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """Per score row that needs one: `cited` (no model, and the sentence cites the number for earlier work:
    cited.py) and `setting` (the evaluation setting the sentence states for it: settings.py)."""
    cues, settings = cited_cues(), eval_settings()
    cur = con.execute(
        "SELECT result_id, sentence, text, model IS NULL AND regexp_matches(sentence, ?),"
        " regexp_matches(sentence, ?) FROM results_raw"
        " WHERE kind = 'score' AND sentence IS NOT NULL AND text IS NOT NULL"
        " AND ((model IS NULL AND regexp_matches(sentence, ?)) OR regexp_matches(sentence, ?))",
        [cues.prefilter, settings.prefilter, cues.prefilter, settings.prefilter],
    )
    ids, cited, setting = [], [], []
    while rows := cur.fetchmany(_BATCH):  # in batches: a whole-arXiv table has millions of score rows
        for rid, sentence, text, may_cite, may_set in rows:
            c = bool(may_cite) and cues.cited(sentence, text)
            s = settings.setting(sentence, text) if may_set else ""
            if c or s:
                ids.append(rid)
                cited.append(c)
                setting.append(s)
    return pa.table(
        {"result_id": ids, "cited": cited, "setting": setting},
        schema=pa.schema([("result_id", pa.string()), ("cited", pa.bool_()), ("setting", pa.string())]),
    )


def connect(
    papers: Path, results: Path, gz: Gazetteer, temp_dir: Path | None = None
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the views the leaderboard SQL reads; with `temp_dir`, its memory
    is capped at MEMORY_LIMIT and the rest spills there."""
    config = {"memory_limit": MEMORY_LIMIT, "temp_directory": str(temp_dir)} if temp_dir else {}
    con = duckdb.connect(":memory:", config=config)
    con.execute("SET threads = 2")
    con.execute(_DISPLAY_TITLE)
    _parquet_view(con, "papers_raw", papers, "papers")
    _parquet_view(con, "results_raw", results, "results")
    text, flag, num = pa.string(), pa.bool_(), pa.float64()
    con.register(
        "metric_names",
        _name_map(
            con,
            "metric",
            {
                "metric_id": (gz.metric_id, text),
                "metric_known": (partial(gz.known, "metric"), flag),
                "metric_vague": (gz.is_vague_metric, flag),
            },
        ),
    )
    datasets = _name_map(con, "dataset", {"dataset_id": (gz.dataset_id, text)})
    con.register("dataset_names", unify_unknown(datasets, "dataset_id", partial(gz.known, "dataset")))
    con.register(
        "model_names",
        _name_map(
            con,
            "model",
            {
                "model_family": (gz.model_family, text),
                "model_key": (gz.model_key, text),
                "model_generic": (gz.is_generic_model, flag),
                "model_prior": (gz.is_prior_model, flag),
                # a name the gazetteer knows as a data set or a metric ("JFT-300M", "top-1") is no model
                "model_is_other": (lambda s: gz.known("dataset", s) or gz.known("metric", s), flag),
                "model_name_size": (size_in_name, num),
            },
        ),
    )
    directions = gz.directions()
    scales = gz.scales()
    ids = sorted(directions)
    con.register(
        "metrics_arrow",
        pa.table(
            {
                "metric_id": ids,
                "higher_is_better": [directions[i] for i in ids],
                "scale": [scales.get(i) for i in ids],
            },
            schema=pa.schema([("metric_id", text), ("higher_is_better", flag), ("scale", text)]),
        ),
    )
    con.execute("CREATE TABLE metrics AS SELECT * FROM metrics_arrow")
    con.register("score_notes", _cited_and_settings(con))
    con.execute(
        f"""
        CREATE VIEW papers AS
        SELECT *, CASE WHEN regexp_full_match(arxiv_id, '{_ARXIV}')
                       THEN 'https://arxiv.org/abs/' || arxiv_id END AS url
        FROM papers_raw
        """
    )
    # ids from the surface names win over the table's (the same gazetteer, plus unify_unknown);
    # a generic model name ("our model", "LLMs") gets no model_key, so no board treats it as a name
    con.execute(
        """
        CREATE VIEW results AS
        SELECT r.* REPLACE (
                   coalesce(mn.metric_id, r.metric_id) AS metric_id,
                   coalesce(dn.dataset_id, r.dataset_id) AS dataset_id,
                   coalesce(md.model_family, r.model_family) AS model_family),
               CASE WHEN NOT coalesce(md.model_generic, true) THEN md.model_key END AS model_key,
               coalesce(mn.metric_known, false) AS metric_known,
               coalesce(mn.metric_vague, false) AS metric_vague,
               coalesce(md.model_is_other, false) AS model_is_other,
               coalesce(md.model_prior, false) AS model_prior,
               coalesce(ci.cited, false) AS number_cited,
               coalesce(ci.setting, '') AS setting,
               md.model_name_size,
               p.url
        FROM results_raw r
        LEFT JOIN metric_names mn ON mn.surface = r.metric
        LEFT JOIN dataset_names dn ON dn.surface = r.dataset
        LEFT JOIN model_names md ON md.surface = r.model
        LEFT JOIN score_notes ci USING (result_id)
        LEFT JOIN papers p USING (paper_id)
        """
    )
    con.execute(SCORES_VIEW)
    con.execute(f"SET VARIABLE top_per_group = {TOP_PER_GROUP}")
    con.execute(f"SET VARIABLE top_list = {TOP_LIST}")
    return con


def query(con: duckdb.DuckDBPyConnection, board: Board) -> pa.Table:
    try:
        return con.sql(board.sql).to_arrow_table()
    except duckdb.Error as exc:
        raise RuleError(f"leaderboard SQL failed: {exc}", where=f"sql/{board.name}.sql") from exc
