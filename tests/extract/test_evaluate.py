"""evaluate() agrees with the reference scorer: the expected figures below were produced by running
the project's score.py by hand on the same fixture (tests/extract/fixtures/tiny_gold.score.*)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.errors import InputError
from etl.extract.evaluate import evaluate, format_report, same_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_numbers_match_the_reference_scorer():
    expected = json.loads((FIXTURES / "tiny_gold.score.json").read_text())
    assert evaluate(FIXTURES / "tiny_gold.jsonl") == expected


def test_report_text_matches_the_reference_scorer():
    expected = (FIXTURES / "tiny_gold.score.txt").read_text().rstrip("\n")
    assert format_report(evaluate(FIXTURES / "tiny_gold.jsonl")) == expected


def test_misses_are_listed_on_request():
    report = evaluate(FIXTURES / "tiny_gold.jsonl", misses=5)
    assert ["a summariser", "12 hours", "not found"] in report["misses"]


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("top-1 accuracies", "top-1 accuracies", True),
        ("average macro F1-score", "F1", True),
        ("BLEU", "ROUGE", False),
        ("x", None, False),
    ],
)
def test_context_text_agreement(gold, pred, same):
    assert same_text(gold, pred) is same


def test_unreadable_gold_is_an_input_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{not json\n")
    with pytest.raises(InputError):
        evaluate(bad)
