"""modelctx3: the proposed name from the paper's own naming ("we call the network X", "the resulting
models, termed X,", "our model (Long Name or X)", a title that opens with the name the abstract
proposes) and baselines written as "N% of X", "in comparison with X", "improve the state of the art by",
"improves X's accuracy by". Invented sentences, one behaviour per test."""

from __future__ import annotations

from etl.extract.proposed import proposed_names
from tests.extract.helpers import hit as _hit


def test_we_call_the_network_a_title_case_name():
    text = "We build a light detector for drones. We therefore call the network Sky Glance Detection Network."
    assert proposed_names("Drones", text)[0] == "Sky Glance Detection Network"


def test_we_call_our_model_long_name_or_acronym():
    text = "We call our model Gated Sparse Memory or \\textbf{GaSM}. It is small."
    assert proposed_names("Memory", text)[0] == "GaSM"


def test_resulting_models_termed_a_digit_first_name():
    text = "We scale 3D networks. The resulting models, termed 3D FooNet-XL, attain 81.0% on Kinetics-400."
    assert proposed_names("Scaling", text)[0] == "3D FooNet-XL"


def test_our_model_with_a_parenthetical_name():
    text = "Our new model (Graph Tide Flow or GTF) is a recurrent network."
    assert proposed_names("Tides", text)[0] == "GTF"


def test_title_lead_name_proposed_in_the_abstract():
    title = "Gentle Echo Reader for Reading Comprehension"
    text = "In this paper, we introduce the Gentle Echo Reader for reading tasks. It reads twice."
    assert proposed_names(title, text)[0] == "Gentle Echo Reader"


def test_title_lead_name_that_reads_on_is_not_taken():
    title = "Deep Haze Network with Dense Fusion"
    text = "We propose a Deep Haze Network with Dense Fusion based on U-Net."
    assert proposed_names(title, text)[0] is None


def test_our_best_model_takes_the_termed_name():
    text = (
        "The resulting models, termed FooNet-RS, are simple. "
        "When pre-trained on more data, our best model achieves 84.3% on Kinetics-600."
    )
    assert _hit(text, "84.3%").model == "FooNet-RS"


def test_in_comparison_with_gives_the_baseline():
    text = "The new routine cuts run time by about 25% in comparison with the textbook sieve algorithm."
    assert _hit(text, "25%").baseline == "textbook sieve algorithm"


def test_improving_the_state_of_the_art_by_gives_it_as_baseline():
    text = "Across four language pairs, we improve the previous state of the art by 7.4 BLEU."
    assert _hit(text, "7.4").baseline == "the previous state of the art"


def test_possessor_of_the_improved_score_is_the_baseline():
    text = "Inserting our adapter raises small backbones' top-1 accuracy by as much as 3.6%."
    assert _hit(text, "3.6%").baseline == "small backbones"


def test_over_a_dataset_is_no_baseline():
    text = "Our segmenter beats the strongest method over each benchmark dataset by 8.7% in IoU."
    assert _hit(text, "8.7%").baseline == "strongest method"


def test_subject_noun_phrase_reaches_a_far_number_in_its_clause():
    text = (
        "Measured against raw logits, FooRank with temperature-scaled probabilities gets a 10% accuracy gain on "
        "tense probes in TenseSet and beats earlier methods on counting questions for spatial reasoning in "
        "CountSet by a relative 37%."
    )
    assert _hit(text, "37%").model == "FooRank"


def test_a_later_outperforms_with_its_own_number_is_not_the_earlier_baseline():
    text = (
        "Compared to plain scores, FooRank achieves a relative gain by 10% on VerbSet "
        "and outperforms prior work on GroupSet by 37%."
    )
    assert _hit(text, "10%").baseline == "plain scores"


def test_factor_times_the_speed_of_a_system():
    text = "The joint systems give a speed-up of 3.5 times the speed of the single-task system."
    assert _hit(text, "3.5 times").baseline == "single-task system"


def test_our_bare_name_before_a_verb_of_result_is_the_method():
    text = "We fuse two streams. Our FooSeg-Net achieves strong results on both benchmarks."
    assert proposed_names("Fusing streams", text)[0] == "FooSeg-Net"


def test_our_bare_name_that_is_released_is_not_taken():
    text = "We build a toolkit for phones. Our SDK is available for download."
    assert proposed_names("Phones", text)[0] is None
