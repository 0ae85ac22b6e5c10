"""A size-only phrase ("the 7B model") is not a model named earlier when the paper makes it anew or when the
earlier model is prior work's. Sentences are invented."""

from __future__ import annotations

from etl.extract import extract_text
from tests.extract.helpers import model


def test_a_model_trained_anew_is_not_the_earlier_one() -> None:
    text = "Earlier work studies FooChat-13B. We pre-train the 13B model from scratch on 3T tokens and release it."
    at = text.index("the 13B") + len("the ")
    [r] = [r for r in extract_text(text, title="Open Pretraining") if r.span_start == at]
    assert r.model != "FooChat-13B"


def test_a_model_prior_work_used_is_not_the_one_meant() -> None:
    text = "Previous studies relied on BarLM-3B for tagging. The 3B model now reaches 44.2% on ARC."
    assert model(text, "44.2%", "Tagging at Scale") != "BarLM-3B"
