"""A data set named in a later clause ("..., and on B ...") is that clause's, not an earlier number's."""

from __future__ import annotations

from tests.extract.helpers import hit

_TWO = "On SQuAD our reader reaches 75.0 EM, and on DROP it reaches 35.5 F1."


def test_the_fronted_data_set_beats_the_next_clauses() -> None:
    assert hit(_TWO, "75.0").dataset == "SQuAD"


def test_the_next_clause_keeps_its_own_data_set() -> None:
    assert hit(_TWO, "35.5").dataset == "DROP"


def test_a_data_set_after_a_break_is_still_taken_when_it_is_the_only_one() -> None:
    assert hit("Our reader reaches 75.0 EM, and this holds on SQuAD.", "75.0").dataset == "SQuAD"
