"""Detection, kind, value and unit for constructions seen on the third arXiv tuning set: one behaviour
per test, with made-up sentences (never copied from the gold, eval or corpus files)."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(r.text, r.kind.value, r.value, r.unit.value) for r in extract_text(text)]


# an overhead is the value a system reaches on a cost: a score, never a reduction nor left out


def test_an_overhead_named_before_its_value_is_a_score() -> None:
    text = "The new decoder has a power overhead of only 2.7% compared with the plain design."
    assert _found(text) == [("2.7%", "score", 2.7, "%")]


def test_an_overhead_named_after_its_value_is_a_score() -> None:
    text = "Tracing the kernels costs little, whereas full logging incurs an 11% overhead on average."
    assert _found(text) == [("11%", "score", 11.0, "%")]


# number forms


def test_a_capital_x_glued_to_a_number_is_a_factor() -> None:
    text = "Our prover reaches a success rate that is a 6X improvement over earlier neural provers."
    assert _found(text) == [("6X", "improvement", 6.0, "x")]


def test_a_capital_x_after_a_space_is_no_factor() -> None:
    assert _found("We evaluate FooNet 3 X-ray scanners in two hospitals.") == []


def test_a_latex_thin_space_before_a_percent_keeps_the_unit() -> None:
    text = "Our detector leads the ranking while using only 40\\,\\% of the labelled training data."
    assert _found(text) == [("40\\,\\%", "reduction", 40.0, "%")]


# a fraction in words is read like 1/3: a share of a cost that is kept


def test_half_the_parameters_is_a_kept_share() -> None:
    text = "The pruned network stays as accurate while requiring half the parameters of the dense one."
    assert _found(text) == [("half", "reduction", 0.5, "x")]


def test_one_third_of_the_training_time_is_a_kept_share() -> None:
    text = "It matches the strongest baselines with only one third of the training time."
    assert _found(text) == [("one third", "reduction", 1 / 3, "x")]


def test_less_than_a_quarter_of_the_memory_is_an_upper_bound() -> None:
    (r,) = extract_text("The cache needs less than a quarter of the memory of a full table.")
    assert (r.text, r.kind.value, r.value, r.qualifier.value) == ("a quarter", "reduction", 0.25, "upper")


def test_a_second_listed_fraction_shares_the_kept_cue() -> None:
    text = "The student is lighter, needing half the parameters and half the compute of its teacher."
    assert [(t, k) for t, k, _, _ in _found(text)] == [("half", "reduction"), ("half", "reduction")]


def test_half_without_a_kept_cue_is_no_result() -> None:
    assert _found("In the second half of the training run, half of the layers are frozen.") == []


def test_a_half_inside_a_mixed_number_is_no_share() -> None:
    assert _found("The new kernel is two and a half times faster on long inputs.") == []
