"""LaTeX font and box commands around a number are read as if absent (etl/extract/latex_marks.py):
one behaviour per test, with made-up sentences."""

from __future__ import annotations

from etl.extract.core import extract_text
from etl.extract.latex_marks import unwrap


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(r.text, r.kind.value, r.value, r.unit.value) for r in extract_text(text)]


def test_a_unit_after_the_closing_brace_is_the_numbers_unit() -> None:
    text = "Our recogniser beats a system trained on \\textit{40,000} hours of private recordings."
    assert _found(text) == [("40,000", "data_size", 40000.0, "hours")]


def test_a_result_points_back_into_the_text_as_written() -> None:
    text = "The tagger reaches \\textbf{91.4\\%} accuracy on the news test set."
    (r,) = extract_text(text)
    assert (r.text, r.span_start, text[r.span_start : r.span_end]) == ("91.4\\%", 27, "91.4\\%")
    assert r.sentence == text


def test_a_group_around_a_name_is_left_alone() -> None:
    assert unwrap("We propose \\textbf{FooNet-2} for parsing.") is None


def test_the_clean_text_drops_only_the_markup() -> None:
    marked = unwrap("costs \\mbox{3.5 mW} here")
    assert marked is not None and marked.clean == "costs 3.5 mW here"


def test_a_bold_number_alone_in_math_is_no_money() -> None:
    text = "We report $\\mathbf{1.2}$ BLEU gains on WMT14 En-De."
    assert _found(text) == [("1.2", "improvement", 1.2, "none")]
