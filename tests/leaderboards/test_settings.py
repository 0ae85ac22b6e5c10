"""The evaluation setting a sentence states for a score shows beside it on the boards."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from etl.errors import RuleError
from etl.leaderboards import run
from etl.leaderboards.settings import DATA, eval_settings
from tests.leaderboards.conftest import paper, result


def test_a_zero_shot_score_reads_as_zero_shot() -> None:
    assert (
        eval_settings().setting("Zero-shot, ZorpCLIP reaches 68.2% top-1 accuracy on FooSet.", "68.2%")
        == "zero-shot"
    )


def test_k_shot_keeps_its_number() -> None:
    sentence = "In the 10-shot setting ZorpLM scores 55.0 on BarQA."
    assert eval_settings().setting(sentence, "55.0") == "10-shot"


def test_the_nearest_setting_wins() -> None:
    sentence = "It reaches 66.1% with linear probing and 83.0% after fine-tuning on FooSet."
    assert eval_settings().setting(sentence, "66.1%") == "linear probing"
    assert eval_settings().setting(sentence, "83.0%") == "fine-tuned"


def test_a_share_of_labels_is_a_setting_with_its_share() -> None:
    sentence = "Using only 5% of the labels, ZorpNet attains 77.3% accuracy on FooSet."
    assert eval_settings().setting(sentence, "77.3%") == "5% labels"
    assert eval_settings().setting(sentence, "5%") == ""


def test_a_setting_of_a_compared_system_is_not_the_numbers() -> None:
    sentence = "ZorpNet reaches 71.0% on FooSet, beating a zero-shot BarLM by 4 points."
    assert eval_settings().setting(sentence, "71.0%") == ""


def test_a_fine_tuned_method_is_no_setting() -> None:
    sentence = "Unlike methods based on online fine-tuning, ZorpNet runs at 40 FPS."
    assert eval_settings().setting(sentence, "40 FPS") == ""


def test_setting_examples_are_checked_at_load(tmp_path: Path) -> None:
    bad = tmp_path / "settings.toml"
    text = DATA.read_text(encoding="utf-8")
    bad.write_text(text.replace('setting = "zero-shot"', 'setting = "5-shot"', 1), "utf-8")
    with pytest.raises(RuleError, match="reads as 'zero-shot', not '5-shot'"):
        eval_settings(bad)


def _rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def test_the_setting_shows_on_the_best_score_board_and_the_data_set_page(make_layout) -> None:
    sentence = "Zero-shot, ZorpCLIP reaches 68.2% top-1 accuracy on ImageNet."
    layout = make_layout(
        [paper("p1", "First")],
        [
            result(
                "p1",
                0,
                "score",
                68.2,
                "%",
                metric="top-1 accuracy",
                dataset="ImageNet",
                model="ZorpCLIP",
                text="68.2%",
                sentence=sentence,
            ),
        ],
    )
    run(layout)
    assert [r["setting"] for r in _rows(layout.leaderboards / "best_scores.csv")] == ["zero-shot"]
    page = (layout.leaderboards / "datasets" / "imagenet.md").read_text("utf-8")
    assert "| setting |" in page and "| zero-shot |" in page


def test_the_setting_is_read_at_the_number_not_inside_a_longer_one() -> None:
    assert (
        eval_settings().setting("Zero-shot accuracy is 62.5%; with fine-tuning it is 5%.", "5%")
        == "fine-tuned"
    )
