"""The model field from the model audit of listing empties: a paper that names its own system in an
appositive after "our method" ("Our method, dubbed FooNet, ..."), and the first value of "from X to
Y" when what rises from X is the prior state of the art."""

from __future__ import annotations

from etl.extract.proposed import proposed_names
from tests.extract.helpers import model


def test_our_method_dubbed_a_name_names_the_method() -> None:
    abstract = (
        "We study how to track cells in noisy microscopy. Our method, dubbed CellTrax, links detections "
        "across frames with a learned cost. It runs at 30 frames per second."
    )
    assert proposed_names("Tracking Cells in Noise", abstract)[0] == "CellTrax"


def test_our_approach_called_a_spelled_out_name_takes_its_acronym() -> None:
    abstract = (
        "Our approach, called Layered Token Pruning (LTP), drops tokens in stages. We test it on three "
        "reading comprehension sets."
    )
    assert proposed_names("Pruning Tokens in Stages", abstract)[0] == "LTP"


def test_our_framework_termed_a_quoted_lower_case_name_takes_its_short_acronym() -> None:
    abstract = (
        "Our framework, termed `staged relabelling' (SR), starts from noisy labels and refines them. It "
        "helps on two corpora."
    )
    assert proposed_names("Relabelling Noisy Data", abstract)[0] == "SR"


def test_our_method_dubbed_name_is_the_model_of_its_result() -> None:
    text = (
        "We study how to track cells in noisy microscopy. Our method, dubbed CellTrax, links detections "
        "across frames with a learned cost. Our system beats the best tracker by 4.1% in accuracy."
    )
    assert model(text, "4.1%") == "CellTrax"


def test_the_first_value_of_a_raised_state_of_the_art_is_the_state_of_the_art() -> None:
    text = "Our parser improves the state of the art on TreeBankX from 61.4% to 66.0% in accuracy."
    assert model(text, "61.4%") == "the state of the art"


def test_the_first_value_of_an_advanced_state_of_the_art_result_drops_the_word_result() -> None:
    text = "The experiments show that our tagger advances the state-of-the-art result from 33.10 to 35.72 F1."
    assert model(text, "33.10") == "the state-of-the-art"


def test_a_from_value_without_the_state_of_the_art_is_not_given_to_it() -> None:
    text = "Our tagger raises the accuracy on TreeBankX from 61.4% to 66.0%, beyond the state of the art."
    assert model(text, "61.4%") != "the state of the art"
