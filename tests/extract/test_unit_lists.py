"""A later member of a list of measures that repeats its unit word (etl/extract/unit_lists.py):
one behaviour per test, with made-up sentences."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


def test_a_second_measure_with_the_same_unit_after_and_is_a_score() -> None:
    text = "We report a mean error of 2.41 cm without tuning and 2.05 cm with a tuned head."
    assert _found(text) == [("2.41 cm", "score", 2.41), ("2.05 cm", "score", 2.05)]


def test_a_second_decibel_value_on_its_own_benchmark_is_a_score() -> None:
    text = "The denoiser obtains a PSNR of 30.12 dB on FooSet and 28.77 dB on BarSet."
    assert [f[0] for f in _found(text)] == ["30.12 dB", "28.77 dB"]


def test_a_unit_word_the_unit_lexicon_lacks_still_joins_the_list() -> None:
    text = "The regressor yields a mean absolute error of 3.10 days on A and 4.02 days on B."
    assert [(f[1], f[2]) for f in _found(text)] == [("score", 3.1), ("score", 4.02)]


def test_lengths_with_no_metric_named_stay_out() -> None:
    assert _found("The sensor is mounted 5 cm above the floor and 10 cm from the wall.") == []


def test_a_member_after_a_verb_of_change_keeps_its_own_reading() -> None:
    text = "We reach a PSNR of 33.71 dB on A and reduce noise by 2.1 dB on B."
    assert [f[1] for f in _found(text)] == ["score", "reduction"]


def test_a_member_of_a_list_of_differences_is_no_score() -> None:
    text = "Our codec achieves a PSNR of 32.1 dB, 0.8 dB and 1.1 dB above X and Y respectively."
    assert ("0.8 dB", "score", 0.8) not in _found(text)
