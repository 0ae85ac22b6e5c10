"""The parts of ingest that keep memory flat at millions of records give the plain answer."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.ingest import dedup
from etl.ingest.normalize import clean_abstract, clean_abstracts


def test_papers_sorted_in_many_buckets_equal_one_sort(ingest, write) -> None:
    rows = [
        {"id": f"2101.{(i * 7919) % 1000:05d}", "title": f"Title {i % 40}", "abstract": f"Text {i}."}
        for i in range(120)
    ]
    path = write("a.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    got = ingest([path])  # writes the records file the dedup reads; then sort again in buckets of 7
    records = got.layout.stage / "records-copy.parquet"
    work = got.layout.stage / "bucket-work"
    work.mkdir()
    _stage_records(path, records)
    con = dedup.connect(work)
    try:
        small = pa.Table.from_batches(list(dedup.sorted_papers(con, records, work, 7)))
    finally:
        con.close()
    assert small.column("paper_id").to_pylist() == sorted(got.papers.column("paper_id").to_pylist())
    for name in ("paper_id", "title", "abstract", "title_key", "sources", "source_count"):
        assert small.column(name).to_pylist() == got.papers.column(name).to_pylist(), name


def _stage_records(src: Path, dest: Path) -> None:
    """The staged records of one JSON-lines input, as ingest writes them before the dedup."""
    from etl.ingest.source import read_records
    from etl.ingest.stage import _STAGED_SCHEMA, _stage_batch

    batches = [_stage_batch(c, f"{src}:line ", 0) for c in read_records(src) if c.batch.num_rows]
    pq.write_table(pa.Table.from_batches(batches, schema=_STAGED_SCHEMA), dest)


def test_sorted_papers_of_no_records_is_empty(tmp_path: Path) -> None:
    from etl.ingest.stage import _STAGED_SCHEMA

    records = tmp_path / "records.parquet"
    pq.write_table(_STAGED_SCHEMA.empty_table(), records)
    con = dedup.connect(tmp_path)
    try:
        assert list(dedup.sorted_papers(con, records, tmp_path, 7)) == []
    finally:
        con.close()


_PIECES = [*" \t\n\x0b\x1c\x85\xa0\u2003\u3000\u200bab&\\%é𝔸", "&amp;", "\\%", "\r\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), _TEXT), max_size=20))
def test_vectorised_clean_equals_clean_abstract(texts: list[str | None]) -> None:
    got = clean_abstracts(pa.array(texts, pa.string())).to_pylist()
    assert got == [None if t is None else clean_abstract(t) for t in texts]
