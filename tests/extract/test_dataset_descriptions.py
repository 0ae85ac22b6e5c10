"""The dataset field when a sentence describes the data instead of naming it: the description as
written ("three real-world datasets"), as the gold sets write it. Sentences are made up for the test,
one behaviour each."""

from __future__ import annotations

from etl.extract.dataset_descriptions import described_after
from tests.extract.helpers import hit


def test_description_after_the_number():
    text = "FooRank improves nDCG by 3.1% on three real-world datasets."
    assert hit(text, "3.1%").dataset == "three real-world datasets"


def test_description_before_the_number():
    text = "Experiments on six widely used benchmarks show that FooRank improves nDCG by 3.1%."
    assert hit(text, "3.1%").dataset == "six widely used benchmarks"


def test_indefinite_description_needs_a_modifier():
    text = "FooRank reaches 71.2% accuracy on a large-scale dataset."
    assert hit(text, "71.2%").dataset == "a large-scale dataset"
    bare = "FooRank reaches 71.2% accuracy on a benchmark."
    assert hit(bare, "71.2%").dataset is None


def test_a_named_data_set_wins_over_a_description():
    text = "On three public datasets, FooRank reaches 71.2% accuracy on CIFAR-100."
    assert hit(text, "71.2%").dataset == "CIFAR-100"


def test_description_replaces_a_data_set_named_earlier():
    text = "We first test on CIFAR-100. FooRank then improves accuracy by 2.2% across 11 datasets."
    assert hit(text, "2.2%").dataset == "11 datasets"


def test_a_description_followed_by_its_list_is_not_taken():
    text = "FooRank improves accuracy by 2.2% on several datasets including FooSet and BarSet."
    end = text.index("2.2%") + 4
    assert described_after(text, 0, len(text), end) is None
    plain = "FooRank improves accuracy by 2.2% on several datasets."
    assert described_after(plain, 0, len(plain), end) == "several datasets"


def test_part_of_a_data_set_is_no_description():
    text = "FooRank reaches 71.2% accuracy on a held-out subset of the benchmark."
    assert hit(text, "71.2%").dataset is None


def test_parameter_count_takes_no_description():
    text = "Our 7B model is evaluated on three real-world datasets."
    assert hit(text, "7B").dataset is None


def test_bare_plural_description():
    text = "FooRank gains 4.1% in accuracy across imbalanced datasets."
    assert hit(text, "4.1%").dataset == "imbalanced datasets"


def test_a_bare_plural_led_by_a_determiner_is_no_description():
    text = "FooRank gains 4.1% in accuracy on these datasets."
    assert hit(text, "4.1%").dataset is None


def test_a_description_in_a_later_enumerated_finding_is_not_read():
    text = (
        "We find that (i) FooRank gains up to 5 exact match points, and (ii) a small reader matches a "
        "large one on extractive QA datasets."
    )
    assert hit(text, "5").dataset is None


def test_a_description_before_the_number_does_not_replace_a_carried_name():
    text = (
        "We evaluate FooNet on CIFAR-10. Unlike methods pre-trained on large-scale datasets, it reaches "
        "97.1% accuracy."
    )
    assert hit(text, "97.1%").dataset == "CIFAR-10"


def test_a_definite_phrase_points_back_and_is_no_description():
    text = "We test on CIFAR-10 and CIFAR-100. FooNet gains 2.1% across all these datasets."
    assert hit(text, "2.1%").dataset != "all these datasets"
    other = "We test FooNet on CIFAR-10. It gains 2.1% on the public dataset."
    assert hit(other, "2.1%").dataset == "CIFAR-10"


def test_a_description_after_the_next_number_is_that_number_s():
    text = "FooNet gains 2.1 points in the base setting and 3.4 points on two real-world datasets."
    assert hit(text, "2.1 points").dataset is None
    assert hit(text, "3.4 points").dataset == "two real-world datasets"


def test_data_a_model_was_pre_trained_on_is_no_description():
    text = "FooNet, pre-trained on several large-scale datasets, reaches 81.0% top-1 accuracy."
    assert hit(text, "81.0%").dataset is None


def test_the_data_an_evaluation_ran_on_replaces_a_carried_name():
    text = (
        "We first tune FooNet on CIFAR-10. Extensive experiments on two real-world datasets show that "
        "FooNet gains 2.1% in accuracy."
    )
    assert hit(text, "2.1%").dataset == "two real-world datasets"


def test_other_work_s_data_does_not_replace_a_carried_name():
    text = "We evaluate FooNet on CIFAR-10. Unlike work that relies on multiple datasets, it reaches 97.1% accuracy."
    assert hit(text, "97.1%").dataset == "CIFAR-10"
