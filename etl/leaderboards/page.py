"""The static HTML page: one section per leaderboard, sortable tables, inline SVG charts.

Self-contained (CSS and JS inlined, no CDN, a Content-Security-Policy that allows nothing
remote), so it renders offline and from any folder. Every text is HTML-escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from etl.leaderboards import charts
from etl.leaderboards.query import Board
from etl.leaderboards.render import fmt, header, runs, visible_columns

ASSETS = Path(__file__).resolve().parent / "assets"
HTML_ROW_LIMIT = 1000  # per section; the CSV next to the page has every row
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_NUMERIC = (pa.types.is_integer, pa.types.is_floating)


@dataclass(frozen=True)
class Section:
    board: Board
    table: pa.Table
    charts: tuple[str, ...] = ()


@cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _e(value: object) -> str:
    return escape(fmt(value), quote=True)


def _label(row: dict) -> str:
    name = str(row.get("model") or row.get("title") or row.get("paper_id") or "?")
    return f"{name}: {row['what']}" if row.get("what") else name


def _cell(column: str, row: dict, numeric: bool) -> str:
    value = row[column]
    if column == "title":
        text = _e(value or row.get("paper_id") or "")
        url = row.get("url")
        link = f'<a href="{escape(url, quote=True)}" rel="noopener">{text}</a>' if url else text
        return f'<td class="paper">{link}</td>'
    if column == "sentence":
        return f'<td class="sentence">{_e(value)}</td>'
    if numeric and value is not None:
        return f'<td class="num" data-v="{_e(value)}">{_e(value)}</td>'
    return f"<td>{_e(value)}</td>"


def html_table(table: pa.Table, table_id: str) -> str:
    cols = visible_columns(table)
    numeric = {c: any(t(table.schema.field(c).type) for t in _NUMERIC) for c in cols}
    head = "".join(f'<th scope="col">{escape(header(c))}</th>' for c in cols)
    body = []
    for row in table.slice(0, HTML_ROW_LIMIT).to_pylist():
        body.append("<tr>" + "".join(_cell(c, row, numeric[c]) for c in cols) + "</tr>")
    return (
        f'<div class="wrap"><table class="sortable" id="{escape(table_id, quote=True)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def board_charts(board: Board, table: pa.Table, params: dict[str, float]) -> tuple[str, ...]:
    """The pictures for one board: its top group as bars; for scores also score vs parameter count."""
    if not table.num_rows or not board.chart:
        return ()
    keys = [k for k in ("dataset_id", "metric_id", "unit") if k in table.column_names]
    first_key, first = next(runs(table, keys))
    rows = first.slice(0, 15).to_pylist()
    name = " · ".join(str(k) for k in first_key if k is not None)
    unit = rows[0].get("unit", "")
    if board.chart == "logbars":
        rows = table.slice(0, 20).to_pylist()
        out = [
            charts.bars(
                f"{board.title} (log scale)",
                [_label(r) for r in rows],
                [r["value"] for r in rows],
                "params",
                log=True,
                shown=[str(r.get("size") or "") for r in rows],
            )
        ]
    else:
        out = [
            charts.bars(f"{board.title}: {name}", [_label(r) for r in rows], [r["value"] for r in rows], unit)
        ]
    if board.name == "best_scores" and params and "_model_key" in table.column_names:
        out.append(_score_vs_size(table, params))
    return tuple(c for c in out if c)


def _score_vs_size(table: pa.Table, params: dict[str, float]) -> str:
    """Scatter of score against parameter count for the benchmark with the most sized models."""
    best: tuple[int, tuple, list] = (0, (), [])
    sized = table.filter(pc.is_in(table["_model_key"], value_set=pa.array(sorted(params), pa.string())))
    for key, group in runs(sized, ["dataset_id", "metric_id", "unit"]):
        pts = [
            (params[r["_model_key"]], r["value"], _label(r))
            for r in group.to_pylist()
            if r["_model_key"] in params
        ]
        if len(pts) > best[0]:
            best = (len(pts), key, pts)
    if best[0] < 2:
        return ""
    dataset, metric, unit = best[1]
    return charts.scatter(
        f"{metric} on {dataset} vs parameter count",
        best[2],
        "parameters (log scale)",
        f"{metric} ({unit})" if unit != "none" else str(metric),
    )


def page(sections: list[Section], subtitle: str) -> str:
    nav = "".join(f'<a href="#{escape(s.board.name)}">{escape(s.board.title)}</a>' for s in sections)
    parts = []
    for s in sections:
        tid = f"t-{s.board.name}"
        shown = min(s.table.num_rows, HTML_ROW_LIMIT)
        more = (
            f" Showing the first {shown:,} of {s.table.num_rows:,} rows; "
            f'<a href="{escape(s.board.name)}.csv">{escape(s.board.name)}.csv</a> has all of them.'
            if s.table.num_rows > HTML_ROW_LIMIT
            else ""
        )
        parts.append(
            f'<section id="{escape(s.board.name)}"><h2>{escape(s.board.title)}</h2>'
            f'<p class="desc">{escape(s.board.description)}</p>'
            + (f'<div class="charts">{"".join(s.charts)}</div>' if s.charts else "")
            + f'<div class="tools"><input type="search" placeholder="filter rows" data-filter="{tid}" '
            f'aria-label="filter {escape(s.board.title)}"> {s.table.num_rows:,} rows.{more} '
            f'Click a column header to sort. <a href="{escape(s.board.name)}.md">Markdown</a> · '
            f'<a href="{escape(s.board.name)}.csv">CSV</a></div>' + html_table(s.table, tid) + "</section>"
        )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Leaderboards</title><style>{_asset('page.css')}</style></head><body>"
        f"<header><h1>Leaderboards</h1><p>{escape(subtitle)}</p><nav>{nav}</nav></header>"
        f"<main>{''.join(parts)}</main><script>{_asset('page.js')}</script></body></html>\n"
    )
