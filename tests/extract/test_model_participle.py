"""A named model trained or tuned some way is the subject of the verb of result after it."""

from __future__ import annotations

from tests.extract.helpers import model


def test_an_indefinite_named_model_with_a_long_training_phrase() -> None:
    s = "A Swin-L fine-tuned on our synthetic scenes with the proposed schedule for thirty epochs reaches 62.1 mIoU."
    assert model(s, "62.1") == "Swin-L"


def test_a_resnext_cardinality_and_width_belong_to_the_name() -> None:
    s = "Our ResNeXt-101 64x4d trained with the new loss achieves 80.9% top-1 accuracy."
    assert model(s, "80.9%") == "ResNeXt-101 64x4d"


def test_a_verb_of_another_subject_is_not_reached_through_a_clause_break() -> None:
    s = "A Swin-L fine-tuned on our scenes is slower, and the distilled student reaches 61.0 mIoU."
    assert model(s, "61.0") != "Swin-L"
