"""The model field, review 10: two capitalised words before a pair of values that are languages, levels or
parts rather than systems; a size inside a base model's name; plural nouns, data collections and studied
systems as acting names; prior systems "called" X; "It" after another system. Sentences are invented."""

from __future__ import annotations

from etl.extract import extract_text
from tests.extract.helpers import model


def test_two_languages_before_a_pair_of_values_are_no_systems():
    text = (
        "We propose KiloMT, a many-to-many translator. Against the pivot baseline, Marathi and Telugu "
        "improve by 3.4 and 2.9 BLEU."
    )
    assert model(text, "3.4", "Many-to-Many Translation") == "KiloMT"
    assert model(text, "2.9", "Many-to-Many Translation") == "KiloMT"


def test_two_levels_or_parts_before_a_pair_of_values_are_no_systems():
    title = "Web Agents that Plan"
    text = "We propose PlanWeb. On a shopping suite, Simple and Complex tasks reach success rates of 84% and 52%."
    assert model(text, "84%", title) == "PlanWeb"
    text = "We propose PlanWeb. We find that Planner and Critic modules take 60% and 25% of the tokens."
    assert model(text, "60%", title) == "PlanWeb"
    text = (
        "We propose PlanWeb. The agent uses 8 and 4 layers; Planner and critic reach 61% and 70% utilisation."
    )
    assert model(text, "70%", title) == "PlanWeb"


def test_two_accelerators_before_a_pair_of_values_are_no_systems():
    text = (
        "We propose FlashTile, a tiled kernel. On average, A100 and H100 runs are 1.9x and 3.1x faster than "
        "the naive kernel."
    )
    assert model(text, "1.9x", "Tiled Kernels") is None  # not the accelerator's
    assert model(text, "3.1x", "Tiled Kernels") is None


def test_two_names_after_a_capital_whereas_take_one_each():
    text = "Our filter blocks 96% of attacks. Whereas Llama-3 and Qwen2 comply with 41% and 37% of them."
    assert model(text, "41%", "A Safety Filter") == "Llama-3"
    assert model(text, "37%", "A Safety Filter") == "Qwen2"


def test_a_size_inside_a_base_models_name_stays_with_that_name():
    text = (
        "We propose SlimCache, a cache compressor. Applied to Qwen2-14B, it shrinks the cache by 5x compared "
        "to Qwen2-14B."
    )
    results = extract_text(text, title="Compressing Caches")
    assert [(r.text, r.model) for r in results if r.text == "14B"] == [
        ("14B", "Qwen2-14B"),
        ("14B", "Qwen2-14B"),
    ]
    assert model(text, "5x", "Compressing Caches") == "SlimCache"


def test_a_name_before_a_plural_noun_does_not_act():
    text = (
        "SpladeX vectors are sparse. SpladeX stores one weight per term. Pruning cuts index size by 5x "
        "with a 0.3 point drop in nDCG@10."
    )
    assert model(text, "5x", "Pruning Sparse Indexes") is None


def test_a_data_collection_that_acts_is_no_method():
    text = (
        "TextTrove is a collection of 3M pages in 25 languages. TextTrove covers rare scripts. A 2B model "
        "trained on TextTrove gains 2.7 points on a reading benchmark."
    )
    assert model(text, "2.7 points", "A Multilingual Web Collection") is None


def test_a_studied_system_does_not_take_another_systems_value():
    text = (
        "Open proof assistants are spreading. LemmaBot writes proofs from informal sketches. It is compared "
        "with commercial tools on 240 theorems. LemmaBot proves 48.3% of them, while the strongest closed "
        "tool proves 66.0%."
    )
    title = "Evaluating Open Proof Assistants"
    assert model(text, "48.3%", title) == "LemmaBot"
    assert model(text, "66.0%", title) is None


def test_a_prior_system_called_by_name_is_no_method():
    text = (
        "Earlier work used a method called TokenFold to merge tokens. We revisit it and show that pruning "
        "alone reaches 80.2% top-1 accuracy with 35% fewer FLOPs."
    )
    assert model(text, "80.2%", "Pruning Is Enough") is None


def test_a_collection_called_by_name_is_no_method():
    text = (
        "We train a model on a noisy web collection called PicNoise-2M and reach 70.4% accuracy on a "
        "held-out set."
    )
    assert model(text, "70.4%", "Learning from Noisy Pictures") is None


def test_it_after_another_system_is_that_system_not_the_method():
    text = (
        "We distill a large teacher into SmallTalk. We also release a safety classifier. It has 0.4B "
        "parameters and reaches 88.0% agreement with annotators."
    )
    assert model(text, "0.4B", "SmallTalk: Distilled Chat Models") is None
