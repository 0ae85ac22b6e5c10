"""A sentence opened by a subordinate clause about another system: the subordinator is no part of that
system's name, and the main clause's own subject owns its value."""

from __future__ import annotations

import pytest

from tests.extract.helpers import model


@pytest.mark.parametrize("opener", ["While", "Whereas", "Although"])
def test_a_subordinator_is_no_part_of_the_name_after_it(opener: str) -> None:
    text = f"We propose ZetaNet. {opener} Qwen2-7B reaches 58.1% accuracy on GSM8K, ZetaNet reaches 69.4%."
    assert (model(text, "58.1%"), model(text, "69.4%")) == ("Qwen2-7B", "ZetaNet")


def test_the_main_clause_after_one_data_set_and_a_comma_has_its_own_subject() -> None:
    text = "We introduce KappaLM. While OPT-6.7B obtains 41.0% on MMLU, KappaLM obtains 47.5%."
    assert (model(text, "41.0%"), model(text, "47.5%")) == ("OPT-6.7B", "KappaLM")


def test_a_list_of_data_sets_after_a_preposition_still_names_no_system() -> None:
    text = "We propose ZetaNet. ZetaNet is evaluated on ImageNet, COCO and ADE20K, reaching 81.2% top-1 accuracy."
    assert model(text, "81.2%") == "ZetaNet"


def test_a_concessive_clause_subject_with_its_short_form_is_not_the_method() -> None:
    text = (
        "Although deep convolutional networks (DCNs) exceed 92% accuracy on clean digits, they break under blur. "
        "We present BlurMix, which reaches 81.6% on blurred digits."
    )
    assert model(text, "92%", "BlurMix: Robust Digit Recognition") != "BlurMix"
