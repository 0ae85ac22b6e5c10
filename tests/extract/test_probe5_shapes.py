"""Shapes found in the fifth probe round (invented listing-style sentences), one behaviour each; the
sentences are made up for the test."""

from __future__ import annotations

from etl.extract import extract_text
from tests.extract.helpers import hit


def test_a_compared_bare_value_for_a_described_system_is_its_score():
    r = hit("FooNet achieves 45.1 mAP on COCO, compared with 42.0 for the previous best detector.", "42.0")
    assert (r.kind.value, r.model) == ("score", "the previous best detector")


def test_a_compared_value_with_its_metric_keeps_its_own_system():
    text = "FooNet achieves 45.1 mAP on COCO, compared with 42.0 mAP for the previous best detector."
    assert hit(text, "42.0").model == "the previous best detector"


def test_a_compared_value_shares_the_data_set_of_the_value_it_is_set_against():
    r = hit("FooLM reaches 71.3% on MMLU, compared with 65.2% for Llama-2-13B.", "65.2%")
    assert (r.dataset, r.model) == ("MMLU", "Llama-2-13B")


def test_for_a_place_not_a_system_still_is_a_place_of_its_own():
    text = "FooMT gains 0.8 BLEU on MuST-C and 4.0 BLEU for Low-resource pairs."
    assert hit(text, "4.0").dataset != "MuST-C"


def test_a_kept_share_of_the_demonstrations_is_a_reduction():
    r = hit("FooBot learns the task with only 10% of the demonstrations.", "10%")
    assert r.kind.value == "reduction"


def test_a_kept_share_of_the_training_examples_is_a_reduction():
    r = hit("Using 25% of the training examples, FooNet reaches 80.1% accuracy.", "25%")
    assert r.kind.value == "reduction"


def test_a_value_below_another_system_is_a_drop_against_it():
    r = hit("Its accuracy is only 1.2% below GPT-4o on MMLU.", "1.2%")
    assert (r.kind.value, r.value, r.baseline) == ("improvement", -1.2, "GPT-4o")


def test_a_value_above_another_system_is_a_gain_against_it():
    r = hit("FooLM scores 2.4 points above Llama-3-70B on GSM8K.", "2.4 points")
    assert (r.kind.value, r.value, r.baseline) == ("improvement", 2.4, "Llama-3-70B")


def test_below_a_threshold_is_no_drop():
    assert hit("The error stays 5% below the threshold.", "5%").kind.value != "improvement"


def test_below_before_the_number_is_no_drop():
    assert hit("FooNet keeps the WER below 5% on LibriSpeech.", "5%").value == 5.0


def test_a_value_after_but_keeps_the_subject_of_the_first():
    text = "FooLM scores 3.1 points below GPT-4 on GSM8K but 2.4 points above Llama-3-70B."
    assert hit(text, "2.4 points").model == "FooLM"


def test_a_new_subject_after_but_takes_over():
    text = "FooLM reaches 80.1% on MMLU, but Llama-3 gets 61.2% on MMLU."
    assert hit(text, "61.2%").model == "Llama-3"


def test_the_subject_of_trains_faster_is_the_model():
    assert hit("FooGNN trains 5x faster than GraphSAINT on ogbn-products.", "5x").model == "FooGNN"


def test_the_subject_of_lands_behind_is_the_model():
    assert hit("On HumanEval, FooCoder lands 4.5% behind the teacher.", "4.5%").model == "FooCoder"


def test_a_setting_after_under_is_no_drop():
    text = "On ImageNet we obtain 88% top-1 accuracy under one budget and 84.3% under a tighter one."
    assert [r.kind.value for r in extract_text(text)] == ["score", "score"]


def test_a_return_past_100_is_a_score():
    r = hit("FooAgent obtains an average return of 812 on HalfCheetah.", "812")
    assert (r.kind.value, r.metric) == ("score", "average return")


def test_an_elo_rating_in_thousands_is_a_score():
    r = hit("FooChat reaches an Elo rating of 1,245 on Chatbot Arena.", "1,245")
    assert (r.kind.value, r.dataset) == ("score", "Chatbot Arena")


def test_a_size_past_100_is_no_score():
    assert extract_text("The model has a vocabulary size of 512 and a hidden size of 768.") == []


def test_memory_in_gigabytes_is_a_score_with_its_memory_noun():
    r = hit("It needs 4.5 GB of GPU memory during training.", "4.5")
    assert (r.text, r.kind.value, r.metric) == ("4.5 GB", "score", "GPU memory")


def test_the_memory_of_a_device_is_no_result():
    assert extract_text("Yet a K40 GPU has only 12GB of memory.") == []


def test_bytes_of_data_are_no_result():
    assert extract_text("We pretrain on 800 GB of text.") == []


def test_a_memory_cut_by_bytes_is_a_reduction():
    assert hit("FooKV reduces the KV cache by 12 GB.", "12").kind.value == "reduction"


def test_a_latency_from_to_in_seconds_gives_two_scores_of_that_latency():
    got = [
        (r.text, r.kind.value, r.metric)
        for r in extract_text("FooServe lowers latency from 14.2 s to 4.9 s.")
    ]
    assert got == [("14.2 s", "score", "latency"), ("4.9 s", "score", "latency")]


def test_the_time_a_job_takes_is_a_score():
    assert hit("FooGen generates an image in 0.3 seconds.", "0.3").kind.value == "score"


def test_minutes_a_job_takes_are_a_score():
    assert hit("The pipeline trains in under 10 minutes on one GPU.", "10 minutes").kind.value == "score"


def test_minutes_per_epoch_are_a_setting():
    assert extract_text("We train for 30 minutes per epoch.") == []
