"""Detection, kind and value for constructions seen on the fourth arXiv tuning set: one behaviour
per test, with made-up sentences (never copied from the gold, eval or corpus files)."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(r.text, r.kind.value, r.value, r.unit.value) for r in extract_text(text)]


# a factor whose x was lost: a whole number before "faster", "fewer parameters", "reduction in"


def test_a_whole_number_before_faster_is_a_lost_speedup() -> None:
    text = "Against earlier pipelines, our RapidSeg reaches 5 faster inference with similar accuracy."
    assert _found(text) == [("5", "speedup", 5.0, "x")]


def test_a_whole_number_before_fewer_parameters_is_a_lost_reduction() -> None:
    text = "The compact tagger matches the teacher with 28 fewer parameters on the news task."
    assert _found(text) == [("28", "reduction", 28.0, "x")]


def test_a_whole_number_before_less_flops_is_a_lost_reduction() -> None:
    text = "Our network is competitive while using 7 less FLOPs than the strongest prior design."
    assert _found(text) == [("7", "reduction", 7.0, "x")]


def test_a_whole_number_before_reduction_in_is_a_lost_reduction() -> None:
    text = "With the same quality we see a 64 reduction in memory traffic on the accelerator."
    assert _found(text) == [("64", "reduction", 64.0, "x")]


def test_a_count_of_faster_things_is_not_a_factor() -> None:
    text = "We then design 2 faster variants and 3 smaller models for edge devices."
    assert _found(text) == []


# times a system takes: a latency or a runtime named before the time is a score


def test_a_latency_named_before_its_time_is_a_score() -> None:
    text = "On the embedded board the tracker shows a latency of 18 ms per image."
    assert _found(text) == [("18 ms", "score", 18.0, "none")]


def test_milliseconds_written_out_is_a_time() -> None:
    text = "Deployed on a small board, the detector keeps inference times as low as 21 milliseconds."
    assert _found(text) == [("21 milliseconds", "score", 21.0, "none")]


def test_a_runtime_per_frame_in_seconds_is_a_score() -> None:
    text = "The runtime of QuickTrack is 0.31 seconds per frame on the validation split."
    assert _found(text) == [("0.31 seconds", "score", 0.31, "none")]


def test_a_time_glued_in_brackets_after_a_speed_is_a_score() -> None:
    text = (
        "The segmenter stays accurate and keeps a fast inference speed (188ms per frame) on the hidden split."
    )
    assert _found(text) == [("188ms", "score", 188.0, "none")]


def test_milliseconds_cut_is_still_a_reduction() -> None:
    text = "Caching the keys cuts latency by 35 milliseconds compared with the plain decoder."
    assert _found(text) == [("35 milliseconds", "reduction", 35.0, "none")]


# LaTeX forms of a number


def test_a_siunitx_percentage_is_a_percentage() -> None:
    text = r"GraphNet beats earlier message passing models by \SI{44}{\percent} on the molecule benchmark."
    assert _found(text) == [(r"\SI{44}{\percent}", "improvement", 44.0, "%")]


def test_a_factor_in_math_mode_is_found() -> None:
    text = r"Our scheduler achieves a $3.5\times$ reduction in queueing delay over the CSMA baseline."
    assert _found(text)[0][1:] == ("reduction", 3.5, "x")


def test_a_percentage_in_math_mode_reads_the_words_before() -> None:
    text = r"The new loss improves recall by $6\%$ on the retrieval split."
    assert _found(text) == [(r"6\%", "improvement", 6.0, "%")]


def test_a_dollar_amount_is_not_a_number_in_math() -> None:
    text = "The service costs $4 per hour and raised $7 million last year."
    assert _found(text) == []


# a coordinated pair set in bold or in math shares the words after it


def test_a_bold_pair_of_percentages_shares_its_kind() -> None:
    text = r"Our matting network gives \textbf{21\%} and \textbf{37\%} reduction of memory and FLOPs, respectively."
    assert [(k, v) for _, k, v, _ in _found(text)] == [("reduction", 21.0), ("reduction", 37.0)]


def test_a_math_pair_of_factors_shares_its_kind() -> None:
    text = r"The kernel brings $2\times$ and $6\times$ speedups on the two accelerators."
    assert [(k, v) for _, k, v, _ in _found(text)] == [("speedup", 2.0), ("speedup", 6.0)]


def test_bold_bare_values_are_not_paired() -> None:
    text = r"The search only costs \textbf{0.3} and \textbf{5} GPU hours on the two spaces, respectively."
    assert ("5", "score") in [(t[:1], k) for t, k, _, _ in _found(text)]


# numbers in words


def test_half_a_million_is_half_of_a_million() -> None:
    text = "The encoder is pre-trained on roughly half a million hours of untranscribed radio audio."
    assert _found(text) == [("half a million hours", "data_size", 500000.0, "hours")]
