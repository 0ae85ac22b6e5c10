"""Dataset-field shapes of probe rounds 5/6 (paired lists, a data set named before its number, fronted
"On X,", introduced benchmarks, no carry into human studies), one behaviour each; sentences invented."""

from __future__ import annotations

from etl.extract.dataset_names import dataset_mentions
from tests.extract.helpers import hit


def _mentions(text: str) -> list[str]:
    return [name for _, name in dataset_mentions(text, 0, len(text))]


def test_a_list_of_gains_takes_the_data_sets_of_the_scores_listed_before_it():
    text = "BarCoder gets 74.1% on HumanEval and 66.0% on MBPP, beating StarCoder2 by 3.3 and 2.2 points."
    assert (hit(text, "3.3").dataset, hit(text, "2.2 points").dataset) == ("HumanEval", "MBPP")


def test_a_list_of_gains_with_respectively_aligns_with_the_scores_before_it():
    text = "QuuxPO scores 40.2% on AlpacaEval and 30.5% on Arena-Hard, ahead of SimPO by 4.1% and 2.6%, respectively."
    assert (hit(text, "4.1%").dataset, hit(text, "2.6%").dataset) == ("AlpacaEval", "Arena-Hard")


def test_a_list_of_gains_that_names_its_own_data_set_keeps_it():
    text = "BarCoder gets 74.1% on HumanEval and 66.0% on MBPP, and gains 3.3 and 2.2 points on DS-1000."
    assert (hit(text, "3.3").dataset, hit(text, "2.2 points").dataset) == ("DS-1000", "DS-1000")


def test_respectively_gains_take_the_data_sets_of_the_sentence_before():
    text = (
        "FooRM raises Qwen2-7B from 40.1% to 50.2% on MATH and from 80.3% to 85.0% on GSM8K. "
        "It beats the best outcome model by 3.1 and 1.7 points, respectively."
    )
    assert (hit(text, "3.1").dataset, hit(text, "1.7 points").dataset) == ("MATH", "GSM8K")


def test_from_to_pairs_with_respectively_take_one_listed_data_set_per_pair():
    text = (
        "On NQ and TriviaQA, FooRAG lifts recall from 50.1% to 60.2% and from 70.3% to 75.4%, respectively."
    )
    assert [hit(text, v).dataset for v in ("50.1%", "60.2%", "70.3%", "75.4%")] == [
        "NQ",
        "NQ",
        "TriviaQA",
        "TriviaQA",
    ]


def test_a_value_list_item_is_never_a_from_phrase():
    text = (
        "FooRM lifts Qwen2-7B from 40.1% to 50.2% on MATH and from 80.3% to 85.0% on GSM8K. "
        "It beats the best outcome model by 3.1 and 1.7 points, respectively."
    )
    assert not hit(text, "1.7 points").dataset.startswith("from")


def test_a_data_set_written_as_the_object_before_by_is_the_values():
    text = "Upcycling improves MMLU by 2.2 points and GSM8K by 5.5 points over the dense model."
    assert (hit(text, "2.2 points").dataset, hit(text, "5.5 points").dataset) == ("MMLU", "GSM8K")


def test_a_data_set_modifying_its_metric_before_from_is_the_values():
    text = "Tuning on our data raises the KoreanBench score from 41.2 to 49.9."
    assert hit(text, "41.2").dataset == "KoreanBench"


def test_a_metric_before_from_is_no_data_set_even_when_a_data_set_shares_its_name():
    text = "Adding the auxiliary loss increased SPIDEr from 0.301 to 0.322 on the AudioCaps corpus."
    assert hit(text, "0.301").dataset == "AudioCaps"


def test_a_second_metric_words_before_by_are_not_read_as_a_data_set():
    text = "It improves accuracy by 3% on ImageNet and recall by 2% on COCO."
    assert hit(text, "2%").dataset == "COCO"


def test_a_model_before_by_is_no_data_set():
    text = "On MMLU, FooLM outperforms Llama-2-70B by 3.0 points."
    assert hit(text, "3.0 points").dataset == "MMLU"


def test_the_first_of_two_gains_takes_the_data_set_written_after_the_second():
    text = "FooMesh improves Chamfer distance by 21% and F-score by 6.2 points over BarMesh on Toys4K."
    assert hit(text, "21%").dataset == "Toys4K"


def test_a_fronted_on_phrase_names_a_plain_word_data_set():
    assert _mentions("On Amazon Sports, the model improves HR@10 by 9.1%.") == ["Amazon Sports"]


def test_a_fronted_on_phrase_with_a_data_word_names_its_data_set():
    assert _mentions("On the Dynamic Street Scenes dataset, it reaches 30.1 dB PSNR.") == [
        "Dynamic Street Scenes"
    ]


def test_a_fronted_on_phrase_skips_a_count_modifier():
    assert _mentions("On our 2K-query FooQA, GPT-4o answers 70.2% correctly.") == ["FooQA"]


def test_fronted_on_phrases_that_name_no_data_set():
    for text in (
        "On average, it gains 2.1%.",
        "On the other hand, X drops.",
        "On Windows, it runs 2x faster.",
    ):
        assert _mentions(text) == [], text


def test_tasks_of_a_suite_name_the_suite():
    assert _mentions("Across 8 tasks of MetaWorld, the policy succeeds 81% of the time.") == ["MetaWorld"]


def test_a_benchmark_built_with_its_contents_is_named_and_carries():
    text = (
        "We propose FooWriter, a planner for long essays. We also build QuillBench, containing 900 essay "
        "prompts. The strongest open model succeeds in 41% of cases."
    )
    assert hit(text, "41%").dataset == "QuillBench"


def test_a_released_model_is_no_introduced_data_set():
    assert _mentions("We release FooCoder-3B, a code model trained on permissive data.") == []


def test_no_data_set_carries_into_a_human_study():
    text = (
        "FooVid reaches an FVD of 301 on UCF-101. In a user study, raters preferred FooVid in 61% of pairs."
    )
    assert hit(text, "61%").dataset is None


def test_no_data_set_carries_into_a_real_robot_run():
    text = "On LIBERO, FooVLA succeeds 90.1% of the time. On a real UR5 arm, success rises from 30% to 62%."
    assert hit(text, "62%").dataset is None


def test_an_ordinary_next_sentence_still_inherits_the_data_set():
    text = "We evaluate on UCF-101. FooVid lowers FVD by 12%."
    assert hit(text, "12%").dataset == "UCF-101"
