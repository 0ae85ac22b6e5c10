"""End to end: the real CLI on a small corpus, checked through DuckDB."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "e2e"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("e2e") / "output"
    proc = subprocess.run(
        [sys.executable, "-m", "etl", "run", str(FIXTURES), "--out", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    (out / "stdout.txt").write_text(proc.stdout)
    return out


def sql(out: Path, query: str) -> list[tuple]:
    con = duckdb.connect(str(out / "etl.duckdb"), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_summary_names_counts_and_leaderboards(out: Path) -> None:
    text = (out / "stdout.txt").read_text()
    assert "7 records" in text and "4 papers" in text and "1 duplicates" in text and "2 rejects" in text
    assert "index.html" in text


def test_manifest_accounts_for_every_record(out: Path) -> None:
    m = json.loads((out / "manifest.json").read_text())
    assert m["records_read"] == m["papers"] + m["duplicates"] + m["rejects"] == 7
    assert m["published"] is True


def test_duplicate_across_inputs_is_one_paper(out: Path) -> None:
    rows = sql(out, "select paper_id, source_count from papers where title like 'TinyLM%'")
    assert rows == [("2401.00002", 2)]


def test_rejects_keep_reason_and_location(out: Path) -> None:
    rows = sql(out, "select reason, location from rejects where stage = 'ingest' order by reason")
    assert [r[0] for r in rows] == ["malformed_record", "not_text"]
    assert all(r[1].startswith("line ") for r in rows)


def test_results_index_into_their_abstracts(out: Path) -> None:
    bad = sql(
        out,
        "select count(*) from results r join papers p using (paper_id) "
        "where r.section = 'abstract' and substr(p.abstract, r.span_start + 1, r.span_end - r.span_start) <> r.text",
    )
    assert bad == [(0,)]


def test_reported_numbers_have_their_kinds(out: Path) -> None:
    rows = set(sql(out, "select kind, value, unit from results where section = 'abstract'"))
    assert ("score", 84.2, "%") in rows
    assert ("speedup", 2.5, "x") in rows
    assert ("param_count", 1.3e9, "params") in rows
    assert ("data_size", 3e11, "tokens") in rows
    assert ("improvement", 4.5, "pp") in rows


def test_survey_years_and_counts_are_not_results(out: Path) -> None:
    rows = sql(out, "select count(*) from results join papers using (paper_id) where title like 'A Survey%'")
    assert rows == [(0,)]


def test_best_score_leaderboard_has_imagenet_entry(out: Path) -> None:
    csvs = sorted((out / "leaderboards").glob("*.csv"))
    assert csvs, "no leaderboard CSV written"
    con = duckdb.connect()
    found = [
        p.name
        for p in csvs
        if con.execute(
            f"select count(*) from read_csv_auto('{p}', all_varchar=true) t where t::varchar like '%84.2%'"
        ).fetchone()[0]
    ]
    assert found, "84.2% top-1 on ImageNet-1K is on no leaderboard"


def test_html_page_is_written(out: Path) -> None:
    page = (out / "leaderboards" / "index.html").read_text()
    assert "<table" in page and "FastNet" in page


def test_quality_reports_and_data_docs(out: Path) -> None:
    assert (out / "quality" / "summary.json").exists()
    assert any((out / "quality").rglob("*.html"))
