"""An unnamed system written as a known model under a system noun ("A X agent fine-tuned on ...", "a policy
built on X") is that model. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_a_model_agent_fine_tuned_on_data_is_that_model():
    text = (
        "We synthesize browsing trajectories. A Llama-3.1-8B-Instruct agent fine-tuned on these trajectories "
        "attains a success rate of 33.4% on WebArena."
    )
    assert model(text, "33.4%", "Tracewright: Synthetic Web Trajectories") == "Llama-3.1-8B-Instruct"


def test_a_policy_built_on_a_model_is_that_model():
    text = "We tokenize actions by frequency. Trained on 500k episodes, a policy built on Florence-2 reaches 71.5% success."
    assert model(text, "71.5%", "Frequency Action Tokens") == "Florence-2"


def test_another_clause_after_the_subject_has_its_own_system():
    text = (
        "We synthesize browsing trajectories. A Llama-3.1-8B-Instruct agent fine-tuned on these trajectories "
        "attains 33.4% on WebArena, while GPT-4o reaches 36.2%."
    )
    assert model(text, "36.2%", "Synthetic Web Trajectories") == "GPT-4o"


def test_the_one_model_an_unnamed_method_is_measured_on_owns_its_numbers():
    text = "We drop redundant tokens in middle layers. Our approach cuts the training time of RoBERTa-large by 28%."
    assert model(text, "28%", "Token Dropping for Encoders") == "RoBERTa-large"


def test_a_model_the_unnamed_method_is_compared_with_is_not_its():
    text = "We drop redundant tokens in middle layers. Our approach reaches 88.1% on MNLI, 1.2% above RoBERTa-large."
    assert model(text, "88.1%", "Token Dropping for Encoders") is None
