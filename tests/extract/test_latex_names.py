"""LaTeX markup and debris in context fields (board review, shape M): font commands inside a phrase, a
citation after a name, "\\sim" printed as "sim", "\\times$" closing math the number opened. Invented."""

from __future__ import annotations

from etl.extract.latex_names import tidy_name, unwrap_fonts
from tests.extract.helpers import table_rows


def _row(text: str, number: str) -> dict:
    for r in table_rows(text):
        if text[r["span_start"] : r["span_end"]].startswith(number):
            return r
    raise AssertionError(f"{number!r} not extracted")


def test_font_commands_are_unwrapped() -> None:
    assert (
        unwrap_fonts("the prior \\emph{strong} detector and {\\bf FooNet}")
        == "the prior strong detector and FooNet"
    )


def test_a_citation_after_a_name_is_dropped() -> None:
    assert tidy_name("older BarNet~\\cite{bar2019}") == "older BarNet"


def test_a_citation_that_is_the_name_keeps_its_key() -> None:
    assert tidy_name("\\citet{Doe2020}") == "[Doe2020]"
    assert tidy_name("the parser of \\cite{Roe2018}") == "the parser of [Roe2018]"


def test_sim_glued_to_a_size_is_no_name() -> None:
    assert tidy_name("sim13B") is None
    assert tidy_name("simCLR") == "simCLR"  # a name that starts with "sim"


def test_edge_tilde_is_dropped() -> None:
    assert tidy_name("earlier release~") == "earlier release"


def test_markup_inside_a_baseline_does_not_cut_it() -> None:
    text = "FooSeg gains 4.1\\% Dice over the earlier \\textit{best-performing} segmenter."
    assert _row(text, "4.1")["baseline"] == "earlier best-performing segmenter"


def test_group_font_after_the_head_is_kept() -> None:
    text = "BazKG reaches a 7\\% relative gain over the strong {\\it QuxE} in terms of MRR."
    assert _row(text, "7")["baseline"] == "strong QuxE"


def test_a_number_in_bold_after_by_is_no_baseline() -> None:
    text = "Our denoiser outperforms the strongest earlier methods by more than \\textbf{2dB}."
    assert _row(text, "2dB")["baseline"] == "strongest earlier methods"


def test_times_closing_the_math_the_number_opened_is_not_in_the_text() -> None:
    text = "Our scheduler gives a $3.5\\times$ reduction in queueing delay."
    assert _row(text, "3.5")["text"] == "3.5\\times"


def test_times_in_its_own_math_keeps_both_dollars() -> None:
    text = "Our scheduler gives a 3.5$\\times$ reduction in queueing delay."
    assert _row(text, "3.5")["text"] == "3.5$\\times$"
