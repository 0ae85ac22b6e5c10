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
    text = "Moved to Cityscapes and ADE20K without tuning, FooSeg keeps mIoU of 78.4 and 45.0, respectively."
    assert _datasets(text) == [("78.4", "Cityscapes"), ("45.0", "ADE20K")]


def test_numbers_of_different_units_are_no_list():
    text = (
        "Searching costs FooNAS 2.9 GPU days and yields a test error of 2.6%, moved to CIFAR-100 and "
        "ImageNet it gives errors of 17.0% and 24.9% respectively."
    )
    got = dict(_datasets(text))
    assert got["2.6%"] != "ImageNet"  # not the second of a list "2.9 GPU days and 2.6%"
    assert got["17.0%"] == "CIFAR-100" and got["24.9%"] == "ImageNet"


def test_a_count_that_does_not_match_the_values_borrows_no_list():
    text = "We test FooReID on Market-1501, DukeMTMC-reID and CUHK03. It reaches 81.0% and 72.5% on the three benchmarks."
    assert _datasets(text)[1] != ("72.5%", "DukeMTMC-reID")


def test_a_list_opened_by_i_e_with_a_comma():
    text = (
        "We test FooReID on three benchmarks, i.e., Market-1501, DukeMTMC-reID and CUHK03, reaching mAP of "
        "81.0%, 72.5% and 58.1%, respectively."
    )
    assert _datasets(text)[0] == ("81.0%", "Market-1501")


def test_bare_values_listed_before_their_benchmarks_are_scores():
    text = "FooLM-8B achieves 72.4, 68.1 and 55.0 on MMLU, ARC-C and GPQA, respectively."
    assert _datasets(text)[1:] == [("72.4", "MMLU"), ("68.1", "ARC-C"), ("55.0", "GPQA")]


def test_each_from_to_pair_keeps_the_benchmark_written_before_it():
    text = (
        "FooRAG improves exact match on NaturalQuestions from 38.1 to 45.6 and on TriviaQA from 61.0 to 68.3."
    )
    assert _datasets(text) == [
        ("38.1", "NaturalQuestions"),
        ("45.6", "NaturalQuestions"),
        ("61.0", "TriviaQA"),
        ("68.3", "TriviaQA"),
    ]
