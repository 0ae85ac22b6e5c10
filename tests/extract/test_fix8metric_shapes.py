"""Metric shapes of fix round 8 outside the from-to and tied readings: a subject that changes with a
passive "is cut", an adverb or a bare factor ("is reduced 4.5 times"), a subject after a place phrase
("Across the 16 games its normalized return improves"), an activity that converges or is made faster,
and a component with a place ("its prefill on a phone NPU is 2.2x faster"). Sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import table_metric as _metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "On Blender scenes, PSNR improves by 0.7 dB, while peak memory use is cut by 45%.",
            "45%",
            "peak memory use",
        ),
        (
            "Secure aggregation overhead is reduced 3.2 times, and the round time falls by 20%.",
            "3.2 times",
            "Secure aggregation overhead",
        ),
        (
            "It adds 5.1 AP on novel classes, while base class AP decreases slightly by 0.3 points.",
            "0.3 points",
            "base class AP",
        ),
        ("Across the 12 Atari games its median return improves by 7.5%.", "7.5%", "median return"),
    ],
)
def test_subject_that_changes(text, value, metric):
    assert _metric(text, value) == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Training converges 2.1 times faster than with dense attention.", "2.1 times", "Training"),
        ("Using 20 solver steps instead of 500 makes generation 25 times faster.", "25 times", "generation"),
        (
            "It matches the larger model, while its decoding on a laptop CPU is 3.1x faster.",
            "3.1x",
            "decoding",
        ),
    ],
)
def test_what_is_faster(text, value, metric):
    assert _metric(text, value) == metric


def test_system_that_converges_is_no_activity():
    # the process verb as written is what is faster ("It decodes 6.2x faster" -> "decodes"), not the system
    assert _metric("Our model converges 2x faster than the baseline.", "2x") == "converges"


def test_plain_cut_verb_is_not_a_subject_change():
    # "cuts" with its object: the object is what is cut, not the subject before it
    assert _metric("FooNet cuts latency by 40% on mobile GPUs.", "40%") == "latency"


def test_activity_running_at_a_rate_is_what_is_faster():
    text = "Since only 100 anchors are scored, inference runs at 42 FPS on one A10 GPU, 2.3x faster than RT-DETR."
    assert _metric(text, "2.3x") == "inference"


def test_system_running_at_a_rate_is_no_activity():
    assert _metric("Our detector runs at 45 FPS, 2x faster than YOLO.", "2x") is None


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "It beats FedProx by 2.0%. Communication is 90x lower than sending full gradients.",
            "90x",
            "Communication",
        ),
        (
            "It beats FedRep by 3.1 points. Its communication per round is 0.5% of that of FedAvg.",
            "0.5%",
            "communication per round",
        ),
    ],
)
def test_cost_subject_before_a_share_or_a_comparative(text, value, metric):
    assert _metric(text, value) == metric


def test_system_subject_before_a_comparative_is_no_cost():
    assert _metric("The model is 3x smaller than BERT.", "3x") is None
