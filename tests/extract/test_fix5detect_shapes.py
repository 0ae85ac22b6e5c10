"""Kind shapes of fix round 5: a change named as subject that grows to or reaches a value (the value
is the change), a quality kept as a share of another system's ("retains 95% of the full model's
accuracy") is a score whatever cost the sentence names, and a rate lowered "to" a level is that level.
One behaviour per test; sentences invented."""

from __future__ import annotations

from etl.extract.core import extract_text
from etl.records import Kind, Unit
from tests.extract.helpers import hit


def test_a_gain_that_grows_to_a_value_is_the_gain():
    r = hit("On the harder split, the gain grows to 6.7 points.", "6.7 points")
    assert (r.kind, r.value, r.unit) == (Kind.IMPROVEMENT, 6.7, Unit.PP)
    r = hit("In the noisy setting, the margin widens to 4.2 BLEU.", "4.2")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 4.2)


def test_a_drop_that_reaches_a_value_is_a_loss():
    r = hit("For the smallest student, the drop reaches 18.5%.", "18.5%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -18.5)


def test_a_metric_that_rises_to_a_value_stays_a_level():
    assert hit("With more data, accuracy rises to 81.2%.", "81.2%").kind is Kind.SCORE


def test_a_gain_that_grows_with_scale_leaves_a_reached_value_a_level():
    assert hit("The gain grows with scale, reaching an accuracy of 82.1%.", "82.1%").kind is Kind.SCORE


def test_a_quality_retained_of_another_system_is_a_score():
    r = hit("The pruned student retains 96.5% of the dense model's accuracy at half the cost.", "96.5%")
    assert (r.kind, r.value) == (Kind.SCORE, 96.5)


def test_a_quality_kept_of_a_teacher_is_a_score():
    r = hit("A compressed variant keeps 93% of the teacher's performance.", "93%")
    assert (r.kind, r.value) == (Kind.SCORE, 93.0)


def test_a_cost_cut_to_a_share_of_the_original_stays_a_reduction():
    r = hit("Quantization cuts memory to 30% of the original.", "30%")
    assert (r.kind, r.value) == (Kind.REDUCTION, 30.0)


def test_a_share_of_parts_removed_stays_a_reduction():
    r = hit("Pruning removes 45% of the attention heads.", "45%")
    assert (r.kind, r.value) == (Kind.REDUCTION, 45.0)


def test_a_share_of_lost_quality_recovered_is_a_share_not_a_kept_quality():
    r = hit("A short fine-tuning stage recovers 65% of the lost performance.", "65%")
    assert (r.kind, r.value, r.rule) == (Kind.SCORE, 65.0, "percent_of")


def test_a_rate_lowered_to_a_level_is_that_level():
    r = hit("Our guard lowers ASR to 5.5% and keeps benign refusals rare.", "5.5%")
    assert (r.kind, r.value) == (Kind.SCORE, 5.5)


def test_an_error_brought_down_to_a_level_is_that_level():
    r = hit("Retraining brings the error back down to 2.5%.", "2.5%")
    assert (r.kind, r.value) == (Kind.SCORE, 2.5)


def test_a_cost_lowered_to_a_share_stays_a_reduction():
    r = hit("Offloading reduces memory usage to 40%.", "40%")
    assert (r.kind, r.value) == (Kind.REDUCTION, 40.0)


def test_a_cost_lowered_by_a_share_stays_a_reduction():
    r = hit("It lowers latency by up to 35%.", "35%")
    assert (r.kind, r.value) == (Kind.REDUCTION, 35.0)


def test_a_gain_growing_without_a_value_leaves_a_later_value_a_level():
    rs = extract_text("The gain grows steadily with model size; accuracy reaches 84.2% at 70B.")
    assert [(r.kind, r.value) for r in rs if r.text == "84.2%"] == [(Kind.SCORE, 84.2)]


def test_a_change_noun_governs_each_value_of_its_list():
    text = "It scores 41.2 mIoU on A and 30.5 mIoU on B, improvements of 2.4 and 1.6 mIoU over SegNext."
    assert [(r.kind, r.value) for r in extract_text(text) if r.text in ("2.4", "1.6")] == [
        (Kind.IMPROVEMENT, 2.4),
        (Kind.IMPROVEMENT, 1.6),
    ]


def test_a_drop_of_an_error_metric_is_a_gain():
    assert hit("We observe a drop of 0.4 FID against the teacher.", "0.4").value == 0.4
    assert hit("We observe a drop of 1.2 BLEU against the teacher.", "1.2").value == -1.2


def test_a_value_above_a_named_system_is_a_gain():
    r = hit("It reaches 70.1 mIoU on A, 1.4 mIoU above PTv3.", "1.4")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 1.4)
    assert hit("It reaches 70.1 AP above 0.5 IoU.", "70.1").kind is Kind.SCORE
