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
from etl.leaderboards.render import fmt, header, runs, shown, visible_columns

ASSETS = Path(__file__).resolve().parent / "assets"
HTML_ROW_LIMIT = 1000  # per section; the CSV next to the page has every row
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_NUMERIC = (pa.types.is_integer, pa.types.is_floating)
SENTENCE_WINDOW = 150  # characters of context either side of the number on the page
MIN_CHART_ROWS = 3
MAX_GROUP_CHARTS = 2
UNIT_NAMES = {"x": "factors (x)", "%": "percent (%)", "pp": "points (pp)", "none": "bare numbers"}
_CLASSED = frozenset({"model", "baseline", "what", "dataset", "metric", "as_written", "reason"})


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
    """A bar's label: the model (and what changed), else what changed, else the paper's title."""
    model, what = row.get("model"), row.get("what")
    if model:
        return f"{model}: {what}" if what else str(model)
    if what:
        return f"{what} ({row.get('title') or row.get('paper_id') or '?'})"
    return str(row.get("title") or row.get("paper_id") or "?")


def marked_sentence(sentence: object, number: object, *, window: int = SENTENCE_WINDOW) -> str:
    """The sentence, escaped, with the first occurrence of the number as written in <mark>.

    Lets a reader check the row against its source at a glance. A long sentence is cut to about
    `window` characters either side of the number ("…" marks the cuts); the cell's title has it whole.
    """
    text = fmt(sentence)
    needle = fmt(number)
    at = text.find(needle) if needle else -1
    if at < 0:
        return escape(_clip(text, 0, 2 * window), quote=True)
    end = at + len(needle)
    lo, hi = max(0, at - window), min(len(text), end + window)
    if lo > 0:
        space = text.find(" ", lo, at)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    head = ("…" if lo > 0 else "") + text[lo:at]
    tail = text[end:hi] + ("…" if hi < len(text) else "")
    return f"{escape(head, quote=True)}<mark>{escape(needle, quote=True)}</mark>{escape(tail, quote=True)}"


def _clip(text: str, lo: int, hi: int) -> str:
    return text[lo:hi] + ("…" if hi < len(text) else "")


def _cell(column: str, row: dict, numeric: bool) -> str:
    value = shown(column, row[column])
    if column == "title":
        text = _e(value or row.get("paper_id") or "")
        url = row.get("url")
        link = f'<a href="{escape(url, quote=True)}" rel="noopener">{text}</a>' if url else text
        return f'<td class="paper">{link}</td>'
    if column == "sentence":
        whole = f' title="{_e(value)}"' if len(fmt(value)) > 2 * SENTENCE_WINDOW else ""
        return f'<td class="sentence"{whole}>{marked_sentence(value, row.get("_text"))}</td>'
    if numeric and value is not None:
        return f'<td class="num" data-v="{escape(repr(value), quote=True)}">{_e(value)}</td>'
    return f'<td class="{column}">{_e(value)}</td>' if column in _CLASSED else f"<td>{_e(value)}</td>"


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
    """The pictures for one board: bars for its largest groups; for scores also score vs parameter count.

    A group is a (dataset, metric, unit) or a unit: values of different groups are not comparable, so
    each gets its own chart. Groups with at least MIN_CHART_ROWS rows are drawn (at most
    MAX_GROUP_CHARTS of them), else the first group. Factors spanning more than 20x use a log scale.
    """
    if not table.num_rows or not board.chart:
        return ()
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
        keys = [k for k in ("dataset", "metric", "unit") if k in table.column_names]
        groups = list(runs(table, keys))
        chosen = [g for g in groups if g[1].num_rows >= MIN_CHART_ROWS][:MAX_GROUP_CHARTS] or groups[:1]
        out = [_group_bars(board, key, group) for key, group in chosen]
    if board.name == "best_scores" and "_model_key" in table.column_names:
        out.append(_score_vs_size(table, params))
    return tuple(c for c in out if c)


def _group_bars(board: Board, key: tuple, group: pa.Table) -> str:
    rows = group.slice(0, 15).to_pylist()
    values = [r["value"] for r in rows]
    unit = str(rows[0].get("unit") or "")
    positive = [v for v in values if v is not None and v > 0]
    log = unit == "x" and len(positive) == len(values) and max(positive) >= 20 * min(positive)
    name = " · ".join(UNIT_NAMES.get(str(k), str(k)) for k in key if k is not None)
    title = f"{board.title}: {name}" + (" (log scale)" if log else "")
    return charts.bars(title, [_label(r) for r in rows], values, unit, log=log)


def _score_vs_size(table: pa.Table, params: dict[str, float]) -> str:
    """Scatter of score against parameter count for the benchmark with the most sized models.

    A model's size comes from the parameter-count board, else from its name ("Llama-3-8B").
    """
    best: tuple[int, tuple, list] = (0, (), [])
    known = pa.array(sorted(params), pa.string())
    sized = pc.is_in(table["_model_key"], value_set=known)
    if "_model_size" in table.column_names:
        sized = pc.or_kleene(sized, pc.is_valid(table["_model_size"]))
    for key, group in runs(table.filter(pc.fill_null(sized, False)), ["dataset", "metric", "unit"]):
        pts = []
        for r in group.to_pylist():
            size = params.get(r["_model_key"]) or r.get("_model_size")
            if size:
                pts.append((size, r["value"], _label(r)))
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


def plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _tools(s: Section, tid: str, more: str) -> str:
    return (
        f'<div class="tools"><input type="search" placeholder="filter rows" data-filter="{tid}" '
        f'aria-label="filter {escape(s.board.title)}"> {plural(s.table.num_rows, "row")}.{more} '
        f'Click a column header to sort. <a href="{escape(s.board.name)}.md">Markdown</a> · '
        f'<a href="{escape(s.board.name)}.csv">CSV</a></div>'
    )


def _empty(s: Section) -> str:
    """An empty board says so, and why, instead of showing a bare table header."""
    why = escape(s.board.empty) if s.board.empty else "No result fits this board."
    return f'<p class="empty"><strong>No rows.</strong> {why}</p>'


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
            + (_tools(s, tid, more) + html_table(s.table, tid) if s.table.num_rows else _empty(s))
            + "</section>"
        )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Leaderboards</title><style>{_asset('page.css')}</style></head><body>"
        f"<header><h1>Leaderboards</h1><p>{escape(subtitle)}</p><nav>{nav}</nav></header>"
        f"<main>{''.join(parts)}</main><script>{_asset('page.js')}</script></body></html>\n"
    )
