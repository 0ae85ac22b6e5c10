"""A data set a model was pre-trained or transferred from is not the one its scores were measured on; a
task acronym the abstract spells out gives way to a data set the sentence names; a plain name the
gazetteer knows counts before a data word without "the"."""

from __future__ import annotations

from etl.extract.dataset_names import dataset_mentions, is_source, sentence_dataset
from tests.extract.helpers import hit


def test_a_score_takes_the_evaluation_set_not_the_pretraining_source() -> None:
    text = "On the LVIS benchmark, our detector reaches 61.2 box AP when pre-trained on ImageNet-21K."
    assert hit(text, "61.2").dataset == "LVIS"


def test_a_score_whose_sentence_names_only_a_source_takes_the_earlier_data_set() -> None:
    text = (
        "We evaluate on the KolektorSDD surface defect dataset. "
        "With pretrained features on ImageNet, the detector scores 97.3 AUROC."
    )
    assert hit(text, "97.3").dataset == "KolektorSDD"


def test_a_source_is_no_data_set_the_sentence_carries() -> None:
    text = "Our backbone is fine-tuned from COCO checkpoints."
    assert sentence_dataset(text, 0, len(text)) is None


def test_the_source_cue_needs_a_pretraining_or_transfer_word() -> None:
    text = "The encoder was trained on Places365 and reaches 58.1% top-1 accuracy."
    assert not is_source(text, text.find("Places365"), 0)
    assert hit(text, "58.1%").dataset == "Places365"


def test_a_task_acronym_gives_way_to_the_data_set_the_sentence_names() -> None:
    text = (
        "We study event argument linking (EAL) and event typing. "
        "Experiments on the RAMS-2 corpus give gains on EAL (+2.9%) and typing (+1.4%)."
    )
    assert hit(text, "+2.9%").dataset == "RAMS-2"


def test_a_known_plain_name_before_a_data_word_is_a_mention() -> None:
    text = "Models trained on synthetic scenes are adapted to Cityscapes dataset without labels."
    assert "Cityscapes" in [n for _, n in dataset_mentions(text, 0, len(text))]
