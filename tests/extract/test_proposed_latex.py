"""The proposed method's name is read through LaTeX font markup and from a lower-case mention of a
"Name: ..." title."""

from __future__ import annotations

from etl.extract.context import proposed_names
from etl.extract.numbers import candidates
from tests.extract.helpers import hit


def test_an_old_style_font_group_around_the_acronym() -> None:
    text = r"We propose a novel Gated Lattice Network ({\it GLN}) that mixes both views."
    assert proposed_names("Lattice networks for tagging", text)[0] == "GLN"


def test_a_textit_name_that_the_title_opens_with() -> None:
    text = r"In this paper, we present \textit{Folded Token Mixing} to compress long contexts."
    assert proposed_names("Folded Token Mixing for Long Documents", text)[0] == "Folded Token Mixing"


def test_a_size_and_font_switch_before_a_title_name() -> None:
    assert proposed_names(r"\LARGE \bf KiteNet: Light Kites for Segmentation", "We train it.")[0] == "KiteNet"


def test_a_colon_title_name_the_abstract_writes_in_lower_case() -> None:
    text = r"To this end, we propose \textit{spectral gated pooling} which adapts to each band."
    assert (
        proposed_names("Spectral Gated Pooling: Band-Aware Audio Tagging", text)[0]
        == "spectral gated pooling"
    )


def test_a_lower_case_phrase_is_no_name_without_a_colon_title() -> None:
    text = "This work proposes a joint tagging-and-parsing framework based on CNNs."
    assert proposed_names("Joint Tagging and Parsing with CNNs", text)[0] is None


def test_the_name_stands_in_for_our_approach() -> None:
    text = (
        r"We present \textit{Folded Token Mixing} to compress contexts. Our approach improves recall by 4.1%."
    )
    assert hit(text, "4.1%", title="Folded Token Mixing for Long Documents").model == "Folded Token Mixing"


def test_a_language_version_is_no_signed_number() -> None:
    text = "The library is written in C++11 and C++ 17."
    assert [text[c.a.start : c.a.end] for c in candidates(text)] == ["17"]
