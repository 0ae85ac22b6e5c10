"""Detection, kind and value shapes of fix round 6: counts a training or benchmark frame makes data
whatever noun they count, a gap "within 0.5 BLEU of" another system, later members of a score list
whose places carry digits ("on CIFAR-10", "on DAVIS 2017"), cuts of undesired outputs as gains, a
model's size before its role ("a 350M verifier") or before "video LLM", "another 3.7 F1"; one
behaviour each, sentences invented."""

from __future__ import annotations

from etl.extract import extract_text
from etl.extract.single import _CHANCE_LEVEL
from etl.records import Kind
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [r.text for r in extract_text(text)]


# counts a model is trained on, or a benchmark is of


def test_a_count_a_model_is_trained_on_is_data_whatever_its_noun():
    r = hit("Our tagger is trained on 52,310 hospital stays from two sites.", "52,310")
    assert (r.kind, r.value) == (Kind.DATA_SIZE, 52310)


def test_tasks_a_model_is_trained_on_are_data():
    assert hit("The agent is trained with PPO on 8,400 generated tasks.", "8,400").kind is Kind.DATA_SIZE


def test_scenes_with_a_magnitude_a_model_is_trained_on_are_data():
    assert hit("Trained on 65K indoor scenes, the model renders novel views.", "65K").kind is Kind.DATA_SIZE


def test_a_benchmark_of_tasks_holds_data():
    assert hit("We release PlanBench, a benchmark of 2,150 household tasks.", "2,150").kind is Kind.DATA_SIZE


def test_a_few_tasks_of_a_collection_are_data_sets_not_data():
    assert "130" not in _texts("We assemble a collection of 130 supervised NLP tasks for multitask training.")


def test_a_benchmark_of_data_sets_counts_data_sets_not_data():
    assert "140" not in _texts("On a benchmark of 140 data sets, our method ranks first.")


def test_training_hardware_stays_no_data():
    assert "2,048" not in _texts("The model is trained on 2,048 GPUs for three weeks.")


def test_training_steps_stay_no_data():
    assert "300,000" not in _texts("We train the model with 300,000 training steps and a cosine schedule.")


def test_parallel_environments_are_no_data():
    assert "8,192" not in _texts("The policy is learned using 8,192 parallel environments in simulation.")


def test_scenes_a_training_set_was_rendered_from_are_no_data():
    text = "We train the depth network on 40M synthetic frames rendered from 7,500 generated scenes."
    assert "7,500" not in _texts(text)


# gaps to another system


def test_within_a_metric_of_another_system_is_a_negative_gain():
    r = hit("TinyMT scores 26.3 BLEU and stays within 0.4 BLEU of its teacher.", "0.4")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.4)


def test_within_an_integer_metric_of_another_system_is_a_negative_gain():
    r = hit("Our parser is within 2 LAS of the supervised parser.", "2")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -2)


def test_a_plain_within_of_stays_as_before():
    r = hit("It reaches 71.3 accuracy, within 0.8 of the full model.", "0.8")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.8)


# later members of a score list


def test_later_list_members_after_places_with_digits_are_scores():
    text = "HashNet attains an mAP of 0.801 on CIFAR-10, 0.823 on NUS-WIDE and 0.702 on MS-COCO."
    assert hit(text, "0.823").kind is Kind.SCORE
    assert hit(text, "0.702").kind is Kind.SCORE


def test_later_list_member_after_a_place_with_a_year_is_a_score():
    text = "The tracker reaches a J&F score of 81.2 on DAVIS 2016 validation and 77.9 on YouTube-VOS 2019."
    assert hit(text, "77.9").kind is Kind.SCORE


def test_later_list_member_after_a_place_with_trailing_digits_is_a_score():
    assert hit("It gets an MRR of 0.512 on YAGO11k and 0.433 on WIKI12k.", "0.433").kind is Kind.SCORE


# cuts of undesired outputs


def test_cutting_hallucinated_items_is_a_gain():
    r = hit("Self-checking reduces hallucinated citations by 37%.", "37%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 37)


def test_cutting_inconsistency_is_a_gain():
    assert hit("Swapping orders cuts verdict inconsistency by 48%.", "48%").kind is Kind.IMPROVEMENT


def test_cutting_drift_is_a_gain():
    assert (
        hit("The loop closure lowers rotational drift by 29% over ORB-SLAM.", "29%").kind is Kind.IMPROVEMENT
    )


def test_cutting_a_cost_stays_a_reduction():
    assert hit("Pruning reduces inference memory by 37%.", "37%").kind is Kind.REDUCTION


# model sizes


def test_a_size_before_a_role_noun_is_a_parameter_count():
    r = hit("We train a 410M verifier to rank sampled proofs.", "410M")
    assert (r.kind, r.value) == (Kind.PARAM_COUNT, 410e6)


def test_a_role_noun_beats_a_data_noun_later_in_the_phrase():
    text = "A 2B planner predicts goal images for a low-level controller."
    assert hit(text, "2B").kind is Kind.PARAM_COUNT


def test_a_size_before_a_variant_that_runs_is_a_parameter_count():
    assert hit("A pruned 2.7B variant runs twice as fast.", "2.7B").kind is Kind.PARAM_COUNT


def test_a_size_before_video_llm_is_a_parameter_count():
    assert hit("Our memory lets a 13B video LLM read hour-long films.", "13B").kind is Kind.PARAM_COUNT


def test_a_resolution_before_video_stays_no_result():
    assert "4K" not in _texts("The camera records 4K video of each scene at night.")


def test_another_metric_value_is_a_further_gain():
    r = hit("Domain-adaptive pretraining adds another 2.6 F1 on the clinical set.", "2.6")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 2.6)


# a gain a speeding-up verb announces


def test_an_improvement_after_speeds_up_is_a_speedup():
    text = "The scheduler speeds up training, achieving a 2.4 times improvement over the best baseline."
    assert hit(text, "2.4 times").kind is Kind.SPEEDUP


def test_an_improvement_in_a_metric_after_speeds_up_stays_a_gain():
    text = "The cache accelerates inference, yielding a 6% improvement in accuracy."
    assert hit(text, "6%").kind is Kind.IMPROVEMENT


# the score of guessing


def test_a_chance_level_after_a_cut_is_an_unsigned_score():
    text = "Unlearning lowers the accuracy of the model to 27.4%, close to the 25% random-chance level."
    r = hit(text, "25%")
    assert (r.kind, r.value) == (Kind.SCORE, 25)


def test_a_chance_of_an_event_is_no_chance_level():
    assert _CHANCE_LEVEL.match(" chance of success") is None
    assert _CHANCE_LEVEL.match(" random chance that it fails") is None
    assert _CHANCE_LEVEL.match(" chance-level accuracy") is not None


# training and evaluation frames


def test_a_version_dot_in_a_model_name_keeps_the_training_frame():
    # "hospital stays" is no data noun: only the training frame across "Qwen-2.5" makes the count data
    text = "We fine-tune Qwen-2.5-14B with preference optimization on 95K hospital stays."
    r = hit(text, "95K")
    assert (r.kind, r.value) == (Kind.DATA_SIZE, 95000)


def test_hours_a_model_is_trained_on_are_data():
    r = hit(
        "We pair an audio encoder with an LLM and train on 640,000 hours covering 90 languages.",
        "640,000 hours",
    )
    assert r.kind is Kind.DATA_SIZE


def test_the_hours_of_a_named_corpus_a_model_is_trained_on_are_data():
    assert hit("Trained on the 300 hours of SwitchBoard, it lowers WER.", "300 hours").kind is Kind.DATA_SIZE


def test_a_count_a_model_is_evaluated_on_is_data():
    text = "Evaluated prospectively on 41,500 mammography exams, it reaches a sensitivity of 0.91."
    assert hit(text, "41,500").kind is Kind.DATA_SIZE


def test_training_time_in_hours_stays_no_data():
    assert "120 hours" not in _texts("We train the network for 120 hours on eight GPUs.")


def test_identities_a_face_set_spans_are_no_data():
    text = "The face set holds 2.4M photos of 61K identities."
    assert "61K" not in _texts(text)
    assert hit(text, "2.4M").kind is Kind.DATA_SIZE
