"""Metric shapes of fix round 6 (list_metrics.py): values compared in order after values that each named
their metric, later members of a list opened by one metric, slash lists under slash metric names.
Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import table_metric as _metric


def test_compared_values_take_the_metrics_in_order():
    text = (
        "On the RoboNav benchmark, FooNav achieves a success rate of 71% and an SPL of 0.52, "
        "compared with 44% and 0.27 for a recurrent baseline."
    )
    assert _metric(text, "44%") == "success rate"
    assert _metric(text, "0.27") == "SPL"


def test_one_compared_value_takes_the_metric_before_it_not_after():
    text = (
        "FooDet reaches a mean average precision of 0.512 on the test set, compared with 0.455 for a "
        "ResNet baseline, and an accuracy of 91.2% on the second task."
    )
    assert _metric(text, "0.455") == "mean average precision"
    assert _metric(text, "91.2%") == "accuracy"


def test_compared_value_after_a_value_then_metric():
    text = "It is small, and it scores 71.4 F1 on the QA set versus 70.9 for the larger model."
    assert _metric(text, "70.9") == "F1"


def test_later_member_of_a_list_opened_by_a_metric():
    text = "On two shops, FooRec achieves HR@10 of 61.2% and 48.3% and NDCG@10 of 35.1% and 27.4%."
    assert _metric(text, "48.3%") == "HR@10"
    assert _metric(text, "27.4%") == "NDCG@10"


def test_list_member_naming_its_own_metric_keeps_it():
    text = "BarID reaches an accuracy of 90.1% and 85.2% F1 on the two sets."
    assert _metric(text, "85.2%") == "F1"


def test_slash_metrics_share_out_slash_values():
    text = "FooSum reaches ROUGE-1/2/L scores of 44.1/20.3/40.7 on the news set."
    assert _metric(text, "44.1") == "ROUGE-1"
    assert _metric(text, "20.3") == "ROUGE-2"
    assert _metric(text, "40.7") == "ROUGE-L"


def test_slash_values_past_the_names_are_not_shared_out():
    # fewer names than values: the values the names reach take them by place; the third is not said (it
    # keeps the plain reading, here the name written before it)
    text = "FooSum reaches ROUGE-1/2 scores of 44.1/20.3/40.7 on the news set."
    assert _metric(text, "44.1") == "ROUGE-1"
    assert _metric(text, "20.3") == "ROUGE-2"


def test_subject_with_its_place_going_from_one_value_to_another():
    text = "With the new planner, the miss rate on KITTI falls from 4.2% to 2.9%, and the model runs faster."
    assert _metric(text, "4.2%") == "miss rate"
    assert _metric(text, "2.9%") == "miss rate"


def test_gain_right_after_a_score_takes_its_metric():
    text = (
        "It reaches a detection rate of 91.3% at one false alarm per hour, 4.2% higher than FooNet, "
        "and the recall is 0.83."
    )
    assert _metric(text, "4.2%") == "detection rate"
    assert _metric(text, "0.83") == "recall"


def test_named_score_after_a_gain():
    text = "Moreover, our method beats the baseline by 3.1% on the RESP Score and raises the accuracy to 80%."
    assert _metric(text, "3.1%") == "RESP Score"


def test_judging_word_before_score_after_a_gain_is_no_name():
    text = "It raises F1 by 1.4 points on the Test score."
    assert _metric(text, "1.4 points") == "F1"


def test_respectively_values_take_coordinated_metric_modifiers():
    text = (
        "TLC outperforms the prior best in image and group scores on the FooGround benchmark by a relative "
        "31% and 8%, respectively."
    )
    assert _metric(text, "31%") == "image scores"
    assert _metric(text, "8%") == "group scores"


def test_from_to_object_with_its_acronym_keeps_the_acronym():
    text = "BRF reduces the error in estimating treatment effects (PEHE) from 0.81 to 0.52 relative to a baseline."
    assert _metric(text, "0.52") == "error in estimating treatment effects (PEHE)"


def test_from_to_object_with_a_bracketed_remark_keeps_its_head():
    text = "It lowers the error of FooNet (our earlier model) from 12.1% to 9.8% on the test set."
    assert _metric(text, "9.8%") == "error"


def test_from_to_object_with_a_count_in_its_place():
    text = "Our model raises the pass rate on a held-out set of 1,200 tasks from 31.4% to 52.7%."
    assert _metric(text, "52.7%") == "pass rate"


def test_gain_after_a_score_with_a_versioned_place():
    text = "FooAgent attains a 64.2% solve rate on FooBench 2.0, 5.1 points above BarAgent, and runs quickly."
    assert _metric(text, "5.1 points") == "solve rate"


def test_gain_naming_its_own_metric_after_a_score_keeps_it():
    text = "FooMT reaches an accuracy of 81.2% on the probe set, 2.3 BLEU higher than BarMT on the news set."
    assert _metric(text, "2.3") == "BLEU"


def test_bracketed_values_after_outperforming_take_the_metrics_in_order():
    text = (
        "FooTTS achieves a word error rate of 1.8% and a speaker similarity of 0.69, outperforming "
        "Bar-2 (2.5% and 0.61, respectively)."
    )
    assert _metric(text, "2.5%") == "word error rate"
    assert _metric(text, "0.61") == "speaker similarity"


def test_opened_list_with_a_place_after_each_value():
    text = "Our network achieves overall accuracies of 95.1% on FooPines and 97.3% on BarCity, and a kappa of 0.93."
    assert _metric(text, "97.3%") == "overall accuracies"
    assert _metric(text, "0.93") == "kappa"
