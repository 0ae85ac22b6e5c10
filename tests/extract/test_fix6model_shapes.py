"""Model shapes of fix round 6 (probe12/probe13): a compared value's system written after "for" as a
lowercase noun phrase or as a later list member, the first value of a from-to pair owned by the system the
text names for it, a metric's name before "scores of" is no system, and "the model" of an unnamed paper
after an earlier sentence trains a known model; one behaviour each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import model

_TITLE = "WeaveNet: Threads for Grasping"


def test_a_compared_value_for_a_lowercase_system_phrase_is_that_systems():
    text = "We propose WeaveNet. WeaveNet grasps 88% of the objects, compared with 52% for behavior cloning."
    assert model(text, "52%", _TITLE) == "behavior cloning"
    assert model(text, "88%", _TITLE) == "WeaveNet"


def test_a_compared_pair_shares_the_system_phrase_after_it():
    text = "We propose WeaveNet. WeaveNet reaches 70% and 0.52, versus 41% and 0.27 for a recurrent planning policy."
    assert model(text, "41%", _TITLE) == "a recurrent planning policy"
    assert model(text, "0.27", _TITLE) == "a recurrent planning policy"


def test_a_compared_value_for_a_setting_or_task_is_no_system():
    text = "We propose WeaveNet. WeaveNet grasps 88% of the objects, compared with 52% for the cluttered setting."
    assert model(text, "52%", _TITLE) == "WeaveNet"
    text = "We propose WeaveNet. WeaveNet reaches 88%, compared with 52% for spatial reasoning."
    assert model(text, "52%", _TITLE) == "WeaveNet"


def test_a_later_compared_list_member_after_a_name_with_digits_is_its_own_systems():
    text = (
        "We propose WeaveNet. WeaveNet runs 4.1x faster, compared with 2.9x for Rapid-3 and 1.7x for Hydra."
    )
    assert model(text, "1.7x", _TITLE) == "Hydra"
    assert model(text, "2.9x", _TITLE) == "Rapid-3"


def test_a_compared_value_for_a_language_is_no_system():
    text = "We propose WeaveNet. WeaveNet reaches 61% accuracy on BarSet, compared with 44% for Finnish."
    assert model(text, "44%", _TITLE) == "WeaveNet"


def test_a_from_value_with_a_name_in_brackets_is_that_systems():
    text = "We propose WeaveNet. WeaveNet lowers the error on BarSet from 21.3% (Echo-large) to 17.2%."
    assert model(text, "21.3%", _TITLE) == "Echo-large"
    assert model(text, "17.2%", _TITLE) == "WeaveNet"


def test_a_from_value_with_a_metric_in_brackets_stays_empty():
    text = "We propose WeaveNet. WeaveNet lowers the error on BarSet from 21.3% (WER) to 17.2%."
    assert model(text, "21.3%", _TITLE) is None


def test_a_from_to_pair_for_a_named_model_is_that_models():
    text = "We propose WeaveNet. On BarQA, answer F1 rises from 48.2 to 63.0 for Orca-2-13B."
    assert model(text, "48.2", _TITLE) == "Orca-2-13B"


def test_a_from_value_on_a_data_set_stays_empty():
    text = "We propose WeaveNet. WeaveNet raises accuracy from 41% to 56% on BarSet."
    assert model(text, "41%", _TITLE) is None


def test_a_from_value_after_starting_from_a_known_model_is_that_models():
    text = (
        "We propose WeaveNet. Starting from Llama-3-8B and training on 5K tasks, WeaveNet raises the pass rate "
        "from 22.5% to 37.1%."
    )
    assert model(text, "22.5%", _TITLE) == "Llama-3-8B"
    assert model(text, "37.1%", _TITLE) == "WeaveNet"


def test_a_from_value_after_an_earlier_applied_to_sentence_is_the_base_models():
    text = (
        "We propose WeaveNet. Applied to Qwen2-VL-7B, WeaveNet drops 70% of visual tokens. "
        "On BarVQA it even raises accuracy from 51.0% to 51.8%."
    )
    assert model(text, "51.0%", _TITLE) == "Qwen2-VL-7B"


def test_a_from_value_of_a_described_prior_method_is_that_methods():
    text = (
        "We propose WeaveNet. WeaveNet lifts the F1 of the strongest previous method from 40.2 to 47.5 in the "
        "first setting and from 44.0 to 50.3 in the second."
    )
    assert model(text, "40.2", _TITLE) == "the strongest previous method"
    assert model(text, "44.0", _TITLE) == "the strongest previous method"
    assert model(text, "47.5", _TITLE) == "WeaveNet"


def test_a_from_value_without_a_named_owner_stays_empty():
    text = "We propose WeaveNet. WeaveNet raises GPU utilization from 38% to 61%."
    assert model(text, "38%", _TITLE) is None


def test_a_metric_name_before_scores_of_is_no_system():
    text = "We propose WeaveNet. WeaveNet obtains ROUGE-1/2/L scores of 44.1/19.0/40.2 on BarSum."
    assert model(text, "44.1", _TITLE) == "WeaveNet"
    text = "We propose WeaveNet. Abstractor-2 obtains ROUGE-1/2/L scores of 44.1/19.0/40.2 on BarSum."
    assert model(text, "44.1", _TITLE) == "Abstractor-2"


def test_scores_as_a_verb_keeps_its_subject():
    text = "We build a quiz. Gemini-1.5 scores 71.5% on average, and Mixtral-8x7B scores 52.0%."
    assert model(text, "71.5%", "A quiz of cultural knowledge") == "Gemini-1.5"


def test_the_model_after_fine_tuning_a_known_model_is_that_model():
    title = "Small data suffices for tool use"
    text = "We fine-tune Mistral-7B on 2,000 tool traces. The resulting model reaches 64.0% on BarTools."
    assert model(text, "64.0%", title) == "Mistral-7B"


def test_the_model_of_an_unnamed_system_stays_empty():
    title = "Small data suffices for tool use"
    text = "We train a compact network on 2,000 tool traces. The resulting model reaches 64.0% on BarTools."
    assert model(text, "64.0%", title) is None
