"""Dataset and baseline shapes of fix round 6: value lists paired with data set lists without
"respectively", slash lists ("1.8%/4.0% on dev/test"), settings that are no data sets, parts of a data set
("the hardest split of X"), "on X dataset" with a plain name, names written before their metric; baselines
improved on as noun phrases, lists of systems set against lists of values, gaps to a way of training, the
system a cost cut is made to; one behaviour each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_a_value_list_pairs_with_a_data_set_list_after_its_metric():
    text = "QuillNet reaches 71.5% and 64.2% top-5 accuracy on Places-365 and SUN-397."
    assert hit(text, "71.5%").dataset == "Places-365"
    assert hit(text, "64.2%").dataset == "SUN-397"


def test_two_metric_lists_share_the_data_set_list_after_them():
    text = "ReidFormer obtains rank-1 scores of 93.1% and 87.7% and mAP of 84.0% and 76.5% on Market-1501 and MSMT17."
    assert hit(text, "87.7%").dataset == "MSMT17"
    assert hit(text, "84.0%").dataset == "Market-1501"


def test_a_data_set_list_may_open_with_a_year_marked_name():
    text = "On the IWSLT'17 German-English and German-Dutch tasks, PathMT reaches 30.2 and 27.9 BLEU."
    assert hit(text, "30.2").dataset == "IWSLT'17 German-English"
    assert hit(text, "27.9").dataset == "German-Dutch"


def test_one_value_with_a_data_set_list_stays_unpaired():
    text = "QuillNet reaches 71.5% top-5 accuracy on Places-365 and SUN-397."
    assert hit(text, "71.5%").dataset == "Places-365 and SUN-397"  # one value over both: the list as written


def test_settings_listed_after_in_are_no_data_sets():
    text = "On CUB-200, MetaProto attains 70.4% and 84.9% in the 1-shot and 5-shot settings, respectively."
    assert hit(text, "70.4%").dataset == "CUB-200"
    assert hit(text, "84.9%").dataset == "CUB-200"


def test_slash_values_take_the_slash_names_at_the_same_place():
    text = "Trained on 300 hours, EchoASR reaches word error rates of 3.1%/7.4% on dev-clean/dev-other."
    assert hit(text, "3.1%").dataset == "dev-clean"
    assert hit(text, "7.4%").dataset == "dev-other"


def test_a_known_slash_name_is_one_data_set():
    text = "BriefSum reaches 43.2/20.4 ROUGE-1/2 on CNN/DailyMail."
    assert hit(text, "20.4").dataset == "CNN/DailyMail"


def test_a_part_of_a_data_set_named_by_its_kind_is_kept_whole():
    text = (
        "PointLift reaches an accuracy of 92.8% on ModelNet40 and 84.3% on the hardest split of ScanObjectNN."
    )
    assert hit(text, "84.3%").dataset == "hardest split of ScanObjectNN"
    assert hit(text, "92.8%").dataset == "ModelNet40"


def test_a_plain_name_before_a_data_word_after_on_is_a_data_set():
    text = "Experiments on Heron dataset show that GlideNet reaches 91.3% accuracy."
    assert hit(text, "91.3%").dataset == "Heron"


def test_a_known_benchmark_before_its_metric_names_the_data_set():
    text = "FooVid is best on MVBench, and its VBench quality score falls by only 0.4%."
    assert hit(text, "0.4%").dataset == "VBench"


def test_a_name_followed_by_baseline_is_no_data_set():
    text = "On Caltech-101 LoomVAE reaches 81.2%, improving on the ProtoVAE baseline by 1.3 points."
    assert hit(text, "1.3 points").dataset == "Caltech-101"


def test_a_noun_phrase_improved_on_is_the_baseline_of_each_listed_value():
    text = "FlowGAN obtains 5.1 and 6.3 FID, improving on the StyleGAN2 baseline by 0.8 and 1.1."
    assert hit(text, "0.8").baseline == "StyleGAN2 baseline"
    assert hit(text, "1.1").baseline == "StyleGAN2 baseline"


def test_the_object_of_improving_with_a_place_and_an_adverb_is_the_baseline():
    text = "The new head improves the baseline two-stage detector on VisDrone markedly by 4.4% in AP."
    assert hit(text, "4.4%").baseline == "baseline two-stage detector"


def test_a_noun_for_an_improvement_is_no_verb_of_its_baseline():
    text = "FooSeg gives a clear improvement and outperforms prior methods by 2.2% and 1.9% on two datasets."
    assert hit(text, "2.2%").baseline == "prior methods"


def test_improving_on_a_data_set_gives_no_baseline():
    text = "FooNet improves on ImageNet by 2.1%."
    assert hit(text, "2.1%").baseline is None


def test_a_verb_after_the_compared_name_stays_out_of_the_baseline():
    text = "With fewer labels, the margin over GraphConv widens to 5.3 points."
    assert hit(text, "5.3 points").baseline == "GraphConv"


def test_listed_systems_pair_with_listed_values():
    text = "SparseDet reaches 46.0 AP, surpassing DETR and YOLOX by 3.9 AP and 1.7 AP."
    assert hit(text, "3.9").baseline == "DETR"
    assert hit(text, "1.7").baseline == "YOLOX"


def test_listed_systems_with_one_value_keep_the_first():
    text = "SparseDet surpasses DETR and YOLOX by 1.7 AP."
    assert hit(text, "1.7").baseline == "DETR"


def test_a_gap_to_a_way_of_training_names_it():
    text = "With private updates, TinyTune stays within 1.9% of non-private training."
    assert hit(text, "1.9%").baseline == "non-private training"


def test_a_gap_to_a_cost_has_no_baseline():
    text = "TinyTune stays within 4% of the training cost of FooNet."
    assert hit(text, "4%").baseline is None


def test_a_latex_gap_names_its_reference():
    text = r"Our heuristic places a near-optimal (i.e., within $9\%$ of the optimal) number of sensors."
    assert hit(text, r"9\%").baseline == "optimal"


def test_a_share_of_a_plain_named_system_is_the_baseline_of_a_cut():
    text = "The encoder's FLOPs are only 8% of Conformer."
    assert hit(text, "8%").baseline == "Conformer"


def test_the_object_of_compressing_is_the_baseline():
    text = "PackViT compresses Swin-T by 4.2 times with little loss."
    assert hit(text, "4.2 times").baseline == "Swin-T"
