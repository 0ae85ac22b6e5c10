"""Detection and kind gaps found by classifying misses on unseen listing abstracts: one
behaviour per test, with sentences from unlabelled abstracts or made up, never from the gold
or held-out files."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


def test_times_more_efficient_is_a_speedup() -> None:
    # arxiv_ml_5000 (NAS search cost)
    text = "Our method is up to 5 times more efficient than the RL method of Zoph et al."
    assert _found(text) == [("5 times", "speedup", 5.0)]


def test_percent_more_efficient_is_a_speedup() -> None:
    text = "It keeps the accuracy of full fine-tuning while being 31% more efficient than prior approaches."
    assert _found(text) == [("31%", "speedup", 31.0)]


def test_resource_efficient_stays_a_reduction() -> None:
    assert _found("The model is 3.2x more memory-efficient than a dense transformer.") == [
        ("3.2x", "reduction", 3.2)
    ]


def test_gap_a_comparison_opens_is_an_improvement() -> None:
    text = "Our vocoder outperforms WaveGlow with a gap of 0.061 and nearly matches recordings."
    assert _found(text) == [("0.061", "improvement", 0.061)]


def test_gap_without_comparison_is_not_a_result() -> None:
    assert _found("There is a generalization gap of 0.3 between the two splits.") == []


def test_count_of_experiments_is_not_data() -> None:
    assert _found("The study spans about 18,500 fine-tuning experiments on three model families.") == []


def test_size_in_a_dataset_name_given_by_apposition() -> None:
    text = "We present DocMix-20M, an open multimodal dataset comprising 20 million samples."
    assert _found(text) == [("20 million", "data_size", 2e7)]


def test_size_in_a_model_name_with_apposition_is_a_param_count() -> None:
    text = "We release Orca-7B, a model trained on our new dataset."
    assert _found(text) == [("7B", "param_count", 7e9)]


def test_extreme_in_brackets_takes_the_kind_of_the_mean() -> None:
    text = "With 8 examples the mean gain is about 12% (with the largest reaching over 31%)."
    assert [k for _, k, _ in _found(text)] == ["improvement", "improvement"]


def test_best_in_brackets_after_a_score_stays_a_score() -> None:
    text = "It achieves 71.2% accuracy (the best run reaching 74.0% with tuning)."
    assert [k for _, k, _ in _found(text)] == ["score", "score"]


def test_unit_fraction_of_a_cost_is_a_reduction() -> None:
    # arxiv_ml_5000
    text = "It performs comparably to RoBERTa while using less than 1/4 of their compute."
    assert [(r.text, r.kind.value, r.value, r.unit.value, r.qualifier.value) for r in extract_text(text)] == [
        ("1/4", "reduction", 0.25, "none", "upper")
    ]


def test_fraction_of_cases_or_in_a_name_is_not_a_result() -> None:
    assert _found("In 1/4 of the cases the planner fails; we use ViT-B/16 of the CLIP family.") == []


def test_share_of_people_surveyed_is_not_a_result() -> None:
    assert _found("In a user study, 61%-70% of participants preferred shorter summaries.") == []
    assert _found("About 58% of respondents use code assistants daily.") == []


def test_share_of_cases_raters_prefer_stays_a_score() -> None:
    assert _found("Human raters prefer our model in 64% of cases.") == [("64%", "score", 64.0)]


def test_value_of_a_system_being_approached_is_a_score() -> None:
    text = "It raises F1 from 41.20 to 66.35, approaching RoBERTa (68.9), a much larger model."
    assert [k for _, k, _ in _found(text)] == ["score", "score", "score"]
    assert _found("Our model nears GPT-4 (71.3) on MMLU with far fewer parameters.") == [
        ("71.3", "score", 71.3)
    ]
