"""Kind and detection shapes from the fifth and sixth probe rounds, one behaviour each; every sentence
is invented for the test."""

from __future__ import annotations

from etl.extract import extract_text
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [r.text for r in extract_text(text)]


# kinds


def test_a_lower_is_better_rate_that_drops_is_a_gain():
    r = hit("For tumour detection, the false-negative rate drops by 22%.", "22%")
    assert (r.kind.value, r.value) == ("improvement", 22.0)


def test_errors_that_are_lower_are_a_gain_not_a_cost_cut():
    r = hit("Compared to BarFlow, errors are 14% lower on both sets.", "14%")
    assert (r.kind.value, r.value) == ("improvement", 14.0)


def test_a_cost_that_is_lower_stays_a_reduction():
    assert hit("Its latency is 25% lower than BarNet.", "25%").kind.value == "reduction"


def test_a_system_that_drops_with_nothing_named_falls_in_quality():
    r = hit("FooQ keeps 79.0% accuracy, while the best prior method drops by 5.1%.", "5.1%")
    assert (r.kind.value, r.value) == ("improvement", -5.1)


def test_latency_that_improves_by_a_factor_is_a_speedup():
    assert hit("Decoding latency improves 2.1x with FooSpec.", "2.1x").kind.value == "speedup"
    assert hit("Peak throughput improves by 1.7x over BarServe.", "1.7x").kind.value == "speedup"


def test_a_time_that_increases_is_no_speedup():
    assert hit("Training time increases by 20%.", "20%").kind.value != "speedup"


def test_a_pair_after_a_metric_of_is_two_scores():
    text = "FooMT uses 40% fewer tokens than BarMT, at accuracies of 88.0% and 70.1%, respectively."
    assert [hit(text, n).kind.value for n in ("88.0%", "70.1%")] == ["score", "score"]


def test_a_compared_pair_is_two_scores():
    text = "FooGuard lowers the attack success rate to 2.1% and 1.5%, compared with 15.2% and 11.0% for BarGuard."
    assert [hit(text, n).kind.value for n in ("15.2%", "11.0%")] == ["score", "score"]


def test_a_pair_of_gains_stays_two_gains():
    text = "FooNet improves accuracy by 3.1% and 2.2% on SetA and SetB."
    assert [hit(text, n).kind.value for n in ("3.1%", "2.2%")] == ["improvement", "improvement"]


def test_a_value_after_by_is_a_gain_even_after_a_from_to():
    text = "FooNet improves accuracy on SetA from 50.1% to 55.5% and on SetB (long) by 4.2%."
    assert hit(text, "4.2%").kind.value == "improvement"
    assert hit(text, "55.5%").kind.value == "score"


def test_a_compression_factor_with_a_side_loss_is_a_reduction():
    r = hit("FooZip achieves up to 12x compression on NQ with an accuracy loss of 1.1%.", "12x")
    assert r.kind.value == "reduction"


def test_a_measure_reached_after_to_is_a_score():
    assert hit("On SetH, it reduces MPJPE to 41.2 mm.", "41.2").kind.value == "score"


def test_a_measured_cut_after_by_stays_a_reduction():
    assert hit("FooNet reduces latency by 12 ms.", "12").kind.value == "reduction"


def test_a_gain_that_widens_to_a_measure_stays_a_gain():
    assert hit("On SetX the gain over BarNeRF widens to 2.1 dB.", "2.1").kind.value == "improvement"


def test_a_measure_after_its_metric_is_a_score_despite_a_later_cut():
    text = "FooSLAM reaches a rendering PSNR of 37.1 dB, and on SetT it reduces tracking error by 40%."
    assert hit(text, "37.1").kind.value == "score"


def test_a_bare_value_higher_than_a_system_is_a_gain():
    text = "FooMoE achieves a ROUGE-L of 40.1 on NotesSum, 4.5 higher than the dense baseline."
    r = hit(text, "4.5")
    assert (r.kind.value, r.value) == ("improvement", 4.5)


def test_a_bare_value_below_a_system_is_a_drop():
    r = hit("FooFold achieves a mean accuracy of 0.71, only 0.05 below BarFold.", "0.05")
    assert (r.kind.value, r.value) == ("improvement", -0.05)


def test_a_bare_value_lower_of_an_error_is_a_gain():
    r = hit("Its WER is 5.1, 0.4 lower than BarASR.", "0.4")
    assert (r.kind.value, r.value) == ("improvement", 0.4)


def test_a_further_value_of_a_metric_is_a_gain():
    assert hit("Adding more data yields a further 1.7 AP.", "1.7").kind.value == "improvement"


def test_a_smaller_gain_is_still_positive():
    r = hit("On HardSet the gain is smaller, at 1.9 points.", "1.9 points")
    assert (r.kind.value, r.value) == ("improvement", 1.9)


def test_a_model_that_is_smaller_stays_a_reduction():
    assert hit("The model is 40% smaller.", "40%").kind.value == "reduction"


def test_a_drop_of_a_bare_value_is_negative():
    r = hit("It cuts latency by 30% with a CLIP score drop of only 0.3.", "0.3")
    assert (r.kind.value, r.value) == ("improvement", -0.3)


# detection


def test_a_version_after_a_benchmark_name_is_no_value():
    text = "FooLM reaches a win rate of 40.2% on AlpacaEval 2.0 and 30.1% on Arena-Hard."
    assert "2.0" not in _texts(text)
    assert hit(text, "30.1%").kind.value == "score"


def test_a_version_before_a_metric_name_is_no_value():
    assert "2.0" not in _texts("FooLM improves the AlpacaEval 2.0 win rate by 4.1 points.")


def test_a_value_after_a_metric_name_is_kept():
    assert hit("The model scores FID 2.0 on ImageNet.", "2.0").kind.value == "score"


def test_a_length_a_model_is_run_at_is_no_data():
    assert _texts("On RULER at 64K tokens, FooLM retains 91% accuracy.") == ["91%"]


def test_a_token_count_of_one_input_is_no_data():
    assert "200K" not in _texts("Accuracy falls to 50.3% when the fact is buried in a 200K-token input.")


def test_a_token_corpus_is_still_data():
    assert hit("We pretrain on a 300B-token corpus.", "300B").kind.value == "data_size"
    assert hit("It was trained on at least 1T tokens.", "1T tokens").kind.value == "data_size"


def test_a_compression_level_a_gain_is_read_at_is_no_result():
    assert _texts("FooZip improves accuracy by 2.2% over BarZip at 8x compression.") == ["2.2%"]


def test_a_false_positive_rate_a_result_is_read_at_is_no_result():
    assert _texts("FooGuard reaches 90% recall at a false positive rate of 2%.") == ["90%"]


def test_a_false_positive_rate_reached_is_a_score():
    assert hit("FooGuard has a false positive rate of 2%.", "2%").kind.value == "score"


def test_a_bare_value_after_an_acronym_list_member_is_a_score():
    r = hit("FooDoc scores 88.1 ANLS on DocA and 70.2 on DocB.", "70.2")
    assert (r.kind.value, r.dataset) == ("score", "DocB")


def test_a_bare_value_a_verb_gives_another_system_is_a_score():
    r = hit("FooVLM reaches an F1 of 0.70, while BarVLM attains 0.81.", "0.81")
    assert (r.kind.value, r.model) == ("score", "BarVLM")


def test_a_later_gain_in_a_list_of_point_gains_keeps_points():
    r = hit("FooLM gains 8.1 points on SetA and 11.0 on SetB.", "11.0")
    assert (r.kind.value, r.unit.value, r.dataset) == ("improvement", "pp", "SetB")


def test_a_metric_kept_at_a_value_is_a_score():
    assert hit("It keeps FID at 2.40, compared with 2.35 for the base model.", "2.40").kind.value == "score"


def test_a_list_member_on_a_name_with_digits_is_a_score():
    text = "It attains an MSE of 0.400 on ETTh2 and 0.150 on Traffic."
    assert hit(text, "0.150").kind.value == "score"


# sizes


def test_a_data_noun_after_a_parameter_list_is_data():
    text = "We train FooViT models with 200M, 2B and 5B parameters on 3 billion images."
    assert hit(text, "3 billion").kind.value == "data_size"
    assert hit(text, "200M").kind.value == "param_count"


def test_data_after_parameters_in_an_earlier_clause_is_data():
    text = "The heads have fewer than 0.3B parameters and are trained on 50K ShareGPT conversations."
    assert hit(text, "50K").kind.value == "data_size"


def test_a_size_in_a_data_set_name_before_its_split_is_no_model_size():
    assert "1B" not in _texts("FooSeg loses only 1.1 mIoU on the SA-1B validation split.")


def test_a_kept_share_of_the_original_quality_with_modifiers_is_a_score():
    text = "Pruning 30% of the weights of FooLM preserves 96.1% of the original average zero-shot accuracy."
    assert hit(text, "96.1%").kind.value == "score"


def test_a_cost_kept_at_a_share_of_the_original_stays_a_reduction():
    assert hit("Memory is reduced to 30% of the original model size.", "30%").kind.value == "reduction"


def test_a_metric_that_changes_by_points_is_an_unsigned_gain():
    text = "The controller trims token usage by 40% on easy problems, with accuracy changes under 0.4 points."
    r = hit(text, "0.4 points")
    assert (r.kind.value, r.value, r.qualifier.value) == ("improvement", 0.4, "upper")
