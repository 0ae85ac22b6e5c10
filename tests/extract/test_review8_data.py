"""Review 8, data-set field: a compared system erases only a carried data set; a size suffix or a language
is no reason to give a size no data set; a second "on Y" clause is measured on Y."""

from etl.extract.core import extract_text
from etl.records import Result


def _by_text(abstract: str, title: str | None = None) -> dict[str, Result]:
    return {r.text: r for r in extract_text(abstract, title=title)}


def test_known_dataset_named_in_its_own_sentence_stays_when_also_a_baseline() -> None:
    rs = _by_text(
        "Pretraining on our clinical images outperforms ImageNet by 2.1 AUC on CheXpert, "
        "and the same encoder reaches 78.3% top-1 accuracy on ImageNet."
    )
    assert rs["78.3%"].dataset == "ImageNet"


def test_unknown_dataset_named_in_its_own_sentence_stays_when_also_a_baseline() -> None:
    rs = _by_text(
        "We tune our parser against QuillNet. On the QuillBank corpus it scores 71.4 F1, "
        "and it beats QuillBank by 2.0 points on the TernSet benchmark."
    )
    assert rs["71.4"].dataset == "QuillBank"


def test_size_suffix_keeps_the_title_dataset() -> None:
    rs = _by_text(
        "We build SoundHub-2M with 2M clips totalling 9,000 hours.",
        title="SoundHub: A Large-Scale Audio Corpus",
    )
    assert rs["9,000 hours"].dataset == "SoundHub"


def test_a_language_before_items_is_no_dataset() -> None:
    rs = _by_text("We use 3,000 Portuguese sentences and 10K Swahili utterances for evaluation.")
    assert rs["3,000"].dataset is None
    assert rs["10K"].dataset is None


def test_second_on_clause_takes_its_own_data() -> None:
    rs = _by_text("On Reddit, the detector reaches 91.2% F1, and on Twitter 88.0%.")
    assert rs["91.2%"].dataset == "Reddit"
    assert rs["88.0%"].dataset == "Twitter"


def test_a_carried_system_name_stays_erased_in_a_list() -> None:
    rs = _by_text(
        "We replace the recurrent decoder in VoxTalk with a convolutional stack. "
        "Our vocoder outperforms VoxTalk by 0.21 MOS and by 0.15 in speaker similarity."
    )
    assert rs["0.21"].dataset is None
    assert rs["0.15"].dataset is None


def test_a_system_suffix_with_an_apposition_is_still_no_dataset_of_sizes() -> None:
    rs = _by_text(
        "We train Pico-1.7B, a small language model, on 11T tokens of filtered web text.",
        title="Pico: Data-Centric Training of Compact Language Models",
    )
    assert rs["11T tokens"].dataset is None


def test_a_named_dataset_before_items_stays() -> None:
    assert _by_text("We add 60K ShareGPT conversations to the mix.")["60K"].dataset == "ShareGPT"


def test_a_second_clause_without_on_shares_the_first_data() -> None:
    rs = _by_text("On the TernSet benchmark, the detector reaches 91.2% F1 and 88.0% recall.")
    assert rs["88.0%"].dataset == "TernSet"
