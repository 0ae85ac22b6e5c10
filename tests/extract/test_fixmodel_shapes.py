"""The model field on probe shapes (rounds 5/6): the system a from-to pair is measured on, the old value
of a pair that belongs to the compared system, compared lists, verbs left out of a parallel clause, a
known model a named method is applied to. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_from_to_pair_of_a_model_named_with_of():
    text = "Noise injection lowers the exact-match rate of Falcon-40B from 71.4% to 22.9%."
    assert model(text, "71.4%") == "Falcon-40B"
    assert model(text, "22.9%") == "Falcon-40B"


def test_from_to_pair_of_a_known_model_the_object_of_a_verb():
    text = "Used as a verifier, GradeNet lifts Mistral-7B-Instruct from 40.2% to 55.8% on a maths benchmark."
    assert model(text, "40.2%", "GradeNet: verifying steps") == "Mistral-7B-Instruct"
    assert model(text, "55.8%", "GradeNet: verifying steps") == "Mistral-7B-Instruct"


def test_second_from_to_pair_takes_the_model_named_in_that_of():
    text = (
        "It cuts the error rate of Falcon-7B from 30.1% to 12.0% and that of Gemma-2-9B from 25.5% to 10.4%."
    )
    assert model(text, "30.1%") == "Falcon-7B"
    assert model(text, "25.5%") == "Gemma-2-9B"
    assert model(text, "10.4%") == "Gemma-2-9B"


def test_from_to_of_a_metric_or_data_set_names_no_model():
    text = "FooTune raises the accuracy of BLEU-tuned outputs on HellaSwag from 70.5% to 77.1%."
    assert model(text, "70.5%", "FooTune: tuning") != "HellaSwag"


def test_old_value_belongs_to_the_system_compared_after_the_pair():
    text = "The FooDepth-L variant lowers AbsRel on NYUv2 from 0.061 to 0.049 relative to BarDepth-2."
    assert model(text, "0.061") == "BarDepth-2"
    assert model(text, "0.049") != "BarDepth-2"


def test_old_value_under_a_named_system():
    text = "Validity rises from 81.2% under GeoDiff to 93.0% with our sampler."
    assert model(text, "81.2%") == "GeoDiff"


def test_old_value_after_a_fronted_comparison():
    text = "Compared with X-Vector-2, the equal error rate drops from 2.05% to 1.31%."
    assert model(text, "2.05%") == "X-Vector-2"


def test_old_value_of_the_named_method_is_the_state_before_it():
    text = "FooPipe raises the utilisation of the accelerators from 38.0% to 61.5%."
    assert model(text, "38.0%", "FooPipe: pipelines") is None
    assert model(text, "61.5%", "FooPipe: pipelines") == "FooPipe"


def test_compared_pair_shares_the_system_named_after_the_second():
    text = "FooDraft reaches a 3.2x speedup, compared with 2.2x and 1.9x for BarSpec-2."
    assert model(text, "2.2x", "FooDraft: drafting") == "BarSpec-2"
    assert model(text, "1.9x", "FooDraft: drafting") == "BarSpec-2"
    assert model(text, "3.2x", "FooDraft: drafting") == "FooDraft"


def test_second_item_of_a_compared_list_has_its_own_system():
    text = (
        "FooSeg reaches a Dice of 84.0%, compared with 78.8% for BarSeg-B and 70.1% for the untuned SegNet-L."
    )
    assert model(text, "78.8%") == "BarSeg-B"
    assert model(text, "70.1%") == "the untuned SegNet-L"


def test_values_in_parentheses_after_ahead_of():
    text = "On MedQA, FooMed-70B scores 84.2%, ahead of BarMed-70B (71.3%) and GPT-4 (80.6%)."
    assert model(text, "71.3%") == "BarMed-70B"
    assert model(text, "80.6%") == "GPT-4"
    assert model(text, "84.2%") == "FooMed-70B"


def test_compared_value_model_does_not_own_later_numbers():
    text = "FooQuant reaches a perplexity of 4.02, against 3.51 for the BF16 model, while keeping 97.5% of its accuracy."
    assert model(text, "97.5%", "FooQuant: quantising") != "BF16"


def test_one_item_and_a_comma_and_open_a_new_clause():
    text = "Gemma-2-27B scores 80.1% in French but only 52.0% in Swahili, and Falcon-40B drops from 77.3% to 41.9%."
    assert model(text, "77.3%") == "Falcon-40B"
    assert model(text, "41.9%") == "Falcon-40B"


def test_a_real_list_after_a_preposition_is_still_a_list():
    text = "FooNet reaches 81.0% on ImageNet, COCO and Places365 combined."
    assert model(text, "81.0%", "FooNet: nets") == "FooNet"


def test_verb_left_out_of_a_parallel_clause():
    text = "Gemma-2-27B finds 41.5% of the bugs, while Falcon-40B finds 35.2% and Mixtral-8x22B 30.7%."
    assert model(text, "41.5%") == "Gemma-2-27B"
    assert model(text, "35.2%") == "Falcon-40B"
    assert model(text, "30.7%") == "Mixtral-8x22B"


def test_verb_left_out_with_its_preposition():
    text = "Gemma-2-27B resolves the conflict in 77.0% of cases and Falcon-40B in 58.5%."
    assert model(text, "58.5%") == "Falcon-40B"


def test_data_sets_in_a_list_are_no_gapped_systems():
    text = "FooNet reaches 81.0% on ImageNet and 44.2 AP on COCO, and 47.5 mIoU on ADE20K."
    assert model(text, "47.5", "FooNet: nets") == "FooNet"


def test_declines_is_a_verb_of_result():
    text = "Scores of every model fall sharply, while Gemma-2-27B declines by only 2.8 points."
    assert model(text, "2.8 points") == "Gemma-2-27B"


def test_a_named_method_applied_to_a_known_model_keeps_its_numbers():
    # the guideline's "the proposed method's own name", as dev's "Applied to LLAMA-family models, HALO ..."
    text = "Applied to Qwen2.5-7B-Instruct, FooTrim shortens responses on GSM8K by 37% while keeping accuracy at 90.2%."
    assert model(text, "37%", "FooTrim: trimming") == "FooTrim"
    assert model(text, "90.2%", "FooTrim: trimming") == "FooTrim"


def test_a_model_built_on_another_is_its_own_system():
    text = "Built on Qwen2-VL-7B, FooChart achieves 84.1% accuracy on ChartQA."
    assert model(text, "84.1%", "FooChart: charts") == "FooChart"


def test_applied_to_an_unknown_name_keeps_the_method():
    text = "Applied to FooSet-3, BarTrim shortens responses by 25%."
    assert model(text, "25%", "BarTrim: trimming") == "BarTrim"


def test_a_sentence_opening_with_the_bare_system_noun_is_about_the_proposed_one():
    text = (
        "We present FooCast, a compact forecaster. The 200M-parameter model forecasts 500 series in a second."
    )
    assert model(text, "200M", "Compact forecasting") == "FooCast"
    text = "We present FooCast, a compact forecaster. The system runs at 60 fps on a laptop."
    assert model(text, "60 fps", "Compact forecasting") == "FooCast"


def test_the_model_of_someone_else_is_no_own_subject():
    text = "We present FooCast, a compact forecaster. The model of the prior study runs at 20 fps."
    assert model(text, "20 fps", "Compact forecasting") != "FooCast"
