"""Detection, kind and value for constructions seen on the fifth arXiv tuning set: one behaviour
per test, with made-up sentences (never copied from the gold, eval or corpus files)."""

from __future__ import annotations

from etl.extract.core import extract_text
from etl.extract.numbers import candidates


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(r.text, r.kind.value, r.value, r.unit.value) for r in extract_text(text)]


# a count before a speed-up noun is no factor


def test_a_count_before_a_speedup_noun_with_no_measure_word_stays_out() -> None:
    text = "We ran 4 different speedup experiments on the cluster."
    assert _found(text) == []


# a data rate (bits or bytes per second) is a throughput reached, and a gain in it a speedup


def test_a_data_rate_in_parentheses_after_throughput_is_a_score() -> None:
    text = "The pipelined decoder reaches high decoding throughputs (215 Mbps) with a small area."
    assert _found(text) == [("215 Mbps", "score", 215.0, "none")]


def test_a_decimal_data_rate_is_a_score() -> None:
    text = "With caching, the lookup engine can be pushed further to be 1.9 Tbps on short packets."
    assert _found(text) == [("1.9 Tbps", "score", 1.9, "none")]


def test_a_range_of_data_rates_is_a_score_range() -> None:
    text = "Tests of our FPGA prototype show a 12-18 GB/s throughput of hashed keys."
    found = extract_text(text)
    assert [(r.text, r.kind.value, r.value_low, r.value_high) for r in found] == [
        ("12-18 GB/s", "score", 12.0, 18.0)
    ]


def test_a_gain_in_data_rate_is_a_speedup() -> None:
    text = "The new scheduler brings an improvement of more than 35 Mb/s over the reference design."
    assert _found(text) == [("35 Mb/s", "speedup", 35.0, "none")]


def test_the_data_rate_a_circuit_runs_at_is_a_setting() -> None:
    text = "The transmitter draws 2.1 mW from a 0.9 V supply at a data rate of 3 Gbps."
    assert [r for r in _found(text) if r[0] == "3"] == []


def test_a_storage_size_is_still_no_result() -> None:
    text = "The compression scheme shrinks the index from 44Gb to 6.5Gb while keeping its recall."
    assert _found(text) == []


# "within $N\%$ of": LaTeX math around the share does not hide the "within"


def test_within_a_math_percentage_of_the_optimum_is_a_negative_gain() -> None:
    text = "The planner places a near-optimal (i.e., within $9\\%$ of the optimal) number of relays."
    assert _found(text) == [("9\\%", "improvement", -9.0, "%")]


# a citation key is a label, not a number


def test_a_number_inside_a_citation_key_is_no_candidate() -> None:
    text = "We combine two-stream encoders~\\cite{Lee_17b} with 12.5% sparser attention."
    assert [text[c.start : c.end] for c in candidates(text)] == ["12.5%"]


def test_a_number_inside_a_reference_is_no_candidate() -> None:
    text = "As shown in Figure~\\ref{fig:3b}, the loss falls by 3.4%."
    assert [text[c.start : c.end] for c in candidates(text)] == ["3.4%"]


# a time a system spends per item, or costs, is a value reached


def test_a_time_per_frame_written_with_a_slash_is_a_score() -> None:
    text = "The tracker keeps its accuracy while reaching 27ms/frame on a single T4 GPU."
    assert _found(text) == [("27ms", "score", 27.0, "none")]


def test_a_time_a_model_spends_on_an_image_is_a_score() -> None:
    text = "Our enhancer spends less than 35ms to restore one image at full HD."
    found = extract_text(text)
    assert [(r.text, r.kind.value, r.value, r.qualifier.value) for r in found] == [
        ("35ms", "score", 35.0, "upper")
    ]


def test_an_extra_computational_cost_in_ms_is_a_score() -> None:
    text = "The module adds a small extra computational cost (2.6 ms per image on a laptop GPU)."
    assert _found(text) == [("2.6 ms", "score", 2.6, "none")]


def test_a_time_after_a_stimulus_stays_out() -> None:
    text = "The evoked response peaks at 250ms after stimulus onset in posterior channels."
    assert _found(text) == []


def test_more_frames_per_second_than_another_system_is_a_speedup() -> None:
    text = "Our models reach about 21 FPS on a Jetson board, 8 FPS faster than the strongest rival."
    assert _found(text) == [("21 FPS", "score", 21.0, "none"), ("8 FPS", "speedup", 8.0, "none")]
