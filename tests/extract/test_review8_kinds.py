"""Kind fixes of review 8: only the head noun of a rise's subject can be a metric where lower is better
(a good metric as its object wins), a margin of something else is no change, a named bar is no result,
a size inside a data set's name is no parameter count. One behaviour per test; sentences invented."""

from __future__ import annotations

from etl.extract.core import extract_text
from etl.records import Kind
from tests.extract.helpers import hit


def test_an_error_word_modifying_the_subject_keeps_a_gain_positive():
    r = hit("Error-aware sampling increases accuracy by 2.3% on SST-2.", "2.3%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 2.3)


def test_a_perplexity_word_modifying_the_subject_keeps_a_gain_positive():
    assert hit("Our perplexity-guided filter increases BLEU by 0.9 on WMT.", "0.9").value == 0.9


def test_a_loss_word_modifying_the_subject_keeps_a_gain_positive():
    assert hit("Adding a loss-balancing term increases mAP by 1.4 on COCO.", "1.4").value == 1.4


def test_an_error_word_before_the_subject_head_keeps_a_gain_positive():
    assert hit("Using error feedback increases BLEU by 1.2 on IWSLT.", "1.2").value == 1.2


def test_a_rise_of_a_perplexity_subject_is_a_loss():
    r = hit("The draft model is 3x faster, while perplexity increases by only 0.7.", "0.7")
    assert r.value == -0.7


def test_a_rise_of_a_bad_rate_subject_is_a_loss():
    r = hit(
        "Refusals fall sharply, while its jailbreak attack success rate on AdvBench rises by 1.1 points.",
        "1.1 points",
    )
    assert r.value == -1.1


def test_a_rise_of_a_perplexity_object_is_a_loss():
    assert hit("Pruning half the heads increases WikiText-2 perplexity by only 0.31.", "0.31").value == -0.31


def test_a_profit_margin_that_grows_to_a_value_is_a_level():
    assert hit("Under the new policy, the agent's profit margin grows to 12.4%.", "12.4%").kind is Kind.SCORE


def test_a_confidence_margin_that_rises_to_a_value_is_a_level():
    r = hit("With calibration, the confidence margin rises to 35% on misclassified inputs.", "35%")
    assert r.kind is Kind.SCORE


def test_a_margin_over_a_system_that_grows_to_a_value_is_the_gain():
    r = hit("On the largest graphs, the margin over GraphSAGE grows to 4.2 points.", "4.2 points")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 4.2)


def test_a_gain_in_a_metric_that_increases_to_a_value_is_the_gain():
    r = hit("On long inputs, the gain in accuracy over LSTM increases to 5.1%.", "5.1%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 5.1)


def test_a_named_bar_passed_is_no_result():
    assert extract_text("RoboAgent clears the 80% success bar on Meta-World.") == []


def test_a_named_cutoff_passed_is_no_result():
    assert extract_text("Our planner passes the 90% accuracy cutoff on ALFWorld.") == []


def test_a_size_in_a_hyphenated_data_set_name_is_no_parameter_count():
    rs = extract_text("We build SoundHub-2M with 2M clips totalling 9,000 hours.")
    assert [r for r in rs if r.kind is Kind.PARAM_COUNT] == []


def test_a_size_in_a_hyphenated_model_name_is_a_parameter_count():
    r = hit("We fine-tune Llama-2-70B on the new instructions.", "70B")
    assert (r.kind, r.value) == (Kind.PARAM_COUNT, 70e9)


def test_a_gain_over_a_named_baseline_that_increases_to_a_value_is_the_gain():
    r = hit("On long inputs, the gain over the LSTM baseline increases to 5.1%.", "5.1%")
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 5.1)


def test_a_named_chance_level_stays_a_score():
    r = hit("Probing accuracy stays near the 50% random-chance level on all layers.", "50%")
    assert (r.kind, r.value) == (Kind.SCORE, 50.0)
