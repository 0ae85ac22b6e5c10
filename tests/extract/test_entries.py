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
    assert check.outcome is Outcome.RANKABLE


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


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("[1, 2]", "not a JSON object"),
        ('{"abstract": "x", "entries": []}', "no 'pid'"),
        ('{"pid": "a", "abstract": "81%", "entries": [{"text": "81%", "span_start": 0}]}', "needs text"),
        (
            '{"pid": "a", "abstract": "81%", "entries": [{"text": "81%", "span_start": 0, "span_end": 3, "value": "x", "dataset": "D"}]}',
            "no number",
        ),
        (
            '{"pid": "a", "abstract": "81%", "entries": [{"text": "81%", "span_start": 0, "span_end": 9, "value": 81, "dataset": "D"}]}',
            "is not at",
        ),
    ],
)
def test_bad_records_are_input_errors(tmp_path: Path, line: str, problem: str):
    path = tmp_path / "known.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(InputError, match=problem):
        load_entries(path)


def test_cli_bad_record_exits_1_not_as_a_bug(tmp_path: Path, capsys):
    path = tmp_path / "known.jsonl"
    path.write_text("[1, 2]\n")
    assert main(["entries", str(path)]) == 1
    assert "not a JSON object" in capsys.readouterr().err


def test_cli_empty_set_fails_a_floor(tmp_path: Path):
    path = tmp_path / "known.jsonl"
    path.write_text("")
    assert main(["entries", str(path), "--fail-under", "0.9"]) == 2


def test_cli_share_out_of_range_is_a_usage_error(tmp_path: Path):
    path = tmp_path / "known.jsonl"
    path.write_text("")
    with pytest.raises(SystemExit) as exc:
        main(["entries", str(path), "--fail-under", "5"])
    assert exc.value.code == 1  # a usage error, as the README's exit codes say
