"""The model field after review 8: a new name that acts as a sentence's subject is the paper's own
method only when something ties it to the paper (the title names it, "we develop ... X", "our X", "a
quantizer called X", "X, our ..."); an analysis paper's studied system ("Pangu-Weather predicts ...
Pangu-Weather outperforms ...") is not the paper's method. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_a_studied_system_acting_twice_is_not_the_papers_method():
    text = (
        "Radar nowcasts are hard to score. StormCastX predicts rain fields at 1 km resolution. "
        "StormCastX outperforms persistence in most regions. We propose a new skill score and show "
        "that rankings change, with a 14% lower CRPS for the ensemble."
    )
    assert model(text, "14%", "Rethinking Nowcast Scoring") is None


def test_an_acting_name_the_title_gives_is_the_proposed_method():
    text = (
        "Low-bit quantization hurts quality. FooQuant learns rotations that spread outliers. "
        "The quantized model is small, and FooQuant runs 2.7x faster than FP16 inference."
    )
    assert model(text, "2.7x", "Rotations for Quantization: the FooQuant Recipe") == "FooQuant"


def test_an_acting_name_introduced_as_called_is_the_proposed_method():
    text = (
        "Low-bit quantization hurts quality. This is addressed by a quantizer called FooQuant. "
        "FooQuant learns rotations that spread outliers, and FooQuant runs 2.7x faster than FP16 inference."
    )
    assert model(text, "2.7x", "Quantization Without Tears") == "FooQuant"


def test_an_acting_name_set_as_ours_is_the_proposed_method():
    text = (
        "Low-bit quantization hurts quality. FooQuant, our quantizer, learns rotations that spread outliers. "
        "FooQuant runs 2.7x faster than FP16 inference."
    )
    assert model(text, "2.7x", "Quantization Without Tears") == "FooQuant"


def test_an_acting_name_of_the_papers_code_repository_is_the_proposed_method():
    text = (
        "Weak labels give coarse masks. FooCAM is a saliency map that is pushed to grow. It covers more "
        "of the object, and on the test images we achieve an mIoU of 66.2. The code is available at "
        "https://github.com/someone/FooCAM."
    )
    assert model(text, "66.2", "Growing Saliency for Weak Segmentation") == "FooCAM"


def test_an_acting_name_spelled_from_the_title_is_the_proposed_method():
    text = (
        "Tabular forecasting is brittle. GloTaF mixes global and local attention over rows. "
        "GloTaF beats gradient boosting on 12 of 15 tasks, lowering MAE by 8.4%."
    )
    assert model(text, "8.4%", "Global Tabular Forecasting with Mixed Attention") == "GloTaF"


def test_an_acting_name_of_a_we_construct_sentence_is_the_proposed_method():
    text = (
        "Molecules need angles. We use these ideas to construct a directional graph network (AngleNet). "
        "AngleNet passes messages between edges. On average AngleNet lowers the error by 31%."
    )
    assert model(text, "31%", "Directional Messages for Molecules") == "AngleNet"


def test_a_whole_title_word_in_a_studied_name_ties_nothing():
    # counter-example: "Weather" is a word of the title, not a piece cut from it
    text = (
        "Forecast scores mislead. Storm-Weather predicts rain fields at 1 km resolution. "
        "Storm-Weather outperforms persistence in most regions. We propose a new skill score and show "
        "that rankings change, with a 14% lower CRPS for the ensemble."
    )
    assert model(text, "14%", "Rethinking Weather Forecast Scores") is None


def test_a_value_of_two_coordinated_systems_is_not_the_second_ones():
    text = "We study forecasting. FooFormer and BarFormer reach 71.2% on the A1 split."
    assert model(text, "71.2%", "Forecasters on Returns") is None


def test_a_single_subject_after_a_coordinated_place_keeps_its_value():
    # counter-example: the coordination is of places, not of subjects
    text = "We study forecasting. On A1 and A2, FooFormer reaches 71.2% on average."
    assert model(text, "71.2%", "Forecasters on Returns") == "FooFormer"


def test_coordinated_subjects_of_a_passive_with_respectively_take_one_value_each():
    text = (
        "We study tracking. FooLink and BarSmooth can be readily attached to other trackers with a small "
        "computational cost (2.1 ms and 5.3 ms per image, respectively, on TrackSet)."
    )
    assert model(text, "2.1 ms", "Tracking Without Tears") == "FooLink"
    assert model(text, "5.3 ms", "Tracking Without Tears") == "BarSmooth"
