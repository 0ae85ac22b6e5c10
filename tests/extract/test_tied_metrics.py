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
    assert _metric(text, "0.78") == "mean AUC"


def test_second_by_repeats_the_change():
    text = "FooRoute reduces average trip time by 12.0% relative to fixed plans and by 4.1% relative to DQN agents."
    assert _metric(text, "4.1%") == "average trip time"


def test_compared_change_after_a_subject_change():
    text = "Attack success falls sharply, while over-refusal on XSBench rises by just 0.9 points, compared with 9.2 points for DPO."
    assert _metric(text, "0.9 points") == "over-refusal"
    assert _metric(text, "9.2 points") == "over-refusal"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a count of a noun that is no metric: what is fewer is that noun, not a score of the sentence
        (
            "FooMatch reaches 79.5% accuracy with only 250 labeled images, 12x fewer than BarMatch.",
            "12x",
            "labeled images",
        ),
        (
            "The policy reaches an 88% success rate with 6 demonstrations, 4x fewer than BC.",
            "4x",
            "demonstrations",
        ),
        (
            "Using 12 retrieved passages, i.e. 2x fewer than FooRAG, it reaches 50.3 EM.",
            "2x",
            "retrieved passages",
        ),
        ("The student uses 4 GPUs, 2x fewer than the teacher, and reaches 80.1% accuracy.", "2x", "GPUs"),
        # a cost noun phrase is kept whole, not cut down to its cost word
        ("FooAgent solves 58% of tasks with 4 tool calls, a 3x reduction over BarAct.", "3x", "tool calls"),
        (
            "It attains 35.0 mAP after 36 training epochs, a 5x reduction compared to FooDETR.",
            "5x",
            "training epochs",
        ),
    ],
)
def test_count_before_a_cut_is_what_is_cut(text, value, metric):
    assert _metric(text, value) == metric


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a score is never what is fewer or sped up
        ("It needs only 10 epochs to reach 41.5 AP on FooDet, 8x fewer than BarDETR.", "8x"),
        ("It attains 70.9% accuracy with 12 frames, a 2.2x speedup over FooFormer.", "2.2x"),
    ],
)
def test_score_before_a_cut_or_a_speedup_is_not_its_metric(text, value):
    assert _metric(text, value) is None
