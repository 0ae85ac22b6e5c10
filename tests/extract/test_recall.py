"""Recall fixes for score, reduction and data_size (sentences written for these tests)."""

from __future__ import annotations

import pytest

from etl.extract import extract_text


def kinds(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


CASES = {
    # "lesser" is a reduce cue like "less"
    "lesser_is_reduction": (
        "The new design needs 3.2x lesser activation memory during training.",
        [("3.2x", "reduction", 3.2)],
    ),
    # hours followed by corpus / dataset: the size of the data, not part of a name
    "hours_corpus": (
        "The recognizer is trained on a 12k hours corpus.",
        [("12k hours", "data_size", 12000.0)],
    ),
    "hour_named_dataset": (
        "We fine-tune on the 600-hour Fisher corpus.",
        [("600-hour", "data_size", 600.0)],
    ),
    "size_in_dataset_name_still_out": ("We also test on the Human 3.6M dataset.", []),
    # "on a" before a size: not the top of a rating scale
    "on_a_size_is_data": (
        "The encoder is pre-trained on a 2.5M image collection.",
        [("2.5M", "data_size", 2500000.0)],
    ),
    "on_a_scale_still_out": ("Annotators judged fluency on a 5-point scale.", []),
    # a side condition after the object does not decide what a reduce verb acts on
    "compress_with_no_loss": (
        "Distillation compresses the network by 6x with no loss in BLEU.",
        [("6x", "reduction", 6.0)],
    ),
    "prune_share_with_loss": (
        "We prune 70% of the weights with negligible accuracy loss.",
        [("70%", "reduction", 70.0)],
    ),
    "reduce_error_still_gain": ("The method reduces the error by 9% on SVHN.", [("9%", "improvement", 9.0)]),
    "compression_ratio_of": (
        "Our codec reaches a compression ratio of 9x on Kodak.",
        [("9x", "reduction", 9.0)],
    ),
    "ratio_of_is_a_setting": ("We keep a ratio of 3 between the two losses.", []),
    # a relative clause after a size is not a count of people or hardware
    "size_then_relative_clause": (
        "It is a compact model with only 4.2K parameters that runs on a phone.",
        [("4.2K", "param_count", 4200.0)],
    ),
    "samples_of_languages": (
        "The corpus holds 640K samples of languages from Africa.",
        [("640K", "data_size", 640000.0)],
    ),
    "annotators_still_out": ("The labels come from 1,500 crowd annotators.", []),
    # a bare value after a score verb, on a named benchmark
    "verb_value_on_benchmark": (
        "Our 7B variant reaches 61.3 on MMLU and 48.0 on BBH.",
        [("7B", "param_count", 7e9), ("61.3", "score", 61.3), ("48.0", "score", 48.0)],
    ),
    "verb_value_on_average_out": ("The agent reaches 3.5 on average.", []),
    "verb_value_in_language_out": ("The tutor obtains 2.5 in English.", []),
    # metric names the lexicon lacked
    "plural_miou": (
        "We achieve mIoUs of 71.2 and 74.8 on Cityscapes.",
        [("71.2", "score", 71.2), ("74.8", "score", 74.8)],
    ),
    "amota_score": ("Our tracker reaches 65.3 AMOTA on the test split.", [("65.3", "score", 65.3)]),
    "sari_score": ("The simplifier obtains 43.2 SARI on Turk.", [("43.2", "score", 43.2)]),
    "opinion_score": ("The vocoder gets a 4.12 mean opinion score on LJSpeech.", [("4.12", "score", 4.12)]),
    # a slash list of decimals: one score per member
    "slash_list_of_values": (
        "The three variants reach 38.1/41.7/44.0 mAPs on COCO.",
        [("38.1", "score", 38.1), ("41.7", "score", 41.7), ("44.0", "score", 44.0)],
    ),
    "slash_in_names_still_out": ("We fine-tune ViT-B/16 on a 3/4 split.", []),
    # a metric abbreviated in parentheses before "of"
    "metric_paren_of": (
        "The generator reaches a Frechet Video Distance (FVD) of 212.4 on UCF-101.",
        [("212.4", "score", 212.4)],
    ),
    # "to X% reduction in error": the phrase after the number decides, not the "to" before it
    "to_then_gain_phrase": (
        "Fusion leads to 7% reduction in word error rate.",
        [("7%", "improvement", 7.0)],
    ),
    "reduced_to_is_score": ("The word error rate is reduced to 3.1%.", [("3.1%", "score", 3.1)]),
    # an aside between the number and its noun
    "aside_before_noun": (
        "We obtain a 6% (relative) improvement in recall.",
        [("6%", "improvement", 6.0)],
    ),
    # "by" governs every member of a list of metric values
    "by_list_of_metrics": (
        "It surpasses the baseline by 2.4 mIoU, 1.8 PQ and 0.9 AP on Cityscapes.",
        [("2.4", "improvement", 2.4), ("1.8", "improvement", 1.8), ("0.9", "improvement", 0.9)],
    ),
    "values_after_gain_stay_scores": (
        "It beats the baseline by 1.2 points and reaches 30.1 BLEU on WMT14.",
        [("1.2 points", "improvement", 1.2), ("30.1", "score", 30.1)],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recall_case(name: str) -> None:
    text, expected = CASES[name]
    assert kinds(text) == expected


def test_token_count_is_not_a_dataset_name() -> None:
    [r] = extract_text("We pretrain on the 300B-token corpus.")
    assert (r.kind.value, r.dataset) == ("data_size", None)
