"""Numbers listed against a list of data sets: "respectively", "on these benchmarks", lists after "to".
Sentences are made up for the test, one behaviour each."""

from __future__ import annotations

from etl.extract import extract_text


def _datasets(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.dataset) for r in extract_text(text)]


def test_on_these_benchmarks_takes_the_list_of_the_sentence_before():
    text = (
        "We test FooReID on Market-1501, DukeMTMC-reID and CUHK03. It reaches mAP scores of 81.0%, "
        "72.5% and 58.1% on these benchmarks."
    )
    assert _datasets(text) == [("81.0%", "Market-1501"), ("72.5%", "DukeMTMC-reID"), ("58.1%", "CUHK03")]


def test_a_list_opened_by_including_does_not_keep_the_word():
    text = (
        "We test FooReID on three benchmarks including Market-1501, DukeMTMC-reID and CUHK03. It "
        "reaches mAP scores of 81.0%, 72.5% and 58.1% on these benchmarks."
    )
    assert _datasets(text)[0] == ("81.0%", "Market-1501")


def test_a_list_after_to_is_of_data_sets_when_all_are_known_ones():
    text = "The cell is then transferred to CIFAR-100 and ImageNet, reaching top-1 errors of 17.2% and 25.3%, respectively."
    assert _datasets(text) == [("17.2%", "CIFAR-100"), ("25.3%", "ImageNet")]


def test_numbers_of_different_units_are_no_list():
    text = (
        "FooNAS searches on CIFAR-10 for 3.1 GPU days and reaches a test error of 2.6%, which is then "
        "transferred to CIFAR-100 and ImageNet reaching errors of 17.2% and 25.3%, respectively."
    )
    got = dict(_datasets(text))
    assert got["2.6%"] != "ImageNet"
    assert got["17.2%"] == "CIFAR-100" and got["25.3%"] == "ImageNet"
