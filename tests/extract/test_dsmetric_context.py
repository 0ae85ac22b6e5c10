"""The dataset and metric fields where the sentence names them in ways the earlier rules missed: a task
standing in for the data set, a translation direction, a gazetteer name written anywhere, a shared task's
name, a verb's object before a bare factor, a share's noun, and a metric set by the sentence before.
The sentences are written for these tests."""

from __future__ import annotations

from tests.extract.helpers import hit as _one

# --- dataset: a task stands in for it when the sentence names no data set


def test_task_after_the_value_stands_in_for_the_data_set():
    text = "Our encoder improves over the strongest baseline by 3.1 points on paraphrase detection tasks."
    assert _one(text, "3.1 points").dataset == "paraphrase detection tasks"


def test_task_noun_after_the_value_with_a_shot_setting():
    text = "The model achieves a 6.2% gain over prior methods in 0-shot audio classification and more."
    assert _one(text, "6.2%").dataset == "0-shot audio classification"


def test_task_does_not_replace_a_named_data_set():
    text = "On KITTI, our detector outperforms the previous best by 2.4% in object detection."
    assert _one(text, "2.4%").dataset == "KITTI"


def test_determiner_or_count_is_no_task():
    assert _one("It improves accuracy by 2.1% on these benchmarks.", "2.1%").dataset is None
    text = "It improves accuracy by 2.1% on seven benchmark text classification datasets."
    assert _one(text, "2.1%").dataset == "seven benchmark text classification datasets"  # described


def test_task_before_the_value_when_nothing_is_carried():
    text = "We forecast the loss of the 1B model on code completion with only 0.3% error before training."
    assert _one(text, "0.3%").dataset == "code completion"


def test_shared_task_name_before_the_value():
    text = "Our team ranked first in the shared task MedNLI-ST@ACL-2024, achieving a 61.5% Macro F1-Score."
    assert _one(text, "61.5%").dataset == "MedNLI-ST@ACL-2024"


def test_translation_direction_stands_in_for_the_data_set():
    text = "Refining the drafts gives +2.40 BLEU and +1.10 COMET for XX-En over the raw output."
    assert _one(text, "+2.40").dataset == "XX-En"


def test_gazetteer_name_after_another_preposition():
    text = "For CIFAR-10 with 250 labels, our method achieves 94.2% accuracy."
    assert _one(text, "94.2%").dataset == "CIFAR-10"


def test_plain_gazetteer_word_before_its_items():
    text = "The learner keeps its accuracy 12% higher after learning 100 Omniglot classes."
    assert _one(text, "12%").dataset == "Omniglot"


def test_plain_word_the_gazetteer_matches_loosely_is_no_data_set():
    text = "In our study, Multiple Linear Regression gives a prediction accuracy of 81.5 percent."
    assert _one(text, "81.5 percent").dataset is None


def test_name_before_database():
    text = "On mammograms from the INbreast database, the best model achieved an AUC of 0.93."
    assert _one(text, "0.93").dataset == "INbreast"


# --- metric


def test_verb_object_before_a_bare_factor():
    text = "With this cache, we speed up the decoding at least 40 times compared to the baseline."
    assert _one(text, "40 times").metric == "decoding"


def test_share_with_its_noun_after_it():
    text = "The scheduler sustains 81% link utilization when all channels are busy."
    assert _one(text, "81%").metric == "link utilization"


def test_share_noun_widens_a_lexicon_metric():
    text = "The best system reaches only 14.2% exact matching accuracy on the hardest split."
    assert _one(text, "14.2%").metric == "exact matching accuracy"


def test_verb_object_before_values_in_brackets():
    text = "On the 8B model, it improves reasoning abilities (+4.2% on GSM8K and +3.0% on MATH)."
    assert _one(text, "+4.2%").metric == "reasoning abilities"


def test_share_of_a_quantity_of_another_system():
    text = "Summaries are also shorter, being 55% of the length of the reference summaries."
    assert _one(text, "55%").metric == "length"


def test_correlations_plural_is_a_metric():
    text = "The detector achieves correlations of 91% and 85% with human judgements."
    assert _one(text, "91%").metric == "correlations"


def test_metric_set_by_the_sentence_before():
    text = (
        "Our few-shot classifier gets 93.1% accuracy on EuroSAT. "
        "On RESISC45, it beats earlier work by as much as 4.2%."
    )
    assert _one(text, "4.2%").metric == "accuracy"


def test_metric_not_carried_to_a_frequency_or_when_the_sentence_names_one():
    text = "Our captioner reaches a CIDEr of 120.5 on COCO. Human judges prefer its captions 41% of the time."
    assert _one(text, "41%").metric is None
    text = "We reach 93.1% accuracy on EuroSAT. On RESISC45, the F1 improves by 4.2%."
    assert _one(text, "4.2%").metric == "F1"


def test_plain_name_before_a_data_word():
    text = "Our tracker improves the previous best by 4.1% in mAP on the Jester video dataset."
    assert _one(text, "4.1%").dataset == "Jester"


def test_task_with_an_acronym_or_two_fields():
    text = "Our navigator lifts task completion by 6.2% for the outdoor VLN task."
    assert _one(text, "6.2%").dataset == "outdoor VLN task"
    text = "Our tuner yields up to 12% better accuracy on speech and NLP tasks than the best rivals."
    assert _one(text, "12%").dataset == "speech and NLP tasks"


def test_no_earlier_data_set_for_a_speed_or_a_model_cost():
    text = (
        "We evaluate our detector on the KITTI benchmark. "
        "It runs at 41.5 FPS and uses 35% fewer parameters than the baseline, while improving AP by 2.2%."
    )
    assert _one(text, "41.5").dataset is None
    assert _one(text, "35%").dataset is None
    assert _one(text, "2.2%").dataset == "KITTI"


def test_earlier_data_set_carries_to_a_reduction_of_data():
    text = (
        "We train on the GSM8K benchmark. "
        "Our curriculum matches full training while using 30% less training data."
    )
    assert _one(text, "30%").dataset == "GSM8K"
