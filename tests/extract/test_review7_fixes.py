"""Findings of the session's read-only review (review7), one behaviour each; invented sentences."""

from __future__ import annotations

from etl.extract import context, extract_text
from tests.extract.helpers import hit, model


def test_a_drop_in_an_error_metric_after_the_value_is_a_gain():
    r = hit("Pruning causes a drop of 0.4 in WER on LibriSpeech test-clean.", "0.4")
    assert (r.kind.value, r.value) == ("improvement", 0.4)


def test_a_drop_of_a_quality_metric_stays_negative():
    assert hit("It costs a BLEU drop of only 0.3 on WMT14.", "0.3").value == -0.3


def test_a_hyper_parameter_set_lower_than_another_is_no_gain():
    assert extract_text("The learning rate of the student is 0.5 lower than that of the teacher.") == []


def test_a_threshold_set_above_a_mean_is_no_gain():
    assert extract_text("The confidence threshold is set 0.1 above the mean score.") == []


def test_a_metric_value_higher_than_a_system_stays_a_gain():
    text = "FooMoE achieves a ROUGE-L of 40.1 on NotesSum, 4.5 higher than the dense baseline."
    assert hit(text, "4.5").kind.value == "improvement"


def test_plural_things_after_a_presented_name_are_no_data_set():
    assert model("We present FooBot, 12 trained policies that reach a 78% success rate.", "78%") == "FooBot"


def test_screenshots_after_a_collected_name_make_it_a_data_set():
    text = "We collect ScreenSet, 1.3M screenshots with grounded instructions."
    assert hit(text, "1.3M").dataset == "ScreenSet"


def test_an_unhyphenated_eval_title_name_is_a_method():
    title = "PromptEval: Efficient Multi-Prompt Evaluation"
    assert context.proposed_names(title, "PromptEval estimates performance.") == ("PromptEval", None)


def test_a_hyphenated_eval_title_name_is_a_benchmark():
    title = "LongWrite-Eval: Evaluating Ultra-Long Generation"
    assert context.proposed_names(title, "We build LongWrite-Eval.") == (None, "LongWrite-Eval")


def test_a_fronted_kind_of_system_is_no_data_set():
    assert hit("On Large Language Models, our probe reaches 91.2% accuracy.", "91.2%").dataset is None


def test_a_real_dataset_is_no_real_robot_run():
    assert not context.own_setting("On a real dataset from a hospital, it reaches 80%.", 0, 49)


def test_a_real_robot_arm_is_an_own_setting():
    assert context.own_setting("On a real Franka arm, success rises to 73%.", 0, 42)


def test_a_memory_value_lends_no_metric_to_the_score_after_it():
    text = "The model requires 24 GB of GPU memory for training and achieves 71.2% on MMLU."
    assert hit(text, "71.2%").metric is None


def test_gains_listed_with_their_own_measure_keep_it():
    text = "FooNet reaches 82.3% accuracy on A and 71.6% F1 on B, and improves latency by 2.1% and 1.4%."
    assert hit(text, "2.1%").metric == "latency"


def test_a_name_before_a_system_noun_after_for_is_the_model():
    text = "The proposed architecture achieves 28.6 AP for VGG16 and 35.2 AP for ResNet101 networks."
    assert model(text, "35.2") == "ResNet101"


def test_an_increase_in_perplexity_is_a_loss():
    assert hit("Quantization causes an increase of 0.3 in perplexity.", "0.3").value == -0.3


def test_an_increase_in_bleu_stays_a_gain():
    assert hit("Fine-tuning gives an increase of 1.2 in BLEU.", "1.2").value == 1.2


def test_the_first_bare_value_a_loss_verb_governs_is_found():
    r = hit("The pruned model loses 2.1 on ARC and 1.3 on HellaSwag.", "2.1")
    assert (r.kind.value, r.value, r.dataset) == ("improvement", -2.1, "ARC")


def test_a_bare_value_after_drop_without_a_named_place_is_no_gain():
    assert extract_text("We drop 2.5 in the first stage.") == []
