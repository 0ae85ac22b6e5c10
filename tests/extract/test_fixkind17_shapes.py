"""Kind, qualifier and baseline shapes from the two reviews of real unlabelled text in round 17, one
behaviour each; every sentence is invented for the test."""

from __future__ import annotations

from etl.extract import extract_text
from etl.records import Section
from tests.extract.helpers import hit


def _texts(text: str, title: str | None = None) -> list[str]:
    return [r.text for r in extract_text(text, title=title)]


# qualifiers


def test_a_qualifier_before_a_pair_qualifies_both_members():
    text = "FooNet yields up to 12.5% and 8.1% gains in accuracy over BarNet."
    assert [hit(text, n).qualifier.value for n in ("12.5%", "8.1%")] == ["upper", "upper"]


def test_a_qualifier_reaches_a_member_after_its_own_place():
    text = "FooNet leads to gains over BarNet of about 4.2% on SetA and 3.3% on SetB."
    assert hit(text, "3.3%").qualifier.value == "approx"


def test_a_qualifier_stops_at_a_member_of_another_kind():
    text = "FooNet is up to 3x faster and 12% more accurate than BarNet."
    assert hit(text, "12%").qualifier.value == "exact"


def test_a_member_with_its_own_verb_keeps_no_shared_qualifier():
    text = "FooNet gains about 4.2% on SetA, while BarNet reaches 3.3% on SetB."
    assert hit(text, "3.3%").qualifier.value == "exact"


def test_a_color_mark_around_a_value_hides_no_qualifier():
    text = r"FooNet improves over BarNet by up to {\color{blue}6.2\%} on SetA."
    assert hit(text, r"6.2\%").qualifier.value == "upper"


def test_an_article_between_qualifier_and_value_keeps_the_qualifier():
    assert hit("FooNet brings about a 45% cut in memory.", "45%").qualifier.value == "approx"


# baselines


def test_more_than_a_value_is_no_baseline():
    text = "FooNet outperforms prior denoisers by a wide margin (more than 3dB in terms of PSNR)."
    assert hit(text, "3dB").baseline == "prior denoisers"


# times and metrics


def test_a_time_difference_takes_no_accuracy_metric():
    text = "FooNet-S reaches 71.2% top-1 accuracy, which costs only 0.4 ms more on a phone."
    assert hit(text, "0.4 ms").metric is None


def test_a_value_opening_an_example_is_a_score_of_its_own_noun():
    text = "Both variants keep high accuracy with lower FLOPs (e.g., 91.3% correctness with 1.2M parameters on SetA)."
    r = hit(text, "91.3%")
    assert (r.kind.value, r.metric) == ("score", "correctness")


def test_a_factor_over_a_serial_run_is_a_speedup():
    text = "Our parallel solver improves the run by 12x over the single-threaded version."
    assert hit(text, "12x").kind.value == "speedup"


def test_a_factor_over_a_sequential_baseline_model_stays_a_gain():
    text = "FooNet is 30 times more accurate than the sequential baseline model in parsing."
    assert hit(text, "30 times").kind.value == "improvement"


# not results


def test_a_pass_criterion_in_brackets_is_no_result():
    text = "FooLM reached a passing score (over 65% correct) on 41% of the exams."
    assert "65%" not in _texts(text) and "41%" in _texts(text)


def test_an_unreached_ideal_is_no_result():
    assert _texts("Still, 100% recall remains elusive for such detectors.") == []


# owners of data sizes


def test_a_count_a_data_set_holds_belongs_to_no_system():
    text = "FooNet beats BarNet on a larger photo dataset comprising 40 million images."
    assert hit(text, "40 million", title="FooNet: Fast Photos").model is None


def test_the_compared_systems_budget_is_not_the_proposed_models():
    text = "FooMix continually pre-trains a small LM, reaching higher accuracy with 2B tokens than the baseline of uniform mixing with 6B tokens."
    title = "FooMix: A Data Mixing Framework"
    assert (hit(text, "2B tokens", title).model, hit(text, "6B tokens", title).model) == ("FooMix", None)


def test_a_size_in_a_title_name_the_title_calls_data_is_no_param_count():
    found = extract_text(
        "FooFace-2M: 2 Million Synthetic Face Images for Verification", section=Section.TITLE
    )
    assert [(r.kind.value, r.text) for r in found] == [("data_size", "2 Million")]


def test_the_scale_a_system_handles_stays_its_own():
    text = "It enables exact GPs on data sets with over two million training points, and is up to 20 times faster than Cholesky-based inference."
    assert hit(text, "two million", title="FooGP: Exact Gaussian Processes").model == "FooGP"
