"""Shares that are not cuts (etl/extract/shares.py `overhead_share`, rules/not_results.toml
`complement_share`), and the matting error SAD (rules/kinds.toml `bad_metric`): made-up sentences."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


def test_an_added_cost_as_a_share_of_the_whole_is_an_overhead_score() -> None:
    text = "The extra memory footprint of the router is only 2.0% of the total size."
    assert _found(text) == [("2.0%", "score", 2.0)]


def test_a_share_of_the_model_that_is_kept_stays_a_reduction() -> None:
    text = "The adapter has only 1.5% of the parameters of the full model."
    assert _found(text) == [("1.5%", "reduction", 1.5)]


def test_the_rest_of_a_split_is_no_result() -> None:
    text = (
        "A model degrades to that of a 2x smaller model when a few documents are repeated, despite"
        " the other 90% of the training tokens remaining unique."
    )
    assert [f[0] for f in _found(text)] == ["2x"]


def test_a_cut_in_sad_is_a_gain() -> None:
    text = "Our matting network gives a 20% reduction in terms of SAD compared against BarNet."
    assert _found(text) == [("20%", "improvement", 20.0)]


def test_additional_parameters_as_a_share_stay_a_kept_share() -> None:
    text = "The additional parameters introduced by our adapter are only 0.5% of those in the backbone."
    assert _found(text) == [("0.5%", "reduction", 0.5)]


def test_the_remaining_share_a_system_recovers_is_a_result() -> None:
    text = "Our model recovers the remaining 12% of the gap to the oracle."
    assert _found(text) == [("12%", "score", 12.0)]
