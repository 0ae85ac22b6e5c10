"""Numbers a sentence cites for earlier or other work, and where a change starts, are not the paper's."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from etl.errors import RuleError
from etl.leaderboards import run
from etl.leaderboards.cited import DATA, cited_cues, number_at
from tests.leaderboards.conftest import paper, result


def test_a_number_after_a_cue_of_earlier_work_is_cited() -> None:
    assert cited_cues().cited("On ZorpSet the best accuracy reported so far is 71.5%, set by a CNN.", "71.5%")
    assert cited_cues().cited("The previously published record on ZorpSet is 12.3 BLEU.", "12.3")


def test_the_papers_number_after_to_is_not_cited() -> None:
    assert not cited_cues().cited("It lifts the prior state of the art of 40.2 to 44.9 on ZorpSet.", "44.9")


def test_a_new_state_of_the_art_is_not_cited() -> None:
    assert not cited_cues().cited("The model sets a new state of the art of 44.9 mAP on ZorpSet.", "44.9")


def test_the_start_of_a_change_is_cited_and_its_end_is_not() -> None:
    sentence = "On ZorpSet the method lowers the error rate from 8.2% to 5.1%."
    assert cited_cues().cited(sentence, "8.2%")
    assert not cited_cues().cited(sentence, "5.1%")


def test_the_start_before_an_arrow_is_cited() -> None:
    assert cited_cues().cited("Gains on ZorpQA (40.1 → 47.3 F1) are large.", "40.1")


def test_a_compared_number_right_after_compared_with_is_cited() -> None:
    sentence = "It scores 0.81 AUC on ZorpSet, compared with 0.74 for the strongest baseline."
    assert cited_cues().cited(sentence, "0.74")
    assert not cited_cues().cited(sentence, "0.81")


def test_compared_with_far_from_the_number_cites_nothing() -> None:
    assert not cited_cues().cited(
        "Compared with a greedy heuristic, the planner succeeds in 88% of trials.", "88%"
    )


def test_cue_examples_are_checked_at_load(tmp_path: Path) -> None:
    bad = tmp_path / "cited.toml"
    text = DATA.read_text(encoding="utf-8")
    bad.write_text(
        text.replace('number = "93.33%"\ncited = true', 'number = "93.33%"\ncited = false'), "utf-8"
    )
    with pytest.raises(RuleError, match="should not read as cited"):
        cited_cues(bad)


def _rows(layout, board: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((layout.leaderboards / f"{board}.csv").read_text("utf-8"))))


def test_a_cited_number_with_no_model_is_set_aside_and_the_papers_own_ranks(make_layout) -> None:
    sentence = "On MNIST the previous best error was 0.21%, and ZorpNet reaches 0.35%."
    layout = make_layout(
        [paper("p1", "First")],
        [
            result(
                "p1",
                0,
                "score",
                0.21,
                "%",
                metric="error rate",
                dataset="MNIST",
                text="0.21%",
                sentence=sentence,
            ),
            result(
                "p1",
                1,
                "score",
                0.35,
                "%",
                metric="error rate",
                dataset="MNIST",
                model="ZorpNet",
                text="0.35%",
                sentence=sentence,
            ),
        ],
    )
    run(layout)
    assert [r["as_written"] for r in _rows(layout, "best_scores")] == ["0.35%"]
    aside = _rows(layout, "set_aside")
    assert [r["results"] for r in aside if r["reason"].startswith("a number the sentence cites")] == ["1"]


def test_a_cited_number_with_a_model_still_ranks(make_layout) -> None:
    sentence = "On MNIST the previous best error was 0.21%."
    layout = make_layout(
        [paper("p1", "First")],
        [
            result(
                "p1",
                0,
                "score",
                0.21,
                "%",
                metric="error rate",
                dataset="MNIST",
                model="ZorpNet",
                text="0.21%",
                sentence=sentence,
            )
        ],
    )
    run(layout)
    assert [r["as_written"] for r in _rows(layout, "best_scores")] == ["0.21%"]


def test_a_number_is_found_where_it_stands_alone_not_inside_a_longer_one() -> None:
    sentence = "It reaches 15.5% and 5.5% on ZorpSet."
    assert number_at(sentence, "5.5%") == sentence.index(" 5.5%") + 1


def test_the_start_before_an_arrow_is_set_aside_on_the_board(make_layout) -> None:
    sentence = "It improves ZorpQA accuracy 58.9 → 61.7 with no extra data."
    layout = make_layout(
        [paper("p1", "First")],
        [
            result(
                "p1",
                0,
                "score",
                58.9,
                "none",
                metric="accuracy",
                dataset="ZorpQA",
                text="58.9",
                sentence=sentence,
            ),
            result(
                "p1",
                1,
                "score",
                61.7,
                "none",
                metric="accuracy",
                dataset="ZorpQA",
                text="61.7",
                sentence=sentence,
            ),
        ],
    )
    run(layout)
    assert [r["as_written"] for r in _rows(layout, "best_scores")] == ["61.7"]
