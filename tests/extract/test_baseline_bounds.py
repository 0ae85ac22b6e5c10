"""Where a compared noun phrase starts and ends, and which clause it belongs to (board review, shapes B and C):
what it runs into after its head, stacked adjectives, "per X", a way of training with its complements, two
modifiers of one head, "the performance of X", a bare measure, "the above", "to the level of", a later clause
with its own subject or measure, "refining X with +N", "approximates X". Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import table_rows


def _base(text: str, number: str) -> str | None:
    for r in table_rows(text):
        if text[r["span_start"] : r["span_end"]].startswith(number):
            return r["baseline"]
    raise AssertionError(f"{number!r} not extracted")


def test_baseline_stops_before_the_verb_it_ran_into() -> None:
    text = "It needs 40% lower memory than GraphFormer-L achieved by pruning half of its heads."
    assert _base(text, "40%") == "GraphFormer-L"


def test_baseline_stops_before_an_adverb() -> None:
    text = "It gives a 5x speedup over VoxNet-3 still with higher accuracy."
    assert _base(text, "5x") == "VoxNet-3"


def test_baseline_stops_before_a_comparative() -> None:
    text = "Our scores outperform the state-of-the-arts more than 3.4% on every track."
    assert _base(text, "3.4%") == "state-of-the-arts"


def test_measure_of_a_system_is_not_the_system() -> None:
    text = "FooVL matches or even surpasses the performance of the dense teachers, with only 40% FLOPs."
    assert _base(text, "40%") == "the dense teachers"


def test_stacked_adjectives_are_one_baseline() -> None:
    text = (
        "Our small network outperforms heavy, well-tuned graph learning baselines, improving accuracy by 9%."
    )
    assert _base(text, "9%") == "heavy, well-tuned graph learning baselines"


def test_a_lone_adjective_before_a_list_is_not_grown() -> None:
    text = "Our small network outperforms strong, and it improves accuracy by 9%."
    assert _base(text, "9%") != "strong, and it"


def test_per_x_stays_with_its_head() -> None:
    text = "A 6x smaller footprint compared to training one adapter per domain makes it cheap."
    assert _base(text, "6x") == "training one adapter per domain"


def test_a_way_of_training_keeps_its_complements() -> None:
    text = "FooMix lowers the test loss by 8% versus training on data drawn from the target domain alone."
    assert _base(text, "8%") == "training on data drawn from the target domain alone"


def test_a_way_of_training_with_a_verb_after_it_is_not_grown() -> None:
    text = "FooMix lowers the test loss by 8% versus training on web data is what we show."
    assert _base(text, "8%") == "training"


def test_two_modifiers_of_one_head() -> None:
    text = "It stores 12x fewer weights, in contrast to the distillation and pruning approach."
    assert _base(text, "12x") == "distillation and pruning approach"


def test_a_bare_measure_is_no_baseline() -> None:
    text = "Our detector outperforms the accuracy on the harder BarSet split by 3% margin."
    assert _base(text, "3%") is None


def test_the_above_is_no_comparison() -> None:
    text = "By combining the above tricks, the proposed engine accelerates inference by 30X on the ads data."
    assert _base(text, "30X") is None


def test_above_a_system_is_a_comparison() -> None:
    text = "Our tagger improves 2.5 points above FooTagger on the news data."
    assert _base(text, "2.5 points") == "FooTagger"


def test_the_level_reached_is_no_baseline_but_the_system_refined_is() -> None:
    text = "FooLadder lifts raw drafts to the level of large commercial models (e.g., refining BarMT-7B with +4.2 BLEU)."
    assert _base(text, "+4.2") == "BarMT-7B"


def test_a_later_clause_with_its_own_subject_keeps_its_comparison() -> None:
    text = "Mixing both readers yields gains of up to 4 points, and it is twice as cheap as the FooEnsemble."
    assert _base(text, "4 points") is None


def test_a_later_beating_clause_with_its_own_measure_keeps_its_comparison() -> None:
    text = (
        "The new stage cuts computation by 30% with equal accuracy on ImageNet, and clearly outperforms "
        "earlier detectors in terms of AP on COCO."
    )
    assert _base(text, "30%") is None


def test_a_later_beating_clause_without_a_measure_shares_its_system() -> None:
    text = "The method reaches the same accuracy with 9 times fewer steps, and beats the original network clearly."
    assert _base(text, "9 times") == "original network"


def test_an_approximated_system_is_the_baseline_of_a_speedup() -> None:
    text = "We also build FastScore, which approximates the exact KernelScore at 3x speed."
    assert _base(text, "3x") == "exact KernelScore"


def test_an_approximated_quantity_is_no_baseline() -> None:
    text = "The sampler approximates the posterior at 3x speed."
    assert _base(text, "3x") is None


def test_a_measure_compared_with_stays() -> None:
    text = "The accuracy of current taggers drops 4%-9% on BarNoisy compared with the accuracy on clean text."
    assert _base(text, "4%") == "accuracy"
