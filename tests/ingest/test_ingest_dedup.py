"""The same paper in several records or inputs is one row; the first record's text wins."""

from __future__ import annotations

import hashlib
import json


def jsonl(*rows: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


ABS = "We propose a method. It improves accuracy by 3%."


def test_same_arxiv_id_across_inputs_and_versions(ingest, write) -> None:
    a = write("a.jsonl", jsonl({"id": "2101.00001v1", "title": "First Title", "abstract": ABS}))
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2101.00001v3</id>'
        "<title>Revised Title</title><summary>Revised abstract.</summary></entry></feed>"
    )
    b = write("b.atom", feed)
    got = ingest([a, b])
    p = got.paper(paper_id="2101.00001")
    assert p["title"] == "First Title"
    assert p["sources"] == [f"{a}:line 1", f"{b}:entry 1"]
    assert p["source_count"] == 2
    assert (got.summary.papers, got.summary.duplicates) == (1, 1)


def test_same_title_folded_for_case_and_spacing(ingest, write) -> None:
    a = write("a.csv", f'title,abstract\n"Deep  Nets",{ABS}\n')
    b = write("b.tsv", "title\tabstract\n deep nets \tOther text.\n")
    got = ingest([a, b])
    p = got.paper(title_key="deep nets")
    assert p["paper_id"] == "t-" + hashlib.sha1(b"deep nets").hexdigest()[:16]
    assert p["title"] == "Deep  Nets" and p["abstract"] == ABS
    assert p["sources"] == [f"{a}:row 2", f"{b}:row 2"]


def test_title_only_record_merges_with_the_arxiv_id_of_the_same_title(ingest, write) -> None:
    listing = write("a.txt", "Deep Nets Revisited\n\n" + "We revisit deep nets. They still work. " * 8 + "\n")
    meta = write("b.jsonl", jsonl({"id": "2101.00009", "title": "Deep nets revisited", "abstract": ABS}))
    got = ingest([listing, meta])
    assert got.summary.papers == 1
    p = got.paper(paper_id="2101.00009")
    assert p["arxiv_id"] == "2101.00009"
    assert p["title"] == "Deep Nets Revisited"  # the listing came first
    assert p["sources"] == [f"{listing}:line 1", f"{meta}:line 1"]


def test_input_order_decides_which_text_is_kept(ingest, write) -> None:
    a = write("a.jsonl", jsonl({"id": "2101.00001", "title": "From A", "abstract": ABS}))
    b = write("b.jsonl", jsonl({"id": "2101.00001", "title": "From B", "abstract": ABS}))
    assert ingest([b, a]).paper(paper_id="2101.00001")["title"] == "From B"
    assert ingest([a, b], out="o2").paper(paper_id="2101.00001")["title"] == "From A"


def test_same_file_given_twice_is_read_once(ingest, write) -> None:
    a = write("a.jsonl", jsonl({"id": "2101.00001", "title": "T", "abstract": ABS}))
    got = ingest([a, a.parent])
    assert [i.path for i in got.summary.inputs] == [str(a)]


def test_categories_come_from_the_first_record_that_has_them(ingest, write) -> None:
    a = write("a.jsonl", jsonl({"id": "2101.00001", "title": "T", "abstract": ABS}))
    b = write("b.jsonl", jsonl({"id": "2101.00001", "title": "T", "abstract": ABS, "categories": "cs.LG"}))
    assert ingest([a, b]).paper(paper_id="2101.00001")["categories"] == "cs.LG"
