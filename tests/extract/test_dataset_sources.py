"""dataset_sources.py: data sets named that a number was not measured on (sentences invented)."""

from __future__ import annotations

from etl.extract.dataset_sources import improved_on, is_source


def test_pre_trained_on_is_a_source():
    text = "Pre-trained on FooSet-21K, the model reaches 80% on FooSet-1K."
    assert is_source(text, text.index("FooSet-21K"), 0)
    assert not is_source(text, text.index("FooSet-1K"), 0)


def test_initialization_after_a_name_is_a_source():
    text = "It reaches 0.85, compared with 0.79 for FooNet initialization."
    assert is_source(text, text.index("FooNet"), 0)


def test_improving_on_an_unknown_name_is_a_system():
    text = "It scores 0.9, improving on FedFoo by 2 points."
    assert improved_on(text, text.index("on FedFoo"), "FedFoo")


def test_improving_on_a_known_data_set_keeps_it():
    text = "It improves on Cityscapes by 2 mIoU."
    assert not improved_on(text, text.index("on Cityscapes"), "Cityscapes")
