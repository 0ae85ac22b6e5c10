"""Data set shapes from the leaderboard review: a description that holds a name ("two adversarial SQuAD
datasets", "a secret, ImageNet-like test dataset"), a zero-/few-shot frame that replaces the setting, an
average over the data sets a sentence lists, a plain name going on with "in <Word>" ("Moments in Time"), a
list that hands on no data set, and a venue's subject; one behaviour each,
sentences invented."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_a_counted_description_holding_a_name_is_the_data_set():
    text = "We present FooReader. It outperforms prior systems by over 4% F1 on three adversarial TriviaQA datasets."
    assert hit(text, "4%").dataset == "three adversarial TriviaQA datasets"


def test_a_name_like_compound_in_a_description_is_not_that_name():
    text = "On CIFAR-10 it reaches 91.2%. It gets 61.2% accuracy on a hidden, CIFAR-like evaluation dataset."
    assert hit(text, "61.2%").dataset == "a hidden, CIFAR-like evaluation dataset"


def test_a_named_data_set_with_its_data_word_stays_named():
    text = "We present FooReader. It outperforms prior systems by 4% F1 on the TriviaQA dataset."
    assert hit(text, "4%").dataset == "TriviaQA"


def test_a_zero_shot_frame_stops_the_carry():
    text = (
        "We evaluate BarNet on Something-Something V2, reaching 71.3% top-1 accuracy. "
        "In zero-shot experiments, BarNet exceeds prior methods by +5.2% top-1 accuracy."
    )
    assert hit(text, "+5.2%").dataset is None


def test_a_plain_frame_keeps_the_carry():
    text = (
        "We evaluate BarNet on Something-Something V2, reaching 71.3% top-1 accuracy. "
        "In further experiments, BarNet exceeds prior methods by +5.2% top-1 accuracy."
    )
    assert hit(text, "+5.2%").dataset == "Something-Something V2"


def test_an_average_over_listed_data_sets_is_on_none_of_them():
    text = "Experiments on the MultiNLI, SNLI, and SciTail benchmarks show that FooNet gives on average an improvement of 2.1 accuracy points."
    assert hit(text, "2.1").dataset is None


def test_an_average_with_its_own_place_keeps_it():
    text = "FooNet improves accuracy on average by 3.1% for CIFAR-10 and 5.2% for CIFAR-100."
    assert hit(text, "3.1%").dataset == "CIFAR-10"


def test_an_average_metric_on_one_benchmark_keeps_it():
    text = "On the GLUE benchmark and SQuAD, FooBERT reaches an average score of 84.2 on GLUE."
    assert hit(text, "84.2").dataset == "GLUE"


def test_a_plain_name_goes_on_with_in_and_a_word():
    text = "The video encoder obtains 38.2% top-1 accuracy on Moments in Time, and 80.1% on Kinetics-400."
    assert hit(text, "38.2%").dataset == "Moments in Time"


def test_a_spelled_name_going_on_with_in_gives_its_acronym():
    text = "Our face model reaches 99.6% accuracy on Labeled Faces in the Wild (LFW) dataset."
    assert hit(text, "99.6%").dataset == "LFW"


def test_a_name_does_not_go_on_into_a_table():
    text = "The video encoder obtains 38.2% top-1 accuracy on Moments in Table 3."
    assert hit(text, "38.2%").dataset != "Moments in Table"


def test_a_sentence_ending_with_a_list_carries_no_data_set():
    text = "We evaluate on HumanML3D and KIT-ML. Our model reaches an FID of 0.11."
    assert hit(text, "0.11").dataset is None


def test_a_sentence_with_one_data_set_carries_it():
    text = "We evaluate on HumanML3D. Our model reaches an FID of 0.11."
    assert hit(text, "0.11").dataset == "HumanML3D"


def test_a_workshops_subject_is_no_data_set():
    text = (
        "This paper describes our system in the workshop on NLP Tools for Low Resource Languages (NTLRL). "
        "Our best ensemble reaches 95.1% F1-score, ranking first among nine teams."
    )
    assert hit(text, "95.1%").dataset is None
