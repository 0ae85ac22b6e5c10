"""quality_costs: prices paid in quality, gaps left, overheads added, tokens a metric names, signed changes
(unit tests of the readers; whole-sentence behaviour in test_fix8detect_shapes.py). Sentences invented."""

from __future__ import annotations

from etl.extract.quality_costs import changed_by, metric_tokens, quality_change


def test_a_loss_of_a_measured_value_is_a_price_paid():
    assert quality_change("the index shrinks 6x with a loss of only ", " points.", True) == "paid"


def test_a_bare_value_paid_needs_its_metric_after_it():
    assert quality_change("the index shrinks 6x at a cost of ", " BLEU.", False) == "paid"
    assert quality_change("the index shrinks 6x at a cost of ", " in total.", False) is None


def test_a_price_paid_in_speed_is_not_read_here():
    assert quality_change("it gains 2 points at the cost of ", " slower decoding.", True) is None


def test_a_rise_of_an_error_measure_is_a_price_paid():
    assert quality_change("with a CER increase of ", " on the test set.", True) == "paid"


def test_a_rise_of_a_gap_is_not_a_price_paid():
    assert quality_change("the method increases the gap by ", " over BERT.", True) is None


def test_a_gap_that_narrows_to_a_value_is_a_gap():
    assert quality_change("the recall gap narrows to ", " on long inputs.", True) == "gap"


def test_an_overhead_added_to_a_time_and_a_gain_added_to_a_metric():
    assert quality_change("the verifier adds about ", " to inference time.", True) == "overhead"
    assert quality_change("the verifier adds ", " to the success rate.", True) == "added"


def test_tokens_after_a_metric_are_its_value():
    assert metric_tokens("it reaches a mean acceptance length of ")
    assert not metric_tokens("it packs each image into ")


def test_a_change_verb_with_by_before_a_value():
    assert changed_by("the F1 on the dev set changes by only ")
    assert not changed_by("the F1 on the dev set rises by ")
