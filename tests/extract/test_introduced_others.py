"""A name set off by commas in a first-person sentence is someone else's system when the sentence compares
with it, attacks it, or reads from it (review of the introduced-name rule)."""

import pytest

from etl.extract.core import extract_text

_OWN = " Our approach reaches 91.3 UAS on the treebank, and our approach is fast."


@pytest.mark.parametrize(
    "opening",
    [
        "We outperform a recent parser, UDPipe, by 2.1 LAS. UDPipe is widely used.",
        "We beat a commercial translator, DeepL, on ten pairs. DeepL is strong.",
        "We link entities to Wikidata, a collaborative database. Wikidata grows.",
        "We collect posts from Reddit, a discussion service. Reddit is large.",
    ],
)
def test_someone_elses_system_is_not_the_papers(opening: str) -> None:
    results = extract_text(opening + _OWN)
    uas = [r for r in results if r.text == "91.3"]
    assert uas and uas[0].model is None


def test_the_papers_own_appositive_still_names_it() -> None:
    text = "We distil their scores into a compact student, FooIR. FooIR reaches 41.2 nDCG@10 on BEIR."
    (r,) = [r for r in extract_text(text) if r.text == "41.2"]
    assert r.model == "FooIR"
