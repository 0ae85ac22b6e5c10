"""Baselines of a speed-up or a cost cut set by a level comparison ("comparable results with X while
using 40x fewer parameters"), loose comparison phrases ("w.r.t. X") when a system follows, and "over"
followed by an adverb and a number as a qualifier, not a compared system."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_comparable_with_sets_the_baseline_of_a_reduction() -> None:
    text = "On four reading tasks we obtain comparable results with RoBERTa, while using about 40 times fewer parameters."
    assert hit(text, "40 times").baseline == "RoBERTa"


def test_on_par_with_sets_the_baseline_of_a_speedup() -> None:
    text = "Our parser performs on par with the strongest chart parsers while being at least 6x faster."
    assert hit(text, "6x").baseline == "strongest chart parsers"


def test_the_same_accuracy_as_sets_the_baseline() -> None:
    text = "The model reaches the same accuracy as TuckER with 12x fewer parameters."
    assert hit(text, "12x").baseline == "TuckER"


def test_matching_names_the_owner_of_the_performance() -> None:
    text = "A 2B model trained this way matches the downstream performance of dense pre-training while using 28% less data."
    assert hit(text, "28%").baseline == "dense pre-training"


def test_matching_as_part_of_a_noun_is_no_comparison() -> None:
    text = "It plugs into most graph matching networks, using only 1/30 parameters of the original head."
    assert hit(text, "1/30").baseline is None


def test_comparable_to_is_no_baseline_of_a_gain() -> None:
    text = "Our tagger is comparable to FooTag on news and improves accuracy by 2.3% on tweets."
    assert hit(text, "2.3%").baseline is None


def test_wrt_a_system_is_the_baseline() -> None:
    text = "On two sketch datasets, our network yields up to 11.2% improvement in accuracy w.r.t. competing methods."
    assert hit(text, "11.2%").baseline == "competing methods"


def test_with_respect_to_a_metric_is_no_baseline() -> None:
    text = "Our tagger gains 4.1% with respect to recall on the rare classes."
    assert hit(text, "4.1%").baseline is None


def test_over_an_adverb_and_a_number_is_a_qualifier() -> None:
    text = "FooGAE beats the strongest baseline over absolute 0.231 macro-F1 on two graphs."
    assert hit(text, "0.231").baseline == "strongest baseline"


def test_a_sentence_opening_likeness_is_no_baseline() -> None:
    text = "Similar to earlier pruning work, we remove 45% of the weights of the decoder."
    assert hit(text, "45%").baseline is None
