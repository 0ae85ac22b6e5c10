"""Markdown and CSV renderings of a leaderboard table, and safe file names.

Every text cell comes from paper titles and abstracts, i.e. from the outside world: it is
escaped for the format it goes into ("|" must not split a Markdown row, "<script>" must stay
text, a cell starting with "=" must not become a spreadsheet formula).
"""

from __future__ import annotations

import hashlib
import html
import io
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

# columns kept in the CSV only (ids and keys for joining); "_x" columns are internal
HIDDEN = frozenset({"url", "paper_id", "result_id"})
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_SPACE = re.compile(r"\s+")
_UNSAFE_NAME = re.compile(r"[^a-z0-9]+")
_FORMULA = r"^[=+\-@\t\r]"
MD_ROW_LIMIT = 1000  # rows per Markdown file; the CSV has every row
_RESERVED = frozenset({"con", "prn", "aux", "nul", "index"} | {f"com{i}" for i in range(10)})


def fmt(value: Any) -> str:
    """A cell as text: floats with up to 6 significant digits, integers as integers, null as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}" if abs(value) >= 1e6 else str(int(value))  # 540,000,000,000
        return f"{value:.6g}"
    return str(value)


# the qualifier as a reader says it; "exact" goes without saying (the CSV keeps the raw values)
QUALIFIER_WORDS = {"exact": "", "approx": "about", "upper": "at most", "lower": "at least", "range": "range"}


def shown(column: str, value: Any) -> Any:
    """A cell's value as the Markdown and HTML boards show it."""
    if column == "qualifier" and isinstance(value, str):
        return QUALIFIER_WORDS.get(value, value)
    return value


def visible_columns(table: pa.Table) -> list[str]:
    return [c for c in table.column_names if not c.startswith("_") and c not in HIDDEN]


def header(column: str) -> str:
    return "paper" if column == "title" else column.replace("_", " ")


def md_text(value: Any) -> str:
    """Text safe inside a Markdown table cell: one line, HTML escaped, Markdown punctuation escaped."""
    text = _SPACE.sub(" ", fmt(value)).strip()
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def md_url(url: str) -> str:
    return (
        url.replace("(", "%28")
        .replace(")", "%29")
        .replace(" ", "%20")
        .replace("<", "%3C")
        .replace(">", "%3E")
    )


def markdown_table(table: pa.Table, empty: str = "") -> str:
    cols = visible_columns(table)
    if not table.num_rows:
        return f"_No rows. {md_text(empty)}_\n" if empty else "_No rows._\n"
    lines = ["| " + " | ".join(md_text(header(c)) for c in cols) + " |", "|" + "---|" * len(cols)]
    for row in table.to_pylist():
        cells = []
        for c in cols:
            if c == "title":
                text = md_text(row.get("title") or row.get("paper_id") or "")
                url = row.get("url")
                cells.append(f"[{text}]({md_url(url)})" if url else text)
            else:
                cells.append(md_text(shown(c, row[c])))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def markdown(title: str, description: str, table: pa.Table, csv_name: str = "", empty: str = "") -> str:
    parts = [f"# {md_text(title)}", "", md_text(description), ""]
    if table.num_rows > MD_ROW_LIMIT:
        where = f" ({md_text(csv_name)} has all of them)" if csv_name else ""
        parts += [f"Showing the first {MD_ROW_LIMIT:,} of {table.num_rows:,} rows{where}.", ""]
    parts.append(markdown_table(table.slice(0, MD_ROW_LIMIT), empty))
    return "\n".join(parts)


def to_csv(table: pa.Table) -> str:
    """All columns (also ids and keys, without the leading "_"); text that looks like a formula gets a "'".

    Columnar (Arrow's CSV writer): the best-scores board can have hundreds of thousands of rows.
    """
    cols = {}
    for name in table.column_names:
        col = table[name]
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            risky = pc.match_substring_regex(col, _FORMULA)
            col = pc.if_else(risky, pc.binary_join_element_wise("'", col, ""), col)
        cols[name.lstrip("_")] = col.cast(pa.string())
    buf = io.BytesIO()
    pcsv.write_csv(pa.table(cols), buf, pcsv.WriteOptions(quoting_style="needed"))
    return buf.getvalue().decode("utf-8")


def safe_names(ids: Iterable[str], *, limit: int = 60) -> dict[str, str]:
    """A distinct, safe file stem per id: lowercase ASCII letters, digits and "-".

    An id that is not already such a stem gets a short hash of itself appended, so "a/b" and
    "a b" (both "a-b") stay apart and no name can climb out of its folder.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for ident in sorted(set(ids)):
        stem = _UNSAFE_NAME.sub("-", ident.casefold()).strip("-")[:limit].strip("-")
        if stem != ident or not stem or stem in _RESERVED or stem in taken:
            digest = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:8]
            stem = f"{stem}-{digest}" if stem else f"id-{digest}"
        out[ident] = stem
        taken.add(stem)
    return out


def runs(table: pa.Table, keys: Sequence[str]) -> Iterator[tuple[tuple, pa.Table]]:
    """Consecutive runs of rows with equal `keys`, as zero-copy slices, in the table's order.

    Sort by the keys first (stably) when every group must come out as one run.
    """
    if not table.num_rows:
        return
    if not keys:
        yield (), table
        return
    values = list(zip(*(table.column(k).to_pylist() for k in keys), strict=True))
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            yield values[start], table.slice(start, i - start)
            start = i
