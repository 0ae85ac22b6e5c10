"""multiples: word multiples (twice, doubles, triples) and factors of size or change read from the words
around them (unit tests; whole-sentence behaviour in test_fix8detect_shapes.py). Sentences invented."""

from __future__ import annotations

from etl.extract.multiples import factor_subject, size_compared, word_multiple
from etl.records import Kind


def test_twice_the_rate_of_another_system_after_a_value_is_a_gain():
    assert (
        word_multiple("twice", "it solves 42% of puzzles, nearly ", " the rate of the prior solver.")
        == "gain"
    )


def test_twice_the_rate_with_no_value_before_is_not_read():
    assert word_multiple("twice", "the sampler draws at ", " the rate of the default one.") is None


def test_a_verb_doubling_a_metric_is_a_gain():
    assert word_multiple("doubles", "on rare classes it ", " mAP.") == "gain"


def test_a_verb_tripling_a_resource_is_no_result():
    assert word_multiple("triples", "the planner ", " the memory footprint.") == "none"


def test_a_model_some_times_larger_matched_is_a_reduction():
    text = "It matches a baseline that is 9x larger."
    start = text.index("9x")
    assert size_compared(text, start, start + 2, text[:start], text[start + 2 :], 0, len(text)) == "reduction"


def test_a_corpus_some_times_larger_is_no_result():
    text = "The corpus is 9x larger than SQuAD."
    start = text.index("9x")
    assert size_compared(text, start, start + 2, text[:start], text[start + 2 :], 0, len(text)) == "none"


def test_a_noun_of_change_as_subject_gives_the_factor_its_kind():
    assert factor_subject("on long prompts the speedup reaches ", ".") is Kind.SPEEDUP
    assert factor_subject("the compression ratio is ", ".") is Kind.REDUCTION
    assert factor_subject("the system serves ", " more requests per GPU.") is Kind.SPEEDUP
    assert factor_subject("the model is ", " larger.") is None
