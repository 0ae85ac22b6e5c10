"""Every bad record or file becomes one reject with its reason; the rest of the input is kept."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from etl.records import RejectReason

GOOD = {"id": "2101.00001", "title": "Good Paper", "abstract": "A good abstract. It reports 90% accuracy."}


def jsonl(*rows: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ('{"id": "1", "title": "Broken', "malformed_record"),
        ("[1, 2]", "malformed_record"),
        ({"title": "No Abstract"}, "missing_abstract"),
        ({"title": "Blank Abstract", "abstract": "   "}, "missing_abstract"),
        ({"abstract": "An abstract with no title."}, "missing_title"),
        ({"title": 42, "abstract": "Numeric title."}, "not_text"),
        ({"title": "List Abstract", "abstract": ["a", "b"]}, "not_text"),
        ({"title": "T" * 1001, "abstract": "Long title."}, "title_too_long"),
        ({"title": "Long Abstract", "abstract": "a" * 100_001}, "abstract_too_long"),
    ],
)
def test_bad_json_line_is_one_reject_and_the_rest_goes_on(ingest, write, row: object, reason: str) -> None:
    got = ingest([write("a.jsonl", jsonl(GOOD, row, {**GOOD, "id": "2101.00002", "title": "After"}))])
    assert got.reasons == [reason]
    assert got.rejects.column("location").to_pylist() == ["line 2"]
    assert got.summary.papers == 2


def test_undecodable_line_in_utf8_jsonl(ingest, write) -> None:
    data = (
        json.dumps({**GOOD, "title": "Café"}, ensure_ascii=False).encode()
        + b'\n{"title": "Bad \xff\xfe", "abstract": "x y."}\n'
    )
    got = ingest([write("a.jsonl", data)])
    assert got.reasons == ["undecodable"]
    assert got.papers.column("title").to_pylist() == ["Café"]


def test_cp1252_byte_with_no_character_is_undecodable(ingest, write) -> None:
    data = "title,abstract\r\nCafé,Fine abstract.\r\nBad,Has \x81 in it.\r\n".encode("latin-1")
    got = ingest([write("a.csv", data)])
    assert got.reasons == ["undecodable"]
    assert got.papers.column("title").to_pylist() == ["Café"]


def test_reject_row_carries_input_location_message_and_truncated_raw(ingest, write) -> None:
    path = write("a.jsonl", jsonl({"title": "Long Abstract", "abstract": "a" * 100_001}))
    row = ingest([path]).rejects.to_pylist()[0]
    assert row["stage"] == "ingest" and row["input"] == str(path) and row["location"] == "line 1"
    assert "100,001 characters" in row["message"]
    assert len(row["raw"]) == 2000


def test_malformed_atom_entry_costs_only_itself(ingest, write) -> None:
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        "<entry><id>http://arxiv.org/abs/2101.00001v1</id><title>One</title><summary>First one.</summary></entry>"
        "<entry><id>x</id><title>Two &nbsp;</title><summary>Bad entity.</summary></entry>"
        "<entry><title>Three</title><summary>Third one.</summary></entry>"
        "<entry><title>Four</title><summary>Never closed."
        "</feed>"
    )
    got = ingest([write("f.xml", feed)])
    assert got.rejects.select(["location", "reason"]).to_pylist() == [
        {"location": "entry 2", "reason": "malformed_record"},
        {"location": "entry 4", "reason": "malformed_record"},
    ]
    assert sorted(got.papers.column("title").to_pylist()) == ["One", "Three"]


def test_malformed_csv_row(ingest, write) -> None:
    got = ingest([write("a.csv", "title,abstract\nGood,Fine abstract.\nToo,many,fields\n")])
    assert got.reasons == ["malformed_record"]
    assert got.rejects.column("location").to_pylist() == ["row 3"]


def test_hf_entry_without_paper_object(ingest, write) -> None:
    doc = [{"paper": {"id": "2101.00001", "title": "Ok", "summary": "Fine."}}, {"paper": "nope"}, 7]
    assert ingest([write("h.json", json.dumps(doc))]).reasons == ["malformed_record"] * 2


def test_listing_orphans(ingest, write) -> None:
    text = "Subscribe\n\nLone Title\n\nReal Title\n\n" + "We do things. They work well. " * 10 + "\n"
    got = ingest([write("l.txt", text)])
    assert got.reasons == ["missing_abstract"]
    assert got.summary.papers == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary_file"),
        (gzip.compress(b'{"title": "x"}\n', mtime=0), "binary_file"),
        (b"", "unknown_format"),
        (b"just some words\n", "unknown_format"),
        (b"<html><body>hi</body></html>", "unknown_format"),
    ],
)
def test_bad_file_is_one_reject(ingest, write, content: bytes, reason: str) -> None:
    got = ingest([write("bad.bin", content)])
    assert got.reasons == [reason]
    assert got.rejects.column("location").to_pylist() == [""]
    assert got.summary.records_read == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file(ingest, write) -> None:
    path = write("secret.jsonl", jsonl(GOOD))
    path.chmod(0)
    assert ingest([path]).reasons == ["unreadable_file"]


def test_folder_given_as_a_file_path_is_unreadable(ingest, tmp_path) -> None:
    from etl.ingest import read_records

    chunks = list(read_records(tmp_path))
    assert [r.reason for c in chunks for r in c.rejects] == [RejectReason.UNREADABLE_FILE]


def test_every_reject_reason_of_ingest_is_reachable() -> None:
    reached = {
        "malformed_record", "missing_abstract", "missing_title", "not_text", "title_too_long",
        "abstract_too_long", "undecodable", "binary_file", "unknown_format", "unreadable_file",
    }  # fmt: skip
    ingest_reasons = {r.value for r in RejectReason} - {"extract_error", "expectation_failed"}
    assert reached == ingest_reasons


def test_broken_hf_document_is_one_reject_with_its_line(ingest, write) -> None:
    got = ingest([write("h.json", '[\n{"paper": {"id": "2101.00001",\n')])
    assert got.rejects.select(["location", "reason"]).to_pylist() == [
        {"location": "line 3", "reason": "malformed_record"}
    ]
