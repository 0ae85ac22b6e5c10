"""Recall on unseen abstracts: constructions found by reading the extractor's misses on unlabelled
abstracts (arxiv_ml_5000, listing abstracts outside the gold files). One behaviour per test; the
sentences are those abstracts' own, trimmed."""

from __future__ import annotations

from etl.extract import extract_text


def found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(r.text, r.kind.value, r.value, r.unit.value) for r in extract_text(text)]


def test_by_a_factor_of_is_a_factor() -> None:
    text = "while reducing the number of queries by a factor of 400."
    assert found(text) == [("400", "reduction", 400.0, "x")]


def test_by_factors_of_a_pair() -> None:
    text = (
        "a prior method reduces execution time and disk space usage by factors of 10 and 278, respectively."
    )
    assert found(text) == [("10", "reduction", 10.0, "x"), ("278", "reduction", 278.0, "x")]


def test_factor_of_a_bad_metric_is_a_gain() -> None:
    text = "On CIFAR-10 with 250 labels, we reduce error rate by a factor of 4."
    assert found(text)[-1] == ("4", "improvement", 4.0, "x")


def test_list_members_take_the_unit_after_the_last() -> None:
    text = "our model achieves significant improvements over the strong Transformer model by 3.92, 1.49 and 1.04 BLEU points respectively."
    assert [(t, k, u) for t, k, _, u in found(text)] == [
        ("3.92", "improvement", "pp"),
        ("1.49", "improvement", "pp"),
        ("1.04 BLEU points", "improvement", "pp"),
    ]


def test_absolute_percentage_points() -> None:
    text = "outperforming the strongest prior model by 3.3 absolute percentage points."
    assert found(text) == [("3.3 absolute percentage points", "improvement", 3.3, "pp")]


def test_bare_value_after_by_with_a_gain_verb() -> None:
    text = "CorDEL outperforms previous state-of-the-art models by 5.2 on public benchmark datasets."
    assert found(text) == [("5.2", "improvement", 5.2, "none")]


def test_bare_value_before_a_gain_noun() -> None:
    text = (
        "Moreover, CorDEL yields a 2.4 improvement over the current best DL model on the real-world dataset."
    )
    assert found(text) == [("2.4", "improvement", 2.4, "none")]


def test_bare_range_before_a_gain_noun() -> None:
    text = (
        "our local-level strategies boost the performance and achieve 2.8–7.2 improvements over the baseline."
    )
    (r,) = extract_text(text)
    assert (r.kind.value, r.value_low, r.value_high) == ("improvement", 2.8, 7.2)


def test_gain_nouns_in_a_list_of_metrics() -> None:
    text = "a new state-of-the-art result on ATIS, with about 0.5 intent accuracy improvement and 0.9 slot filling improvement."
    assert [r[:2] for r in found(text)] == [("0.5", "improvement"), ("0.9", "improvement")]


def test_cost_increase_is_not_a_gain_noun() -> None:
    assert found("This comes with a 2.5 increase in memory.") == []


def test_metric_as_subject_of_a_copula() -> None:
    text = "the Pearson correlation between the estimates and the ground-truth of heart rate was 0.992."
    assert found(text) == [("0.992", "score", 0.992, "none")]


def test_metric_subject_with_a_pair_of_values() -> None:
    text = (
        "The accuracy for license plate detection and character recognition are 0.881 and 0.979 respectively."
    )
    assert [r[:2] for r in found(text)] == [("0.881", "score"), ("0.979", "score")]


def test_points_drop_is_a_negative_gain() -> None:
    text = "with a 6-point drop across all three modification categories."
    assert found(text) == [("6-point", "improvement", -6.0, "pp")]


def test_count_held_by_a_collection() -> None:
    text = "We evaluate our method on the public DeepLesion benchmark, consisting of 32,735 lesions across the body."
    assert found(text) == [("32,735", "data_size", 32735.0, "examples")]


def test_count_of_collections_is_not_data() -> None:
    assert found("Therefore, we assembled 106 medical datasets to create Med-MAT.") == []
    assert found("Our resulting dataset contains 174 discourse markers.") == []


def test_size_held_by_a_corpus_with_a_name_before_the_noun() -> None:
    text = "we present CoDesc, a large parallel dataset composed of 4.2 million Java methods and natural language descriptions."
    assert found(text) == [("4.2 million", "data_size", 4.2e6, "examples")]


def test_size_compared_with_is_not_a_bound() -> None:
    (_, big) = extract_text("Our 8B model surpasses 70B models on reasoning.")
    assert (big.kind.value, big.qualifier.value) == ("param_count", "exact")


def test_elo_rating_in_thousands() -> None:
    assert found("The final agent scores 1280 Elo on the arena.") == [("1280", "score", 1280.0, "none")]


def test_speedups_of_bare_values() -> None:
    text = "the naive version and the tiled version can achieve the speedups of approximately 270 and 400, respectively."
    assert [r[1:] for r in found(text)] == [("speedup", 270.0, "x"), ("speedup", 400.0, "x")]


def test_orders_of_magnitude_is_not_a_factor() -> None:
    assert (
        found("it results in a speed-up of 2--3 orders of magnitude compared to competing approaches.") == []
    )


def test_video_pairs_are_data_not_a_resolution() -> None:
    text = "Our dataset consists of 820 video pairs captured under low illumination."
    assert found(text) == [("820", "data_size", 820.0, "examples")]


def test_intransitive_drop_of_a_metric_is_a_negative_gain() -> None:
    assert found("The accuracy drops by 15% under the attack.") == [("15%", "improvement", -15.0, "%")]


def test_intransitive_fall_of_an_error_is_a_gain() -> None:
    assert found("The error rate falls by 12% on the noisy split.") == [("12%", "improvement", 12.0, "%")]


def test_intransitive_decrease_of_a_cost_is_a_reduction() -> None:
    assert found("Memory usage decreases by 30%.") == [("30%", "reduction", 30.0, "%")]


def test_whole_number_value_on_a_benchmark() -> None:
    assert found("Our 8B model achieves 83 on MMLU.")[-1] == ("83", "score", 83.0, "none")


def test_whole_number_value_of_a_named_metric() -> None:
    assert found("It achieves an accuracy of 87 on the held-out set.") == [("87", "score", 87.0, "none")]


def test_metric_of_a_dimension_is_not_a_value() -> None:
    assert found("This improves the accuracy of 3D pose estimation.") == []


def test_list_members_take_the_metric_after_the_last() -> None:
    text = "It achieves 84.1, 85.3, and 86.0 mIoU on ADE20K, Cityscapes, and COCO-Stuff, respectively."
    assert [r[:2] for r in found(text)] == [("84.1", "score"), ("85.3", "score"), ("86.0", "score")]


def test_list_after_a_metric_named_with_scores() -> None:
    text = "Our model obtains F1 scores of 0.91, 0.88 and 0.85 on the three datasets."
    assert [r[:2] for r in found(text)] == [("0.91", "score"), ("0.88", "score"), ("0.85", "score")]


def test_list_members_with_an_aside_each() -> None:
    text = "We obtain BLEU scores of 28.4 (En-De) and 41.0 (En-Fr)."
    assert [r[:2] for r in found(text)] == [("28.4", "score"), ("41.0", "score")]


def test_slash_list_after_metric_of() -> None:
    text = "The reader reaches an EM/F1 of 78.3/85.6 on SQuAD."
    assert [r[:2] for r in found(text)] == [("78.3", "score"), ("85.6", "score")]


def test_value_with_its_gain_in_parentheses_on_a_benchmark() -> None:
    text = "Our 8B model achieves 91.2 (+2.3) on GSM8K."
    assert [r[:2] for r in found(text)][-2:] == [("91.2", "score"), ("+2.3", "improvement")]


def test_skipped_share_is_a_reduction() -> None:
    text = "At inference it skips 60% of the layers during decoding."
    assert found(text) == [("60%", "reduction", 60.0, "%")]


def test_share_of_the_original_after_a_reduce_verb() -> None:
    text = "The memory cost is reduced to 30% of the original."
    assert found(text) == [("30%", "reduction", 30.0, "%")]


def test_more_resource_efficient_factor_is_a_reduction() -> None:
    text = "The adapter is 5x more parameter-efficient than LoRA."
    assert found(text) == [("5x", "reduction", 5.0, "x")]


def test_percent_pair_with_a_size_does_not_scale_the_percent() -> None:
    assert all(abs(r.value or 0) < 1e6 for r in extract_text("1 and 0B%") if r.unit.value == "%")


def test_compression_rate_is_a_reduction() -> None:
    assert found("The model achieves a compression rate of 75%.") == [("75%", "reduction", 75.0, "%")]


def test_compression_ratio_bare_is_a_factor() -> None:
    assert found("It achieves a compression ratio of 4.5.") == [("4.5", "reduction", 4.5, "x")]


def test_signed_percent_in_parentheses_is_a_gain() -> None:
    text = "our approach boosts the accuracy on GSM8K from 56.2% to 72.1% (+15.9%)."
    assert found(text)[-1] == ("+15.9%", "improvement", 15.9, "%")


def test_by_a_relative_percent_is_a_gain() -> None:
    text = "it improves image and group scores in Winoground by a relative 37% and 9%, respectively."
    assert [r[1] for r in found(text)] == ["improvement", "improvement"]


def test_count_a_verb_of_collecting_holds() -> None:
    text = "The corpus includes 5,393 finding aids from six different series."
    assert found(text) == [("5,393", "data_size", 5393.0, "examples")]


def test_size_a_verb_of_collecting_holds() -> None:
    assert found("We collect 12K hand-drawn sketches.") == [("12K", "data_size", 12000.0, "examples")]


def test_word_problems_are_examples_not_tokens() -> None:
    text = "We fine-tune on 100K synthetic math word problems."
    assert found(text) == [("100K", "data_size", 100000.0, "examples")]


def test_counted_languages_stay_out_after_a_collecting_verb() -> None:
    assert found("The collection includes 300 languages.") == []


def test_latex_times_is_a_factor() -> None:
    assert found("It achieves a 3.2$\\times$ speedup.") == [("3.2$\\times$", "speedup", 3.2, "x")]


def test_latex_times_between_numbers_is_a_shape() -> None:
    assert found("It uses 512\\times512 images.") == []


def test_from_to_values_of_state_of_the_art_results() -> None:
    text = "It achieves new state-of-the-art results, including form understanding (from 70.72 to 79.27)."
    assert [r[:2] for r in found(text)] == [("70.72", "score"), ("79.27", "score")]


def test_bare_values_side_by_side_are_scores() -> None:
    text = "PiDiNet can surpass the recorded result of human perception (0.807 vs. 0.803 in ODS F-measure)."
    assert [r[:2] for r in found(text)] == [("0.807", "score"), ("0.803", "score")]


def test_list_members_with_a_deviation_each() -> None:
    text = "comparable to manual annotations with F1 scores of 0.82+/0.03 and 0.81+/0.03 respectively."
    assert [r[:2] for r in found(text)] == [("0.82", "score"), ("0.81", "score")]


def test_ahead_by_is_a_gain() -> None:
    assert found("Our model is ahead of GPT-4 by 8% on the hard split.") == [("8%", "improvement", 8.0, "%")]


def test_leads_to_a_value_stays_a_score() -> None:
    assert found("Training on our data leads to 45.2% accuracy.") == [("45.2%", "score", 45.2, "%")]


def test_vocabulary_size_is_not_data() -> None:
    assert found("It uses a tokenizer with a vocabulary of 32K tokens.") == []


def test_value_before_an_unlisted_upper_case_metric() -> None:
    assert found("Our scorer achieves 0.87 QWK on the essays.") == [("0.87", "score", 0.87, "none")]


def test_value_before_a_unit_in_capitals_is_not_a_metric() -> None:
    assert found("The kernel reaches 3.4 GFLOPs.") == []
    assert found("It achieves 12.1 GTEPS on the cluster.") == []
