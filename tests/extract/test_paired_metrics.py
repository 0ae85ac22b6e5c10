"""The metrics of the sentence before carry over to a list of gains only when the sentence names nothing it
measures (etl/extract/paired_metrics.py); a cut, a cost, an own metric or places of its own keep them out."""

from __future__ import annotations

from etl.extract.core import extract_text

_BEFORE = "Our tagger reaches 81.4% accuracy and 76.2% F1 on the news set. "


def _metrics(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.metric) for r in extract_text(text)][2:]


def test_a_bare_list_of_gains_takes_the_metrics_listed_before() -> None:
    text = (
        "Our parser gets 95.1% UAS and 93.8% LAS on the treebank. It beats the prior parser by 1.6% and 2.4%."
    )
    assert _metrics(text) == [("1.6%", "UAS"), ("2.4%", "LAS")]


def test_a_speedup_takes_no_metric_listed_before() -> None:
    text = _BEFORE + "It is also faster than BERT by 20% and 35% in training and inference time."
    assert all(m not in ("accuracy", "F1") for _, m in _metrics(text))


def test_a_cut_of_costs_takes_no_metric_listed_before() -> None:
    text = _BEFORE + "It also reduces latency and memory by 20% and 35%."
    assert all(m not in ("accuracy", "F1") for _, m in _metrics(text))


def test_a_gain_in_a_quality_the_sentence_names_keeps_it() -> None:
    text = _BEFORE + "Its robustness improves by 20% and 35% under noise and blur."
    assert _metrics(text) == [("20%", "robustness"), ("35%", "robustness")]


def test_a_metric_named_after_the_values_is_theirs() -> None:
    text = "Our parser gets 95.1% UAS and 93.8% LAS on PTB. On CTB and UD, it beats the prior parser by 1.6% and 2.4% in LAS."
    assert _metrics(text) == [("1.6%", "LAS"), ("2.4%", "LAS")]


def test_gains_paired_with_their_own_places_take_no_list_order() -> None:
    text = _BEFORE + "It also improves over mBERT by 4.2% and 3.1% on French and German."
    assert [m for _, m in _metrics(text)] != ["accuracy", "F1"]


def test_a_label_in_brackets_is_no_empty_metric_slot() -> None:
    text = "Our reader achieves 91.2 (EM) on SQuAD, and its accuracy is 88.0% (single model) and 89.5% (ensemble) on RACE."
    assert [(r.text, r.metric) for r in extract_text(text)][-2:] == [
        ("88.0%", "accuracy"),
        ("89.5%", "accuracy"),
    ]


def test_shares_of_cases_take_no_place_in_the_list_before() -> None:
    text = "Our model obtains 45.2 BLEU and 60.1 chrF on En-De. In a human study, raters preferred it in 61% and 70% of cases."
    assert [m for _, m in _metrics(text)][0] != "BLEU"
