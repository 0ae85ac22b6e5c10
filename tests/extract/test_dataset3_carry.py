"""Data sets carried or aligned by position: a value list does not take a number out of a name, a
sentence that names a known data set only as an object (not after on/in) still carries it, a list's
last item or a name's part does not, and a proposed data set owns the sizes of later sentences."""

from __future__ import annotations

from tests.extract.helpers import hit

_SPLIT = "Our decoder sets a new record on Callhome-500, 6.2% and 11.4% WER on CHA and CHB."


def test_a_value_list_does_not_start_inside_a_name() -> None:
    assert hit(_SPLIT, "6.2%").dataset == "CHA"


def test_the_second_value_takes_the_second_name() -> None:
    assert hit(_SPLIT, "11.4%").dataset == "CHB"


def test_a_known_data_set_named_as_an_object_carries() -> None:
    text = (
        "We compare against prior detectors on a standard anomaly benchmark built with CIFAR-10. "
        "Even a single outlier image reaches 81.2% AUC on this benchmark."
    )
    assert hit(text, "81.2%").dataset == "CIFAR-10"


def test_the_last_item_of_a_list_does_not_carry() -> None:
    text = (
        "Our tokenizer is fitted with samples of CIFAR-10 and SVHN images. "
        "It trims the sequence length by 17% overall."
    )
    assert hit(text, "17%").dataset is None


def test_the_proposed_data_set_owns_a_later_sentences_sizes() -> None:
    title = "FooChart360: A dataset for rotated chart detection"
    text = (
        "We build the FooChart360 rotated chart detection dataset from scanned reports, following the "
        "annotation format of the DOTA dataset. The training split holds 812 charts and the test split "
        "holds 203 charts."
    )
    assert hit(text, "812", title).dataset == "FooChart360"
