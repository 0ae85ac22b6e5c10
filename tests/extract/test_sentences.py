"""Sentence spans: where one sentence ends and the next begins."""

from __future__ import annotations

from etl.extract.sentences import split


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split(text)]


def test_a_sentence_may_open_with_a_latex_macro() -> None:
    text = r"It is fast. \sysname{} also tops the board on WikiQA."
    assert _sentences(text) == ["It is fast.", r"\sysname{} also tops the board on WikiQA."]


def test_an_abbreviation_before_a_macro_does_not_end_the_sentence() -> None:
    text = r"See the results, e.g. \cite{smith} for details."
    assert _sentences(text) == [text]


def test_a_stop_before_a_lower_case_word_does_not_end_the_sentence() -> None:
    text = "The gain is 2.5 in total. it stays."
    assert _sentences(text) == [text]
