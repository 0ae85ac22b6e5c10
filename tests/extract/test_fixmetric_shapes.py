"""The metric field, probe round 5/6: a metric name with a digit before it is no earlier value, a
quantity with its data set before "is", "scores" as a system's verb, metrics the lexicon lacked
(minDCF, Fl-all, SPL, ANLS, click-through rate), a "lift in", list-to-list pairing, the last verb's
object before "to", a subject that goes "from ... to", a process made faster, a subject that is N
times smaller, the job a time is taken by, the data set a sentence opens with, and "full precision".
Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_compared_value_keeps_the_metric_before_a_name_with_a_digit():
    text = "The pruner reaches a C4 perplexity of 8.31, against 7.64 for the dense model, while keeping 96% of its mean accuracy."
    assert hit(text, "7.64").metric == "perplexity"


def test_metric_written_after_a_value_still_belongs_to_that_value():
    text = "Our tracker achieves 7% lower ADE and 12% lower miss rate than prior trackers."
    assert hit(text, "7%").metric == "ADE"


def test_quantity_with_its_data_set_before_is():
    text = "Its over-refusal rate on OR-Bench is 6.1%, and it adds little latency."
    assert hit(text, "6.1%").metric == "over-refusal rate"


def test_quantity_that_is_an_argument_is_still_refused():
    text = "The correlation of heart rate on PhysioNet is 0.91."
    assert hit(text, "0.91").metric == "correlation"


def test_scores_as_a_verb_lets_the_metric_before_carry():
    text = "Accuracy on rare dialects trails the standard one by 9.1 points. GPT-4o scores 70.2% in French."
    assert hit(text, "70.2%").metric == "Accuracy"


def test_a_sentence_naming_its_own_metric_does_not_take_the_previous_one():
    text = (
        "It attains an EER of 0.71%. Compared with the x-vector baseline, minDCF falls from 0.231 to 0.149."
    )
    assert hit(text, "0.231").metric == "minDCF"
    assert hit(text, "0.149").metric == "minDCF"


def test_optical_flow_outlier_metric():
    text = "The flow model has an EPE of 1.9 and obtains an Fl-all of 4.12% on KITTI 2012."
    assert hit(text, "4.12%").metric == "Fl-all"


def test_lift_in_names_the_metric():
    text = "It reaches an NDCG@10 of 0.41. An online test shows a 3.1% lift in click-through rate."
    assert hit(text, "3.1%").metric == "click-through rate"
    other = "The ranker brings a 2.2% lift in dwell time during a two-week online test."
    assert hit(other, "2.2%").metric == "dwell time"


def test_a_value_list_takes_the_metrics_of_the_list_before_in_order():
    text = "The navigator reaches a 61% success rate and 55% SPL, which is 6 points and 3 points above HAMT."
    assert hit(text, "55%").metric == "SPL"
    assert hit(text, "6 points").metric == "success rate"
    assert hit(text, "3 points").metric == "SPL"


def test_list_of_one_metric_is_not_paired():
    text = "It reaches 81.2% accuracy on A and 77.0% accuracy on B, 1.2 and 0.8 points higher than X."
    assert hit(text, "0.8 points").metric == "accuracy"


def test_metric_after_the_value_in_a_list():
    text = "The reader scores 82.1 ANLS on ChartVQA and 64.0 on SlideVQA."
    assert hit(text, "82.1").metric == "ANLS"
    assert hit(text, "64.0").metric == "ANLS"


def test_last_verb_object_before_to_is_the_metric():
    text = "On AudioSet it lowers FAD from 4.1 to 2.6 and raises CLAP score to 0.52."
    assert hit(text, "0.52").metric == "CLAP score"
    assert hit(text, "2.6").metric == "FAD"


def test_up_to_is_no_to_of_a_verb_object():
    text = "It improves the accuracy of the minority classes up to 26.58%."
    assert hit(text, "26.58%").metric == "accuracy of the minority classes"


def test_subject_that_goes_from_one_value_to_another():
    text = "Bond validity rises from 81.2% under GeoDiff to 93.0%, and sampling needs fewer steps."
    assert hit(text, "81.2%").metric == "Bond validity"
    assert hit(text, "93.0%").metric == "Bond validity"


def test_a_system_that_goes_from_one_value_to_another_is_no_metric():
    assert hit("Our agent rises from 40% to 55%.", "40%").metric is None
    assert hit("The model improves from 61.0% to 70.2% on C.", "61.0%").metric is None


def test_process_verb_before_a_speedup():
    assert hit("On CIFAR-10, PixFlow samples 3.1x faster than DDPM.", "3.1x").metric == "samples"
    assert hit("It decodes 4.0x faster than the teacher.", "4.0x").metric == "decodes"
    assert hit("It reaches 71.0% on X while training 3.5x faster than Y.", "3.5x").metric == "training"
    assert hit("It also reaches convergence 2x faster than DETR.", "2x").metric == "convergence"
    text = "It needs only 4 steps, making synthesis about 9 times faster than Z."
    assert hit(text, "9 times").metric == "synthesis"


def test_process_subject_that_runs_faster():
    text = "With our potential, protein folding simulations run 7 times faster than with the baseline."
    assert hit(text, "7 times").metric == "protein folding simulations"


def test_a_system_that_runs_faster_names_no_process():
    assert hit("The pruned model runs 1.6 times faster than the dense model.", "1.6 times").metric is None
    assert hit("Our method is 3x faster than the baseline.", "3x").metric is None


def test_subject_that_is_n_times_smaller():
    text = "On X, recall rises by 2.1%, and the feature bank is 8 times smaller."
    assert hit(text, "8 times").metric == "feature bank"
    assert hit("The distilled corpus is 4x smaller than the raw one.", "4x").metric == "corpus"


def test_a_system_that_is_smaller_names_no_metric():
    assert hit("The student model is 4x smaller than the teacher.", "4x").metric is None


def test_trims_is_a_verb_of_reduction():
    text = "An adaptive scheduler trims GPU hours by 31% on short jobs."
    assert hit(text, "31%").metric == "GPU hours"


def test_the_job_a_time_is_taken_by():
    text = "It reaches an FID of 2.1. It generates an image in 0.4 seconds."
    assert hit(text, "0.4 seconds").metric == "generates an image"
    text = "On X it reaches a PSNR of 31.2 dB. Training converges in 9 seconds per frame."
    assert hit(text, "9 seconds").metric == "Training converges"
    text = "The model reaches an MSE of 0.31 and trains in under 8 minutes on one GPU."
    assert hit(text, "8 minutes").metric == "trains"


def test_a_named_time_wins_over_the_job():
    text = "It has an inference time of 31 ms on a phone."
    assert hit(text, "31 ms").metric == "inference time"


def test_storage_values_in_brackets_after_the_cut():
    text = "On Y, our method cuts storage by 12x (from 512 MB to 43 MB)."
    assert hit(text, "512 MB").metric == "storage"
    assert hit(text, "43 MB").metric == "storage"


def test_data_set_a_sentence_opens_with_is_no_subject():
    text = "On REVERIE the remote grounding success increases by 3.8%."
    assert hit(text, "3.8%").metric == "remote grounding success"


def test_full_precision_is_a_number_format():
    text = "DeiT-S keeps 79.0% top-1 accuracy, only 0.9% below full precision."
    assert hit(text, "0.9%").metric == "top-1 accuracy"
    assert hit("It raises precision by 3%.", "3%").metric == "precision"


def test_a_version_number_with_an_acronym_after_is_no_score():
    from etl.extract import extract_text

    assert extract_text("We model the IEEE 802.11 DCF protocol under capture effects.") == []
