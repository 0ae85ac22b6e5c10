"""The model field on probe shapes (round 9/10): a known model written with an article and run some
way ("An XLNet-large trained with our loss achieves", "A LightGBM model using 50 features achieves")
is the subject of its result, and a system in apposition keeps a number it "retains". Sentences are
invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_a_model_with_an_article_trained_some_way_owns_its_result():
    text = "We study tagging. An XLNet-large trained with our loss achieves an F1 of 71.2% on CoNLL-2003."
    assert model(text, "71.2%", "A Study of Tagging") == "XLNet-large"


def test_a_model_with_an_article_and_head_noun_using_features():
    text = "We study churn. A CatBoost model using 60 account features attains an AUROC of 0.83."
    assert model(text, "0.83", "A Study of Churn") == "CatBoost"


def test_a_plain_noun_phrase_using_features_is_not_named():
    # counter-example: no name in the noun phrase, and "using" fronting our model names nothing
    text = "We study churn. Using 60 account features, our model attains an AUROC of 0.83."
    assert model(text, "0.83", "A Study of Churn") is None


def test_a_system_in_apposition_retains_a_score():
    text = (
        "We test eight detectors. Under blur, the strongest model, Falcon-9B, retains an accuracy of 61.5%."
    )
    assert model(text, "61.5%", "Detectors under Blur") == "Falcon-9B"


def test_a_described_system_that_retains_is_written_as_such():
    # a descriptive phrase, as with "achieves": no name is given, so the phrase is the system
    text = "We prune convolutional networks. The pruned network retains 95.1% of its accuracy on ImageNet."
    assert model(text, "95.1%", "Pruning Networks") == "The pruned network"


def test_a_training_named_as_a_noun_gives_both_values_to_the_model_trained():
    text = "We study proofs. PPO training of Falcon-7B on 800 proofs lifts accuracy on a proof set from 31.5% to 44.0%."
    assert model(text, "31.5%", "A Study of Proofs") == "Falcon-7B"
    assert model(text, "44.0%", "A Study of Proofs") == "Falcon-7B"


def test_the_model_a_run_starts_from_gets_both_values():
    text = "We study proofs. Starting from Falcon-7B, three rounds of self-play lift accuracy from 31.5% to 44.0%."
    assert model(text, "31.5%", "A Study of Proofs") == "Falcon-7B"
    assert model(text, "44.0%", "A Study of Proofs") == "Falcon-7B"


def test_a_model_a_new_system_starts_from_keeps_no_result():
    # counter-example: "Starting from X, we train FooMoE": the system built from X is another one
    text = (
        "We study upcycling. Starting from Falcon-7B, we train FooMoE with 8 experts, which gains 3.4 points"
        " on a reasoning set."
    )
    assert model(text, "3.4 points", "A Study of Upcycling") != "Falcon-7B"


def test_the_teacher_of_a_distillation_is_a_system_of_its_own():
    text = "We present FooBot, a small robot policy. On 20 tasks, FooBot succeeds in 70% of trials versus 75% for the teacher."
    assert model(text, "75%", "FooBot: small policies") == "the teacher"
    assert model(text, "70%", "FooBot: small policies") == "FooBot"


def test_a_bare_student_is_still_the_papers_own():
    # counter-example: "the student" is the paper's own (unnamed) system, not another one
    text = "We distill a large classifier into a student. The student reaches 78.2% on ImageNet."
    assert model(text, "78.2%", "Distilling Classifiers") is None


def test_a_preference_share_of_its_outputs_is_the_proposed_systems():
    text = "We present FooGen, a music generator. In a listening test, raters preferred its samples in 68% of pairs."
    assert model(text, "68%", "FooGen: generating music") == "FooGen"


def test_a_named_subject_before_its_keeps_its_number():
    # counter-example: a named system as the subject keeps the number, "its" does not hand it over
    text = "We present FooGen, a music generator. BarGen reaches 61% of its target quality on the same test."
    assert model(text, "61%", "FooGen: generating music") == "BarGen"
