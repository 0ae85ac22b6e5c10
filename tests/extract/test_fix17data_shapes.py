"""Round 17 data set and metric shapes: one value over a coordination of data sets, a fronted place that
scopes its clause, a training set that is not the evaluation set, a data set in brackets after its value,
a described data set that replaces an earlier sentence's, names cut at a font command or a possessive; a
metric before "by" in a list, a value's own "on <metric>" phrase, a cutoff left out of a bracketed
conjunct, a rate named after its unit. One behaviour each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit

# --- dataset ---


def test_one_value_over_a_coordination_of_data_sets_takes_the_whole_list():
    text = "FooSeg yields accurate masks (IoU 83%) with fewer clicks than prior tools on popular segmentation datasets (DAVIS, GrabCut and Berkeley)."
    assert hit(text, "83%").dataset == "DAVIS, GrabCut and Berkeley"


def test_one_value_after_a_two_data_set_list_takes_both():
    text = "We test FooLine on Wireframe and YorkUrban datasets, showing a real-time speed up to 64 FPS."
    assert hit(text, "64 FPS").dataset == "Wireframe and YorkUrban"


def test_values_as_many_as_the_list_pair_member_by_member():
    text = "FooNet reaches 81.2% and 77.5% accuracy on CIFAR-100 and Tiny ImageNet."
    assert hit(text, "81.2%").dataset == "CIFAR-100"
    assert hit(text, "77.5%").dataset == "Tiny ImageNet"


def test_a_later_own_mention_of_one_member_is_not_widened_to_the_list():
    text = "On the Criteo and Avazu benchmarks, FooCTR reaches AUCs of 0.8120 and 0.7901, and improves LogLoss by 0.0018 over DCN on Criteo."
    assert hit(text, "0.0018").dataset == "Criteo"


def test_a_fronted_place_scopes_the_first_conjunct():
    text = "For example, on CIFAR-10 with 40 labels, we reduce error rate by a factor of 3 and by a factor of 2 on SVHN."
    assert hit(text, "3").dataset == "CIFAR-10"
    assert hit(text, "2").dataset == "SVHN"


def test_a_second_gain_without_a_fronted_place_shares_the_place_after_it():
    text = "FooNet improves CD by 21% and F-score by 7.5 points over BarNet on ShapeNet."
    assert hit(text, "21%").dataset == "ShapeNet"


def test_a_training_set_is_not_the_place_of_a_value_with_its_own_on_phrase():
    text = "When trained only on PubMed, our summarizer achieves a 44.1 ROUGE-1 score on arXiv."
    assert hit(text, "44.1").dataset != "PubMed"


def test_a_training_set_stays_the_place_when_the_value_has_no_on_phrase():
    text = "When trained on CNN/DailyMail, our summarizer achieves a 44.1 ROUGE-1 score."
    assert hit(text, "44.1").dataset == "CNN/DailyMail"


def test_a_known_data_set_in_brackets_after_a_value_is_its_place():
    text = "FooNet lowers the mean absolute error to 1.42 days (eICU) and 2.11 days (MIMIC-IV)."
    assert hit(text, "1.42").dataset == "eICU"
    assert hit(text, "2.11").dataset == "MIMIC-IV"


def test_a_model_in_brackets_after_a_value_is_no_place():
    text = "FooNet reaches 81.5% top-1 accuracy (ResNet-50) and 83.0% (ViT-B)."
    assert hit(text, "81.5%").dataset is None


def test_a_described_place_of_another_value_replaces_an_earlier_name():
    text = (
        "We evaluate on ImageNet. Our defence achieved 47.1% classification accuracy on a private, "
        "ImageNet-like test dataset against 30 unknown attackers, surpassing the runner-up approach by 8%."
    )
    assert hit(text, "8%").dataset == "a private, ImageNet-like test dataset"


def test_a_font_command_prefix_is_part_of_the_name():
    text = "FooShot beats transductive methods by 3.1% for 5-shot accuracy on \\emph{tiered}ImageNet."
    assert hit(text, "3.1%").dataset == "tieredImageNet"


def test_a_possessive_inside_a_name_is_kept():
    text = "FooAgent scores a mean of over 40,000 points on Montezuma's Revenge."
    assert hit(text, "40,000 points").dataset == "Montezuma's Revenge"


# --- metric ---


def test_each_item_of_a_by_list_takes_the_metric_before_its_by():
    text = "FooTOD improves the main metrics: inform rate by 6.1 points, success rate by 5.7 points, and combined score by 4.2 points."
    assert hit(text, "6.1 points").metric == "inform rate"
    assert hit(text, "5.7 points").metric == "success rate"


def test_a_by_item_after_a_verb_is_not_a_list_item():
    text = "FooNet improves accuracy by 3.1%, and reduces latency by 20%."
    assert hit(text, "3.1%").metric == "accuracy"


def test_a_values_own_on_phrase_keeps_its_modifier():
    text = "FooSQL beats BarSQL by 4.1% on exact match (EM) accuracy and 5.2% on execution accuracy (EX)."
    assert hit(text, "5.2%").metric == "execution accuracy"


def test_a_bracketed_conjunct_keeps_the_antecedents_cutoff():
    text = "We reach 5.1% top-5 validation error (and 5.0% test error)."
    assert hit(text, "5.0%").metric == "top-5 test error"


def test_a_bracketed_conjunct_with_its_own_cutoff_is_unchanged():
    text = "We reach 5.1% top-5 validation error (and 21.0% top-1 test error)."
    assert hit(text, "21.0%").metric == "top-1 test error"


def test_a_rate_after_its_unit_is_the_metric():
    text = "Our GPU kernel shows a 21-25 GB/s throughput of hashed keys on a single card."
    assert hit(text, "21-25 GB/s").metric == "throughput"


def test_a_known_data_sets_possessive_is_a_part_not_a_longer_name() -> None:
    text = "Our model reaches 80.1% top-1 accuracy on ImageNet's Validation split."
    assert hit(text, "80.1%").dataset == "ImageNet"


def test_a_bracketed_conjunct_keeps_the_cutoff_whatever_the_case_of_the_head_noun() -> None:
    text = "Our network reaches 19.5% top-5 validation Error (and 4.8% test error) on ImageNet."
    assert hit(text, "4.8%").metric == "top-5 test error"
