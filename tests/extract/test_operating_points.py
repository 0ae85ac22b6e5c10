"""operating_points: percentages that fix where or until when a result is read, and agreement between
annotators (unit tests; whole-sentence behaviour in test_fix8detect_shapes.py). Sentences invented."""

from __future__ import annotations

from etl.extract.operating_points import agreement_statistic, operating_point


def test_a_specificity_a_result_is_read_at():
    assert operating_point("sensitivity rises by 4 points at ", " specificity.")


def test_a_missing_rate_a_result_is_read_at():
    assert operating_point("At a ", " missing rate, the error falls.")


def test_a_value_at_which_nothing_is_read_is_not_an_operating_point():
    assert not operating_point("it reaches ", " specificity.")


def test_a_target_a_cost_is_counted_to():
    assert operating_point("it needs 3x fewer epochs to reach ", " accuracy.")
    assert not operating_point("it is the first model to reach ", " accuracy.")


def test_agreement_between_annotators_is_no_result():
    assert agreement_statistic("Inter-rater agreement measured by Fleiss' kappa is ", ".")
    assert agreement_statistic("we obtain a kappa of ", ", indicating substantial agreement.")
    assert not agreement_statistic("our judge reaches an agreement of ", " with the majority vote.")
