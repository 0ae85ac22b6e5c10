"""The `model` field for a pair of values "(a vs. b)" set beside a compared system, and for method
names given by "The proposed method is called X" or "our approach X". Made-up sentences."""

from __future__ import annotations

from tests.extract.helpers import model as _model


def test_second_value_of_a_pair_after_outperforming_is_the_compared_system():
    text = "FooMatch achieves the best accuracy on CIFAR-100, outperforming BarMatch (74.2% vs. 71.9%) with 400 labels."
    assert _model(text, "71.9%") == "BarMatch"
    assert _model(text, "74.2%") == "FooMatch"


def test_pair_written_in_the_other_order_after_outperforms():
    text = "Our experiments show that FooQA outperforms the best previous model by a large margin (81.3% vs. 90.2%)."
    assert _model(text, "81.3%") == "best previous model"  # as the baseline field writes it
    assert _model(text, "90.2%") == "FooQA"


def test_pair_after_compared_with_earlier_in_the_sentence():
    text = (
        "Our FooSound model is better when compared with the autoregressive decoder and is faster, "
        "i.e., MOS: 3.61 vs 2.95."
    )
    assert _model(text, "2.95") == "autoregressive decoder"


def test_pair_set_close_to_a_reference():
    text = "Our proposed model is very close to human quality (4.21 vs 4.38 in MOS)."
    assert _model(text, "4.38") == "human quality"


def test_pair_followed_by_the_compared_system():
    text = "Our ranker's MRR is 40.2% higher (25.1% vs 17.9%) compared to the strongest baseline."
    assert _model(text, "17.9%") == "strongest baseline"


def test_method_is_thus_called_a_name_with_an_acronym():
    text = (
        "The proposed method is thus called Holistic Foo Parser (HFP). "
        "On the Wireframe dataset, it achieves 31.2 FPS on a single GPU."
    )
    assert _model(text, "31.2") == "HFP"


def test_our_approach_followed_by_its_name():
    text = (
        "Experiments on two datasets show that our approach \\textit{FooTrack+} performs best. "
        "At the same time, our tracker runs at more than 250\\,Hz."
    )
    assert _model(text, "250") == "FooTrack+"


# ------------------------------------------------------------ more owners


def test_relative_clause_of_the_state_of_the_art_after_a_verb_of_beating():
    text = (
        "Trained on half the data, the tagging model still surpasses the former state of the art (Foo'16), "
        "which achieved 70.2% accuracy."
    )
    assert _model(text, "70.2%") == "the former state of the art"


def test_name_that_owns_a_measure_changed_by_a_passive_verb():
    text = (
        "Relative to BarNet and BazNet, the per-image latency of FooNet is cut by 12% and 19%, respectively."
    )
    assert _model(text, "12%") == "FooNet"


def test_fronted_phrase_of_one_item_before_the_subject_name():
    text = "On ImageNet, FooMLP achieves 80.4% top-1 accuracy."
    assert _model(text, "80.4%") == "FooMLP"


def test_a_latex_macro_is_no_method_name():
    text = "Created with annotators, \\datasetName consists of 48K dialogues and 210K utterances."
    assert _model(text, "48K") is None


def test_a_name_set_after_a_data_set_noun_is_the_data_set():
    text = "We create a preference dataset, FooPref-Pairs, which contains 30k comparison pairs."
    assert _model(text, "30k") is None
