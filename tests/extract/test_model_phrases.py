"""The `model` field when the system is written as a noun phrase rather than a name ("the best
system", "humans", "standard training"): sentences from unlabelled abstracts (listings and
arxiv_ml_5000, never the gold files), one behaviour per test."""

from __future__ import annotations

from tests.extract.helpers import model as _model


def test_subject_noun_phrase_with_modifiers():
    text = (
        "We received 13 system submissions from 7 teams and the best system averaged 97.29% F1 score "
        "across all languages."
    )
    assert _model(text, "97.29%") == "the best system"


def test_subject_noun_phrase_with_commas_and_a_prepositional_phrase():
    text = (
        "We find that a simple, prototypical network with four convolutional layers significantly "
        "outperforms complex continual learning algorithms, increasing the accuracy by over 22% after "
        "learning 600 Omniglot classes."
    )
    assert _model(text, "22%") == "a simple, prototypical network with four convolutional layers"


def test_bare_plural_subject_after_a_fronted_phrase():
    text = (
        "Relative to single-frame models, spatio-temporal networks can either reduce the computational "
        "cost by 30% whilst maintaining the same quality."
    )
    assert _model(text, "30%") == "spatio-temporal networks"


def test_determiner_and_head_alone_is_the_papers_own_system():
    assert _model("The model reaches 60.4% accuracy on the hidden test set.", "60.4%") is None


def test_the_nearest_subject_owns_the_number():
    text = (
        "The best image retrieval model achieves 10.4% recall@1 and the best photo intent prediction "
        "model achieves 58.1% F1 score."
    )
    assert _model(text, "10.4%") == "The best image retrieval model"
    assert _model(text, "58.1%") == "the best photo intent prediction model"


def test_a_named_subject_after_while_owns_its_number():
    text = "FooNet achieves 80.1% accuracy on MMLU, while GPT-4 only achieves 70.2%."
    assert _model(text, "70.2%") == "GPT-4"


def test_name_in_apposition_to_the_subject():
    assert _model("Even the strongest model, GPT-4o, only reaches 45.1% accuracy.", "45.1%") == "GPT-4o"


def test_human_reference_value():
    text = "The best model was truthful on 58% of questions, while human performance was 94%."
    assert _model(text, "94%") == "human"


def test_systems_named_before_parentheses_with_their_scores():
    text = (
        "Our experiments show that there is a significant performance gap between advanced models (72%) "
        "and humans (87%), encouraging future models to bridge this gap."
    )
    assert _model(text, "72%") == "advanced models"
    assert _model(text, "87%") == "humans"


def test_robot_is_a_system_without_modifiers():
    assert _model("In real-world trials, the robot achieves a 92% success rate.", "92%") == "the robot"


def test_possessor_noun_phrase():
    text = "In the real world, the robot's success rate is 92% on unseen objects."
    assert _model(text, "92%") == "the robot"


def test_technique_with_a_modifier_as_subject():
    text = "On the large WMT'14 English-French task, sequence-level training achieves 41.5 BLEU."
    assert _model(text, "41.5") == "sequence-level training"


def test_technique_without_a_modifier_is_not_a_system():
    assert _model("Fine-tuning improves accuracy by 3.1% on the test set.", "3.1%") is None


def test_fronted_with_phrase_names_the_system():
    assert _model("With task hinting, the success rate on long sequences is 92%.", "92%") == "task hinting"


def test_gerund_subject_names_the_technique():
    text = (
        "We find that applying ESMs on a prior method reduces execution time by a factor of 10 while "
        "retaining high selection performance."
    )
    assert _model(text, "10") == "ESMs"


def test_score_reached_by_a_named_system():
    text = (
        "A simple bilinear formulation achieves new state-of-the-art results (a top-10 accuracy of "
        "73.2% vs. 54.7% by TransE on Freebase)."
    )
    assert _model(text, "54.7%") == "TransE"


def test_ours_like_subject_leaves_the_field_to_the_proposed_name():
    text = "Moreover, this simple framework also surpasses previous methods by +29.5 hIoU on Pascal VOC."
    assert _model(text, "+29.5") is None


def test_coordinated_subjects_with_respectively_are_not_guessed():
    text = (
        "On single precision the naive version and the tiled version can achieve speedups of "
        "approximately 270 and 400, respectively."
    )
    assert _model(text, "270") is None


def test_model_name_written_with_spaces():
    text = "Gemini 1.5 Pro reaches 71.3% accuracy on MMMU, while GPT-4o only reaches 60.1%."
    assert _model(text, "71.3%") == "Gemini 1.5 Pro"
    assert _model(text, "60.1%") == "GPT-4o"


def test_relative_clause_names_the_system_it_describes():
    text = (
        "Our parser is comparable to the highest performing transition-based parser [12], which "
        "achieves 95.8% UAS."
    )
    assert _model(text, "95.8%") == "the highest performing transition-based parser"


def test_agent_of_a_passive_verb_of_result():
    text = "A success rate of 92% is achieved by the robot in real-world trials."
    assert _model(text, "92%") == "the robot"


def test_score_for_a_system_noun_phrase():
    text = "The success rate is 92.1% for humans but only 40.2% for the best agent."
    assert _model(text, "92.1%") == "humans"
    assert _model(text, "40.2%") == "the best agent"


def test_score_for_our_model_is_the_proposed_name():
    text = "Accuracy is 80.1% for our model and 70.2% for the baseline model."
    assert _model(text, "80.1%", title="FooNet: Fast Things") == "FooNet"
    assert _model(text, "70.2%", title="FooNet: Fast Things") == "the baseline model"


def test_a_new_subject_stops_a_list_from_sharing_its_system():
    text = "The baseline model attains 55.3% while our model attains 70.1%."
    assert _model(text, "55.3%") == "The baseline model"
    assert _model(text, "70.1%") is None


def test_named_model_run_with_the_method_owns_the_number():
    text = "Notably, GPT-4o-mini with our method achieves 80.6% F1 on HotpotQA."
    assert _model(text, "80.6%", title="FooNet: Fast Things") == "GPT-4o-mini"
