"""The model field on probe shapes (round 7/8): a named method run on a known model keeps its own
results, a name that is a metric's, a language pair's or a bare part's is no system, and a sentence
opening "The 120M model" is about the proposed system. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import hit, model


def test_a_named_method_applied_to_a_known_model_keeps_its_result():
    text = "Applied to Mistral-7B-Instruct, FooSkip drops 65.0% of the prompt tokens while keeping 97.1% of the accuracy."
    assert model(text, "97.1%", "FooSkip: skipping tokens") == "FooSkip"


def test_a_known_model_fine_tuned_with_a_named_method():
    text = "Fine-tuning Qwen2.5-7B with FooAdapt on a maths corpus yields 71.2% on GSM8K, 3.1% above LoRA."
    assert model(text, "71.2%", "FooAdapt: adapting") == "FooAdapt"
    text = "Trained on UltraChat, Gemma-2-9B with FooPO attains a win rate of 40.2% on a chat benchmark."
    assert model(text, "40.2%", "FooPO: preference optimisation") == "FooPO"


def test_a_known_model_fronted_by_on_keeps_the_model():
    # the dev gold gives "On the X model, Method boosts ... by N" to the model
    text = "On the Mistral-7B-Instruct model, FooPO can boost accuracy by 12% on a maths benchmark."
    assert model(text, "12%", "FooPO: preference optimisation") == "Mistral-7B-Instruct"


def test_a_method_that_lifts_a_model_from_one_value_to_another_keeps_the_model():
    text = "Used as a reranker, FooRank lifts Gemma-2-9B from 40.1% to 52.3% on a retrieval benchmark."
    assert model(text, "52.3%", "FooRank: reranking") == "Gemma-2-9B"


def test_a_method_with_a_backbone_is_the_system():
    text = (
        "We present FooDet, a detector. FooDet with a ResNet-101 backbone achieves 47.3 AP on COCO at 21 FPS."
    )
    assert model(text, "47.3", "FooDet: detection") == "FooDet"


def test_a_metric_named_before_score_is_no_system():
    text = (
        "Our captioner achieves a SPIDEr-X score of 88.1, and an ensemble of three captioners reaches 90.4."
    )
    assert model(text, "90.4", "Better captions") != "SPIDEr-X"


def test_its_part_or_its_metric_is_the_method():
    text = "We present FooVid, a video generator. Its temporal VAE compresses clips 128x."
    assert model(text, "128x", "FooVid: video generation") == "FooVid"


def test_a_language_pair_is_no_system():
    text = "Our system improves BLEU by 3.3 for Tamil-English over a supervised baseline."
    assert model(text, "3.3", "Better low-resource translation") != "Tamil-English"


def test_a_sentence_opening_with_the_sized_model_is_the_proposed_one():
    text = "We introduce FooEmbed, a family of embedding models. The 120M model achieves an nDCG@10 of 51.2 on BEIR."
    assert model(text, "51.2", "FooEmbed: small embedders") == "FooEmbed"


def test_a_scores_verb_keeps_its_subject():
    text = "FooLM scores 71.0% on a maths benchmark, 2.2 points above GPT-4."
    assert model(text, "71.0%", "FooLM: reasoning") == "FooLM"


def test_a_speedup_after_a_compared_value_is_against_that_system():
    text = "FooGen reaches an FID of 7.1 versus 8.4 for the 25-step teacher, and is 9x faster."
    assert hit(text, "9x", "FooGen: fast generation").baseline == "25-step teacher"
    text = "FooBot solves 61.0% of tasks, up from 40.2% for the ReAct baseline, while using 35% fewer tokens."
    assert hit(text, "35%", "FooBot: agents").baseline == "ReAct baseline"


def test_a_speedup_after_a_clause_break_takes_no_compared_value():
    text = "FooGen reaches an FID of 7.1 versus 8.4 for BarGen; sampling is 9x faster."
    assert hit(text, "9x", "FooGen: fast generation").baseline != "BarGen"


def test_a_number_inside_a_compared_phrase_is_part_of_it():
    text = "It makes sampling 4.5x faster than the 1,000-step diffusion baseline."
    assert hit(text, "4.5x", "FooGen: fast generation").baseline == "1,000-step diffusion baseline"
    text = "It is 3x faster than 2 baselines."
    assert hit(text, "3x", "FooGen: fast generation").baseline is None


def test_a_speedup_in_a_clause_with_its_own_setting_takes_no_compared_value():
    text = "On SetA, FooNet keeps AUC at 0.81 (versus 0.80 for BarNet), and on SetB it cuts latency by 2.2x."
    assert hit(text, "2.2x", "FooNet: pruning").baseline != "BarNet"
