"""Dataset shapes of fix round 5: a benchmark paper whose title name was read as its system ("X contains
N questions"), a title name the abstract writes only as a system ("We train X-1.2B, a small language model"),
a size's items "from the <several words> collection", "X, the largest dataset of N"; one behaviour each,
sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit

_BENCH_TITLE = "QuizPile: Probing Temporal Reasoning in Chat Models"
_BENCH = (
    "Chat models often confuse the order of events. QuizPile contains 2,400 questions about event order "
    "drawn from news timelines. Among 11 tested models, the strongest one reaches 64.1% accuracy. "
    "Chain-of-thought prompting adds 3.2 points on average."
)


def test_a_benchmark_title_name_that_holds_questions_carries_as_the_data_set():
    assert hit(_BENCH, "64.1%", _BENCH_TITLE).dataset == "QuizPile"
    assert hit(_BENCH, "3.2 points", _BENCH_TITLE).dataset == "QuizPile"


def test_a_benchmark_title_name_is_no_system_of_its_numbers():
    assert hit(_BENCH, "3.2 points", _BENCH_TITLE).model is None


def test_a_method_holding_layers_stays_a_method():
    title = "StackNet: Deep Residual Stacks for Tabular Data"
    text = "StackNet contains 12 layers of gated blocks. On the Adult benchmark, StackNet reaches 87.5% accuracy."
    assert hit(text, "87.5%", title).dataset == "Adult"


_SYSTEM_TITLE = "Tiny: Data-Centric Training of Compact Language Models"


def test_a_title_name_written_only_as_a_system_is_no_data_set_of_its_sizes():
    text = "We train Tiny-1.2B, a small language model, on 5T tokens of filtered web text."
    assert hit(text, "5T tokens", _SYSTEM_TITLE).dataset is None


def test_a_title_name_that_also_holds_data_stays_the_data_set():
    title = "WebPile: Data-Centric Curation of Web Text"
    text = (
        "WebPile contains 5T tokens of filtered web text. We train WebPile-1B, a small language model, on it."
    )
    assert hit(text, "5T tokens", title).dataset == "WebPile"


def test_a_size_from_a_named_collection_of_several_words():
    text = "The policy is pretrained on 500K robot episodes from the Open Grasp-World collection."
    assert hit(text, "500K").dataset == "Open Grasp-World"


def test_a_size_from_several_plain_words_without_a_data_word_is_no_data_set():
    text = "The classifier is trained on 2M posts from Online Health Forums."
    assert hit(text, "2M").dataset is None


def test_items_with_a_capitalised_compound_before_from():
    text = "The reporter is fine-tuned on 80K chest X-ray reports from RadCorp9."
    assert hit(text, "80K").dataset == "RadCorp9"


def test_a_name_apposed_to_the_largest_dataset_owns_its_size():
    text = (
        "Labels vary in completeness: LesionBank, the largest dataset of 12,400 annotated scans, lacks masks."
    )
    assert hit(text, "12,400").dataset == "LesionBank"


def test_the_largest_dataset_without_a_name_is_not_described():
    text = "In 2021, the largest dataset of 5,000 scans was released by a hospital consortium."
    assert hit(text, "5,000").dataset is None


def test_a_language_before_its_bracketed_value_in_a_sentence_about_languages():
    text = "The parser sets new results for 9 languages, including German (93.1 F1) and Japanese (90.4 F1)."
    assert hit(text, "93.1").dataset == "German"
    assert hit(text, "90.4").dataset == "Japanese"


def test_a_language_before_a_bracketed_value_needs_a_sentence_about_languages():
    text = "Our German (93.1 F1) system was built in two weeks."
    assert hit(text, "93.1").dataset is None
