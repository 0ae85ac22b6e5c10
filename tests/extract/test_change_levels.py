"""A value in a bracket or after a colon, right after a change in a named metric, is the level reached
(etl/extract/change_levels.py); with a sign, a change word after it, or no metric named, it is not."""

from __future__ import annotations

from etl.extract.core import extract_text


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.kind.value) for r in extract_text(text)]


def test_value_in_brackets_after_a_change_in_a_metric_is_a_score() -> None:
    text = "Our scheme brings steady improvements in test error (5.37% on STL-10)."
    assert _kinds(text) == [("5.37%", "score")]


def test_value_in_brackets_after_a_comparative_metric_is_a_score() -> None:
    text = "Earlier tools fail on noisy scans, but ScanNetX keeps much higher recall (31.5%)."
    assert _kinds(text) == [("31.5%", "score")]


def test_values_after_a_colon_following_a_change_in_a_metric_are_scores() -> None:
    text = (
        "Sparse filters give a large reduction in validation error on the two small street-number digit sets:"
        " 3.12% on SVHN-A and 11.40% on SVHN-B."
    )
    assert _kinds(text) == [("3.12%", "score"), ("11.40%", "score")]


def test_signed_value_in_brackets_stays_a_change() -> None:
    text = "Our model yields higher accuracy (+2.4%) than the baseline."
    assert _kinds(text) == [("+2.4%", "improvement")]


def test_value_with_a_change_word_after_it_stays_a_change() -> None:
    text = "Coaching brings larger improvements in self-reported confidence (14% more) than reading alone."
    assert _kinds(text) == [("14%", "improvement")]


def test_change_naming_no_metric_is_not_read_as_a_level() -> None:
    text = "Our method yields consistent improvements on three benchmarks: 3.2% on CIFAR-10 and 4.1% on SVHN."
    assert _kinds(text) == [("3.2%", "improvement"), ("4.1%", "improvement")]


def test_an_averaged_change_in_brackets_stays_a_change() -> None:
    text = "Our method yields consistent gains in accuracy (2.1% on average across five benchmarks)."
    assert _kinds(text) == [("2.1%", "improvement")]


def test_a_change_in_brackets_compared_with_a_baseline_stays_a_change() -> None:
    text = "Our model achieves a reduction in word error rate (12%) over the hybrid baseline on LibriSpeech."
    assert _kinds(text) == [("12%", "improvement")]


def test_a_hedged_change_in_brackets_stays_a_change() -> None:
    text = "Our approach brings large gains in accuracy (up to 12%) over standard prompting."
    assert _kinds(text) == [("12%", "improvement")]
