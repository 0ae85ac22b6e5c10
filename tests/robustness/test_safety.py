"""Text from the data cannot break the pages, climb out of folders or write through `etl query`."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from robust_corpus import XSS_TITLE
from robust_run import Ran, copy_output, etl, snapshot

Messy = tuple[Path, Path, Ran]
_CELL_SEP = re.compile(r"(?<!\\)\|")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self.in_script else self.text).append(data)


def test_script_title_is_text_not_markup_in_the_html_page(messy: Messy) -> None:
    page = (messy[1] / "leaderboards" / "index.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert not any("alert(1)" in s for s in parser.scripts)
    assert any(XSS_TITLE in t for t in parser.text)  # shown to the reader, as text


def _tables(text: str) -> list[list[str]]:
    """Markdown tables: runs of lines from a header row (starting with "|") to the next blank line."""
    out: list[list[str]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if current is None and line.startswith("|"):
            current = [line]
        elif current is not None and line.strip():
            current.append(line)
        elif current is not None:
            out.append(current)
            current = None
    return out + ([current] if current else [])


@pytest.mark.parametrize(
    "shown",
    [
        r"&lt;script&gt;alert(1)&lt;/script&gt; \| pipe \| \[x\](javascript:alert(1)) Net",
        r"Line Break and separator \| Title",  # NEWLINE_TITLE on one line
    ],
)
def test_title_keeps_every_markdown_table_row_whole(messy: Messy, shown: str) -> None:
    files = sorted((messy[1] / "leaderboards").rglob("*.md"))
    assert any(shown in f.read_text(encoding="utf-8") for f in files)
    for f in files:
        for rows in _tables(f.read_text(encoding="utf-8")):
            assert all(row.startswith("|") and row.endswith("|") for row in rows), f.name
            assert len({len(_CELL_SEP.split(row)) for row in rows}) == 1, f"{f.name}: ragged table"
            assert not any("<script>" in row for row in rows)


def test_title_round_trips_through_the_csv(messy: Messy) -> None:
    text = (messy[1] / "leaderboards" / "best_scores.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert XSS_TITLE in [r.get("title") or r.get("paper_title") for r in rows]


def test_file_names_from_data_are_safe_and_stay_in_their_folder(messy: Messy) -> None:
    root = (messy[1] / "leaderboards").resolve()
    files = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.parent.name == "datasets" for p in files)
    for p in files:
        assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*\.(md|csv|html)", p.name), p.name
        assert p.resolve().is_relative_to(root)


@pytest.fixture(scope="module")
def queried(messy: Messy, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_output(messy[1], tmp_path_factory.mktemp("query") / "out")


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE t AS SELECT 1",
        "DROP VIEW papers",
        "select 1; DROP VIEW results",
        "COPY (SELECT * FROM papers LIMIT 1) TO '{out}/tables/papers/papers.parquet' (FORMAT parquet)",
        "COPY (SELECT 1) TO '{out}/written.csv'",
        "EXPORT DATABASE '{out}/export'",
        "ATTACH '{out}/other.duckdb' AS other",
    ],
)
def test_query_refuses_writes_with_exit_1_and_tables_unchanged(queried: Path, sql: str) -> None:
    before = snapshot(queried)
    names = sorted(p.name for p in queried.iterdir())
    ran = etl("query", sql.format(out=queried), "--out", queried)
    assert ran.rc == 1 and "error" in ran.err and "Traceback" not in ran.err
    assert snapshot(queried) == before
    assert sorted(p.name for p in queried.iterdir()) == names
    assert etl("query", "SELECT count(*) FROM papers", "--out", queried).rc == 0


def test_query_reads(queried: Path) -> None:
    ran = etl("query", "SELECT title FROM papers WHERE paper_id = '2403.00001'", "--out", queried, "--csv")
    assert ran.rc == 0 and XSS_TITLE in ran.out
