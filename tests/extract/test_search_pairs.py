"""Two search times sharing their time words (etl/extract/kinds.py `_search_pair`)."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


def test_two_search_costs_joined_by_and_are_two_scores() -> None:
    text = "The architecture search only costs 0.7 and 3 GPU hours on the small and large spaces."
    assert _found(text) == [("0.7", "score", 0.7), ("3 GPU hours", "score", 3.0)]


def test_two_search_costs_in_bold_keep_the_bare_numbers_as_text() -> None:
    text = "The search only costs \\textbf{0.7} and \\textbf{3} GPU hours on the two spaces."
    assert _found(text) == [("0.7", "score", 0.7), ("3", "score", 3.0)]


def test_counts_of_gpus_in_a_search_are_no_search_time() -> None:
    assert _found("We search with 2 and 4 GPUs for the largest spaces.") == []
