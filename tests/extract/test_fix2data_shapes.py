"""Dataset and metric shapes of probe round 7/8: a title name the abstract introduces as a benchmark (or whose
form says benchmark) is the paper's own data set, a data set introduced with its size, a data set written as
its tasks' or games' modifier, "on X to N", a compared value's "for <system>", metrics paired by position;
one behaviour each, sentences invented."""

from __future__ import annotations

from etl.extract.core import extract_text
from etl.extract.dataset_names import dataset_mentions
from etl.extract.title_names import title_names
from tests.extract.helpers import hit


def _mentions(text: str) -> list[str]:
    return [name for _, name in dataset_mentions(text, 0, len(text))]


def test_a_title_name_whose_form_says_benchmark_is_a_data_set():
    assert title_names("ProofCheck-Bench: Can Models Verify Proofs?", "We evaluate 12 models.")[:2] == (
        None,
        "ProofCheck-Bench",
    )
    assert title_names("TableQA-Eval: Probing Table Reasoning", "We test 9 systems.")[:2] == (
        None,
        "TableQA-Eval",
    )


def test_a_title_name_of_a_system_stays_the_method():
    title = "GraphWeave: Sparse Message Passing for Molecules"
    assert title_names(title, "We propose GraphWeave, a sparse network.")[:2] == ("GraphWeave", None)
    # "G-Eval"-like short stems are metrics, not benchmarks
    assert title_names("Q-Eval: Judging Summaries with LLMs", "Q-Eval correlates with humans.")[:2] == (
        "Q-Eval",
        None,
    )


def test_a_title_name_the_abstract_calls_our_benchmark_is_the_own_data_set():
    title = "PoisonShelf: Measuring Backdoors in Model Hubs"
    text = (
        "Backdoored checkpoints spread on model hubs. Our benchmark, PoisonShelf, contains 4,100 prompts with "
        "planted triggers. Detection recall reaches 64% for the best scanner."
    )
    assert hit(text, "4,100", title).dataset == "PoisonShelf"
    assert hit(text, "64%", title).dataset == "PoisonShelf"


def test_a_title_name_released_with_its_size_is_the_own_data_set():
    title = "ClaimTrace: Sentence-Level Provenance for News"
    text = (
        "We release ClaimTrace, 8.4K news sentences linked to their sources. A tuned tagger reaches 71.2% F1."
    )
    assert hit(text, "71.2%", title).dataset == "ClaimTrace"


def test_an_opening_on_the_x_dataset_comma_does_not_make_the_title_name_a_data_set():
    title = "ArmFlow: Flow Policies for Bimanual Robots"
    text = "On the BiManip dataset, ArmFlow achieves a 72% success rate."
    assert title_names(title, text)[:2] == ("ArmFlow", None)


def test_released_models_with_sizes_are_no_data_set():
    title = "OwlCoder: Open Code Models"
    text = "We release OwlCoder, 3B and 15B models trained on 1T tokens of code."
    assert title_names(title, text)[:2] == ("OwlCoder", None)


def test_a_data_set_collected_with_its_size_owns_the_size():
    text = "We collect FormSet-Large, 2.2M scanned images with 9M field labels, and train FormLM on it."
    assert hit(text, "2.2M").dataset == "FormSet-Large"


def test_a_data_set_written_as_its_games_modifier():
    assert "Atari 2600" in _mentions("Across 49 Atari 2600 games, our agent reaches 180% of human score.")
    assert "RoboMimic" in _mentions("It matches the teacher on 5 RoboMimic tasks.")
    assert _mentions("It trains on 8 Nvidia GPUs in 3 hours.") == []


def test_numbered_data_sets_from_a_named_source_are_that_source():
    text = "Across 120 regression datasets from OpenML, our model reaches a mean R2 of 0.81."
    assert hit(text, "0.81").dataset == "OpenML"


def test_numbered_data_sets_without_a_source_take_no_earlier_name():
    text = "We study tabular models. On FooTab it scores 0.9. It gains 3% across 40 regression datasets."
    assert hit(text, "3%").dataset != "FooTab"  # no earlier name carries into them


def test_a_data_set_before_to_value_is_its_own():
    text = "Our deeper network lowers the error rate on Yelp Review Full to 34.8%, 1.7% below the n-gram baseline."
    assert hit(text, "34.8%").dataset == "Yelp Review Full"
    assert hit(text, "1.7%").dataset == "Yelp Review Full"


def test_a_compared_value_for_a_system_keeps_the_data_set_before_it():
    text = (
        "LoopLM reaches a perplexity of 10.4 on WikiText-103, compared with 11.2 for a Transformer baseline."
    )
    assert hit(text, "11.2").dataset == "WikiText-103"


def test_values_for_their_own_data_sets_stay_apart():
    text = "It gains 3.1% for MIMIC-III and 2.4% for eICU."
    assert hit(text, "3.1%").dataset == "MIMIC-III"


def test_a_gain_list_takes_the_metrics_of_the_scores_listed_before_it():
    text = (
        "PixTok reaches 81.4% top-1 accuracy on ImageNet and 44.0% box AP on COCO, improving on ViTDet by "
        "0.9 and 1.6 points respectively."
    )
    assert hit(text, "0.9").metric == "top-1 accuracy"
    assert hit(text, "1.6 points").metric == "box AP"


def test_a_from_to_pair_takes_no_metric_of_an_earlier_gain():
    text = "We gain 7% in quality over the baseline (from 0.71 to 0.76) measured by macro F1-score, and 0.78 on test."
    results = {r.text: r.metric for r in extract_text(text)}
    assert results["0.76"] != "quality"


def test_a_data_set_with_a_year_before_from_to_is_the_values_own():
    text = "Tuning raises pass@1 on AIME 2025 from 12.1% to 30.4% and on OlympiadBench by 9.0 points."
    assert hit(text, "30.4%").dataset == "AIME 2025"
    assert hit(text, "9.0 points").dataset == "OlympiadBench"


def test_respectively_changes_take_the_data_sets_of_the_savings_before_them():
    text = (
        "BriefCoT cuts output length by 41% on GSM8K and 27% on MATH-500 with accuracy changes of "
        "+0.4% and -0.9%, respectively."
    )
    assert (hit(text, "+0.4%").dataset, hit(text, "-0.9%").dataset) == ("GSM8K", "MATH-500")


def test_without_respectively_savings_lend_no_data_sets():
    text = "BriefCoT cuts output length by 41% on GSM8K and 27% on MATH-500, and gains 0.4% and 0.9% overall."
    assert hit(text, "0.4%").dataset != "GSM8K"


def test_a_split_named_before_the_value_is_no_metric():
    text = "Its collision rate on the night split is 0.42%."
    assert hit(text, "0.42%").metric == "collision rate"
    assert hit("Its recall on the rare subset is 55.0%.", "55.0%").metric == "recall"


def test_a_yearly_test_set_in_lower_case_is_a_data_set():
    text = "It obtains 27.9 BLEU on newstest2017, a gain of 1.2 BLEU over the RNN baseline, and 40.1 BLEU on IWSLT."
    assert "newstest2017" in _mentions(text)
    assert hit(text, "1.2").dataset == "newstest2017"
    assert _mentions("It runs in seq2seq mode on 8 GPUs.") == []
