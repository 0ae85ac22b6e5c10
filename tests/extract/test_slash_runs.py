"""Slash runs of values ("0.9697/0.9722/0.9724"): every member is found, later members read the words before
the run, and runs of m metrics over n listed data sets pair metric-major. Invented sentences."""

from __future__ import annotations

from tests.extract.helpers import hit

_TWO_METRICS = (
    "We present OrbNet for optic disc segmentation. OrbNet obtains a Dice of 0.9512/0.9387/0.9420 and a "
    "sensitivity of 0.8841/0.8705/0.8762 on REFUGE, ORIGA and Drishti-GS, respectively."
)


def test_every_member_of_a_four_decimal_slash_run_is_found() -> None:
    assert [hit(_TWO_METRICS, v).value for v in ("0.9387", "0.9420", "0.8705", "0.8762")] == [
        0.9387,
        0.942,
        0.8705,
        0.8762,
    ]


def test_a_later_member_takes_the_metric_that_opened_its_run() -> None:
    assert (hit(_TWO_METRICS, "0.9420").metric, hit(_TWO_METRICS, "0.8705").metric) == ("Dice", "sensitivity")


def test_metric_major_runs_pair_with_the_listed_data_sets_cyclically() -> None:
    got = [hit(_TWO_METRICS, v).dataset for v in ("0.9512", "0.9387", "0.9420", "0.8841", "0.8705", "0.8762")]
    assert got == ["REFUGE", "ORIGA", "Drishti-GS", "REFUGE", "ORIGA", "Drishti-GS"]


def test_a_run_of_as_many_values_as_data_sets_pairs_one_each() -> None:
    text = (
        "OrbNet obtains Dice scores of 0.951, 0.938 and 0.942 on REFUGE, ORIGA and Drishti-GS, respectively."
    )
    assert [hit(text, v).dataset for v in ("0.951", "0.938", "0.942")] == ["REFUGE", "ORIGA", "Drishti-GS"]
