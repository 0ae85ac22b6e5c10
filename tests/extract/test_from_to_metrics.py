"""The quantity that changes "from A to B" (from_to_metrics.py): the object of a verb of change, or its
subject, without the place it is measured on; a later pair of the list names its own quantity or shares
the one before; a system that changes is no metric. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import table_metric as _metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "On SegBench, mean latency on a Raspberry Pi 5 falls from 340 ms to 120 ms.",
            "340 ms",
            "mean latency",
        ),
        (
            "On SegBench, mean latency on a Raspberry Pi 5 falls from 340 ms to 120 ms.",
            "120 ms",
            "mean latency",
        ),
        (
            "The controller keeps its success rate while raising the update rate from 5 Hz to 40 Hz.",
            "40 Hz",
            "update rate",
        ),
        ("On the physical pendulum the hold time improves from 12 s to 47 s.", "12 s", "hold time"),
        (
            "FooGraph improves the average PR-AUC across six toxicity tasks from 61.2% to 66.0%.",
            "61.2%",
            "average PR-AUC",
        ),
        (
            "In a user study, the share of answers judged fully correct rises from 54.0% to 71.5%.",
            "71.5%",
            "share of answers judged fully correct",
        ),
    ],
)
def test_quantity_before_from_to(text, value, metric):
    assert _metric(text, value) == metric


def test_later_pair_names_its_own_quantity():
    text = (
        "On NewsRec, BarRank raises AUC from 66.1 to 68.0 and nDCG from 40.2 to 42.9 over daily retraining."
    )
    assert _metric(text, "66.1") == "AUC"
    assert _metric(text, "40.2") == "nDCG"
    assert _metric(text, "42.9") == "nDCG"


def test_later_pair_with_only_a_place_shares_the_quantity():
    text = "It raises exact-match accuracy on SpiderX from 61.0% to 64.2% and on BirdX from 40.5% to 44.1%."
    assert _metric(text, "40.5%") == "exact-match accuracy"
    assert _metric(text, "44.1%") == "exact-match accuracy"


def test_possessor_is_left_out():
    text = "For instance, FooLM-3B's ARC score rises from 41 to 57 and drops from 57 to 30 under paraphrase."
    assert _metric(text, "41") == "ARC score"
    assert _metric(text, "30") == "ARC score"


def test_elided_verb_after_a_by_clause():
    text = "On the knee MRI data, BarRecon improves PSNR by 1.2 dB and SSIM from 0.881 to 0.902 over U-Net."
    assert _metric(text, "0.881") == "SSIM"


def test_bracketed_pair_names_its_own_quantity():
    text = "We reduce the error rate on CelebX by 31.0% (accuracy from 90.10% to 93.17%)."
    assert _metric(text, "90.10%") == "accuracy"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They improve the state of the art on StoryCloze from 12.1% to 47%.", "12.1%"),
        ("On long inputs, FooLM-9B drops from 70.2% to 41.5%.", "70.2%"),
        ("Under label noise, Falcon falls from 64.5% to 41.0% on our benchmark.", "64.5%"),
        ("After tuning on our data, Alpaca rises from 22.0% to 39.5% on MT-Eval.", "22.0%"),
        ("Our recipe improves Orca from 35.3% to 44.0% on MathQA.", "35.3%"),
    ],
)
def test_no_quantity_from_a_system_or_the_state_of_the_art(text, value):
    assert _metric(text, value) is None


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Perplexity falls from 18.2 to 15.9 after distillation.", "18.2", "Perplexity"),
        ("Latency falls from 80 ms to 35 ms on a phone.", "80 ms", "Latency"),
    ],
)
def test_capitalised_metric_or_cost_is_still_a_quantity(text, value, metric):
    assert _metric(text, value) == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("With our prompts, the win rate against FooLM-4 rises from 38.2% to 51.7%.", "38.2%", "win rate"),
        ("Since 2021, the margin over the runner-up grows from 2.1 to 4.5 points.", "2.1", "margin"),
        ("The agreement rate compared with the oracle rises from 61% to 77%.", "61%", "agreement rate"),
        ("Our tuning lifts the win rate versus FooChat from 40% to 58%.", "40%", "win rate"),
    ],
)
def test_system_compared_with_is_left_out(text, value, metric):
    assert _metric(text, value) == metric


def test_acronym_name_is_kept_whole():
    text = "BazForest reduces the error in estimating treatment effects (PEHE) from 0.80 to 0.52."
    assert _metric(text, "0.80") == "error in estimating treatment effects (PEHE)"


def test_metric_after_the_range_wins():
    text = "The hybrid approach narrows the gap with manual segmentation from 7.9 to 1.2 BLEU points."
    assert _metric(text, "7.9") == "BLEU"
