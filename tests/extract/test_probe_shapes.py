"""Shapes found by probing invented listing-style sentences (2023-2025 ML abstracts), one behaviour each;
the sentences are made up for the test."""

from __future__ import annotations

from etl.extract import extract_text
from tests.extract.helpers import hit


def test_the_verb_scores_is_no_metric():
    assert hit("BazChat scores 8.21 on MT-Bench.", "8.21").metric is None


def test_the_noun_scores_still_is_one():
    assert hit("The F1 scores 80.1 and 81.2 are shown for FooNER.", "80.1").metric == "F1 scores"


def test_a_context_window_is_no_data_size():
    text = "FooRope extends the context window of Llama-2-7B to 128K tokens."
    assert [r.text for r in extract_text(text)] == ["7B"]


def test_training_tokens_stay_a_data_size():
    assert hit("We train FooCoder on 128K tokens of code.", "128K tokens").kind.value == "data_size"


def test_trailing_a_system_is_a_drop_against_it():
    r = hit("FooLM trails GPT-4 by only 2.4% on MMLU.", "2.4%")
    assert (r.kind.value, r.value, r.baseline, r.model) == ("improvement", -2.4, "GPT-4", "FooLM")


def test_behind_a_system_is_a_drop():
    r = hit("FooLM is only 1.5% behind its 7B counterpart.", "1.5%")
    assert (r.kind.value, r.value) == ("improvement", -1.5)


def test_lagging_behind_names_the_baseline_and_the_subject():
    r = hit("FooLM lags behind GPT-4 by 2.0 points.", "2.0 points")
    assert (r.baseline, r.model) == ("GPT-4", "FooLM")


def test_a_value_with_its_gain_in_brackets_is_a_score():
    text = "FooMath reaches 94.1% (+6.2%) on GSM8K and 71.5% (+9.8%) on MATH."
    got = [(r.text, r.kind.value, r.dataset) for r in extract_text(text)]
    assert got == [
        ("94.1%", "score", "GSM8K"),
        ("+6.2%", "improvement", "GSM8K"),
        ("71.5%", "score", "MATH"),
        ("+9.8%", "improvement", "MATH"),
    ]


def test_a_bracketed_gain_starts_no_list_of_gains():
    text = "FooMath reaches 55.1% on GSM8K (+4.3%) and 30.2% on MATH."
    assert hit(text, "30.2%").kind.value == "score"


def test_a_gain_by_a_value_stays_a_gain_with_its_bracket():
    assert hit("FooMath improves accuracy by 5% (+2 points).", "5%").kind.value == "improvement"


def test_lower_is_better_generation_metrics_cut_are_gains():
    r = hit("FooVid has 35% lower FVD than Make-A-Video.", "35%")
    assert (r.kind.value, r.value) == ("improvement", 35.0)
    assert hit("FooDepth reduces AbsRel by 12% on KITTI.", "12%").value == 12.0


def test_a_latency_cut_stays_a_reduction():
    assert hit("FooServe cuts latency by 30%.", "30%").kind.value == "reduction"


def test_prefixed_fid_values_are_scores():
    got = [(r.text, r.metric) for r in extract_text("FooGen gets an rFID of 0.89 and a gFID of 2.1.")]
    assert got == [("0.89", "rFID"), ("2.1", "gFID")]


def test_losing_accuracy_is_a_drop():
    r = hit("Pruned with FooPrune, the model loses only 0.6% top-1 accuracy.", "0.6%")
    assert (r.kind.value, r.value) == ("improvement", -0.6)


def test_spider_the_data_set_is_no_spider_the_metric():
    text = "FooSQL reaches 86.2% execution accuracy on Spider and 65.3% on BIRD."
    assert [(r.metric, r.dataset) for r in extract_text(text)] == [
        ("execution accuracy", "Spider"),
        ("execution accuracy", "BIRD"),
    ]


def test_a_kept_share_of_the_original_performance_is_a_score():
    text = "FooVLM reduces visual tokens by 88.9% while maintaining 97.3% of the original performance."
    assert hit(text, "97.3%").kind.value == "score"
    assert hit(text, "88.9%").kind.value == "reduction"


def test_a_kept_share_of_the_original_cost_is_a_reduction():
    assert hit("With FooKV, memory is reduced to 30% of the original.", "30%").kind.value == "reduction"


def test_subjects_of_cost_verbs_are_the_model():
    assert hit("FooLM uses 40% fewer training tokens than Llama-3.", "40%").model == "FooLM"
    assert hit("FooSeg runs at 120 FPS on a V100.", "120").model == "FooSeg"


def test_lowering_a_cost_relative_to_a_baseline_is_a_reduction():
    r = hit("ZipAttn lowers peak memory by 3.7x relative to FP16 inference.", "3.7x")
    assert (r.kind.value, r.model, r.baseline) == ("reduction", "ZipAttn", "FP16 inference")


def test_a_name_closing_a_naming_sentence_is_the_proposed_method():
    text = "We propose DocFoo. Our method outperforms the strongest baseline by 9.8% in F1 on DocVQA."
    assert hit(text, "9.8%").model == "DocFoo"


def test_a_bare_value_compared_for_another_system_is_its_score():
    r = hit("FooGen attains an FID of 5.1, compared with 7.27 for SDXL.", "7.27")
    assert (r.kind.value, r.model) == ("score", "SDXL")


def test_a_percent_compared_for_another_system_is_that_system_s():
    assert hit("FooVid reaches 81.2% on UCF101, compared with 77.5% for CLIP.", "77.5%").model == "CLIP"


def test_sizes_of_a_data_set_built_and_described_after_its_name():
    text = "We build BarSound, containing 1.2 million audio clips with 3.4 million captions."
    assert [(r.dataset, r.model) for r in extract_text(text)] == [("BarSound", None), ("BarSound", None)]


def test_hyphenated_video_pairs_are_data():
    assert (
        hit("We collect a dataset of 10.7 million video-text pairs.", "10.7 million").kind.value
        == "data_size"
    )


def test_what_a_cut_is_of_is_written_right_after_it():
    assert hit("FooRL needs 3 times fewer environment interactions than PPO.", "3 times").metric == (
        "environment interactions"
    )
    assert hit("FooCodec achieves a 40% lower bitrate than EnCodec.", "40%").metric == "bitrate"


def test_a_smaller_model_names_no_metric():
    assert hit("FooLM matches a 2x smaller model.", "2x").metric is None


def test_later_bare_values_of_a_list_that_named_its_metric_are_scores():
    text = "FooSQL reaches 86.2 EX on Spider, 65.3 on BIRD and 70.1 on KaggleDBQA."
    assert [(r.text, r.metric, r.dataset) for r in extract_text(text)] == [
        ("86.2", "EX", "Spider"),
        ("65.3", "EX", "BIRD"),
        ("70.1", "EX", "KaggleDBQA"),
    ]


def test_each_cut_of_a_list_keeps_its_own_metric():
    text = "FooEdge cuts inference latency by up to 60% and energy consumption by 45%."
    assert [r.metric for r in extract_text(text)] == ["inference latency", "energy consumption"]


def test_more_work_per_second_than_a_system_is_a_speedup():
    r = hit("FooServe serves 2.7 times more requests per second than vLLM.", "2.7 times")
    assert (r.kind.value, r.model, r.baseline) == ("speedup", "FooServe", "vLLM")


def test_more_things_than_a_system_is_still_no_result():
    assert extract_text("FooIE finds 20 times more entities than BarIE.") == []


def test_sizes_of_distilled_students_are_parameter_counts():
    got = [r.text for r in extract_text("The 70B teacher is distilled into 8B and 3B students.")]
    assert got == ["70B", "8B", "3B"]


def test_a_count_of_students_is_still_no_result():
    assert extract_text("The course has 300 students.") == []


def test_a_cost_that_falls_is_a_reduction():
    assert hit("Retrieval latency falls by 73% with FooIndex.", "73%").kind.value == "reduction"
    assert hit("The error rate of FooIndex falls by 12%.", "12%").value == 12.0  # an error falling: a gain


def test_a_gain_by_an_average_of_is_a_gain():
    text = "FooGNN improves node classification accuracy by an average of 3.6% on Cora."
    assert hit(text, "3.6%").kind.value == "improvement"


def test_each_gain_keeps_the_benchmark_written_before_it():
    text = "FooKG boosts Hits@10 on FB15k-237 by 4.2 points and on WN18RR by 2.7 points."
    assert [r.dataset for r in extract_text(text)] == ["FB15k-237", "WN18RR"]


def test_forecasting_errors_cut_are_gains_and_rl_metrics_are_metrics():
    assert hit("FooTS achieves a 5.4% lower MASE than training from scratch.", "5.4%").value == 5.4
    assert hit("FooBandit attains a regret of 0.12.", "0.12").metric == "regret"
    assert hit("FooRet reaches an MRR@10 of 0.412 on MS MARCO.", "0.412").metric == "MRR@10"


def test_the_second_side_of_a_shape_is_no_count():
    assert extract_text("FooDiff generates 1024×1024 images in under a second.") == []


# --- guards from the review of the probe fixes (helper review6)


def test_the_idea_behind_a_system_names_no_baseline():
    assert (
        hit("The key idea behind FooNet is sparse attention, which cuts memory by 40%.", "40%").baseline
        is None
    )


def test_a_quality_at_low_cost_that_falls_is_a_drop():
    r = hit("Performance at low latency falls by only 1.2% with FooQuant.", "1.2%")
    assert (r.kind.value, r.value) == ("improvement", -1.2)


def test_a_list_of_gains_does_not_turn_its_second_value_into_a_score():
    text = "FooMT outperforms the strongest baseline by 3.2 BLEU on WMT14 and 2.5 on WMT16."
    assert all(r.kind.value != "score" for r in extract_text(text))


def test_a_model_the_method_improves_is_not_also_its_baseline():
    r = hit("Our method improves Llama-3-8B-Instruct by 5.2 points on LongBench.", "5.2 points")
    assert (r.model, r.baseline) == ("Llama-3-8B-Instruct", None)
    assert hit("LoRA improves BERT-base by 1.2 points over full fine-tuning.", "1.2 points").model == "LoRA"


def test_a_model_presented_with_its_sizes_is_no_data_set():
    text = "We present FooNet, with 12M parameters and 5,000 training images."
    assert hit(text, "5,000").dataset is None


def test_a_cost_kept_at_a_share_of_the_original_stays_a_reduction():
    text = "FooPrune reduces FLOPs to 40% of the original with no performance loss."
    assert hit(text, "40%").kind.value == "reduction"
