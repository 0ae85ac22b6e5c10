"""Pure helpers: arXiv ids, title keys, clean abstracts, encodings."""

from __future__ import annotations

import pyarrow as pa
import pytest

from etl.ingest.normalize import arxiv_id, arxiv_ids, clean_abstract, title_key
from etl.ingest.text import decode, sniff_encoding

IDS = [
    ("http://arxiv.org/abs/2106.15482v2", "2106.15482"),
    ("https://arxiv.org/pdf/2106.15482v1.pdf", "2106.15482"),
    ("arXiv:2001.08361", "2001.08361"),
    ("2403.09611", "2403.09611"),
    ("hep-th/9901001v1", "hep-th/9901001"),
    ("math.AG/0601001", "math.AG/0601001"),
    ("42", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("raw", "want"), IDS)
def test_arxiv_id(raw: str | None, want: str | None) -> None:
    assert arxiv_id(raw) == want


def test_vectorised_arxiv_ids_agree_with_the_scalar_rule() -> None:
    raws = [r for r, _ in IDS]
    assert arxiv_ids(pa.array(raws, pa.string())).to_pylist() == [w for _, w in IDS]


def test_title_key_folds_case_and_spacing() -> None:
    assert title_key("  Straße\n  der   Modelle ") == "strasse der modelle"


def test_clean_abstract() -> None:
    raw = "We gain 5\\% &amp; more &lt;b&gt;\n   on  R\\&D with \\textbf{x}."
    assert clean_abstract(raw) == "We gain 5% & more <b> on R&D with \\textbf{x}."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("café".encode(), "utf-8"),
        ("\ufeffcafé".encode(), "utf-8-sig"),
        ("café".encode("utf-16"), "utf-16"),
        ("café – x".encode("cp1252"), "cp1252"),
        (b"plain ascii", "utf-8"),
    ],
)
def test_encoding_choice(data: bytes, encoding: str) -> None:
    assert sniff_encoding(data, complete=True) == encoding


def test_decode_never_raises_and_keeps_bad_bytes_visible() -> None:
    text, enc = decode("é".encode() + b"\xff")
    assert enc == "utf-8" and text == "é\udcff"
