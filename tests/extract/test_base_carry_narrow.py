"""A following "it" keeps the base model of the sentence before only when its own sentence names no other
known model. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model

TITLE = "Cheap Visual Token Selection"


def test_a_sentence_naming_another_model_does_not_keep_the_base() -> None:
    text = (
        "When applied to InternVL2-8B, it prunes 81% of image tokens. "
        "It also carries over to MiniCPM-V-2.6, where it prunes 74%."
    )
    assert model(text, "74%", TITLE) != "InternVL2-8B"


def test_a_model_after_the_number_stops_the_carry() -> None:
    text = "When applied to InternVL2-8B, it prunes 81% of image tokens. It gives a 2.2x speedup on MiniCPM-V-2.6."
    assert model(text, "2.2x", TITLE) != "InternVL2-8B"
