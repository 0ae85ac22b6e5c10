"""Metric shapes from the leaderboard review: a metric keeps the words before it that say which one it is
("robust accuracy", "3D AP", "mIoU accuracy") and its rank ("Recall-1"), a post-modified name ("success
rate weighted by path length"), values paired with a slash list of metrics or with the list of the sentence
before ("by 1.1% and 1.6%" after "93.2% UAS and 91.0% LAS"), and an empty bracketed metric slot. Sentences are
invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import table_metric as _metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a modifier that says which accuracy / success rate / F1
        (
            "Under PGD attacks, the defended model keeps a robust accuracy of 51.3% on SVHN.",
            "51.3%",
            "robust accuracy",
        ),
        (
            "The planner lifts the task success rate to 62.5% on the kitchen suite.",
            "62.5%",
            "task success rate",
        ),
        ("FooIE reaches a strict F1 of 0.81 on the clinical notes.", "0.81", "strict F1"),
        # a number-like modifier
        ("Our fusion block adds up to 2.4 3D AP on the validation split.", "2.4", "3D AP"),
        # a metric acronym before "accuracy" is part of the name
        ("FooSeg reaches an mIoU accuracy of 52.6% on ADE20K.", "52.6%", "mIoU accuracy"),
        # a participle after the metric is not part of it
        (
            "It reaches 71.5% linear probing accuracy and 84.0% fine-tuning accuracy measured on ImageNet-1K.",
            "84.0%",
            "fine-tuning accuracy",
        ),
        ("The retriever obtains 64.2% Recall-1 on CUB-200.", "64.2%", "Recall-1"),
        (
            "Our agent reaches 44% on success rate weighted by path length in unseen houses.",
            "44%",
            "success rate weighted by path length",
        ),
    ],
)
def test_metric_keeps_the_words_that_name_it(text: str, value: str, metric: str) -> None:
    assert _metric(text, value) == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # words of degree are no part of the name
        ("The classifier reaches a high accuracy of 91.0% on SVHN.", "91.0%", "accuracy"),
        ("FooSeg reaches a competitive accuracy of 80.2% on ADE20K.", "80.2%", "accuracy"),
    ],
)
def test_words_of_degree_stay_out(text: str, value: str, metric: str) -> None:
    assert _metric(text, value) == metric


def test_second_value_takes_the_second_metric_of_the_sentence_before() -> None:
    text = "FooParser reaches 93.2% UAS and 91.0% LAS on the CTB. It outperforms the strongest baseline by 1.1% and 1.6%."
    assert _metric(text, "1.1%") == "UAS"
    assert _metric(text, "1.6%") == "LAS"


def test_one_metric_with_two_gains_is_shared() -> None:
    text = "FooParser improves UAS by 1.1% and 1.6% on the two treebanks."
    assert _metric(text, "1.6%") == "UAS"


def test_slash_values_take_slash_metrics_in_order() -> None:
    text = "The detector reaches 44.0/63.1 AP/AP50 on the val split."
    assert _metric(text, "44.0") == "AP"
    assert _metric(text, "63.1") == "AP50"


def test_slash_metrics_drop_the_shared_score_word() -> None:
    text = "The system obtains 0.51/0.77 PSDS1/PSDS2 scores on the DESED set."
    assert _metric(text, "0.77") == "PSDS2"


def test_slash_values_with_one_metric_share_it() -> None:
    assert _metric("We obtain 27.1/25.3 BLEU on the two test sets.", "25.3") == "BLEU"


def test_empty_bracketed_slot_leaves_the_metric_empty() -> None:
    text = "We reach 61.2% (mIoU), 40.3% (mean ) and 35.0% ( ) on the three tracks."
    assert _metric(text, "61.2%") == "mIoU"
    assert _metric(text, "40.3%") is None
    assert _metric(text, "35.0%") is None
