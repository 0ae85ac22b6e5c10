"""A data size right after an indefinite data noun ("an unlabeled dataset of 4M images") is that
data set's: the name it is apposed to or the subject of "is", else none named elsewhere."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_a_size_after_is_a_dataset_of_takes_the_subject() -> None:
    text = "ZetaClips is an unlabeled dataset of 3M clips, larger than any existing Kinetics dataset."
    assert hit(text, "3M").dataset == "ZetaClips"


def test_a_size_after_an_apposed_corpus_takes_the_name() -> None:
    text = "Beyond the SQuAD dataset, we release QuuxQA-48K, a corpus of 48K question-answer pairs."
    assert hit(text, "48K").dataset == "QuuxQA-48K"


def test_a_size_of_an_unnamed_larger_dataset_is_not_the_named_one() -> None:
    text = (
        "The detector is pretrained on the KITTI dataset, then tuned on a larger driving dataset "
        "comprising 120 million frames."
    )
    assert hit(text, "120 million").dataset is None
