"""Model shapes of review 9: a plain capitalised word after a compared value that names a source, platform,
programming language or subject is no system ("compared with 12% for Reddit"; "2.4x for Medusa" still is);
a model another paper trains is not the owner of "the model" of a method that trains none ("Prior work
trains GPT-2 ..."). One behaviour each, sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit, model

_TITLE = "FooNet: Counting Birds from Sound"


def test_a_source_after_a_compared_value_is_no_system():
    # the value on another source is the method's own, as for a setting ("52% for the cluttered setting")
    text = "We count birds from sound. FooNet achieves 74% accuracy, compared with 69% for Wikipedia."
    assert model(text, "69%", _TITLE) == "FooNet"
    assert model(text, "74%", _TITLE) == "FooNet"


def test_a_forum_after_a_compared_value_is_no_system():
    text = "We count birds from sound. FooNet flags 31% of the clips, compared with 12% for Reddit."
    assert model(text, "12%", _TITLE) == "FooNet"


def test_a_name_elsewhere_in_the_sentence_makes_no_list_of_systems():
    text = "We count birds from sound. FooNet reaches 74% accuracy for the Wren-2 task, compared with 69% for Wikipedia."
    assert model(text, "69%", _TITLE) == "FooNet"


def test_a_language_after_versus_is_no_system():
    text = "We study code repair. FooFix repairs 61% of the bugs versus 52% for Python and 48% for Rust."
    assert model(text, "52%", _TITLE) is None
    assert model(text, "48%", _TITLE) is None
    assert hit(text, "48%", _TITLE).dataset is None


def test_a_known_model_as_one_word_is_a_compared_system():
    text = "We count birds from sound. FooNet reaches 74% accuracy, compared with 69% for Whisper."
    assert model(text, "69%", _TITLE) == "Whisper"


def test_a_plain_word_the_abstract_names_as_a_system_is_a_compared_system():
    text = (
        "We speed up decoding with Medusa-style heads. Our FooDec decoder reaches a 3.1x speedup, compared "
        "with 2.4x for Hydrant. Unlike Hydrant, FooDec needs no draft model."
    )
    assert model(text, "2.4x", _TITLE) == "Hydrant"


def test_another_papers_training_is_not_the_model_of_a_method_that_trains_none():
    text = (
        "Prior work trains GPT-2 from scratch on this task. Our prompting approach needs no training; "
        "the model reaches 64% accuracy."
    )
    assert model(text, "64%") is None


def test_earlier_studies_fine_tuning_a_model_do_not_own_the_result():
    text = (
        "Earlier studies fine-tune RoBERTa on labelled claims. We instead prompt a frozen reader, and the "
        "model reaches 71% accuracy on the Quill set."
    )
    assert model(text, "71%") is None


def test_our_fine_tuning_of_a_known_model_owns_the_resulting_model():
    text = "We fine-tune Llama-3-8B on 900 repair traces. The resulting model reaches 61% pass@1 on FooBench."
    assert model(text, "61%") == "Llama-3-8B"


def test_our_training_after_other_words_of_the_same_sentence_owns_the_model():
    text = (
        "We collect 12K proofs checked by a verifier and fine-tune Llama-3-8B on them. The model then "
        "reaches 58.2% on FooProofs."
    )
    assert model(text, "58.2%") == "Llama-3-8B"


def test_an_opening_gerund_training_is_the_papers_own():
    text = (
        "Supervised fine-tuning of Llama-3-8B on 900 proofs yields 51.0% on FooProofs. On BarProofs the model "
        "scores 44.5%."
    )
    assert model(text, "44.5%") == "Llama-3-8B"


def test_a_subject_after_a_compared_value_is_no_system():
    text = "We study exam questions. FooTutor answers 81% of the items, compared with 64% for Chemistry."
    assert model(text, "64%", "FooTutor: Answering Exam Questions") == "FooTutor"
