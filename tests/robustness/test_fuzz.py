"""Hypothesis drives each ingest reader and the extractor with arbitrary bytes and text.

No exception may escape but our own `EtlError`; every record comes out as a row or a reject;
the extractor never fails on a paper (an `extract_error` reject would mean a bug). Each test is
bounded to a few seconds (`max_examples`); tests/ingest/test_ingest_fuzz.py covers the whole stage.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.errors import EtlError
from etl.extract import extract_canonical, extract_text
from etl.ingest import readers
from etl.ingest.batch import RECORD_SCHEMA, Chunk
from etl.ingest.source import FORMATS, read_records
from etl.ingest.text import decode, sniff_encoding
from etl.schemas import spec

FAST = settings(max_examples=250, deadline=None, database=None, suppress_health_check=list(HealthCheck))

# Bytes that steer the readers into their interesting branches.
SEEDS = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b'{"title": "T", "abstract": "A 1.5% gain."}\n',
    b'{"title": ',
    b"title,abstract\n",
    b"Title;Abstract\r\n",
    b"title\tabstract\n",
    b'[{"paper": {"title": "T", "summary": "S"}}',
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><summary>',
    b"<entry>",
    b"PAR1",
    b"A Title\n\n",
]
hostile = st.builds(
    lambda seed, body, tail: seed + body + tail,
    st.sampled_from(SEEDS),
    st.binary(max_size=300),
    st.sampled_from([b"", b"\n", b"\r\n", b"\x00", b"</entry></feed>", b'"}\n', b"]"]),
)
# Text with every kind of character except lone surrogates (Arrow strings are UTF-8).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)


def _check(chunks: list[Chunk]) -> None:
    for c in chunks:
        assert c.batch.schema.equals(RECORD_SCHEMA)
        c.batch.validate(full=True)
        for r in c.rejects:
            assert r.reason and r.message is not None and len(r.raw) <= 2000


@FAST
@given(data=hostile)
def test_whole_file_readers_never_raise(data: bytes) -> None:
    for read in (readers.read_listing, readers.read_atom, readers.read_hf):
        _check(list(read(data, "fuzz")))


@FAST
@given(data=hostile, delimiter=st.sampled_from([",", ";", "\t"]))
def test_streaming_readers_never_raise(data: bytes, delimiter: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(data)
        encoding = sniff_encoding(data, complete=True)
        _check(list(readers.read_jsonl(path, "fuzz", encoding)))
        _check(list(readers.read_delimited(path, "fuzz", delimiter, encoding)))
        _check(list(readers.read_parquet(path, "fuzz")))


@FAST
@given(data=hostile, fmt=st.one_of(st.none(), st.sampled_from(FORMATS)))
def test_any_file_in_any_forced_format_gives_rows_or_rejects(data: bytes, fmt: str | None) -> None:
    """(A CSV or Parquet file with a header and no rows holds no record: nothing to count.)"""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(data)
        try:
            records = read_records(path, fmt)
            chunks = list(records)
        except EtlError:
            return
        _check(chunks)
        if not data.strip():
            assert [r.reason for c in chunks for r in c.rejects] == ["unknown_format"]


@FAST
@given(data=st.binary(max_size=500))
def test_decoding_never_raises_and_detection_names_a_known_format(data: bytes) -> None:
    text, _ = decode(data)
    assert isinstance(text, str)
    assert readers.detect(data, complete=True) in (None, *FORMATS)


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(st.tuples(st.one_of(st.none(), any_text), any_text), min_size=1, max_size=4))
def test_extractor_never_fails_on_a_paper(texts: list[tuple[str | None, str]]) -> None:
    papers = pa.table(
        {
            "paper_id": [f"p{i}" for i in range(len(texts))],
            "title": [t for t, _ in texts],
            "abstract": [a for _, a in texts],
        }
    )
    table, rejects, n = extract_canonical(papers)
    assert not rejects, rejects[0].message
    assert n == len(texts)
    assert table.schema.equals(spec("results").arrow_schema, check_metadata=False)
    by_id = {f"p{i}": t for i, t in enumerate(texts)}
    for row in table.select(["paper_id", "section", "span_start", "span_end", "text"]).to_pylist():
        title, abstract = by_id[row["paper_id"]]
        source = abstract if row["section"] == "abstract" else title
        assert source[row["span_start"] : row["span_end"]] == row["text"]


NUMBERISH = st.from_regex(  # exponents up to 2 digits: larger ones are the known bug below
    r"[~<>≈±+\-−]?[0-9]{1,12}([.,][0-9]{1,6})?(e[+-]?[0-9]{1,2})?\s?(%|x|×|B|M|K|k|pp|points|times|hours)?",
    fullmatch=True,
)


def test_huge_exponent_is_not_a_crash() -> None:
    """A number no float holds is no result; the paper's other results survive."""
    results = extract_text("FooNet reaches 85.1% accuracy on ImageNet with 1e400 tokens.")
    assert [r.text for r in results] == ["85.1%"]


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(parts=st.lists(st.one_of(NUMBERISH, any_text.map(lambda t: t[:20])), max_size=25))
def test_extractor_on_number_soup_keeps_exact_spans(parts: list[str]) -> None:
    text = " ".join(parts)
    for r in extract_text(text):
        assert text[r.span_start : r.span_end] == r.text
        assert r.value is None or r.value == r.value  # never NaN
