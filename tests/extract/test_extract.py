"""extract_text on short sentences: kinds, units, signs, qualifiers, ranges, lists, names, not-results."""

from __future__ import annotations

import pytest

from etl.extract import extract_text


def brief(text: str, title: str | None = None) -> list[tuple]:
    return [
        (r.text, r.kind.value, r.value, r.unit.value, r.qualifier.value) for r in extract_text(text, title)
    ]


CASES = {
    # kinds from the words around the number
    "score_accuracy": (
        "Our model achieves 75.15% top-1 accuracy on ImageNet.",
        [("75.15%", "score", 75.15, "%", "exact")],
    ),
    "improvement_by": ("It outperforms CLIP by 8.2% on CC12M.", [("8.2%", "improvement", 8.2, "%", "exact")]),
    "improvement_noun": ("We report 3.05% absolute gains.", [("3.05%", "improvement", 3.05, "%", "exact")]),
    "drop_is_negative": (
        "Pruning costs a 20% absolute drop in accuracy.",
        [("20%", "improvement", -20.0, "%", "exact")],
    ),
    "error_reduction_positive": (
        "This gives a 12% word error rate reduction.",
        [("12%", "improvement", 12.0, "%", "exact")],
    ),
    "speedup_factor": ("Decoding is 3.54x faster than before.", [("3.54x", "speedup", 3.54, "x", "exact")]),
    "speedup_times": ("Sampling is 129 times faster.", [("129 times", "speedup", 129.0, "x", "exact")]),
    "speedup_percent": ("This speeds up training by 30%.", [("30%", "speedup", 30.0, "%", "exact")]),
    "throughput": ("We obtain 2x throughput on A100s.", [("2x", "speedup", 2.0, "x", "exact")]),
    "reduction_cost": (
        "The method reduces computational cost by about 20%.",
        [("20%", "reduction", 20.0, "%", "approx")],
    ),
    "reduction_less": ("It needs 33% less data.", [("33%", "reduction", 33.0, "%", "exact")]),
    "reduction_compression": (
        "We reach 10-20x compression in model size.",
        [("10-20x", "reduction", None, "x", "range")],
    ),
    "share_kept": (
        "It trains with only 0.35% of the parameters.",
        [("0.35%", "reduction", 0.35, "%", "exact")],
    ),
    "reduced_loss_is_gain": (
        "It reduces the validation loss by 13.6%.",
        [("13.6%", "improvement", 13.6, "%", "exact")],
    ),
    "param_words": (
        "We train an 8.3 billion parameter model.",
        [("8.3 billion", "param_count", 8.3e9, "params", "exact")],
    ),
    "param_two": (
        "We release 7B and 13B parameter models.",
        [("7B", "param_count", 7e9, "params", "exact"), ("13B", "param_count", 1.3e10, "params", "exact")],
    ),
    "param_hyphen": ("We pretrain a 3B-parameter LM.", [("3B", "param_count", 3e9, "params", "exact")]),
    "param_before_name": (
        "It beats the 540B PaLM model.",
        [("540B", "param_count", 5.4e11, "params", "exact")],
    ),
    "param_upper": (
        "It has fewer than 500 million parameters.",
        [("500 million", "param_count", 5e8, "params", "upper")],
    ),
    "data_tokens": ("We train on 1B tokens.", [("1B tokens", "data_size", 1e9, "tokens", "exact")]),
    "data_images": ("The set holds 1.2M images.", [("1.2M", "data_size", 1.2e6, "examples", "exact")]),
    "data_hours": (
        "The corpus has 400 hours of speech.",
        [("400 hours", "data_size", 400.0, "hours", "exact")],
    ),
    "data_count": ("We annotate 14,797 utterances.", [("14,797", "data_size", 14797.0, "examples", "exact")]),
    "data_words_number": (
        "We collect ten trillion tokens of text.",
        [("ten trillion tokens", "data_size", 1e13, "tokens", "exact")],
    ),
    # values
    "metric_value_none": (
        "The model reaches a BLEU score of 28.4 on WMT.",
        [("28.4", "score", 28.4, "none", "exact")],
    ),
    "signed_gain": ("Gains are large (+8.81 on C-Eval).", [("+8.81", "improvement", 8.81, "none", "exact")]),
    "points": (
        "It improves performance by 12.2 points.",
        [("12.2 points", "improvement", 12.2, "pp", "exact")],
    ),
    "percentage_points": (
        "A 9 percentage point increase in score.",
        [("9 percentage point", "improvement", 9.0, "pp", "exact")],
    ),
    "latex_percent": ("It improves span-F1 by up to 30\\%.", [("30\\%", "improvement", 30.0, "%", "upper")]),
    # qualifiers
    "up_to": ("It speeds up inference by up to 1.31x.", [("1.31x", "speedup", 1.31, "x", "upper")]),
    "over": ("It improves MRR by more than 26.9%.", [("26.9%", "improvement", 26.9, "%", "lower")]),
    "sim": (
        "It edits a subset (sim0.01% of model parameters).",
        [("0.01%", "reduction", 0.01, "%", "approx")],
    ),
    "tilde": ("It beats the baseline by ~3%.", [("3%", "improvement", 3.0, "%", "approx")]),
    # from .. to
    "from_to_scores": (
        "It raises accuracy from 36.2% to 40.7%.",
        [("36.2%", "score", 36.2, "%", "exact"), ("40.7%", "score", 40.7, "%", "exact")],
    ),
    "range_from": (
        "Gains ranging from 0.3% to 3.0% on CIFAR.",
        [("0.3% to 3.0%", "improvement", None, "%", "range")],
    ),
    "pipes": (
        "It gets 75.15%|82.03% top-1 accuracies for MobileNet|ResNet-50.",
        [("75.15%", "score", 75.15, "%", "exact"), ("82.03%", "score", 82.03, "%", "exact")],
    ),
    "list_on": (
        "It improves by 8.2% on CC12M and 2.1% on RedCaps.",
        [("8.2%", "improvement", 8.2, "%", "exact"), ("2.1%", "improvement", 2.1, "%", "exact")],
    ),
    # sizes in names
    "name_size": ("We fine-tune Llama-3.1-8B-Instruct.", [("8B", "param_count", 8e9, "params", "exact")]),
    "name_size_space": ("We fine-tune LLaMA-2 70B.", [("70B", "param_count", 7e10, "params", "exact")]),
    "mixture": ("We compare with Mixtral 8x7B.", [("8x7B", "param_count", 5.6e10, "params", "exact")]),
    # not results
    "year": ("In 2023, we ran 5 tasks in 24 languages.", []),
    "confidence": ("The 95% confidence interval is narrow.", []),
    "names_digits": ("We compare GPT-4, ResNet-50 and ViT-B/16 on CC12M.", []),
    "citation": ("As shown in [38], this holds.", []),
    "hardware": ("Training uses 512 GPUs for 3 days.", []),
    "people": ("We recruit 1,200 participants.", []),
    "context_length": ("It handles a 128K context window.", []),
    "cross_validation": ("We use 10-fold cross-validation.", []),
    "shape": ("A 3x3 convolution on 512x512 images.", []),
    "repetition": ("Each run is repeated 5 times.", []),
    "hyper_parameter": ("We use a learning rate of 0.001 and dropout 0.1.", []),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_extract(text, expected):
    assert brief(text) == expected


def test_context_fields_distribute_over_pipe_lists():
    text = "Our method gets 75.15%|82.03% top-1 accuracies for MobileNet-V1|ResNet-50 on ImageNet-1K."
    rs = extract_text(text)
    assert [r.model for r in rs] == ["MobileNet-V1", "ResNet-50"]
    assert all(r.metric == "top-1 accuracies" and r.dataset == "ImageNet-1K" for r in rs)


def test_dataset_after_each_number():
    rs = extract_text("It improves over CLIP by 8.2% on CC12M and 2.1% on RedCaps.")
    assert [r.dataset for r in rs] == ["CC12M", "RedCaps"]
    assert rs[0].baseline == "CLIP"


def test_dataset_carries_over_from_an_earlier_sentence():
    rs = extract_text("We evaluate on AudioCaps. Our loss improves SPIDEr to 0.444.")
    assert rs[0].dataset == "AudioCaps"
    assert rs[0].metric == "SPIDEr"


def test_our_method_is_the_proposed_name():
    rs = extract_text("We propose FooNet, a sparse model. Our method outperforms BERT by 3.2% on GLUE.")
    assert rs[0].model == "FooNet"
    assert rs[0].baseline == "BERT"


def test_model_name_for_a_size_in_it():
    rs = extract_text("We fine-tune Llama-3.1-8B-Instruct on math.")
    assert rs[0].model == "Llama-3.1-8B-Instruct"


def test_every_result_names_its_rule_and_sentence():
    text = "We propose X. It is 2x faster than Y. It reaches 80% accuracy."
    for r in extract_text(text):
        assert r.rule
        assert r.text in r.sentence and r.sentence in text
