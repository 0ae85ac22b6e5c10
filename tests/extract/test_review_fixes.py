"""Fixes from the review of the third session's rules: one behaviour per test, invented sentences."""

from __future__ import annotations

from etl.extract import extract_text
from etl.extract.context import proposed_names
from etl.extract.numbers import candidates
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [text[c.a.start : c.a.end] for c in candidates(text)]


def test_a_gain_written_after_a_plus_is_still_a_number() -> None:
    assert _texts("It reaches 45.3+2.1 on the test split.") == ["45.3", "2.1"]


def test_a_language_version_after_two_pluses_is_not() -> None:
    assert _texts("The tool is written in C++14.") == []


def test_one_fifth_of_the_parameters_is_a_kept_fraction() -> None:
    r = hit("The pruned tagger keeps only one fifth of the parameters of the dense one.", "one fifth")
    assert (r.kind.value, r.value, r.unit.value) == ("reduction", 0.2, "x")


def test_a_count_of_speedups_is_no_factor() -> None:
    assert [r.text for r in extract_text("We report 3 speedups on the two GPUs.")] == []


def test_a_latex_macro_is_no_data_set_name() -> None:
    s = r"We release \SetName, a large corpus comprising over 12,000 transcribed lines of verse."
    assert hit(s, "12,000").dataset is None


def test_namely_before_a_pair_names_no_proposed_method() -> None:
    text = "We study two tasks, namely NER and RE, with one shared encoder."
    assert proposed_names("Shared encoders", text)[0] is None


def test_namely_before_one_name_still_names_it() -> None:
    text = "We introduce a new tagger, namely FooTag, which reads both scripts."
    assert proposed_names("Tagging two scripts", text)[0] == "FooTag"
