"""Baselines written around a cue (fix8base): "than that of X", a measure the compared phrase ends in, a level
reached with less cost, the value of a compared system, the cost a kept share is of, a gain continued in a new
setting, a sentence that closes on its reference, and signed gains in brackets. Sentences are invented."""

from __future__ import annotations

from etl.extract.baseline_phrases import owner_np
from tests.extract.helpers import table_rows


def _row(text: str, number: str) -> dict:
    for r in table_rows(text):
        if text[r["span_start"] : r["span_end"]].startswith(number):
            return r
    raise AssertionError(f"{number!r} not extracted")


def _base(text: str, number: str) -> str | None:
    return _row(text, number)["baseline"]


def test_than_that_of_names_the_system_after_it() -> None:
    text = "Its mean answer length is 27% shorter than that of the PPO baseline."
    assert _base(text, "27%") == "PPO baseline"


def test_than_with_names_the_system_after_it() -> None:
    text = "With the new kernel, simulations run 7 times faster than with FooMD-2."
    assert _base(text, "7 times") == "FooMD-2"


def test_than_for_a_subset_is_no_system() -> None:
    text = "Gains are larger for long documents (+9.1) than for short ones (+2.2)."
    assert _base(text, "+2.2") is None


def test_a_measure_the_compared_phrase_ends_in_is_dropped() -> None:
    assert owner_np("the 9B model's quality") == "the 9B model"
    assert owner_np("the original retriever performance") == "the original retriever"
    assert owner_np("a ResNet-50 system of similar size") == "a ResNet-50 system"


def test_a_measure_phrase_without_a_system_stays() -> None:
    assert owner_np("the previous best result") == "the previous best result"
    assert owner_np("an ensemble of the same models") == "an ensemble of the same models"


def test_a_level_reached_with_less_cost_names_the_baseline() -> None:
    text = "The agent reaches QMIX's final return with 3.1x fewer environment steps."
    assert _base(text, "3.1x") == "QMIX"
    text = "It reaches the final accuracy of grid search with 6x fewer trials."
    assert _base(text, "6x") == "grid search"


def test_matching_a_system_with_an_article_sets_the_baseline_of_a_cut() -> None:
    text = "FooMoE matches a dense 30B model on HellaSwag while using 3.7x fewer training FLOPs."
    assert _base(text, "3.7x") == "dense 30B model"


def test_a_compared_value_against_a_system_sets_the_baseline() -> None:
    text = "The policy reaches a success rate of 81%, against 47% for a random curriculum, and its energy use is 22% lower."
    assert _base(text, "22%") == "random curriculum"


def test_against_attacks_is_no_compared_system() -> None:
    text = "It keeps 49.0% accuracy against PGD-20 attacks, versus 44.2% for FGSM training, while cutting training time 9-fold."
    assert _base(text, "9-fold") == "FGSM training"


def test_a_kept_share_of_a_systems_cost_names_the_system() -> None:
    text = "The index needs only 0.7% of the memory of the full FooIndex."
    assert _base(text, "0.7%") == "full FooIndex"
    text = "Its traffic per round is 0.3% of that of FedProx."
    assert _base(text, "0.3%") == "FedProx"


def test_a_share_cut_away_has_no_baseline() -> None:
    text = "Pruning 40% of the weights of FooLM-7B costs under one point of accuracy."
    assert _base(text, "40%") is None


def test_a_system_after_the_number_wins_over_the_measure_improved() -> None:
    text = "On the retail data, FooCast improves sMAPE by 6.2% over BarNet."
    assert _base(text, "6.2%") == "BarNet"


def test_a_system_improved_upon_with_a_modifier() -> None:
    text = "Our tagger reaches 88.1 F1, improving on the text-only parser by 3.1 F1."
    assert _base(text, "3.1") == "text-only parser"
    text = "The detector reaches 61.0 NDS, improving the lidar-only PointFoo by 2.4 NDS."
    assert _base(text, "2.4") == "lidar-only PointFoo"


def test_a_measure_improved_on_a_data_set_is_no_system() -> None:
    text = "It also improves recall on BarQA-2 by 11%."
    assert _base(text, "11%") is None


def test_trail_and_ahead_of_name_the_compared_system() -> None:
    assert (
        _base("Neural rankers trail tuned BM25 rankers by 1.2% on average.", "1.2%") == "tuned BM25 rankers"
    )
    assert (
        _base("FooRM tops the board with 90.2, ahead of the previous best by 2.3.", "2.3") == "previous best"
    )


def test_a_gap_after_matching_a_system_is_to_that_system() -> None:
    text = "FooAdapter matches the full fine-tuning within 0.4 points while training 90% fewer parameters."
    assert _base(text, "0.4 points") == "full fine-tuning"


def test_a_gap_to_a_way_of_decoding_has_that_reference() -> None:
    text = "Drafting keeps accuracy within 0.5% of beam decoding."
    assert _base(text, "0.5%") == "beam decoding"


def test_a_continued_gain_keeps_the_compared_system() -> None:
    text = "FooRL gains +2.1 points over PPO-Lite on six tasks. On the hardest split, the gain grows to 5.3 points."
    assert _base(text, "5.3 points") == "PPO-Lite"


def test_a_continued_gain_after_two_comparisons_has_none() -> None:
    text = "It is 2.5x faster than greedy decoding and 1.2x faster than FooSpec. For the 70B model the speedup grows to 3.1x."
    assert _base(text, "3.1x") is None


def test_a_sentence_closing_on_a_compared_value_sets_the_next_cut() -> None:
    text = "It scores 61.4 on the suite, compared with 58.2 for its 13B teacher. Inference needs 3x less GPU memory."
    assert _base(text, "3x") == "13B teacher"


def test_a_new_frame_stops_the_closing_reference() -> None:
    text = "It scores 61.4 on the suite, compared with 58.2 for its 13B teacher. On a phone, it needs 3x less memory."
    assert _base(text, "3x") is None


def test_signed_gains_in_brackets_belong_to_the_system_improved() -> None:
    text = "Our recipe improves the performance of the base models, including math (+5.2 on GSM8K and +3.0 on MATH)."
    assert _base(text, "+5.2") == "base models"
    assert _base(text, "+3.0") == "base models"


def test_a_cut_keeps_its_compared_system_when_the_model_is_the_same() -> None:
    text = "FooLoRA trains only 0.05M parameters, 20x fewer than LoRA."
    assert _base(text, "20x") == "LoRA"


def test_a_value_naming_its_own_system_is_not_the_earlier_compared_one() -> None:
    text = "FooRM leads the board, ahead of the previous best by 1.4, and its accuracy is 74.0% versus 60.3% for a pairwise reward model."
    assert _row(text, "60.3%")["model"] == "a pairwise reward model"


def test_a_gap_reference_nearer_than_an_earlier_compared_system_wins() -> None:
    text = "FooASR gets 71.0% on BarBench, surpassing BazNet-9B by 4.2%, and comes within 0.7 BLEU of a two-stage cascade while being 4 times smaller."
    assert _base(text, "4 times") == "two-stage cascade"


def test_a_cited_system_beaten_is_the_baseline() -> None:
    text = "Our tagger is the best one here, outperforming \\citet{Smith2015} by 1.2\\% and 0.9\\%, and close to the strongest neural tagger."
    assert _base(text, "1.2\\%") == "[Smith2015]"


def test_the_number_of_a_large_margin_belongs_to_its_verb() -> None:
    text = "Our encoder outperforms the single-stream base network by a large margin (9\\% relative) as well as outperforms other baselines."
    assert _base(text, "9\\%") == "single-stream base network"


def test_a_task_over_some_data_is_no_comparison() -> None:
    text = (
        "It is the first system for reasoning over knowledge tables, cutting errors by 18% on hard questions."
    )
    assert _base(text, "18%") is None


def test_a_clause_with_a_subject_is_no_list_item_of_systems() -> None:
    text = "It lowers cost by 2.1x; at equal cost, it outperforms a uniform router by 8 points."
    assert _base(text, "8 points") == "uniform router"
