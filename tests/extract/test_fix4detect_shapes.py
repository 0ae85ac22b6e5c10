"""Detection, kind and value shapes of fix round 4: a factor whose x was lost with a word naming what
it measures, a rise in a lower-is-better metric as a loss, a bare "within N of", a compared value "for"
any system once a metric's value is given, a from-to pair a change verb governs, a small data count after
"with only", data set names with a size, and settings read as no result. One behaviour per
test; sentences invented."""

from __future__ import annotations

from etl.extract.core import extract_text
from etl.records import Kind, Unit
from tests.extract.helpers import hit


def _texts(text: str) -> list[str]:
    return [r.text for r in extract_text(text)]


def test_a_lost_factor_may_have_one_word_before_speedup_or_reduction():
    r = hit("On a phone, TinyNet achieves 7 real speedup over MobileNet with equal accuracy.", "7")
    assert (r.kind, r.value, r.unit) == (Kind.SPEEDUP, 7.0, Unit.FACTOR)
    r = hit("It gives 6 memory reduction and 2 measured speedup over the dense kernel.", "6")
    assert (r.kind, r.unit) == (Kind.REDUCTION, Unit.FACTOR)
    assert (
        hit("It gives 6 memory reduction and 2 measured speedup over the dense kernel.", "2").kind
        is Kind.SPEEDUP
    )


def test_a_count_of_techniques_is_no_lost_factor():
    assert _texts("We compare 4 model reduction strategies and 3 speedup techniques.") == []


def test_a_rise_in_a_lower_is_better_metric_is_a_loss():
    assert (
        hit("Quantization raises nothing else, and it increases C4 perplexity by only 0.42.", "0.42").value
        == -0.42
    )
    assert hit("Memory falls sharply while perplexity increases by only 0.9.", "0.9").value == -0.9
    assert hit("The compressed model increases the error by 3% over the baseline.", "3%").value == -3.0


def test_a_rise_in_a_quality_metric_stays_a_gain():
    assert hit("Our method lowers perplexity and increases accuracy by 2.6 on ARC.", "2.6").value == 2.6


def test_a_concession_after_a_gain_does_not_make_it_a_cut():
    r = hit(
        "It reaches 61.2% accuracy, beating the 13B baseline by 3.4 points despite being smaller.",
        "3.4 points",
    )
    assert (r.kind, r.value) == (Kind.IMPROVEMENT, 3.4)


def test_a_bare_within_of_is_a_negative_gain():
    r = hit("On GenEval, SwiftGen scores 0.71, within 0.03 of its teacher.", "0.03")
    assert (r.kind, r.value, r.unit) == (Kind.IMPROVEMENT, -0.03, Unit.NONE)


def test_a_within_of_with_no_metric_is_no_result():
    assert _texts("The robot stops within 0.4 of the goal marker.") == []


def test_a_value_compared_for_any_system_after_a_metric_value():
    text = "Agents trained in the simulator reach a success score of 58.3, compared with 49.1 for agents trained on logs."
    assert hit(text, "49.1").kind is Kind.SCORE
    text = "It reaches a mean return of 91.5, compared with 80.2 for TD3 and 84.7 for SAC."
    assert hit(text, "84.7").kind is Kind.SCORE
    assert hit("It reaches an FVD of 305, compared with 287 for its teacher.", "287").kind is Kind.SCORE


def test_a_count_compared_for_a_system_stays_out():
    assert _texts("Our encoder has 6 layers, compared with 24 for BERT-large.") == []


def test_a_from_to_pair_a_change_verb_governs_is_two_scores():
    text = "On ArtEdit it raises the directional similarity from 0.181 to 0.226."
    assert [(r.text, r.kind) for r in extract_text(text)] == [("0.181", Kind.SCORE), ("0.226", Kind.SCORE)]


def test_a_share_after_at_before_a_rate_or_a_from_to_is_a_setting():
    assert _texts("It improves the hit rate at 2% false positive rate from 41.0% to 55.5%.") == [
        "41.0%",
        "55.5%",
    ]
    assert "95%" not in _texts("At a fixed specificity of 95%, it cuts missed tumours by 18%.")
    assert hit("The detector climbs to 88% recall.", "88%").kind is Kind.SCORE


def test_a_small_data_count_after_with_only():
    r = hit("With only 30 demonstrations per task, the policy reaches 74% success.", "30")
    assert (r.kind, r.unit) == (Kind.DATA_SIZE, Unit.EXAMPLES)
    assert "4" not in _texts("With only 4 GPUs, training takes two days.")
    assert "60" not in _texts("On CIFAR-10 with only 60 labels, it reaches 88% accuracy.")


def test_a_size_in_a_data_set_name_introduced_as_data():
    assert "90M" not in _texts("We build a speech dataset called VoxPile-90M, with 90 million clips.")
    assert "2M" not in _texts("We curate CodeEdit-2M, containing 2.1 million edits.")
    assert "3T" not in _texts("A 2B model trained on 500B tokens of WebMix-3T matches larger models.")


def test_a_model_size_after_tokens_of_stays_a_parameter_count():
    assert hit("We train on 1T tokens of Qwen-72B outputs.", "72B").kind is Kind.PARAM_COUNT


def test_a_level_named_as_a_threshold_is_no_result():
    assert "60%" not in _texts("It beats the baseline by 2.1 points, passing the 60% accuracy threshold.")
