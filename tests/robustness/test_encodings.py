"""Every supported encoding and line ending reads correctly through `etl run` (messy folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from robust_run import Ran, manifest, table

Messy = tuple[Path, Path, Ran]


def _paper(out: Path, title: str) -> dict:
    rows = [r for r in table(out, "tables/papers/papers.parquet").to_pylist() if r["title"] == title]
    assert len(rows) == 1, f"{len(rows)} papers titled {title!r}"
    return rows[0]


@pytest.mark.parametrize(
    ("file", "encoding", "title", "abstract_start"),
    [
        ("bom.jsonl", "utf-8-sig", "BOM Paper", "BOMNet reaches 71.5%"),
        ("utf16.csv", "utf-16", "Café Über 1", "Naïve résumé model reaches 81.1%"),
        ("latin1.csv", "cp1252", "Café Über 2", "Naïve résumé model reaches 81.2%"),
        ("quotes_cp1252.csv", "cp1252", "\u201cQuoted\u201d Title", "Dash \u2013 model"),
        ("crlf_listing.txt", "utf-8", "CRLF Listing Paper", "We present LineNet, a model for résumé"),
        ("mixed.jsonl", "utf-8", "Naïve Café", "CaféNet reaches 77.7%"),
    ],
)
def test_encoding_is_detected_and_text_read_exactly(
    messy: Messy, file: str, encoding: str, title: str, abstract_start: str
) -> None:
    _, out, _ = messy
    entry = next(i for i in manifest(out)["inputs"] if Path(i["path"]).name == file)
    assert entry["encoding"] == encoding
    assert entry["rejects"] == 0 or file == "mixed.jsonl"  # (its bad lines on purpose)
    paper = _paper(out, title)
    assert paper["abstract"].startswith(abstract_start)
    assert "\r" not in paper["abstract"] and "\ufeff" not in paper["title"]


def test_html_entities_and_latex_escapes_are_undone_in_abstract_clean(messy: Messy) -> None:
    paper = _paper(messy[1], "Entities &amp; Escapes")
    assert paper["abstract"].startswith("EntNet improves F1 by 3.5\\% on SQuAD &amp;")  # as given
    assert paper["abstract_clean"] == "EntNet improves F1 by 3.5% on SQuAD & reaches 90.1 % on CoNLL."


def test_spans_index_into_the_abstract_as_given(messy: Messy) -> None:
    _, out, _ = messy
    abstracts = {r["paper_id"]: r["abstract"] for r in table(out, "tables/papers/papers.parquet").to_pylist()}
    for r in table(out, "tables/results/results.parquet").to_pylist():
        if r["section"] == "abstract":
            assert abstracts[r["paper_id"]][r["span_start"] : r["span_end"]] == r["text"]
