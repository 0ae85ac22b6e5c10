"""Data set names that start in lower case ("nuScenes", "ogbn-products") are found after on/in when
the gazetteer knows them, and one ordinary word the loose gazetteer lookup would match ("multiple"
for MultiPL-E, "drops" for DROP) is no known data set."""

from __future__ import annotations

from etl.extract.dataset_names import dataset_mentions, known_dataset, title_dataset
from tests.extract.helpers import hit


def _mentions(text: str) -> list[str]:
    return [name for _, name in dataset_mentions(text, 0, len(text))]


def test_a_known_name_with_an_inner_capital_after_on_is_a_mention() -> None:
    text = "Our tracker is trained on nuScenes and evaluated without tuning on held-out scenes."
    assert _mentions(text) == ["nuScenes"]


def test_a_known_lower_case_name_with_a_dash_after_on_is_a_mention() -> None:
    text = "The sampler cuts the epoch time by half on \\texttt{ogbn-products} with no loss."
    assert _mentions(text) == ["ogbn-products"]


def test_an_unknown_lower_case_word_with_a_digit_is_no_mention() -> None:
    text = "We ablate the choice of encoder in seq2seq pipelines and in mmWave radar settings."
    assert _mentions(text) == []


def test_a_size_takes_the_lower_case_data_set_named_on_its_sentence() -> None:
    text = (
        "We set a new record on \\texttt{ogbn-papers100M}, a web-scale citation graph, "
        "with over 95 million nodes."
    )
    assert hit(text, "95 million").dataset == "ogbn-papers100M"


def test_the_word_multiple_is_not_a_known_data_set() -> None:
    assert not known_dataset("multiple")
    assert not known_dataset("Multiple Datasets")


def test_a_plural_ordinary_word_is_not_a_known_data_set() -> None:
    assert not known_dataset("drops")
    assert known_dataset("DROP")


def test_a_plain_word_an_entry_writes_stays_known() -> None:
    assert known_dataset("Cityscapes")
    assert known_dataset("the Omniglot dataset")


def test_a_title_over_multiple_benchmarks_names_no_data_set() -> None:
    assert title_dataset("Contrastive Pretraining Across Multiple Benchmarks") is None


def test_a_capitalised_compound_adjective_starting_a_sentence_is_no_mention() -> None:
    text = "Noisy-label datasets are common in practice, and our loss is robust to them."
    assert _mentions(text) == []


def test_a_capitalised_compound_adjective_does_not_carry_to_a_later_gain() -> None:
    text = (
        "Long-horizon benchmarks stress memory in agents. "
        "Our planner improves the success rate by 7.5% over the strongest baseline."
    )
    assert hit(text, "7.5%").dataset is None
