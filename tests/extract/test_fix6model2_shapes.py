"""Model shapes of fix round 6, second pass (real arXiv abstracts): a third party's system written as a
lowercase subject noun phrase ("the current state of the art approach achieves", "prior art has 27.9%
accuracy", "our best baseline model achieved", "the accuracy of earlier detectors drops by"); one behaviour
each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import model

_TITLE = "Ripple: Sharper Edges for Tiny Detectors"
_PLAIN = "Sharper edges for tiny detectors"  # a title with no name: the paper's own system stays unnamed


def test_state_of_the_art_spelled_with_spaces_modifies_a_subject():
    text = "We study edge maps. The previous state of the art method reaches 64.3% recall on the Quarry set."
    assert model(text, "64.3%", _TITLE) == "The previous state of the art method"


def test_a_subject_after_a_fronted_phrase_without_its_comma():
    text = "We study edge maps. On the Quarry set the strongest published detector reaches 64.3% recall."
    assert model(text, "64.3%", _TITLE) == "the strongest published detector"


def test_a_fronted_phrase_without_a_comma_needs_a_determiner_on_the_subject():
    text = "We study edge maps. On the Quarry set detectors trained longer reach 64.3% recall."
    assert model(text, "64.3%", _PLAIN) is None


def test_prior_art_with_has_and_a_number_is_a_system():
    text = "We study edge maps. Under heavy blur, where prior art has 31.5% recall, RippleNet reaches 48.0%."
    assert model(text, "31.5%", _PLAIN) == "prior art"
    assert model(text, "48.0%", _PLAIN) == "RippleNet"


def test_state_of_the_art_alone_is_no_subject():
    text = "We study edge maps. Ripple improves the state of the art and has 48.0% recall on the Quarry set."
    assert model(text, "48.0%", _TITLE) == "Ripple"


def test_a_baseline_of_ours_is_written_as_it_stands():
    text = "We propose Ripple. On the Quarry set, our strongest baseline model reaches 41.2% recall."
    assert model(text, "41.2%", _TITLE) == "our strongest baseline model"


def test_our_model_still_takes_the_methods_name():
    text = "We propose Ripple. On the Quarry set, our full model reaches 58.1% recall."
    assert model(text, "58.1%", _TITLE) == "Ripple"


def test_a_determined_phrase_after_a_dataset_word_is_no_data_set_name():
    text = "We study edge maps. In the new blur dataset the best baseline detector achieved 38.4% recall."
    assert model(text, "38.4%", _TITLE) == "the best baseline detector"


def test_a_subject_only_head_noun_names_the_system():
    text = (
        "We study edge maps. We find that current edge discriminators can classify blurred and sharp maps "
        "with 71% accuracy."
    )
    assert model(text, "71%", _PLAIN) == "current edge discriminators"


def test_the_metric_of_a_described_system_names_it():
    text = "We study edge maps. The recall of earlier edge detectors drops by 12% under heavy blur."
    assert model(text, "12%", _TITLE) == "earlier edge detectors"


def test_the_metric_of_a_named_model_names_it():
    text = "We study edge maps. The accuracy of EdgeFormer-S drops by 9% under heavy blur."
    assert model(text, "9%", _TITLE) == "EdgeFormer-S"


def test_the_metric_of_the_bare_model_stays_unnamed():
    text = "We study edge maps. The accuracy of the model drops by 9% under heavy blur."
    assert model(text, "9%", _PLAIN) is None
