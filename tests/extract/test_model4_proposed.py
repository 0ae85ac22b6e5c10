"""model4: the proposed method's name after "namely", with a "++" suffix, as a title-case name with an
acronym closing its sentence, and after a first proposal whose name turns out to be a data set's;
"as well as" is no baseline cue. Invented sentences, one behaviour per test."""

from __future__ import annotations

from etl.extract.proposed import proposed_names
from tests.extract.helpers import hit


def _method(text: str, title: str = "A Study of Things") -> str | None:
    return proposed_names(title, text)[0]


# ---------------------------------------------------------------- "namely X"


def test_a_name_after_namely_is_the_proposed_method():
    text = (
        "In this paper, we propose a compact retrieval strategy for long documents, namely LORDA. It is fast."
    )
    assert _method(text) == "LORDA"


def test_a_name_after_namely_with_a_comma_is_the_proposed_method():
    text = "Here we present a multi-scale matching network, namely, MatchNetX. It is trained end to end."
    assert _method(text) == "MatchNetX"


def test_the_first_of_a_list_after_namely_is_no_proposed_method():
    text = "We introduce four small encoders, namely, BioTinyFoo, BioMiniFoo, BioNanoFoo and BioPicoFoo."
    assert _method(text) is None


def test_a_mechanism_named_in_an_appositive_is_the_proposed_method():
    text = "We propose a sparse routing mechanism, named Tide Routing, that lets tokens skip layers."
    assert _method(text) == "Tide Routing"


def test_a_definite_name_in_an_appositive_is_the_proposed_method():
    text = "We propose a new model, the Folded Memory Network, which stores past states compactly."
    assert _method(text) == "Folded Memory Network"


# ---------------------------------------------------------------- "X++"


def test_a_name_ending_in_plus_plus_is_read_whole():
    text = "We present GRUX++, a gated unit with built-in memory that trains fast."
    assert _method(text) == "GRUX++"


# ---------------------------------------------------------------- a title-case name with an acronym


def test_a_title_case_name_closing_the_sentence_is_the_proposed_method():
    text = (
        "We studied the order of layers and proposed MIX Transformer. It needs 20% less memory than before."
    )
    assert _method(text) == "MIX Transformer"


def test_a_title_case_name_before_its_purpose_is_the_proposed_method():
    text = "We introduce the Lumen AI Kit to measure pulse from a phone camera."
    assert _method(text) == "Lumen AI Kit"


def test_a_title_case_phrase_without_an_acronym_is_no_name():
    text = "We present Deep Learning Results. They are mixed."
    assert _method(text) is None


# ---------------------------------------------------------------- a data set's acronym is passed over


def test_a_proposal_naming_a_data_set_gives_way_to_the_next():
    text = (
        "We propose an online Crowd Counting (CCT) approach for dense scenes. We then propose Twin Density "
        "Networks (TDN) with shared heads. Results on the CCT19 benchmark and the CCT dataset are strong."
    )
    assert _method(text) == "TDN"


# ---------------------------------------------------------------- "as well as"


def test_as_well_as_is_no_baseline_cue():
    text = (
        "Our encoder improves over the strongest prior system on FooBench, BarBench as well as BazBench, "
        "lowering error rates by 12% on average."
    )
    assert hit(text, "12%").baseline == "strongest prior system"


def test_a_baseline_cut_before_up_to_keeps_no_dangling_words():
    text = (
        "Our layer gives a steady improvement over strong detector baselines of up to 2.3 AP on the KITE "
        "benchmark."
    )
    assert hit(text, "2.3").baseline == "strong detector baselines"
