"""Review 10 data set misfires: one-word fronted names that are systems, devices, plain words, tasks or
languages; "improvements on" a new benchmark; a system presented with its training data; the authors' own
words that are no data; baselines in the gazetteer; the list of the sentence before; hyphenated words that
are no splits; bare years with a split; a size from a list of sources. Sentences invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import hit


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("For question answering on Llama, FooRAG raises accuracy by 3.4%.", "3.4%"),
        ("For code generation on Gemma, FooSpec decodes 2.3x faster.", "2.3x"),
        ("For image classification on Mamba, FooPrune keeps 80.4% accuracy.", "80.4%"),
        ("For speech recognition on Whisper, FooQuant cuts latency by 35%.", "35%"),
        ("For object detection on Jetson, FooDet runs at 29 FPS.", "29"),
        ("For summarization on Qwen, FooLoRA improves ROUGE-L by 1.2 points.", "1.2 points"),
    ],
)
def test_a_system_or_device_after_a_task_is_no_data_set(text: str, number: str):
    assert hit(text, number).dataset is None


@pytest.mark.parametrize(
    ("text", "number", "dataset"),
    [
        ("In the Open track, BarSys ranks first with 58.3 F1.", "58.3", "Open track"),
        ("In the Hard subset, accuracy falls to 39.5%.", "39.5%", "Hard subset"),
        ("In the Constrained track, BarSys reaches 44.1 BLEU.", "44.1", "Constrained track"),
    ],
)
def test_a_plain_word_before_a_head_keeps_its_head(text: str, number: str, dataset: str):
    assert hit(text, number).dataset == dataset


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("On the Synthetic data, FooNet lowers the error by 12%.", "12%"),
        ("In the Docker environment, FooAgent solves 47% of the issues.", "47%"),
        ("On Day 5 (n=80), accuracy reached 77%.", "77%"),
        ("In the Sentiment Analysis task, FooBERT reaches 92.4% accuracy.", "92.4%"),
        ("For the QA task, FooLM gains 2.2 points of EM.", "2.2 points"),
        ("In the Named Entity Recognition task, FooNER reaches 88.1 F1.", "88.1"),
        ("In our comparisons, FooNet is 2.4x faster than BarNet.", "2.4x"),
        ("On our problems, FooSAT solves 14% more instances.", "14%"),
        ("In our instances, FooSolver is 3.5x faster than Gurobi.", "3.5x"),
        ("For the Marathi track, our system obtains 27.9 BLEU.", "27.9"),
        ("On the Japanese subset, FooMT gains 1.8 BLEU.", "1.8"),
    ],
)
def test_fronted_words_that_name_no_data_set(text: str, number: str):
    assert hit(text, number).dataset is None


def test_own_data_nouns_still_name_data():
    text = "On our collected dialogues, FooBot reaches an F1 of 0.64."
    assert hit(text, "0.64").dataset == "our collected dialogues"


@pytest.mark.parametrize(
    ("text", "number", "dataset"),
    [
        (
            "FooNet brings consistent improvements on ChartQuest, reaching 63.2% accuracy.",
            "63.2%",
            "ChartQuest",
        ),
        ("It shows large improvements on PlotMimic, with gains of up to 11.7%.", "11.7%", "PlotMimic"),
    ],
)
def test_improvements_on_a_new_benchmark_keep_it(text: str, number: str, dataset: str):
    assert hit(text, number).dataset == dataset


def test_a_system_improved_on_is_still_no_data_set():
    text = "FooFed reaches a Dice score of 0.87 on BraTS, improving on FedProx by 1.6 points."
    assert hit(text, "1.6 points").dataset == "BraTS"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We present FooCLIP with 300M image-text pairs, which improves zero-shot accuracy by 2.7%.", "2.7%"),
        ("We introduce FooVLM with 15K instruction pairs and gain 3.3 points on average.", "3.3 points"),
        ("We present FooAgent with 2,000 expert demonstrations, reaching 68% success.", "68%"),
    ],
)
def test_a_system_presented_with_its_training_data_is_no_data_set(text: str, number: str):
    assert hit(text, number).dataset is None


def test_a_benchmark_built_with_its_size_stays_a_data_set():
    text = "We build DriftQA with 2,400 dialogues and find that FooLM drops 9.2% in accuracy."
    assert hit(text, "2,400").dataset == "DriftQA"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("FooBO finds better configurations than SMAC, reducing the error by 7%.", "7%"),
        ("Compared with PSM, our estimator reduces bias by 35%.", "35%"),
    ],
)
def test_a_baseline_method_is_no_data_set(text: str, number: str):
    assert hit(text, number).dataset is None


def test_a_list_of_shots_does_not_take_the_list_before():
    text = (
        "We evaluate on CUB, Cars and Flowers. With 1, 5 and 10 shots, FooFew reaches 70.2%, 72.4% and 74.1% "
        "accuracy, respectively, and sets a new state of the art on TieredImageNet."
    )
    assert hit(text, "72.4%").dataset == "TieredImageNet"


def test_hyphenated_time_words_are_no_split_items():
    text = "Scores rose from 40% to 51% and 60% on the pre-test and post-test, respectively."
    assert hit(text, "60%").dataset is None
    text = "FooNet cuts memory by 28% and 41% for train-time and test-time, respectively."
    assert hit(text, "41%").model == "FooNet"


def test_a_bare_year_with_a_split_takes_the_name_before_it():
    text = "On the Pascal VOC 2007 and 2012 test sets, FooDet reaches 81.7 and 79.9 mAP, respectively."
    assert hit(text, "81.7").dataset == "Pascal VOC 2007"
    assert hit(text, "79.9").dataset == "Pascal VOC 2012"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We collect 15K images from COCO, Visual Genome and Flickr30k and improve recall by 3%.", "15K"),
        ("We pretrain on 3M images from ImageNet, Open Images and Places.", "3M"),
    ],
)
def test_a_size_from_a_list_with_two_word_items_has_no_one_data_set(text: str, number: str):
    assert hit(text, number).dataset is None


def test_improving_on_two_places_in_parallel_keeps_both():
    text = "FooNet improves on ECX by 7.7% and on TrafX by 3.9%."
    assert hit(text, "7.7%").dataset == "ECX"
    assert hit(text, "3.9%").dataset == "TrafX"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We build FooNet with 20K labeled images and reach 90.4% accuracy.", "90.4%"),
        ("We build FooRAG with 2M documents and raise recall by 7%.", "7%"),
    ],
)
def test_a_system_built_with_its_training_data_is_no_data_set(text: str, number: str):
    assert hit(text, number).dataset is None
