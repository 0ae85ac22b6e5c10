"""The one known model of a sentence is not the unnamed method's base when the sentence gives it another role:
a teacher, a model whose cost is set against, a data maker or judge, a feature source, a model turned into
another, a model of a later clause, or the owner of a nearer value. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model

TITLE = "Lean Adaptation of Pretrained Encoders"


def test_a_teacher_distilled_from_is_not_the_model() -> None:
    text = (
        "We study compact rankers. We distil from Mixtral-8x7B into a small student and obtain 39.5% on NQ."
    )
    assert model(text, "39.5%", TITLE) is None


def test_a_model_whose_cost_is_set_against_is_not_the_model() -> None:
    text = "We design a sparse kernel. It needs only 1/5 of the memory used by Falcon-40B at long context."
    assert model(text, "1/5", TITLE) is None


def test_a_model_that_generated_the_data_is_not_the_model() -> None:
    text = "We curate reasoning chains. We score on GPT-4o generated problems and reach 57.3% accuracy."
    assert model(text, "57.3%", TITLE) is None


def test_a_model_used_as_the_judge_is_not_the_model() -> None:
    text = "We propose a reflection prompt. We obtain a 74.8% win rate with Claude-3-Opus as the judge."
    assert model(text, "74.8%", TITLE) is None


def test_a_model_giving_features_is_not_the_model() -> None:
    text = "We revisit linear probes. Our approach reaches 89.7% accuracy on AG News with RoBERTa-large features."
    assert model(text, "89.7%", TITLE) is None


def test_a_model_compressed_into_another_is_not_the_model() -> None:
    text = (
        "We study pruning. We compress OPT-2.7B into a 350M network that keeps 91% of its zero-shot accuracy."
    )
    assert model(text, "91%", TITLE) is None


def test_a_model_of_a_later_clause_is_not_the_model() -> None:
    text = "We add a memory module. It raises recall by 6.1 points, and Vicuna-13B equipped with it beats larger models."
    assert model(text, "6.1 points", TITLE) is None


def test_a_model_nearer_another_value_is_not_the_model() -> None:
    text = "We tune adapters only. Our approach reaches 84.2% on RTE, close to the 86.0% of DeBERTa-large."
    assert model(text, "84.2%", TITLE) is None


def test_a_model_features_are_taken_from_is_not_the_model() -> None:
    text = "We revisit linear probes. Our approach reaches 71.3 F1 on WNUT using features from GloVe and XLNet-large."
    assert model(text, "71.3", TITLE) is None
