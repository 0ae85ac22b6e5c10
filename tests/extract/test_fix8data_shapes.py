"""Round 8 data set shapes: split names and years as list items, items with their own head noun, lists ending
in "<noun> tasks", fronted places ("On the X subset it ...", "In the X environment,", "For the Y task on X,"),
the system a method improves on, data as a starting point ("ImageNet initialization"), modalities, and a
list of values that takes the list of the sentence before; one behaviour each, sentences invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import hit


def test_lower_case_split_names_pair_with_a_value_list():
    text = "FooASR reaches word error rates of 2.9% and 6.8% on dev-clean and dev-other with 30M parameters."
    assert hit(text, "2.9%").dataset == "dev-clean"
    assert hit(text, "6.8%").dataset == "dev-other"


def test_a_split_word_after_a_name_stays_in_its_list_item():
    text = "With a larger backbone, FooDet gets 50.1 and 50.6 AP on COCO val and test-dev, respectively."
    assert hit(text, "50.1").dataset == "COCO val"
    assert hit(text, "50.6").dataset == "test-dev"


def test_settings_are_still_no_split_items():
    text = "FooNet gets 71.0% and 75.2% accuracy in the in-domain and out-of-domain settings, respectively."
    assert hit(text, "71.0%").dataset is None


def test_a_bare_year_item_takes_the_name_before_it():
    text = "On TREC DL 2021 and 2022, FooRank improves nDCG@10 by 3.1% and 4.2%, respectively."
    assert hit(text, "3.1%").dataset == "TREC DL 2021"
    assert hit(text, "4.2%").dataset == "TREC DL 2022"


@pytest.mark.parametrize(
    ("text", "number", "dataset"),
    [
        ("On the 4-speaker FooCall subset it reaches 9.1% DER.", "9.1%", "FooCall"),
        (
            "On FooSpeech Commands v3 (35 classes), BarKWS reaches 96.0% accuracy.",
            "96.0%",
            "FooSpeech Commands v3",
        ),
        (
            "On FooSpeech Commands v3 with 35 classes, BarKWS reaches 96.0% accuracy.",
            "96.0%",
            "FooSpeech Commands v3",
        ),
        (
            "In the Gridland environment, BarAgent solves most levels and reaches a score of 41.2%.",
            "41.2%",
            "Gridland",
        ),
        (
            "For the entity linking task on the Foo Knowledge Base, we obtain a hits@1 of 0.41.",
            "0.41",
            "Foo Knowledge Base",
        ),
        ("On the n2c2 2014 de-identification task, FooNER reaches an F1 of 0.95.", "0.95", "n2c2 2014"),
        (
            "On our collected dialogue data, FooBot reaches an F1 of 0.62.",
            "0.62",
            "our collected dialogue data",
        ),
    ],
)
def test_a_fronted_place_is_the_data_set_of_its_sentence(text: str, number: str, dataset: str):
    assert hit(text, number).dataset == dataset


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("In Table 2, FooNet reaches 71.2% accuracy.", "71.2%"),
        ("For GPT-4, the accuracy is 81%.", "81%"),
        ("On our task, FooNet halves the time from 40 to 20 minutes.", "40"),
        ("For question answering on Mistral, FooRAG lifts accuracy by 3.9%.", "3.9%"),
        ("In our comparisons, FooNet is 1.9x faster than BarNet.", "1.9x"),
        ("We present FooCLIP with 200M image-text pairs, which improves zero-shot accuracy by 2.2%.", "2.2%"),
    ],
)
def test_fronted_phrases_that_name_no_data_set(text: str, number: str):
    assert hit(text, number).dataset is None


@pytest.mark.parametrize(
    ("text", "number", "dataset"),
    [
        ("In the Open track, BarSys ranks second with 55.0 F1.", "55.0", "Open track"),
        ("In the Hard subset, accuracy drops to 38.8%.", "38.8%", "Hard subset"),
        ("FooNet brings steady improvements on GraphQuiz, reaching 57.3% accuracy.", "57.3%", "GraphQuiz"),
    ],
)
def test_fronted_plain_words_keep_their_head_and_improvements_keep_their_data(
    text: str, number: str, dataset: str
):
    assert hit(text, number).dataset == dataset


def test_the_system_improved_on_is_no_data_set():
    text = "FooFed reaches a Dice score of 0.88 on BraTS, improving on FedProx by 1.9 points."
    assert hit(text, "1.9 points").dataset == "BraTS"


def test_a_known_data_set_improved_on_stays_a_data_set():
    assert hit("FooSeg improves on Cityscapes by 2.1 mIoU.", "2.1").dataset == "Cityscapes"


def test_a_backbone_after_on_is_no_data_set():
    text = "Across ModelNet40 runs, FooCL outperforms BarCL by 3.1% on PointNeXt."
    assert hit(text, "3.1%").dataset != "PointNeXt"


def test_data_as_a_starting_point_is_no_data_set_measured():
    text = "FooMed reaches an AUC of 0.85 on FooChest-14, compared with 0.79 for ImageNet initialization."
    assert hit(text, "0.79").dataset == "FooChest-14"


def test_a_size_from_a_name_before_a_fronting_comma():
    text = "Pre-trained on 3 million molecules from ZINC20, FooMol improves the mean ROC-AUC by 2.1 points."
    assert hit(text, "3 million").dataset == "ZINC20"


def test_a_size_from_a_list_of_sources_has_no_one_data_set():
    assert hit("FooCLIP is trained on 5M pairs from LAION, CC3M and CC12M.", "5M").dataset != "LAION"


def test_a_two_word_name_of_a_suite_of_tasks():
    text = "The distilled agent keeps 95% of the teacher's return on 18 DeepMind Control tasks."
    assert hit(text, "95%").dataset == "DeepMind Control"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("FooDepth runs at 60 fps on RGB-D images from a handheld camera.", "60"),
        ("FooDet needs 40ms for an image in VGA resolution.", "40ms"),
    ],
)
def test_a_modality_is_no_data_set(text: str, number: str):
    assert hit(text, number).dataset is None


def test_list_items_with_their_own_head_noun_pair_across_sentences():
    text = (
        "We test FooHR on the AlphaPulse dataset, the BetaHR dataset, and the GammaCam dataset. "
        "It reaches 97.1%, 95.4% and 93.0% accuracy on each benchmark, respectively."
    )
    assert hit(text, "97.1%").dataset == "AlphaPulse dataset"
    assert hit(text, "95.4%").dataset == "BetaHR dataset"
    assert hit(text, "93.0%").dataset == "GammaCam dataset"


def test_a_list_ending_in_tasks_pairs_with_the_next_sentence_list():
    text = (
        "We evaluate FooMT on IWSLT14 German-English, WMT16 English-Romanian and WMT14 English-French translation "
        "tasks. FooMT improves over the Transformer by 1.2, 0.8 and 0.5 BLEU points respectively, and is best on "
        "German-English."
    )
    assert hit(text, "1.2").dataset == "IWSLT14 German-English"
    assert hit(text, "0.5 BLEU points").dataset == "WMT14 English-French"


def test_a_latex_i_e_opens_a_list_of_data_sets():
    text = (
        "FooSel sets a new state of the art on two benchmarks ({\\em{i.e.,}} FooDial V2, BarDial Corpus) "
        "with improvements of 4.1% and 2.2%, respectively."
    )
    assert hit(text, "4.1%").dataset == "FooDial V2"
    assert hit(text, "2.2%").dataset == "BarDial Corpus"


def test_a_verb_and_its_value_is_no_list_item():
    text = "FooLM scores 30.1% on AIME 2025 and 80.2% on MATH-500, and reaches 35.0% on LiveCodeBench."
    assert hit(text, "80.2%").dataset == "MATH-500"


def test_a_counted_plural_head_after_a_fronted_name():
    text = (
        "On 9 FooRepo regression benchmarks, FooGP reduces test RMSE by 7% relative to the sparse baseline."
    )
    assert hit(text, "7%").dataset == "FooRepo"


def test_a_data_set_introduced_as_a_set_of_items():
    text = "We further release FooAerial, a set of 9,300 aerial images with box annotations."
    assert hit(text, "9,300").dataset == "FooAerial"


def test_a_norm_before_its_error_is_no_data_set():
    text = "FooOp reduces the relative L2 error by 31% against the Fourier neural operator."
    assert hit(text, "31%").dataset is None


def test_a_lower_case_version_stays_in_the_name():
    assert hit("FooVQA reaches 71.2% accuracy on VQA v2.", "71.2%").dataset == "VQA v2"


def test_a_model_name_ending_in_a_capital_ends_its_sentence():
    text = (
        "On FooSet-A, FooViT keeps 80.1% accuracy with 40% fewer FLOPs than ViT-B. "
        "On FooSet-B the compute falls by 30%."
    )
    assert hit(text, "30%").dataset == "FooSet-B"


def test_the_latter_is_the_last_data_set_named():
    text = (
        "FooPoint reaches 94.1% on ModelNet40 and 91.3% on the hardest split of ScanObjectNN, improving over "
        "BarPoint by about 2.5% on the latter."
    )
    assert hit(text, "2.5%").dataset == "ScanObjectNN"


def test_a_bracketed_system_inside_a_from_to_pair():
    text = "FooFL improves accuracy on CIFAR-100 from 50.1% (FedProx) to 60.2% and on Tiny-ImageNet by 5.1 points."
    assert hit(text, "60.2%").dataset == "CIFAR-100"


def test_a_language_direction_of_a_data_set():
    text = "FooMT gains +2.0 BLEU on the Tamil-Sinhala direction of FLORES-200 over the baseline."
    assert "FLORES-200" in (hit(text, "+2.0").dataset or "")


def test_a_data_set_built_with_its_items_carries():
    text = "We build FooDrift with 1,800 dialogues of long chats. Consistency falls from 91% to 57% late in a chat."
    assert hit(text, "91%").dataset == "FooDrift"


def test_a_system_built_with_parameters_is_no_data_set():
    text = "We build FooNet with 7B parameters. It reaches 71% accuracy."
    assert hit(text, "71%").dataset is None
