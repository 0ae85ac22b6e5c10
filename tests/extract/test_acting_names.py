"""acting_names.py (split out of proposed.py): a new name acting as a sentence's subject is the paper's own
method only when something ties it to the paper. Sentences are invented."""

from __future__ import annotations

from etl.extract.acting_names import acting_name


def test_an_acting_name_the_title_spells_is_the_method():
    abstract = "Tables are hard. GloTab mixes row attention. GloTab beats boosting on 12 tasks."
    assert acting_name("Global Tabular Attention", abstract) == "GloTab"


def test_an_acting_name_in_an_abstract_without_we_is_the_method():
    abstract = (
        "Citations are many. QuillRank encodes paragraphs. On two corpora QuillRank attains 44.2% recall."
    )
    assert acting_name("Hierarchical Citation Ranking", abstract) == "QuillRank"


def test_a_studied_name_in_an_abstract_with_we_is_not_the_method():
    # counter-example: the authors speak, and nothing ties the name to them
    abstract = "StormCastX predicts rain. StormCastX outperforms persistence. We propose a new skill score."
    assert acting_name("Rethinking Nowcast Scores", abstract) is None
