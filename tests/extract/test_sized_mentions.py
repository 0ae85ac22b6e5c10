"""A model referred to by its size alone ("the 7B model") is the one named model of that size an earlier
sentence trained or ran on; not a model the paper compared with. Sentences are invented."""

from __future__ import annotations

from etl.extract import extract_text
from tests.extract.helpers import model


def test_the_sized_model_is_the_earlier_model_of_that_size():
    text = (
        "We apply our reward to Gemma-2-2B and Gemma-2-9B on 5K puzzles. "
        "After training, the 9B model improves by 7.2 points on ARC-Challenge."
    )
    assert model(text, "7.2 points", "Puzzle Rewards") == "Gemma-2-9B"


def test_the_size_inside_the_phrase_is_that_models_parameter_count():
    text = "Fine-tuning Phi-3-mini-4B on our corpus raises ChartQA accuracy to 79.9%. Our 4B model also beats GPT-4V."
    at = text.index("Our 4B") + len("Our ")
    [r] = [r for r in extract_text(text, title="Chart Corpora") if r.span_start == at]
    assert r.model == "Phi-3-mini-4B"


def test_a_compared_model_of_that_size_is_not_the_antecedent():
    text = (
        "We distil long traces into small models. Our 3B model reaches 40.2% on MATH, compared with 35.1% for "
        "Qwen2.5-3B. The 3B model also improves GSM8K accuracy by 3.0 points."
    )
    assert model(text, "3.0 points", "Small Reasoners") != "Qwen2.5-3B"
