"""A change tied to the value before it (tied_metrics.py): an appositive speed-up or cut, a relative
clause or a participle of comparison, a value compared with the one before for another system, and a
second "by" of the same change take the metric of that value. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import table_metric as _metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "On the edge board, latency on a Coral TPU decreases from 80 ms to 20 ms, a 4x speedup.",
            "4x",
            "latency",
        ),
        ("The student raises the control rate from 2 Hz to 30 Hz, a 15x speedup.", "15x", "control rate"),
        ("FooKWS reaches 94.0% accuracy with a model size of 25 KB, a 31x reduction.", "31x", "model size"),
        ("BarPose needs 0.42 GFLOPs, a 91% reduction.", "91%", "GFLOPs"),
        ("It reaches 41.0 mAP, a 2.3 gain over the dense baseline.", "2.3", "mAP"),
    ],
)
def test_appositive_change_takes_the_value_before(text, value, metric):
    assert _metric(text, value) == metric


def test_outperforming_list_after_a_metric_list():
    text = "BazCite attains MRR of 40.1% and 35.2%, outperforming the prior best by 4.4% and 3.0% absolute."
    assert _metric(text, "4.4%") == "MRR"
    assert _metric(text, "3.0%") == "MRR"


def test_count_noun_before_fewer():
    assert _metric("TinyFoo has 48M parameters, 45% fewer than its teacher, and runs on phones.", "45%") == (
        "parameters"
    )


def test_no_tie_when_the_change_names_its_own():
    assert _metric("It reaches 41.0 mAP, outperforming X by 1.1 mAP and 2.0 NDS.", "2.0") == "NDS"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "In a reader study, FooMed was judged safe in 90% of cases versus 77% for BarMed.",
            "77%",
            "judged",
        ),
        (
            "Human raters preferred our system in 55.0% of the cases against 21.4% for the runner-up.",
            "21.4%",
            "preferred",
        ),
        (
            "Reviewed by experts, 70% of its summaries were rated fully faithful, compared with 52% for BarSum.",
            "52%",
            "rated fully faithful",
        ),
    ],
)
def test_compared_value_takes_the_value_before(text, value, metric):
    assert _metric(text, value) == metric


def test_compared_value_not_tied_to_a_training_share():
    text = "It reaches a mean AUC of 0.84 on the findings with 1% of the labels, compared with 0.78 for random init."
    assert _metric(text, "0.78") != "labels"


def test_second_by_repeats_the_change():
    text = "FooRoute reduces average trip time by 12.0% relative to fixed plans and by 4.1% relative to DQN agents."
    assert _metric(text, "4.1%") == "average trip time"


def test_compared_change_after_a_subject_change():
    text = "Attack success falls sharply, while over-refusal on XSBench rises by just 0.9 points, compared with 9.2 points for DPO."
    assert _metric(text, "0.9 points") == "over-refusal"
    assert _metric(text, "9.2 points") == "over-refusal"
