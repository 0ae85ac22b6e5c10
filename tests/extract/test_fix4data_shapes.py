"""Dataset shapes of fix round 4: a sentence fronted by "On X" measures its first clause on X, a data set
written as the modifier of the metric that governs a value, lists without "and" or in "(e.g., A and B)"
read by "respectively", a size's "of/from <name>" and "N <Name> <items>", an adjective after a degree word,
"Name (expansion) data set", and the paper's own unnamed data set as the sentence describes it; one
behaviour each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit


def _ds(text: str, number: str) -> str | None:
    return hit(text, number).dataset


def test_a_fronted_plain_name_sets_the_data_set_of_its_clause():
    text = "We first pretrain on ImageNet. On Meadow it reaches 31.4 dB PSNR while running 3 times faster."
    assert _ds(text, "31.4 dB") == "Meadow"
    assert _ds(text, "3 times") == "Meadow"


def test_a_fronted_name_with_its_data_word_and_a_subject_after_it():
    text = "On the Tabletop benchmark RoboNet attains a 77.3% success rate, 4.2% higher than its teacher."
    assert _ds(text, "77.3%") == "Tabletop"
    assert _ds(text, "4.2%") == "Tabletop"


def test_a_fronted_task_sets_the_data_set_of_its_clause():
    assert (
        _ds("On protein function prediction, it achieves an F1 of 0.71.", "0.71")
        == "protein function prediction"
    )


def test_a_fronted_frame_stops_at_a_new_clause_with_its_own_place():
    text = "On CIFAR-10, it reaches 96.1% accuracy, and on SVHN-Hard it reaches 91.0% accuracy."
    assert _ds(text, "96.1%") == "CIFAR-10"
    assert _ds(text, "91.0%") == "SVHN-Hard"


def test_fronted_words_that_are_no_place_set_nothing():
    assert _ds("On average, our method improves accuracy by 3.2%.", "3.2%") is None
    assert _ds("On Table 3, our method improves accuracy by 3.2%.", "3.2%") is None


def test_a_fronted_list_is_not_a_frame():
    text = (
        "On the Alpha, Beta and Gamma graphs our model reaches 81.0%, 70.2% and 75.5% accuracy, respectively."
    )
    assert _ds(text, "70.2%") == "Beta"


def test_a_data_set_modifying_the_governing_metric_owns_the_value():
    text = "Tuning Mistral-7B on FooMix yields an MT-Bench score of 7.10 and an AlpacaEval 2.0 win rate of 21.5%."
    assert _ds(text, "7.10") == "MT-Bench"
    assert _ds(text, "21.5%") == "AlpacaEval 2.0"


def test_a_data_set_before_its_metric_and_a_verb_of_change():
    text = "On HarmBench, it cuts attack success to 3.0%, while MMLU accuracy drops by only 0.4 points."
    assert _ds(text, "0.4 points") == "MMLU"


def test_a_metric_modifier_across_and_owns_nothing():
    text = "It keeps the MMLU accuracy and runs 2x faster, gaining 3 points on ARC."
    assert _ds(text, "3 points") == "ARC"


def test_a_list_without_and_is_read_by_respectively():
    text = (
        "Our detector leads on KITTI, Waymo, Argoverse with 71.6% mAP, 80.0% mAP, and 65.4% mAP respectively."
    )
    assert [_ds(text, n) for n in ("71.6%", "80.0%", "65.4%")] == ["KITTI", "Waymo", "Argoverse"]


def test_a_fronted_place_and_a_subject_are_no_list():
    text = "On Qwen2-7B, ThinkFast shortens answers by 41% on GSM8K and 30% on MATH, respectively."
    assert _ds(text, "41%") == "GSM8K"


def test_a_list_in_brackets_after_its_data_word_is_read_by_respectively():
    text = "It is best on two video datasets (e.g., ClipSet-A and ClipSet-B) with 6.1% and 9.9% gains respectively."
    assert _ds(text, "6.1%") == "ClipSet-A"
    assert _ds(text, "9.9%") == "ClipSet-B"


def test_a_size_of_a_named_data_set():
    assert (
        _ds("A 1B model trained on 200B tokens of BarCorpus beats one trained on C4.", "200B tokens")
        == "BarCorpus"
    )
    assert (
        _ds("We add 0.9M question-answer pairs from Visual Genome and test on GQA.", "0.9M")
        == "Visual Genome"
    )


def test_a_size_from_a_site_a_list_of_sources_or_mined_is_no_data_set():
    assert _ds("We gather 12k user posts from Reddit.", "12k") is None
    assert _ds("We use 90 million molecules from ZINC and PubChem.", "90 million") is None
    assert _ds("We align the encoder using 1.5M pairs mined from UniProt.", "1.5M") is None


def test_a_name_after_a_degree_adjective():
    text = "It gains 21% on Foo-to-Bar and even 48% on the more challenging Foo-to-Baz Streets."
    assert _ds(text, "48%") == "Foo-to-Baz Streets"
    assert _ds("The agent scored 97% on the highly regarded Grand Maze Challenge (GMC) exam.", "97%") == "GMC"


def test_a_size_of_a_data_set_described_without_a_name():
    text = "We also build a new annotated corpus which includes 52,310 pairs of charts and captions."
    assert _ds(text, "52,310") == "a new annotated corpus"


def test_a_bare_or_appositive_indefinite_data_set_stays_empty():
    assert _ds("We pretrain on a dataset of 3B tokens.", "3B tokens") is None
    text = "We present \\foo, a new dataset with 91k multiple choice questions about scenes."
    assert _ds(text, "91k") is None


def test_a_size_of_a_data_set_tuned_on_without_a_name_stays_empty():
    text = "It is pretrained on KITTI, then tuned on a bigger street dataset comprising 40 million frames."
    assert _ds(text, "40 million") is None


def test_a_name_with_its_expansion_before_data_set_carries_on():
    text = (
        "CORAL (Coastal Reef Audio Library) data set is used here. "
        "A gradient boosting classifier reaches an accuracy of 83%."
    )
    assert _ds(text, "83%") == "CORAL"


def test_a_size_whose_items_a_name_modifies():
    assert _ds("It is tuned on 40K ShareChat dialogues and tested on MT-Bench.", "40K") == "ShareChat"
    assert _ds("Trained on 600K Shapeverse assets, it beats the baseline.", "600K") == "Shapeverse"


def test_a_size_whose_items_a_modality_or_an_acronym_modifies_has_no_data_set():
    assert _ds("We collect 12K MRI scans from two hospitals.", "12K") is None
    assert _ds("The set holds 31,000 QA pairs on short clips.", "31,000") is None
    assert _ds("We gather 200K LLM-annotated pairs.", "200K") is None


def test_a_later_clause_with_its_own_place_does_not_lend_it_back():
    text = "We pretrain on FooECG. With 5% of the labels it matches the baseline, and on the BarECG-2 test set it gains 3 points."
    assert _ds(text, "5%") is None
    assert _ds(text, "3 points") == "BarECG-2"
