"""The result cache's keys: computed on batches in the stage, equal to those `split` computes in SQL."""

import hashlib

import pyarrow as pa

from etl.extract.cache import text_keys


def test_keys_are_md5_of_title_nul_abstract_with_nulls_as_empty() -> None:
    titles, abstracts = ["a", None, "é"], ["b", "c", None]
    keys = text_keys(pa.table({"title": titles, "abstract": abstracts})).to_pylist()
    expected = [
        hashlib.md5(f"{t or ''}\x00{a or ''}".encode(), usedforsecurity=False).hexdigest()
        for t, a in zip(titles, abstracts, strict=True)
    ]
    assert keys == expected


def test_keys_do_not_depend_on_other_columns() -> None:
    a = text_keys(pa.table({"paper_id": ["1"], "title": ["t"], "abstract": ["x"]}))
    b = text_keys(pa.table({"paper_id": ["2"], "title": ["t"], "abstract": ["x"]}))
    assert a.equals(b)


def test_keys_from_several_threads_at_once_are_each_their_own() -> None:
    """One DuckDB connection serves every batch (a database per batch cost 30 ms): calls from
    threads must not see each other's batch."""
    from concurrent.futures import ThreadPoolExecutor

    def keys_of(i: int) -> tuple[list[str], list[str]]:
        titles = [f"title {i} {j}" for j in range(200)]
        papers = pa.table({"paper_id": titles, "title": titles, "abstract": ["a"] * 200})
        want = [hashlib.md5(f"{t}\0a".encode()).hexdigest() for t in titles]
        return text_keys(papers).to_pylist(), want

    with ThreadPoolExecutor(4) as pool:
        for got, want in pool.map(keys_of, range(16)):
            assert got == want
