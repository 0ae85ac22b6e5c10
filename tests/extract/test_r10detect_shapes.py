"""Review 10 of the fix-8 detection shapes: a verb "costs" with a price in compute, an agreement a judge
reaches, a gap that is itself the measure or a lead, a score reached after a plain cost, a system's own
precision, an overhead that ends at "while", an efficiency doubled, a good metric named after errors, and a
share "of which" (whole sentences; one behaviour each, sentences invented)."""

from __future__ import annotations

from etl.extract import extract_text
from etl.extract.multiples import word_multiple
from etl.extract.operating_points import agreement_statistic, operating_point
from etl.extract.quality_costs import quality_change
from etl.extract.shares import _share_apposed
from etl.records import Kind
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [r.text for r in extract_text(text)]


# "costs" with a price in compute is no quality paid


def test_costing_less_than_another_system_is_a_reduction():
    r = hit("Our sparse decoder costs 30% less than the dense one.", "30%")
    assert (r.kind, r.value) == (Kind.REDUCTION, 30)


def test_costing_a_share_of_a_step_is_no_quality_paid():
    assert quality_change("The small proposer costs only ", " of a verifier pass.", True) is None
    assert quality_change("Each lookup costs ", " less than a full scan.", True) is None


def test_costing_points_of_a_metric_stays_a_price_paid():
    r = hit("Pruning half the heads costs only 0.6% accuracy on MNLI.", "0.6%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.6)


# an agreement a system reaches with people is its result


def test_a_kappa_a_judge_reaches_with_graders_is_a_score():
    r = hit(
        "The critic model attains a Cohen's kappa of 0.74, indicating strong agreement with clinicians.",
        "0.74",
    )
    assert (r.kind, r.value) == (Kind.SCORE, 0.74)


def test_a_kappa_annotators_reach_stays_dropped():
    text = "Two raters labelled every clip, reaching a Fleiss' kappa of 0.69, showing substantial agreement."
    assert "0.69" not in _texts(text)
    assert agreement_statistic(
        "Two raters labelled every clip, reaching a Fleiss' kappa of ", ", showing substantial agreement."
    )


def test_a_kappa_score_we_obtain_between_two_systems_stays_dropped():
    left = "On the relation task, we obtain a Fleiss' kappa score of "
    assert agreement_statistic(left, ", showing substantial agreement between the two taggers.")


# a gap that is the measure, or a lead over worse systems


def test_a_generalization_gap_reduced_to_a_value_is_no_negative_gain():
    r = hit("Our augmentation reduces the generalization gap to 2.3% on Tiny-ImageNet.", "2.3%")
    assert r.kind is Kind.SCORE and r.value == 2.3


def test_an_optimality_or_duality_gap_is_no_gap_left():
    assert quality_change("The heuristic closes the optimality gap to ", " on CVRP-50.", True) is None
    assert quality_change("The duality gap falls to ", " after ten sweeps.", False) is None


def test_a_gap_to_worse_systems_that_a_system_opens_is_no_negative_gain():
    assert (
        quality_change("Our planner leads every baseline, with a ", " gap to the second-best method.", True)
        is None
    )
    r = hit("The new ranker opens a 6.1% gap to the strongest competitor.", "6.1%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 6.1)


def test_a_gap_to_a_better_system_stays_a_gap():
    assert quality_change("Still, a ", " gap to human players remains.", True) == "gap"
    assert quality_change("the recall gap narrows to ", " on long inputs.", True) == "gap"


# a score reached after a plain cost is a result; a compared cost counted to a target is not


def test_a_score_reached_after_a_plain_number_of_epochs_is_a_score():
    r = hit("The student needs only 30 epochs to reach 74.8% top-1 accuracy on ImageNet.", "74.8%")
    assert (r.kind, r.value, r.metric) == (Kind.SCORE, 74.8, "top-1 accuracy")
    r = hit("It requires just 12 hours to reach 71.2% accuracy.", "71.2%")
    assert (r.kind, r.value) == (Kind.SCORE, 71.2)


def test_a_target_a_compared_cost_is_counted_to_stays_dropped():
    assert operating_point("It needs 2.5x fewer local epochs to reach ", " accuracy.")
    assert operating_point("the number of grasps needed to reach ", " success.")
    assert operating_point("our sampler needs 4x fewer minutes to reach ", " accuracy.")


# a system's own precision is no operating point


def test_precision_and_recall_a_detector_operates_at_are_both_scores():
    text = "The tagger operates at 95.2% precision and 90.6% recall on the held-out split."
    assert (hit(text, "95.2%").kind, hit(text, "90.6%").kind) == (Kind.SCORE, Kind.SCORE)


def test_a_metric_read_at_a_point_of_the_curve_keeps_the_point_out():
    assert operating_point("it reaches 93.0% sensitivity at ", " specificity.")
    assert "85%" not in _texts("The screener reaches 93.0% sensitivity at 85% specificity.")


# an overhead ends at the next clause


def test_an_overhead_before_while_stays_an_overhead():
    assert quality_change("The cache adds only ", " to the latency while halving errors.", True) == "overhead"
    assert (
        quality_change("Our vocabulary adds only ", " to the model size and improves BLEU by 0.9.", True)
        == "overhead"
    )
    assert quality_change("the verifier adds ", " to the success rate.", True) == "added"


# an efficiency doubled is a gain, a resource doubled is no result


def test_doubling_an_efficiency_is_no_cost_growth():
    assert word_multiple("doubles", "The new kernel ", " the energy efficiency of the old design.") is None
    assert word_multiple("doubles", "The new kernel ", " the memory footprint of the old design.") == "none"
    r = hit("Our accelerator doubles the energy efficiency of the prior design.", "doubles")
    assert r.kind is Kind.SPEEDUP and r.value == 2


# a good metric named after errors


def test_raising_a_detection_score_of_errors_is_no_price_paid():
    assert quality_change("The probe increases hallucination detection F1 by ", " points.", True) is None
    assert quality_change("It increases the error detection rate by ", " overall.", True) is None
    assert (
        quality_change("It increases the detection rate of errors by ", " over the baseline.", True) is None
    )
    assert quality_change("The change raises the MAE by a further ", " overall.", True) == "paid"


# a share "of which" is no share of a model


def test_a_share_of_which_is_no_share_kept():
    left, right = "The backbone has 3B parameters, ", " of which stay frozen during training."
    assert _share_apposed(left, right, "which") is False
    r = hit("Only 2.4M parameters are trained, about 0.6% of the backbone.", "0.6%")
    assert (r.kind, r.rule) == (Kind.REDUCTION, "share_apposed")
