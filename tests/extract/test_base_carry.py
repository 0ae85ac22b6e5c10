"""The base model a fronted phrase set for an unnamed method, carried by "it" into the next sentence.
Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_it_in_the_next_sentence_keeps_the_base_model():
    text = (
        "We merge redundant visual tokens. When applied to InternVL2-8B, it drops 70.1% of visual tokens. "
        "At the same budget, it outperforms ToMe by 4.4% on DocVQA."
    )
    assert model(text, "4.4%", "Token Merging for MLLMs") == "InternVL2-8B"


def test_a_named_subject_in_the_next_sentence_is_its_own():
    text = (
        "We merge redundant visual tokens. When applied to InternVL2-8B, it drops 70.1% of visual tokens. "
        "At the same budget, ToMe reaches 60.2% on DocVQA."
    )
    assert model(text, "60.2%", "Token Merging for MLLMs") == "ToMe"
