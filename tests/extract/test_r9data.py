"""Review 9 data set and baseline shapes: slash lists of settings or languages are no data sets, a list
after "such as" is no list of compared systems, the thing whose cost is cut is a baseline only when it is a
system, and a bare "on/in" before a plural data word names no data set; one behaviour each, sentences
invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import hit


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("FooCLIP achieves 68.2%/74.9% in zero-shot/few-shot settings.", "68.2%", "74.9%"),
        ("FooVLM scores 55.0/61.2 in single-image/multi-image settings.", "55.0", "61.2"),
        ("FooMT gains 3.1/1.2 BLEU in low-resource/high-resource regimes.", "3.1", "1.2"),
        ("FooASR reaches 8.1%/9.4% WER in English/Chinese.", "8.1%", "9.4%"),
    ],
)
def test_slash_settings_and_languages_are_no_data_sets(text: str, first: str, second: str):
    assert hit(text, first).dataset is None
    assert hit(text, second).dataset is None


def test_slash_splits_after_on_still_pair_with_slash_values():
    text = "Trained on 300 hours, FooASR reaches 4.2%/8.8% WER on eval-clean/eval-noisy."
    assert hit(text, "4.2%").dataset == "eval-clean"
    assert hit(text, "8.8%").dataset == "eval-noisy"


def test_data_sets_given_as_examples_are_no_compared_systems():
    text = "FooSemi trains well on benchmarks such as CIFAR-10 and SVHN with 90% and 95% fewer labels."
    assert hit(text, "90%").baseline is None
    assert hit(text, "95%").baseline is None


def test_systems_after_the_same_as_pair_with_values():
    text = "FooKG keeps the same accuracy as TransE and ConvE with 6x and 11x fewer parameters."
    assert hit(text, "6x").baseline == "TransE"
    assert hit(text, "11x").baseline == "ConvE"


@pytest.mark.parametrize(
    "text",
    [
        "FooCache reduces the memory footprint of LLM inference by 60%.",
        "FooQuant reduces the storage of KV caches by 4x.",
    ],
)
def test_a_process_or_cache_whose_cost_is_cut_is_no_baseline(text: str):
    number = "60%" if "60%" in text else "4x"
    assert hit(text, number).baseline is None


@pytest.mark.parametrize(
    ("text", "system"),
    [
        ("FooPrune reduces the parameters of RoBERTa-large by 6.5x.", "RoBERTa-large"),
        ("FooPrune reduces the parameters of Qwen-2 7B by 6.5x.", "Qwen-2 7B"),
        ("FooPrune reduces the model size of large language models by 6.5x.", "large language models"),
    ],
)
def test_a_named_system_whose_cost_is_cut_is_the_baseline(text: str, system: str):
    assert hit(text, "6.5x").baseline == system


@pytest.mark.parametrize(
    "text",
    [
        "FooLM scores well on Medical benchmarks with 78.2% accuracy.",
        "FooLM does best on Legal datasets with 78.2% accuracy.",
    ],
)
def test_a_plain_word_after_a_bare_on_before_a_plural_data_word_is_no_data_set(text: str):
    assert hit(text, "78.2%").dataset is None
