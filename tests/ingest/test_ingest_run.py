"""The stage as the CLI runs it: inputs, outputs, summary, determinism, the records invariant."""

from __future__ import annotations

import gzip
import json
import shutil

import pyarrow.parquet as pq
import pytest

from etl.errors import InputError
from etl.ingest import run
from etl.layout import Layout
from etl.schemas import spec

ABS = "We propose a method. It improves accuracy by 3%."


@pytest.fixture
def messy(tmp_path, fixtures):
    """A folder of every format, with bad records, bad files, duplicates and odd encodings."""
    folder = tmp_path / "messy"
    shutil.copytree(fixtures, folder)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "data.gz").write_bytes(gzip.compress(b"abc"))
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "notes.md").write_text("# just notes\n")
    lines = [
        json.dumps({"id": "2106.15482v3", "title": "Dup", "abstract": ABS}),
        '{"broken": ',
        json.dumps({"title": None, "abstract": ABS}),
        json.dumps({"title": "T", "abstract": 3}),
        "",
        json.dumps({"title": "Fine", "abstract": ABS}),
    ]
    (folder / "mixed.jsonl").write_text("\r\n".join(lines) + "\r\n")
    (folder / "utf16.csv").write_text(f"title,abstract\nUTF Sixteen Paper,{ABS}\n", encoding="utf-16")
    (folder / "bom.jsonl").write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"title": "Bom", "abstract": ABS}).encode() + b"\n"
    )
    (folder / "sub").mkdir()
    (folder / "sub" / "more.txt").write_text("Deep Nets\n\n" + ABS * 6 + "\n\nLone Title\n")
    return folder


def test_invariant_on_a_messy_folder(ingest, messy) -> None:
    got = ingest([messy])
    s = got.summary
    assert s.records_read == s.papers + s.duplicates + s.rejects
    assert s.records_read == sum(i.records for i in s.inputs)
    assert (
        s.rejects
        == got.rejects.num_rows
        == sum(i.rejects for i in s.inputs)
        == sum(s.rejects_by_reason.values())
    )
    assert s.papers == got.papers.num_rows
    assert s.duplicates == sum(got.papers.column("source_count").to_pylist()) - s.papers
    assert s.rejects_by_reason == {
        "binary_file": 2,
        "malformed_record": 1,
        "missing_abstract": 2,  # listing_blank.txt and sub/more.txt each end a title alone
        "missing_title": 1,
        "not_text": 1,
        "unknown_format": 2,
    }
    titles = set(got.papers.column("title").to_pylist())
    assert {"UTF Sixteen Paper", "Bom", "Fine", "Deep Nets", "Café Models – A Study"} <= titles
    assert got.paper(paper_id="2106.15482")["source_count"] == 4


def test_outputs_have_the_schemas_and_are_sorted(ingest, messy) -> None:
    got = ingest([messy])
    assert got.papers.schema.equals(spec("papers").arrow_schema)
    assert got.rejects.schema.equals(spec("rejects").arrow_schema)
    ids = got.papers.column("paper_id").to_pylist()
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert set(got.rejects.column("stage").to_pylist()) == {"ingest"}


def test_two_runs_write_byte_identical_parquet(ingest, messy) -> None:
    a, b = ingest([messy], out="a"), ingest([messy], out="b")
    for part in ("stage/papers/papers.parquet", "stage/rejects/ingest.parquet"):
        assert (a.layout.root / part).read_bytes() == (b.layout.root / part).read_bytes()


def test_summary_json_is_written(ingest, fixtures) -> None:
    got = ingest([fixtures / "arxiv.jsonl"])
    doc = json.loads(got.layout.stage_summary("ingest").read_text())
    assert doc["records_read"] == 2 and doc["papers"] == 2
    (entry,) = doc["inputs"]
    assert entry["format"] == "arxiv-jsonl" and entry["size"] == (fixtures / "arxiv.jsonl").stat().st_size
    assert len(entry["sha256"]) == 64


def test_previous_stage_papers_are_removed(tmp_path, fixtures) -> None:
    layout = Layout.at(tmp_path / "out")
    layout.stage_papers.mkdir(parents=True)
    (layout.stage_papers / "old.parquet").write_bytes(b"stale")
    run([fixtures / "papers.tsv"], layout)
    assert [p.name for p in layout.stage_papers.iterdir()] == ["papers.parquet"]
    assert not (layout.stage / ".ingest-work").exists()


def test_glob_input(ingest, fixtures) -> None:
    got = ingest([str(fixtures / "*.csv")])
    assert [i.format for i in got.summary.inputs] == ["csv", "csv"]


@pytest.mark.parametrize("bad", ["no/such/file.jsonl", "no/such/*.jsonl"])
def test_missing_input_is_an_input_error_with_a_hint(tmp_path, bad: str) -> None:
    with pytest.raises(InputError) as info:
        run([tmp_path / bad], Layout.at(tmp_path / "out"))
    assert info.value.exit_code == 1 and info.value.hint


def test_empty_folder_is_an_input_error(tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no files"):
        run([tmp_path / "empty"], Layout.at(tmp_path / "out"))


def test_nothing_usable_still_writes_empty_tables(ingest, write) -> None:
    got = ingest([write("x.bin", b"\x00\x01")])
    assert got.papers.num_rows == 0 and got.summary.rejects == 1
    assert pq.read_schema(got.layout.stage_papers / "papers.parquet").equals(spec("papers").arrow_schema)
