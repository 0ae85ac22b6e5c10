"""Detection and kinds for constructions seen on the second arXiv tuning set: one behaviour per test,
with sentences made up after the constructions found in the unlabelled corpus (never copied from
the gold or held-out files)."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


def test_third_member_of_a_bare_list_after_by_is_a_gain() -> None:
    text = "Our ranker beats the baseline, raising the score by 12.5, 9.75, and 6.25 for the three cut-offs."
    assert [k for _, k, _ in _found(text)] == ["improvement"] * 3


def test_share_of_raters_preferring_our_output_is_a_score() -> None:
    text = "In a listening test, 41.5% of participants preferred our voices over the baseline."
    assert _found(text) == [("41.5%", "score", 41.5)]


def test_share_of_raters_judging_the_output_is_a_score() -> None:
    text = "About 22% of raters felt the generated faces looked more natural."
    assert _found(text) == [("22%", "score", 22.0)]


def test_share_of_people_favouring_a_named_thing_stays_out() -> None:
    assert _found("In the survey, 64% of respondents favored Python for scripting.") == []


def test_search_time_in_gpu_days_is_a_score() -> None:
    text = "The evolutionary search takes only 1.5 GPU days on CIFAR-10."
    assert _found(text) == [("1.5 GPU days", "score", 1.5)]


def test_searching_for_some_days_is_a_score() -> None:
    assert _found("Searching for 0.3 days on a single GPU finds a strong cell.") == [
        ("0.3 days", "score", 0.3)
    ]


def test_length_of_a_training_run_stays_out() -> None:
    assert _found("We train the search engine ranker on 8 GPUs for 4 days.") == []


def test_count_of_manually_annotated_objects_is_data() -> None:
    text = "The benchmark holds about 52,000 manually annotated traffic signs."
    assert _found(text) == [("52,000", "data_size", 52000.0)]


def test_range_of_frame_rates_is_a_score() -> None:
    (r,) = extract_text("The tracker runs at 25 to 60 FPS depending on the image size.")
    assert (r.kind.value, r.value_low, r.value_high) == ("score", 25.0, 60.0)


def test_frame_rate_range_of_a_recording_stays_out() -> None:
    assert _found("We record a 10-15 fps video dataset of night scenes.") == []


def test_gain_in_time_to_solution_is_a_speedup() -> None:
    text = "Offloading yields gains of up to 3.1x in terms of time-to-solution on large inputs."
    assert _found(text) == [("3.1x", "speedup", 3.1)]


def test_list_member_naming_its_own_measure_keeps_its_kind() -> None:
    text = "Batching the kernels gives a gain of 3.1x in terms of wall-clock time and 1.8x in terms of memory efficiency."
    assert _found(text) == [("3.1x", "speedup", 3.1), ("1.8x", "improvement", 1.8)]


def test_a_named_percent_rule_is_not_a_result() -> None:
    assert _found("We show that the 30% rule of classic buffer allocation also holds here.") == []


def test_range_with_both_ends_in_bold_keeps_its_unit() -> None:
    (r,) = extract_text(
        "The batched decoder gives a speed-up of \\textbf{1.8} to \\textbf{2.6} times over greedy."
    )
    assert (r.kind.value, r.value_low, r.value_high, r.unit.value) == ("speedup", 1.8, 2.6, "x")


def test_error_increase_is_a_negative_gain() -> None:
    assert _found("Sharing all weights costs only a 2.5% relative error increase.") == [
        ("2.5%", "improvement", -2.5)
    ]


def test_increase_in_a_bad_metric_is_a_negative_gain() -> None:
    assert _found("Quantisation causes a 4% increase in word error rate.") == [("4%", "improvement", -4.0)]


def test_increase_in_a_metric_beside_an_error_word_stays_positive() -> None:
    text = "It yields a 12% increase in F1 over the error-prone baseline."
    assert _found(text) == [("12%", "improvement", 12.0)]


def test_acceleration_named_with_velocity_is_not_a_speedup() -> None:
    text = "Joint error drops by 2%, velocity error by 5% and acceleration by 9% over prior work."
    assert [(t, k) for t, k, _ in _found(text)] == [
        ("2%", "improvement"),
        ("5%", "improvement"),
        ("9%", "improvement"),
    ]


def test_millions_of_graph_edges_are_data() -> None:
    text = "We run on web graphs with up to 3 billion edges."
    assert _found(text) == [("3 billion", "data_size", 3e9)]


def test_edges_of_one_vertex_are_not_data() -> None:
    assert _found("Most vertices are sparse: the densest having over 2 million edges.") == []


def test_value_before_a_3d_metric_is_read() -> None:
    text = "The attention block improves the detectors by up to 2.1 3D AP at no extra cost."
    assert _found(text) == [("2.1", "improvement", 2.1)]


def test_small_whole_latency_in_ms_is_a_score() -> None:
    text = "The compact model reaches 71.3% top-1 accuracy with 48ms latency on a phone."
    assert ("48ms", "score", 48.0) in _found(text)


def test_small_length_in_mm_stays_out() -> None:
    assert _found("Margins are no more than 1.5 inches (40 mm) in width.") == []
