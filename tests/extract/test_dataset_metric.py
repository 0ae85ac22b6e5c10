"""The dataset and metric fields on unseen abstracts: metrics named after "in terms of", speeds,
metric names the lexicon lacked, data sets introduced without a name, titles that name no data set,
data sets given as examples, list items and costs written with a capitalised word.
Examples are from unlabelled abstracts (listings outside the dev set, arXiv metadata)."""

from __future__ import annotations

from tests.extract.helpers import hit as _one


def test_metric_named_after_in_terms_of_even_when_the_lexicon_lacks_it():
    text = (
        "Our framework outperforms state-of-the-art methods on three challenging datasets, offering an "
        "improvement of up to 13.7% in terms of segmental edit distance and up to 16.1% in terms of segmental "
        "F1 score."
    )
    assert _one(text, "13.7%").metric == "segmental edit distance"


def test_metric_in_terms_of_stops_before_a_preposition():
    text = (
        "We show that exploiting specialization enables gains as high as 2.4x in terms of time-to-solution and "
        "2.0x in terms of energy efficiency by adding 2 GPUs to a 2 CPU-only baseline."
    )
    assert _one(text, "2.0x").metric == "energy efficiency"


def test_metric_in_the_metric_of():
    text = "Our method outperforms the current state-of-the-art approach by 29% in the metric of average sensitivity."
    assert _one(text, "29%").metric == "average sensitivity"


def test_speedup_metric_after_faster_at():
    text = "Our model sets the new state of the art while being 3.35x faster at inference than previous work."
    assert _one(text, "3.35x").metric == "inference"


def test_speedup_metric_is_the_speed_named_as_subject():
    text = "Our model has a faster generation speed, and the generation speed is five times faster than the AR decoder."
    assert _one(text, "five times").metric == "generation speed"


def test_speedup_metric_is_the_speed_improved():
    text = (
        "We reduce the number of parameters and improve the inference speed by 10x over prior architectures."
    )
    assert _one(text, "10x").metric == "inference speed"


def test_speedup_metric_written_after_the_factor():
    text = "Our faster modification shows state-of-the-art accuracy running at 2.6x speed."
    assert _one(text, "2.6x").metric == "speed"


def test_sensitivity_and_specificity_are_metrics():
    text = (
        "Four-model averaging improved the AUC to 0.91 (sensitivity: 86.1%, specificity: 80.1%) on the "
        "INbreast test set."
    )
    assert _one(text, "86.1%").metric == "sensitivity"
    assert _one(text, "80.1%").metric == "specificity"


def test_deviation_is_a_metric():
    text = (
        "COD demonstrates an absolute mean deviation of 1.36% across eight important LLM evaluation benchmarks "
        "while keeping high predictive accuracy."
    )
    assert _one(text, "1.36%").metric == "absolute mean deviation"


def test_metric_drops_a_trailing_adverb():
    text = "Then we show that our method is able to improve the performance further by 0.2% on large data."
    assert _one(text, "0.2%").metric == "performance"


def test_improvement_in_tasks_is_no_metric():
    text = (
        "This combination achieves a 7% improvement in associative memory tasks over the state-of-the-art "
        "embedding model."
    )
    assert _one(text, "7%").metric != "associative memory tasks"


def test_subject_of_a_passive_gain_after_that():
    text = (
        "The results suggest that the tracking accuracy is enhanced by at least 65% while the link's "
        "sensitivity region is increased by 100% or more."
    )
    assert _one(text, "65%").metric == "tracking accuracy"


def test_a_data_set_introduced_without_a_name_stops_the_carry():
    text = (
        "We evaluate on SVHN and reach 96% accuracy. A harder test follows on an unusually noisy "
        "dataset scraped from shop signs, where it reaches over 90% accuracy."
    )
    assert _one(text, "96%").dataset == "SVHN"
    assert _one(text, "90%").dataset == "an unusually noisy dataset"  # described, not SVHN


def test_a_proposed_data_set_still_owns_its_sizes():
    text = "We present a new corpus of 7K samples, which is clean despite being crowdsourced."
    title = "ViGGO: A Video Game Corpus for Data-To-Text Generation"
    assert _one(text, "7K", title).dataset == "ViGGO"


def test_title_case_words_in_a_title_are_no_data_set():
    title = "Efficient Cache Availability Management in Information-Centric Networks"
    text = "Our proposal achieves around 20% increase in server load reduction compared to classic caching."
    assert _one(text, "20%", title).dataset is None


def test_a_specific_name_in_a_title_carries():
    title = "Vector-quantized neural networks for acoustic unit discovery in the ZeroSpeech 2020 challenge"
    text = "In ABX phone discrimination tests, both models outperform all submissions, with a relative improvement of 30%."
    assert _one(text, "30%", title).dataset == "ZeroSpeech 2020"


def test_data_set_given_as_an_example_after_a_data_noun():
    text = (
        "The representation can be transferred to other datasets like HowTo100m, increasing the VGSI "
        "accuracy by 15%."
    )
    assert _one(text, "15%").dataset == "HowTo100m"


def test_an_example_data_set_does_not_carry():
    title = "TheoremQA: A Theorem-driven Question Answering Dataset"
    text = (
        "Recent LLMs have made progress in solving math problems like GSM8K. "
        "All the existing open-sourced models are below 15%, barely surpassing the random-guess baseline."
    )
    assert _one(text, "15%", title).dataset == "TheoremQA"


def test_value_in_parentheses_after_both():
    text = (
        "Our approach achieves state-of-the-art performance on both miniImageNet (70.31% on 1-shot) and "
        "tieredImageNet (78.74% on 1-shot)."
    )
    assert _one(text, "70.31%").dataset == "miniImageNet"


def test_respectively_items_lose_the_final_full_stop():
    text = (
        "The method outperforms state-of-the-art algorithms by a large margin (6.7%, 2.8%, 5.2% respectively) "
        "on Stanford Dogs 120, Caltech-UCSD Birds 2011-200 and Caltech 256."
    )
    assert _one(text, "5.2%").dataset == "Caltech 256"


def test_respectively_with_the_data_sets_first_in_the_sentence():
    text = "On GSM8K and MATH, our model achieves 92.1% and 75.3%, respectively."
    assert _one(text, "75.3%").dataset == "MATH"


def test_capitalised_word_of_a_cost_is_no_data_set():
    text = "Experiments on LongBench show a 40% reduction in KV cache memory."
    assert _one(text, "40%").dataset == "LongBench"


def test_label_that_is_a_benchmark_is_no_metric():
    text = "This approach achieves new state-of-the-art scores on the OntoGUM benchmark (+2.7 points)."
    assert _one(text, "+2.7 points").metric != "OntoGUM benchmark"


def test_data_sets_listed_after_a_colon_carry():
    text = (
        "We evaluate X on three benchmarks: MMLU, GSM8K and HumanEval. "
        "X improves accuracy by 5.1% over the base model."
    )
    assert _one(text, "5.1%").dataset == "MMLU"


def test_data_sets_in_brackets_after_a_task():
    text = "On mathematical reasoning (GSM8K and MATH), our method gains 4.5% over CoT prompting."
    assert _one(text, "4.5%").dataset == "GSM8K and MATH"  # one value over both: the list as written


def test_a_list_of_other_data_sets_in_a_later_clause_is_not_the_numbers():
    text = (
        "Our system sets the new state-of-art at the PASCAL VOC-2012 semantic image segmentation task, "
        "reaching 79.7% mIOU in the test set, and advances the results on three other datasets: "
        "PASCAL-Context, PASCAL-Person-Part, and Cityscapes."
    )
    assert _one(text, "79.7%").dataset == "VOC-2012"  # the clause's own data set, not the later list


def test_subset_of_a_data_set_is_kept_whole():
    text = "We achieve 89.2% on the Hard subset of MedQA, compared with 81.3% for GPT-4."
    assert _one(text, "89.2%").dataset == "Hard subset of MedQA"


def test_acronym_spelled_out_in_lower_case_is_a_task_not_a_data_set():
    text = (
        "We argue that MTL is a stepping stone towards universal feature learning (UFL). "
        "We show the effectiveness of Medusa in UFL (+13.18% improvement)."
    )
    assert _one(text, "+13.18%").dataset is None


def test_acronym_spelled_out_as_a_dataset_stays_a_data_set():
    text = (
        "We present a large-scale multi-modal Turkish sign language dataset (AUTSL). "
        "In AUTSL random train-test splits, our models performed up to 95.95% accuracy."
    )
    assert _one(text, "95.95%").dataset == "AUTSL"


def test_known_plain_name_before_its_value_in_brackets():
    text = "Using our approach we achieve new state-of-the-art results in both Mapillary (61.1 IOU val) and Cityscapes."
    assert _one(text, "61.1").dataset == "Mapillary"


def test_verb_scores_is_no_metric():
    text = "It scores 78.5 on the Open LLM Leaderboard, surpassing the previous best open model."
    assert _one(text, "78.5").metric is None


def test_speedup_metric_after_increase_in():
    text = "Our method achieves a 2.3x reduction in latency and a 1.8x increase in throughput."
    assert _one(text, "1.8x").metric == "throughput"


def test_generic_metric_keeps_its_task_modifier():
    text = "Our approach yields 4.1% higher classification performance than fine-tuning."
    assert _one(text, "4.1%").metric == "classification performance"


def test_metric_of_a_from_to_pair_is_what_changes():
    text = "Our filter reduces the hallucination rate from 32% to 12% on long answers."
    assert _one(text, "32%").metric == "hallucination rate"
    assert _one(text, "12%").metric == "hallucination rate"


def test_from_to_pair_with_a_metric_after_the_range_keeps_that_metric():
    text = "The hybrid approach is effective, shown by a reduction of the gap from 8.3 to 1.4 BLEU points."
    assert _one(text, "8.3").metric == "BLEU"


def test_gain_object_stops_before_the_system_it_is_of():
    text = "The proposed method improves the average performance of LLaMA-2-7B by 3.4 points across 10 tasks."
    assert _one(text, "3.4 points").metric == "average performance"


def test_known_data_set_after_for():
    text = "Sparsity results in a reduction in test error: 6.28% on CIFAR-10 and 24.30% for CIFAR-100."
    assert _one(text, "24.30%").dataset == "CIFAR-100"


def test_system_after_for_is_no_data_set():
    text = (
        "The integration brings improvement across all backbones of +2.8% for ResNet34 and +2.3% for DLA34."
    )
    assert _one(text, "+2.3%").dataset is None


def test_name_stops_at_a_whole_word_before_model():
    text = "We gain 4.8% overall accuracy on the PointNeXt model with real-world data."
    assert _one(text, "4.8%").dataset != "PointNeX"


def test_data_set_before_a_value_in_brackets_is_no_metric():
    text = (
        "Our approach substantially outperforms the existing state-of-the-art on seven diverse datasets "
        "including CIFAR-100 (17%), ImageNet-100 (5%), and Tiny ImageNet (9%)."
    )
    assert _one(text, "9%").metric != "Tiny ImageNet"


def test_two_objects_of_one_verb_go_with_two_values_respectively():
    text = (
        "We find that applying ESMs on a prior method reduces execution time and disk space usage by "
        "factors of 10 and 278, respectively."
    )
    assert _one(text, "278").metric == "disk space usage"
