"""Modifiers a metric is widened with (etl/extract/metric_mentions.py `widen`): made-up sentences."""

from __future__ import annotations

from etl.extract.core import extract_text


def test_set_does_not_open_a_metric_on_its_own() -> None:
    text = "Our training set accuracy reaches 99.1% while the test accuracy is 85.3%."
    assert [r.metric for r in extract_text(text)][0] == "accuracy"


def test_exact_set_match_accuracy_keeps_all_its_words() -> None:
    text = "The parser reaches 71.3% exact set match accuracy on the held-out queries."
    assert [r.metric for r in extract_text(text)] == ["exact set match accuracy"]
