"""Round 9 data set shapes: a value with its metric is no list item, "on the X suite by N", a plain name
between "on" and "by N", a name in apposition to "an <adj> set of N", data the paper makes, a known data set
a size is given "with", a list of values pairing with a chain of values each on its own data set, a
resolution inside a name, and a name that modifies a system; one behaviour each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_a_value_with_its_metric_is_no_list_item():
    text = "BarDet gets 61.2 mAP on HRSC and 40.3 AP on TinyPerson, beating the baseline by 2.2 and 3.1 AP respectively."
    assert hit(text, "40.3").dataset == "TinyPerson"
    assert hit(text, "3.1").dataset == "TinyPerson"


def test_on_a_named_suite_before_by_is_the_first_gains_place():
    text = "QuickJIT raises the overall score on the Kraken suite by 5.2% and on Speedometer3 by 2.9%."
    assert hit(text, "5.2%").dataset == "Kraken"
    assert hit(text, "2.9%").dataset == "Speedometer3"


def test_a_plain_name_between_on_and_by_is_a_data_set():
    text = "The adapted model lifts accuracy on Sabiabench by 4.1 points on average."
    assert hit(text, "4.1 points").dataset == "Sabiabench"


def test_a_language_between_on_and_by_is_no_data_set():
    text = "We evaluate on XNLI. The adapted model lifts accuracy on Swahili by 4.1 points."
    assert hit(text, "4.1 points").dataset != "Swahili"


def test_a_name_apposed_to_an_adjective_set_of_n_owns_the_size():
    text = "We assemble ChartTune, a preference-tuning set of 90K chart-question pairs."
    assert hit(text, "90K").dataset == "ChartTune"


def test_a_plain_training_set_of_n_is_not_read_as_apposed():
    text = "We evaluate on VOC. The detector is trained on a training set of 600 images."
    assert hit(text, "600").dataset != "a training set"


def test_data_the_paper_makes_takes_no_earlier_data_set():
    text = "We fine-tune T5 on NarrativeQA. We then generate 2 million synthetic questions from manuals."
    assert hit(text, "2 million").dataset is None


def test_passive_made_data_takes_no_earlier_data_set():
    text = "We fine-tune T5 on NarrativeQA. In addition, 300K questions were synthesized by back-translation."
    assert hit(text, "300K").dataset is None


def test_made_data_keeps_the_data_set_the_abstract_made_earlier():
    text = (
        "We construct a large-scale sketch-caption dataset (SKC) for retrieval. "
        "Finally, we build a dataset comprising 9,100 sketches paired with captions."
    )
    assert hit(text, "9,100").dataset == "SKC"


def test_a_known_data_set_a_size_is_given_with():
    text = "We report results on CIFAR-10, SVHN and ImageNet with 1.28 million training images."
    assert hit(text, "1.28 million").dataset == "ImageNet"


def test_a_value_list_pairs_with_a_chain_of_values_on_data_sets():
    text = "FooGAN reaches an FID of 2.8 on FFHQ and 4.6 on AFHQ-Cat, compared to 5.1 and 7.9 for StyleGAN2."
    assert hit(text, "5.1").dataset == "FFHQ"
    assert hit(text, "7.9").dataset == "AFHQ-Cat"


def test_a_resolution_is_part_of_a_data_sets_name():
    text = "FooDiT reaches an FID of 2.31 on ImageNet 512x512 without guidance."
    assert hit(text, "2.31").dataset == "ImageNet 512x512"


def test_a_name_that_modifies_a_baseline_is_no_data_set():
    text = "Our detector outperforms the COCO baseline by 2.4% on average."
    assert hit(text, "2.4%").dataset is None
