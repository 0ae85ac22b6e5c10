"""Over-firing shapes of the round 17 data-set, metric, kind and qualifier rules, found by an audit with
invented abstracts (old code vs new): a sentence's opening verb is no member of a data-set list, nor a
model family; a two-member pair with a comma before "and" is two statements; a "by" list item drops its
article and is no verb phrase; a font-split name is read at the mention that places the value; a factor
over a serial run said of a quality is no speedup. One behaviour each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit

# --- dataset lists ---


def test_a_sentence_opening_verb_is_no_member_of_a_data_set_list():
    text = "Leveraging Qwen2-7B and MBPP, we find that FooCoder raises pass@1 by 5.2 points."
    assert hit(text, "5.2 points").dataset == "MBPP"


def test_a_model_family_is_no_member_of_a_data_set_list():
    text = "FooDecode, applied to Mistral and TruthfulQA, improves truthfulness by 4.5%."
    assert hit(text, "4.5%").dataset == "TruthfulQA"


def test_a_known_data_set_opening_a_sentence_still_heads_its_list():
    text = "Cityscapes and KITTI experiments show that FooSeg improves mIoU by 2.2 points."
    assert hit(text, "2.2 points").dataset == "Cityscapes and KITTI"


# --- qualifiers ---


def test_a_comma_before_and_in_a_pair_starts_a_new_statement():
    text = "Plain prompting yields less than 35% accuracy, and 58% with FooPrompt."
    assert hit(text, "58%").qualifier.value == "exact"


def test_a_serial_comma_list_still_shares_its_qualifier():
    text = "FooSet includes approximately 120 million clicks, 8 million users, and 300,000 cover images."
    assert hit(text, "300,000").qualifier.value == "approx"


# --- metrics ---


def test_a_by_list_item_drops_its_article():
    text = "FooDial lifts the entity F1 by 3.3 points, the task success rate by 5.1 points, and BLEU by 0.9 points."
    assert hit(text, "5.1 points").metric == "task success rate"


def test_a_verb_phrase_after_a_by_list_is_no_metric_item():
    text = "Against prior work, FooNet cuts energy by 18%, memory by 22%, and raises recall by 3 points."
    assert hit(text, "3 points").metric == "recall"


# --- whole names ---


def test_a_font_split_name_is_read_where_it_places_the_value():
    text = (
        "Pre-trained on \\emph{mini}ImageNet, FooFew reaches 71.4% 5-shot accuracy on \\emph{tiered}ImageNet."
    )
    assert hit(text, "71.4%").dataset == "tieredImageNet"


# --- kinds ---


def test_a_factor_over_a_serial_run_said_of_a_quality_is_a_gain():
    text = "Our distributed learner boosts sample efficiency by 4x over the sequential baseline."
    r = hit(text, "4x")
    assert (r.kind.value, r.metric) == ("improvement", "sample efficiency")
