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
    "plus_percent": ("It achieves 60+\\% recovery on CATH.", [("60+\\%", "score", 60.0, "%", "lower")]),
    "latex_nbsp_unit": (
        "A collection of 100~hours of video.",
        [("100~hours", "data_size", 100.0, "hours", "exact")],
    ),
    "hyphen_point": (
        "It wins (+4-point mAP over the best).",
        [("+4-point", "improvement", 4.0, "pp", "exact")],
    ),
    "percent_points": (
        "It improves F1 by 5.69% points.",
        [("5.69% points", "improvement", 5.69, "pp", "exact")],
    ),
    "more_per_minute": (
        "Annotations are denser (54% more actions per minute).",
        [("54%", "improvement", 54.0, "%", "exact")],
    ),
    "improvements_from_to": (
        "We see improvements from 0.8% to 3% on two datasets.",
        [("0.8% to 3%", "improvement", None, "%", "range")],
    ),
    "by_without_cue": (
        "It is superior to T5-large by 5.7% on exact match.",
        [("5.7%", "improvement", 5.7, "%", "exact")],
    ),
    "exceeds_a_level": (
        "Adoption has exceeded 35% in the population.",
        [("35%", "score", 35.0, "%", "lower")],
    ),
    "or_pair": (
        "It adapts with only 1% or 10% of the data.",
        [("1%", "reduction", 1.0, "%", "exact"), ("10%", "reduction", 10.0, "%", "exact")],
    ),
    "falling_sizes": (
        "It compresses DeiT-B from 86M to 9M parameters.",
        [("86M", "param_count", 8.6e7, "params", "exact"), ("9M", "param_count", 9e6, "params", "exact")],
    ),
    "shared_phrase": (
        "It matches R-GCN with 8x and 17x fewer parameters.",
        [("8x", "reduction", 8.0, "x", "exact"), ("17x", "reduction", 17.0, "x", "exact")],
    ),
    "slash_list": (
        "We report a mIoU of 53.2%/51.7% on the two targets.",
        [("53.2%", "score", 53.2, "%", "exact"), ("51.7%", "score", 51.7, "%", "exact")],
    ),
    "times_the": (
        "It scores almost 4 times the previous state of the art.",
        [("4 times", "improvement", 4.0, "x", "approx")],
    ),
    "data_verbs": (
        "MASSIVE contains 1M realistic, parallel, labeled utterances.",
        [("1M", "data_size", 1e6, "examples", "exact")],
    ),
    "versus_pair": (
        "It beats the best model by a margin (88.43% vs. 94.78%).",
        [("88.43%", "score", 88.43, "%", "exact"), ("94.78%", "score", 94.78, "%", "exact")],
    ),
    "metric_colon": (
        "We report the best top-1 accuracy to date: 85.4%.",
        [("85.4%", "score", 85.4, "%", "exact")],
    ),
    "passive_error_reduced": (
        "Mean joint error is reduced by 1%.",
        [("1%", "improvement", 1.0, "%", "exact")],
    ),
    "passive_cost_reduced": ("Training time is reduced by 40%.", [("40%", "reduction", 40.0, "%", "exact")]),
    "game_points": (
        "The agent scores over 43,000 points.",
        [("43,000 points", "score", 43000.0, "none", "lower")],
    ),
    "size_after_version": (
        "It beats Llama 3.2 3B and Mamba-2 370M.",
        [("3B", "param_count", 3e9, "params", "exact"), ("370M", "param_count", 3.7e8, "params", "exact")],
    ),
    "size_after_family_name_with_a_space": (
        "We compare BLOOM 560M with Falcon 40B.",
        [("560M", "param_count", 5.6e8, "params", "exact"), ("40B", "param_count", 4e10, "params", "exact")],
    ),
    "share_of_other_system": (
        "It needs roughly 0.35% of those of AdapterFusion.",
        [("0.35%", "reduction", 0.35, "%", "approx")],
    ),
    "frequency": ("The model complies 14% of the time.", [("14%", "score", 14.0, "%", "exact")]),
    "plus_minus": ("It reaches an F1 score of 0.79+/-0.07.", [("0.79", "score", 0.79, "none", "exact")]),
    "arrow_pair": (
        "It helps on StrategyQA (58.9 rightarrow 61.7 acc.).",
        [("58.9", "score", 58.9, "none", "exact"), ("61.7", "score", 61.7, "none", "exact")],
    ),
    "abbreviation_before_noun": (
        "A 7B model trained for 1 trillion (T) tokens.",
        [("7B", "param_count", 7e9, "params", "exact"), ("1 trillion", "data_size", 1e12, "tokens", "exact")],
    ),
    "faster_rcnn_is_a_name": (
        "It surpasses Faster R-CNN by 5.8% AP and 16.1% AP on LVIS.",
        [("5.8%", "improvement", 5.8, "%", "exact"), ("16.1%", "improvement", 16.1, "%", "exact")],
    ),
    # not results
    "schedule_fraction": ("We vary upsampling from 5% to 30% of training.", []),
    "twice_as_long": ("It rivals a model trained for twice as long.", []),
    "inside_a_url": ("Models are at https://huggingface.co/x/Llama-3-8B-Instruct.", []),
    "context_length_tokens": ("It reaches context lengths of more than 10,000 tokens.", []),
    "context_length_paren": ("It matches GPT-4 Turbo (128K) on long inputs.", []),
    "data_before_model_noun": (
        "Training on 5B long-context data extends the hybrid model.",
        [("5B", "data_size", 5e9, "examples", "exact")],
    ),
    "quoted_name": ('We call it the "3M" model.', []),
    "token_rate": ("It processes 1,000 tokens per second on a single GPU.", []),
    "data_set_name_size": ("Models are pre-trained on JFT-300M and LAION-5B.", []),
    "video_resolution": ("It beats prior work at 4K video resolution.", []),
    "dataset_name_size": ("We test on CIFAR-10 and Clothing 1M.", []),
    "human_3_6m": ("Errors drop on the Human 3.6M benchmark.", []),
    "flops_are_not_params": ("It needs 295M FLOPs.", []),
    "scale_maximum": ("Users rated it 6.3 out of 7 points.", []),
    "latex_length": ("\\vspace{-0.2cm} We study it.", []),
    "throughput_count": ("It processes 10,000 samples per second.", []),
    "larger_models": (
        "It rivals 500 times larger models.",
        [("500 times", "reduction", 500.0, "x", "exact")],
    ),
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


def test_respectively_aligns_numbers_with_data_sets():
    rs = extract_text(
        "It improves accuracy by 10.5%, 3.5% and 9.0% on Office, VisDA-2017 and DomainNet, respectively."
    )
    assert [r.dataset for r in rs] == ["Office", "VisDA-2017", "DomainNet"]


def test_respectively_aligns_numbers_with_models():
    rs = extract_text("It reaches 72.8% and 75.0% top-1 accuracy using DeiT-S and Swin-T, respectively.")
    assert [r.model for r in rs] == ["DeiT-S", "Swin-T"]


def test_respectively_aligns_numbers_with_metrics():
    rs = extract_text("It wins by 12.39%, 15.71% and 18.09% in terms of SROCC, KROCC and RMSE, respectively.")
    assert [r.metric for r in rs] == ["SROCC", "KROCC", "RMSE"]


def test_latex_non_breaking_space_in_names():
    rs = extract_text("It improves AP on MS~COCO by 3.1%.")
    assert rs[0].dataset == "MS COCO"
    assert rs[0].text == "3.1%"


def test_elliptic_list_keeps_each_metric():
    rs = extract_text("Our approach reduces memory usage by 45% and training time by 30%.")
    assert [r.metric for r in rs] == ["memory usage", "training time"]


def test_metric_written_just_before_the_value():
    rs = extract_text("The model attains an F1 score of 0.87 and an AUC of 0.93.")
    assert [r.metric for r in rs] == ["F1 score", "AUC"]


def test_hardware_and_models_are_not_data_sets():
    assert extract_text("We get 2-5x throughput improvement on A100 GPUs.")[0].dataset is None
    assert extract_text("It improves top-1 accuracy by 1.2% across ResNet-18 and ViT-B.")[0].dataset is None


def test_every_result_names_its_rule_and_sentence():
    text = "We propose X. It is 2x faster than Y. It reaches 80% accuracy."
    for r in extract_text(text):
        assert r.rule
        assert r.text in r.sentence and r.sentence in text


@pytest.mark.parametrize(
    ("title", "abstract", "method"),
    [
        ("ProLLaMA: A Protein Large Language Model", "We study proteins.", "ProLLaMA"),
        ("Finstreder: Simple and fast understanding", "We study speech.", "Finstreder"),
        ("Survey: Deep nets", "We review deep nets.", None),
        ("A title", "Here we propose Hallucinator that makes positives.", "Hallucinator"),
        ("A title", "We introduce a novel method, Self Positioning, which searches.", "Self Positioning"),
        (
            "A title",
            "We refer to the model as Llama-3-SynE (Synthetic data Enhanced Llama-3).",
            "Llama-3-SynE",
        ),
        ("Sensitive Neuron Dropout (SeND) for LLMs", "We study training.", "SeND"),
    ],
    ids=["title_prefix", "title_word", "genre_word", "bare_name", "appositive", "refer_as", "title_acronym"],
)
def test_proposed_method_name(title, abstract, method):
    from etl.extract.context import proposed_names

    assert proposed_names(title, abstract)[0] == method


def test_proposed_data_set_name():
    from etl.extract.context import proposed_names

    assert proposed_names("GUIDE: A Guideline-Guided Dataset for Videos", "We build it.") == (None, "GUIDE")
    assert proposed_names("A title", "We introduce MM-RLHF, a dataset containing 120k pairs.")[1] == "MM-RLHF"


def test_a_family_name_before_a_size_owns_it():
    owners = [r.model for r in extract_text("We evaluate OPT 1.3B, BLOOM 560M and Falcon 40B on the suite.")]
    assert owners == ["OPT 1.3B", "BLOOM 560M", "Falcon 40B"]
