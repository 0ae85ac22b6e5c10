"""Score and reduction typing found by judging samples of predicted results on the unlabelled
corpus: one behaviour per test, with sentences made up after the constructions seen there (never
copied from the gold or held-out files)."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


def test_within_a_share_of_another_system_is_a_negative_gain() -> None:
    text = "Our model beats GPT-3.5 and comes within 4% of GPT-4 and 9% of PaLM-2."
    assert _found(text) == [("4%", "improvement", -4.0), ("9%", "improvement", -9.0)]


def test_within_a_share_of_measurements_is_an_error_score() -> None:
    text = "The simulated latencies are within 6% of the hardware measurements."
    assert _found(text) == [("6%", "score", 6.0)]


def test_share_of_the_cost_of_another_system_is_a_reduction() -> None:
    text = "The summaries are shorter, being 55% of the length of the reference summaries."
    assert _found(text) == [("55%", "reduction", 55.0)]


def test_error_analysis_share_is_not_a_result() -> None:
    text = "In our error analysis, 38% of the errors are due to wrong retrieval."
    assert _found(text) == []


def test_composition_statistic_is_not_a_result() -> None:
    assert _found("Over 60% of all nodes in the citation graph have fewer than 5 edges.") == []


def test_share_of_data_a_setting_keeps_is_not_a_score() -> None:
    assert _found("We retrieve the most relevant pairs (4% of the LAION data) from the web.") == []


def test_as_little_as_a_share_of_data_is_a_reduction() -> None:
    text = "The detector stays close to full supervision with as little as 15% of the labeled data."
    assert [(t, k) for t, k, _ in _found(text)] == [("15%", "reduction")]


def test_point_in_full_training_is_a_setting() -> None:
    assert _found("Syntax is learned early, after 2% of full training.") == []


def test_example_of_a_chosen_ratio_is_a_setting() -> None:
    assert _found("It works best with a high masking ratio (e.g. 80%) of the input patches.") == []


def test_later_member_of_a_list_of_gains_is_a_gain() -> None:
    text = "It outperforms prior work by large margins (3.1 mAP on COCO, and 2.4 mAP on LVIS)."
    assert _found(text) == [("3.1", "improvement", 3.1), ("2.4", "improvement", 2.4)]


def test_list_of_values_stays_scores() -> None:
    text = "Our model achieves 28.4 BLEU on WMT14 and 41.0 BLEU on WMT15."
    assert _found(text) == [("28.4", "score", 28.4), ("41.0", "score", 41.0)]


def test_gain_in_resource_efficiency_is_a_reduction() -> None:
    text = "The scheduler improves energy efficiency by up to 3.1x against a CPU-only system."
    assert _found(text) == [("3.1x", "reduction", 3.1)]


def test_gain_in_efficiency_measured_in_flops_is_a_reduction() -> None:
    text = "Multi-task scaling can improve training efficiency by 12 times in FLOPs."
    assert _found(text) == [("12 times", "reduction", 12.0)]


def test_gain_in_efficiency_with_a_metric_stays_a_gain() -> None:
    assert _found("The method improves efficiency and accuracy by 3%.") == [("3%", "improvement", 3.0)]


def test_larger_models_at_equal_quality_is_a_reduction() -> None:
    text = "Our 3B model performs on par with models 8x larger on reasoning tasks."
    assert _found(text) == [("3B", "param_count", 3e9), ("8x", "reduction", 8.0)]


def test_larger_models_without_a_comparison_is_not_a_result() -> None:
    assert _found("We then train 4x larger models on the same cluster.") == []


def test_data_set_times_larger_is_not_a_result() -> None:
    assert _found("The new benchmark is about 20 times larger than the previous dataset.") == []


def test_frames_per_second_is_a_speed_reached() -> None:
    assert _found("The tracker runs at 45 frames per second on one GPU.") == [
        ("45 frames per second", "score", 45.0)
    ]


def test_whole_number_fps_is_a_speed_reached() -> None:
    assert _found("The detector runs in real time (38 FPS) on a laptop.") == [("38 FPS", "score", 38.0)]


def test_samples_per_second_stays_a_setting() -> None:
    assert _found("The loader streams 10,000 samples per second.") == []


def test_lower_and_upper_bounds_are_not_a_reduction() -> None:
    text = "The simulations agree with the lower and upper bounds, with differences of 0.4% and 2%."
    assert [k for _, k, _ in _found(text)] == ["score", "score"]
