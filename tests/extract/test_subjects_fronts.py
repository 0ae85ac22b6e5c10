"""The model a fronted phrase sets before an unnamed subject ("Starting from X, our model", "With X as the
backbone, the agent", "Paired with X, the system"): the numbers of that clause are X's, not those of the
name the title gives; not a model trained anew from X ("Starting from X, we train"), an architecture the method
plugs in ("With a ResNet-34 backbone, our approach"), nor a value compared with. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model

_TITLE = "Quorra: Credit Assignment for Reasoning Models"


def test_starting_from_a_model_then_our_model_is_that_models():
    text = "We propose a new reward. Starting from Mistral-7B-v0.3, our model reaches 61.8% on GSM8K."
    assert model(text, "61.8%", _TITLE) == "Mistral-7B-v0.3"


def test_starting_from_a_model_then_we_train_keeps_it_out():
    text = "We propose a new reward. Starting from Mistral-7B-v0.3, we train a sparse model that reaches 61.8% on GSM8K."
    assert model(text, "61.8%", "A Study of Sparse Training") != "Mistral-7B-v0.3"


def test_a_spaced_name_as_the_backbone_before_the_agent_is_the_model():
    text = "We build a coding agent. With Gemini 1.5 Pro as the backbone, the agent resolves 41.3% of the issues."
    assert model(text, "41.3%", "A Coding Agent") == "Gemini 1.5 Pro"


def test_paired_with_a_model_the_system_gain_is_that_models():
    text = "We train a retrieval trigger. Paired with Qwen2-7B-Instruct, the system improves exact match by 5.1%."
    assert model(text, "5.1%", "Adaptive Retrieval") == "Qwen2-7B-Instruct"


def test_an_architecture_backbone_before_our_approach_is_not_the_model():
    text = "We mix support sets. With a ResNet-34 backbone, our approach achieves 71.2% accuracy on tieredImageNet."
    assert model(text, "71.2%", "Support Mixing for Few-Shot Learning") is None


def test_a_value_compared_with_after_the_fronted_model_is_not_its():
    text = (
        "We build a coding agent. With Gemini 1.5 Pro as the backbone, the agent resolves 41.3% of the issues, "
        "compared with 35.0% for the best open scaffold."
    )
    assert model(text, "35.0%", "A Coding Agent") is None
