"""Data-set surfaces that describe instead of naming get no id; a known name inside a part phrase resolves."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.errors import RuleError
from etl.extract.dataset_parts import DATA, described_words
from etl.extract.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


def test_a_lower_case_task_phrase_names_no_data_set(gz: Gazetteer) -> None:
    assert gz.dataset_id("graph link prediction") is None


def test_a_lower_case_name_the_gazetteer_knows_keeps_its_id(gz: Gazetteer) -> None:
    assert gz.dataset_id("ogbn-products") == "ogbn-products"


def test_a_numbered_track_names_no_data_set(gz: Gazetteer) -> None:
    assert gz.dataset_id("Track 3") is None


def test_a_known_name_inside_a_split_phrase_resolves(gz: Gazetteer) -> None:
    assert gz.dataset_id("the held-out split of MS-COCO") == "coco"


def test_an_unknown_name_inside_a_split_phrase_keeps_its_own_id(gz: Gazetteer) -> None:
    assert gz.dataset_id("ZorpBench test") == "zorpbench test"


def test_a_capitalised_split_word_before_a_name_is_part_of_the_name(gz: Gazetteer) -> None:
    assert gz.dataset_id("Split Fashion-MNIST") == "split fashion-mnist"


def test_a_language_pair_alone_names_no_data_set(gz: Gazetteer) -> None:
    assert gz.dataset_id("Portuguese-English") is None


def test_a_language_beside_a_name_keeps_the_name(gz: Gazetteer) -> None:
    assert gz.dataset_id("WMT16 Romanian-English") == "wmt16 romanian-english"


def test_a_title_case_task_phrase_names_no_data_set(gz: Gazetteer) -> None:
    assert gz.dataset_id("Graph Classification") is None


def test_a_title_case_name_that_ends_in_no_task_keeps_its_id(gz: Gazetteer) -> None:
    assert gz.dataset_id("Fashion Product Images") == "fashion product images"


def test_several_coordinated_names_are_no_one_data_set(gz: Gazetteer) -> None:
    assert gz.dataset_id("Foo-10k, BarQA and Baz Bench") is None


def test_a_known_name_with_a_coordination_inside_stays_a_name(gz: Gazetteer) -> None:
    assert gz.dataset_id("CIFAR10&100") is not None


def test_word_list_examples_are_checked_at_load(tmp_path: Path) -> None:
    bad = tmp_path / "described.toml"
    text = DATA.read_text(encoding="utf-8")
    bad.write_text(
        text.replace('examples = ["English",', 'examples = ["ImageNet", "English",'), encoding="utf-8"
    )
    with pytest.raises(RuleError, match="'ImageNet' is not read as described"):
        described_words(bad)
