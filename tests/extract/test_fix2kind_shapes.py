"""Kind, value and detection shapes from the seventh and eighth probe rounds, one behaviour each; every
sentence is invented for the test."""

from __future__ import annotations

from etl.extract import extract_text
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [r.text for r in extract_text(text)]


# metric names the lexicon lacked, which left their bare values out


def test_a_tm_score_value_is_a_score():
    r = hit("PlumFold reaches a TM-score of 0.83 on the blind targets.", "0.83")
    assert (r.kind.value, r.metric) == ("score", "TM-score")


def test_a_spearman_coefficient_value_is_a_score():
    r = hit("Its predictions reach a Spearman coefficient of 0.64 with the assay.", "0.64")
    assert (r.kind.value, r.metric) == ("score", "Spearman coefficient")


def test_a_real_time_factor_is_a_score():
    r = hit("The vocoder's real-time factor is 0.12 on one CPU core.", "0.12")
    assert (r.kind.value, r.metric) == ("score", "real-time factor")


def test_fvd_and_fid_past_a_hundred_are_scores():
    text = "PlumVid reaches an FVD of 287 on Kinetics and an FID of 132."
    assert hit(text, "287").kind.value == "score"
    assert hit(text, "132").kind.value == "score"


def test_a_count_before_fid_is_no_score():
    assert hit("We sample 6000 videos and compute FID on them.", "6000").kind.value == "data_size"


# a compared system's bare value in parentheses


def test_values_in_parentheses_after_above_are_scores():
    text = "PlumTab reaches a mean AUC of 0.874, above tuned LightGBM (0.861) and TabNet (0.852)."
    assert hit(text, "0.861").kind.value == "score"
    assert hit(text, "0.852").kind.value == "score"


def test_the_ground_truth_value_in_parentheses_is_a_score():
    r = hit("PlumTTS reaches a MOS of 4.02, approaching the ground truth (4.19).", "4.19")
    assert r.kind.value == "score"


def test_a_parenthesised_aside_with_no_value_is_left_out():
    assert _texts("PlumNet ranks above Baseline (3 of 7 runs).") == []


# word multiples


def test_doubles_throughput_without_an_article_is_a_speedup():
    r = hit("Off the shelf, PlumMerge doubles throughput with little loss.", "doubles")
    assert (r.kind.value, r.value, r.unit.value) == ("speedup", 2.0, "x")


def test_double_that_of_another_system_is_a_gain():
    r = hit("It attains a recall of 48.0%, nearly double that of BarCLIP.", "double")
    assert (r.kind.value, r.value) == ("improvement", 2.0)


def test_double_as_an_adjective_is_no_number():
    assert _texts("We observe double descent and a double gradient.") == []
    assert _texts("We double the batch size of the run.") == []


# drops in lower-is-better measures, gaps to a reference


def test_cutting_a_false_refusal_rate_is_a_gain():
    r = hit("PlumGuard reduces the false refusal rate by 35% relative to filtering.", "35%")
    assert (r.kind.value, r.value) == ("improvement", 35.0)


def test_cutting_reward_hacking_is_a_positive_gain():
    r = hit("Used for best-of-N sampling, it reduces reward hacking by 41%.", "41%")
    assert (r.kind.value, r.value) == ("improvement", 41.0)


def test_cutting_repeated_trigrams_is_a_gain():
    r = hit("PlumSum reduces repeated trigrams by 72%.", "72%")
    assert (r.kind.value, r.value) == ("improvement", 72.0)


def test_repeating_data_is_still_a_setting():
    assert _texts("By repeating 0.2% of the data 50 times, recall falls.") == []


def test_a_system_that_lags_by_is_a_drop():
    r = hit("BarLM reaches 70.1% accuracy, while the best open model lags by 6.2%.", "6.2%")
    assert (r.kind.value, r.value) == ("improvement", -6.2)


def test_a_quality_metric_lower_than_another_setting_is_a_drop():
    r = hit("Accuracy on rare dialects is 18% lower than on the standard variety.", "18%")
    assert (r.kind.value, r.value) == ("improvement", -18.0)


def test_a_cost_lower_than_another_system_stays_a_reduction():
    assert hit("Its memory use is 18% lower than that of BarNet.", "18%").kind.value == "reduction"


def test_within_a_share_of_full_fine_tuning_is_a_negative_gain():
    r = hit("PlumLoRA scores 71.2% on MBPP, within 0.6% of full fine-tuning.", "0.6%")
    assert (r.kind.value, r.value, r.qualifier.value) == ("improvement", -0.6, "upper")


def test_a_share_of_training_is_still_a_schedule_point():
    assert _texts("The warm-up covers 5% of training.") == []


# data sizes and token counts that are lengths


def test_a_count_a_model_is_pretrained_on_is_data():
    r = hit("We pretrain PlumCast, a 300M-parameter forecaster, on 14 billion time points.", "14 billion")
    assert (r.kind.value, r.unit.value) == ("data_size", "examples")


def test_a_count_after_using_is_data():
    r = hit("Using 420K automatically verified proofs, we train PlumProver.", "420K")
    assert r.kind.value == "data_size"


def test_a_count_of_gpus_after_training_is_not_data():
    assert _texts("We train on 8 GPUs for two days.") == []


def test_hours_of_a_named_corpus_a_model_is_trained_on_are_data():
    r = hit("We present a recognizer trained on 450 hours of VoxForge.", "450 hours")
    assert (r.kind.value, r.unit.value) == ("data_size", "hours")


def test_hours_included_in_a_corpus_are_data():
    text = "We pretrain PlumWav on 9,000 hours of speech, including 600 hours from children."
    assert hit(text, "600 hours").kind.value == "data_size"


def test_training_time_in_hours_is_not_data():
    assert _texts("Training takes 30 hours on 8 GPUs.") == []


def test_graph_nodes_of_a_graph_scaled_to_are_data():
    r = hit("It scales to ogbn-products200M with 150M nodes.", "150M")
    assert r.kind.value == "data_size"


def test_token_lengths_are_not_data():
    assert _texts("PlumRoPE extends Qwen-2.5-7B to 2M tokens.") == ["7B"]
    assert _texts("It keeps a memory of 128 tokens for reports averaging 90K tokens.") == []
    assert "24,000 tokens" not in _texts("We extend the vocabulary of Gemma-2B with 24,000 tokens.")


def test_a_token_budget_is_a_length():
    assert "8K" not in _texts("With an 8K-token budget, retrieval reaches 61.0% accuracy.")


def test_tokens_a_model_is_trained_on_stay_data():
    r = hit("We pretrain PlumLM on 3T tokens of web text.", "3T tokens")
    assert (r.kind.value, r.unit.value) == ("data_size", "tokens")


# a value whose metric is followed by a word of gain or comparison


def test_a_metric_gain_noun_after_a_listed_score_is_a_gain():
    text = "PlumASR reaches a WER of 2.1% on dev and a 4.4 BLEU gain over cascades."
    assert hit(text, "4.4").kind.value == "improvement"


def test_a_metric_value_higher_than_a_system_is_a_gain():
    r = hit("PlumDet reaches 44.0 AP, 2.6 AP higher than BarDet.", "2.6")
    assert (r.kind.value, r.value) == ("improvement", 2.6)


def test_an_error_metric_lower_than_a_system_is_a_positive_gain():
    r = hit("PlumASR reaches 4.9 WER, 0.7 WER lower than BarASR.", "0.7")
    assert (r.kind.value, r.value) == ("improvement", 0.7)


def test_a_listed_score_with_no_gain_word_stays_a_score():
    assert hit("PlumMT reaches 30.2 BLEU on A and 27.5 BLEU on B.", "27.5").kind.value == "score"


def test_a_percentage_then_a_metric_value_after_by_are_both_gains():
    text = "PlumVid outperforms BarVid by 4.1% and 2.2 mAP respectively."
    assert hit(text, "2.2").kind.value == "improvement"


def test_throughput_higher_than_a_system_is_a_speedup():
    assert hit("Throughput on one H100 is 1.8x higher than BarViT.", "1.8x").kind.value == "speedup"


def test_accuracy_higher_than_a_system_stays_a_gain():
    assert hit("Accuracy on the hard split is 2.5% higher than BarViT.", "2.5%").kind.value == "improvement"
