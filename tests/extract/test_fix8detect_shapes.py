"""Detection, kind and value shapes of fix round 8: a value after LaTeX's "$\\sim$", a price paid in
quality and a gap left to a better system (negative gains), an overhead added to a time (no result), word
multiples of another system's rate or of a cost, a share apposed to a count of parameters or tokens, a
hedge between a metric's "of" and its value, and metrics the lexicon lacked (acceptance length, real-time
factor, Sharpe ratio); one behaviour each, sentences invented."""

from __future__ import annotations

from etl.extract import extract_text
from etl.extract.multiples import word_multiple
from etl.extract.quality_costs import metric_tokens, quality_change
from etl.records import Kind, Qualifier, Unit
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [r.text for r in extract_text(text)]


# LaTeX "$\sim$" before a number


def test_a_percentage_after_latex_sim_is_read_and_approximate():
    r = hit(r"Against a ResNet-50 baseline, it cuts labelling errors by $\sim$17\%.", r"17\%")
    assert (r.kind, r.value, r.qualifier) == (Kind.IMPROVEMENT, 17, Qualifier.APPROX)


def test_a_factor_after_latex_sim_is_a_speedup():
    r = hit(r"Retrieval is $\sim$120$\times$ faster at query time.", r"120$\times$")
    assert (r.kind, r.value, r.qualifier) == (Kind.SPEEDUP, 120, Qualifier.APPROX)


def test_a_factor_after_latex_approx_is_read():
    assert hit(r"The cache shrinks memory by $\approx$4$\times$.", r"4$\times$").kind is Kind.REDUCTION


# a price paid in quality, a gap left


def test_a_loss_of_only_some_points_is_a_negative_gain():
    r = hit("Pruning halves the FLOPs with a loss of only 0.6 AP on COCO.", "0.6")
    assert (r.kind, r.value, r.unit) == (Kind.IMPROVEMENT, -0.6, Unit.NONE)


def test_a_cost_in_points_is_a_negative_gain():
    r = hit("Distilling the encoder shrinks storage by 9x at a cost of 0.7 points.", "0.7 points")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.7)


def test_costing_accuracy_is_a_negative_gain():
    assert hit("Synthetic labels speed up annotation while costing 2.2% accuracy.", "2.2%").value == -2.2


def test_a_cost_paid_in_speed_stays_a_slowdown():
    r = hit("It improves F1 by 2.5 points, at the cost of 12% slower decoding.", "12%")
    assert (r.kind, r.value) == (Kind.SPEEDUP, -12)


def test_a_validation_loss_of_a_value_is_no_price_paid():
    assert quality_change("It reaches a validation loss of ", " on WikiText.", False) is None


def test_a_rise_of_an_error_measure_is_a_negative_gain():
    r = hit("The forecaster is compressed 8x with an RMSE increase of 1.4% on Traffic.", "1.4%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -1.4)


def test_raising_an_error_measure_by_a_further_amount_is_a_negative_gain():
    assert hit("Stronger noise raises the MAE by a further 2.7%.", "2.7%").value == -2.7


def test_raising_a_quality_measure_stays_a_gain():
    assert hit("The reranker raises the recall by 2.7%.", "2.7%").value == 2.7


def test_a_gap_that_shrinks_to_a_value_is_a_negative_gain():
    r = hit("At 70% sparsity, the accuracy gap shrinks to 0.9%.", "0.9%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.9)


def test_closing_the_gap_to_a_value_is_a_negative_gain():
    r = hit("Small models trail large ones by 2.5% but close the gap to 0.5% on long inputs.", "0.5%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.5)


def test_a_gap_to_experts_that_remains_is_a_negative_gain():
    assert hit("A 30% gap to human experts remains.", "30%").value == -30


def test_a_gap_over_another_system_stays_a_gain():
    assert hit("It opens a 12% accuracy gap over BERT.", "12%").value == 12


# an amount added


def test_an_overhead_added_to_a_time_is_no_result():
    assert "7%" not in _texts("The safety filter adds about 7% to decoding time.")


def test_an_amount_added_to_a_metric_is_a_gain():
    r = hit("Self-correction adds 4.2% to the success rate.", "4.2%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 4.2)


# word multiples


def test_twice_the_rate_of_another_system_is_a_gain():
    r = hit("Of the sampled crystals, 81% are stable, twice the rate of the previous model.", "twice")
    assert (r.kind, r.value, r.unit) == (Kind.IMPROVEMENT, 2, Unit.FACTOR)


def test_double_the_value_of_another_system_is_a_gain():
    r = hit("It reaches 28.1%, nearly double the 14.0% of PPO.", "double")
    assert (r.kind, r.qualifier) == (Kind.IMPROVEMENT, Qualifier.APPROX)


def test_doubling_a_metric_without_article_is_a_gain():
    assert hit("On cold-start users it doubles Recall@20.", "doubles").kind is Kind.IMPROVEMENT


def test_a_metric_that_doubles_from_one_value_to_another_is_a_gain():
    assert hit("Its accuracy on long queries nearly doubles, from 20.3% to 39.8%.", "doubles").value == 2


def test_a_cost_that_triples_is_no_result():
    assert "triples" not in _texts("A reflection step improves success by 4.1% but triples the token cost.")


def test_twice_a_parameter_count_is_no_result():
    assert word_multiple("twice", "a model with ", " the parameter count.") == "none"


def test_doubling_a_time_to_find_failures_is_not_read_as_a_cost():
    assert (
        word_multiple("doubling", "training increased robustness -- ", " the time for testers to find")
        is None
    )


# shares apposed to a count of a cost


def test_a_share_apposed_to_a_count_of_parameters_is_a_kept_share():
    r = hit("Only 1.2M parameters are updated, about 0.4% of the encoder.", "0.4%")
    assert (r.kind, r.value) == (Kind.REDUCTION, 0.4)


def test_parameters_amounting_to_a_share_of_the_model_are_a_kept_share():
    assert hit("The adapter weights amount to 0.2% of the model.", "0.2%").kind is Kind.REDUCTION


def test_a_share_of_another_system_score_is_not_a_kept_share():
    assert (
        hit("With 7B parameters, it reaches 81.2% accuracy, 95% of GPT-4's score.", "95%").kind is Kind.SCORE
    )


# metric values


def test_a_hedge_between_of_and_a_bare_value_keeps_the_score():
    r = hit("The best prior method reaches an NMI of only 0.41.", "0.41")
    assert (r.kind, r.metric) == (Kind.SCORE, "NMI")


def test_an_acceptance_length_in_tokens_is_a_score():
    r = hit("It reaches an average acceptance length of 4.2 tokens.", "4.2 tokens")
    assert (r.kind, r.value, r.metric) == (Kind.SCORE, 4.2, "average acceptance length")


def test_tokens_a_frame_is_compressed_into_stay_data():
    assert not metric_tokens("It compresses each frame into ")


def test_a_real_time_factor_is_a_score_not_a_factor():
    r = hit("Decoding runs at a real-time factor of 0.06.", "0.06")
    assert (r.kind, r.unit) == (Kind.SCORE, Unit.NONE)


def test_a_sharpe_ratio_is_a_score_not_a_hyper_parameter():
    assert hit("The portfolio earns a Sharpe ratio of 1.27 before costs.", "1.27").kind is Kind.SCORE


def test_a_masking_ratio_stays_a_hyper_parameter():
    assert "0.75" not in _texts("We use a masking ratio of 0.75 during pre-training.")


# operating points and targets


def test_the_specificity_a_sensitivity_gain_is_read_at_is_no_result():
    texts = _texts("It raises sensitivity by 7.5 percentage points at 95% specificity.")
    assert "95%" not in texts and "7.5 percentage points" in texts


def test_a_sensitivity_that_opens_a_sentence_with_at_is_an_operating_point():
    assert "85%" not in _texts("At 85% sensitivity, the detector raises 4 false alarms per night.")


def test_a_missing_rate_a_result_is_read_at_is_no_result():
    assert "40%" not in _texts("At a 40% missing rate on the ward data, it lowers MAE by 9%.")


def test_a_target_accuracy_a_cost_is_counted_to_is_no_result():
    texts = _texts("It needs 2.5x fewer communication rounds to reach 60% accuracy.")
    assert "60%" not in texts and "2.5x" in texts


def test_the_first_model_to_reach_an_accuracy_keeps_its_score():
    assert (
        hit("It is the first model to reach 91% accuracy on the hidden test set.", "91%").kind is Kind.SCORE
    )


def test_sensitivity_and_specificity_reached_stay_scores():
    texts = _texts("The classifier achieves 93% sensitivity and 88% specificity.")
    assert "93%" in texts and "88%" in texts


# sizes compared with another system


def test_a_system_which_is_some_times_larger_is_a_reduction_when_matched():
    r = hit("Our 300M retriever outperforms a dense baseline, which is over 20 times larger.", "20 times")
    assert (r.kind, r.value) == (Kind.REDUCTION, 20)


def test_a_model_some_times_its_size_is_a_reduction_when_matched():
    assert hit("It matches the accuracy of a model 12x its size.", "12x").kind is Kind.REDUCTION


def test_a_benchmark_some_times_larger_is_no_result():
    assert "25 times" not in _texts("Our corpus is 25 times larger than SQuAD.")


# data nouns


def test_votes_people_give_are_data():
    assert hit("We release 16,000 pairwise human votes on model outputs.", "16,000").kind is Kind.DATA_SIZE


def test_discharge_summaries_are_data():
    assert hit("We extract dosages from 2,300 discharge summaries.", "2,300").kind is Kind.DATA_SIZE


def test_pixel_annotated_images_are_data_not_a_resolution():
    assert hit("The branch is trained on 1,400 pixel-annotated images.", "1,400").kind is Kind.DATA_SIZE


def test_a_size_in_pixels_stays_out():
    assert "256" not in _texts("Inputs are resized to 256 pixels on the short side.")


def test_solutions_found_per_second_are_no_data():
    assert "150" not in _texts("The solver finds 150 solutions per second.")


# kinds of changes


def test_a_time_that_falls_by_a_latex_hedged_share_is_a_reduction():
    r = hit(r"Review time per case falls by $\sim$55% in the pilot.", "55%")
    assert (r.kind, r.value, r.qualifier) == (Kind.REDUCTION, 55, Qualifier.APPROX)


def test_error_rate_reductions_over_a_decoding_baseline_are_gains():
    r = hit("It yields relative WER reductions of 8.7% over greedy decoding.", "8.7%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 8.7)


def test_memory_reductions_over_a_baseline_stay_reductions():
    assert hit("It yields memory reductions of 30% over the baseline.", "30%").kind is Kind.REDUCTION


def test_a_duration_that_falls_is_a_reduction():
    assert hit("The average episode duration falls by 28%.", "28%").kind is Kind.REDUCTION


def test_an_advantage_that_shrinks_to_a_value_is_still_a_gain():
    r = hit("After 100 updates the advantage shrinks to 0.7%.", "0.7%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 0.7)


def test_a_speedup_that_reaches_a_factor_is_a_speedup():
    r = hit("For the 70B model the speedup reaches up to 3.6x on code tasks.", "3.6x")
    assert (r.kind, r.qualifier) == (Kind.SPEEDUP, Qualifier.UPPER)


def test_serving_more_requests_is_a_speedup():
    assert hit("It serves 3.1x more requests under the same latency target.", "3.1x").kind is Kind.SPEEDUP


def test_more_entities_in_a_benchmark_stay_out():
    assert _texts("Our benchmark has 20 times more entities than earlier ones.") == []


def test_a_signed_value_a_metric_changes_by_is_a_signed_gain():
    r = hit("The mIoU on the validation split changes by only -0.4.", "-0.4")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.4)


def test_a_negative_percentage_a_metric_changes_by_is_a_signed_gain():
    r = hit("Recall changes by -0.6% after pruning.", "-0.6%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.6)


def test_a_value_below_another_system_with_only_stays_a_drop():
    r = hit("Its accuracy is only 0.9% below the teacher on ARC.", "0.9%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, -0.9)


def test_exceeding_models_trained_on_more_data_is_a_data_reduction():
    r = hit("It scores 70% on the test set, exceeding models trained on 50 times more data.", "50 times")
    assert (r.kind, r.value) == (Kind.REDUCTION, 50)


def test_matching_a_system_trained_on_as_many_tokens_again_is_a_reduction():
    r = hit("It matches the accuracy of the default mix trained on 1.8 times as many tokens.", "1.8 times")
    assert r.kind is Kind.REDUCTION


def test_a_corpus_with_as_many_tokens_again_is_no_result():
    assert _texts("The new corpus has three times as many tokens as the old one.") == []
