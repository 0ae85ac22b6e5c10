"""One small input per format, read through the real stage; format detection from content."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.errors import InputError
from etl.ingest import FORMATS, read_records
from etl.ingest.readers import detect


def test_formats_are_the_cli_choices() -> None:
    assert FORMATS == ("listing", "arxiv-jsonl", "atom", "hf-json", "csv", "tsv", "parquet")


def test_arxiv_jsonl(ingest, fixtures) -> None:
    got = ingest([fixtures / "arxiv.jsonl"])
    p = got.paper(paper_id="2106.15482")
    assert p["arxiv_id"] == "2106.15482"
    assert p["categories"] == "cs.LG stat.ML" and p["update_date"] == "2021-10-26"
    assert p["abstract"].endswith("by 5\\\\%.")
    assert p["sources"] == [f"{fixtures / 'arxiv.jsonl'}:line 1"]
    assert got.paper(paper_id="1706.03762")["abstract_clean"].endswith("Transformer & show 28.4 BLEU.")


def test_atom_feed(ingest, fixtures) -> None:
    got = ingest([fixtures / "feed.atom"])
    p = got.paper(paper_id="2106.15482")
    assert p["title"] == "Personalized Federated Learning with\n  Gaussian Processes"
    assert p["title_key"] == "personalized federated learning with gaussian processes"
    assert p["abstract"] == "Federated learning aims to learn a global model & we improve accuracy by 5%."
    assert p["categories"] == "cs.LG stat.ML" and p["update_date"] == "2021-10-26T10:00:00Z"
    assert got.paper(paper_id="2301.00001")["sources"] == [f"{fixtures / 'feed.atom'}:entry 2"]


def test_hf_json(ingest, fixtures) -> None:
    got = ingest([fixtures / "hf_papers.json"])
    assert sorted(got.papers.column("paper_id").to_pylist()) == ["2403.05530", "2403.09611"]
    assert got.paper(paper_id="2403.09611")["title"].startswith("MM1: Methods")


def test_csv_with_bom_crlf_and_quoted_newline(ingest, fixtures) -> None:
    got = ingest([fixtures / "papers.csv"])
    p = got.paper(paper_id="2106.15482")
    assert p["abstract"] == "Federated learning aims to learn a global model.\r\nWe improve accuracy by 5%."
    assert (
        p["abstract_clean"] == "Federated learning aims to learn a global model. We improve accuracy by 5%."
    )
    assert got.paper(title="Spreadsheet Paper")["sources"] == [f"{fixtures / 'papers.csv'}:row 3"]


def test_cp1252_csv(ingest, fixtures) -> None:
    got = ingest([fixtures / "papers_cp1252.csv"])
    assert got.papers.column("title").to_pylist() == ["Café Models – A Study"]


def test_tsv(ingest, fixtures) -> None:
    got = ingest([fixtures / "papers.tsv"])
    assert got.summary.inputs[0].format == "tsv"
    assert got.papers.column("title").to_pylist() == ["Tab Separated Paper"]


def test_parquet(ingest, tmp_path) -> None:
    path = tmp_path / "p.parquet"
    pq.write_table(
        pa.table(
            {
                "ID": ["arXiv:2001.08361v1", None],
                "TITLE": ["Scaling Laws", "No Id"],
                "Abstract": ["A b.", "C d."],
            }
        ),
        path,
    )
    got = ingest([path])
    assert got.summary.inputs[0].format == "parquet"
    assert got.paper(title="Scaling Laws")["paper_id"] == "2001.08361"
    assert got.paper(title="No Id")["paper_id"].startswith("t-")
    assert got.paper(title="No Id")["sources"] == [f"{path}:row 2"]


def test_parquet_with_non_text_columns_rejects_rows(ingest, tmp_path) -> None:
    path = tmp_path / "p.parquet"
    pq.write_table(pa.table({"title": ["T"], "abstract": [42]}), path)
    assert ingest([path]).reasons == ["not_text"]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("listing_blank.txt", "listing"),
        ("listing_lines.txt", "listing"),
        ("arxiv.jsonl", "arxiv-jsonl"),
        ("feed.atom", "atom"),
        ("hf_papers.json", "hf-json"),
        ("papers.csv", "csv"),
        ("papers_cp1252.csv", "csv"),
        ("papers.tsv", "tsv"),
    ],
)
def test_format_is_detected_from_content(fixtures, tmp_path, name: str, fmt: str) -> None:
    renamed = tmp_path / "input.dat"
    renamed.write_bytes((fixtures / name).read_bytes())
    assert read_records(renamed).format == fmt


def test_semicolon_csv_is_detected() -> None:
    assert detect(b"Title;Abstract\nA;B\n", complete=True) == "csv"


def test_forced_format_overrides_detection(ingest, write) -> None:
    path = write("odd.txt", json.dumps({"title": "Forced", "abstract": "It was forced."}) + "\n")
    assert ingest([path], fmt="arxiv-jsonl").papers.column("title").to_pylist() == ["Forced"]
    assert ingest([path], fmt="csv", out="o2").reasons == ["unknown_format"]


def test_unknown_forced_format_is_an_input_error(write, tmp_path) -> None:
    with pytest.raises(InputError, match="unknown format"):
        read_records(write("a.txt", "x"), "xml")
