"""Kind and detection shapes of review 9: a gain announced after a speeding-up verb is a speedup only
as a ratio (a percentage or points gain names quality), counts of updates or warm-up steps a model is
trained with are no data, and a size before a plural role noun is a count of things, not a model's
parameters; sentences invented."""

from __future__ import annotations

from etl.extract import extract_text
from etl.records import Kind
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [r.text for r in extract_text(text)]


# a gain after "speeds up" / "accelerates": a ratio is a speedup, a percentage or points a gain


def test_a_percent_gain_after_accelerates_is_an_improvement():
    r = hit("BarNet accelerates fine-tuning, reaching a 1.7% improvement in top-5 accuracy.", "1.7%")
    assert (r.kind, r.value, r.metric) == (Kind.IMPROVEMENT, 1.7, "top-5 accuracy")


def test_a_points_gain_after_speeds_up_is_an_improvement():
    r = hit("BarOpt speeds up pre-training, giving a 2.6 point improvement on SuperGLUE.", "2.6 point")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 2.6)


def test_a_percent_gain_over_a_teacher_after_accelerates_is_an_improvement():
    r = hit("BarKD accelerates decoding, achieving a 0.9% gain over the teacher on TriviaQA.", "0.9%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 0.9)


def test_a_ratio_gain_after_speeds_up_stays_a_speedup():
    r = hit("BarCache speeds up serving, achieving a 3.1x improvement over vLLM.", "3.1x")
    assert (r.kind, r.value) == (Kind.SPEEDUP, 3.1)


def test_a_fold_gain_after_accelerates_stays_a_speedup():
    r = hit("The planner accelerates search, yielding a 4.5-fold improvement over MCTS.", "4.5-fold")
    assert (r.kind, r.value) == (Kind.SPEEDUP, 4.5)


# counts of updates and steps a model is trained with are its training budget, not data


def test_gradient_updates_a_model_is_fine_tuned_with_are_no_data():
    assert _texts("We fine-tune the critic with 8,000 gradient updates and a cosine schedule.") == []


def test_warmup_steps_a_model_is_trained_with_are_no_data():
    assert _texts("The student is trained with 3,000 warmup steps before distillation.") == []


def test_policy_updates_an_agent_is_trained_with_are_no_data():
    assert _texts("Our walker is trained with 40,000 policy updates in simulation.") == []


def test_rollouts_a_model_is_fine_tuned_with_are_no_data():
    assert _texts("We fine-tune the planner with 6,000 search rollouts.") == []


def test_a_count_mixed_with_another_count_is_data():
    r = hit("FooGrasp mixes 3.1 million rendered grasps with only 9,500 real grasps from two arms.", "9,500")
    assert (r.kind, r.value) == (Kind.DATA_SIZE, 9500)


def test_labelled_steps_a_model_is_trained_on_stay_data():
    r = hit("The verifier is trained on 250K human-labelled reasoning steps.", "250K")
    assert (r.kind, r.value) == (Kind.DATA_SIZE, 250000)


# a size before a role noun: one model's parameters, not a count of many


def test_a_count_of_agents_simulated_is_no_parameter_count():
    assert _texts("BazSim simulates 2M agents on one GPU.") == []


def test_a_count_of_detectors_whose_votes_are_pooled_is_no_parameter_count():
    assert _texts("We pool 3M detectors' votes into one map.") == []


def test_a_size_before_a_singular_role_noun_is_a_parameter_count():
    r = hit("Our 420M reranker is trained once and reused for all queries.", "420M")
    assert (r.kind, r.value) == (Kind.PARAM_COUNT, 420_000_000)


def test_within_approximately_of_another_system_is_a_gap() -> None:
    # one hedge list (cues.WITHIN_HEDGE) for every "within N of X" reader, shares.py's included
    text = "Our 8B student comes within approximately 3% of the 70B teacher on GSM8K."
    r = hit(text, "3%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -3.0)
