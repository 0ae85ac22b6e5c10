"""Known leaderboard entries are judged against the extractor's rows (abstracts made up for the test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.cli import main
from etl.errors import InputError
from etl.extract.entries import Outcome, check_entries, load_entries

ABSTRACT = "We propose FooNet. FooNet reaches 81.2% top-1 accuracy on ImageNet and improves AP by 2.1 points."


def _paper(text: str, value: float, dataset: str, abstract: str = ABSTRACT) -> dict:
    start = abstract.index(text)
    entry = {"text": text, "span_start": start, "span_end": start + len(text), "value": value}
    return {"pid": "x1", "title": "FooNet", "abstract": abstract, "entries": [entry | {"dataset": dataset}]}


def test_score_with_its_data_set_is_ranked():
    [check] = check_entries([_paper("81.2%", 81.2, "ImageNet-1K")])
    assert check.outcome is Outcome.RANKED


def test_score_with_another_data_set_is_wrong():
    [check] = check_entries([_paper("81.2%", 81.2, "CIFAR-100")])
    assert check.outcome is Outcome.WRONG_DATASET


def test_a_gain_is_not_a_leaderboard_score():
    [check] = check_entries([_paper("2.1 points", 2.1, "COCO")])
    assert check.outcome is Outcome.WRONG_KIND


def test_other_value_at_the_span():
    [check] = check_entries([_paper("81.2%", 18.2, "ImageNet")])
    assert check.outcome is Outcome.WRONG_VALUE


def test_entry_off_its_span_is_an_input_error(tmp_path: Path):
    paper = _paper("81.2%", 81.2, "ImageNet")
    paper["entries"][0]["span_start"] += 1
    path = tmp_path / "known.jsonl"
    path.write_text(json.dumps(paper) + "\n")
    with pytest.raises(InputError, match="not at span_start"):
        load_entries(path)


def test_cli_exits_2_below_the_floor(tmp_path: Path, capsys):
    path = tmp_path / "known.jsonl"
    path.write_text(json.dumps(_paper("81.2%", 81.2, "CIFAR-100")) + "\n")
    assert main(["entries", str(path), "--fail-under", "0.5"]) == 2
    assert "score row with another data set" in capsys.readouterr().out
    assert main(["entries", str(path)]) == 0
