"""A name the abstract uses as a system is no data set of its results, and a data set owns its size."""

from __future__ import annotations

from dataclasses import replace

from etl.extract import extract_text
from etl.extract.core import _no_system_as_data
from etl.records import Kind, Qualifier, Result, Section, Unit


def _by_text(abstract: str) -> dict[str, object]:
    return {r.text: r for r in extract_text(abstract)}


def test_carried_name_that_is_a_compared_system_is_no_dataset() -> None:
    rs = _by_text(
        "We replace the recurrent decoder in VoxTalk with a convolutional stack. "
        "Listening tests show that our vocoder outperforms VoxTalk by 0.21 MOS."
    )
    assert rs["0.21"].baseline == "VoxTalk"
    assert rs["0.21"].dataset is None


def test_carried_dataset_that_is_no_system_stays() -> None:
    rs = _by_text("We evaluate on the Orchard-10 dataset. Our detector outperforms FastBox by 3.1 mAP.")
    assert rs["3.1"].dataset == "Orchard-10"


def _size(dataset: str, model: str | None) -> Result:
    return Result(
        Section.ABSTRACT, 0, 3, "2.4M", Kind.DATA_SIZE, 2.4e6, None, None, Unit.EXAMPLES,
        Qualifier.EXACT, "", "size", dataset=dataset, model=model,
    )  # fmt: skip


def test_dataset_size_has_no_model_of_the_same_name() -> None:
    (r,) = _no_system_as_data([_size("TweetNet", "TweetNet")], [False])
    assert (r.dataset, r.model) == ("TweetNet", None)


def test_dataset_size_keeps_its_name_when_a_score_credits_it() -> None:
    score = replace(_size("", None), kind=Kind.SCORE, dataset=None, model="TweetNet")
    sized, _ = _no_system_as_data([_size("TweetNet", None), score], [False, False])
    assert sized.dataset == "TweetNet"
