"""Encodings and line ends: read correctly, or refused record by record with `undecodable`."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

TITLE = "Café Models – Über Attention"
ABS = "We serve café au lait – fast. Latency drops by 12% on Über-scale data."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_listing_in_any_supported_encoding(ingest, write, encoding: str, newline: str) -> None:
    text = newline.join(["Subscribe", "", TITLE, "", ABS, ""])
    got = ingest([write("l.txt", text.encode(encoding))])
    assert got.papers.select(["title", "abstract"]).to_pylist() == [{"title": TITLE, "abstract": ABS}]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_jsonl_in_any_supported_encoding(ingest, write, encoding: str) -> None:
    line = json.dumps({"id": "2101.00001", "title": TITLE, "abstract": ABS}, ensure_ascii=False)
    got = ingest([write("a.jsonl", (line + "\r\n").encode(encoding))])
    assert got.papers.column("title").to_pylist() == [TITLE]


def test_atom_declares_its_own_encoding_and_entities(ingest, write) -> None:
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<entry><title>{TITLE}</title><summary>5 &lt; 6 &amp; {ABS}</summary></entry></feed>"
    )
    got = ingest([write("f.xml", feed.encode())])
    assert got.papers.column("abstract").to_pylist() == [f"5 < 6 & {ABS}"]


def test_html_entities_are_decoded_only_in_abstract_clean(ingest, write) -> None:
    row = {"id": "2101.00001", "title": "T", "abstract": "A &amp; B reach 5\\% &#8211; more."}
    p = ingest([write("a.jsonl", json.dumps(row) + "\n")]).paper(paper_id="2101.00001")
    assert p["abstract"] == row["abstract"]
    assert p["abstract_clean"] == "A & B reach 5% – more."


def test_invalid_utf8_in_parquet_text_is_undecodable(ingest, tmp_path) -> None:
    title = pa.array([b"Good", b"Bad \xff"], pa.binary()).view(pa.string())
    path = tmp_path / "p.parquet"
    pq.write_table(pa.table({"title": title, "abstract": ["Fine.", "Fine too."]}), path)
    got = ingest([path])
    assert got.reasons == ["undecodable"]
    assert got.papers.column("title").to_pylist() == ["Good"]
    assert "\\xff" in got.rejects.column("raw")[0].as_py()
