"""The `model` field when no proposed-method name is given and the sentence writes the system itself:
a subject noun phrase, a named technique, a name set off by a parenthetical clause, a base model a
number is reported for. Sentences are made up for the test, one behaviour each."""

from __future__ import annotations

from tests.extract.helpers import model as _model


def test_perfect_auxiliary_before_the_verb_of_result():
    text = "Among the tested learners, SVM classifier has outperformed the others with an accuracy of 81%."
    assert _model(text, "81%") == "SVM classifier"


def test_adverb_in_ly_between_subject_and_verb():
    text = "On CIFAR-10, wide residual networks markedly outperform plain networks by 2.3%."
    assert _model(text, "2.3%") == "wide residual networks"


def test_technique_that_leads_to_a_gain():
    text = "We find that chain-of-thought prompting leads to a 12% gain on GSM8K."
    assert _model(text, "12%") == "chain-of-thought prompting"


def test_won_is_a_verb_of_result():
    text = "The agent played 40 games against experts, of which the robot won 60% after training."
    assert _model(text, "60%") == "the robot"


def test_language_model_head_with_a_participle():
    text = "Surprisingly, a small LM trained on synthetic stories outperforms GPT-2 XL by 4 points."
    assert _model(text, "4 points") == "a small LM trained on synthetic stories"


def test_name_with_a_size_after_for():
    text = "Our prompting scheme yields a 9% gain for Llama-2 13B on average."
    assert _model(text, "9%") == "Llama-2 13B"


def test_name_set_off_by_a_relative_clause():
    text = "For instance, FooNet, which adds a depth branch to BarNet, achieves 3.1% higher mIoU on ScanNet."
    assert _model(text, "3.1%") == "FooNet"


def test_name_set_off_by_a_parenthetical_after_that():
    text = "We show that GPT-4, without any task-specific tuning, exceeds the pass mark by 12 points."
    assert _model(text, "12 points") == "GPT-4"


def test_termed_name_with_a_dimension_prefix():
    text = "The resulting networks, termed 3D FooNet-S, attain 77.2% top-1 accuracy on Kinetics-400."
    assert _model(text, "77.2%") == "3D FooNet-S"


def test_descriptive_apposition_keeps_the_proposed_name():
    text = "We present FooBot, an interactive tutoring system that provides feedback 20% closer to experts."
    assert _model(text, "20%") == "FooBot"


def test_a_name_used_as_a_modifier_is_not_the_subject():
    text = "On the held-out split, an MLP-based predictor achieves an accuracy of 93%."
    assert _model(text, "93%") == "an MLP-based predictor"


def test_our_modified_system_without_a_name_stays_empty():
    text = "On the test set, our ACM-based tracker obtains an improvement of 5.8% over the baseline."
    assert _model(text, "5.8%") is None


def test_gain_reported_for_a_known_model_it_improves():
    # the guideline's own example: "+14.4% on Math-Hard" has model Llama3.1-8B-Instruct
    text = "On LongBench, our method improves Llama-3-8B-Instruct by an average of 5.2 points."
    assert _model(text, "5.2 points") == "Llama-3-8B-Instruct"


def test_gain_of_an_unknown_name_it_improves_stays_with_the_subject():
    text = "FooAug improves BarNet by 2.1% on ScanObjectNN."
    assert _model(text, "2.1%") == "FooAug"
